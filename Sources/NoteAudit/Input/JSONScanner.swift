#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a record could not be read, as the message after `file:line: `.
struct RecordFailure: Error {
  var message: String
  /// For a JSON syntax error, its byte offset and what was wrong, so that a multi-line document
  /// (the configuration file) can place it by line and column.
  var syntax: (offset: Int, what: String)?
}

/// A small JSON scanner over UTF-8 bytes for the input readers: it validates the syntax of a whole
/// value, hands back strings and numbers without building a document tree, and skips values the
/// caller does not want (nested to at most `maxDepth`). It exists because decoding each JSONL line
/// through `Codable` is several times slower than the batch audit's speed target allows.
///
/// Lenient on purpose in one respect: raw control bytes inside strings (a tab pasted into a note)
/// are kept rather than rejected.
struct JSONScanner {
  /// A decoded string: a slice of the input when it had no escapes, else the bytes in `scratch`.
  enum StringValue {
    case slice(Range<Int>)
    case scratch
  }

  static let maxDepth = 64

  let base: UnsafePointer<UInt8>
  let count: Int
  var offset = 0
  /// Decoded bytes of the last string that had escapes; reused across strings and lines.
  var scratch: [UInt8]
  /// Some string so far had invalid UTF-8 or a lone surrogate escape, replaced with U+FFFD.
  var invalidUTF8 = false

  init(_ bytes: UnsafeBufferPointer<UInt8>, scratch: [UInt8] = []) {
    // An empty buffer may have no base address; a one-byte dummy keeps `base` valid.
    base = bytes.baseAddress ?? UnsafePointer(JSONScanner.empty)
    count = bytes.count
    self.scratch = scratch
  }

  private nonisolated(unsafe) static let empty = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)

  /// Runs `read` over all of `bytes`, which must hold nothing after what it reads but spaces;
  /// `what` names that value in the error.
  static func parseWhole<T>(
    _ bytes: [UInt8], of what: String, _ read: (inout JSONScanner) throws(RecordFailure) -> T
  ) -> Result<T, RecordFailure> {
    bytes.withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(buffer)
      do throws(RecordFailure) {
        let value = try read(&scanner)
        scanner.skipWhitespace()
        guard scanner.offset == scanner.count else {
          throw scanner.syntaxError("unexpected text after \(what)")
        }
        return .success(value)
      } catch {
        return .failure(error)
      }
    }
  }

  // MARK: Errors

  func syntaxError(_ what: String) -> RecordFailure {
    RecordFailure(message: "invalid JSON at column \(offset + 1): \(what)", syntax: (offset, what))
  }

  /// A well-formed value of the wrong kind for a field.
  func fieldError(_ field: String, _ what: String, at column: Int) -> RecordFailure {
    RecordFailure(message: "\"\(field)\" (column \(column + 1)): \(what)")
  }

  // MARK: Structure

  mutating func skipWhitespace() {
    while offset < count {
      switch base[offset] {
      case 0x20, 0x09, 0x0A, 0x0D: offset += 1
      default: return
      }
    }
  }

  /// The next non-space byte, not consumed; nil at the end.
  mutating func peek() -> UInt8? {
    skipWhitespace()
    return offset < count ? base[offset] : nil
  }

  mutating func expect(_ byte: UInt8, _ what: String) throws(RecordFailure) {
    guard peek() == byte else { throw syntaxError("expected \(what)") }
    offset += 1
  }

  /// Steps to the next member of an object whose `{` is consumed: the key's string, with the
  /// offset left at the value. nil after the closing `}`.
  mutating func nextMember(first: inout Bool) throws(RecordFailure) -> StringValue? {
    if peek() == UInt8(ascii: "}") {
      offset += 1
      return nil
    }
    if !first { try expect(UInt8(ascii: ","), "',' or '}'") }
    first = false
    guard peek() == UInt8(ascii: "\"") else { throw syntaxError("expected a key in quotes") }
    let key = try string()
    try expect(UInt8(ascii: ":"), "':' after the key")
    skipWhitespace()
    return key
  }

  /// Steps to the next element of an array whose `[` is consumed; false after the closing `]`.
  mutating func nextElement(first: inout Bool) throws(RecordFailure) -> Bool {
    if peek() == UInt8(ascii: "]") {
      offset += 1
      return false
    }
    if !first { try expect(UInt8(ascii: ","), "',' or ']'") }
    first = false
    skipWhitespace()
    return true
  }

  /// Consumes `null` if it is next.
  mutating func null() -> Bool {
    guard peek() == UInt8(ascii: "n") else { return false }
    return literal("null")
  }

  mutating func literal(_ word: StaticString) -> Bool {
    let n = word.utf8CodeUnitCount
    guard offset + n <= count, memcmp(base + offset, word.utf8Start, n) == 0 else { return false }
    offset += n
    return true
  }

  /// Skips one value of any kind, checking its syntax.
  mutating func skipValue(depth: Int = 0) throws(RecordFailure) {
    guard depth < JSONScanner.maxDepth else {
      throw syntaxError("nested deeper than \(JSONScanner.maxDepth) levels")
    }
    switch peek() ?? 0 {
    case UInt8(ascii: "\""): _ = try string()
    case UInt8(ascii: "{"):
      offset += 1
      var first = true
      while try nextMember(first: &first) != nil { try skipValue(depth: depth + 1) }
    case UInt8(ascii: "["):
      offset += 1
      var first = true
      while try nextElement(first: &first) { try skipValue(depth: depth + 1) }
    case UInt8(ascii: "t"): guard literal("true") else { throw syntaxError("expected a value") }
    case UInt8(ascii: "f"): guard literal("false") else { throw syntaxError("expected a value") }
    case UInt8(ascii: "n"): guard literal("null") else { throw syntaxError("expected a value") }
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try number()
    default: throw syntaxError("expected a value")
    }
  }

  // MARK: Numbers

  /// The bytes of a number, checked against the JSON grammar.
  mutating func number() throws(RecordFailure) -> Range<Int> {
    skipWhitespace()
    let begin = offset
    func digits(_ s: inout JSONScanner) -> Int {
      let from = s.offset
      while s.offset < s.count, s.base[s.offset] &- 0x30 < 10 { s.offset += 1 }
      return s.offset - from
    }
    if offset < count && base[offset] == UInt8(ascii: "-") { offset += 1 }
    let intStart = offset
    let intDigits = digits(&self)
    guard intDigits > 0 else { throw syntaxError("expected a digit") }
    guard base[intStart] != UInt8(ascii: "0") || intDigits == 1 else {
      offset = intStart
      throw syntaxError("leading zero in a number")
    }
    if offset < count && base[offset] == UInt8(ascii: ".") {
      offset += 1
      guard digits(&self) > 0 else { throw syntaxError("expected a digit after '.'") }
    }
    if offset < count && (base[offset] | 0x20) == UInt8(ascii: "e") {
      offset += 1
      if offset < count && (base[offset] == UInt8(ascii: "+") || base[offset] == UInt8(ascii: "-"))
      {
        offset += 1
      }
      guard digits(&self) > 0 else { throw syntaxError("expected a digit in the exponent") }
    }
    return begin..<offset
  }

  /// A whole number's value, nil when the number has a fraction or exponent or does not fit.
  func integer(_ range: Range<Int>) -> Int? {
    var i = range.lowerBound
    let negative = base[i] == UInt8(ascii: "-")
    if negative { i += 1 }
    var value = 0
    while i < range.upperBound {
      let d = base[i] &- 0x30
      guard d < 10 else { return nil }
      let (m, o1) = value.multipliedReportingOverflow(by: 10)
      let (s, o2) = m.addingReportingOverflow(Int(d))
      guard !o1 && !o2 else { return nil }
      value = s
      i += 1
    }
    return negative ? -value : value
  }

  func text(_ range: Range<Int>) -> String {
    String(
      decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count),
      as: UTF8.self)
  }

  // MARK: Strings

  /// Reads a string (the offset at its opening quote), decoding escapes into `scratch` only when
  /// there are any.
  mutating func string() throws(RecordFailure) -> StringValue {
    offset += 1
    let begin = offset
    skipToQuoteOrBackslash()
    guard offset < count else { throw syntaxError("unterminated string") }
    if base[offset] == UInt8(ascii: "\"") {
      offset += 1
      return .slice(begin..<(offset - 1))
    }
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: UnsafeBufferPointer(start: base + begin, count: offset - begin))
    while offset < count {
      let runStart = offset
      skipToQuoteOrBackslash()
      scratch.append(
        contentsOf: UnsafeBufferPointer(start: base + runStart, count: offset - runStart))
      guard offset < count else { break }
      if base[offset] == UInt8(ascii: "\"") {
        offset += 1
        return .scratch
      }
      try escape()
    }
    throw syntaxError("unterminated string")
  }

  /// Moves `offset` to the next `"` or `\` (or the end), eight bytes at a time: a note's text is
  /// most of a record.
  @inline(__always)
  private mutating func skipToQuoteOrBackslash() {
    while offset + 8 <= count {
      let word = UInt64(
        littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
      let found =
        ByteWord.bytes(word, equalTo: UInt8(ascii: "\""))
        | ByteWord.bytes(word, equalTo: UInt8(ascii: "\\"))
      if found != 0 {
        offset += found.trailingZeroBitCount / 8
        return
      }
      offset += 8
    }
    while offset < count && base[offset] != UInt8(ascii: "\"") && base[offset] != UInt8(ascii: "\\")
    { offset += 1 }
  }

  /// Decodes one escape (the offset at its backslash) into `scratch`.
  private mutating func escape() throws(RecordFailure) {
    guard offset + 1 < count else { throw syntaxError("unterminated string") }
    let c = base[offset + 1]
    offset += 2
    let simple: UInt8
    switch c {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = c
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "t"): simple = 0x09
    case UInt8(ascii: "u"):
      appendScalar(try unicodeEscape())
      return
    default:
      offset -= 2
      throw syntaxError("invalid escape")
    }
    scratch.append(simple)
  }

  /// The scalar of a `\uXXXX` escape (offset after the `u`), joining a surrogate pair; a lone
  /// surrogate becomes U+FFFD and sets `invalidUTF8`.
  private mutating func unicodeEscape() throws(RecordFailure) -> UInt32 {
    let unit = try hex4()
    switch unit {
    case 0xD800...0xDBFF:
      let save = offset
      if offset + 1 < count && base[offset] == UInt8(ascii: "\\")
        && base[offset + 1] == UInt8(ascii: "u")
      {
        offset += 2
        let low = try hex4()
        if (0xDC00...0xDFFF).contains(low) {
          return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        }
        offset = save
      }
      invalidUTF8 = true
      return 0xFFFD
    case 0xDC00...0xDFFF:
      invalidUTF8 = true
      return 0xFFFD
    default:
      return unit
    }
  }

  private mutating func hex4() throws(RecordFailure) -> UInt32 {
    guard offset + 4 <= count else { throw syntaxError("expected four hex digits after \\u") }
    var value: UInt32 = 0
    for k in 0..<4 {
      let b = base[offset + k]
      let d: UInt8
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - 0x30
      case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - 0x57
      case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - 0x37
      default: throw syntaxError("expected four hex digits after \\u")
      }
      value = value << 4 | UInt32(d)
    }
    offset += 4
    return value
  }

  private mutating func appendScalar(_ v: UInt32) {
    switch v {
    case 0..<0x80:
      scratch.append(UInt8(v))
    case 0x80..<0x800:
      scratch.append(UInt8(0xC0 | v >> 6))
      scratch.append(UInt8(0x80 | v & 0x3F))
    case 0x800..<0x10000:
      scratch.append(UInt8(0xE0 | v >> 12))
      scratch.append(UInt8(0x80 | v >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | v & 0x3F))
    default:
      scratch.append(UInt8(0xF0 | v >> 18))
      scratch.append(UInt8(0x80 | v >> 12 & 0x3F))
      scratch.append(UInt8(0x80 | v >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | v & 0x3F))
    }
  }

  /// Calls `body` with a decoded string's bytes.
  func withBytes<T>(_ value: StringValue, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    switch value {
    case .slice(let r): body(UnsafeBufferPointer(start: base + r.lowerBound, count: r.count))
    case .scratch: scratch.withUnsafeBufferPointer(body)
    }
  }

  /// A decoded string as note text: cut to `limit` bytes, invalid UTF-8 replaced.
  mutating func decodedText(_ value: StringValue, limit: Int = .max) -> DecodedText {
    let decoded = withBytes(value) { DecodedText($0, limit: limit) }
    invalidUTF8 = invalidUTF8 || decoded.invalidUTF8
    return decoded
  }
}
