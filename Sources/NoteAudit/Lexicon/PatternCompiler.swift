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
package enum Slot: String, CaseIterable, Sendable {
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

/// A pattern parsed into a tree of symbols and choices, expanded only when it is walked.
///
/// A lexicon's patterns stand for hundreds of thousands of token sequences (optional words ×
/// alternatives × variants). `MinimalTrie` builds the lexicon's trie from the tree itself; walking
/// it depth first (`expand`) hands a sink one symbol at a time from a shared prefix, in the order
/// of the cartesian product of its choices.
struct CompiledPattern: Sendable {
  /// One step of the flattened tree: plain values, so walking it copies no references.
  enum Item {
    /// A token with this trie key.
    case symbol(UInt64)
    /// A prefix token (`ambulat*`): its index in `prefixes`.
    case prefix(Int32)
    /// A choice among the runs `alternatives[first..<first + count]`, at least two; `[x]` is a
    /// choice of `x` and an empty last alternative.
    case choice(first: Int32, count: Int32)
  }

  /// Every sequence of the tree, each a run of consecutive items.
  let items: [Item]
  /// The runs of `items` the choices choose among.
  let alternatives: [Range<Int32>]
  let prefixes: [(bytes: [UInt8], key: UInt64)]
  /// The run of the whole pattern.
  let root: Range<Int32>
  /// How many token sequences the pattern stands for.
  let count: Int

  /// Receives the expansion of a pattern one symbol at a time (`State` is where a sequence has got
  /// to, e.g. a trie node), and each complete sequence's final state.
  protocol Sink: ~Copyable {
    associatedtype State
    /// A prefix token's folded bytes and key, before each step over it.
    mutating func prefix(_ bytes: [UInt8], key: UInt64)
    mutating func step(_ key: UInt64, from state: State) -> State
    mutating func accept(_ state: State)
  }

  /// Walks every token sequence of the pattern, in the order of the cartesian product of its
  /// choices (alternatives in written order, an optional part present before absent).
  func expand<S: Sink & ~Copyable>(into sink: inout S, from start: S.State) {
    var frames: [Continuation] = []
    walk(root, at: root.lowerBound, state: start, rest: -1, frames: &frames, sink: &sink)
  }

  /// What follows a choice: the rest of the run it sits in, then that run's own continuation (an
  /// index into the frames, -1 when the pattern ends there).
  private struct Continuation {
    var run: Range<Int32>
    var index: Int32
    var parent: Int
  }

  private func walk<S: Sink & ~Copyable>(
    _ run: Range<Int32>, at index: Int32, state: S.State, rest: Int, frames: inout [Continuation],
    sink: inout S
  ) {
    var state = state
    var i = index
    while i < run.upperBound {
      switch items[Int(i)] {
      case .symbol(let key):
        state = sink.step(key, from: state)
      case .prefix(let n):
        let prefix = prefixes[Int(n)]
        sink.prefix(prefix.bytes, key: prefix.key)
        state = sink.step(prefix.key, from: state)
      case .choice(let first, let count):
        frames.append(Continuation(run: run, index: i + 1, parent: rest))
        let next = frames.count - 1
        for a in Int(first)..<Int(first + count) {
          walk(
            alternatives[a], at: alternatives[a].lowerBound, state: state, rest: next,
            frames: &frames, sink: &sink)
        }
        frames.removeLast()
        return
      }
      i += 1
    }
    guard rest >= 0 else {
      sink.accept(state)
      return
    }
    let frame = frames[rest]
    walk(frame.run, at: frame.index, state: state, rest: frame.parent, frames: &frames, sink: &sink)
  }
}

/// Parses one pattern string into a `CompiledPattern`.
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

  enum Failure: Error, Sendable, CustomStringConvertible {
    case message(String)
    var description: String {
      switch self {
      case .message(let m): m
      }
    }
  }

  /// What the checks need to know about the expansions of a run that was read (its items are on
  /// `open`).
  private struct Parsed {
    var count = 1
    /// The fewest and the most tokens of one expansion.
    var shortest = 0
    var longest = 0

    /// Appends `count` single-token ways of going on (a literal's tokens, a slot).
    mutating func append(tokens: Int) {
      shortest += tokens
      longest += tokens
    }

    /// Adds another alternative to a choice.
    mutating func add(alternative: Parsed) {
      count += alternative.count
      shortest = min(shortest, alternative.shortest)
      longest = max(longest, alternative.longest)
    }
  }

  /// The pattern's UTF-8 bytes: every character with a meaning in the grammar is ASCII.
  private var bytes: [UInt8] = []
  private var index = 0
  /// The literal text read since the last flush. One buffer for the whole pattern, not one per
  /// sequence: a sequence flushes it before it reads a group and before it returns, so a nested
  /// sequence finds it empty, and its allocation and release are paid once.
  private var literal: [UInt8] = []
  /// The runs finished so far (the alternatives of the choices read), and the runs' places.
  private var items: [CompiledPattern.Item] = []
  private var alternatives: [Range<Int32>] = []
  private var prefixes: [(bytes: [UInt8], key: UInt64)] = []
  /// The items of the runs being read, each nested run's after the run around it. A group's
  /// alternatives move to `items` when it ends, leaving a choice item; a group of one alternative
  /// stays where it is, spliced into the run around it. No tree of arrays is built.
  private var open: [CompiledPattern.Item] = []
  /// Where each alternative of the groups being read ends on `open`, the inner groups' after the
  /// outer ones'.
  private var ends: [Int] = []

  init() {}

  /// The compiled pattern, or a message saying what is wrong with it.
  static func compile(_ pattern: String) -> Result<CompiledPattern, Failure> {
    var compiler = PatternCompiler()
    return compiler.compile(pattern)
  }

  /// The same, with this compiler's buffers: an entry's patterns are compiled one after another,
  /// and the buffers' allocations (five a pattern) are paid once for all of them.
  mutating func compile(_ pattern: String) -> Result<CompiledPattern, Failure> {
    bytes.removeAll(keepingCapacity: true)
    bytes += pattern.utf8
    index = 0
    literal.removeAll(keepingCapacity: true)
    items.removeAll(keepingCapacity: true)
    alternatives.removeAll(keepingCapacity: true)
    prefixes = []
    open.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    do {
      let result = try alternatives(closing: nil, optional: false)
      if index < bytes.count {
        throw Failure.message(
          "unexpected '\(Character(Unicode.Scalar(bytes[index])))' in pattern '\(pattern)'")
      }
      if result.shortest == 0 {
        throw Failure.message("pattern '\(pattern)' can match nothing (all of it is optional)")
      }
      let root = Int32(items.count)..<Int32(items.count + open.count)
      items += open
      // Copies, so that the buffers stay this compiler's alone.
      let compiled = CompiledPattern(
        items: items.withUnsafeBufferPointer(Array.init),
        alternatives: alternatives.withUnsafeBufferPointer(Array.init), prefixes: prefixes,
        root: root, count: result.count)
      if result.longest > Self.maxTokens {
        var lengths = FirstTooLong()
        compiled.expand(into: &lengths, from: 0)
        throw Failure.message(
          "pattern has \(lengths.found ?? result.longest) tokens (at most \(Self.maxTokens))")
      }
      return .success(compiled)
    } catch let failure as Failure {
      return .failure(failure)
    } catch {
      return .failure(.message("\(error)"))
    }
  }

  /// Finds the length of the first expansion longer than `maxTokens` (the one the message names).
  private struct FirstTooLong: CompiledPattern.Sink {
    var found: Int?
    func prefix(_ bytes: [UInt8], key: UInt64) {}
    func step(_ key: UInt64, from length: Int) -> Int { length + 1 }
    mutating func accept(_ length: Int) {
      if found == nil, length > PatternCompiler.maxTokens { found = length }
    }
  }

  private static func tooMany() -> Failure {
    Failure.message("pattern expands to more than \(maxExpansions) alternatives")
  }

  /// Reads `sequence ('|' sequence)*` and the closing bracket, if any; `optional` adds an empty
  /// alternative. Leaves the group on `open`: a choice item, or the one alternative's items.
  private mutating func alternatives(closing: UInt8?, optional: Bool) throws -> Parsed {
    let mark = open.count
    let endMark = ends.count
    var result = try sequence()
    ends.append(open.count)
    while index < bytes.count, bytes[index] == UInt8(ascii: "|") {
      index += 1
      result.add(alternative: try sequence())
      ends.append(open.count)
      guard result.count <= Self.maxExpansions else { throw Self.tooMany() }
    }
    if let closing {
      guard index < bytes.count, bytes[index] == closing else {
        throw Failure.message("missing '\(Character(Unicode.Scalar(closing)))'")
      }
      index += 1
    }
    if optional {
      result.add(alternative: Parsed())
      ends.append(open.count)
    }
    if ends.count - endMark > 1 {
      let first = Int32(alternatives.count)
      var start = mark
      for end in ends[endMark...] {
        alternatives.append(Int32(items.count)..<Int32(items.count + end - start))
        items += open[start..<end]
        start = end
      }
      open.removeSubrange(mark...)
      open.append(.choice(first: first, count: Int32(ends.count - endMark)))
    }
    ends.removeSubrange(endMark...)
    return result
  }

  private mutating func sequence() throws -> Parsed {
    var result = Parsed()
    while index < bytes.count {
      let c = bytes[index]
      switch c {
      case UInt8(ascii: "|"), UInt8(ascii: ")"), UInt8(ascii: "]"):
        try flush(into: &result)
        return result
      case UInt8(ascii: "("), UInt8(ascii: "["):
        try flush(into: &result)
        index += 1
        let optional = c == UInt8(ascii: "[")
        let group = try alternatives(
          closing: optional ? UInt8(ascii: "]") : UInt8(ascii: ")"), optional: optional)
        guard result.count * group.count <= Self.maxExpansions else { throw Self.tooMany() }
        result.count *= group.count
        result.shortest += group.shortest
        result.longest += group.longest
        continue  // `alternatives` consumed the closing bracket
      case UInt8(ascii: "<"):
        // `<name>` is a slot; any other `<` (as in `<25%`) is the character itself.
        let close = bytes[index...].firstIndex(of: UInt8(ascii: ">"))
        let name = close.map { String(decoding: bytes[(index + 1)..<$0], as: UTF8.self) } ?? ""
        guard let close, !name.isEmpty, name.allSatisfy({ $0.isLetter }) else {
          literal.append(c)
          break
        }
        try flush(into: &result)
        guard let slot = Slot(rawValue: name) else {
          throw Failure.message(
            "unknown slot '<\(name)>' (slots: \(Slot.allCases.map { "<\($0.rawValue)>" }.joined(separator: ", ")); write '\\<' for the character)"
          )
        }
        open.append(.symbol(slot.key))
        result.append(tokens: 1)
        index = close + 1
        continue
      case UInt8(ascii: "*"):
        try flush(into: &result, prefix: true)
      case UInt8(ascii: "\\"):
        guard index + 1 < bytes.count else {
          throw Failure.message("'\\' at the end of the pattern")
        }
        index += 1
        literal.append(bytes[index])
      // The rest of an escaped non-ASCII character is plain text anyway.
      case UInt8(ascii: " "), UInt8(ascii: "\t"):
        try flush(into: &result)
      default:
        // The rest of the word at once: most of a pattern is plain words.
        var end = index + 1
        while end < bytes.count, !Self.isSyntax(bytes[end]) { end += 1 }
        literal += bytes[index..<end]
        index = end
        continue
      }
      index += 1
    }
    try flush(into: &result)
    return result
  }

  /// Whether `byte` ends a run of literal text: a character with a meaning in the grammar.
  private static func isSyntax(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "|"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "("),
      UInt8(ascii: "["), UInt8(ascii: "<"), UInt8(ascii: "*"), UInt8(ascii: "\\"),
      UInt8(ascii: " "), UInt8(ascii: "\t"):
      true
    default: false
    }
  }

  /// Appends the symbols of the literal text read so far to the run being read and empties
  /// `literal`.
  private mutating func flush(into result: inout Parsed, prefix: Bool = false) throws {
    if literal.isEmpty {
      if prefix { throw Failure.message("'*' must follow a word, as in 'ambulat*'") }
      return
    }
    defer { literal.removeAll(keepingCapacity: true) }
    // Most literals are one plain word: appended as it is, with no list of symbols made for it.
    if !prefix, let word = Self.plainWord(literal) {
      open.append(.symbol(word.key))
      result.append(tokens: 1)
      return
    }
    let symbols = try Self.symbols(of: literal, prefix: prefix)
    for symbol in symbols {
      if case .prefix(let bytes) = symbol {
        open.append(.prefix(Int32(prefixes.count)))
        prefixes.append((bytes, symbol.key))
      } else {
        open.append(.symbol(symbol.key))
      }
    }
    result.append(tokens: symbols.count)
  }

  /// The symbol of a literal of ASCII letters only, or nil: its key needs no tokenizer (a lexicon
  /// has thousands).
  static func plainWord(_ literal: [UInt8]) -> PatternSymbol? {
    guard literal.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return nil }
    var h = TokenKey.offset
    for b in literal { h = TokenKey.mix(h, b | 0x20) }
    let key = TokenKey.finish(h)
    if literal.count == 1, literal[0] <= 0x5A { return .capital(key) }
    return .word(key)
  }

  /// Cuts literal text with the note tokenizer.
  static func symbols(of literal: [UInt8], prefix: Bool) throws -> [PatternSymbol] {
    if !prefix, let word = plainWord(literal) { return [word] }
    let text = TokenizedText(bytes: literal)
    let tokens = text.tokens.filter { $0.kind != .joiner }
    var symbols: [PatternSymbol] = []
    for (n, token) in tokens.enumerated() {
      if prefix && n == tokens.count - 1 {
        guard token.kind == .word, token.end - token.start >= 3 else {
          throw Failure.message(
            "'*' needs at least 3 letters before it ('\(String(decoding: literal, as: UTF8.self))*')"
          )
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
