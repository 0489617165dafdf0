/// One output format of a batch report.
///
/// A writer receives the notes one at a time, in input order, and appends its bytes to a
/// `ReportBuffer`; it never does I/O. Formats that can stream (text, JSON Lines, CSV, JSON, HTML)
/// write each note as it arrives; Markdown keeps its rendered rows until `end`, because its
/// summary comes first. The summary arrives last, once the batch (and the clone search) is done.
public protocol ReportWriter: Sendable {
  /// Writes whatever precedes the first note (a header row, the opening of a document).
  mutating func begin(into out: inout ReportBuffer)
  /// Writes one note. `text` is the note's text when the caller has it, for context snippets and
  /// (with `ReportOptions.includeText`) the full text.
  mutating func write(_ note: NoteAnalysis, text: NoteText?, into out: inout ReportBuffer)
  /// Writes the summary, the input errors and whatever closes the document.
  mutating func end(summary: AuditSummary, into out: inout ReportBuffer)
  /// Adds batch-level results (clones, visit-sequence findings) for a note written earlier. Only a
  /// format that streams notes before the batch is complete needs it (JSON Lines); the others
  /// receive every note with its batch results already attached.
  mutating func writeBatchUpdate(id: String, clones: [CloneMatch], findings: [Finding], into out: inout ReportBuffer)
  /// Writes a note rendered earlier (`BatchCompletedReportWriter.render`), with the clones and findings the
  /// batch added to it.
  mutating func write(_ note: RenderedNote, clones: [CloneMatch], findings: [Finding], into out: inout ReportBuffer)
}

extension ReportWriter {
  public mutating func writeBatchUpdate(id: String, clones: [CloneMatch], findings: [Finding], into out: inout ReportBuffer) {}

  /// A streaming format's rendered note is final: its bytes as they are.
  public mutating func write(_ note: RenderedNote, clones: [CloneMatch], findings: [Finding], into out: inout ReportBuffer) {
    out.append(bytes: note.bytes)
  }
}

/// A note's report bytes, rendered on a worker thread as soon as it is analysed, so that writing
/// the report does not serialise on one thread and a held-back report keeps compact bytes instead
/// of every `NoteAnalysis` and its text.
///
/// The batch-level results (clones, visit-sequence findings) are not known yet: `bytes` show the
/// note as if the batch added nothing, and `batchRange` is the part that changes when it does
/// (in JSON `],"clones":[]`, between the note's own findings and what follows them).
public struct RenderedNote: Sendable {
  public var id: String
  public var bytes: [UInt8]
  var batchRange: Range<Int>
  /// The note's own findings: how many, and the three most severe (CSV and Markdown show them
  /// together with the batch's findings).
  var findingCount = 0
  var topFindings: [Finding] = []

  /// A note whose bytes the batch never changes (a JSON Lines line).
  init(id: String, bytes: [UInt8]) {
    self.id = id
    self.bytes = bytes
    batchRange = bytes.count..<bytes.count
  }

  /// A note rendered in three parts: `head`, the batch part as if the batch added nothing
  /// (`batch`), and `tail`.
  init(
    id: String, findingCount: Int, topFindings: [Finding] = [], head: (inout ReportBuffer) -> Void,
    batch: (inout ReportBuffer) -> Void, tail: (inout ReportBuffer) -> Void
  ) {
    var out = ReportBuffer(capacity: 8192)
    head(&out)
    let batchStart = out.count
    batch(&out)
    batchRange = batchStart..<out.count
    tail(&out)
    self.id = id
    // A copy at its size (not the 8 KB buffer): held notes add up.
    bytes = out.bytes
    self.findingCount = findingCount
    self.topFindings = topFindings
  }

  /// Appends the note, completed by `writer` with the clones and findings the batch added.
  func append(
    to out: inout ReportBuffer, writer: some BatchCompletedReportWriter, clones: [CloneMatch], findings: [Finding]
  ) {
    guard !clones.isEmpty || !findings.isEmpty else {
      out.append(bytes: bytes)
      return
    }
    out.append(bytes: bytes[..<batchRange.lowerBound])
    writer.appendBatchPart(of: self, clones: clones, findings: findings, into: &out)
    out.append(bytes: bytes[batchRange.upperBound...])
  }
}

/// A format whose notes are completed by the batch: it shows the batch-level results (clones,
/// visit-sequence findings) inside each note (json, csv, html, markdown), so the CLI renders each
/// note on a worker thread (`render`) and completes it once the batch is done (`appendBatchPart`).
public protocol BatchCompletedReportWriter: ReportWriter {
  /// The note with its batch part as if the batch added nothing; safe on any thread.
  func render(_ note: NoteAnalysis, text: NoteText?) -> RenderedNote
  /// The batch part of `note` once the batch added `clones` and `findings`.
  func appendBatchPart(of note: RenderedNote, clones: [CloneMatch], findings: [Finding], into out: inout ReportBuffer)
  /// Whether the batch part only ever grows, and a note sits in the output as rendered (nothing
  /// held back by the writer): then a note can be written at once and completed in place in the
  /// report file (`ReportStream.writeAhead`), and the run holds no note at all.
  var completesInPlace: Bool { get }
}

extension BatchCompletedReportWriter {
  public mutating func write(_ note: NoteAnalysis, text: NoteText?, into out: inout ReportBuffer) {
    write(render(note, text: text), clones: note.clones, findings: [], into: &out)
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
}

/// The version tag every JSON report carries. Fields may be added within a version; a rename or a
/// change of meaning bumps it (see Docs/JSONReport.md).
public let reportSchema = "noteaudit/1"

/// A writer connected to an output sink: the notes go in one at a time and leave in large chunks.
///
/// ```swift
/// var stream = ReportStream(format: .jsonl, options: options, sink: try OutputSink(file: "out.jsonl"))
/// try stream.begin()
/// for (note, text) in results { try stream.write(note, text: text) }
/// try stream.finish(summary: summary)   // the file appears only now
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

  /// Whether held-back notes can be written at once and completed in place (`writeAhead`): the
  /// format allows it and the report goes to a file of its own.
  public var writesAhead: Bool {
    (writer as? any BatchCompletedReportWriter)?.completesInPlace == true && sink.canRewrite
  }

  /// Writes a note rendered by this stream's `BatchCompletedReportWriter` now, as if the batch added nothing
  /// to it. Returns the note without its bytes, its batch part located in the report, for
  /// `complete`.
  public mutating func writeAhead(_ note: RenderedNote) throws(ReportOutputError) -> RenderedNote {
    writer.write(note, clones: [], findings: [], into: &buffer)
    let start = sink.written + buffer.count - note.bytes.count + note.batchRange.lowerBound
    var placed = note
    placed.bytes = []
    placed.batchRange = start..<start + note.batchRange.count
    try flush(force: false)
    return placed
  }

  /// Adds the clones and findings the batch found to notes returned by `writeAhead`, in input order.
  public mutating func complete(_ notes: [(note: RenderedNote, clones: [CloneMatch], findings: [Finding])]) throws(ReportOutputError) {
    guard let writer = writer as? any BatchCompletedReportWriter, !notes.isEmpty else { return }
    let edits = notes.map { item in
      var part = ReportBuffer(capacity: 1024)
      writer.appendBatchPart(of: item.note, clones: item.clones, findings: item.findings, into: &part)
      return OutputSink.Edit(range: item.note.batchRange, bytes: part.bytes)
    }
    try flush(force: true)
    try sink.rewrite(edits)
  }

  /// Adds a note rendered on another thread (by this stream's format), completed with the clones
  /// and findings the batch added to it.
  public mutating func write(_ note: RenderedNote, clones: [CloneMatch] = [], findings: [Finding] = []) throws(ReportOutputError) {
    writer.write(note, clones: clones, findings: findings, into: &buffer)
    try flush(force: false)
  }

  public mutating func writeBatchUpdate(id: String, clones: [CloneMatch], findings: [Finding]) throws(ReportOutputError) {
    writer.writeBatchUpdate(id: id, clones: clones, findings: findings, into: &buffer)
    try flush(force: false)
  }

  /// Writes the summary and closes the report (renaming a file report into place).
  public mutating func finish(summary: AuditSummary) throws(ReportOutputError) {
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
  public var summary: AuditSummary
  /// Input errors (the same list as `summary.errors`).
  public var errors: [InputError] { summary.errors }

  /// A report of `notes`; the summary is computed from them unless given.
  public init(notes: [NoteAnalysis], summary: AuditSummary? = nil) {
    self.notes = notes
    self.summary =
      summary
      ?? notes.reduce(into: AuditSummary()) { $0.add($1) }
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
    writer.end(summary: summary, into: &out)
    return out.bytes
  }
}
