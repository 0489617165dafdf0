/// Builds `Evidence` for hits visited in text order, counting each span's column on from the
/// previous span on the same line.
///
/// `TokenizedText.span` counts a column from the line start, which on a paragraph written as one
/// line costs a few hundred bytes per span; the stages after context visit their hits in text
/// order, so carrying the last position makes the columns of a whole note one pass over its
/// lines. A later line is stepped to from the current one; any other step (the first, backwards,
/// the byte-order mark) asks the line index. The spans are exactly `TokenizedText.span`'s.
struct EvidenceCursor {
  let text: TokenizedText
  /// The text's tokens and line starts and the lexicon's entries, held once: read through the text
  /// and the lexicon per hit, each array was retained and released for every evidence built.
  private let tokens: [Token]
  private let lineStarts: [Int32]
  let entries: [LexiconEntry]
  /// The last located offset, its 0-based line (-1 before the first), the start of that line and
  /// of the next, and its 1-based column.
  private var offset = 0
  private var line = -1
  private var lineStart = 0
  private var nextLineStart = 0
  private var column = 0

  init(_ doc: NoteDocument) {
    self.init(text: doc.text, lexicon: doc.lexicon)
  }

  init(text: TokenizedText, lexicon: Lexicon) {
    self.text = text
    self.tokens = text.tokens
    self.lineStarts = text.lines.lineStarts
    self.entries = lexicon.entries
  }

  /// Evidence for a hit, as `NoteDocument.evidence` builds it.
  mutating func evidence(_ match: LexiconMatch) -> Evidence {
    let range = Int(tokens[Int(match.first)].start)..<Int(tokens[Int(match.last)].end)
    return Evidence(
      text: text.text(range), span: span(range), entryID: entries[Int(match.entry)].id)
  }

  /// The span of `range`, as `TokenizedText.span` computes it. Before the text's first byte that is
  /// not ASCII (most notes have none), a column is the offset from the line start.
  mutating func span(_ range: Range<Int>) -> SourceSpan {
    let start = range.lowerBound
    // Past the first 3 bytes the byte-order mark no longer matters to line 0's columns.
    if line >= 0, start >= offset, start < nextLineStart, line > 0 || offset >= 3 {
      column =
        start <= text.asciiPrefix
        ? 1 + start - lineStart : column + text.scalarStarts(from: offset, to: start)
      offset = start
      return SourceSpan(start: start, end: range.upperBound, line: line + 1, column: column)
    }
    if line >= 0, start >= nextLineStart {
      // A later line: stepped to from the current one (a line or two on), its column counted
      // from its start. Past line 0 the byte-order mark does not count, and the line index's
      // checkpoints only shorten the same count.
      var next = line + 1
      while next + 1 < lineStarts.count, Int(lineStarts[next + 1]) <= start { next += 1 }
      moveTo(line: next, offset: start)
      column =
        1
        + (start <= text.asciiPrefix
          ? start - lineStart : text.scalarStarts(from: lineStart, to: start))
      return SourceSpan(start: start, end: range.upperBound, line: line + 1, column: column)
    }
    let span = text.span(range)
    moveTo(line: span.line - 1, offset: start)
    column = span.column
    return span
  }

  private mutating func moveTo(line: Int, offset: Int) {
    self.offset = offset
    self.line = line
    lineStart = Int(lineStarts[line])
    nextLineStart = line + 1 < lineStarts.count ? Int(lineStarts[line + 1]) : Int.max
  }
}
