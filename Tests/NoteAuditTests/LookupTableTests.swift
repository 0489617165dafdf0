import Testing

@testable import NoteAudit

/// The look-up tables built for speed answer like the plain look-ups they replaced: the trie's
/// edge table, the cached rule ids of missing elements, category numbers, the prefix-pattern filter.
@Suite struct LookupTableTests {
  @Test func trieEdgesFindEveryEdgeAfterGrowingAndNothingElse() {
    var edges = TrieEdges()
    // Enough edges to grow the table several times; keys that differ only in the node, and slot-like
    // keys that differ in one low bit, must not collide into wrong answers.
    for node in Int32(0)..<300 {
      for k in UInt64(0)..<5 {
        edges.insert(from: node, key: 0xA11C_E000_0000_0001 + k, to: node * 10 + Int32(k))
      }
    }
    #expect(edges.count == 1500)
    edges.withLookup { edges in
      for node in Int32(0)..<300 {
        for k in UInt64(0)..<5 {
          #expect(
            edges.target(from: node, key: 0xA11C_E000_0000_0001 + k) == node * 10 + Int32(k))
        }
      }
      #expect(edges.target(from: 300, key: 0xA11C_E000_0000_0001) == nil)
      #expect(edges.target(from: 0, key: 0xA11C_E000_0000_0009) == nil)
    }
  }

  @Test func missingRuleIdsFollowTheElementNames() {
    for kind in ElementKind.allCases {
      #expect(
        kind.missingRule.rawValue == "element.\(kind.rawValue.replacing("_", with: "-")).missing")
    }
  }

  @Test func cloneRuleIdsFollowTheCloneKinds() {
    for kind in CloneKind.allCases {
      #expect(kind.rule.rawValue == "clone.\(kind.rawValue.replacing("_", with: "-"))")
    }
  }

  @Test func categoryNumbersAreTheCategoryIndexes() {
    let loaded = LexiconLoader.compile(
      text: "@category assist_level\na.one = alpha\n@category cueing\nb.two = beta\n")
    for (index, name) in loaded.lexicon.categories.enumerated() {
      #expect(loaded.lexicon.category(named: name) == Int16(index))
    }
    #expect(loaded.lexicon.category(named: "no_such_category") == nil)
  }

  @Test func prefixPatternsStillMatchAfterThePairFilter() {
    let loaded = LexiconLoader.compile(
      text:
        "@category functional_task\ntask.amb = ambulat*\ntask.stairs = stair* (negotiation|training)\n"
    )
    #expect(loaded.problems.isEmpty)
    let text = TokenizedText("Pt ambulated 150 ft; Stairs training x2. Ambient noise, amb 20 ft.")
    let ids = loaded.lexicon.matches(in: text).map { loaded.lexicon.entry(of: $0).id }
    #expect(ids == ["task.amb", "task.stairs"])
  }
}
