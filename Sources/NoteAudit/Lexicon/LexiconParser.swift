/// Reads the text of one lexicon file into entries, collecting problems instead of stopping.
///
/// The format is line-oriented so a compliance lead can edit it in any editor; see
/// Docs/LexiconFormat.md. Parsing is not a hot path (it runs once per process), so it favours
/// clear messages over speed.
public struct LexiconParser {
  public private(set) var entries: [LexiconEntry] = []
  /// Ids removed with `@remove` (site folders use this to drop bundled entries).
  public private(set) var removals: [String] = []
  public private(set) var problems: [LexiconProblem] = []

  let file: String
  private var category: String?
  private var defaults: [String: String] = [:]

  /// Parses `text`, the contents of `file` (the name is used in messages only).
  public init(text: String, file: String) {
    self.file = file
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = String(rawLine)
      if line.hasSuffix("\r") { line.removeLast() }
      if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
      parse(line: stripComment(line), number: lineNumber)
    }
  }

  /// Drops a `#` comment that starts the line or follows whitespace, outside quotes and escapes.
  func stripComment(_ line: String) -> String {
    var out = ""
    var inQuotes = false
    var escaped = false
    var previous: Character = " "
    for c in line {
      if escaped {
        out.append(c)
        escaped = false
      } else if c == "\\" {
        out.append(c)
        escaped = true
      } else if c == "\"" {
        inQuotes.toggle()
        out.append(c)
      } else if c == "#", !inQuotes, previous.isWhitespace {
        break
      } else {
        out.append(c)
      }
      previous = c
    }
    return out.trimmingWhitespace()
  }

  mutating func problem(_ line: Int, _ message: String) {
    problems.append(LexiconProblem(file: file, line: line, message: message))
  }

  mutating func parse(line: String, number: Int) {
    if line.isEmpty { return }
    if line.hasPrefix("@") {
      directive(line, number: number)
    } else if line.hasPrefix("|") {
      guard var last = entries.popLast() else {
        problem(number, "a continuation line ('|') needs an entry above it")
        return
      }
      let (patterns, attributes) = splitPatternsAndAttributes(String(line.dropFirst()), number: number)
      last.patterns += patterns
      last.attributes.merge(attributes) { _, new in new }
      entries.append(last)
    } else {
      entry(line, number: number)
    }
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
        problem(number, "unknown category '\(parts[1])'\(suggestion(for: parts[1], in: LexiconCategory.all))")
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
      problem(number, "unknown directive '\(parts.first ?? line)' (expected @category, @set or @remove)")
    }
  }

  mutating func entry(_ line: String, number: Int) {
    guard let eq = line.firstIndex(of: "=") else {
      problem(number, "expected 'id = pattern | pattern ...'")
      return
    }
    let id = String(line[..<eq]).trimmingWhitespace()
    guard !id.isEmpty, id.utf8.allSatisfy(LexiconParser.isIDByte) else {
      problem(number, "entry id '\(id)' must be non-empty and use only a-z, 0-9, '.', '_' and '-'")
      return
    }
    guard let category else {
      problem(number, "entry '\(id)' comes before any valid '@category' line")
      return
    }
    let (patterns, attributes) = splitPatternsAndAttributes(String(line[line.index(after: eq)...]), number: number)
    guard !patterns.isEmpty else {
      problem(number, "entry '\(id)' has no pattern")
      return
    }
    var merged = defaults
    merged.merge(attributes) { _, new in new }
    entries.append(LexiconEntry(id: id, category: category, patterns: patterns, attributes: merged, file: file, line: number))
  }

  static func isIDByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_")
      || b == UInt8(ascii: "-")
  }

  /// Splits `a | b (c|d) ; key=value` into top-level alternatives and attributes.
  mutating func splitPatternsAndAttributes(_ text: String, number: Int) -> ([String], [String: String]) {
    var patterns: [String] = []
    var current = ""
    var depth = 0
    var escaped = false
    var attributesText: String?
    var index = text.startIndex
    while index < text.endIndex {
      let c = text[index]
      if escaped {
        current.append(c)
        escaped = false
      } else if c == "\\" {
        current.append(c)
        escaped = true
      } else if c == "(" || c == "[" {
        depth += 1
        current.append(c)
      } else if c == ")" || c == "]" {
        depth -= 1
        current.append(c)
      } else if c == "|" && depth == 0 {
        patterns.append(current)
        current = ""
      } else if c == ";" && depth == 0 {
        attributesText = String(text[text.index(after: index)...])
        break
      } else {
        current.append(c)
      }
      index = text.index(after: index)
    }
    patterns.append(current)
    let trimmed = patterns.map { $0.trimmingWhitespace() }
    if trimmed.contains(where: { $0.isEmpty }) && trimmed.count > 1 {
      problem(number, "empty alternative between '|' separators")
    }
    let attributes = attributesText.map { parseAttributes($0, number: number) } ?? [:]
    return (trimmed.filter { !$0.isEmpty }, attributes)
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
        problem(number, "unknown attribute '\(key)'\(suggestion(for: key, in: LexiconCategory.knownAttributes))")
        continue
      }
      if key == "range", PlausibleRange(value) == nil {
        problem(number, "range '\(value)' is not LOW-HIGH with LOW <= HIGH, e.g. range=0-56")
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
