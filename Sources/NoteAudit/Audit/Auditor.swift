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
    var facts: BatchFacts
  }

  func process<Outcome: Sendable>(
    _ record: NoteRecord, _ prepare: (CheckedNote, BatchFacts) -> Outcome
  ) -> Outcome {
    let (doc, truncatedFrom) = analyzer.document(for: record.text)
    let (note, visit) = analyzer.check(
      doc, record: record, truncatedFrom: truncatedFrom, options: options)
    let facts = BatchFacts(
      clone: options.clones.map { _ in
        (CloneNote(record), Fingerprint(doc.text, keyed: options.keyed))
      }, visit: options.visits == nil ? nil : visit)
    return prepare(note, facts)
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
    var checks = BatchChecks(options: options)
    map(
      source, onError: onError,
      prepare: { note, facts in Processed(outcome: prepare(note), facts: facts) },
      onResult: { processed in
        checks.add(processed.facts)
        onResult(processed.outcome)
      })
    return checks.finish(history: history)
  }

  /// The map step of a batch audit: analyses `source` on all cores and calls `onResult`, in input
  /// order, with what `prepare` makes of each note and the facts the batch checks need of it
  /// (`BatchFacts`); `onError` for each record that could not be read, in input order too. No
  /// batch check runs: `run` feeds the facts to `BatchChecks` as they come, a distributed run
  /// ships them to its batch step.
  public func map<Outcome: Sendable>(
    _ source: some Sequence<InputItem>, onError: (InputError) -> Void = { _ in },
    prepare: @escaping @Sendable (CheckedNote, BatchFacts) -> Outcome,
    onResult: (Outcome) -> Void
  ) {
    var chunk: [NoteRecord] = []
    chunk.reserveCapacity(options.chunkSize)

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
      for outcome in job.results { onResult(outcome) }
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
  }
}

/// One chunk under analysis on the worker threads; `results` is read only after `group.wait()`.
final class ChunkJob<Outcome: Sendable>: @unchecked Sendable {
  let group = DispatchGroup()
  var results: [Outcome] = []
}
