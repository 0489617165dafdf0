import Testing
@testable import NoteAudit

/// The pattern tree walked depth first must stand for exactly the token sequences of the cartesian
/// product it replaced, in the product's order (alternatives as written, optional parts present
/// before absent), and report the same problems.
@Suite struct PatternExpansionTests {
  /// Records each expansion as the list of its trie keys.
  struct Collect: CompiledPattern.Sink {
    var sequences: [[UInt64]] = []
    func prefix(_ bytes: [UInt8], key: UInt64) {}
    func step(_ key: UInt64, from keys: [UInt64]) -> [UInt64] { keys + [key] }
    mutating func accept(_ keys: [UInt64]) { sequences.append(keys) }
  }

  func expansions(_ pattern: String) -> [[UInt64]]? {
    guard case .success(let compiled) = PatternCompiler.compile(pattern) else { return nil }
    var collect = Collect()
    compiled.expand(into: &collect, from: [])
    #expect(compiled.count == collect.sequences.count)
    return collect.sequences
  }

  /// The keys of sequences written as space-separated tokens: `<num>` a slot, `walk*` a prefix,
  /// `^A` a one-letter capital, anything else a word.
  func keys(_ sequences: [String]) -> [[UInt64]] {
    sequences.map { sequence in
      sequence.split(separator: " ").map { token -> UInt64 in
        if token.hasPrefix("<") { return Slot(rawValue: String(token.dropFirst().dropLast()))!.key }
        if token.hasSuffix("*") { return PatternSymbol.prefixKey(Array(token.dropLast().utf8)) }
        if token.hasPrefix("^") {
          return TokenKey.of(token.dropFirst().lowercased()) ^ PatternSymbol.capitalSalt
        }
        return TokenKey.of(String(token))
      }
    }
  }

  @Test(arguments: [
    ("sit to stand [transfer]", ["sit to stand transfer", "sit to stand"]),
    ("(min|minimal) (assist|A)", ["min assist", "min ^A", "minimal assist", "minimal ^A"]),
    ("[a|b] c", ["a c", "b c", "c"]),
    ("[((a|b) | (c [d]))] e", ["a e", "b e", "c d e", "c e", "e"]),
    ("ambulat* [<num> (ft|feet)]", ["ambulat* <num> ft", "ambulat* <num> feet", "ambulat*"]),
    ("(x) (y z) ((w))", ["x y z w"]),
    ("((((a|b)|c)|d)|e) f", ["a f", "b f", "c f", "d f", "e f"]),
    ("x [] [y|]", ["x y", "x", "x", "x y", "x", "x"]),
    (
      "[a] [b] c [d (e|f)]",
      [
        "a b c d e", "a b c d f", "a b c", "a c d e", "a c d f", "a c", "b c d e", "b c d f", "b c",
        "c d e", "c d f", "c",
      ]
    ),
    (
      "gait-train* x2 | <score> <grade> <time> <date> <int>",
      ["gait train* x 2", "<score> <grade> <time> <date> <int>"]
    ),
  ])
  func expandsInProductOrder(pattern: String, expected: [String]) {
    #expect(expansions(pattern) == keys(expected))
  }

  @Test func escapesAndSymbolsAreLiteralTokens() throws {
    let literal = try PatternCompiler.symbols(of: Array("walk*".utf8), prefix: false).map(\.key)
    let percent = try PatternCompiler.symbols(of: Array("<25%".utf8), prefix: false).map(\.key)
    #expect(expansions("walk\\* \\<25%") == [literal + percent])
    #expect(expansions("<25% x") == [percent + keys(["x"])[0]])
  }

  @Test(arguments: [
    ("[a]", "pattern '[a]' can match nothing (all of it is optional)"),
    ("(a|b", "missing ')'"),
    ("[a", "missing ']'"),
    ("a ) b", "unexpected ')' in pattern 'a ) b'"),
    (
      "a <bogus> b",
      "unknown slot '<bogus>' (slots: <num>, <int>, <grade>, <score>, <time>, <date>; write '\\<' for the character)"
    ),
    ("* foo", "'*' must follow a word, as in 'ambulat*'"),
    ("ab*", "'*' needs at least 3 letters before it ('ab*')"),
    ("a\\", "'\\' at the end of the pattern"),
    (
      "[a|b] [c|d] [e|f] [g|h] [i|j] [k|l] [m|n] [o|p] [q|r] [s|t] [u|v] [w|x] [y|z]",
      "pattern expands to more than 4096 alternatives"
    ),
    (
      (1...6).map { _ in "(a|b|c|d)" }.joined(separator: " ") + " [x]",
      "pattern expands to more than 4096 alternatives"
    ),
    (
      (1...63).map { "w\($0)" }.joined(separator: " ") + " [w64 w65] | x",
      "pattern has 130 tokens (at most 64)"
    ),
  ])
  func reportsTheSameProblems(pattern: String, message: String) {
    guard case .failure(let failure) = PatternCompiler.compile(pattern) else {
      Issue.record("'\(pattern)' compiled")
      return
    }
    #expect(failure.description == message)
  }

  @Test func anEntryOverTheExpansionLimitIsSkipped() {
    let four = (1...6).map { _ in "(a|b|c|d)" }.joined(separator: " ")
    let loaded = LexiconLoader.compile(
      text: "@category functional_task\nt.x = \(four) | (a|b|c|d) [x]\nt.y = y\n", file: "t.lex")
    #expect(
      loaded.problems.map(\.description) == [
        "t.lex:2: entry 't.x' expands to 4104 sequences (at most 4096)"
      ])
    #expect(loaded.lexicon.entries.map(\.id) == ["t.y"])
  }

  /// Entries that repeat one another walk far more steps than they add edges: the edge table of
  /// the minimised trie is no bigger than its edges need, and every entry is reachable.
  @Test func aGenerousEdgeTableShrinksToFit() {
    let entries = (0..<200).map { "t.e\($0) = (a|b|c|d) (e|f|g|h) [x]" }.joined(separator: "\n")
    let loaded = LexiconLoader.compile(text: "@category functional_task\n\(entries)\n")
    #expect(loaded.problems.isEmpty)
    // (a|b|c|d) lead to one node, (e|f|g|h) from it to one more, x from that to a last.
    #expect(loaded.lexicon.edges.count == 4 + 4 + 1)
    #expect(loaded.lexicon.edges.slots.count == 64)
    #expect(loaded.lexicon.matches(in: TokenizedText("d h x")).map(\.entry) == [0])
    #expect(loaded.lexicon.acceptList.count == 200 * 2)
  }

  @Test func windowsLineEndingsEndLines() {
    let lf =
      "@category functional_task\nt.a = sit to stand # comment\n| sts ; code=97530\nt.b = walk\n"
    let crlf = LexiconLoader.compile(
      text: lf.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n"))
    let plain = LexiconLoader.compile(text: lf)
    #expect(crlf.problems.isEmpty)
    #expect(crlf.lexicon.entries == plain.lexicon.entries)
    #expect(plain.lexicon.entries.map(\.patterns) == [["sit to stand", "sts"], ["walk"]])
  }
}
