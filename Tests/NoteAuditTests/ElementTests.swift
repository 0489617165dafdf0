import Testing
@testable import NoteAudit

/// Which minute values count as treatment minutes once a note ties minutes to its codes, over a
/// small inline lexicon (independent of the bundled vocabulary).
@Suite struct ElementTests {
  static let lexicon = LexiconLoader.compile(
    text: """
      @category timed_minutes
      minutes.plain = <num> (min|mins) | x <num> (min|mins)
      @category code_name
      name.97110 = TherEx | 97110 ; code=97110
      name.97530 = TA | 97530 ; code=97530
      @category total_timed_label
      label.timed = total timed
      @category total_time_label
      label.total = total treatment time
      """
  ).lexicon

  func minutes(_ note: String) -> [Int] {
    let doc = NoteDocument(
      text: TokenizedText(note), lexicon: Self.lexicon,
      context: ContextAnalyzer(lexicon: Self.lexicon))
    return ElementExtractor().extract(doc).elements[.timedMinutes]?.values ?? []
  }

  @Test func durationsInsideACodeAreNotMoreMinutes() {
    #expect(minutes("TherEx 97110 x 25 min: bike 6 min, prone hang 3 min") == [25])
    #expect(
      minutes("TA 97530 x 30 min.\nChild showed frustration after 10 min; 2 min movement break.")
        == [30])
  }

  /// A total timed that sums the per-code minutes is not a figure of its own beside them
  /// (Benchmarks/accuracy/PROTOCOL.md, timed_minutes); durations inside a code are dosage.
  @Test func perCodeMinutesWithoutTheirTotalOrTheDurationsInside() {
    #expect(
      minutes("TA 97530 x 30 min: bike 8 min\nTherEx 97110 x 15 min\nTotal timed: 45 min") == [
        30, 15,
      ])
  }

  @Test func aTotalTimedAloneStandsForTheMinutes() {
    #expect(minutes("Total timed: 40 min. Bike 8 min.") == [40])
  }

  /// With no code, total or session figure, the durations of the activities are the minutes.
  @Test func withoutCodeMinutesEveryValueCounts() {
    #expect(minutes("Gait 10 min, then transfers 8 min") == [10, 8])
  }
}

@Suite struct ElementFallbackTests {
  static let analyzer = try? Analyzer.bundled()

  @Test func aSessionTimeInAndOutDocumentsTheMinutes() throws {
    let analyzer = try #require(Self.analyzer)
    let result = analyzer.analyze(
      NoteRecord(id: "n", text: "Time in 1310, time out 1342. Sit to stand x10 with CGA."))
    #expect(result.element(.timedMinutes).values == [32])
  }

  @Test func anElementInsideAVaguePhraseIsNotEvidence() throws {
    let analyzer = try #require(Self.analyzer)
    let result = analyzer.analyze(
      NoteRecord(id: "n", text: "Pt instructed in HEP. Tolerated treatment well."))
    #expect(!result.vaguePhrases.isEmpty)
    #expect(
      !result.element(.skilledIntervention).present,
      "\(result.element(.skilledIntervention).evidence)")
  }
}
