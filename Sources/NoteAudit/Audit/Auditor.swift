import Dispatch
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

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

  func process<Outcome: Sendable>(_ record: NoteRecord, _ prepare: (CheckedNote) -> Outcome)
    -> Processed<Outcome>
  {
    let (doc, truncatedFrom) = analyzer.document(for: record.text)
    let (note, visit) = analyzer.check(
      doc, record: record, truncatedFrom: truncatedFrom, options: options)
    let clone = options.clones.map { _ in
      (CloneNote(record), Fingerprint(doc.text, keyed: options.keyed))
    }
    let outcome = prepare(note)
    return Processed(outcome: outcome, clone: clone, visit: options.visits == nil ? nil : visit)
  }

  /// Audits `source`, calling `onNote` for each note in input order (checked as `Analyzer.check`
  /// would with the same options) and `onError` for each record that could not be read; returns
  /// the batch-level findings.
  ///
  /// - Parameters:
  ///   - history: earlier nights' fingerprints to match tonight's notes against.
  public func run(
    _ source: some Sequence<InputItem>, history: [HistoricalFingerprint] = [],
    onError: (InputError) -> Void = { _ in }, onNote: (CheckedNote) -> Void
  ) -> BatchFindings {
    run(source, history: history, onError: onError, prepare: { $0 }, onResult: onNote)
  }

  /// Audits `source` like `run(_:history:onError:onNote:)`, but hands on only what `prepare`
  /// makes of each note.
  ///
  /// `prepare` runs on the worker thread that analysed the note, as soon as it is analysed; the
  /// analysis and the record are freed there. A caller that renders a report and counts a summary
  /// (`AuditRun`) does both in `prepare` and gets back bytes and a few numbers, so the thread calling
  /// `onResult` in input order neither copies nor frees what the workers allocated.
  public func run<Outcome: Sendable>(
    _ source: some Sequence<InputItem>, history: [HistoricalFingerprint] = [],
    onError: (InputError) -> Void = { _ in }, prepare: @escaping @Sendable (CheckedNote) -> Outcome,
    onResult: (Outcome) -> Void
  ) -> BatchFindings {
    var detector = options.clones.map {
      CloneDetector(configuration: $0, keyed: options.keyed, keyedID: options.keyedID)
    }
    var ledger = options.visits.map(VisitLedger.init)
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
    if var detector {
      // A note audited again is in the history too: only its fresh fingerprint takes part.
      detector.addHistory(history)
      if let seed = options.historyTemplates { detector.seedTemplates(seed(clinics, providers)) }
      addClones(detector.detect(exporting: options.exportsFingerprints), of: detector, to: &batch)
    }
    if !options.rules.settings.isEmpty {
      batch.findings = batch.findings.compactMapValues { findings in
        let kept = options.rules.apply(to: findings)
        return kept.isEmpty ? nil : kept
      }
    }
    return batch
  }

  /// The clone matches, groups and findings of a finished clone search.
  private func addClones(
    _ result: CloneResult, of detector: CloneDetector, to batch: inout BatchFindings
  ) {
    batch.cloneGroups = result.groups
    batch.exported = result.exported
    if options.exportsFingerprints { batch.templates = result.templates }
    // In a copy-forward pair the earlier visit is the original: it lists the match, but only the
    // later note gets the finding. Other kinds flag both notes (which one was reused is unknown).
    var originals = Set<String>()  // "index|other id"
    for pair in result.pairs where pair.kind == .copyForward {
      let (a, b) = (pair.first, pair.second)
      let (dayA, dayB) = (
        detector.date(a)?.dayNumber ?? Int.min, detector.date(b)?.dayNumber ?? Int.min
      )
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
  }
}

/// One chunk under analysis on the worker threads; `results` is read only after `group.wait()`.
final class ChunkJob<Outcome: Sendable>: @unchecked Sendable {
  let group = DispatchGroup()
  var results: [Auditor.Processed<Outcome>] = []
}
