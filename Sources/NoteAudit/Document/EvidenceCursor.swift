/// Builds `Evidence` for hits visited in text order, counting each span's column on from the
/// previous span on the same line.
///
/// `TokenizedText.span` counts a column from the line start, which on a paragraph written as one
/// line costs a few hundred bytes per span; the stages after context visit their hits in text
/// order, so carrying the last position makes the columns of a whole note one pass over its
/// lines. A later line is stepped to from the current one; any other step (the first, backwards,
/// the byte-order mark) asks the line index. The spans are exactly `TokenizedText.span`'s.
struct EvidenceCursor {
  /// The parts of the text it reads and the lexicon's entries, held once: read through the text
  /// and the lexicon per hit, each array was retained and released for every evidence built. Not
  /// the whole `TokenizedText`, which was copied (and destroyed) through its value witnesses, two
  /// lists more each way.
  private let bytes: [UInt8]
  private let tokens: [Token]
  private let lines: LineIndex
  private let asciiPrefix: Int
  let entries: [LexiconEntry]
  /// The last located offset, its 0-based line (-1 before the first), the start of that line and
  /// of the next, and its 1-based column.
  private var offset = 0
  private var line = -1
  private var lineStart = 0
  private var nextLineStart = 0
  private var column = 0

  /// Inlined, so the document is read in place: called, it was copied for the call.
  @inline(__always)
  init(_ doc: NoteDocument) {
    self.init(text: doc.text, lexicon: doc.lexicon)
  }

  @inline(__always)
  init(text: TokenizedText, lexicon: Lexicon) {
    self.bytes = text.bytes
    self.tokens = text.tokens
    self.lines = text.lines
    self.asciiPrefix = text.asciiPrefix
    self.entries = lexicon.entries
  }

  /// The text of a byte range, as `TokenizedText.text` makes it.
  func text(_ range: Range<Int>) -> String { TokenizedText.text(range, of: bytes) }

  /// Evidence for a hit, as `NoteDocument.evidence` builds it.
  mutating func evidence(_ match: LexiconMatch) -> Evidence {
    let range =
      Int(tokens[unchecked: Int(match.first)].start)..<Int(tokens[unchecked: Int(match.last)].end)
    return Evidence(
      text: text(range), span: span(range), entryID: entries[unchecked: Int(match.entry)].id)
  }

  /// The span of `range`, as `TokenizedText.span` computes it. Before the text's first byte that is
  /// not ASCII (most notes have none), a column is the offset from the line start.
  mutating func span(_ range: Range<Int>) -> SourceSpan {
    let start = range.lowerBound
    // Past the first 3 bytes the byte-order mark no longer matters to line 0's columns.
    if line >= 0, start >= offset, start < nextLineStart, line > 0 || offset >= 3 {
      column =
        start <= asciiPrefix
        ? 1 + start - lineStart
        : column + TokenizedText.scalarStarts(from: offset, to: start, in: bytes)
      offset = start
      return SourceSpan(start: start, end: range.upperBound, line: line + 1, column: column)
    }
    if line >= 0, start >= nextLineStart {
      // A later line: stepped to from the current one (a line or two on), its column counted
      // from its start. Past line 0 the byte-order mark does not count, and the line index's
      // checkpoints only shorten the same count.
      let lineStarts = lines.lineStarts
      var next = line + 1
      while next + 1 < lineStarts.count, Int(lineStarts[next + 1]) <= start { next += 1 }
      moveTo(line: next, offset: start)
      column =
        1
        + (start <= asciiPrefix
          ? start - lineStart : TokenizedText.scalarStarts(from: lineStart, to: start, in: bytes))
      return SourceSpan(start: start, end: range.upperBound, line: line + 1, column: column)
    }
    let span = TokenizedText.span(range, of: bytes, lines: lines, asciiPrefix: asciiPrefix)
    moveTo(line: span.line - 1, offset: start)
    column = span.column
    return span
  }

  private mutating func moveTo(line: Int, offset: Int) {
    self.offset = offset
    self.line = line
    (lineStart, nextLineStart) = lines.bounds(ofLine: line)
  }
}
