/// One step of a compiled pattern: what a single note token must be.
enum PatternSymbol: Hashable, Sendable {
  /// The token's case-folded text (words, literal numbers, symbols).
  case word(UInt64)
  /// A one-letter word written in capitals in the lexicon (`A` in `min A`): the note must write
  /// it in capitals too, so `min A` does not match "5 min a day".
  case capital(UInt64)
  /// Any word starting with these case-folded bytes (`ambulat*`).
  case prefix([UInt8])
  case slot(Slot)

  /// The edge key in the lexicon trie.
  var key: UInt64 {
    switch self {
    case .word(let k): k
    case .capital(let k): k ^ PatternSymbol.capitalSalt
    case .prefix(let bytes): PatternSymbol.prefixKey(bytes)
    case .slot(let s): s.key
    }
  }

  static let capitalSalt: UInt64 = 0x5bd1_e995_c0de_ca95
  static func prefixKey(_ bytes: [UInt8]) -> UInt64 {
    var h = TokenKey.mix(TokenKey.offset, 0x01)
    for b in bytes { h = TokenKey.mix(h, b) }
    return TokenKey.finish(h)
  }
}

/// Typed slots: `<num>`, `<int>`, `<grade>`, `<score>`, `<time>`, `<date>`.
public enum Slot: String, CaseIterable, Sendable {
  case num, int, grade, score, time, date

  var key: UInt64 {
    switch self {
    case .num: 0xA11C_E000_0000_0001
    case .int: 0xA11C_E000_0000_0002
    case .grade: 0xA11C_E000_0000_0003
    case .score: 0xA11C_E000_0000_0004
    case .time: 0xA11C_E000_0000_0005
    case .date: 0xA11C_E000_0000_0006
    }
  }
}

/// Expands one pattern string into the token sequences it stands for.
///
/// Grammar: `sequence := item*`, `item := '(' alts ')' | '[' alts ']' | '<' slot '>' | word['*'] |
/// '\' char`, `alts := sequence ('|' sequence)*`. Literal text is cut by the note tokenizer, so a
/// pattern and a note agree on what a token is; joiners (`-`, `/`, `.`, `,`) in literals are dropped
/// because the matcher skips them in notes.
struct PatternCompiler {
  static let maxExpansions = 4096
  /// The most tokens one expanded pattern may have. The matcher walks the trie recursively, one
  /// level a token, so this bounds both its stack depth and its work per note token (a site entry
  /// of 10,000 words overflowed the stack); real phrases are a handful of tokens.
  static let maxTokens = 64

  enum Failure: Error, CustomStringConvertible {
    case message(String)
    var description: String {
      switch self {
      case .message(let m): m
      }
    }
  }

  private let chars: [Character]
  private var index = 0

  private init(_ pattern: String) { chars = Array(pattern) }

  /// The token sequences `pattern` matches, or a message saying what is wrong with it.
  static func expand(_ pattern: String) -> Result<[[PatternSymbol]], Failure> {
    var compiler = PatternCompiler(pattern)
    do {
      let result = try compiler.alternatives(closing: nil)
      if compiler.index < compiler.chars.count {
        throw Failure.message("unexpected '\(compiler.chars[compiler.index])' in pattern '\(pattern)'")
      }
      if result.contains(where: { $0.isEmpty }) {
        throw Failure.message("pattern '\(pattern)' can match nothing (all of it is optional)")
      }
      if let long = result.first(where: { $0.count > maxTokens }) {
        throw Failure.message("pattern has \(long.count) tokens (at most \(maxTokens))")
      }
      return .success(result)
    } catch let failure as Failure {
      return .failure(failure)
    } catch {
      return .failure(.message("\(error)"))
    }
  }

  private mutating func alternatives(closing: Character?) throws -> [[PatternSymbol]] {
    var result = try sequence()
    while index < chars.count, chars[index] == "|" {
      index += 1
      result += try sequence()
      guard result.count <= Self.maxExpansions else { throw Failure.message("pattern expands to more than \(Self.maxExpansions) alternatives") }
    }
    if let closing {
      guard index < chars.count, chars[index] == closing else { throw Failure.message("missing '\(closing)'") }
      index += 1
    }
    return result
  }

  private mutating func sequence() throws -> [[PatternSymbol]] {
    var result: [[PatternSymbol]] = [[]]
    var literal = ""
    func product(_ choices: [[PatternSymbol]]) throws {
      var next: [[PatternSymbol]] = []
      next.reserveCapacity(result.count * choices.count)
      for head in result {
        for tail in choices { next.append(head + tail) }
      }
      guard next.count <= Self.maxExpansions else { throw Failure.message("pattern expands to more than \(Self.maxExpansions) alternatives") }
      result = next
    }
    func flush(prefix: Bool = false) throws {
      defer { literal = "" }
      if literal.isEmpty {
        if prefix { throw Failure.message("'*' must follow a word, as in 'ambulat*'") }
        return
      }
      let symbols = try PatternCompiler.symbols(of: literal, prefix: prefix)
      try product([symbols])
    }
    while index < chars.count {
      let c = chars[index]
      switch c {
      case "|", ")", "]":
        try flush()
        return result
      case "(", "[":
        try flush()
        index += 1
        var inner = try alternatives(closing: c == "(" ? ")" : "]")
        if c == "[" { inner.append([]) }
        try product(inner)
        continue  // `alternatives` consumed the closing bracket
      case "<":
        // `<name>` is a slot; any other `<` (as in `<25%`) is the character itself.
        let close = chars[index...].firstIndex(of: ">")
        let name = close.map { String(chars[(index + 1)..<$0]) } ?? ""
        guard let close, !name.isEmpty, name.allSatisfy({ $0.isLetter }) else {
          literal.append(c)
          break
        }
        try flush()
        guard let slot = Slot(rawValue: name) else {
          throw Failure.message("unknown slot '<\(name)>' (slots: \(Slot.allCases.map { "<\($0.rawValue)>" }.joined(separator: ", ")); write '\\<' for the character)")
        }
        try product([[.slot(slot)]])
        index = close + 1
        continue
      case "*":
        try flush(prefix: true)
      case "\\":
        guard index + 1 < chars.count else { throw Failure.message("'\\' at the end of the pattern") }
        index += 1
        literal.append(chars[index])
      case " ", "\t":
        try flush()
      default:
        literal.append(c)
      }
      index += 1
    }
    try flush()
    return result
  }

  /// Cuts literal text with the note tokenizer.
  static func symbols(of literal: String, prefix: Bool) throws -> [PatternSymbol] {
    // Most literals are one plain word: its key needs no tokenizer (a lexicon has thousands).
    if !prefix, literal.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) {
      var h = TokenKey.offset
      for b in literal.utf8 { h = TokenKey.mix(h, b | 0x20) }
      let key = TokenKey.finish(h)
      if literal.utf8.count == 1, literal.utf8.first! <= 0x5A { return [.capital(key)] }
      return [.word(key)]
    }
    let text = TokenizedText(literal)
    let tokens = text.tokens.filter { $0.kind != .joiner }
    var symbols: [PatternSymbol] = []
    for (n, token) in tokens.enumerated() {
      if prefix && n == tokens.count - 1 {
        guard token.kind == .word, token.end - token.start >= 3 else {
          throw Failure.message("'*' needs at least 3 letters before it ('\(literal)*')")
        }
        symbols.append(.prefix(CaseFolding.folded(Array(text.bytes[token.range]))))
      } else if token.kind == .word, token.end - token.start == 1, token.flags.contains(.allCaps) {
        symbols.append(.capital(token.key))
      } else {
        symbols.append(.word(token.key))
      }
    }
    return symbols
  }
}
