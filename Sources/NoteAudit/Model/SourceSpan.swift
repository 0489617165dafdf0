/// A place in a note: UTF-8 byte offsets into the original text plus the 1-based line and column
/// of `start`, so a reviewer (or an editor) can jump to it.
///
/// Columns count Unicode scalars from the line start, so a tab, a curly quote or an accented
/// letter counts as one column, as editors show it; offsets are always bytes of the original text.
public struct SourceSpan: Hashable, Sendable, Codable {
  /// Byte offset of the first byte.
  public var start: Int
  /// Byte offset one past the last byte.
  public var end: Int
  /// 1-based line of `start`.
  public var line: Int
  /// 1-based column (in Unicode scalars) of `start`.
  public var column: Int

  public init(start: Int, end: Int, line: Int, column: Int) {
    self.start = start
    self.end = end
    self.line = line
    self.column = column
  }

  /// The byte range `start..<end`.
  public var range: Range<Int> { start..<end }
}

/// A piece of text that supports a detected element, with where it is and which lexicon entry
/// matched it (so a compliance lead can see why).
public struct Evidence: Hashable, Sendable {
  /// The matched text as written in the note (invalid UTF-8 repaired for display).
  public var text: String
  public var span: SourceSpan
  /// The id of the lexicon entry that matched, e.g. `assist.cga`.
  public var entryID: String

  public init(text: String, span: SourceSpan, entryID: String) {
    self.text = text
    self.span = span
    self.entryID = entryID
  }
}
