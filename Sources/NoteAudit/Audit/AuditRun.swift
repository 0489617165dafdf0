/// A check or an audit from its inputs to a written report: the one path `noteaudit check` and
/// `noteaudit audit` take, for any caller that wants the same report.
///
/// ```swift
/// var options = AuditRun.Options(audit: AuditOptions(configuration), format: .json)
/// options.history = try HistorySession(path: "audit.db")
/// let run = AuditRun(analyzer: try Analyzer.bundled(), options: options)
/// let outcome = run.run(NoteSource(path: "tonight.jsonl"), to: try OutputSink(file: "tonight.json"))
/// print(outcome.notes, outcome.failing, outcome.inputErrors)
/// ```
///
/// Every note is checked as `Analyzer.check` checks it (rule overrides, its own claim lines, the
/// pass mark, `--explain`), rendered on the thread that analysed it, and written in input order
/// as soon as the notes before it are; what only the whole batch can tell (clones, visit
/// sequences) follows in the report's batch section, then the summary. Memory holds the notes in
/// flight and what the batch checks keep of each note (fingerprints, a visit ledger row), never a
/// rendered report.
///
/// A run over a single note, with clone detection off, that gives the visit-sequence checks
/// nothing to compare (no patient and date, no provider) is `Analyzer.check` on the calling
/// thread: no worker threads, no clone index, no visit ledger.
public struct AuditRun {
  /// Everything a run reports and how: the audit options of each note and of the batch, the
  /// report's format and options, and the history store.
  public struct Options {
    public var audit: AuditOptions
    public var format: ReportFormat
    public var report: ReportOptions
    /// Earlier nights' notes take part in the clone search, and tonight's fingerprints and
    /// templates are stored once the batch is done. Used only with clone detection on.
    public var history: HistorySession?
    /// Write the run's wall time in the summary (`elapsed_seconds`, the text summary's last line):
    /// the report is then no longer the same bytes from run to run.
    public var recordsElapsedTime = false

    public init(
      audit: AuditOptions = AuditOptions(), format: ReportFormat = .text,
      report: ReportOptions = ReportOptions(),
      history: HistorySession? = nil
    ) {
      self.audit = audit
      self.format = format
      self.report = report
      self.history = history
    }
  }

  /// What a run did, for an exit status.
  public struct Outcome: Sendable {
    /// Notes analysed.
    public var notes = 0
    /// Notes under the pass mark.
    public var failing = 0
    /// Records or inputs that could not be read (each reported to `onError`).
    public var inputErrors = 0
    /// The report could not be written; nothing was left behind in a report file.
    public var outputError: ReportOutputError?
    /// The history store could not be read or written; a report file was not written.
    public var historyError: (any Error)?
  }

  /// One note written, in input order.
  public struct Progress: Sendable {
    /// Notes written so far.
    public var done: Int
    /// With `AuditOptions.explains`: the note's lexicon hits, one line each
    /// (`CheckedNote.explanationText`).
    public var explanation: String?
  }

  public let analyzer: Analyzer
  public var options: Options

  public init(analyzer: Analyzer, options: Options) {
    self.analyzer = analyzer
    self.options = options
  }

  /// Checks or audits `source` and writes the report to `sink`, calling `onError` for each input
  /// that cannot be read and `onNote` for each note written, both in input order.
  public func run<Source: Sequence<InputItem>>(
    _ source: Source, to sink: OutputSink, onError: (InputError) -> Void = { _ in },
    onNote: (Progress) -> Void = { _ in }
  ) -> Outcome {
    var outcome = Outcome()
    var audit = options.audit
    var earlier: [HistoricalFingerprint] = []
    let history = audit.clones == nil ? nil : options.history
    if let history {
      do {
        earlier = try history.earlierNotes()
      } catch {
        sink.discard()
        outcome.historyError = error
        return outcome
      }
      audit.keyed = history.keyed
      audit.exportsFingerprints = true
      audit.keyedID = history.keyedID
      audit.historyTemplates = history.templates
    }

    let started = ContinuousClock.now
    var report = ReportStream(format: options.format, options: options.report, sink: sink)
    func emit(_ write: (inout ReportStream) throws(ReportOutputError) -> Void) {
      guard outcome.outputError == nil else { return }
      do {
        try write(&report)
      } catch {
        outcome.outputError = error
      }
    }
    // Each note is rendered and counted on the worker that analysed it: this thread gets bytes
    // and a few numbers, and the analysis is freed where it was made.
    let renderer = options.format.makeWriter(options: options.report)
    let keepsText = options.format.showsNoteText(options.report)
    let prepare: @Sendable (CheckedNote) -> WrittenNote = { note in
      WrittenNote(
        rendered: renderer.render(
          note.analysis, text: keepsText ? NoteText(note.record.text) : nil),
        summary: AuditSummary.Note(note.analysis), passes: note.passes,
        explanation: note.explanationText)
    }
    var summary = AuditSummary()
    func take(_ note: WrittenNote) {
      outcome.notes += 1
      summary.add(note.summary)
      if !note.passes { outcome.failing += 1 }
      onNote(Progress(done: outcome.notes, explanation: note.explanation))
      emit { stream throws(ReportOutputError) in try stream.write(note.rendered) }
    }

    emit { stream throws(ReportOutputError) in try stream.begin() }
    var items = source.makeIterator()
    var peeked: [InputItem] = []
    let batch: BatchFindings
    if let record = Self.loneNote(&items, peeked: &peeked, options: audit) {
      take(prepare(analyzer.check(record, options: audit)))
      batch = BatchFindings()
    } else {
      // Every input of the run is one batch: clones are found across all of them.
      batch = Auditor(analyzer: analyzer, options: audit).run(
        PeekedInput(peeked: peeked, rest: items), history: earlier,
        onError: { error in
          outcome.inputErrors += 1
          summary.add(error: error)
          onError(error)
        }, prepare: prepare, onResult: take)
    }
    if let history {
      do {
        try history.record(batch.exported, templates: batch.templates)
      } catch {
        report.discard()
        outcome.historyError = error
        return outcome
      }
    }
    let notes = batch.notes
    summary.count(notes)
    summary.cloneGroups = batch.cloneGroups
    if options.recordsElapsedTime {
      let elapsed = started.duration(to: .now).components
      summary.elapsedSeconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
    }
    emit { stream throws(ReportOutputError) in try stream.finish(batch: notes, summary: summary) }
    if outcome.outputError != nil { report.discard() }
    return outcome
  }

  /// The record of a run that is one note nothing batch-level applies to: clone detection off, a
  /// single item in the input, and no patient and date nor provider for the visit-sequence checks
  /// to compare (the records `VisitLedger.add` passes over). Otherwise nil, with the items read to
  /// find out in `peeked`, for the batch.
  static func loneNote<Items: IteratorProtocol<InputItem>>(
    _ items: inout Items, peeked: inout [InputItem], options: AuditOptions
  ) -> NoteRecord? {
    guard options.clones == nil, let first = items.next() else { return nil }
    peeked.append(first)
    guard case .success(let record) = first else { return nil }
    let compared = (record.patientID != nil && record.date != nil) || record.provider != nil
    guard options.visits == nil || !compared else { return nil }
    guard let second = items.next() else { return record }
    peeked.append(second)
    return nil
  }
}

/// What the thread writing the report needs of one note, made on the worker that analysed it.
struct WrittenNote: Sendable {
  var rendered: RenderedNote
  var summary: AuditSummary.Note
  var passes: Bool
  var explanation: String?
}

/// The items read ahead to tell a lone note from a batch, then the rest of the input.
struct PeekedInput<Rest: IteratorProtocol<InputItem>>: Sequence, IteratorProtocol {
  var peeked: [InputItem]
  var rest: Rest

  mutating func next() -> InputItem? {
    peeked.isEmpty ? rest.next() : peeked.removeFirst()
  }
}
