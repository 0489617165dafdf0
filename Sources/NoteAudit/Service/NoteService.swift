/// The core both editor services share (`noteaudit lsp`, `noteaudit native-host`): the notes
/// open in an editor or a browser, keyed by URI or tab, their text kept in sync edit by edit,
/// and each one's analysis made once per revision.
///
/// Memory stays bounded however long it runs: at most `Limits.maxDocuments` notes are kept (the
/// least recently used goes first), a note's text may not grow past `Limits.maxDocumentBytes`,
/// an edit replaces bytes in place, and only the latest analysis of each note is kept.
///
/// Not thread-safe: one thread (the server's loop) owns it.
///
/// ```swift
/// let service = NoteService(checker: NoteChecker(analyzer: try Analyzer.bundled()))
/// service.open("file:///note.txt", text: "Pt amb 150 ft with RW, CGA.", version: 1)
/// try service.edit("file:///note.txt", changes: [TextChange(range: nil, text: "…")], version: 2)
/// let report = service.report(for: "file:///note.txt")!
/// print(report.analysis.grade, report.analysis.findings.map(\.rule))
/// ```
public final class NoteService {
  public struct Limits: Sendable {
    /// Notes kept at once.
    public var maxDocuments: Int
    /// The most bytes a note's text may have (the analyzer reads at most its own limit of them;
    /// the rest is kept so an editor's later edits still apply). Default: twice the note limit,
    /// at least 1 MiB.
    public var maxDocumentBytes: Int

    public init(maxDocuments: Int = 64, maxDocumentBytes: Int) {
      self.maxDocuments = max(1, maxDocuments)
      self.maxDocumentBytes = max(1, maxDocumentBytes)
    }
  }

  /// One edit as an editor sends it: replace `range` (in the service's position encoding) with
  /// `text`, or the whole text when `range` is nil.
  public struct TextChange: Sendable {
    public var range: Range<TextPosition>?
    public var text: String

    public init(range: Range<TextPosition>?, text: String) {
      self.range = range
      self.text = text
    }
  }

  /// Why an edit was refused.
  public enum EditError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownDocument
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
      switch self {
      case .unknownDocument: "the document is not open (or was closed to bound memory)"
      case .tooLarge(let bytes, let limit):
        "the note would be \(bytes) bytes, over the limit of \(limit)"
      }
    }
  }

  /// A note's analysis with the text it was made from (for converting spans to positions).
  public struct Report: Sendable {
    public var analysis: NoteAnalysis
    public var passes: Bool
    /// The note's UTF-8 bytes at that revision.
    public var bytes: [UInt8]
    public var lines: TextLines
    public var version: Int?

    /// The editor position of a byte offset.
    public func position(ofByte offset: Int, encoding: PositionEncoding) -> TextPosition {
      lines.position(ofByte: offset, in: bytes, encoding: encoding)
    }
  }

  final class Document {
    var bytes: [UInt8]
    var lines: TextLines
    var version: Int?
    var revision = 0
    var lastUse: UInt64
    var report: Report?
    var reportRevision = -1
    var explanation: [HitExplanation]?
    var explanationRevision = -1

    init(bytes: [UInt8], version: Int?, use: UInt64) {
      self.bytes = bytes
      self.lines = TextLines(bytes)
      self.version = version
      self.lastUse = use
    }
  }

  public let checker: NoteChecker
  public let limits: Limits
  /// Position encoding of `TextChange` ranges.
  public var encoding: PositionEncoding = .utf16
  private var documents: [String: Document] = [:]
  private var clock: UInt64 = 0
  /// Analyses made so far (for tests and benchmarks: a cached report is not re-made).
  public private(set) var analysisCount = 0

  public init(checker: NoteChecker, limits: Limits? = nil) {
    self.checker = checker
    self.limits =
      limits ?? Limits(maxDocumentBytes: max(2 * checker.analyzer.maxNoteBytes, 1 << 20))
  }

  /// The keys of the notes kept.
  public var keys: [String] { documents.keys.sorted() }

  /// Whether a note is kept under `key`.
  public func contains(_ key: String) -> Bool { documents[key] != nil }

  /// The current text of a note.
  public func text(of key: String) -> String? {
    documents[key].map { String(decoding: $0.bytes, as: UTF8.self) }
  }

  /// Opens (or replaces) a note. A text over `maxDocumentBytes` is refused.
  public func open(_ key: String, text: String, version: Int?) throws(EditError) {
    let bytes = Array(text.utf8)
    guard bytes.count <= limits.maxDocumentBytes else {
      throw .tooLarge(bytes: bytes.count, limit: limits.maxDocumentBytes)
    }
    clock += 1
    if let document = documents[key] {
      if document.bytes != bytes {
        document.bytes = bytes
        document.lines = TextLines(bytes)
        document.revision += 1
      }
      document.version = version
      document.lastUse = clock
      return
    }
    if documents.count >= limits.maxDocuments,
      let oldest = documents.min(by: { $0.value.lastUse < $1.value.lastUse })?.key
    {
      documents[oldest] = nil
    }
    documents[key] = Document(bytes: bytes, version: version, use: clock)
  }

  /// Applies an editor's changes in order. On error the note is left as it was.
  public func edit(_ key: String, changes: [TextChange], version: Int?) throws(EditError) {
    guard let document = documents[key] else { throw .unknownDocument }
    var bytes = document.bytes
    var lines = document.lines
    for change in changes {
      let replacement = Array(change.text.utf8)
      if let range = change.range {
        let start = lines.byteOffset(of: range.lowerBound, in: bytes, encoding: encoding)
        let end = max(start, lines.byteOffset(of: range.upperBound, in: bytes, encoding: encoding))
        let newCount = bytes.count - (end - start) + replacement.count
        guard newCount <= limits.maxDocumentBytes else {
          throw .tooLarge(bytes: newCount, limit: limits.maxDocumentBytes)
        }
        bytes.replaceSubrange(start..<end, with: replacement)
      } else {
        guard replacement.count <= limits.maxDocumentBytes else {
          throw .tooLarge(bytes: replacement.count, limit: limits.maxDocumentBytes)
        }
        bytes = replacement
      }
      lines = TextLines(bytes)
    }
    clock += 1
    document.bytes = bytes
    document.lines = lines
    document.version = version
    document.revision += 1
    document.lastUse = clock
  }

  /// Forgets a note.
  public func close(_ key: String) { documents[key] = nil }

  /// The note's analysis at its current text, made now unless the text is unchanged since the
  /// last one.
  public func report(for key: String) -> Report? {
    guard let document = documents[key] else { return nil }
    clock += 1
    document.lastUse = clock
    if document.reportRevision != document.revision || document.report == nil {
      let checked = checker.check(String(decoding: document.bytes, as: UTF8.self), id: key)
      analysisCount += 1
      document.report = Report(
        analysis: checked.analysis, passes: checked.passes, bytes: document.bytes,
        lines: document.lines, version: document.version)
      document.reportRevision = document.revision
    }
    document.report?.version = document.version
    return document.report
  }

  /// Every lexicon hit of the note with its context, made once per revision (for hover).
  public func explanation(for key: String) -> [HitExplanation]? {
    guard let document = documents[key] else { return nil }
    if document.explanationRevision != document.revision || document.explanation == nil {
      document.explanation = checker.explanation(
        of: String(decoding: document.bytes, as: UTF8.self))
      document.explanationRevision = document.revision
    }
    return document.explanation
  }
}
