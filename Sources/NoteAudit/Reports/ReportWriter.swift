/// One output format of a report.
///
/// A report is the notes in input order, each written as soon as it is analysed, then one batch
/// section with what only the whole batch could tell (clones, visit-sequence findings), an entry
/// for each note it concerns, naming it, then the summary. A writer never does I/O: it appends
/// bytes to a `ReportBuffer`. A note is rendered on its own (`render`, on any thread: the batch
/// auditor renders each note on the worker that analysed it) and added in order (`write`); the
/// batch section's entries come one at a time (`write(batch:into:)`), so a stream can flush
/// between them; `end` closes the batch section, whether or not it had entries. Markdown keeps
/// its rows until `end`, because its summary comes first.
public protocol ReportWriter: Sendable {
  /// Writes whatever precedes the first note (a header row, the opening of a document).
  mutating func begin(into out: inout ReportBuffer)
  /// One note's bytes, on any thread. `text` is the note's text when the caller has it, for
  /// context snippets and (with `ReportOptions.includeText`) the full text.
  func render(_ note: NoteAnalysis, text: NoteText?) -> RenderedNote
  /// Adds a note rendered by this format, after the notes added before it.
  mutating func write(_ note: RenderedNote, into out: inout ReportBuffer)
  /// Adds one entry of the batch section, after the last note (entries sorted by note id).
  mutating func write(batch note: BatchNote, into out: inout ReportBuffer)
  /// Closes the batch section, writes the summary, the input errors and whatever closes the
  /// document.
  mutating func end(summary: AuditSummary, into out: inout ReportBuffer)
}

extension ReportWriter {
  /// Renders and adds one note.
  public mutating func write(_ note: NoteAnalysis, text: NoteText?, into out: inout ReportBuffer) {
    write(render(note, text: text), into: &out)
  }
}

/// A note's report bytes in one format, rendered on a worker thread as soon as it is analysed, so
/// that writing the report does not serialise on one thread.
public struct RenderedNote: Sendable {
  public var bytes: [UInt8]

  /// The bytes `render` appends.
  init(_ render: (inout ReportBuffer) -> Void) {
    var out = ReportBuffer(capacity: 8192)
    render(&out)
    // A copy at its size (not the 8 KB buffer).
    bytes = out.bytes
  }
}

/// The report formats, by their `--format` identifiers.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text
  case json
  case jsonl
  case csv
  case markdown
  case html

  /// A fresh writer for this format.
  public func makeWriter(options: ReportOptions = ReportOptions()) -> any ReportWriter {
    switch self {
    case .text: TextReportWriter(options: options)
    case .json: JSONReportWriter(options: options)
    case .jsonl: JSONLinesReportWriter(options: options)
    case .csv: CSVReportWriter(options: options)
    case .markdown: MarkdownReportWriter(options: options)
    case .html: HTMLReportWriter(options: options)
    }
  }

  /// Whether this format shows anything of a note's text under `options` (context snippets, the
  /// whole note), so a caller need not keep the text for it.
  public func showsNoteText(_ options: ReportOptions) -> Bool {
    switch self {
    case .csv: false
    case .json, .jsonl: !options.redact && (options.includeText || options.snippetContext > 0)
    case .text, .markdown, .html: !options.redact
    }
  }
}

/// The version tag every JSON report carries. Fields may be added within a version; a rename or a
/// change of meaning bumps it (see Docs/JSONReport.md).
public let reportSchema = "noteaudit/3"

/// A writer connected to an output sink: the notes go in one at a time and leave in large chunks.
///
/// ```swift
/// var stream = ReportStream(format: .jsonl, options: options, sink: try OutputSink(file: "out.jsonl"))
/// try stream.begin()
/// for (note, text) in results { try stream.write(note, text: text) }
/// try stream.finish(batch: batch.notes, summary: summary)   // the file appears only now
/// ```
public struct ReportStream {
  /// The buffer is handed to the sink when it grows past this many bytes.
  public static let flushThreshold = 1 << 20

  private var writer: any ReportWriter
  private let sink: OutputSink
  private var buffer = ReportBuffer(capacity: ReportStream.flushThreshold + (1 << 16))

  public init(writer: any ReportWriter, sink: OutputSink) {
    self.writer = writer
    self.sink = sink
  }

  public init(format: ReportFormat, options: ReportOptions = ReportOptions(), sink: OutputSink) {
    self.init(writer: format.makeWriter(options: options), sink: sink)
  }

  public mutating func begin() throws(ReportOutputError) {
    writer.begin(into: &buffer)
    try flush(force: false)
  }

  public mutating func write(_ note: NoteAnalysis, text: NoteText? = nil) throws(ReportOutputError)
  {
    writer.write(note, text: text, into: &buffer)
    try flush(force: false)
  }

  /// Adds a note rendered on another thread by this stream's format.
  public mutating func write(_ note: RenderedNote) throws(ReportOutputError) {
    writer.write(note, into: &buffer)
    try flush(force: false)
  }

  /// Writes the batch section and the summary and closes the report (renaming a file report into
  /// place).
  public mutating func finish(batch: [BatchNote] = [], summary: AuditSummary)
    throws(ReportOutputError)
  {
    for note in batch {
      writer.write(batch: note, into: &buffer)
      try flush(force: false)
    }
    writer.end(summary: summary, into: &buffer)
    try flush(force: true)
    try sink.commit()
  }

  /// Abandons the report; a file report leaves nothing behind.
  public func discard() { sink.discard() }

  private mutating func flush(force: Bool) throws(ReportOutputError) {
    guard force || buffer.count >= Self.flushThreshold, buffer.count > 0 else { return }
    try buffer.withBytes { bytes throws(ReportOutputError) in try sink.write(bytes) }
    buffer.removeAll()
  }
}

/// A complete batch report held in memory: for library users and tests that have all the
/// analyses at hand. Streaming runs use `ReportStream` instead.
public struct AuditReport: Sendable {
  public var schema: String { reportSchema }
  public var notes: [NoteAnalysis]
  /// What the batch found about its notes (`BatchFindings.notes`), sorted by note id.
  public var batch: [BatchNote]
  public var summary: AuditSummary
  /// Input errors (the same list as `summary.errors`).
  public var errors: [InputError] { summary.errors }

  /// A report of `notes` and `batch`; the summary is computed from them unless given.
  public init(notes: [NoteAnalysis], batch: [BatchNote] = [], summary: AuditSummary? = nil) {
    self.notes = notes
    self.batch = batch
    if let summary {
      self.summary = summary
    } else {
      var counted = AuditSummary()
      for note in notes { counted.add(note) }
      counted.count(batch)
      self.summary = counted
    }
  }

  /// The report rendered in `format`. `texts` supplies note texts by note id, for snippets.
  public func rendered(
    as format: ReportFormat, options: ReportOptions = ReportOptions(),
    texts: [String: NoteText] = [:]
  ) -> [UInt8] {
    var writer = format.makeWriter(options: options)
    var out = ReportBuffer()
    writer.begin(into: &out)
    for note in notes { writer.write(note, text: texts[note.id], into: &out) }
    for note in batch { writer.write(batch: note, into: &out) }
    writer.end(summary: summary, into: &out)
    return out.bytes
  }
}
