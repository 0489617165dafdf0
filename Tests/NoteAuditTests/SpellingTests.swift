import Testing

@testable import NoteAudit

/// The one edit distance and the one "did you mean" phrasing every message uses.
@Suite struct SpellingTests {
  @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    #expect(Spelling.editDistance("", "") == 0)
    #expect(Spelling.editDistance("", "abc") == 3)
    #expect(Spelling.editDistance("abc", "") == 3)
    #expect(Spelling.editDistance("audit", "audti") == 2)
    #expect(Spelling.editDistance("kitten", "sitting") == 3)
    #expect(Spelling.editDistance("é", "e") == 2)  // bytes, not characters
  }

  @Test func hintsArePhrasedOneWay() {
    #expect(Spelling.hint(for: "audti", in: ["check", "audit"]) == " (did you mean 'audit'?)")
    #expect(
      Spelling.hint(for: "formt", in: ["format", "output"], prefix: "--")
        == " (did you mean '--format'?)")
    #expect(
      Spelling.hint(for: "97531", in: ["97530", "97110"], quote: .none) == " (did you mean 97530?)")
    #expect(Spelling.hint(for: "zzzzz", in: ["audit"]) == "")
    #expect(Spelling.question("failUnder", quote: .double) == #"did you mean "failUnder"?"#)
  }

  @Test func closestPrefersTheSmallestDistanceThenTheAlphabet() {
    #expect(Spelling.closest(to: "cat", in: ["cut", "bat"]) == "bat")
    #expect(Spelling.closest(to: "cat", in: ["cart", "at", "cot"]) == "at")
    #expect(Spelling.closest(to: "abcdef", in: ["uvwxyz"]) == nil)
  }

  @Test func configurationKeysIgnoreCaseAllowLongerTyposAndKeepTheFirstOfATie() {
    #expect(
      Spelling.closest(ignoringCaseTo: "failunder", in: ["failUnder", "lexicons"]) == "failUnder")
    // A third of an 11-byte key: 3 edits are still a typo, 4 are not.
    #expect(Spelling.closest(ignoringCaseTo: "uxxxsMethod", in: ["unitsMethod"]) == "unitsMethod")
    #expect(Spelling.closest(ignoringCaseTo: "uxxxxMethod", in: ["unitsMethod"]) == nil)
    #expect(Spelling.closest(ignoringCaseTo: "ab", in: ["ax", "ay"]) == "ax")
    #expect(Spelling.closest(ignoringCaseTo: "ab", in: ["ay", "ax"]) == "ay")
    #expect(Spelling.closest(ignoringCaseTo: "key", in: []) == nil)
  }
}
