import Dispatch
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a batch audit runs.
public struct AuditOptions: Sendable {
  /// Threads analysing notes (default: every core).
  public var workers: Int
  /// Notes read before a parallel step: bounds memory while keeping both cores busy.
  public var chunkSize = 512
  /// Clone detection settings; nil turns it off (then nothing per note is kept in memory).
  public var clones: CloneConfiguration? = CloneConfiguration()
  /// Keys shingle and patient hashes before they reach fingerprints (the history store's secret).
  public var keyed: (@Sendable (UInt64) -> UInt64)?
  /// Return tonight's fingerprints in `BatchFindings.exported`, for a history store.
  public var exportsFingerprints = false
  /// The name a note of tonight has among the history's notes (`HistorySession.historyName`): the
  /// history's copy of a note audited again is left out, so it matches neither itself nor others.
  public var historyName: (@Sendable (String, ServiceDate?) -> String)?
  /// Template shingles earlier runs learnt for the given clinics and providers
  /// (`HistorySession.templates`).
  public var historyTemplates: (@Sendable (Set<String>, Set<String>) -> TemplateModel)?
  /// Visit-sequence checks (progress reports, modifiers, KX, units per provider) across the
  /// records that carry a patient id and a date; nil turns them off.
  public var visits: BillingConfiguration? = BillingConfiguration()

  public init(workers: Int? = nil) {
    self.workers = max(1, workers ?? Auditor.processorCount)
  }
}

/// One analysed note, in input order, with the record it came from (for text snippets in reports).
public struct AuditedNote: Sendable {
  public var analysis: NoteAnalysis
  public var record: NoteRecord
}

/// What only the whole batch can tell: clone matches and groups and visit-sequence findings, found
/// after every note was read.
public struct BatchFindings: Sendable {
  /// Clone matches by note id.
  public var clones: [String: [CloneMatch]] = [:]
  /// Findings by note id (clone findings; visit-sequence findings).
  public var findings: [String: [Finding]] = [:]
  public var cloneGroups: [CloneGroup] = []
  /// Tonight's fingerprints to store (with `AuditOptions.exportsFingerprints`).
  public var exported: [HistoricalFingerprint] = []
  /// The template shingles tonight's batch learnt (with `AuditOptions.exportsFingerprints`).
  public var templates = TemplateModel()

  public init() {}

  /// Adds the results of another input of the same run.
  public mutating func merge(_ other: BatchFindings) {
    clones.merge(other.clones) { $0 + $1 }
    findings.merge(other.findings) { $0 + $1 }
    cloneGroups += other.cloneGroups
    exported += other.exported
  }

  /// Attaches these batch results to a note's analysis.
  public func apply(to analysis: inout NoteAnalysis) {
    if let c = clones[analysis.id] { analysis.clones = c }
    if let f = findings[analysis.id] { analysis.findings += f }
  }
}

/// A streaming, parallel batch audit: reads notes, analyses them on all cores, hands each result
/// over in input order, and keeps only what the batch-level checks need (fingerprints).
///
/// ```swift
/// let auditor = Auditor(analyzer: try Analyzer.bundled())
/// let batch = auditor.run(NoteSource(path: "notes.jsonl")) { note in print(note.analysis.grade) }
/// print(batch.cloneGroups.count)
/// ```
///
/// The order of results, and so of every report, is the input order whatever the thread timing.
public final class Auditor: Sendable {
  public let analyzer: Analyzer
  public let options: AuditOptions

  public init(analyzer: Analyzer, options: AuditOptions = AuditOptions()) {
    self.analyzer = analyzer
    self.options = options
  }

  static var processorCount: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

  /// The per-note work done on a worker thread: what the caller asked for, and what the batch-level
  /// checks keep of the note.
  struct Processed<Outcome: Sendable>: Sendable {
    var outcome: Outcome
    var clone: (note: CloneNote, fingerprint: Fingerprint)?
    var visit: VisitFacts?
  }

  func process<Outcome: Sendable>(_ record: NoteRecord, _ prepare: (AuditedNote) -> Outcome) -> Processed<Outcome> {
    let (doc, truncatedFrom) = analyzer.document(for: record.text)
    var (analysis, visit) = analyzer.assess(doc, record: record, truncatedFrom: truncatedFrom)
    if options.visits != nil { analysis.findings += VisitSequenceChecker.lineFindings(visit) }
    let clone = options.clones.map { _ in (CloneNote(record), Fingerprint(doc.text, keyed: options.keyed)) }
    let outcome = prepare(AuditedNote(analysis: analysis, record: record))
    return Processed(outcome: outcome, clone: clone, visit: options.visits == nil ? nil : visit)
  }

  /// Audits `source`, calling `onNote` for each note in input order and `onError` for each record
  /// that could not be read; returns the batch-level findings.
  ///
  /// - Parameters:
  ///   - history: earlier nights' fingerprints to match tonight's notes against.
  public func run(
    _ source: some Sequence<InputItem>, history: [HistoricalFingerprint] = [],
    onError: (InputError) -> Void = { _ in }, onNote: (AuditedNote) -> Void
  ) -> BatchFindings {
    run(source, history: history, onError: onError, prepare: { $0 }, onResult: onNote)
  }

  /// Audits `source` like `run(_:history:onError:onNote:)`, but hands on only what `prepare`
  /// makes of each note.
  ///
  /// `prepare` runs on the worker thread that analysed the note, as soon as it is analysed; the
  /// analysis and the record are freed there. A caller that renders a report and counts a summary
  /// (the CLI) does both in `prepare` and gets back bytes and a few numbers, so the thread calling
  /// `onResult` in input order neither copies nor frees what the workers allocated.
  public func run<Outcome: Sendable>(
    _ source: some Sequence<InputItem>, history: [HistoricalFingerprint] = [],
    onError: (InputError) -> Void = { _ in }, prepare: @escaping @Sendable (AuditedNote) -> Outcome,
    onResult: (Outcome) -> Void
  ) -> BatchFindings {
    var detector = options.clones.map { CloneDetector(configuration: $0, keyed: options.keyed) }
    var ledger = options.visits.map(VisitLedger.init)
    var historyNamesOfTonight = Set<String>()
    var clinics = Set<String>()
    var providers = Set<String>()
    var chunk: [NoteRecord] = []
    chunk.reserveCapacity(options.chunkSize)

    func consume(_ processed: [Processed<Outcome>]) {
      for item in processed {
        if let (note, fingerprint) = item.clone {
          detector?.add(fingerprint, note: note)
          clinics.insert(note.clinic ?? "")
          if let provider = note.provider { providers.insert(provider) }
          if let name = options.historyName?(note.id, note.date) { historyNamesOfTonight.insert(name) }
        }
        if let visit = item.visit { ledger?.add(visit) }
        onResult(item.outcome)
      }
    }

    // A pipeline: while the workers analyse one chunk, this thread reads the next one and hands
    // the results of the previous one on (to the report writer), so reading and writing overlap
    // the analysis instead of leaving a core idle.
    var inFlight: ChunkJob<Outcome>?
    func submit() {
      guard !chunk.isEmpty else { return }
      let job = ChunkJob<Outcome>()
      let records = chunk
      chunk.removeAll(keepingCapacity: true)
      job.group.enter()
      DispatchQueue.global().async {
        // The workers take a few records at a time, so both stay busy to the chunk's end; with
        // one worker the loop stays on this thread.
        job.results = Parallel.map(count: records.count, chunk: 8, workers: self.options.workers) {
          self.process(records[$0], prepare)
        }
        job.group.leave()
      }
      finishInFlight()
      inFlight = job
    }
    func finishInFlight() {
      guard let job = inFlight else { return }
      inFlight = nil
      job.group.wait()
      consume(job.results)
    }

    for item in source {
      switch item {
      case .success(let record):
        chunk.append(record)
        if chunk.count >= options.chunkSize { submit() }
      case .failure(let error):
        submit()  // keep errors in input order relative to notes
        finishInFlight()
        onError(error)
      }
    }
    submit()
    finishInFlight()

    var batch = BatchFindings()
    if let ledger { batch.findings = ledger.finish(workers: options.workers).findings }
    guard var detector else { return batch }
    // A note audited again is in the history too: only its fresh fingerprint takes part.
    for fingerprint in history where !historyNamesOfTonight.contains(fingerprint.noteKey) {
      detector.addHistory(fingerprint)
    }
    if let seed = options.historyTemplates { detector.seedTemplates(seed(clinics, providers)) }
    let result = detector.detect(exporting: options.exportsFingerprints)
    batch.cloneGroups = result.groups
    batch.exported = result.exported
    if options.exportsFingerprints { batch.templates = result.templates }
    // In a copy-forward pair the earlier visit is the original: it lists the match, but only the
    // later note gets the finding. Other kinds flag both notes (which one was reused is unknown).
    var originals = Set<String>()  // "index|other id"
    for pair in result.pairs where pair.kind == .copyForward {
      let (a, b) = (pair.first, pair.second)
      let (dayA, dayB) = (detector.date(a)?.dayNumber ?? Int.min, detector.date(b)?.dayNumber ?? Int.min)
      let aFirst = (dayA, a) <= (dayB, b)
      let (earlier, later) = aFirst ? (a, b) : (b, a)
      originals.insert("\(earlier)|\(detector.id(later))")
    }
    for (index, matches) in result.matches.enumerated() where !matches.isEmpty {
      let id = detector.id(index)
      batch.clones[id] = matches
      let flagged = matches.filter { !originals.contains("\(index)|\($0.other)") }
      if !flagged.isEmpty { batch.findings[id, default: []] += flagged.map(CloneFinding.finding) }
    }
    return batch
  }
}

/// One chunk under analysis on the worker threads; `results` is read only after `group.wait()`.
final class ChunkJob<Outcome: Sendable>: @unchecked Sendable {
  let group = DispatchGroup()
  var results: [Auditor.Processed<Outcome>] = []
}

/// The finding a clone match becomes.
enum CloneFinding {
  static func finding(_ match: CloneMatch) -> Finding {
    let percent = Int((match.similarity * 100).rounded())
    let detail = match.detail.isEmpty ? "" : " (\(match.detail))"
    let (severity, what): (Severity, String) =
      switch match.kind {
      case .exact: (.error, "has the same content as")
      case .copyForward: (.error, "is copied forward from")
      case .crossPatient: (.error, "reuses the content of another patient's note")
      case .nearDuplicate: (.warning, "is a near duplicate of")
      }
    let message = "\(what) '\(match.other)': \(percent)% similar\(detail)"
    return Finding(
      rule: "clone.\(match.kind.rawValue.replacing("_", with: "-"))", severity: severity, message: message,
      suggestion: "Write today's note from today's session: what was trained, the assist and cues needed, today's measures and the patient's response. Carried-forward text is treated as not documenting this visit.")
  }
}
