/// A JSON value for the editor protocols (LSP's JSON-RPC and Chrome's native messaging) and the
/// FHIR reader's resources: a small hand-written codec, so no package is needed and we decide
/// ourselves what bad input does.
///
/// Parsing is over UTF-8 bytes and never traps: a syntax error, nesting deeper than
/// `WireJSON.maxDepth` or trailing bytes give a `WireJSONError` with the byte offset. Invalid UTF-8
/// inside a string is replaced with U+FFFD (a note pasted from an old export still gets checked);
/// a lone `\u` surrogate escape too. Numbers are `Double`s; an integral one is written without a
/// fraction, so request ids round-trip.
///
/// ```swift
/// let message = try WireJSON.parse(Array(#"{"id":1,"method":"shutdown"}"#.utf8))
/// message["method"]?.string  // "shutdown"
/// WireJSON.object(["id": 1, "result": nil]).serialized()  // {"id":1,"result":null}
/// ```
package enum WireJSON: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([WireJSON])
  case object([String: WireJSON])

  /// Deeper nesting is refused rather than recursed into (a message of 100,000 `[` must not
  /// overflow the stack).
  package static let maxDepth = 64

  package subscript(key: String) -> WireJSON? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  package var string: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  package var int: Int? {
    if case .number(let n) = self, n == n.rounded(), abs(n) < 9.0e15 { return Int(n) }
    return nil
  }

  package var bool: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  package var array: [WireJSON]? {
    if case .array(let a) = self { return a }
    return nil
  }

  package var isNull: Bool { self == .null }
}

extension WireJSON: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral,
  ExpressibleByFloatLiteral
{
  package init(stringLiteral value: String) { self = .string(value) }
  package init(integerLiteral value: Int) { self = .number(Double(value)) }
  package init(floatLiteral value: Double) { self = .number(value) }
  package init(booleanLiteral value: Bool) { self = .bool(value) }
  package init(arrayLiteral elements: WireJSON...) { self = .array(elements) }
  package init(dictionaryLiteral elements: (String, WireJSON)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
  package init(nilLiteral: ()) { self = .null }

  package init(_ value: Int) { self = .number(Double(value)) }
  package init(_ value: String) { self = .string(value) }
}

/// Why a message is not JSON: what and at which byte.
package struct WireJSONError: Error, Hashable, Sendable, CustomStringConvertible {
  package var offset: Int
  package var reason: String
  package var description: String { "\(reason) at byte \(offset)" }
}

// MARK: - Parsing

extension WireJSON {
  /// Parses one JSON text (surrounding whitespace allowed).
  package static func parse(_ bytes: [UInt8]) throws(WireJSONError) -> WireJSON {
    try bytes.withUnsafeBufferPointer { buffer throws(WireJSONError) in try parse(buffer) }
  }

  /// Parses one JSON text in place (the FHIR reader's resources, without a copy of each line).
  package static func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(WireJSONError) -> WireJSON
  {
    var parser = JSONParser(bytes: buffer)
    let value = try parser.value(depth: 0)
    parser.skipWhitespace()
    guard parser.index == buffer.count else {
      throw parser.error("unexpected bytes after the JSON value")
    }
    return value
  }
}

private struct JSONParser {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  func error(_ reason: String) -> WireJSONError { WireJSONError(offset: index, reason: reason) }

  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  mutating func value(depth: Int) throws(WireJSONError) -> WireJSON {
    guard depth < WireJSON.maxDepth else { throw error("nesting deeper than \(WireJSON.maxDepth)") }
    skipWhitespace()
    guard index < bytes.count else { throw error("unexpected end of input") }
    switch bytes[index] {
    case UInt8(ascii: "{"):
      index += 1
      var members: [String: WireJSON] = [:]
      skipWhitespace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      while true {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
          throw error("expected a member name")
        }
        let key = try string()
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
          throw error("expected ':'")
        }
        index += 1
        members[key] = try value(depth: depth + 1)
        skipWhitespace()
        guard index < bytes.count else { throw error("unexpected end of input in an object") }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
        } else if bytes[index] == UInt8(ascii: "}") {
          index += 1
          return .object(members)
        } else {
          throw error("expected ',' or '}'")
        }
      }
    case UInt8(ascii: "["):
      index += 1
      var elements: [WireJSON] = []
      skipWhitespace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements)
      }
      while true {
        elements.append(try value(depth: depth + 1))
        skipWhitespace()
        guard index < bytes.count else { throw error("unexpected end of input in an array") }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
        } else if bytes[index] == UInt8(ascii: "]") {
          index += 1
          return .array(elements)
        } else {
          throw error("expected ',' or ']'")
        }
      }
    case UInt8(ascii: "\""):
      return .string(try string())
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    default:
      return .number(try number())
    }
  }

  mutating func literal(_ word: StaticString) throws(WireJSONError) {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { throw error("unexpected end of input") }
    for k in 0..<count where bytes[index + k] != word.utf8Start[k] {
      throw error("unknown literal")
    }
    index += count
  }

  mutating func number() throws(WireJSONError) -> Double {
    let start = index
    func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
    let digitsStart = index
    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    guard index > digitsStart else {
      throw WireJSONError(offset: start, reason: "unexpected character")
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      let fraction = index
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
      guard index > fraction else { throw error("expected a digit after '.'") }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      let exponent = index
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
      guard index > exponent else { throw error("expected an exponent") }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      throw WireJSONError(offset: start, reason: "number out of range")
    }
    return value
  }

  /// A string starting at the opening quote; invalid UTF-8 and lone surrogates become U+FFFD.
  mutating func string() throws(WireJSONError) -> String {
    index += 1
    let start = index
    // Fast path: no escapes.
    while index < bytes.count {
      let b = bytes[index]
      if b == UInt8(ascii: "\"") {
        let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        index += 1
        return s
      }
      if b == UInt8(ascii: "\\") || b < 0x20 { break }
      index += 1
    }
    var out = Array(bytes[start..<index])
    while index < bytes.count {
      let b = bytes[index]
      if b == UInt8(ascii: "\"") {
        index += 1
        return String(decoding: out, as: UTF8.self)
      }
      guard b >= 0x20 else { throw error("control character in a string") }
      guard b == UInt8(ascii: "\\") else {
        out.append(b)
        index += 1
        continue
      }
      index += 1
      guard index < bytes.count else { break }
      let e = bytes[index]
      index += 1
      switch e {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4()
        if (0xD800..<0xDC00).contains(scalar) {
          // A high surrogate: a low one must follow as another \u escape.
          if index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
          {
            let save = index
            index += 2
            let low = try hex4()
            if (0xDC00..<0xE000).contains(low) {
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else {
              index = save
              scalar = 0xFFFD
            }
          } else {
            scalar = 0xFFFD
          }
        } else if (0xDC00..<0xE000).contains(scalar) {
          scalar = 0xFFFD
        }
        out.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
      default:
        throw WireJSONError(offset: index - 1, reason: "unknown escape")
      }
    }
    throw error("unterminated string")
  }

  mutating func hex4() throws(WireJSONError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error("short \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[index]
      let digit: UInt32
      switch b {
      case 0x30...0x39: digit = UInt32(b - 0x30)
      case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
      default: throw error("bad \\u escape")
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }
}

// MARK: - Writing

extension WireJSON {
  /// Compact JSON, object keys sorted (the same value always gives the same bytes).
  package func serialized() -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(into: &out)
    return out
  }

  package func write(into out: inout [UInt8]) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .number(let n):
      if n.isFinite, n == n.rounded(), abs(n) < 9.0e15 {
        out.append(contentsOf: String(Int(n)).utf8)
      } else if n.isFinite {
        out.append(contentsOf: String(n).utf8)
      } else {
        out.append(contentsOf: "null".utf8)
      }
    case .string(let s): WireJSON.writeString(s, into: &out)
    case .array(let elements):
      out.append(UInt8(ascii: "["))
      for (k, element) in elements.enumerated() {
        if k > 0 { out.append(UInt8(ascii: ",")) }
        element.write(into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for (k, key) in members.keys.sorted().enumerated() {
        if k > 0 { out.append(UInt8(ascii: ",")) }
        WireJSON.writeString(key, into: &out)
        out.append(UInt8(ascii: ":"))
        members[key]!.write(into: &out)  // the key came from `members`
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  static func writeString(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0..<0x20:
        out.append(contentsOf: [
          UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)],
        ])
      default: out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
