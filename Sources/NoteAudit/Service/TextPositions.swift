/// How an editor counts the characters of a line: LSP's `positionEncoding`.
///
/// The library keeps UTF-8 byte offsets everywhere; editors speak in lines and characters, where a
/// character is a UTF-16 code unit (LSP's default, and JavaScript's string index) or a UTF-8 byte
/// (when the client offers `utf-8`). In UTF-16, `é` and `’` are one unit each and an emoji two; in
/// UTF-8 they are two, three and four.
public enum PositionEncoding: String, Sendable, CaseIterable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"
}

/// A place in a text as an editor gives it: 0-based line and character (in a `PositionEncoding`).
public struct TextPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var line: Int
  public var character: Int

  public init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }

  public var description: String { "\(line):\(character)" }

  public static func < (a: TextPosition, b: TextPosition) -> Bool {
    a.line != b.line ? a.line < b.line : a.character < b.character
  }
}

/// The line starts of a UTF-8 text and the conversions between byte offsets and editor positions.
///
/// Lines end at `\n`, `\r\n` or a lone `\r` (as LSP defines them). A position past the end of its
/// line means the line's end, a line past the last means the end of the text, and a UTF-16
/// position inside a surrogate pair (or a UTF-8 one inside a sequence) means the start of that
/// character, so an editor's position can never cut a character in two.
///
/// ```swift
/// let bytes = Array("café\n🙂 ok".utf8)
/// let lines = TextLines(bytes)
/// lines.position(ofByte: 10, in: bytes, encoding: .utf16)  // 1:2 (the emoji: 2 units, 4 bytes)
/// lines.position(ofByte: 10, in: bytes, encoding: .utf8)   // 1:4
/// lines.byteOffset(of: TextPosition(line: 0, character: 4), in: bytes, encoding: .utf8)  // 3: inside "é", snapped
/// ```
public struct TextLines: Sendable {
  /// Byte offset of each line's first byte.
  public private(set) var starts: [Int]
  /// Byte length of the text.
  public private(set) var count: Int

  public init(_ bytes: [UInt8]) {
    starts = [0]
    count = bytes.count
    bytes.withUnsafeBufferPointer { scan($0, from: 0) }
  }

  private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
    var i = start
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b == 0x0A {
        starts.append(i + 1)
      } else if b == 0x0D {
        if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
        starts.append(i + 1)
      }
      i += 1
    }
  }

  /// The line holding byte `offset` (the last line for the end of the text).
  public func line(ofByte offset: Int) -> Int {
    var low = 0
    var high = starts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if starts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }

  /// The byte range of line `line`'s content, without its line end.
  public func contentRange(ofLine line: Int, in bytes: [UInt8]) -> Range<Int> {
    let start = starts[line]
    var end = line + 1 < starts.count ? starts[line + 1] : count
    if end > start, bytes[end - 1] == 0x0A { end -= 1 }
    if end > start, bytes[end - 1] == 0x0D { end -= 1 }
    return start..<end
  }

  /// The editor position of byte `offset` of `bytes` (offsets are clamped to the text).
  public func position(ofByte offset: Int, in bytes: [UInt8], encoding: PositionEncoding)
    -> TextPosition
  {
    let offset = min(max(0, offset), count)
    let line = line(ofByte: offset)
    let content = contentRange(ofLine: line, in: bytes)
    let end = min(offset, content.upperBound)
    switch encoding {
    case .utf8:
      return TextPosition(line: line, character: end - content.lowerBound)
    case .utf16:
      var units = 0
      var i = content.lowerBound
      while i < end {
        let b = bytes[i]
        if b & 0xC0 != 0x80 { units += b >= 0xF0 ? 2 : 1 }
        i += 1
      }
      return TextPosition(line: line, character: units)
    }
  }

  /// The byte offset of an editor position in `bytes`.
  public func byteOffset(of position: TextPosition, in bytes: [UInt8], encoding: PositionEncoding)
    -> Int
  {
    guard position.line >= 0 else { return 0 }
    guard position.line < starts.count else { return count }
    let content = contentRange(ofLine: position.line, in: bytes)
    let wanted = max(0, position.character)
    switch encoding {
    case .utf8:
      var offset = min(content.lowerBound + wanted, content.upperBound)
      while offset > content.lowerBound, offset < content.upperBound, bytes[offset] & 0xC0 == 0x80 {
        offset -= 1
      }
      return offset
    case .utf16:
      var units = 0
      var i = content.lowerBound
      while i < content.upperBound {
        let b = bytes[i]
        let width = b >= 0xF0 ? 2 : 1
        if units + width > wanted { return i }
        units += width
        // Skip the character's continuation bytes.
        i += 1
        while i < content.upperBound, bytes[i] & 0xC0 == 0x80 { i += 1 }
      }
      return content.upperBound
    }
  }

  /// The UTF-16 offset of byte `offset` from the start of the text (for JavaScript, whose string
  /// indices are UTF-16 units; line ends count like any other character).
  public static func utf16Offset(ofByte offset: Int, in bytes: [UInt8]) -> Int {
    var units = 0
    var i = 0
    let end = min(max(0, offset), bytes.count)
    while i < end {
      let b = bytes[i]
      if b & 0xC0 != 0x80 { units += b >= 0xF0 ? 2 : 1 }
      i += 1
    }
    return units
  }
}
