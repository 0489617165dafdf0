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
  /// The text's tokens and the lexicon's entries, held once: read through the text and the
  /// lexicon per hit, each array was retained and released for every evidence built.
  private let tokens: [Token]
  private let entries: [LexiconEntry]
  /// The last located offset, its 0-based line (-1 before the first), the start of the next line
  /// and its 1-based column.
  private var offset = 0
  private var line = -1
  private var nextLineStart = 0
  private var column = 0

  init(_ doc: NoteDocument) {
    self.init(text: doc.text, lexicon: doc.lexicon)
  }

  init(text: TokenizedText, lexicon: Lexicon) {
    self.text = text
    self.tokens = text.tokens
    self.entries = lexicon.entries
  }

  /// Evidence for a hit, as `NoteDocument.evidence` builds it.
  mutating func evidence(_ match: LexiconMatch) -> Evidence {
    let range = Int(tokens[Int(match.first)].start)..<Int(tokens[Int(match.last)].end)
    return Evidence(text: EvidenceCursor.text(range, of: text.bytes), span: span(range), entryID: entries[Int(match.entry)].id)
  }

  /// `TokenizedText.text(_:)`, with the bytes copied straight into the string: `String(decoding:)`
  /// validates a copy of them first, which cost as much again as the copy, and the string
  /// initializer that writes in place checks a short string (most evidence is under 16 bytes) for
  /// ASCII with one mask. Invalid UTF-8 is repaired the same way (U+FFFD per maximal subpart).
  static func text(_ range: Range<Int>, of bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { bytes in
      let lo = max(0, min(range.lowerBound, bytes.count))
      let hi = max(lo, min(range.upperBound, bytes.count))
      let source = UnsafeBufferPointer(rebasing: bytes[lo..<hi])
      return String(unsafeUninitializedCapacity: source.count) { $0.initialize(fromContentsOf: source) }
    }
  }

  /// The span of `range`, as `TokenizedText.span` computes it.
  mutating func span(_ range: Range<Int>) -> SourceSpan {
    let start = range.lowerBound
    // Past the first 3 bytes the byte-order mark no longer matters to line 0's columns.
    if line >= 0, start >= offset, start < nextLineStart, line > 0 || offset >= 3 {
      let from = offset
      column += text.bytes.withUnsafeBufferPointer { LineIndex.scalarStarts($0, from: from, to: min(start, $0.count)) }
      offset = start
      return SourceSpan(start: start, end: range.upperBound, line: line + 1, column: column)
    }
    let starts = text.lines.lineStarts
    if line >= 0, start >= nextLineStart {
      // A later line: stepped to from the current one (a line or two on), its column counted
      // from its start. Past line 0 the byte-order mark does not count, and the line index's
      // checkpoints only shorten the same count.
      var next = line + 1
      while next + 1 < starts.count, Int(starts[next + 1]) <= start { next += 1 }
      let lineStart = Int(starts[next])
      offset = start
      line = next
      nextLineStart = next + 1 < starts.count ? Int(starts[next + 1]) : Int.max
      column = 1 + text.bytes.withUnsafeBufferPointer { LineIndex.scalarStarts($0, from: lineStart, to: min(start, $0.count)) }
      return SourceSpan(start: start, end: range.upperBound, line: line + 1, column: column)
    }
    let span = text.span(range)
    offset = start
    line = span.line - 1
    nextLineStart = line + 1 < starts.count ? Int(starts[line + 1]) : Int.max
    column = span.column
    return span
  }
}
