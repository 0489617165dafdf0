import Testing
@testable import NoteAudit

@Suite struct LexiconTests {
  static let source = """
    # a test lexicon
    @category assist_level
    assist.min = (minimal|minimum|min) (assist|assistance|asst|A) | minA ; level=MIN_ASSIST
    assist.cga = contact guard [assist|assistance] | CGA
    @category functional_task
    task.sts = sit (to|\\<\\>|↔) stand [transfer*] | sts
    task.transfer = transfer*
    task.amb = ambulat*
    @category timed_minutes
    minutes.plain = <num> (min|mins|minutes|minute)
    @category objective_measure
    mmt = <grade>
    tug = TUG <num> (s|sec|seconds)
    """

  func matched(_ note: String, _ source: String = LexiconTests.source) -> [String] {
    let loaded = LexiconLoader.compile(text: source)
    #expect(loaded.problems.isEmpty)
    let text = TokenizedText(note)
    return loaded.lexicon.matches(in: text).map {
      "\(loaded.lexicon.entry(of: $0).id):\(text.text(Int(text.tokens[Int($0.first)].start)..<Int(text.tokens[Int($0.last)].end)))"
    }
  }

  @Test func joinersAndGluedSpellingsMatch() {
    #expect(
      matched("Pt needed Min-A and min(A) then minA, CGA") == [
        "assist.min:Min-A", "assist.min:min(A", "assist.min:minA", "assist.cga:CGA",
      ])
  }

  @Test func oneCapitalLetterMustBeCapital() {
    #expect(matched("walk 5 min a day") == ["minutes.plain:5 min"])
  }

  @Test func longestMatchWinsWithinACategory() {
    #expect(
      matched("sit<>stand transfers x5, STS") == ["task.sts:sit<>stand transfers", "task.sts:STS"])
    #expect(
      matched("sit to stand and transferred") == [
        "task.sts:sit to stand", "task.transfer:transferred",
      ])
  }

  @Test func slotsMatchTypedTokensAndRecordPositions() {
    let loaded = LexiconLoader.compile(text: Self.source)
    let text = TokenizedText("Ther act 23min, TUG 14.2 s, MMT 4-/5")
    let found = loaded.lexicon.matches(in: text)
    #expect(found.map { loaded.lexicon.entry(of: $0).id } == ["minutes.plain", "tug", "mmt"])
    #expect(text.text(of: text.tokens[Int(found[0].slot0)]) == "23")
    #expect(text.text(of: text.tokens[Int(found[1].slot0)]) == "14.2")
  }

  @Test func matchesDoNotCrossSentences() {
    #expect(matched("Pt did sit to. Stand was hard") == [])
  }

  @Test func problemsNameFileAndLine() {
    let loaded = LexiconLoader.compile(
      text: """
        @category assist_levl
        x = y
        @category cueing
        Bad Id = verbal cues
        cue.vc = verbal (cues
        cue.tc = tactile cues ; colour=red
        cue.ok = verbal cues
        cue.star = *
        cue.slot = <nope>
        """, file: "cues.lex")
    #expect(
      loaded.problems.map(\.description) == [
        "cues.lex:1: unknown category 'assist_levl' (did you mean 'assist_level'?)",
        "cues.lex:2: entry 'x' comes before any valid '@category' line",
        "cues.lex:4: entry id 'Bad Id' must be non-empty and use only a-z, 0-9, '.', '_' and '-'",
        "cues.lex:6: unknown attribute 'colour'",
        "cues.lex:5: entry 'cue.vc': missing ')'",
        "cues.lex:8: entry 'cue.star': '*' must follow a word, as in 'ambulat*'",
        "cues.lex:9: entry 'cue.slot': unknown slot '<nope>' (slots: <num>, <int>, <grade>, <score>, <time>, <date>; write '\\<' for the character)",
      ])
    #expect(loaded.lexicon.entries.map(\.id) == ["cue.tc", "cue.ok"])
  }
}

@Suite struct LexiconLiteralTests {
  @Test func aLessThanSignThatIsNotASlotIsLiteral() {
    let loaded = LexiconLoader.compile(
      text: "@category assist_level\nassist.max = \\<25% (assist|A) | <25% effort\n")
    #expect(loaded.problems.isEmpty)
    let text = TokenizedText("Pt performed <25% effort")
    #expect(
      loaded.lexicon.matches(in: text).map { loaded.lexicon.entry(of: $0).id } == ["assist.max"])
  }
}

@Suite struct PlausibleRangeTests {
  static let lexicon = LexiconLoader.compile(
    text: "@category objective_measure\nmeasure.rr = RR <num> ; range=6-60\n"
  ).lexicon

  func credited(_ note: String) -> [String] {
    let doc = NoteDocument(
      text: TokenizedText(note), lexicon: Self.lexicon,
      context: ContextAnalyzer(lexicon: Self.lexicon))
    return ElementExtractor().extract(doc).elements[.objectiveMeasure]?.evidence.map(\.text) ?? []
  }

  @Test func aValueOutsideTheRangeIsNotAMeasure() {
    #expect(credited("RR 18 after stairs") == ["RR 18"])
    #expect(credited("MRN RR-40117") == [])
  }

  @Test func aMalformedRangeIsReported() {
    let loaded = LexiconLoader.compile(
      text: "@category objective_measure\nm.x = x <num> ; range=60-6\n", file: "m.lex")
    #expect(
      loaded.problems.map(\.description) == [
        "m.lex:2: range '60-6' is not LOW-HIGH with LOW <= HIGH, e.g. range=0-56"
      ])
  }

  /// A report header's weight is a small number; anything else is reported and left out.
  @Test func aMalformedReportWeightIsReported() {
    let loaded = LexiconLoader.compile(
      text: "@category section\nsection.x = Chief complaint ; report=yes\n", file: "s.lex")
    #expect(
      loaded.problems.map(\.description) == ["s.lex:2: report=yes is not a weight from 1 to 9"])
  }

  /// A fact marker names today and nothing else; another value is reported and left out.
  @Test func aFactMarkerNamesOnlyToday() {
    let loaded = LexiconLoader.compile(
      text: """
        @category fact_marker
        fact.x = yesterday ; names=yesterday
        fact.y = today ; names=today

        """, file: "c.lex")
    #expect(
      loaded.problems.map(\.description) == [
        "c.lex:2: names=yesterday is not 'today', the one thing a fact marker names"
      ])
  }
}

@Suite struct LexiconSyntaxTests {
  @Test func aGroupFollowedByABracketCompiles() {
    let loaded = LexiconLoader.compile(
      text: "@category timed_minutes\nm.x = x[<num> (min)] | (a|b)[c]\n")
    #expect(loaded.problems.isEmpty)
    #expect(loaded.lexicon.matches(in: TokenizedText("x 23 min and b c")).count == 2)
  }

  @Test func quotedAttributesTakeEscapes() {
    let loaded = LexiconLoader.compile(
      text:
        "@category vague_phrase\nv.x = tolerated well ; suggestion=\"Say 'STS from 17\\\" chair' \\\\ more\"\n"
    )
    #expect(loaded.problems.isEmpty)
    #expect(
      loaded.lexicon.entries.first?.attributes["suggestion"] == "Say 'STS from 17\" chair' \\ more")
  }

  /// A new entry put between an entry's first line and its continuation lines takes those lines
  /// over (and any attribute on them) without a word: the lines stay written under the first
  /// entry's `=`, which is how `lexicon check` finds them. Written under their own entry's `=`,
  /// they are that entry's and nothing is said.
  @Test func continuationLinesWrittenUnderTheEntryBeforeAreAProblem() {
    let slipped = """
      @category objective_measure
      measure.time = took <num> min
      measure.rancho = Rancho (V|VI|VII)
                   | taking <num> min
                   | lasted <num> min
      """
    let parsed = LexiconParser(text: slipped, file: "m.lex")
    #expect(parsed.problems.map(\.line) == [4])
    #expect(
      parsed.problems.first?.message.hasPrefix(
        "this line continues 'measure.rancho' but is written under 'measure.time', the entry before it"
      )
        == true)
    // The lines still load where they stand: the check tells, it does not guess.
    #expect(parsed.entries.map(\.patterns.count) == [1, 3])

    let aligned = """
      @category objective_measure
      measure.time = took <num> min
                   | taking <num> min
      measure.rancho = Rancho (V|VI|VII)
                     | RLA (V|VI|VII)
      """
    #expect(LexiconParser(text: aligned, file: "m.lex").problems.isEmpty)
  }
}
