/// Byte offsets of line starts, built once per note, so any offset maps to a 1-based line and
/// column without rescanning the text.
///
/// A line ends at `\n`, at `\r\n` (one break) or at a lone `\r`. Columns count Unicode scalars (a
/// UTF-8 lead byte or an invalid byte counts one; continuation bytes count zero), so CRLF, tabs,
/// curly quotes and accented letters never shift them; a byte-order mark at the very start is not
/// a column.
package struct LineIndex: Sendable {
  /// Offset of the first byte of each line; `lineStarts[0] == 0`.
  package private(set) var lineStarts: [Int32]

  package init(lineStarts: [Int32]) {
    self.lineStarts = lineStarts.isEmpty ? [0] : lineStarts
  }

  /// Where line `line` (0-based) starts and where the next one starts (`Int.max` after the last
  /// line): the byte range a "same line" test compares a token's start with.
  package func bounds(ofLine line: Int) -> (start: Int, next: Int) {
    (Int(lineStarts[line]), line + 1 < lineStarts.count ? Int(lineStarts[line + 1]) : Int.max)
  }

  /// Builds the index by scanning `bytes` for line breaks.
  package init(bytes: UnsafeBufferPointer<UInt8>) {
    var starts: [Int32] = [0]
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b == 0x0A {
        starts.append(Int32(i + 1))
      } else if b == 0x0D {
        if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
        starts.append(Int32(i + 1))
      }
      i += 1
    }
    self.init(lineStarts: starts, of: bytes)
  }

  /// An index over `bytes` whose line starts are already known: the tokenizer records them as it
  /// meets line breaks, sparing a second pass over the text.
  init(lineStarts starts: [Int32], of bytes: UnsafeBufferPointer<UInt8>) {
    self.lineStarts = starts
    self.columnCheckpoints = LineIndex.checkpoints(bytes, lineStarts: starts)
  }

  /// Columns are counted by scanning from the line start, so without help a note that is one long
  /// line with many evidence spans costs O(spans × line length) — minutes for 200,000 matches on
  /// one line. Every `checkpointStride` bytes this holds the column count (0-based, as `location`
  /// counts it) reached at that offset, so a lookup scans at most one stride. Empty for notes of
  /// at most one stride, which need no help.
  private var columnCheckpoints: [Int32] = []
  static let checkpointStride = 1024

  private static func checkpoints(_ bytes: UnsafeBufferPointer<UInt8>, lineStarts: [Int32])
    -> [Int32]
  {
    let n = bytes.count
    guard n > checkpointStride else { return [] }
    // Without a line longer than a stride, a lookup scans at most one stride anyway.
    var longest = 0
    var previous = 0
    for start in lineStarts.dropFirst() {
      longest = max(longest, Int(start) - previous)
      previous = Int(start)
    }
    guard max(longest, n - previous) > checkpointStride else { return [] }
    let bom = n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    var result: [Int32] = []
    result.reserveCapacity(n / checkpointStride + 1)
    var nextLine = 1
    var count: Int32 = 0
    for i in 0..<n {
      if nextLine < lineStarts.count && Int(lineStarts[nextLine]) == i {
        count = 0
        nextLine += 1
      }
      if i % checkpointStride == 0 { result.append(count) }
      if bytes[i] & 0xC0 != 0x80 && !(bom && i < 3) { count += 1 }
    }
    return result
  }

  /// The 0-based line containing `offset`.
  package func lineIndex(of offset: Int) -> Int { LineIndex.line(of: offset, in: lineStarts) }

  /// The 0-based line containing `offset`, by binary search in `lineStarts`. The midpoint is in
  /// `lo + 1...hi`, within the list: it is summed wrapping (a list far below `Int.max` long) and
  /// read unchecked.
  static func line(of offset: Int, in lineStarts: [Int32]) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo &+ hi &+ 1) >> 1
      if Int(lineStarts[unchecked: mid]) <= offset { lo = mid } else { hi = mid &- 1 }
    }
    return lo
  }

  /// Finds the lines of offsets met in ascending order by stepping on from the last one found, not
  /// by a binary search each (an offset before the last one is searched for).
  struct Cursor {
    let lineStarts: [Int32]
    /// The 0-based line of the last offset.
    private(set) var line = 0

    init(_ index: LineIndex) { lineStarts = index.lineStarts }

    /// The 0-based line containing `offset`, as `LineIndex.lineIndex(of:)` finds it.
    mutating func line(of offset: Int) -> Int {
      if offset < Int(lineStarts[line]) { line = LineIndex.line(of: offset, in: lineStarts) }
      while line + 1 < lineStarts.count, Int(lineStarts[line + 1]) <= offset { line += 1 }
      return line
    }
  }

  /// 1-based line and column of `offset` in `bytes`.
  package func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (
    line: Int, column: Int
  ) {
    let line = lineIndex(of: offset)
    var column = 1
    var i = Int(lineStarts[line])
    if i == 0 && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
      && offset >= 3
    {
      i = 3
    }
    let end = min(offset, bytes.count)
    let checkpoint = end / LineIndex.checkpointStride
    if checkpoint < columnCheckpoints.count && checkpoint * LineIndex.checkpointStride > i {
      // The checkpoint lies between the line start and the offset, so on the same line.
      i = checkpoint * LineIndex.checkpointStride
      column = 1 + Int(columnCheckpoints[checkpoint])
    }
    column += LineIndex.scalarStarts(bytes, from: i, to: end)
    return (line + 1, column)
  }

  /// The number of Unicode scalars that start in `bytes[from..<to]`: UTF-8 lead bytes and invalid
  /// bytes count, continuation bytes (`10xxxxxx`) do not, so this is the column distance.
  ///
  /// Eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear, so
  /// `w & ~(w << 1)` keeps bit 7 of exactly those bytes. Evidence columns are counted on a line
  /// from the previous span; byte by byte that was a third of building a note's evidence.
  static func scalarStarts(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    var i = from
    var count = 0
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      while i + 8 <= to {
        let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        count += 8 - (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
        i += 8
      }
    }
    while i < to {
      if bytes[i] & 0xC0 != 0x80 { count += 1 }
      i += 1
    }
    return count
  }
}
