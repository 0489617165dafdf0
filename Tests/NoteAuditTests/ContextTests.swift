import Testing
@testable import NoteAudit

/// Context rules, each with a triggering and a non-triggering example, over a small inline lexicon
/// (so the rules are tested independently of the bundled vocabulary).
@Suite struct ContextTests {
  static let lexicon = LexiconLoader.compile(
    text: """
      @category cueing
      cue.verbal = [verbal] (cue|cues|cueing) | VCs
      @category assist_level
      assist.cga = CGA | contact guard [assist]
      assist.levels = SBA | min A | mod I
      assist.indep = without (assist|assistance) ; level=INDEPENDENT
      @category functional_task
      task.stairs = stairs | steps
      task.sts = sit to stand
      @category patient_response
      response.lob = LOB | loss of balance
      @category negation
      neg.no = no ; scope=4
      neg.without = without | w/o
      neg.declined = declined | refused
      neg.not = not performed ; direction=backward
      @category pseudo
      pseudo.no_lob = no (LOB|loss of balance)
      pseudo.no_increase = no increase in
      @category hypothetical
      hyp.will = will | pt will
      hyp.goal = goal
      @category historical
      hist.plof = PLOF | prior level of function
      hist.prior = prior ; scope=2
      @category other_person
      other.caregiver = caregiver | wife ; targets=assist_level,functional_task
      @category terminator
      term.but = but | however | ;
      @category fact_marker
      fact.done = met | performed
      fact.today = today | this visit ; names=today
      @category plan_marker
      plan.goal_aside = by <score> | not addressed
      @category section
      section.ltg = LTG | long term goals ; context=hypothetical
      section.obj = O | objective ; context=performed
      section.subj = S | subjective ; context=subjective
      """
  ).lexicon

  /// The modifiers of the first hit whose text is `target`.
  func modifiers(of target: String, in note: String) -> [String] {
    let doc = NoteDocument(
      text: TokenizedText(note), lexicon: Self.lexicon,
      context: ContextAnalyzer(lexicon: Self.lexicon))
    for (n, m) in doc.matches.enumerated() where doc.evidence(m).text == target {
      return doc.modifiers[n].names
    }
    Issue.record("no hit '\(target)' in '\(note)'")
    return ["<none>"]
  }

  @Test func negationForwardWithinScope() {
    #expect(
      modifiers(of: "cues", in: "Pt performed sit to stand with no cues needed.") == ["negated"])
    #expect(modifiers(of: "verbal cues", in: "Pt needed verbal cues for hand placement.") == [])
  }

  @Test func negationScopeIsCappedByItsScopeAttribute() {
    #expect(
      modifiers(
        of: "verbal cues",
        in: "No rest breaks were needed during the stair set, verbal cues for step length.") == [])
  }

  @Test func negationStopsAtTerminator() {
    #expect(
      modifiers(of: "CGA", in: "Pt declined stairs but completed sit to stand with CGA.") == [])
    #expect(
      modifiers(of: "stairs", in: "Pt declined stairs but completed sit to stand with CGA.") == [
        "negated"
      ])
  }

  @Test func backwardTrigger() {
    #expect(modifiers(of: "Stairs", in: "Stairs not performed due to fatigue.") == ["negated"])
    #expect(modifiers(of: "Stairs", in: "Stairs x12 with rail.") == [])
  }

  @Test func pseudoTriggerIsNotANegation() {
    #expect(modifiers(of: "LOB", in: "Sit to stand x5 with no LOB.") == [])
    #expect(modifiers(of: "LOB", in: "LOB x2 during turns.") == [])
  }

  @Test func anEntryContainingTheTriggerIsNotNegatedByIt() {
    #expect(modifiers(of: "without assistance", in: "Pt ambulated without assistance.") == [])
  }

  @Test func goalLanguageIsHypothetical() {
    #expect(
      modifiers(of: "CGA", in: "Pt will perform stairs with CGA in 2 weeks.") == ["hypothetical"])
    #expect(modifiers(of: "CGA", in: "Pt performed stairs with CGA.") == [])
  }

  @Test func goalSectionAppliesUntilTheNextSection() {
    let note = "LTG: ascend stairs with CGA\nO: sit to stand with verbal cues"
    #expect(modifiers(of: "CGA", in: note) == ["hypothetical"])
    #expect(modifiers(of: "verbal cues", in: note) == [])
  }

  @Test func anInlineSectionEndsWithItsParagraph() {
    let note = "PLOF: stairs independently.\n\nToday stairs with CGA."
    #expect(modifiers(of: "CGA", in: note) == [])
    #expect(modifiers(of: "stairs", in: note) == ["historical"])
  }

  @Test func aHeaderAloneOnItsLineCoversTheParagraphBelow() {
    let note =
      "LTG:\n\nascend stairs with CGA\nsit to stand with verbal cues\n\nSit to stand with CGA."
    #expect(modifiers(of: "verbal cues", in: note) == ["hypothetical"])
    #expect(modifiers(of: "Sit to stand", in: note) == [])
  }

  @Test func sectionHeaderOnlyCountsAtLineStartBeforeAColon() {
    #expect(modifiers(of: "CGA", in: "Discussed long term goals with pt; stairs with CGA") == [])
  }

  @Test func aHistoryEndsAtALineThatOpensWithALabelOfItsOwn() {
    let note = "PLOF: stairs independently, lives alone.\nPre: sit to stand with CGA"
    #expect(modifiers(of: "CGA", in: note) == [])
    #expect(modifiers(of: "stairs", in: note) == ["historical"])
    let unlabelled = "PLOF: stairs independently\nsit to stand with CGA"
    #expect(modifiers(of: "CGA", in: unlabelled) == ["historical"])
  }

  @Test func priorLevelOfFunctionIsHistorical() {
    #expect(modifiers(of: "stairs", in: "PLOF: stairs independently.") == ["historical"])
  }

  /// A history that reaches its sentence's end goes on past a `prior` of its own (whose scope is
  /// two words): "Hx: prior PT in 2022 incl. biofeedback and internal manual therapy per pt".
  @Test func aHistoryHoldsTheShortTriggersInsideIt() {
    let note = "PLOF: prior to the fall pt walked to church and did stairs with CGA."
    #expect(modifiers(of: "CGA", in: note) == ["historical"])
    #expect(
      modifiers(of: "CGA", in: "Walked to church prior to the fall and did stairs with CGA") == [])
    #expect(modifiers(of: "CGA", in: "PLOF: lived alone. Stairs with CGA today.") == [])
  }

  /// A goal's line that names today and no plan is today's; a target date or a goal left aside
  /// keeps it a goal, and so does "met" alone, which may be any day's.
  @Test func aGoalsLineThatNamesTodayIsToday() {
    let goals = """
      LTG:
      1) Amb 150 ft w/ RW and SBA by 3/20 - progressing (cues only today)
      2) Sit EOB 15 min - met today w/ CGA
      3) Stairs x4 w/ min A - not addressed this visit
      4) Toilet transfers mod I - met
      """
    #expect(modifiers(of: "CGA", in: goals) == [])
    #expect(modifiers(of: "SBA", in: goals) == ["hypothetical"])
    #expect(modifiers(of: "min A", in: goals) == ["hypothetical"])
    #expect(modifiers(of: "mod I", in: goals) == ["hypothetical"])
  }

  @Test func caregiverIsAnotherActorOnlyForItsTargets() {
    #expect(
      modifiers(of: "CGA", in: "Caregiver provided CGA for sit to stand.") == ["other_person"])
    #expect(modifiers(of: "verbal cues", in: "Caregiver provided verbal cues.") == [])
  }

  @Test func subjectiveReportsAreMarkedReported() {
    #expect(
      modifiers(of: "stairs", in: "S: reports difficulty with stairs at home\nO: stairs x12") == [
        "reported"
      ])
  }

  @Test func scopesDoNotCrossSentences() {
    #expect(modifiers(of: "Verbal cues", in: "No pain today. Verbal cues for sequencing.") == [])
  }

  @Test func adversarialRunOfTriggersStaysFast() {
    let note = String(repeating: "no ", count: 200_000) + "cues"
    let doc = NoteDocument(
      text: TokenizedText(note), lexicon: Self.lexicon,
      context: ContextAnalyzer(lexicon: Self.lexicon))
    #expect(doc.matches.count == 200_001)
    #expect(doc.modifiers.last == .negated)
  }
}

@Suite struct SectionHeaderTests {
  @Test func aHeaderMayCarryAParenthesisBeforeItsColon() {
    let lexicon = LexiconLoader.compile(
      text: """
        @category cueing
        cue.verbal = verbal cues
        @category section
        section.goals = Goals ; context=hypothetical
        section.treatment = Treatment ; context=performed
        """
    ).lexicon
    let doc = NoteDocument(
      text: TokenizedText("Goals: verbal cues\nTreatment (25 min, one-on-one): verbal cues"),
      lexicon: lexicon, context: ContextAnalyzer(lexicon: lexicon))
    let cues = zip(doc.matches, doc.modifiers).filter { lexicon.category(of: $0.0) == "cueing" }
      .map(\.1)
    #expect(cues == [.hypothetical, []])
  }
}

@Suite struct BillingLineTests {
  static let lexicon = LexiconLoader.compile(
    text: """
      @category timed_minutes
      minutes.plain = <num> min
      @category total_time_label
      label.total = total treatment time
      @category total_timed_label
      label.timed = total timed
      @category section
      section.plan = P ; context=plan
      """
  ).lexicon

  func minutes(_ note: String) -> [Int] {
    let doc = NoteDocument(
      text: TokenizedText(note), lexicon: Self.lexicon,
      context: ContextAnalyzer(lexicon: Self.lexicon))
    return ElementExtractor().extract(doc).elements[.timedMinutes]?.values ?? []
  }

  @Test func aTotalsLineUnderThePlanIsStillWhatWasDone() {
    #expect(minutes("P: next visit 30 min of stairs\nTotal timed 23 min") == [23])
  }

  @Test func totalTreatmentTimeStandsForTimedMinutesOnlyWhenAlone() {
    #expect(minutes("Total timed 38 min; total treatment time 53 min") == [38])
    #expect(minutes("Total treatment time 45 min, all one-on-one") == [45])
  }
}
