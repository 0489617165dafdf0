/// Reads the text of one lexicon file into entries, collecting problems instead of stopping.
///
/// The format is line-oriented so a compliance lead can edit it in any editor; see
/// Docs/LexiconFormat.md. Every process that analyses a note parses the bundled files first, so
/// the lines are scanned as UTF-8 bytes (every character with a meaning here is ASCII) and only
/// the ids, patterns and attribute texts become `String`s.
package struct LexiconParser: Sendable {
  package private(set) var entries: [LexiconEntry] = []
  /// Ids removed with `@remove` (site folders use this to drop bundled entries).
  package private(set) var removals: [String] = []
  package private(set) var problems: [LexiconProblem] = []

  let file: String
  private var category: String?
  private var defaults: [String: String] = [:]
  /// The id of the entry before the last one of this file, and the last entry already told that
  /// its continuation lines sit under that one (`continuationIndentProblem`).
  private var previousID: String?
  private var warnedID: String?

  /// Parses `text`, the contents of `file` (the name is used in messages only).
  ///
  /// Lines end at `\n`, with a `\r` before it dropped (files saved on Windows).
  package init(text: String, file: String) {
    self.file = file
    let bytes = Array(text.utf8)
    var lineNumber = 0
    var start = 0
    while start <= bytes.count {
      let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      lineNumber += 1
      var line = start..<newline
      if line.last.map({ bytes[$0] }) == UInt8(ascii: "\r") {
        line = line.lowerBound..<(line.upperBound - 1)
      }
      if lineNumber == 1, bytes[line].starts(with: [0xEF, 0xBB, 0xBF]) {
        line = (line.lowerBound + 3)..<line.upperBound
      }
      let content = Self.trimmed(Self.withoutComment(line, in: bytes), in: bytes)
      parse(
        line: content, in: bytes, number: lineNumber, indent: content.lowerBound - line.lowerBound)
      start = newline + 1
    }
  }

  /// The line up to a `#` comment that starts it or follows whitespace, outside quotes and escapes.
  static func withoutComment(_ line: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
    // Most pattern lines hold no `#` at all: one plain scan rules them out before the walk that
    // decodes each character to tell whitespace.
    guard bytes[line].contains(UInt8(ascii: "#")) else { return line }
    var inQuotes = false
    var previousIsWhitespace = true
    var i = line.lowerBound
    while i < line.upperBound {
      let b = bytes[i]
      if b == UInt8(ascii: "\\") {
        // The escaped character is never special, whatever it is.
        i += 1
        guard i < line.upperBound else { break }
      } else if b == UInt8(ascii: "\"") {
        inQuotes.toggle()
      } else if b == UInt8(ascii: "#"), !inQuotes, previousIsWhitespace {
        return line.lowerBound..<i
      }
      let (isWhitespace, length) = whitespace(at: i, in: bytes)
      previousIsWhitespace = isWhitespace
      i += length
    }
    return line
  }

  /// Whether the character starting at byte `i` is whitespace, and its length in bytes.
  @inline(__always)
  static func whitespace(at i: Int, in bytes: [UInt8]) -> (Bool, Int) {
    let b = bytes[i]
    if b < 0x80 { return (b == 0x20 || (b >= 0x09 && b <= 0x0D), 1) }
    var end = i + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    var decoder = UTF8()
    var iterator = bytes[i..<end].makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return (false, end - i) }
    return (scalar.properties.isWhitespace, end - i)
  }

  /// `range` without whitespace at either end.
  static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
    var lower = range.lowerBound
    while lower < range.upperBound {
      let (isWhitespace, length) = whitespace(at: lower, in: bytes)
      if !isWhitespace { break }
      lower += length
    }
    var upper = range.upperBound
    while upper > lower {
      var start = upper - 1
      while start > lower, bytes[start] & 0xC0 == 0x80 { start -= 1 }
      if !whitespace(at: start, in: bytes).0 { break }
      upper = start
    }
    return lower..<upper
  }

  static func string(_ range: Range<Int>, in bytes: [UInt8]) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  mutating func problem(_ line: Int, _ message: String) {
    problems.append(LexiconProblem(file: file, line: line, message: message))
  }

  /// - Parameter indent: the bytes of blank before the line's first character.
  mutating func parse(line: Range<Int>, in bytes: [UInt8], number: Int, indent: Int) {
    guard let first = line.first.map({ bytes[$0] }) else { return }
    if first == UInt8(ascii: "@") {
      directive(Self.string(line, in: bytes), number: number)
    } else if first == UInt8(ascii: "|") {
      guard var last = entries.popLast() else {
        problem(number, "a continuation line ('|') needs an entry above it")
        return
      }
      continuationIndentProblem(of: last.id, indent: indent, number: number)
      let (patterns, attributes) = splitPatternsAndAttributes(
        (line.lowerBound + 1)..<line.upperBound, in: bytes, number: number)
      last.patterns += patterns
      last.attributes.merge(attributes) { _, new in new }
      entries.append(last)
    } else {
      entry(line, in: bytes, number: number)
    }
  }

  /// A continuation line belongs to the entry above it, and is written under that entry's `=`.
  /// One written under the `=` of the entry before that one is the trace of a new entry inserted
  /// between an entry's first line and its continuation lines: those lines, and any attribute on
  /// them, have silently moved to the new entry. Told once per entry, as a problem `lexicon check`
  /// fails on, since the lexicon still loads but no longer says what its author wrote.
  mutating func continuationIndentProblem(of id: String, indent: Int, number: Int) {
    guard let previousID, warnedID != id, indent == previousID.utf8.count + 1,
      indent != id.utf8.count + 1
    else { return }
    warnedID = id
    problem(
      number,
      "this line continues '\(id)' but is written under '\(previousID)', the entry before it: if it belongs to '\(previousID)', move '\(id)' below that entry's last line; if it belongs to '\(id)', indent it under its '='"
    )
  }

  mutating func directive(_ line: String, number: Int) {
    let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    switch parts.first {
    case "@category":
      guard parts.count == 2 else {
        problem(number, "@category takes one name, e.g. '@category assist_level'")
        return
      }
      guard LexiconCategory.all.contains(parts[1]) else {
        problem(
          number,
          "unknown category '\(parts[1])'\(Spelling.hint(for: parts[1], in: LexiconCategory.all))")
        category = nil
        return
      }
      category = parts[1]
      defaults = [:]
    case "@set":
      defaults = parseAttributes(String(line.dropFirst(4)), number: number)
    case "@remove":
      guard parts.count >= 2 else {
        problem(number, "@remove takes one or more entry ids")
        return
      }
      removals += parts.dropFirst()
    default:
      problem(
        number, "unknown directive '\(parts.first ?? line)' (expected @category, @set or @remove)")
    }
  }

  mutating func entry(_ line: Range<Int>, in bytes: [UInt8], number: Int) {
    guard let eq = bytes[line].firstIndex(of: UInt8(ascii: "=")) else {
      problem(number, "expected 'id = pattern | pattern ...'")
      return
    }
    let idRange = Self.trimmed(line.lowerBound..<eq, in: bytes)
    let id = Self.string(idRange, in: bytes)
    guard !idRange.isEmpty, bytes[idRange].allSatisfy(LexiconParser.isIDByte) else {
      problem(number, "entry id '\(id)' must be non-empty and use only a-z, 0-9, '.', '_' and '-'")
      return
    }
    guard let category else {
      problem(number, "entry '\(id)' comes before any valid '@category' line")
      return
    }
    let (patterns, attributes) = splitPatternsAndAttributes(
      (eq + 1)..<line.upperBound, in: bytes, number: number)
    guard !patterns.isEmpty else {
      problem(number, "entry '\(id)' has no pattern")
      return
    }
    var merged = defaults
    merged.merge(attributes) { _, new in new }
    previousID = entries.last?.id
    entries.append(
      LexiconEntry(
        id: id, category: category, patterns: patterns, attributes: merged, file: file, line: number
      ))
  }

  static func isIDByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ".")
      || b == UInt8(ascii: "_")
      || b == UInt8(ascii: "-")
  }

  /// Splits `a | b (c|d) ; key=value` into top-level alternatives and attributes.
  mutating func splitPatternsAndAttributes(_ text: Range<Int>, in bytes: [UInt8], number: Int) -> (
    [String], [String: String]
  ) {
    var patterns: [Range<Int>] = []
    var start = text.lowerBound
    var depth = 0
    var attributes: Range<Int>?
    var i = text.lowerBound
    scan: while i < text.upperBound {
      switch bytes[i] {
      case UInt8(ascii: "\\"): i += 1  // the escaped byte is part of the pattern, never a separator
      case UInt8(ascii: "("), UInt8(ascii: "["): depth += 1
      case UInt8(ascii: ")"), UInt8(ascii: "]"): depth -= 1
      case UInt8(ascii: "|") where depth == 0:
        patterns.append(start..<i)
        start = i + 1
      case UInt8(ascii: ";") where depth == 0:
        attributes = (i + 1)..<text.upperBound
        break scan
      default: break
      }
      i += 1
    }
    patterns.append(start..<min(i, text.upperBound))
    let trimmed = patterns.map { Self.trimmed($0, in: bytes) }
    if trimmed.contains(where: { $0.isEmpty }) && trimmed.count > 1 {
      problem(number, "empty alternative between '|' separators")
    }
    let parsedAttributes =
      attributes.map { parseAttributes(Self.string($0, in: bytes), number: number) } ?? [:]
    return (trimmed.filter { !$0.isEmpty }.map { Self.string($0, in: bytes) }, parsedAttributes)
  }

  /// Parses `key=value key="quoted value"`.
  mutating func parseAttributes(_ text: String, number: Int) -> [String: String] {
    var result: [String: String] = [:]
    var chars = Substring(text)
    while true {
      chars = chars.drop(while: { $0 == " " || $0 == "\t" })
      if chars.isEmpty { break }
      guard let eq = chars.firstIndex(of: "=") else {
        problem(number, "attribute '\(chars)' is not key=value")
        break
      }
      let key = String(chars[..<eq]).trimmingWhitespace()
      chars = chars[chars.index(after: eq)...]
      var value = ""
      if chars.first == "\"" {
        // A quoted value; `\"` and `\\` inside it stand for the characters.
        chars = chars.dropFirst()
        var closed = false
        var escaped = false
        while let c = chars.first {
          chars = chars.dropFirst()
          if escaped {
            value.append(c)
            escaped = false
          } else if c == "\\" {
            escaped = true
          } else if c == "\"" {
            closed = true
            break
          } else {
            value.append(c)
          }
        }
        guard closed else {
          problem(number, "attribute '\(key)' has an unterminated quoted value")
          break
        }
      } else {
        let end = chars.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? chars.endIndex
        value = String(chars[..<end])
        chars = chars[end...]
      }
      if !LexiconCategory.knownAttributes.contains(key) {
        problem(
          number,
          "unknown attribute '\(key)'\(Spelling.hint(for: key, in: LexiconCategory.knownAttributes))"
        )
        continue
      }
      if key == "report", Int(value).map({ (1...9).contains($0) }) != true {
        problem(number, "report=\(value) is not a weight from 1 to 9")
        continue
      }
      if key == "names", value != "today" {
        problem(number, "names=\(value) is not 'today', the one thing a fact marker names")
        continue
      }
      if key == "range", PlausibleRange(value) == nil {
        problem(number, "range '\(value)' is not LOW-HIGH with LOW <= HIGH, e.g. range=0-56")
        continue
      }
      if key == "ignores" || key == "excluded_by" {
        let names = ContextModifiers.all.map(\.name)
        if let unknown = value.split(separator: ",").map({ String($0).trimmingWhitespace() }).first(
          where: { !names.contains($0) })
        {
          problem(
            number,
            "\(key)=\(unknown) is not one of \(names.joined(separator: ", "))\(Spelling.hint(for: unknown, in: names))"
          )
          continue
        }
      }
      if key == "requires", HitAttributes.Requirement(name: value) == nil {
        let names = Set(HitAttributes.Requirement.names.keys)
        problem(
          number,
          "requires=\(value) is not one of \(names.sorted().joined(separator: ", "))\(Spelling.hint(for: value, in: names))"
        )
        continue
      }
      result[key] = value
    }
    return result
  }
}

extension String {
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) ?? first
    return String(scalars[first...last])
  }
}
