import Testing

@testable import NoteAudit

/// The lexicon trie is minimised into a DAG after it is built: it must shrink, and match exactly what
/// the expanded patterns match.
@Suite struct TrieMinimisationTests {
  @Test func sharedSuffixesBecomeOneNode() {
    let loaded = LexiconLoader.compile(
      text: "@category functional_task\nt.a = (walk|step|march) (to|toward) (chair|bed|mat)\n")
    // Root → 3 words → one node → 2 words → one node → 3 words → one accepting node.
    #expect(loaded.lexicon.edges.count == 3 + 2 + 3)
    #expect(loaded.lexicon.nodes.count == 4)
    #expect(loaded.lexicon.matches(in: TokenizedText("march toward mat")).map(\.entry) == [0])
  }

  @Test func nodesThatAcceptDifferentlyStayApart() {
    let text = """
      @category functional_task
      t.a = (walk|stand) to chair
      t.b = sit to chair | sit to
      """
    let lexicon = LexiconLoader.compile(text: text).lexicon
    func entries(_ note: String) -> [String] {
      lexicon.matches(in: TokenizedText(note)).map { lexicon.entry(of: $0).id }
    }
    #expect(entries("walk to") == [])
    #expect(entries("sit to") == ["t.b"])
    #expect(entries("sit to chair") == ["t.b"])
    #expect(entries("walk to chair, stand to chair") == ["t.a", "t.a"])
    // Walk and stand lead to one node, and on to one "to" and one "chair" node; after sit the "to"
    // node accepts t.b, and the "chair" node accepts t.b rather than t.a.
    #expect(lexicon.nodes.count == 1 + 3 + 3)
  }

  /// Random lexicons over a small vocabulary (so that suffixes, prefixes and slots are shared a lot)
  /// match what a brute-force search over every expanded sequence finds.
  @Test func randomLexiconsMatchLikeTheirExpansions() {
    var state: UInt64 = 0x5EED
    func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
    let words = ["up", "down", "sit", "stand", "walk*", "<num>", "min"]
    let noteWords = ["up", "down", "sit", "stand", "walks", "walking", "12", "min", "-", "."]
    let categories = ["functional_task", "assist_level", "negation"]
    var matched = 0
    for _ in 0..<20 {
      var lines: [String] = []
      for category in categories {
        lines.append("@category \(category)")
        for n in 0..<(2 + next(4)) {
          let parts = (0..<(1 + next(3))).map { _ -> String in
            switch next(3) {
            case 0: return words[next(words.count)]
            case 1: return "(\(words[next(words.count)])|\(words[next(words.count)]))"
            default: return "[\(words[next(words.count)])]"
            }
          }
          lines.append(
            "x.\(category).\(n) = \(parts.joined(separator: " ")) \(words[next(words.count)])")
        }
      }
      let loaded = LexiconLoader.compile(text: lines.joined(separator: "\n") + "\n")
      #expect(loaded.problems.isEmpty)
      let sequences = loaded.lexicon.entries.map { entry in
        entry.patterns.flatMap { pattern -> [[UInt64]] in
          guard case .success(let compiled) = PatternCompiler.compile(pattern) else { return [] }
          var collect = PatternExpansionTests.Collect()
          compiled.expand(into: &collect, from: [])
          return collect.sequences
        }
      }
      for _ in 0..<10 {
        let words = (0..<12).map { _ in noteWords[next(noteWords.count)] }.joined(separator: " ")
        let note = TokenizedText(words)
        let found = loaded.lexicon.matches(in: note).map { [$0.entry, $0.first, $0.last] }
        matched += found.count
        #expect(
          found
            == bruteForce(loaded.lexicon, sequences, note).map { [$0.entry, $0.first, $0.last] },
          "\(lines) on \(words)")
      }
    }
    #expect(matched > 200)
  }

  /// The matches of every expanded sequence of every entry at every token, pruned like the walk's.
  func bruteForce(_ lexicon: Lexicon, _ sequences: [[[UInt64]]], _ text: TokenizedText)
    -> [LexiconMatch]
  {
    let offered = lexicon.keys(for: text)
    func keys(_ token: Int) -> [UInt64] {
      offered.keys[Int(offered.steps[token].keyStart)..<Int(offered.steps[token + 1].keyStart)].map(
        \.key)
    }
    var raw: [LexiconMatch] = []
    for start in text.tokens.indices where text.tokens[start].kind != .joiner {
      var found = Set<[Int32]>()
      for (entry, entrySequences) in sequences.enumerated() {
        for sequence in entrySequences {
          var token = start
          for (n, key) in sequence.enumerated() {
            guard token >= 0, keys(token).contains(key) else { break }
            if n == sequence.count - 1 {
              found.insert([Int32(entry), Int32(token)])
            }
            token = Int(offered.steps[token].next)
          }
        }
      }
      raw += found.sorted { ($0[1], $0[0]) < ($1[1], $1[0]) }.map {
        LexiconMatch(entry: $0[0], first: Int32(start), last: $0[1], slot0: -1, slot1: -1)
      }
    }
    return lexicon.pruneContained(raw)
  }
}
