import Testing
@testable import NoteAudit

/// The ways of writing an element that the accuracy work fixed as classes (issue 11), each with a
/// counter-example that must not fire. Short notes in the wording therapists use; the figures and
/// evidence are exact.
@Suite struct AccuracyClassTests {
  static let analyzer = try! Analyzer.bundled()

  func analysis(_ text: String) -> NoteAnalysis {
    Self.analyzer.analyze(NoteRecord(id: "n", text: text))
  }
  func minutes(_ text: String) -> [Int] { analysis(text).element(.timedMinutes).values }
  func present(_ kind: ElementKind, _ text: String) -> Bool { analysis(text).element(kind).present }
  func evidence(_ kind: ElementKind, _ text: String) -> [String] {
    analysis(text).element(kind).evidence.map(\.text)
  }

  // MARK: Statements of fact vs plans

  @Test(
    arguments: [
      (
        "S: Pt reports soreness.\nO: Sit to stand x10 from mat with CGA.\nP: Cont POC. Timed codes: 97530 - 13 min; 97110: 8 minutes.",
        [13, 8]
      ),
      (
        "O: Transfers w/ CGA.\nPlan: Will progress to stair training next session. Billing: 97530 x 2 units (25 min).",
        [25]
      ),
      (
        "O: Bed mobility min A.\nP: continue gait training; next visit stairs.\nCharges: 97116 x1 (12 min)",
        [12]
      ),
      ("O: STS x10 CGA.\nP: cont POC\nJane Doe, PT 3/4/25\nTherAct 23 min, TE 15 min", [23, 15]),
    ] as [(String, [Int])])
  func billingLinesAreTodaysVisitWhereverTheyStand(note: String, expected: [Int]) {
    #expect(minutes(note) == expected)
  }

  @Test func aPlanStaysAPlan() {
    let note =
      "O: Bed mobility min A.\nP: continue gait training; next visit stairs.\nCharges: 97116 x1 (12 min)"
    // Gait and stairs are planned; the bed mobility is today's.
    #expect(evidence(.functionalTask, note) == ["Bed mobility"])
    #expect(minutes("TherAct 23 min. Plan ther ex 15 min next visit.") == [23])
    #expect(!present(.functionalTask, "P: Stair training with 1 rail, car transfers."))
    // A Plan statement that reports what was done, and names no plan, is a fact.
    #expect(present(.skilledIntervention, "P: Pt educated on hip precautions with teach-back."))
  }

  // MARK: Minute and foot marks, seconds and inches

  @Test(
    arguments: [
      ("TherAct 16': car transfer training w/ RW CGA.", [16]),
      ("TE 35': LAQ 2x15, SAQ 2x15.", [35]),
      ("Self care mgmt 32': LB dressing w/ reacher min A.", [32]),
      ("Ther activities 28': sit<>stand x10 from low surface.", [28]),
      ("TherAct 16’: toilet transfers CGA. TE 35′: SLR 2x10.", [16, 35]),
      ("MT 8' STM to L UT.", [8]),
    ] as [(String, [Int])])
  func aMinuteMarkBesideAServiceIsMinutes(note: String, expected: [Int]) {
    #expect(minutes(note) == expected)
  }

  @Test(arguments: [
    "Amb 150' x2 w/ RW SBA.", "Gait training 150' x2 with RW CGA.", "Gait training 50' w/ RW, CGA.",
    "Carried basket 20' x3.",
  ])
  func aMinuteMarkThatReadsAsADistanceIsFeet(note: String) {
    #expect(minutes(note) == [])
    #expect(present(.objectiveMeasure, note))
  }

  @Test func secondsAndInches() {
    #expect(evidence(.objectiveMeasure, "SLS 12\" R LE.") == ["SLS 12\""])
    #expect(!present(.objectiveMeasure, "Step ups onto 6\" step x10 each leg."))
    #expect(minutes("Step ups onto 6\" step x10 each leg.") == [])
  }

  // MARK: Minute blocks

  @Test(
    arguments: [
      ("Tx time 45 min. Timed code minutes: 38 (TA 23, TE 15).", [23, 15]),
      ("TA 23 / TE 15 / NMR 8", [23, 15, 8]),
      ("97530-23, 97110-15", [23, 15]),
      ("Minutes: TherAct 20, NMR 10", [20, 10]),
      ("97530: 23\n97110: 15", [23, 15]),
      ("97116 15 | 97530 13 | 97110 17", [15, 13, 17]),
      ("Self care 97535 x 40", [40]),
      ("GT 12, SC 15", [12, 15]),
      ("Mirror therapy 10 min (97112): bilateral wrist ext.", [10]),
      ("Sit to stand x10. Total treatment time 45 min.", [45]),
      ("We spent twenty-two minutes on transfer training.", [22]),
    ] as [(String, [Int])])
  func minuteBlocksInEveryCommonShape(note: String, expected: [Int]) {
    #expect(minutes(note) == expected)
  }

  @Test(arguments: [
    "TE 3x10 SLR, 2x15 bridges.", "TherAct 97530 x 2 units: transfers.", "NMR 2 sets of 10.",
    "~45 min (TE 30, NMR 15) of which none",
  ])
  func numbersBesideACodeThatAreNotItsMinutes(note: String) {
    let found = minutes(note)
    #expect(!found.contains(3) && !found.contains(2) && !found.contains(45))
  }

  @Test(
    arguments: [
      (
        "6MWT: 1,050 ft, stopped the test at approx 5 min d/t SOB. TherAct: sit to stand x10 CGA, 23 min.",
        [23]
      ),
      (
        "Six-minute walk test: 700 feet; there were two minutes remaining in the test. Gait training 15 min.",
        [15]
      ),
      (
        "6MWT 600 feet; had to stop this test at approximately five minutes d/t pain. TE 20 min.",
        [20]
      ),
    ] as [(String, [Int])])
  func aTestsDurationIsNotTreatmentTime(note: String, expected: [Int]) {
    #expect(minutes(note) == expected)
  }

  @Test func totalTreatmentTimeIsNotTimedMinutes() {
    let analysis = analysis("Tx time 45 min. Timed code minutes: 38 (TA 23, TE 15).")
    #expect(analysis.element(.timedMinutes).evidence.map(\.text) == ["23", "15"])
    #expect(minutes("Total treatment time 53 min; total timed 38 min.") == [38])
  }

  // MARK: Goal linkage by purpose and by reference

  @Test(
    arguments: [
      (
        "Sweeping kitchen floor minA; to achieve goal of I UB dressing by 2/9",
        "goal of I UB dressing"
      ),
      (
        "Transfer training bed<>w/c CGA to meet LTG of I transfers at home.",
        "to meet LTG of I transfers at home"
      ),
      (
        "Kitchen tasks w/ RW SBA to return to independent home management.",
        "to return to independent home management"
      ),
      (
        "Standing grooming at sink CGA to improve safety w/ ADLs at home.",
        "to improve safety w/ ADLs at home"
      ),
      (
        "Car transfer practice so that pt can get in/out of her car.",
        "so that pt can get in/out of her car"
      ),
      (
        "Lifting 20# crate floor to waist x10 in order to return to work.",
        "in order to return to work"
      ),
      (
        "Gait on grass and curbs w/ SPC SBA for safe community ambulation.",
        "for safe community ambulation"
      ),
      (
        "Toilet transfers w/ grab bar CGA to allow independent toileting.",
        "to allow independent toileting"
      ),
      ("Car transfers x3 CGA (STG #2).", "STG #2"),
      ("Stair training 12 steps B HR CGA per goal 3.", "goal 3"),
      ("Gait 200 ft RW SBA, progressing toward LTG 1.", "LTG 1"),
      ("Progressing toward overground amb goal w/ RW.", "amb goal"),
    ] as [(String, String)])
  func goalLinks(note: String, expected: String) {
    #expect(evidence(.goalLinkage, note).contains(expected))
  }

  @Test(arguments: [
    "Bridges 2x10 and clamshells 2x15 to improve strength.", "PROM and stretching to increase ROM.",
    "NuStep 10 min to improve endurance.",
    "Tandem stance on foam 3x30 sec to improve balance.", "Ice and TENS to decrease pain.",
    "Progress toward goals: progressing.",
    "IS 1000 mL (goal 1500).", "Pt seen per POC.",
  ])
  func impairmentOnlyPurposesAndGoalsThatNameNothingAreNoLink(note: String) {
    #expect(!present(.goalLinkage, note))
  }

  // MARK: Dynamic functional activity vs isolated drill

  @Test func balanceTiedToAFunctionalOutcomeIsAFunctionalTask() {
    let note = "Dynamic standing balance tasks to improve safe bathroom transfers."
    let analysis = analysis(note)
    #expect(analysis.element(.functionalTask).evidence.map(\.text) == ["standing balance tasks"])
    #expect(analysis.codeFit.best == "97530")
    #expect(!analysis.findings.contains { $0.rule == .codeFitOtherCode })
    let explained = Self.analyzer.explanation(for: note).first {
      $0.evidence.entryID == "task.balance_activity"
    }
    #expect(explained?.decision == "functional: tied to 'to improve safe bathroom transfers'")
  }

  @Test func anIsolatedDrillIsNeuromuscularReeducation() {
    let note = "Static standing balance on foam 3x30 sec, tandem stance x3."
    let analysis = analysis(note)
    #expect(!analysis.element(.functionalTask).present)
    #expect(analysis.codeFit.best == "97112")
  }

  // MARK: Response relative to before

  @Test(
    arguments: [
      ("Assist decreased from mod A last visit to min A today.", "Assist decreased from"),
      ("BBS 41/56 (was 36/56 at eval).", "was 36/56 at eval"),
      ("STS x10, required fewer cues by trial 5.", "fewer cues"),
      ("Good carryover of hand placement from last session.", "Good carryover"),
      ("Standing tolerance increased to 12 min.", "tolerance increased"),
      ("Progressed to SBA for toilet transfers.", "Progressed to"),
      ("Toileting assist ↓ CGA → SBA.", "CGA → SBA"),
      ("AROM flex 92 (88 last wk).", "88 last wk"),
    ] as [(String, String)])
  func aChangeAgainstBeforeIsAResponse(note: String, expected: String) {
    #expect(evidence(.patientResponse, note).contains(expected))
  }

  @Test func todayIsStillTodayBesideTheComparison() {
    let analysis = analysis("Assist decreased from mod A last visit to min A today.")
    // mod A was the last visit's; min A is today's.
    #expect(analysis.element(.assistLevel).evidence.map(\.text) == ["min A"])
    #expect(!present(.patientResponse, "Pt tolerated well."))
  }

  @Test func anEarlierVisitDatesOnlyItsOwnClause() {
    // A parenthesis is an aside: the last visit's mod A does not date today's min A.
    #expect(evidence(.assistLevel, "Sit to stand now min A (mod A last visit).") == ["min A"])
    #expect(evidence(.cueing, "Needed mod VCs for sequencing last wk.") == [])
    #expect(minutes("Last visit TA 23 min / TE 10 min; today see flowsheet.") == [])
    // Counter-example: today's figures after the semicolon are today's.
    #expect(minutes("Last visit TA 23 min; today TA 25 min.") == [25])
  }

  // MARK: Minutes beside a written code, units on a units line

  @Test func aMinuteMarkRightAfterACodeIsMinutesEvenBeforeADevice() {
    #expect(minutes("Gait trng 97116 18′ w/ RW, amb 150' x2 CGA.") == [18])
    // Counter-example: without the code the mark before "w/ RW" reads as feet.
    #expect(minutes("Gait trng 18′ w/ RW CGA.") == [])
  }

  @Test(arguments: ["Units: TA-2, TE-1", "Units: 97530 x2, 97110 x1", "Billed: TA 2 units, TE 1"])
  func numbersOnAUnitsLineAreUnits(line: String) {
    let analysis = analysis(
      "Sit to stand x10 with CGA and verbal cues.\nTotal timed 38 min.\n" + line)
    #expect(analysis.element(.timedMinutes).values == [38])
    // The 2 and 1 are units that 38 minutes support, not 3 minutes that contradict the total.
    #expect(
      analysis.findings.map(\.rule).filter {
        $0.rawValue.hasPrefix("units.") || $0 == .minutesTotalMismatch
      } == [])
  }

  @Test func aMinutesLineStillReadsBareMinutes() {
    #expect(minutes("Minutes: TA 23, TE 15") == [23, 15])
  }

  // MARK: Instruction needs what was taught

  @Test(arguments: [
    "Instructed in HEP.", "Pt educated.", "Educated pt on HEP.", "Caregiver trained.",
  ])
  func instructionWithoutContentIsNotSkilled(note: String) {
    #expect(!present(.skilledIntervention, note))
  }

  @Test(arguments: [
    ("Pt educated on hip precautions during transfers.", "educated on hip precautions"),
    ("Instructed pt in safe hand placement for sit to stand.", "Instructed pt in"),
    ("Son educated + return demo'd.", "Son educated"),
  ])
  func instructionWithContentIsSkilled(note: String, expected: String) {
    #expect(evidence(.skilledIntervention, note).contains(expected))
  }

  // MARK: Purposes, responses, vague phrases

  @Test func aListOfAimsReachesItsLastOutcome() {
    #expect(
      present(
        .goalLinkage,
        "Sit to stand x10 w/ CGA to improve strength, increase endurance and promote safe transfers at home."
      ))
    // Counter-example: a comma that does not go on to another aim ends the purpose.
    #expect(
      !present(
        .goalLinkage, "Sit to stand x10 to improve strength, then amb 150 ft at home w/ CGA."))
  }

  @Test func aChangeWithinTheSessionIsAResponseAfterANegation() {
    #expect(
      evidence(.patientResponse, "Min VCs to sequence w/c brakes; no cues needed by 3rd trial.")
        == ["by 3rd trial"])
    #expect(!present(.cueing, "Cueing: none."))
  }

  @Test func aBarePhraseDatedTodayIsStillBare() {
    #expect(analysis("No complaints this date.").vaguePhrases.map(\.text) == ["No complaints"])
    #expect(analysis("No complaints of pain with stairs this date.").vaguePhrases.isEmpty)
  }

  @Test func setUpAfterWithIsAnAssistLevel() {
    #expect(
      evidence(.assistLevel, "Pt declined shower; completed UB dressing seated w/ set-up.") == [
        "w/ set-up"
      ])
    #expect(!present(.assistLevel, "Set up the mat table."))
  }

  // MARK: Skilled work, boilerplate, responses, measures and purposes in therapists' shorthand

  @Test(arguments: [
    (
      "NMR: neuromuscular re-ed techniques to L LE during stance phase.",
      "neuromuscular re-ed techniques"
    ),
    ("O: TCs to R glute med for lateral wt shift during gait.", "TCs to"),
    ("Pt ed re: hip precautions w/ LB dressing using reacher.", "Pt ed re:"),
    (
      "Caregiver training for safe w/c <> car transfer provided to daughter.",
      "Caregiver training for"
    ),
    (
      "Therapist demonstrated proper body mechanics for lifting laundry basket.",
      "Therapist demonstrated"
    ),
    (
      "Adjusted NMES parameters to 35 mA for quad activation during STS.",
      "Adjusted NMES parameters"
    ),
    ("Dry needling/Manual (97140) - 15 min: L upper trap, levator scap.", "Dry needling"),
    ("Discussed putting frequently used clothes in top 2 drawers.", "Discussed putting"),
  ])
  func skilledWorkInShorthandIsSkilled(note: String, expected: String) {
    #expect(evidence(.skilledIntervention, note) == [expected])
  }

  @Test(arguments: [
    "Pt demonstrates improved static balance.", "Teaching: fall prevention, HEP",
    "Caregiver training provided.",
  ])
  func thePatientsDemonstrationOrATopicListIsNotSkilled(note: String) {
    #expect(!present(.skilledIntervention, note))
  }

  @Test(arguments: [
    ("Pt will continue to benefit from skilled PT.", "will continue to benefit from skilled PT"),
    ("Performed exercises as instructed.", "Performed exercises as instructed"),
    ("Progress as tol.", "as tol"),
    ("Pt pleasant and cooperative throughout.", "Pt pleasant and cooperative throughout"),
    ("Pt progressing toward goals.", "progressing toward goals"),
    ("No adverse rxn to tx.", "No adverse rxn"),
    ("HEP reviewed, pt verbalized understanding.", "HEP reviewed, pt verbalized understanding"),
  ])
  func boilerplateInShorthandIsVague(note: String, expected: String) {
    #expect(analysis(note).vaguePhrases.map(\.text) == [expected])
  }

  @Test func progressTowardNamedGoalsIsNotBoilerplate() {
    #expect(analysis("Pt progressing toward goals of I transfers and stairs.").vaguePhrases.isEmpty)
  }

  @Test(arguments: [
    ("Pt verbalized 3/3 hip precautions w/o cues.", "verbalized 3/3 hip precautions"),
    ("Gait became more antalgic after 100 ft.", "became more antalgic"),
    ("Stood 6 min at counter before needing to sit.", "before needing to sit"),
  ])
  func responsesInShorthandAreResponses(note: String, expected: String) {
    #expect(evidence(.patientResponse, note) == [expected])
  }

  @Test func aVitalWithTheValueItWentToIsAResponse() {
    #expect(evidence(.patientResponse, "HR 84->110 after stairs.").contains("HR 84->110"))
    #expect(evidence(.patientResponse, "Knee ache 4/10 at 8 min of cycling.") == ["ache 4/10 at 8"])
    // Counter-example: a rating at the start, at rest or at home says nothing about the work.
    #expect(!present(.patientResponse, "Pain 5/10 at start of session."))
    #expect(!present(.patientResponse, "S: pt reports knee pain 6/10 at home this wk."))
  }

  @Test(arguments: [
    ("FIM eating 5, grooming 4, toileting 3.", "FIM eating 5"),
    ("Cadence 88 steps/min.", "Cadence 88 steps/min"),
    ("Step length R 18 in, L 12 in.", "Step length R 18 in"),
    ("Stood at sink x 6 minutes for grooming.", "Stood at sink x 6 minutes"),
  ])
  func measuresInShorthandAreMeasures(note: String, expected: String) {
    #expect(evidence(.objectiveMeasure, note) == [expected])
  }

  @Test func aStandingTimeIsNotTreatmentMinutes() {
    #expect(minutes("Stood at sink x 6 minutes for grooming.") == [])
    #expect(!present(.objectiveMeasure, "FIM bathing 9."))
  }

  @Test func aPreparationForAFunctionalOutcomeLinksAGoal() {
    #expect(
      evidence(.goalLinkage, "Lifting mechanics training in prep for RTW as warehouse stocker.")
        == ["in prep for RTW"])
    #expect(
      evidence(.goalLinkage, "Tub transfer training in preparation for d/c home alone.") == [
        "in preparation for d/c home alone"
      ])
    // Counter-example: a preparation that names no outcome links nothing.
    #expect(!present(.goalLinkage, "Squats in preparation for the next set."))
  }

  // MARK: Walking seen, not trained

  @Test(arguments: [
    "R TKA. Pt ambulating w/o AD. Ther ex per flowsheet 30'. Ice 10'.",
    "Pt observed walking and running in hallway prior to session. Clamshells 3x10.",
    "Seated LAQ 2x15 2#. After session pt amb to car w/ husband, SBA.",
    "Pt walked into clinic without device. UBE 8 min, rows GTB 3x12.",
    "Epley R x2. Gait assessed post-maneuver: steady.",
    "O: Pt is ambulatory without assistive device. Cervical retraction 2x10.",
  ])
  func walkingSeenOrAStatusIsNoTask(note: String) {
    #expect(!present(.functionalTask, note))
  }

  @Test func walkingWithADoseIsTraining() {
    #expect(evidence(.functionalTask, "Amb 150' RW SBA x2.") == ["Amb"])
    #expect(present(.functionalTask, "Gait training on uneven surfaces 200' with SPC CGA."))
    #expect(
      present(
        .functionalTask,
        "Pt ambulated to the therapy gym 120' with RW and CGA; VCs to stay inside walker."))
    #expect(
      present(.functionalTask, "Cone taps during amb to simulate stepping around clutter at home."))
    // A terse entry of what was done is the task even with no dose; a status written the same way is not.
    #expect(
      evidence(.functionalTask, "Pt performed HEP: quad sets 2x15. Amb in home w/ RW. Tol well.")
        == ["Amb"])
    #expect(!present(.functionalTask, "Pt walked to the gym with family. BP 132/78."))
    // The amb to the car is how she left; its SBA is still today's assist level.
    #expect(present(.assistLevel, "After session pt amb to car w/ husband, SBA."))
  }

  // MARK: A symptom brought in is a baseline

  @Test(arguments: [
    "Pt c/o 5/10 L hip pain on arrival. Ther ex: bridges 2x10, clamshells 2x10 RTB.",
    "Pain 6/10 upon arrival. Supine hip flexor stretch 3x30s.",
    "Pt reports pain 4/10 at start of session. STS 2x10 from standard chair, SBA.",
    "Pre-tx pain 5/10. Pt did seated marching 2x20.",
  ])
  func aSymptomOnArrivalIsAMeasureNotAResponse(note: String) {
    #expect(!present(.patientResponse, note))
    #expect(present(.objectiveMeasure, note))
  }

  @Test func aSymptomAfterTheWorkIsAResponse() {
    #expect(present(.patientResponse, "Pain 6/10 on arrival, 3/10 after tx."))
    #expect(
      present(
        .patientResponse, "Pt c/o 5/10 L hip pain on arrival; after STM pain decreased to 2/10."))
    #expect(present(.patientResponse, "c/o fatigue after 3 reps of STS; seated rest 1 min."))
    #expect(evidence(.patientResponse, "HR 72 pre / 96 post.") == ["HR 72 pre / 96 post"])
  }

  @Test func aBareReportedRatingIsABaseline() {
    let note =
      "R DRF, cast off 1 wk.\nPt reports pain 3/10. AROM wrist ext 30, flex 30.\nEx: wrist AROM, tendon glides, putty."
    #expect(!present(.patientResponse, note))
    #expect(present(.objectiveMeasure, note))
    #expect(
      evidence(.patientResponse, "During amb pt c/o pain in L knee, 5/10; seated rest given.").first
        == "During amb pt c/o pain")
    #expect(
      present(.patientResponse, "Stairs x12 w/ rail SBA; pt reported knee pain 4/10 with descent."))
  }

  // MARK: A home program reviewed, with and without content

  @Test func aHomeProgramReviewNeedsContent() {
    #expect(!present(.skilledIntervention, "Ther ex: bridges 2x10. HEP reviewed."))
    #expect(
      !present(
        .skilledIntervention, "Interventions performed: [x] Ther ex [x] HEP review [ ] Balance"))
    #expect(
      present(.skilledIntervention, "HEP reviewed and progressed: added step-ups 2x10 on 6\" step.")
    )
    #expect(
      present(
        .skilledIntervention, "HEP reviewed w/ corrections to squat form (knees behind toes)."))
  }

  // MARK: Cue words that are not the patient's cueing

  @Test(arguments: [
    "Orthosis straps adjusted; pt demonstrated proper donning of straps.",
    "Caregiver training: wife given verbal cues for hand placement during car transfer.",
    "Son trained in gait belt use; son required 2 verbal cues for guarding position.",
    "Stairs 3 steps w/ R rail + SBA - daughter trained to guard, return demo good.",
    "Pt reminded: NO active flexion ring finger until cleared.",
  ])
  func cuesTheCaregiverGotOrThePatientShowedAreNoCueing(note: String) {
    #expect(!present(.cueing, note))
  }

  @Test func cuesThePatientGotAreCueing() {
    #expect(
      present(
        .cueing,
        "Sit to stand x5 from mat after therapist demonstration, min VCs for hand placement."))
    #expect(
      present(.cueing, "Caregiver training for car transfer; pt needed tactile cues to duck head."))
    #expect(present(.patientResponse, "Pt demonstrated proper donning of TLSO in supine."))
    // Cues as needed with what they were for were given; the "PRN" is still boilerplate.
    #expect(
      evidence(.cueing, "TherEx/TherAct performed with VC/TC PRN for proper form and sequencing.")
        == ["VC/TC PRN for"])
    #expect(
      !analysis("TherEx/TherAct performed with VC/TC PRN for proper form and sequencing.")
        .vaguePhrases.isEmpty)
  }

  // MARK: Vestibular, paediatric, home-health, narrative and hand-therapy wording

  @Test(arguments: [
    "Tendon glides, scar massage. Good motion.",
    "VOR x1 exercises performed in sitting 2x30s.",
    "Child played with blocks at table.",
    "Pt is a welder/fabricator; walked into clinic.",
  ])
  func aBareListOrAJobIsNoSkill(note: String) {
    #expect(!present(.skilledIntervention, note))
  }

  @Test func vestibularFindingsAndResponses() {
    #expect(
      evidence(
        .objectiveMeasure, "R Dix-Hallpike: upbeating torsional nystagmus x 20 sec with vertigo.")
        == ["upbeating torsional nystagmus", "nystagmus x 20 sec"])
    #expect(!present(.objectiveMeasure, "Pt performed gaze stabilization x1 viewing in standing."))
    #expect(
      evidence(
        .patientResponse,
        "Symptoms provoked to 3/10 with x1 viewing, returned to baseline 0/10 after 30 sec.")
        == ["provoked to 3/10", "returned to baseline 0/10 after"])
    #expect(
      evidence(.patientResponse, "No nystagmus or vertigo with repeat Dix-Hallpike after maneuver.")
        == ["No nystagmus or vertigo with repeat", "repeat Dix-Hallpike after"])
    #expect(
      evidence(.patientResponse, "Child tolerated transitions between 4 activities without crying.")
        == ["tolerated transitions", "without crying"])
    #expect(
      evidence(.patientResponse, "He did get tired toward the end and needed to sit down twice.")
        == ["get tired", "needed to sit down twice"])
    #expect(!present(.patientResponse, "Pt tolerated session well."))
  }

  @Test func narrativeAndPlaygroundTasks() {
    #expect(
      evidence(
        .functionalTask,
        "Child climbed up the playground ladder and went down the slide x4 with SBA.")
        == ["climbed up the playground ladder", "went down the slide"])
    #expect(
      evidence(
        .assistLevel,
        "She was able to get up from the toilet using the grab bar with me standing by.")
        == ["me standing by"])
    #expect(!analysis("Worked on hand exercises.").vaguePhrases.isEmpty)
    #expect(
      analysis("Worked on hand exercises: tendon glides 2x10 with cues to block MCPs.")
        .vaguePhrases.isEmpty)
  }

  @Test(
    arguments: [
      (
        ElementKind.skilledIntervention,
        "Habituation exercises per MSQ-provoking positions: supine to sit, R roll, 5 reps each.",
        "Habituation exercises per"
      ),
      (
        .skilledIntervention, "Optokinetic stimulation via striped video in standing 2 min x3.",
        "Optokinetic stimulation"
      ),
      (
        .skilledIntervention,
        "Used visual schedule and first/then board to support transitions between activities.",
        "Used visual schedule"
      ),
      (
        .skilledIntervention, "I had her slow down on the turns and keep the walker close.",
        "I had her slow"
      ),
      (
        .skilledIntervention,
        "Fabricated custom thermoplastic volar resting hand orthosis; fit checked.", "Fabricated"
      ),
      (
        .skilledIntervention, "Retrograde massage to R hand for edema x 5 min.",
        "Retrograde massage"
      ),
      (
        .skilledIntervention, "Medication management reviewed with pt using pill organizer.",
        "Medication management reviewed"
      ),
      (.objectiveMeasure, "PDMS-2 gross motor quotient 82.", "quotient 82"),
      (.objectiveMeasure, "GMFM-88 Dimension D 64%.", "GMFM-88 Dimension D 64%"),
      (.objectiveMeasure, "BOT-2 fine motor precision scale score 9.", "scale score 9"),
      (.objectiveMeasure, "OASIS M1860 ambulation: 2.", "M1860 ambulation: 2"),
      (.objectiveMeasure, "mCTSIB: condition 4 fall at 12 sec.", "condition 4 fall at 12 sec"),
      (.objectiveMeasure, "Dynamic visual acuity: 3-line loss with head movement.", "3-line loss"),
      (
        .objectiveMeasure,
        "Patient ambulated with the rolling walker one hundred feet times two with contact guard assist.",
        "one hundred feet"
      ),
      (.objectiveMeasure, "Her pain is now five out of ten, down from seven.", "five out of ten"),
      (.objectiveMeasure, "Kapandji 8/10.", "Kapandji 8/10"),
      (
        .assistLevel, "She needed a little help from me to get her legs into bed.",
        "needed a little help from me"
      ),
      (.assistLevel, "I had to give her moderate help to stand.", "moderate help to"),
      (.assistLevel, "She walked with me holding the gait belt.", "me holding the gait belt"),
      (.cueing, "I had to remind her to look up while walking.", "had to remind her to"),
      (.skilledIntervention, "I guided her hips forward as she stood.", "guided her hips"),
      (
        .skilledIntervention,
        "Child given heavy work activities before fine motor task to improve attention.",
        "heavy work activities before"
      ),
      (
        .patientResponse, "Child cried during transitions but calmed with deep pressure.",
        "calmed with"
      ),
      (
        .patientResponse, "By the end she was doing it on her own.", "By the end she was"
      ),
    ] as [(ElementKind, String, String)])
  func wordingOfTheWeakStyles(kind: ElementKind, note: String, expected: String) {
    #expect(evidence(kind, note) == [expected])
  }

  /// "PT educated" with the teaching after it is no bare "Pt educated" (a vague phrase only when
  /// nothing follows it), so it stands as evidence beside the teaching's own words.
  /// "until 8 min" is a point in the session, not its minutes, now that "not ... until" ends
  /// its negation and the 8 minutes are no longer hidden by it.
  @Test func aPointInTheSessionIsNoMinutes() {
    #expect(
      evidence(.timedMinutes, "Handwriting 10 min w/ splints, no c/o pain until 8 min.") == [
        "10 min"
      ])
  }

  @Test func instructionNamedWithItsContent() {
    #expect(
      evidence(.skilledIntervention, "PT educated pt's wife on safe w/c to car transfer.") == [
        "PT educated", "educated pt's wife on",
      ])
    #expect(evidence(.skilledIntervention, "Pt educated.") == [])
  }

  @Test func dictatedWordingThatIsNotTodays() {
    #expect(
      !present(
        .assistLevel, "Before her surgery she needed some help with bathing from her husband."))
    #expect(!present(.skilledIntervention, "His wife helped him into the car after the session."))
    #expect(
      !present(.skilledIntervention, "She says her daughter showed her how to do the stretches."))
    #expect(
      !present(.patientResponse, "By the end of the week she will be walking to the mailbox."))
    #expect(!present(.skilledIntervention, "Child enjoys heavy work at recess per teacher."))
    #expect(!present(.objectiveMeasure, "Goal: Kapandji 10/10 by discharge."))
  }

  @Test(arguments: [
    ("Session went well.", true),
    ("She did a nice job today.", true),
    ("Will continue to follow per plan.", true),
    ("Pt tolerated all activities.", true),
    ("Pt without complaint.", true),
    ("Worked on balance and gait.", true),
    ("Functional mobility training completed.", true),
    ("Worked on balance and gait: tandem walk 4x20 ft in hallway with CGA.", false),
    ("Gait training completed with RW 150 ft CGA, cues for step length.", false),
    ("Pt tolerated prone positioning x 3 min for the first time.", false),
  ])
  func boilerplateInDictatedAndHomeNotes(note: String, vague: Bool) {
    #expect(analysis(note).vaguePhrases.isEmpty == !vague)
  }

  // MARK: Measures, responses and skill written in narrative (dev-half error analysis, 2026-12-05)

  /// A distance is a measure however long: "Amb 500 ft" was dropped by the stairs' 1–300 range
  /// that applied to the whole distance entry. Stair counts keep the range.
  @Test(arguments: [
    ("Amb 500 ft w/ RW SBA.", "500 ft"),
    ("Ambulated 400' ind.", "Ambulated 400'"),
    ("Level propulsion 500' I.", "propulsion 500'"),
    ("Walked 1000 feet in hallway with supervision.", "1000 feet"),
  ])
  func longDistancesAreMeasures(note: String, expected: String) {
    #expect(evidence(.objectiveMeasure, note) == [expected])
  }

  @Test(
    arguments: [
      (
        .objectiveMeasure,
        "Standing tolerance at sink for grooming 6 min (was 3 min) before needing to sit.",
        "Standing tolerance at sink for grooming 6 min"
      ),
      (.objectiveMeasure, "Wheelie balance: 20 sec w/ spotter strap.", "Wheelie balance: 20 sec"),
      (.objectiveMeasure, "Fine motor: buttoning shirt took 4 min, tremor R>L.", "took 4 min"),
      (
        .objectiveMeasure, "Freezing episodes decreased from 4 to 1 over 3 trials.",
        "Freezing episodes decreased from 4 to 1"
      ),
      (.patientResponse, "Gait training w/o crutch 100' - cued for heel-toe, no lag.", "no lag"),
      (.patientResponse, "Reviewed L UE self-ROM, pt demo correctly.", "demo correctly"),
      (
        .patientResponse, "He showed me each exercise correctly.",
        "showed me each exercise"
      ),
      (.patientResponse, "Screen work 30 min; HA 2 → 3/10.", "HA 2 → 3/10"),
      (.skilledIntervention, "Taught wide U-turn instead of pivot in kitchen.", "Taught wide"),
      (.skilledIntervention, "BTE tool simulation: wrench torque 25 in-lb x3.", "tool simulation"),
      (
        .skilledIntervention,
        "Standing at counter w/ 1 foot on step stool (simulate dish washing).",
        "simulate"
      ),
      (
        .skilledIntervention, "We also talked about using padded gloves on his chisels.",
        "talked about using"
      ),
      (
        .skilledIntervention, "We reviewed his home program for grip and pinch strengthening.",
        "reviewed his home program for"
      ),
    ] as [(ElementKind, String, String)])
  func narrativeMeasuresResponsesAndSkill(kind: ElementKind, note: String, expected: String) {
    #expect(evidence(kind, note) == [expected])
  }

  /// A tolerance is not treatment time, and treatment time is not a measure.
  @Test func toleranceAgainstTreatmentTime() {
    #expect(minutes("Standing tolerance at sink for grooming 6 min. TA 97530 x 23 min.") == [23])
    #expect(!present(.objectiveMeasure, "Dynamic standing balance 15 min w/ CGA."))
    #expect(!present(.objectiveMeasure, "Pt took 2 min rest between trials."))
    #expect(!present(.objectiveMeasure, "Climbed 3000 steps per his watch."))
    #expect(!present(.skilledIntervention, "Full job simulation 4 hr: lift/carry lumber 60' x 20."))
    #expect(!present(.skilledIntervention, "Pt was taught the stretches by her daughter."))
    #expect(!present(.patientResponse, "Pt reports no numbness at night."))
  }

  /// What the patient or family says happens is reported, not trained today; how the patient says
  /// she feels is still a response, and an evaluation's headers and impairment lists name no task.
  @Test func reportedActivityHeadersAndImpairmentLists() {
    #expect(
      !present(
        .functionalTask,
        "The patient reports that she transfers with standby to contact-guard assist in the home."))
    #expect(
      !present(
        .assistLevel,
        "The patient reports that she transfers with standby to contact-guard assist in the home."))
    #expect(
      !present(
        .functionalTask, "Examination indicates deficits in endurance and functional mobility."))
    #expect(!present(.functionalTask, "FUNCTIONAL MOBILITY:\nNot assessed today."))
    #expect(
      present(
        .patientResponse, "Pt states she feels steadier walking to the bathroom since last week."))
    #expect(
      present(.functionalTask, "Pt states understanding; then sit to stand x10 from mat w/ CGA."))
    #expect(present(.functionalTask, "Functional mobility: sit to stand x10 from mat w/ CGA."))
  }

  /// A template's minutes field without a unit is the session's minutes; the labels of a minutes
  /// block and of a total keep their own readings.
  @Test(
    arguments: [
      (
        "Treatment Type: Therapeutic Activities (97530)\nMinutes: 25\nActivity: sit<>stand x10 CGA",
        [25]
      ),
      ("Treatment: Gait training\nMinutes: 15\nDistance: 150 ft", [15]),
      ("Direct minutes: 40. STS x10 CGA.", [40]),
      ("Minutes:\nTA 23\nTE 15", [23, 15]),
      ("TA 23 min, TE 15 min. Total timed minutes: 38", [23, 15]),
      ("Billed: 97530 x 3 units. Total timed minutes: 27.", [27]),
    ] as [(String, [Int])])
  func minutesFieldsOfTemplates(note: String, expected: [Int]) {
    #expect(minutes(note) == expected)
  }

  /// Classes from four independent probe rounds (wording the lexicons had not seen: school and
  /// home-health notes, quoted cues, adapted tools, faded prompts; prose with numbers spelled out,
  /// comparisons in words and skilled actions told as a story; vestibular, paediatric and acute
  /// wording), each with look-alikes below that must not fire.
  @Test(
    arguments: [
      (
        .skilledIntervention, "Coached dad to support at the hips during cruising.",
        "Coached dad to"
      ),
      (.skilledIntervention, "I showed her how to scoot to the edge first.", "I showed"),
      (
        .skilledIntervention, "Used errorless learning for the medication box routine.",
        "errorless learning"
      ),
      (
        .skilledIntervention, "Progressed squats from chair height to 14-inch box.",
        "Progressed squats from"
      ),
      (.skilledIntervention, "Reminded pt to lock brakes before standing.", "Reminded pt to lock"),
      (
        .skilledIntervention, "Met with PE teacher re: modified relay for him.",
        "Met with PE teacher re"
      ),
      (.patientResponse, "Gait SBA today vs CGA last visit.", "vs CGA last visit"),
      (.patientResponse, "Completed LB dressing needing only 2 VCs.", "needing only 2 VCs"),
      (.patientResponse, "Pt said her back felt looser after traction.", "back felt looser"),
      (
        .patientResponse, "Spasticity decreased after prolonged stretch.",
        "Spasticity decreased after"
      ),
      (
        .patientResponse, "Leg pain centralized after repeated extension in lying.",
        "Leg pain centralized"
      ),
      (.objectiveMeasure, "FTF 12 cm in standing.", "FTF 12 cm"),
      (.objectiveMeasure, "BP 142/80 sitting, 118/72 standing.", "118/72 standing"),
      (
        .objectiveMeasure, "She balanced for about forty seconds on the foam.",
        "balanced for about forty seconds"
      ),
      (.skilledIntervention, "Cued 'chest up, eyes forward' during sit to stand.", "Cued '"),
      (
        .skilledIntervention, "Provided slant board and pencil grip for copying from the board.",
        "Provided slant board"
      ),
      (
        .skilledIntervention, "Faded verbal prompts to gestures only by trial 4.",
        "Faded verbal prompts"
      ),
      (
        .skilledIntervention, "Progressed static standing balance from firm floor to foam.",
        "Progressed static standing balance from"
      ),
      (
        .objectiveMeasure, "Stood at bathroom sink 4 min for oral care.",
        "Stood at bathroom sink 4 min"
      ),
      (.objectiveMeasure, "Grip R hand 34 lb.", "Grip R hand 34 lb"),
      (.objectiveMeasure, "Traced 9 of 12 shapes within 1/4 inch.", "9 of 12 shapes"),
      (.patientResponse, "Needed fewer prompts on the second worksheet.", "fewer prompts"),
      (
        .objectiveMeasure, "Berg came out to forty-one out of fifty-six today.",
        "forty-one out of fifty-six"
      ),
      (
        .objectiveMeasure, "Her QuickDASH came back at thirty percent.",
        "came back at thirty percent"
      ),
      (
        .objectiveMeasure, "Blood pressure was one twenty-two over seventy.",
        "Blood pressure was one twenty-two over seventy"
      ),
      (
        .objectiveMeasure, "She did five sit to stands in about fourteen seconds.",
        "in about fourteen seconds"
      ),
      (
        .objectiveMeasure,
        "Knee extension is now minus five degrees, better than Tuesday, last week minus ten.",
        "five degrees"
      ),
      (
        .patientResponse,
        "Her arms started shaking after the third lift and she asked to sit down.",
        "started shaking"
      ),
      (
        .patientResponse,
        "His heart rate went up to one hundred and came back down in two minutes.",
        "heart rate went up"
      ),
      (.patientResponse, "The tingling was less after the nerve glides.", "was less after"),
      (
        .patientResponse, "She remembered to lock the brakes before standing.", "remembered to lock"
      ),
      (
        .skilledIntervention, "I broke the task down into three steps for her.",
        "broke the task down"
      ),
      (
        .skilledIntervention, "Checked her oxygen after the stairs and had her rest.",
        "Checked her oxygen"
      ),
      (.skilledIntervention, "I blocked his left knee during the pivot.", "blocked his left knee"),
      (
        .skilledIntervention, "We walked him through the bed to chair transfer twice.",
        "walked him through"
      ),
      (.assistLevel, "Getting into the car she needed two people.", "needed two people"),
      (.assistLevel, "Bathing was done with moderate help to wash her back.", "moderate help to"),
      (
        .goalLinkage, "Practiced lifting the laundry basket so she can do her own wash at home.",
        "so she can"
      ),
      (.functionalTask, "Student copied 5 spelling words from the board.", "copied 5"),
      (.functionalTask, "Practiced opening yogurt lid at snack time.", "opening yogurt lid"),
      (
        .assistLevel, "Required hand-over-hand assist to hold the scissors.",
        "hand-over-hand assist"
      ),
      (.cueing, "Visual timer used to cue the end of swing time.", "Visual timer used to cue"),
      (.objectiveMeasure, "mCTSIB condition 4 (foam, EC) 12 s.", "condition 4 (foam, EC) 12 s"),
      (
        .patientResponse, "Roll test negative for nystagmus on recheck.",
        "negative for nystagmus on recheck"
      ),
      (
        .patientResponse, "Transitioned to table work calmly after swing.",
        "Transitioned to table work calmly"
      ),
      (.patientResponse, "Pt nauseated at EOB, returned to supine.", "nauseated"),
      (
        .skilledIntervention, "Coached teacher during recess to offer the two-step choice.",
        "Coached teacher during"
      ),
      (
        .skilledIntervention, "BP dropped on standing; returned pt to supine and notified RN.",
        "returned pt to supine"
      ),
    ] as [(ElementKind, String, String)])
  func wordingOfTheIndependentProbeRounds(kind: ElementKind, note: String, expected: String) {
    #expect(evidence(kind, note).contains { $0.contains(expected) })
  }

  @Test func lookAlikesOfTheIndependentProbeRound() {
    #expect(analysis("Pt motivated and cooperative throughout.").vaguePhrases.count == 1)
    #expect(analysis("Pt remains motivated to return to gardening.").vaguePhrases.isEmpty)
    #expect(analysis("Pt remains appropriate for continued skilled PT.").vaguePhrases.count == 1)
    #expect(analysis("Pt working hard in therapy.").vaguePhrases.count == 1)
    #expect(!present(.patientResponse, "Pt reports 6/10 knee pain since yesterday's long walk."))
    #expect(!present(.skilledIntervention, "Her sister showed mom how to do the stretches."))
    #expect(!present(.objectiveMeasure, "Stand for 10 min at counter next visit."))
  }

  @Test(arguments: [
    ("Pt responded well to treatment.", true),
    ("Pt tolerated tx w/o adverse reaction.", true),
    ("Pt seen for PT tx.", true),
    ("Pt participated in therapy.", true),
    ("Skilled PT provided.", true),
    ("Pt was receptive to treatment.", true),
    ("Pt continues to progress toward STG 2: car transfer w/ SBA.", false),
    ("Pt participated in therapy for 45 min: STS x10 CGA.", false),
    ("Student did great!", true),
    ("Acute PT f/u. Will continue to follow.", true),
    ("Pt remains a good rehab candidate.", true),
    ("Productive OT session.", true),
    ("Pt responded well to cues for hand placement, 2 of 5 trials.", false),
    ("Educated on hip precautions; pt verbalized understanding.", false),
  ])
  func praiseAndAssuranceAreVague(note: String, vague: Bool) {
    #expect(analysis(note).vaguePhrases.isEmpty == !vague)
  }

  @Test func lookAlikesOfTheNarrativeRound() {
    #expect(
      !present(.assistLevel, "Before the stroke she was independent with all of her self care."))
    #expect(!present(.assistLevel, "We are aiming for standby help on the stairs by discharge."))
    #expect(
      !present(.skilledIntervention, "Stand pivot to a raised toilet seat with grab bar, SBA."))
    #expect(!present(.goalLinkage, "Squats to improve strength so legs get stronger."))
  }

  @Test func lookAlikesOfTheWeakestStyles() {
    #expect(!present(.cueing, "Educated wife on cueing pt to slow down at the kitchen door."))
    #expect(!present(.cueing, "Prompts to be faded over the next quarter per IEP."))
    #expect(!present(.skilledIntervention, "Brandt-Daroff x5, VOR x1 2 min, standing balance."))
    #expect(analysis("Progressing toward IEP goals.").vaguePhrases.count == 1)
    #expect(present(.skilledIntervention, "Gait deferred d/t orthostasis, RN notified."))
  }

  // MARK: The second writers' round (w5, w6), dev half

  /// A header inside a bullet is that bullet's: the next bullet is today's again.
  @Test func aBulletedPlanEndsAtTheNextBullet() {
    let note = "PT f/u\n- amb 40' RW CGA\n- plan: amb BID, stairs tomorrow if able\n- 25 min"
    #expect(minutes(note) == [25])
    #expect(!present(.functionalTask, "- plan: amb BID, stairs tomorrow if able"))
    // Sub-bullets under a bulleted header stay in its section.
    #expect(minutes("- Plan:\n  - next visit 30 min gait\n- amb 40' RW CGA") == [])
  }

  @Test(arguments: [
    ("Updated HEP - printed.", true),
    ("HEP reviewed, pt doing 1x/day - encouraged 3x/day.", true),
    ("Reviewed HEP, wife present.", true),
    ("Cont per IEP. Next: relay games.", true),
    ("Pt tolerated session with no falls.", true),
    ("HEP reviewed: added bridges 2x10 and clamshells, pt return demo correct.", false),
    ("Cont HEP daily.", false),
  ])
  func homeProgramLinesAndContinuationsWithNoContentAreVague(note: String, vague: Bool) {
    #expect(analysis(note).vaguePhrases.isEmpty == !vague)
  }

  @Test(arguments: [
    ("Pt handled session well.", true),
    ("Pt tolerated 45 min session well.", true),
    ("Session completed without incident.", true),
    ("Excellent session.", true),
    ("Pt is making gains.", true),
    ("Functional gains noted.", true),
    ("Goals: progressing.", true),
    ("Ther ex per log.", true),
    ("Rehab potential: good.", true),
    ("Pt tried hard today.", true),
    ("Pt tol tx.", true),
    ("Session was productive.", true),
    ("Progress as able.", true),
    ("Pt completed all exercises.", true),
    ("Treatment consisted of therapeutic exercise and therapeutic activities.", true),
    ("Nothing new to report.", true),
    ("Safety education provided.", true),
    ("Training focus today per OT POC.", false),
    ("Pt completed all exercises with 2 VCs for knee alignment on squats.", false),
    ("Pt is making gains in standing tolerance: 10 min at sink, was 5.", false),
    ("STG 2: progressing, amb 150 ft w/ SPC.", false),
    ("P: Continue; add turns in narrow spaces.", false),
    ("Plan: cont per protocol, 2x/wk.", false),
    // A bare claim that skilled care is needed is not boilerplate to the labellers (dev w2-015,
    // w8-031; real evaluations): it states the plan's reason, however thinly.
    ("Pt requires skilled PT to address deficits.", false),
    ("Continued skilled PT indicated.", false),
    ("Cont skilled PT 5x/wk.", false),
    ("Pt requires skilled cueing to prevent R knee buckling during STS.", false),
  ])
  func stockLinesOfTemplatesAreVague(note: String, vague: Bool) {
    #expect(analysis(note).vaguePhrases.isEmpty == !vague)
  }

  @Test func goalsWorkedTowardAndPlacesAGoalNames() {
    #expect(
      evidence(
        .goalLinkage,
        "She is working toward getting down the full flight of stairs so she can go to the doctor."
      ) == ["working toward getting down the full flight of stairs", "so she can go to the doctor"])
    #expect(present(.goalLinkage, "Continue 4 hr/day, work toward RTW."))
    #expect(!present(.goalLinkage, "Working toward increased strength."))
  }

  @Test func teachBackCountsDemonstrationsAndConsultsAreRead() {
    #expect(
      evidence(
        .patientResponse, "Reviewed precautions - pt recalled 2/3 (forgot no crossing legs).")
        == ["recalled 2/3"])
    #expect(
      evidence(
        .cueing, "Tub transfer: I demo'd sitting on bench facing out, pt completed 3 trials.")
        == ["I demo'd"])
    #expect(!present(.cueing, "Pt demo'd correct sequence on the tub bench."))
    #expect(
      present(
        .skilledIntervention,
        "Talked w/ PE teacher about letting him go 1st in line on stairs so he isn't rushed."))
    #expect(present(.cueing, "No cues needed by 3rd trial of STS."))
    #expect(!present(.cueing, "No cues needed for sit to stand today."))
  }

  /// A masked trigger that opens a clause of a list ends the scope before it; one right after a
  /// trigger is what that trigger negates.
  @Test func aMaskedTriggerEndsTheScopeOnlyWhereItOpensAClause() {
    #expect(
      evidence(.cueing, "Carry 30 lb crate 50' x4, no trunk twist, no cues needed by 3rd trip.")
        == ["no cues needed by 3rd trip"])
    #expect(!present(.assistLevel, "Picking coins up from table - unable w/o assist."))
  }

  @Test func turnsAndDoorwaysTrainedAreTasks() {
    #expect(
      evidence(
        .functionalTask,
        "Practiced doorway approach w/ visual cues. Taught wide arc clock turn in kitchen.")
        == ["doorway approach", "clock turn"])
    #expect(!present(.functionalTask, "Cervical rotation AROM, turns head 60 deg L."))
  }

  // MARK: The third writers' round (w7, w8), dev half

  /// A sentence ends at a stop inside closing quotes, so a negation in a quoted report does not
  /// reach the vitals after it.
  @Test func aQuotedSentenceEndsAtItsStop() {
    let note = "Pt reports feeling \"tired today, didn't sleep.\" BP 124/70, HR 80."
    #expect(evidence(.objectiveMeasure, note) == ["BP 124/70", "HR 80"])
    #expect(!present(.objectiveMeasure, "Pt didn't have BP 124/70 taken."))
  }

  @Test(arguments: [
    (
      ElementKind.objectiveMeasure, "Oxygen saturation at rest was 94 percent.",
      "Oxygen saturation at rest was 94 percent"
    ),
    (
      .objectiveMeasure, "Nine hole peg test which was 48 seconds on the left.",
      "Nine hole peg test which was 48 seconds"
    ),
    (.objectiveMeasure, "Reports R shoulder \"achy\" 3/10.", "achy\" 3/10"),
    (.patientResponse, "Pt demo'd ex correctly.", "demo'd ex correctly"),
    (.patientResponse, "J. fidgety, given wiggle seat, attention improved.", "attention improved"),
    (
      .skilledIntervention, "J. fidgety, given wiggle seat, attention improved.",
      "given wiggle seat"
    ),
    (
      .skilledIntervention, "Toilet transfer: 3-in-1 over toilet, CGA, VC hand placement.",
      "VC hand placement"
    ),
    (
      .skilledIntervention, "Reviewed one-handed technique for donning bra and overhead shirt.",
      "Reviewed one-handed technique"
    ),
    (
      .skilledIntervention, "Freezing x1 in doorway, resolved w/ cue to march in place.",
      "cue to march"
    ),
    (
      .skilledIntervention, "Sit to stand x5, maintained hip precautions with VC.",
      "hip precautions with VC"
    ),
  ])
  func measuresResponsesAndSkilledWorkOfTheThirdRound(
    kind: ElementKind, note: String, expected: String
  ) {
    #expect(evidence(kind, note) == [expected])
  }

  @Test func groupTimeLatenessAndExtraTimeAreNotWhatTheyLookLike() {
    #expect(minutes("Service: 30 min pull-out, small group (2). Handwriting, copying.") == [])
    #expect(minutes("Pt arrived 5 min late. STS x10 CGA.") == [])
    #expect(minutes("Pull-out session 30 min: handwriting, copying 1:1.") == [30])
    let extraTime = "Practiced donning button-up shirt, mod I w/ increased time."
    #expect(!present(.patientResponse, extraTime) && !present(.skilledIntervention, extraTime))
    #expect(present(.assistLevel, extraTime))
    #expect(analysis("Cont 2x/wk per PT POC.").vaguePhrases.count == 1)
  }

  // MARK: The fourth writers' round (w9, w10), dev half

  /// An activity's own duration inside a service's line is that activity's dose when the note
  /// states the service's minutes elsewhere, and the service's minutes when it does not.
  @Test func anActivityDoseInAServiceLineYieldsToTheStatedMinutes() {
    #expect(
      minutes(
        "Ther ex: bike 8 min, bridges 2x15.\nLifting 10# box x10 CGA.\nMinutes (TA 15, TE 25)")
        == [15, 25])
    #expect(
      minutes(
        "TE: recumbent stepper 8 min L3, hip abd 2x10.\n97112 x 2 (25 min); 97110 x1 (12 min)")
        == [25, 12])
    #expect(minutes("TE: recumbent stepper 10 min L3, hip abd 2x10.\nSTS x10 CGA.") == [10])
  }

  @Test func sessionsTheirSpansAndTheirLengthTold() {
    let twoSessions =
      "Session 1 (0930-1015): ADL retraining at sink, set up + SBA.\nSession 2 (1400-1430): TherAct - reaching across midline."
    #expect(minutes(twoSessions) == [45, 30])
    #expect(minutes("Session: 40 min. STS x10 CGA.") == [40])
    #expect(minutes("Child participated in 45 min PT session.") == [45])
    #expect(minutes("Walked 300 ft in 2 min. STS x10.") == [])
    #expect(minutes("- ADL 30' / TE 10'") == [30, 10])
  }

  /// The words of a purpose are not its outcome; an outcome that goes on past them is.
  @Test func aPurposesOwnWordsAreNotItsOutcome() {
    #expect(!present(.goalLinkage, "Continue to work toward established goals."))
    #expect(!present(.goalLinkage, "Work toward goals."))
    #expect(
      evidence(.goalLinkage, "Lifting 20# crate to return to work as a mechanic.")
        == ["to return to work"])
    #expect(present(.functionalTask, "Dynamic balance tasks for safety at home."))
  }

  /// Precautions taught by what the patient must not do: the "not" belongs to the advice.
  @Test func precautionsTaughtAsWhatNotToDoAreInstruction() {
    #expect(
      evidence(.skilledIntervention, "Educated not to stretch finger flexors w/ wrist ext.")
        == ["Educated not to"])
    #expect(
      evidence(.skilledIntervention, "Pt cautioned to avoid crossing legs in sitting.")
        == ["cautioned to avoid"])
    // Not a precaution taught: the patient did not want to go on.
    #expect(!present(.skilledIntervention, "Pt advised PT she did not want to do stairs."))
  }

  /// Movement analysed as a service, named by its subject; a section word is not one.
  @Test func movementAnalysedByItsSubjectIsSkilled() {
    #expect(
      evidence(.skilledIntervention, "Running analysis on TM (video): overstriding, cadence 158.")
        == ["Running analysis"])
    #expect(!present(.skilledIntervention, "Analysis: pt ambulated 150 ft."))
  }

  /// A bare continuation as the whole statement is boilerplate; one that says what continues is not.
  @Test(
    arguments: [
      ("STS x10 CGA. Cont.", ["Cont"]),
      ("STS x10 CGA.\nPlan: cont.", ["cont"]),
      ("STS x10 CGA.\nP: Continue; add turns in narrow spaces.", []),
      ("STS x10 CGA. Cont w/ stairs next visit.", []),
      ("Pt wants to cont.", []),
    ] as [(String, [String])])
  func aBareContinuationIsVague(note: String, vague: [String]) {
    #expect(analysis(note).vaguePhrases.map(\.text) == vague)
  }

  /// Measures written the ways the rounds' notes wrote them: a symptom rating moved within a task,
  /// a score on a named task, a share of a task done, a digit's total motion; and a score after
  /// "w/o support" is not negated.
  @Test func measuresOfTasksSharesAndMovedRatings() {
    #expect(
      evidence(.objectiveMeasure, "Pt worked 30 min w/ breaks; HA 2 → 3/10.") == ["HA 2 → 3/10"])
    #expect(
      evidence(.objectiveMeasure, "Cancellation task 14/20 L side targets.").first
        == "Cancellation task 14/20")
    #expect(evidence(.objectiveMeasure, "Pt ate ~60% of meal w/ set-up.") == ["ate ~60% of"])
    #expect(evidence(.objectiveMeasure, "TAM 205 (185 last visit).") == ["TAM 205"])
    #expect(
      evidence(.objectiveMeasure, "Floor<>stand via bear stance w/o support 3/6 trials.")
        == ["3/6 trials"])
    #expect(evidence(.functionalTask, "Floor<>stand via bear stance, CGA.") == ["Floor<>stand"])
    // Counter-examples: a count of episodes and a plan's share are not measures.
    #expect(!present(.objectiveMeasure, "HA 2x this week (4x last week)."))
    #expect(!present(.objectiveMeasure, "Pt will complete HEP daily."))
  }

  /// A time to complete that moved in the session and a gain in degrees are responses; a span of
  /// the clock and a goal's gain are not.
  @Test func aTimeThatMovedAndDegreesGainedAreResponses() {
    #expect(
      evidence(.patientResponse, "Buttoning board 10 buttons in 2:15 → 1:50.")
        == ["in 2:15 → 1:50"])
    #expect(evidence(.patientResponse, "A: ~5° gain ext/flex since last wk.") == ["5° gain"])
    #expect(!present(.patientResponse, "Tx 10:00 → 10:45 STS x10."))
    #expect(!present(.patientResponse, "Goal: 10° gain in knee flex."))
  }

  /// No increase in pain written in shorthand and symbols is a response, and so are rests taken
  /// now and then.
  @Test func noIncreaseInShorthandAndOccasionalRestsAreResponses() {
    #expect(evidence(.patientResponse, "Pt tol tx s̄ ↑ pain.") == ["s̄ ↑ pain"])
    #expect(evidence(.patientResponse, "pt tol well no inc pain after tx").first == "no inc pain")
    #expect(
      evidence(.patientResponse, "Pt required occasional rest breaks.")
        == ["required occasional rest breaks"])
    // A plan to watch the pain is not a response.
    #expect(!present(.patientResponse, "Will monitor for ↑ pain next visit."))
  }

  /// A label is not boilerplate ("SKILLED SERVICES PROVIDED:" heads the services); the program
  /// continued with nothing said of it is.
  @Test func aLabelIsNotBoilerplateAndAContinuedProgramIs() {
    #expect(
      analysis("SKILLED SERVICES PROVIDED:\nTher Act 20 min: STS x5 min A.").vaguePhrases.isEmpty)
    #expect(analysis("Skilled PT provided.").vaguePhrases.map(\.text) == ["Skilled PT provided"])
    #expect(analysis("Cont IRF program.").vaguePhrases.map(\.text) == ["Cont IRF program"])
    #expect(analysis("Continue program 3x/wk.").vaguePhrases.isEmpty)
  }

  /// A negation does not reach into an aside after it: "no elevator (LTG 2: …)" negates the
  /// elevator, not the goal; inside the aside it still negates.
  @Test func aNegationStopsAtAnAside() {
    let note =
      "Today we focus on stairs because she lives on 2nd floor with no elevator (LTG 2: go up/down 14 stairs with 1 rail)."
    #expect(evidence(.goalLinkage, note).contains("LTG 2"))
    #expect(!present(.cueing, "Stairs x12 w/ rail SBA (no cues needed)."))
  }

  /// What the patient says changed, plainly or in quotes, and a named balance or control that
  /// improved are responses; the same words as what the work is for are not.
  @Test func reportedChangesAndAPartThatImprovedAreResponses() {
    #expect(evidence(.patientResponse, "pt says better overall 3/10 sitting") == ["says better"])
    #expect(
      evidence(.patientResponse, "Pt reports R ankle \"better, still sore at end of shift\".")
        == ["ankle \"better"])
    #expect(
      evidence(.patientResponse, "A: Improved quad control vs last wk.")
        == ["Improved quad control", "vs last wk"])
    #expect(!present(.patientResponse, "Balance ex for improved SL balance."))
  }

  /// Wheelchair skills and self-care of the less common settings are tasks: propulsion up a ramp,
  /// pressure relief trained, self-bandaging; a lean asked for in passing is not.
  @Test func wheelchairSkillsAndSelfBandagingAreTasks() {
    #expect(
      evidence(.functionalTask, "Propulsion up 1:12 ramp w/ new back height.") == ["Propulsion up"])
    #expect(
      evidence(.functionalTask, "Pressure relief training: forward lean x2 min.").first
        == "Pressure relief training")
    #expect(
      evidence(.functionalTask, "Self-bandaging 15 min: pt wrapped forearm.") == ["Self-bandaging"])
    #expect(!present(.functionalTask, "Lean forward for pressure relief."))
  }

  /// A work-conditioning program's daily length is not today's minutes; its codes' hours are.
  @Test func aProgramsDailyLengthIsNotTodaysMinutes() {
    let program =
      "Work Conditioning - Day 8 of 20 (4 hr program)\nCarry 35# 100' x4.\n97545 x1 (first 2 hrs)"
    #expect(minutes(program) == [120])
    #expect(minutes("WORK CONDITIONING - Day 9 of 20 (4 hr/day)\n97545 x 2 hr") == [120])
    #expect(minutes("Work hardening 4 hr today: lifting circuit, ladder, carries.") == [240])
  }

  /// Minutes in the shapes of the seventh round's notes: a checkbox grid's "Min: 15" (an empty
  /// "Min: __" is none), codes and minutes on a line with an appointment on the next, a total
  /// under the plan; a home dose of "30+ min/day" is not treatment time.
  @Test func minutesOfGridsTotalsAndLinesBeforeANextVisit() {
    let grid =
      "[X] 97110 Therapeutic Exercise      Min: 15\n[X] 97530 Therapeutic Activities    Min: 15\n[ ] 97116 Gait Training             Min: __"
    #expect(minutes(grid) == [15, 15])
    #expect(minutes("Grip R 18#.\n97110 15 min   97140 8 min\nnext appt 1 wk") == [15, 8])
    #expect(minutes("Bike in room 15 min level 3.\nPlan: cont daily.\nTotal 35 min") == [35])
    #expect(minutes("Tummy time total 30+ min/day in short bouts.\nTx 25 min.") == [25])
    // A plan's minutes stay a plan.
    #expect(minutes("STS x10 CGA.\nNext visit: ther ex 15 min.") == [])
  }

  /// A charge table's minutes column, found by its header, with or without borders and rule
  /// lines; two numbers after a code with no header over them are no table.
  @Test func aChargeTablesMinutesColumn() {
    let table =
      "MT: PA mobs. TE: chin tucks.\n\nCPT     Units   Min\n97140   1       13\n97110   1       12\nTotal   2       25"
    #expect(minutes(table) == [13, 12])
    let piped =
      "Code | Description | Units | Minutes\n97530 | Therapeutic activities | 2 | 26\n97110 | Ther ex | 1 | 10"
    #expect(minutes(piped) == [26, 10])
    let bordered =
      "| CPT   | Description    | Units | Minutes |\n|-------|----------------|-------|---------|\n| 97110 | Ther exercise  | 2     | 26      |\n| 97530 | Ther activities | 1    | 16      |\nTotal timed minutes: 42"
    #expect(minutes(bordered) == [26, 16])
    #expect(minutes("Charges\nCPT  Min  Units\n97530  23  2") == [23])
    #expect(minutes("STS x10 CGA.\n97140 1 13") == [])
  }

  /// Tasks and measures of the seventh round's specialties: gait trained, steps practised (bus
  /// steps), driving on the road, a standing tolerance written "tol"; "BTW" alone is "by the way".
  @Test func drivingStepsAndShortenedTolerances() {
    #expect(evidence(.functionalTask, "Gait trained with RW.") == ["Gait trained"])
    #expect(evidence(.functionalTask, "Bus steps practice x5 up/down.").first == "Bus steps")
    #expect(evidence(.functionalTask, "BTW lesson #2 in program vehicle.") == ["BTW lesson"])
    #expect(!present(.functionalTask, "BTW, pt wants to go home."))
    #expect(
      evidence(.objectiveMeasure, "Standing tol at sink for grooming 4 min.")
        == ["Standing tol at sink for grooming 4 min"])
    #expect(minutes("Standing tol at sink for grooming 4 min.\nSC 38 min") == [38])
  }

  /// The item of an unticked template box is not documented ("[ ] Fatigued", "☐ Demo"); a ticked
  /// one is.
  @Test func anUntickedBoxDocumentsNothing() {
    let note =
      "Response: [X] Tolerated w/ rest breaks  [ ] Fatigued  [ ] Pain limited\nInterventions: [X] VC  ☐ Demo  [X] Safety educ"
    #expect(!present(.patientResponse, "Response: [ ] Fatigued  [X] Refused"))
    #expect(evidence(.cueing, note) == ["VC"])
    #expect(analysis("[ ] Tolerated well  [X] Tolerated w/ rest breaks").vaguePhrases.isEmpty)
    #expect(
      analysis("[X] Tolerated well  [ ] Tolerated w/ rest breaks").vaguePhrases.map(\.text)
        == ["Tolerated well"])
  }

  /// Scar and edema products issued, and a teaching topic as a label with what was taught after
  /// it, are skilled; the label with nothing after it is not.
  @Test func productsIssuedAndTopicsTaughtAsLabels() {
    #expect(
      evidence(.skilledIntervention, "Scar massage w/ lotion, issued silicone gel sheet.")
        == ["issued silicone gel sheet"])
    #expect(
      evidence(
        .skilledIntervention, "Home safety: reviewed lighting on stairs, contrast tape on steps.")
        == ["Home safety: reviewed"])
    #expect(!present(.skilledIntervention, "Safety: reviewed."))
  }

  /// A code's second figure that is all the codes' minutes together is their total, not more
  /// minutes of that code; a figure that only happens to equal others' sum is kept.
  @Test func aBillingLinesTotalAfterPerCodeBlocksIsTheirTotal() {
    let note =
      "TE 20': Nustep L3 8', bridges 2x10\nGT 15': amb w/ 4WW 350' x2\nTA 10': STS x5\n97110 x1, 97116 x1, 97530 x1 (45 min)"
    #expect(minutes(note) == [20, 15, 10])
    #expect(minutes("97530 15 min, 97110 8 min, 97112 7 min") == [15, 8, 7])
  }

  /// A negation's reach ends at a dash between spaces; a hyphen inside words does not end it.
  /// Cues with their count before their aim, equipment introduced, and a home program reviewed
  /// with the family and its exercises named are skilled.
  @Test func aSpacedDashEndsANegationAndSkilledForms() {
    let note = "LB dressing w/o flexing - supervision, 1 VC to avoid twist."
    #expect(evidence(.skilledIntervention, note) == ["VC to avoid"])
    #expect(!present(.cueing, "Stairs x4 w/o cues-needed."))
    #expect(
      evidence(.skilledIntervention, "Gait 600 ft SBA. Cues x2 for arm swing.") == ["Cues x2 for"])
    #expect(
      evidence(.skilledIntervention, "Introduced reacher/sock aid and LH shoe horn.")
        == ["Introduced reacher"])
    #expect(
      evidence(
        .skilledIntervention, "Reviewed HEP w/ pt and daughter (sit<>stand, heel raises, marching)."
      )
        == ["Reviewed HEP w/ pt and daughter"])
    #expect(!present(.skilledIntervention, "Reviewed HEP w/ pt."))
  }

  /// A billing line that restates the service blocks' minutes is not more minutes; two sessions
  /// of equal minutes, and two blocks of one code, are.
  @Test func aBillingLineThatRestatesTheBlocksIsNotMoreMinutes() {
    let restated =
      "TherAct 16': car transfer training w/ RW CGA.\nTE 35': LAQ 2x15.\nBilling: 97530 x1 (16 min), 97110 x2 (35 min)"
    #expect(minutes(restated) == [16, 35])
    #expect(documented(restated).minutes(for: "97530") == 16)
    let sessions =
      "Session 1 (0930-1015): TA 15 min, TE 10 min.\nSession 2 (1400-1430): TA 15 min, TE 10 min."
    #expect(minutes(sessions) == [15, 10, 15, 10])
    #expect(minutes("TA 10 min: transfers.\nTA 10 min: car transfers.") == [10, 10])
  }

  /// Skilled work told with the patient as the object of the therapist's verb: a cue says what it
  /// is for, a correction what it corrects, equipment is fitted to the patient, the cueing itself
  /// is changed, stimulation is timed to a movement. The same verbs without that content are not.
  @Test(
    arguments: [
      ("Cued pt to scan left to compensate for neglect.", "Cued pt to"),
      ("Verbally cued pt through each step of the toileting sequence.", "cued pt through"),
      ("Corrected pt's compensatory trunk lean in stance.", "Corrected pt's compensatory"),
      ("Fitted pt with sock aid and trained in use.", "Fitted pt with"),
      ("Altered cueing from verbal to visual d/t hearing loss.", "Altered cueing from"),
      ("Applied NMES to quad during sit to stand training.", "Applied NMES to"),
      ("Trialed quad cane vs SPC; quad cane safer.", "Trialed quad cane"),
    ])
  func skilledWorkOnThePatient(note: String, expected: String) {
    #expect(evidence(.skilledIntervention, note) == [expected])
  }

  @Test(arguments: [
    "Pt cued.", "Pt's daughter cued him during lunch per nursing.", "Quad cane at home.",
    "NMES not applied d/t pacemaker.",
  ])
  func theSameVerbsWithoutTheirContentAreNotSkilled(note: String) {
    #expect(!present(.skilledIntervention, note))
  }

  // MARK: The sixth session's rounds (probes round 6, w19-w22 dev halves)

  /// Responses told as a comparison, a complaint, a break asked for, or a symptom's location moved;
  /// an earlier weekday and a stretch of days before today date what they touch.
  @Test(
    arguments: [
      ("Bed>chair was min A last wk, CGA today.", "was min A last wk"),
      ("Pt tired after dressing, rested 2 min.", "Pt tired"),
      ("Peak RPE 13, no angina, no ectopy on tele.", "Peak RPE"),
      ("Pt asked for a two minute break after the second flight.", "asked for a two minute break"),
      ("Centralized: buttock pain abolished after repeated EIL x10.", "Centralized"),
      ("Patient say after exercise the pain is less, before 5 now 3.", "pain is less"),
      ("Floor-to-waist lift up to 35# today (25# at initial eval).", "25# at initial eval"),
      ("Participated minimally, left after 15 min.", "Participated minimally"),
      ("Heel strike on L emerged after 10 min of metronome-paced gait.", "emerged after"),
      ("Student needed 3 movement breaks in 30 min.", "needed 3 movement breaks"),
    ])
  func responsesOfTheSixthSession(note: String, expected: String) {
    #expect(evidence(.patientResponse, note).first == expected)
  }

  @Test(arguments: [
    "Last Tuesday pt required 3 rest breaks during ambulation.",
    "No falls in last 90 days per resident.",
  ])
  func anEarlierDayIsNotTodaysResponse(note: String) {
    #expect(!present(.patientResponse, note))
  }

  /// Skilled work of the sixth session's rounds: dosing to a sign, regressing a task, setting up
  /// the work, handling lines, training staff, biofeedback with its aim, breathing techniques
  /// taught, a splint remolded, a program stepped up, equipment talked through, cues named by
  /// their aim.
  @Test(
    arguments: [
      ("SpO2 85% on 2L - titrated O2 to 4L per RN order.", "titrated O2"),
      ("Regressed step-ups from 8\" to 4\" box after observing valgus.", "Regressed step-ups from"),
      ("OT adapted writing setup w/ slant board.", "adapted writing setup"),
      ("Managed lines (R IJ, A-line, Foley) during EOB sitting.", "Managed lines"),
      ("Trained restorative CNA in PROM B hips/knees.", "Trained restorative CNA in"),
      ("sEMG biofeedback for PFM down-training.", "biofeedback for"),
      ("Taught ACBT: breathing control, 2 huffs.", "Taught ACBT"),
      ("Serial static PIP ext splint remolded with heat gun.", "splint remolded"),
      ("Initiated running on AlterG at 60% BW x 5 min.", "Initiated running"),
      (
        "Discussed tub transfer bench and grab bar placement w/ daughter.",
        "Discussed tub transfer bench"
      ),
      ("Reviewed 4 P's and fatigue diary.", "Reviewed 4 P's"),
      ("Step length increased w/ amplitude cues.", "amplitude cues"),
    ])
  func skilledWorkOfTheSixthSession(note: String, expected: String) {
    #expect(evidence(.skilledIntervention, note).first == expected)
  }

  @Test(arguments: [
    "Pt initiated conversation with peers.", "Vitals stable.", "Reviewed chart.",
  ])
  func lookAlikesOfTheSixthSessionsSkill(note: String) {
    #expect(!present(.skilledIntervention, note))
  }

  /// Tasks written as their steps or in shorthand, and look-alikes: an activity reported by
  /// family, equipment named after a task, walking done with the nursing aide.
  @Test func tasksAndTheirLookAlikesOfTheSixthSession() {
    #expect(
      evidence(.functionalTask, "Gt trng 150' x2 w/ FWW on tile & carpet, CGA.") == ["Gt trng"])
    #expect(
      evidence(.functionalTask, "Filled weekly pill organizer from 4 bottles w/ 1 error.").first
        == "Filled weekly pill organizer")
    #expect(
      present(.functionalTask, "Stood at bedside, then stepped/pivoted to recliner w/ mod A x2."))
    #expect(present(.functionalTask, "Swept kitchen floor w/ long-handled broom, 1 standing rest."))
    #expect(!present(.functionalTask, "Per caregiver, pt transfers to BSC w/ her help at night."))
    #expect(!present(.functionalTask, "Discussed tub transfer bench w/ daughter."))
    #expect(!present(.functionalTask, "Res amb 50' w/ RW w/ CNA."))
    #expect(!present(.assistLevel, "Spoke w/ daughter re: bathroom setup."))
  }

  /// Measures, minutes, cues and goal ids of the sixth session's rounds.
  @Test func measuresMinutesCuesAndGoalIdsOfTheSixthSession() {
    #expect(evidence(.objectiveMeasure, "Stood ~15 min at stove.") == ["Stood ~15 min"])
    #expect(minutes("Made tea. Stood ~15 min.\nIADL trng 30 min") == [30])
    #expect(present(.objectiveMeasure, "AROM: MP 0/85 PIP -10/88 DIP -5/45."))
    #expect(present(.objectiveMeasure, "Trial 1: 9 errors/28."))
    #expect(minutes("Gaze stab x1 3x30\".\nP: Continue 1x/wk.\n45 min total") == [45])
    #expect(present(.cueing, "Pt demo'd retrograde massage after 1 correction."))
    #expect(!present(.cueing, "Pt demo'd retrograde massage w/o correction."))
    #expect(evidence(.goalLinkage, "IFSP outcome #2 progressing.").first == "IFSP outcome #2")
    #expect(
      present(
        .goalLinkage, "Goal status:\n1. I bed mobility | Met\n2. Amb 150 ft mod I | Progressing"))
  }

  @Test(
    arguments: [
      ("Plan cont.", true), ("Plan: same", true), ("HEP reviewed w/ mom.", true),
      ("Goals in progress.", true), ("Patient tolerate therapy very good, no complain.", true),
      ("Pt continues to make good progress with ROM.", true),
      ("HEP reviewed w/ mom: bridges 2x10, clams 2x10.", false),
      ("Plan: continue gait training w/o AD next visit.", false),
    ])
  func continuationsAndClaimsOfTheSixthSession(note: String, vague: Bool) {
    #expect(analysis(note).vaguePhrases.isEmpty == !vague)
  }

  /// Measures of the seventh probe round: scales scored today, questionnaires filled in before the
  /// session, spasticity grades, peg tests, balance holds with their conditions, items done right;
  /// and what only looks like one: a load with sets and reps, a garment's pressure, a chair's
  /// hangers, a metronome's setting.
  @Test func measuresAndTheirLookAlikesOfTheSeventhRound() {
    #expect(present(.objectiveMeasure, "Berg today 41/56 -- still steps out on tandem."))
    #expect(present(.objectiveMeasure, "LEFS re-scored today 38/80 (+11 since IE)."))
    #expect(present(.objectiveMeasure, "DHI completed in waiting room = 52 (moderate)."))
    #expect(present(.objectiveMeasure, "Tone: MAS 1+ R elbow flexors."))
    #expect(present(.objectiveMeasure, "9HPT: R (affected) 31.2 s, L 22.8 s."))
    #expect(present(.objectiveMeasure, "SLS (EO, best of 3): R 8 sec, L 3 sec."))
    #expect(present(.objectiveMeasure, "Stands alone 3 sec before reaching for couch."))
    #expect(present(.objectiveMeasure, "Recalled 2/3 safety steps after the demonstration."))
    #expect(!present(.objectiveMeasure, "SLR 2# 3x10 B, clamshells GTB 2x15."))
    #expect(!present(.objectiveMeasure, "Leg press 90# 3x12, seated row 40# 3x10."))
    #expect(!present(.objectiveMeasure, "Fitted w/ 20-30 mmHg ready-made sleeve."))
    #expect(!present(.objectiveMeasure, "Swing-away footrests on 90 deg hangers."))
  }

  /// Minutes of the seventh probe round and the eleventh writers' round: the timed figure after the
  /// total, a session's length told as a sentence, a clock range with its meridiem apart, a
  /// service block's time field under its header, the visit's length after a goal list; not a
  /// word number inside a label, nor group or concurrent minutes, nor a plan's hours.
  @Test func minutesOfTheSeventhRound() {
    #expect(minutes("Total tx time 55 min; timed 45 min.") == [45])
    #expect(minutes("Treatment was 35 minute, patient do exercise.") == [35])
    #expect(minutes("Session 1:00 pm - 1:45 pm") == [45])
    #expect(minutes("Session 11:45 am - 12:30 pm") == [45])
    #expect(minutes("Total one-on-one time approx thirty-two minutes.") == [32])
    #expect(
      minutes(
        "Service: Therapeutic Activities (97530)\nTime: 22 min\nService: Gait Training (97116)\nTime: 16 min\nTotal timed 38"
      ) == [22, 16])
    #expect(minutes("Goals: 1. Amb 300' mod I - met.\nVisit 45 min.") == [45])
    #expect(minutes("Group ther ex (6 pts) 30 min -- seated LE circuit.") == [])
    #expect(minutes("Concurrent tx w/ 2 pts, 25 min, NuStep.") == [])
    #expect(minutes("Next session: 2-hr FCE (97750).") == [])
    #expect(minutes("STS x10 CGA.\nNext visit 45 min.") == [])
  }

  /// Assist, cues and goals of the seventh probe round: an assist level before "pt unable to …",
  /// "I'ly", the evaluation dating what stands before it, someone else's cues, a child's plan's
  /// outcome, a purpose for a student or a grandchild.
  @Test func assistCuesAndGoalsOfTheSeventhRound() {
    #expect(present(.assistLevel, "Rolling L/R: dependent x2, pt unable to initiate."))
    #expect(present(.assistLevel, "Tub transfer I'ly using tub bench."))
    #expect(!present(.assistLevel, "Min A at eval."))
    #expect(present(.assistLevel, "Pt was max A at eval, now CGA."))
    #expect(!present(.cueing, "Mother cued child to use handrail while PT observed."))
    #expect(!present(.cueing, "Instructed dtr in verbal cues for hand placement during txf."))
    #expect(
      present(.goalLinkage, "Stair practice w/ backpack so student can change floors w/ class."))
    #expect(present(.goalLinkage, "Floor-to-waist KB lifts 15# so pt can lift grandson from crib."))
    #expect(present(.goalLinkage, "Car txf practice so pt can get in/out of her daughter's SUV."))
  }

  /// Skilled work of the eleventh writers' round: mobilisation grades and directions in shorthand,
  /// taping trialled, a written program reviewed with what it holds, an orthosis strap adjusted,
  /// work on an adapted tool; "Gr 2" is a school grade.
  @Test(
    arguments: [
      ("MT - GH inf and post glides gr III-IV x 12'.", "post glides"),
      (
        "McConnell medial glide taping trialed, decr pain w/ stairs.",
        "McConnell medial glide taping"
      ),
      (
        "Reviewed written HEP (sit<>stand x10, standing hip abd, heel raises).",
        "Reviewed written HEP"
      ),
      ("Orthosis check: adjusted distal strap for reduced edema.", "adjusted distal strap"),
      ("Handwriting on raised-line paper, copied 3 sentences.", "on raised-line paper"),
      ("MT 10' (long axis distraction, post glide gr III).", "long axis distraction"),
    ])
  func skilledWorkOfTheEleventhRound(note: String, expected: String) {
    #expect(evidence(.skilledIntervention, note).first == expected)
  }

  @Test func aSchoolGradeIsNoMobilisationGrade() {
    #expect(!present(.skilledIntervention, "Student: J.R., Gr 2. Service: 30 min pull-out."))
  }

  /// Skilled work of the eighth probe round, in everyday words: decisions on what was seen, the
  /// set-up changed, a handout with what it says, a technique taught by name, the therapist's
  /// hands, staff trained; not vitals someone else took, nor a bare "instructed in HEP".
  @Test(
    arguments: [
      ("BP 132/80 -> 158/88. Held 2nd flight, rested 3 min.", "Held 2nd flight"),
      ("HR 138 at 40'. Waited for HR <110 and ended amb for today.", "Waited for HR"),
      ("Raised start height to 12\" crate and cued hip hinge.", "Raised start height"),
      ("Put targets on the wall, then moved them further to L.", "moved them further"),
      (
        "Metronome at 96 bpm; turned it down to 88 when step length shortened.", "turned it down to"
      ),
      ("Gave handout 'Lifting at Work' (hip hinge, load close).", "Gave handout \'"),
      ("Taught tendon glides using picture card; pt return demo x5.", "Taught tendon glides"),
      ("PT manually assisting L ankle DF during swing.", "manually assisting"),
      ("Instructed 2 CNAs on sit-to-stand lift: sling placement.", "Instructed 2 CNAs on"),
      ("Adjusted legs so seat level, then trained leg lift-over.", "Adjusted legs so"),
    ])
  func skilledWorkOfTheEighthRound(note: String, expected: String) {
    #expect(evidence(.skilledIntervention, note).first == expected)
  }

  @Test(arguments: [
    "Nursing checked BP before session, WNL.", "Instructed in HEP, pt verbalized understanding.",
    "Spouse was trained in car transfers by the previous therapist in March.",
  ])
  func lookAlikesOfTheEighthRoundsSkill(note: String) {
    #expect(!present(.skilledIntervention, note))
  }

  /// Responses of the eighth probe round: a body part that felt a way, no increase in a named
  /// symptom, less pulling, a rest after each flight, a value beside its value before, better in
  /// the second half of a task or after cueing, asking to repeat.
  @Test(
    arguments: [
      "Pt said knee felt 'wobbly' going down the stairs.",
      "No increase in LBP after lifting trials.",
      "Patient say after exercise less pulling in back.",
      "Rest break after each flight, RPE 13.",
      "Knee flex AROM 95 deg after manual tx (88 deg before).",
      "Grip R 18# -> 24# since last progress note.",
      "Heel strike on R better in 2nd half of gait trng.",
      "Child asked to repeat the obstacle course x3.",
    ])
  func responsesOfTheEighthRound(note: String) {
    #expect(present(.patientResponse, note))
  }

  @Test func tasksAndBoilerplateOfTheEighthRound() {
    #expect(present(.functionalTask, "Child climbed 4-rung ladder to slide x5 w/ spotting."))
    #expect(present(.functionalTask, "Made grilled cheese at stove using RW tray."))
    #expect(!analysis("No complaints voiced t/o ther ex.").vaguePhrases.isEmpty)
    #expect(!analysis("OT: worked on ADLs this AM.").vaguePhrases.isEmpty)
    #expect(
      !analysis("Functional activities performed to increase independence.").vaguePhrases.isEmpty)
  }

  /// Cues told as what the therapist did (the twelfth writers' round): shown, tapped, a pull at the
  /// pelvis, a light touch, the patient made to say or watch, re-educated, a mirror added, one
  /// reminder; and no hands-on needed as the patient's own assist level.
  @Test(
    arguments: [
      "Pt used R leg under L after I showed her.",
      "Showed her how to hold basket on her hip and carry close.",
      "I tapped the red tape and asked what's over here.",
      "Gave a short pull back at the pelvis when he leaned too far.",
      "Held 5 sec with light touch at the nail.",
      "I had him say cane, bad leg, good leg going down.",
      "Pt pulling up on RW, reeducated to push from bed.",
      "Landing in valgus, then mirror; clean landings 8/10.",
      "Held neutral 3 x 5 min blocks, needed 1 reminder in 3rd block.",
    ])
  func cuesToldAsWhatTheTherapistDid(note: String) {
    #expect(present(.cueing, note))
  }

  @Test func assistSkillAndFeetOfTheTwelfthRound() {
    #expect(present(.assistLevel, "Amb 120' to mailbox with SPC, no hands-on needed."))
    #expect(present(.assistLevel, "Completed the last 3 steps of shoe tying on his own."))
    #expect(
      present(.skilledIntervention, "Set up items on her L side and placed red tape as an anchor."))
    #expect(present(.skilledIntervention, "I stood in front & had him watch my knees."))
    #expect(present(.functionalTask, "Simulated work posture at treatment table w/ her loupes on."))
    #expect(present(.objectiveMeasure, "Buttons: 4/6 done independently."))
    // A minute mark in the sentence after a code's, after an activity, is feet.
    #expect(minutes("O: Pt seen in gym. TE BLE 2x10. Amb w/ RW 50'.") == [])
    #expect(minutes("TE: bike 10', LAQ 2x10.") == [10])
  }

  /// Minutes of the thirteenth writers' round: a service block's `Minutes: 24` field under its
  /// header, the code in parentheses after its figure over the code before it with an activity
  /// between, a table row's value after its `|`, a session told with its time word.
  @Test func minutesOfTheThirteenthRound() {
    #expect(
      minutes(
        "--- Service: Therapeutic Activities (97530) ---\nMinutes: 24\n--- Service: Gait Training (97116) ---\nMinutes: 15\nTotal tx time: 39 min"
      ) == [24, 15])
    #expect(minutes("Totals: Ther Act 28 min (97530) | Gait 12 min (97116)") == [28, 12])
    #expect(minutes("Row | Value\nTotal min | 45\nToileting | Min A") == [45])
    #expect(minutes("Session start | 1330\nSession end | 1415") == [45])
    #expect(minutes("Treatment time was 45 minutes of self care training.") == [45])
    #expect(minutes("Time-based billing: Ther activity 15 min, Gait training 12 min.") == [15, 12])
  }

  /// The ninth probe round: boilerplate in its spellings (a service "per protocol", "adverse rxn",
  /// an EMR flowsheet, tolerating increased activity, progressing per the plan), responses told
  /// as a rating or a girth before and after, calmer, a first time, a tolerance after help; skill
  /// as the home changed, a task downgraded, precautions reviewed, a patient shown how.
  @Test(
    arguments: [
      "CDT provided per protocol.", "Pt tol tx w/o adverse rxn; see EMR flowsheet for details.",
      "Overall pt tolerating increased activity well.",
      "Pt/CG instructed in HEP. Continue to progress per PT POC.",
      "Functional activities performed to promote independence.",
    ])
  func boilerplateOfTheNinthRound(note: String) {
    #expect(!analysis(note).vaguePhrases.isEmpty)
  }

  @Test(
    arguments: [
      "R knee pain 3/10 pre → 5/10 after step-downs.",
      "L calf girth 38.0 cm pre-MLD, 36.8 cm post.",
      "After 5 min of linear swing child was calmer and sat for a puzzle.",
      "Used the visual checklist after the 2nd prompt - first time this quarter.",
      "Tolerated 30 s after deep pressure to hands.",
    ])
  func responsesOfTheNinthRound(note: String) {
    #expect(present(.patientResponse, note))
  }

  @Test(
    arguments: [
      "Removed throw rug from hallway and moved BSC to pt's stronger R side.",
      "Downgraded LB dressing from standing to seated w/ sock aid after BP dropped.",
      "Reviewed posterior hip precautions during bed>chair transfer.",
      "Therapist showed patient how to use the reacher for pants.",
    ])
  func skilledWorkOfTheNinthRound(note: String) {
    #expect(present(.skilledIntervention, note))
  }

  @Test func pelvicFloorGradesAreMeasures() {
    #expect(present(.objectiveMeasure, "PERFECT: P3 E5 R6 F8."))
    #expect(!present(.objectiveMeasure, "Pelvic floor training in supine, 10 reps."))
  }

  /// Minutes of the fourteenth writers' round: a visit's hours as a line of their own; a plan's
  /// hours inside a sentence stay a plan.
  @Test func minutesOfTheFourteenthRound() {
    #expect(minutes("Home visit. Worked on crawling & sitting. Cont plan.\n1 hr") == [60])
    #expect(minutes("Walked to the 1400 block.\nPlan: 2 hr program next wk.") == [])
  }

  /// A goal label with only a status ticked names no goal (clarification 1); one that names the
  /// goal does.
  @Test func aTickedGoalStatusNamesNoGoal() {
    #expect(!present(.goalLinkage, "Progress to goals: [x] Progressing"))
    #expect(present(.goalLinkage, "Goals: amb 150 ft SBA - progressing"))
  }

  /// A rating of tolerance or a status that is the whole assessment names nothing (the
  /// fifteenth round); the status of a named goal, or a rating with what was tolerated, does.
  @Test(
    arguments: [
      ("Good tolerance. Progress to x1 standing next visit.", true),
      ("- cues for sequencing\n- gd tol\n- Plan: try standing next visit", true),
      ("A: Progressing.", true),
      ("Tolerated program. Continue WC program 5x/wk.", true),
      ("Fair tolerance, 2 seated rests for fatigue.", false),
      ("Outcome 2: progressing.", false),
      ("Goal 1 (I sit<>stand w/ RW): SBA, 4/6 trials w/o cue. Progressing.", false),
    ])
  func bareRatingsAndStatusesAreVague(note: String, vague: Bool) {
    #expect(analysis(note).vaguePhrases.isEmpty == !vague)
  }

  /// The sixteenth round. The hand at work on a day's objects is a functional task; the same
  /// objects in the patient's complaint are not.
  @Test func handTasksWithDailyObjects() {
    #expect(
      present(
        .functionalTask,
        "Functional: key turn in lock board 10 reps, jar lids (loose -> medium) x6."))
    #expect(present(.functionalTask, "door knob simulator, unscrewing jar lids ~8 min"))
    #expect(present(.functionalTask, "Copied shapes: +, square, triangle."))
    #expect(!present(.functionalTask, "S: can't open jars, trouble turning key in car ignition."))
  }

  /// A score beside the evaluation's and a first are responses; a score at the evaluation alone
  /// is not.
  @Test func responsesOfTheSixteenthRound() {
    #expect(present(.patientResponse, "DHI 38 (56 at eval)."))
    #expect(present(.patientResponse, "Pt walked to the mailbox for the first time."))
    #expect(!present(.patientResponse, "DHI 56 at eval."))
    #expect(present(.patientResponse, "Pt reports less neck pain since last visit."))
    #expect(present(.patientResponse, "Cruising both directions is new since last visit."))
    #expect(!present(.patientResponse, "Neck pain since 2019."))
  }

  /// A cue against an error, a cue to pivot and a correction for something are cues with a
  /// purpose; a bare count of cues is not.
  @Test func cuesWithAPurposeOfTheSixteenthRound() {
    #expect(
      present(.skilledIntervention, "Needed verbal reminders not to bend forward past 90 deg."))
    #expect(present(.skilledIntervention, "Car xfr x3, vc to pivot on buttocks first."))
    #expect(present(.skilledIntervention, "Figure-8 wrap w/ 1 correction for distal pressure."))
    #expect(!present(.skilledIntervention, "Pt req'd min vc's throughout."))
  }

  /// A standing tolerance in seconds is a measure.
  @Test func aToleranceInSecondsIsAMeasure() {
    #expect(present(.objectiveMeasure, "Standing tolerance approximately 45 seconds."))
    #expect(!present(.objectiveMeasure, "Standing tolerance activities at counter."))
  }

  /// Teaching labelled with its topic and what it served, and an aid added to the set-up, are
  /// skilled; a bare topic or an aid only planned is not.
  @Test func skilledWorkOfTheSixteenthRound() {
    #expect(
      present(
        .skilledIntervention,
        "Education only: energy conservation for bathing at home, handout given."))
    #expect(present(.skilledIntervention, "Seated at table w/ feet supported (footstool added)."))
    #expect(!present(.skilledIntervention, "Education: safety."))
    #expect(!present(.skilledIntervention, "Pt will need a footstool added at home."))
    #expect(
      present(
        .skilledIntervention, "Regressed back to RW for household amb until stability improves."))
    #expect(!present(.skilledIntervention, "Pt returned back to bed."))
  }

  /// The everyday acts of the hand are functional outcomes a purpose can name; an impairment is not.
  @Test func handUseIsAFunctionalOutcome() {
    #expect(
      present(.goalLinkage, "Grip/pinch trng to meet goal of opening medication bottles indep."))
    #expect(
      present(.goalLinkage, "Handwriting trng so pt can write checks and sign forms independently.")
    )
    #expect(!present(.goalLinkage, "Grip/pinch trng to improve grip strength."))
  }

  /// The sports, games and working days a patient wants back are functional outcomes
  /// (clarification 1); a purpose that names only practice is not.
  @Test func pursuitsAreFunctionalOutcomes() {
    #expect(present(.goalLinkage, "Wants to get back to pickup basketball."))
    #expect(present(.goalLinkage, "Hoping to be back on his full route by May."))
    #expect(!present(.goalLinkage, "Step-ups to improve practice of gait."))
  }

  /// Walking with the nurse, and what the patient reports of the family's help, are not today's
  /// treatment.
  @Test func othersActingAreNotTheTask() {
    #expect(!present(.functionalTask, "Pt amb in hall w/ RN. PTA will f/u tomorrow."))
    #expect(
      !present(.functionalTask, "Pt reports wife is helping w/ buttons and cutting food."))
    #expect(present(.functionalTask, "Amb in hall 150' w/ RW CGA."))
  }

  /// An evaluation, a discharge summary or a physician's report (its headers weigh 3 or more)
  /// states the patient's status outside its treatment section: "the patient ambulates" there is
  /// a finding, not a task trained; what its treatment section says was done is. One report
  /// header in a daily note changes nothing.
  @Test func aReportStatesStatusOutsideItsTreatmentSection() {
    let evaluation = """
      HISTORY OF PRESENT ILLNESS: 62-year-old female after a fall at home.
      PAST MEDICAL HISTORY: Hypertension, diabetes.
      OBJECTIVE:
      GAIT: The patient ambulates with a straight cane 150 feet with supervision.
      ASSESSMENT: Impaired gait and balance.
      """
    #expect(!present(.functionalTask, evaluation))
    #expect(present(.objectiveMeasure, evaluation))
    #expect(present(.assistLevel, evaluation))
    let treated =
      evaluation + "\nTREATMENT PROVIDED: Gait training with RW 150 ft, CGA, 25 minutes."
    #expect(present(.functionalTask, treated))
    #expect(minutes(treated) == [25])
    let daily = """
      Past medical history: HTN, DM.

      O: Gait: amb 150' w/ RW CGA, VCs for step length. TA 25 min.
      """
    #expect(present(.functionalTask, daily))
  }

  /// The seventeenth round's responses: rests counted after the task, a value that came back, a
  /// rating before and after, a range beside the start of care's, a program shown back right.
  @Test(
    arguments: [
      "A: UB bathing SBA, 2 rest breaks.",
      "SpO2 88% during task, back to 94% w/ PLB in <1 min.",
      "Pain: R knee 5/10 pre, 4/10 post.",
      "Goniometry R knee AROM 8-88 deg (12-75 at SOC 2/27).",
      "Pt demo'd HEP 5/6 correctly",
      "Required a seated rest break after each walk.",
      "ADLs: min A, better than Monday's mod A.",
      "Pt tol tx well w/o c/o incr pain.",
      "Declined gait, stating \"my stomach is upset\".",
    ])
  func responsesOfTheSeventeenthRound(note: String) {
    #expect(present(.patientResponse, note))
  }

  @Test func restsOnlyPlannedAreNoResponse() {
    #expect(!present(.patientResponse, "Plan: 2 rest breaks PRN."))
    #expect(!present(.patientResponse, "Pt will do better than last week."))
  }

  /// The seventeenth round's skilled work: a teaching topic with what was taught, caregiver
  /// training with whom, equipment set up with the patient, a cue to exhale; not a header of
  /// precautions, nor equipment a son installed.
  @Test func skilledWorkOfTheSeventeenthRound() {
    #expect(
      present(
        .skilledIntervention, "Energy conservation: seated for entire shower, towel within reach."))
    #expect(present(.skilledIntervention, "Caregiver training w/ pt's daughter (primary CG)."))
    #expect(present(.skilledIntervention, "Set up tub bench w/ pt (legs adjusted so bench level)."))
    #expect(present(.skilledIntervention, "1 small leak, none after cue to exhale through swing."))
    #expect(!present(.skilledIntervention, "Precautions: WBAT, posterior hip."))
    #expect(!present(.skilledIntervention, "Pt reports her son installed the grab bars."))
  }

  /// Probe round 11: a score today beside the evaluation's, a girth that fell after treatment, one
  /// person's assist, cues spelled v/c's, a purpose of getting in and out of a car, and
  /// stimulation left on a muscle (untimed) beside the timed minutes.
  @Test func classesOfProbeRoundEleven() {
    #expect(present(.patientResponse, "BBS 41/56 today (36/56 at eval)."))
    #expect(present(.patientResponse, "Edema decreased: fig-8 42.5 cm -> 41.8 cm post."))
    #expect(present(.assistLevel, "1 person assist for stand pivot bed>BSC."))
    #expect(present(.cueing, "mod v/c's for safety awareness when reaching for w/c armrest."))
    #expect(
      present(
        .goalLinkage,
        "Car transfer trng w/ simulator so pt can get in and out of her daughter's SUV."))
    #expect(
      minutes("Tx time 45 min. Timed code minutes: 38.\nUnattended NMES to L ant tib 7 min.")
        == [38])
  }

  /// Probe round 12 (minimal pairs): a load progressed today, the home changed for the task,
  /// lifting taught with what it takes, stances and steps tied to a functional outcome; their
  /// pairs without it do not count.
  @Test func classesOfProbeRoundTwelve() {
    #expect(present(.skilledIntervention, "LAQ 2x10 w/ 3# (progressed today from 2#)."))
    #expect(
      present(
        .skilledIntervention,
        "Lowered closet rod and moved daily clothes to waist-ht shelf to avoid overhead reach."))
    #expect(
      present(
        .skilledIntervention,
        "Instructed lifting mechanics for 20# box: staggered stance, hip hinge, load close."))
    #expect(!present(.skilledIntervention, "Instructed lifting mechanics."))
    #expect(
      present(
        .functionalTask,
        "Lateral stepping and tandem stance at kitchen counter to decrease fall risk at home."))
    #expect(!present(.functionalTask, "Tandem stance on foam 3x30 sec."))
  }

  /// The eighteenth round: time in and out as `T/I` and `T/O` (the `I` is no assist level), gait
  /// and balance training named together, and a status that names its rating after it ("A:
  /// Progressing well, now K3") still vague for "Progressing well".
  @Test func classesOfTheEighteenthRound() {
    let visit = "PTA visit  T/I 0900 T/O 0940\nGait and balance training. Ther ex performed."
    #expect(minutes(visit) == [40])
    #expect(present(.functionalTask, visit))
    #expect(!present(.assistLevel, visit))
    #expect(!analysis("A: Progressing well, now K3 w/ strong K4 potential.").vaguePhrases.isEmpty)
  }

  /// Probe round 13: skilled work told in first-person shorthand, transfers written `t/f`, steps
  /// counted with their rail, a playground climbed, tolerance with the exercises shortened, a
  /// target set for the patient (no measure).
  @Test(
    arguments: [
      "He was rounding his back on the lift so had him hinge w/ dowel along spine.",
      "Moved him up from 4\" to 6\" step once he did 10 clean reps w/o knee valgus.",
      "Broke obstacle course into 3 parts w/ picture cards so he could sequence it.",
      "Set mirror in front for midline posture during grooming, faded to verbal only.",
      "Lightened manual resistance when hip started to hike.",
      "Coached wider stance during reach into cupboard.",
      "Trained sliding-board t/f: board angled ~30°, head-hips relationship.",
    ])
  func skilledWorkOfProbeRoundThirteen(note: String) {
    #expect(present(.skilledIntervention, note))
  }

  @Test func classesOfProbeRoundThirteen() {
    #expect(present(.functionalTask, "Car t/f to sim sedan, used leg lifter for LLE."))
    #expect(present(.functionalTask, "12 steps 1 rail step-to."))
    #expect(present(.functionalTask, "Up/down playground slide ladder x5, reciprocal going up."))
    #expect(!present(.functionalTask, "Leg press 3x10 90#."))
    #expect(!analysis("Step-ups 6\" 2x10. Tolerated all ex well.").vaguePhrases.isEmpty)
    #expect(!analysis("pt tol'd 45 min tx w/o c/o.").vaguePhrases.isEmpty)
    #expect(!present(.objectiveMeasure, "Target HR 100-115 per cardiology."))
  }

  /// The nineteenth round: a code written before its long name and bare minutes, the total time
  /// as `TT`, and a goal status that says the goals were not touched names no goal.
  @Test func classesOfTheNineteenthRound() {
    #expect(
      minutes("97535 Self Care/Home Mgmt Trng  25\n97530 Ther Activities  8").sorted() == [8, 25])
    #expect(minutes("MT: suboccipital release.\n97140 x1, 97110 x1. TT 40 min") == [40])
    #expect(!present(.goalLinkage, "Goal Status: no change this session."))
    #expect(present(.goalLinkage, "Goal Status: LTG LB dressing w/ AE SBA - progressing"))
  }

  /// Gait named as a class of work beside another is the task, however thinly; gait described or
  /// equipped is not.
  @Test func gaitNamedAsAClassOfWork() {
    #expect(present(.functionalTask, "Pt seen for ther ex and gait."))
    #expect(present(.functionalTask, "Gait and balance, TE."))
    #expect(!present(.functionalTask, "Gait belt applied. Antalgic gait noted."))
  }

  /// What the patient could recall or name, counted, is an accuracy measured today.
  @Test func aRecallCountedIsAMeasure() {
    #expect(present(.objectiveMeasure, "Pt verbalized 2/3 hip precautions."))
    #expect(!present(.objectiveMeasure, "Pt verbalized understanding of hip precautions."))
  }

  /// Tolerance in the passive or of "this", the rest of a session tolerated, a good response to
  /// treatment: the literal phrases (clarification 6); a tolerance with what happened is not.
  @Test(
    arguments: [
      ("2nd maneuver well tolerated.", true),
      ("Pt tolerated this fairly well.", true),
      ("Tolerated remainder of session.", true),
      ("Pt tolerated all ex.", true),
      ("Good response to aquatic exercise.", true),
      ("Pt tolerated all ex w/o increase in pain, HR 98.", false),
    ])
  func toleranceInOtherWordsIsVague(note: String, vague: Bool) {
    #expect(analysis(note).vaguePhrases.isEmpty == !vague)
  }

  // MARK: The eighth session's rounds (probes rounds 14 and 15, w41-w42 dev halves)

  /// A particular task named in boilerplate is still the task (it is vague as well, protocol:
  /// functional_task); a phrase that does not end its statement is no boilerplate at all, and
  /// "functional activities" names no task.
  @Test func aTaskNamedInBoilerplateIsStillTheTask() {
    let note =
      "Gait training performed in parallel bars x4 lengths with min A, VCs for step length."
    #expect(evidence(.functionalTask, note) == ["Gait training"])
    let worked = analysis("Worked on transfers.")
    #expect(worked.element(.functionalTask).evidence.map(\.text) == ["transfers"])
    #expect(worked.vaguePhrases.map(\.text) == ["Worked on transfers"])
    #expect(!present(.functionalTask, "Functional activities performed."))
    #expect(!analysis("Functional training performed in room.").vaguePhrases.isEmpty)
  }

  /// A date in parentheses is part of its statement, so what dates the statement reaches past it;
  /// an aside in words still dates only itself.
  @Test func aDateInParenthesesIsNoAside() {
    #expect(!present(.patientResponse, "At last visit (3/4) pt c/o ↑ soreness w/ bridges."))
    #expect(!present(.patientResponse, "Yesterday (3/4) pt had soreness with bridges."))
    #expect(
      present(.patientResponse, "STS min A (mod A last visit), knee pain 4/10 during stairs."))
  }

  /// A code's units written between it and its minutes, and a billing block that counts units
  /// only: neither number is minutes. Minutes paired with codes still are, and so is a bare code
  /// figure before its total.
  @Test(
    arguments: [
      ("Procedures: 97530 – 2 – 26 min; 97535 – 1 – 12 min", [26, 12]),
      ("Start 1300   End 1345\nProcedures: 97530 – 2 ; 97110 – 1 ; 97012 – 1", [45]),
      ("Billing: 97530-23, 97110-15", [23, 15]),
      ("CPT: 97112-23 / 97110-16 — 39 min timed, 3u", [23, 16]),
    ] as [(String, [Int])])
  func unitsBesideACodeAreNotItsMinutes(note: String, expected: [Int]) {
    #expect(minutes(note) == expected)
  }

  /// What the therapist changed or aimed at, told by the thing changed: a cue's target, seating
  /// and devices fitted, a dose stepped, a device progressed, a session held for the vitals.
  @Test(
    arguments: [
      ("gt trng 2x150' hemi walker, VCs R step length", true),
      (
        "W/c assessment: seat depth reduced 2\", L lateral trunk support added after leaning L.",
        true
      ),
      ("Raised commode seat to 20\" and added L grab bar in ADL bathroom.", true),
      ("Bike resistance ↓ L4 -> L2 2/2 ↑ effusion today.", true),
      ("AD progressed RW -> SPC on level tile.", true),
      ("HR 131 after amb -> held remainder of gait trng; RN made aware of tachycardia.", true),
      ("TCs @ R knee in stance thru gait trng to prevent hyperextension.", true),
      ("Body mechanics trng - hip hinge, load close to trunk.", true),
      ("pt educ'd on fall prevention- remove throw rugs in hall.", true),
      ("AE training: reacher, sock aid, long-handled sponge.", true),
      ("Energy conservation handout issued, pt read back 2 of 4 strategies.", true),
      ("Pt uses a raised toilet seat at home.", false),
      ("Pt reports her son installed the grab bars last weekend.", false),
      ("Pt c/o 5/10 pain w/ cone stacking above 90°, decreased to 3/10 after rest.", false),
    ])
  func whatTheTherapistChanged(note: String, skilled: Bool) {
    #expect(present(.skilledIntervention, note) == skilled)
  }

  /// Responses written against an earlier level or as swelling with the work; a status, a
  /// problem's name, a plan to watch, or last week's swelling are not.
  @Test(
    arguments: [
      ("UB dressing Mod I today, up from SBA on 3/2.", true),
      ("↑ dorsal hand edema after session - elevation + retrograde massage.", true),
      ("Standing tolerance at sink for grooming ↑ to 8 min (4 min at eval).", true),
      ("Torsional nystagmus absent on re-test after 2nd maneuver.", true),
      ("Last wk pt had increased knee swelling after stair training, iced at home.", false),
      ("Problem #2 decreased balance: balance activities.", false),
      ("Monitor for fatigue as ex are progressed.", false),
      ("Pt reports he went to his grandson's baseball game over the weekend.", false),
    ])
  func responsesAgainstBefore(note: String, response: Bool) {
    #expect(present(.patientResponse, note) == response)
  }

  /// Words that look like an element and are not: a ventilator's mode, a caregiver cued, exercise
  /// weights, "in bed" as a place, tandem walking with no aim; and their readings that are.
  @Test func lookAlikesOfTheEighthSession() {
    #expect(!present(.cueing, "Vent | AC/VC FiO2 40% PEEP 8"))
    #expect(
      !present(.cueing, "Caregiver training: wife cued on where to stand when guarding on stairs."))
    #expect(!present(.objectiveMeasure, "Seen bedside for B UE ther ex, 1# wts x10 ea plane."))
    #expect(present(.objectiveMeasure, "Lifted 10# box floor to counter x5."))
    #expect(present(.objectiveMeasure, "Pt reports 3/10 ache R lat elbow today."))
    #expect(!present(.functionalTask, "PT: B ankle pumps, glute sets, heel slides in bed."))
    #expect(present(.functionalTask, "Practiced getting in and out of bed w/ rail, CGA."))
    #expect(!present(.functionalTask, "NMR: tandem walking on foam 4 lengths."))
    #expect(present(.functionalTask, "Pillbox set-up from 5 bottles w/ printed med list."))
    #expect(
      !present(.functionalTask, "A: pinch still limited. Pt reports trouble opening jars at home."))
    #expect(present(.functionalTask, "Opening jars w/ jar opener, 3/3 trials, SBA."))
    #expect(present(.functionalTask, "Put groceries away into upper cabinet in standing, 8 items."))
  }

  /// A purpose "to support" an independent task links a goal, one to support a body part does
  /// not; a patient's pursuit is an outcome; boilerplate in a plan of treatment, a checkbox and a
  /// typo is vague.
  @Test func goalsAndBoilerplateOfTheEighthSession() {
    #expect(
      present(.goalLinkage, "Buttons on practice board to support I buttoning of school uniform."))
    #expect(!present(.goalLinkage, "Wedge placed to support trunk in sitting."))
    #expect(present(.goalLinkage, "Pt's goal is to get back to working in her vegetable garden."))
    for note in [
      "Plan: cont 2x/wk per POT.", "Tolerance to tx: [X] Good [ ] Fair [ ] Poor",
      "Pt tolerted visit well; wife present.", "Pt progressing toward STG's. Reassess 10MWT.",
    ] {
      #expect(!analysis(note).vaguePhrases.isEmpty, "\(note)")
    }
    #expect(analysis("Tolerance to tx: [ ] Good [X] Fair, 2 rests for SOB").vaguePhrases.isEmpty)
  }

  /// The twenty-first round and probe round 16: one number written two ways is one figure, and
  /// "followed by" is no comparison ("up by 5 min" is).
  @Test func minutesOfTheTwentyFirstRound() {
    #expect(
      minutes(
        "Functional mobility w/ FWW x 15 min in hallway and bathroom; keyboarding 15 min at workstation."
      ) == [15, 15])
    #expect(minutes("Pt amb 150' x2 with RW CGA, followed by 10 min of stair training.") == [10])
    #expect(minutes("Walking tolerance up by 5 min since last week.").isEmpty)
  }

  /// The twenty-second round: a plain service word with its minutes names the code, a session in
  /// a small group is not one-on-one, and a standing time in seconds is a measure.
  @Test func classesOfTheTwentySecondRound() {
    #expect(minutes("Manual therapy 15 minutes, exercise 20 minutes.") == [15, 20])
    #expect(minutes("Walked 100 ft w/ RW SBA. Ther ex 30 min, gait 8 min.") == [30, 8])
    #expect(minutes("Gait 150' x2 w/ RW CGA. TE 15 min.") == [15])
    #expect(minutes("COTA tx log\n11:00-11:30 small group (2)\ncut on 1/2\" line").isEmpty)
    #expect(minutes("COTA tx log\n11:00-11:30 individual\ncut on 1/2\" line") == [30])
    #expect(present(.objectiveMeasure, "sit→stand from EOB c̄ RW x3 min A, stood 45\", 1 min"))
  }

  /// Progress toward goals that names none is boilerplate; a named one is not. Praise of the
  /// progress is boilerplate whatever it is toward (the protocol's literal rule).
  @Test func progressTowardUnnamedGoals() {
    #expect(
      !analysis("Buttoning 6/6 in 2 min. Steady progress toward goals noted.").vaguePhrases.isEmpty)
    #expect(
      analysis("Progressing toward STG 2 (I tub transfers): SBA today.").vaguePhrases.isEmpty)
    #expect(
      analysis("Steady progress toward STG 2 (I tub transfers): SBA today.").vaguePhrases.map(
        \.text) == ["Steady progress"])
  }

  /// A clock time after its label says when, not how long; a task's time does.
  @Test func aClockTimeAfterItsLabelIsNoMeasure() {
    #expect(!present(.objectiveMeasure, "Time in 2:10  Time out 2:40\nReviewed HEP."))
    #expect(present(.objectiveMeasure, "Buttoned shirt in 2:10 (was 3:45)."))
  }

  /// The twenty-third round: boilerplate words inside a longer element are its content, walking and
  /// self-care in British and Australian words are tasks; a joint mobilised is not walking.
  @Test func classesOfTheTwentyThirdRound() {
    #expect(analysis("[X] FALL PREVENTION EDUCATION PROVIDED").vaguePhrases.isEmpty)
    #expect(!analysis("Pt seen. Education provided.").vaguePhrases.isEmpty)
    #expect(
      present(.functionalTask, "Then mobilised to dining room with rollator ~35 m supervision."))
    #expect(
      !present(.functionalTask, "Grade III mobs L knee; mobilized patella in all directions."))
    #expect(present(.goalLinkage, "Meets OT goal of SBA personal cares w/ AE."))
    #expect(!analysis("Stretches reviewed.").vaguePhrases.isEmpty)
    #expect(
      analysis("Stretches reviewed: hamstring 3x30\" B, pt demo correct.").vaguePhrases.isEmpty)
    #expect(
      present(
        .objectiveMeasure, "Grooming in standing w/ RW, able to stand 4 min before needing to sit.")
    )
    #expect(!present(.objectiveMeasure, "Grooming in standing w/ RW, then seated."))
    #expect(!present(.functionalTask, "SL RDL 3x8, lateral band walks GTB 3x20', monster walks."))
    #expect(present(.functionalTask, "Walked 150' w/ RW CGA in hallway, then lateral band walks."))
    #expect(!present(.patientResponse, "S: No falls since last visit. Pain 2/10."))
    #expect(
      present(.patientResponse, "Amb 300' outdoors on uneven grass, no falls during session."))
  }

  /// The eighth session's classes of wording (rounds w43–w46 dev halves, probe rounds 16 and 17):
  /// responses, measures, skill, tasks and purposes, each with the readings that must not fire.
  @Test(
    arguments: [
      (
        ElementKind.patientResponse,
        "Edema decreased after retrograde massage: MCP 19.5 → 19.0 cm.", true
      ),
      (.patientResponse, "S: Pt says she is sleeping better since starting the stretches.", true),
      (.patientResponse, "Amb 60 ft x2 w/ RW CGA, seated rest between.", true),
      (.patientResponse, "He remembered 2 out of 3 precautions without cues.", true),
      (.patientResponse, "Gait trng w/ RW 200' x2, SBA. Decreased step length R.", false),
      (.objectiveMeasure, "Kitchen task: making turkey sandwich. Completed in 22 min.", true),
      (.objectiveMeasure, "Dynavision: 60 sec mode A, 41 hits.", true),
      (.objectiveMeasure, "Found 8/10 grocery items on clinic kitchen shelf.", true),
      (.skilledIntervention, "HEP issued & demo'd: heel slides, quad sets, SAQ 2x10.", true),
      (
        .skilledIntervention,
        "THA precautions reinforced (no flex >90°, no crossing legs) during LB dressing.", true
      ),
      (.skilledIntervention, "Provided ed re: hip kit, pt verbalized understanding.", true),
      (.functionalTask, "Worked on fine motor and handwriting.", true),
      (.goalLinkage, "Kitchen mobility w/ RW so pt can get back to making her own lunch.", true),
      (
        .goalLinkage, "NMR for foot clearance so pt can safely climb the 3 steps into his house.",
        true
      ),
      (.goalLinkage, "NMR for foot clearance so pt can improve her strength.", false),

      (ElementKind.patientResponse, "She is doing better with buttons than two weeks ago.", true),
      (.patientResponse, "He reported his right shoulder was sore at the end, 3/10.", true),
      (
        .patientResponse,
        "She sat down too quickly; on the third try she controlled the descent.", true
      ),
      (.patientResponse, "She started kindergarten two weeks ago.", false),
      (.skilledIntervention, "sit↔stand from w/c x5 minA, vc's nose over toes", true),
      (
        .skilledIntervention,
        "pt SOB c̄ toileting, energy cons ed started (sit for grooming, pursed lip)", true
      ),
      (.skilledIntervention, "Response: tolerated ↑ load 20#→25#, no peripheralization", true),
      (.skilledIntervention, "Gait deferred d/t orthostatic BP 84/50, RN aware.", true),
      (.skilledIntervention, "Gait held for 5 min while pt used the restroom.", false),

      (
        ElementKind.skilledIntervention,
        "Fab'd forearm-based thumb spica R; moved strap 1 cm proximal.", true
      ),
      (
        .skilledIntervention, "Slant board + triangle grip provided; worksheet cut to 5 problems.",
        true
      ),
      (
        .skilledIntervention,
        "Reinforced post. hip prec (no flex >90, no crossing) during LB dressing.", true
      ),
      (
        .skilledIntervention,
        "BP sit 124/70 -> stand 96/58. Abd binder on, recheck 112/66 standing before gait.", true
      ),
      (.skilledIntervention, "With pt's OK removed 2 throw rugs from hall.", true),
      (
        .skilledIntervention, "Added serial 7s during hallway walking once straight path steady.",
        true
      ),
      (.skilledIntervention, "Stopped, seated, coached pursed-lip breathing (in 2 / out 4).", true),
      (.skilledIntervention, "Son removed the throw rugs before the visit.", false),
      (.patientResponse, "Supine->sit: minA today, was modA at last visit.", true),
      (
        .patientResponse, "Gait speed 0.60 -> 0.75 m/s within session after step-length cueing.",
        true
      ),
      (.patientResponse, "HA up to 5/10 w/ visual tracking -> task stopped.", true),
      (.patientResponse, "Hx orthostatic hypotension; BP 118/70 at last visit.", false),
      (.functionalTask, "Practiced getting in/out of her Buick in the driveway.", true),
      (
        .functionalTask, "Pulled pants up over hips after voiding, standing w/ L hand on grab bar.",
        true
      ),
      (.functionalTask, "Climbed 4 rungs of the slide ladder reciprocally, slid down x5.", true),
      (.functionalTask, "Sorted AM/PM pills into 7-day organizer from 4 bottles.", true),
      (.functionalTask, "Pt's daughter sorts her pills every Sunday.", false),
    ] as [(ElementKind, String, Bool)])
  func wordingOfTheEighthSession(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The ninth session's classes of wording (probe round 18 and the rounds w49/w50 dev halves), each
  /// with a reading that must not fire.
  @Test(
    arguments: [
      (
        ElementKind.skilledIntervention,
        "LB dressing mod A - unable to reach feet, introduced reacher/sock aid and LH shoe horn.",
        true
      ),
      (.skilledIntervention, "Pt unable to tolerate sock aid training d/t hip pain.", false),
      (.skilledIntervention, "PT assisting L foot advancement and heel strike during BWSTT.", true),
      (.skilledIntervention, "BWSTT @ 30% BWS; 2nd PT at pelvis for wt shift.", true),
      (
        .skilledIntervention,
        "Progressed gaze stabilization: VOR x1 from seated to standing on foam.", true
      ),
      (.skilledIntervention, "Moved rear axle 1\" fwd and added 2° seat dump.", true),
      (.skilledIntervention, "Therapist teach patient log roll for get out of bed.", true),
      (.skilledIntervention, "Pt will teach her husband the log roll at home.", false),
      (.patientResponse, "Sit>stand min A today; was mod A on Monday.", true),
      (.patientResponse, "PLOF: was mod I on Monday before the fall.", false),
      (.patientResponse, "No increase in radicular sx w/ repeated ext in lying x10.", true),
      (
        .patientResponse, "Mild redness distal tibia, resolved after 15 min w/ prosthesis off.",
        true
      ),
      (.patientResponse, "L forearm girth decreased 1.5 cm after today's MLD.", true),
      (.patientResponse, "No sacral redness after 1 hr sitting trial.", true),
      (.patientResponse, "Pt to check skin for redness after sitting 1 hr.", false),
      (.objectiveMeasure, "Measurements: seat depth 17\", hip width 16.5\".", true),
      (.objectiveMeasure, "MIP -28 cmH2O.", true),
      (.objectiveMeasure, "SLR w/ 3# ankle wt 2x12.", false),
      (
        .goalLinkage, "Pt's goal is to sit up in his w/c for grandson's graduation next month.",
        true
      ),
      (
        .goalLinkage, "Exhale-on-lift technique practiced to allow pt to lift her toddler.", true
      ),
      (.goalLinkage, "Sitting balance in w/c to improve trunk strength.", false),
      (.skilledIntervention, "Cues given for stepping into walker on 2nd bout.", true),
      (.skilledIntervention, "O: Sit>stand min A.\nP: Held further tx until PT re-eval.", true),
      (.skilledIntervention, "Rec ceiling lift (1000 lb) for nursing return to bed.", true),
      (.skilledIntervention, "Reach/grasp w/ shaping: target moved 2\" after each block.", true),
      (.cueing, "Dtr given VCs and demo on how to lock w/c brakes before transfer.", false),
      (.assistLevel, "Toileting hygiene: pt performed ~75% of task.", true),
      (.patientResponse, "Edema down post retrograde massage: MCP girth 20.5 -> 19.8 cm.", true),
      (
        .patientResponse, "Pt expected to show improved activity tolerance as strength improves.",
        false
      ),
      (.functionalTask, "Emptied the dishwasher, putting plates up in the upper cabinet.", true),
      (.functionalTask, "Set up his weekly pillbox from 4 bottles.", true),
      (.functionalTask, "On/off commode in pt's bathroom x3 w/ grab bar.", true),
      (.functionalTask, "Pulled on his compression stockings w/ donner, seated.", true),
      (.functionalTask, "Next visit: pt to set up his pillbox.", false),
      (
        .goalLinkage, "Lifting progression toward RTW as warehouse picker (50 lb occasional).", true
      ),
      (
        .goalLinkage, "We practise this for the goal of patient go again to the market alone.", true
      ),
      (.goalLinkage, "Pinch strengthening -> functional target: buttoning work shirt.", true),
      (.goalLinkage, "Bike at lower intensity to lessen knee pain.", false),
      (.objectiveMeasure, "Beery VMI raw score 17.", true),
      (.objectiveMeasure, "Filled weekly organizer correctly in 13 of 14 slots.", true),
      (.objectiveMeasure, "At IE, BBS was 38/56.", false),
      (.patientResponse, "Pt winced + asked to pause during sharp debridement.", true),
      (.patientResponse, "Patient was more tired than usually, he ask for stop two times.", true),
      (.patientResponse, "Pt demo'd log roll back to me w/o prompts.", true),
      (.patientResponse, "3 rows done before a break -- last week it was one.", true),
      (.patientResponse, "Gait more symmetric following NMES.", true),
      (.patientResponse, "Bandaged arm feels tight; no numbness/tingling after wrapping.", true),
      (.patientResponse, "Last week she needed mod A for toilet txfs.", false),
      (.skilledIntervention, "NuStep dropped lvl 5 -> 3 once pt rated RPE 16.", true),
      (.skilledIntervention, "VOR x1 progressed: plain wall -> checkerboard background.", true),
      (
        .skilledIntervention, "HR 128 after 60 ft -> amb held until HR <110, then 30 ft bouts.",
        true
      ),
      (
        .skilledIntervention, "Set up obstacle course w/ carpet, tile and a doorway threshold.",
        true
      ),
      (.skilledIntervention, "Mirror fb + TCs @ R trunk to ↓ lean during STS.", true),
      (
        .skilledIntervention, "B UEs positioned on arm troughs to counter axillary contracture.",
        true
      ),
      (.skilledIntervention, "I correct her with the finger on the chin each rep.", true),
      (.skilledIntervention, "Re-approached after 5 min; played pt's preferred music.", true),
      (.skilledIntervention, "Offered choice of pajamas; pt chose a pullover.", true),
      (.skilledIntervention, "Husband training: husband assisted toilet transfer 2x.", true),
      (.skilledIntervention, "Mild hiking of R shoulder, improved w/ mirror.", true),
      (.skilledIntervention, "Ankle weights progressed 2 lb -> 3 lb for knee ext.", true),
      (.skilledIntervention, "Parent education provided. Handout given.", false),
      (.skilledIntervention, "O2 titrated to keep SpO2 >=88% during treadmill.", true),
      (.skilledIntervention, "Rows 2x10, cued scapular depression.", true),
      (.skilledIntervention, "Gait in pool 4 laps, heel-toe cued each lap.", true),
      (.skilledIntervention, "HEP review: sit<>stand x10, standing hip abd x10 at counter.", true),
      (.skilledIntervention, "HEP review:", false),
      (
        .functionalTask,
        "Obstacle negotiation: stepping over cords and rug edges to decrease fall risk at home.",
        true
      ),
      (.functionalTask, "Obstacle negotiation x3 laps in clinic, SBA.", false),
      (.functionalTask, "HEP (issued 3/4): sit<>stand from kitchen chair 10x 2x/day.", false),
      (.patientResponse, "Patient say the pain go down after massage, from 6 to 3.", true),
      (.patientResponse, "Rest breaks PRN. Pt to report any SOB or chest pain.", false),
      (
        .patientResponse, "Educated on s/s of overexertion (SOB, dizziness, chest pressure).", false
      ),
      (
        .patientResponse,
        "At eval (2/1) pt required max A x2 for bed mobility and was limited by orthostasis.", false
      ),
      (.goalLinkage, "Exercise for patient can walk to the church again like before.", true),
      (.cueing, "Gave VCs to wife as she practiced guarding pt on stairs.", false),
      (.skilledIntervention, "Shallow dish w/ felt lining to keep beads from rolling.", true),
      (
        .skilledIntervention, "Aide demonstrated cueing correctly, did not take over feeding.", true
      ),
      (.skilledIntervention, "Aide assisted pt to the dining room.", false),
      (.functionalTask, "Per nsg, pt transferred bed->BSC w/ 1 assist x2 overnight.", false),
      (.patientResponse, "Per OT, pt became nauseated during shower ADL session at 0800.", false),
      (.goalLinkage, "Goals: see initial eval.\nFreq 2w4.", false),
      (.objectiveMeasure, "| Test | Result |\n| TUG | 14.2 s |", true),
      (
        .objectiveMeasure, "Last visit: knee flex 85 deg, ext -8 deg.\nToday ROM not re-measured.",
        false
      ),
      (
        .skilledIntervention, "Ther ex 2x10 (therapist dropped band to yellow after pt c/o pinch).",
        true
      ),
      (.skilledIntervention, "W/c: lowered footrests 1\", added L lateral trunk support.", true),
      (.patientResponse, "Neck pain now 2/10, before treatment was 5/10.", true),
      (.patientResponse, "Step lowered to 4\" and pain decr to 4/10.", true),
      (.cueing, "Gave daughter VCs for hand placement on gait belt.", false),
      (.assistLevel, "COTA SKILLED NOTE\nMinutes: Ind 30\nAssist level: see flowsheet", false),
    ] as [(ElementKind, String, Bool)])
  func wordingOfTheNinthSession(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// 24-hour times written apart, joined by a dash of any kind or `to`, are the session; a comma
  /// between two times, two years and a distance range are not, nor are a group's minutes, an
  /// authorisation's ceiling or a session's number.
  @Test(
    arguments: [
      ("Session 0815–0841: dangle EOB, sit<>stand x2 w/ +2 assist.", [26]),
      ("Seen 1002 - 1040 for gait training w/ RW.", [38]),
      ("Tx 1310 to 1342: transfers and gait.", [32]),
      ("Attempted PT x2 (0930, 1415). Pt declined both times.", []),
      ("Hx: CABG 2019-2021. Gait trng w/ RW.", []),
      ("Amb 1000 - 1200 ft w/ SPC in community.", []),
      ("Group therapy 97150 x 45 min: 4 residents, seated balance to music.", []),
      ("PTA group, 3 pts. Group minutes 30. Weight shifts and reaching.", []),
      ("Auth rec'd: 12 visits through 4/30, up to 60 min/visit.", []),
      ("Group tx (4 pts) 1330-1400. Seated UE ex, ball toss.", []),
      ("OT - Concurrent session (2 pts), 1400-1430. UE ther ex.", []),
      ("Individual tx 1300-1330: transfers. Pt to attend group later.", [30]),
      ("Stops at signals: 2 (session 1: 7). Time 1000-1120.", [80]),
      ("Behind-the-wheel session #2. Time 1000-1120.", [80]),
      ("WC session, 2 hrs. Circuit per flowsheet.", [120]),
      ("EI visit. Arrived 2:00 - left 2:35 (visit shortened). Walked on grass.", [35]),
      ("L knee pain since she left 2 days ago. Gait trng.", []),
      ("Recommendations\n- Continue EI PT weekly\nRTC 18 mo CA.\n45 min", [45]),
      ("Recommendations\n- Continue EI PT weekly, walk 20 min daily", []),
      ("COTA SKILLED NOTE\nMinutes: Ind 30\n☑ ADL  ☑ Ther ex", [30]),
    ] as [(String, [Int])])
  func clockTimesWrittenApartAndMinutesThatAreNotOneOnOne(note: String, expected: [Int]) {
    #expect(minutes(note) == expected)
  }

  /// A handout given beside a home program that names nothing says no more than the program alone.
  @Test func aHandoutGivenWithAHomeProgramIsBoilerplate() {
    #expect(
      analysis("HEP updated, handout given.").vaguePhrases.map(\.text) == [
        "HEP updated, handout given"
      ])
    #expect(analysis("HEP updated w/ bridges and clamshells, handout given.").vaguePhrases.isEmpty)
  }

  /// The tenth session's classes from the dev-half error analysis, each beside a look-alike that
  /// must not fire, so a fix that widens a class past its neighbour is caught.
  @Test(
    arguments: [
      // skilled_intervention (h1): skill with its content; bare labels and boilerplate are not.
      (
        ElementKind.skilledIntervention,
        "Ed: AFO on before chores; keep basket on a chair to cut down bending.", true
      ),
      (.skilledIntervention, "Education: HEP updated. Questions answered.", false),
      (.skilledIntervention, "BLT precautions reviewed. Gait 150' w/ RW SBA.", true),
      (.skilledIntervention, "Precautions: sternal. Amb 200' RW SBA.", false),
      (.skilledIntervention, "We reviewed log rolling and her spinal precautions.", true),
      (.skilledIntervention, "Log roll to L min A, sidelying to sit min A.", false),
      (.skilledIntervention, "Selective debridement 97597, curette, slough removed.", true),
      (.skilledIntervention, "Debridement per wound RN, not PT.", false),
      (.skilledIntervention, "Grade III central PAs L4-5, 3 x 30 sec.", true),
      (.skilledIntervention, "Dx: L lateral ankle sprain gr II, 4 wks.", false),
      (.skilledIntervention, "Putty pinch/grip yellow -> red, 3 min each.", true),
      (.skilledIntervention, "Grip R 22# -> 28# since eval.", false),
      (
        .skilledIntervention,
        "HEP copy given (sit<>stand, heel raises, seated knee ext) - pt return demo'd.", true
      ),
      (.skilledIntervention, "HEP updated, pt verbalized understanding.", false),
      (.skilledIntervention, "VCs to \"roll through\" reduced limp by 3rd trip.", true),
      (.skilledIntervention, "Pt reports forward trunk lean when tired.", false),
      (
        .skilledIntervention,
        "Treadmill run/walk 1'/1' x5, observed foot strike, no antalgic pattern.", true
      ),
      (.skilledIntervention, "Pt reports foot strike pain when running.", false),
      (
        .skilledIntervention, "When he stood his BP dropped to 84/50, so I deferred walking today.",
        true
      ),
      (.skilledIntervention, "Plan: increase bike to 85% target HR.", false),
      (.skilledIntervention, "Scar massage instruction begun.", true),
      (.skilledIntervention, "Scar massage, tendon glides, putty. Tolerated well.", false),
      (
        .skilledIntervention, "Splint modified: strap moved off graft edge, distal edges flared.",
        true
      ),
      (.skilledIntervention, "WBAT R LE per MD.", false),
      (
        .skilledIntervention,
        "Pt educated on safety w/ transfers: lock brakes before standing, reach back for armrests.",
        true
      ),
      (
        .skilledIntervention, "Attempted PT tx. Pt declined. Educated on importance of mobility.",
        false
      ),
      // patient_response (h2): today's change or event; diagnoses, goals and reports are not.
      (
        .patientResponse, "1 freezing episode at doorway, overcome w/ visual cue (floor line).",
        true
      ),
      (.patientResponse, "Dx: Parkinson's disease with freezing of gait.", false),
      (.patientResponse, "Pt tripped over the threshold once, recovered w/ CGA.", true),
      (.patientResponse, "Round trip to the nurses' station ~140'.", false),
      (.patientResponse, "Bumped x1, regained balance independently.", true),
      (.patientResponse, "Goal: pt will regain balance independently after perturbation.", false),
      (.patientResponse, "Pt unsteady on turns, 1 LOB.", true),
      (.patientResponse, "S: Pt reports 1 near-fall turning in kitchen.", false),
      (.patientResponse, "Walked farther than yesterday.", true),
      (.patientResponse, "Amb farther than 50 ft is the goal.", false),
      (.patientResponse, "Landing mechanics improved within session.", true),
      (.patientResponse, "Goal: improved balance within 4 weeks.", false),
      (.patientResponse, "Pt donned L sock indep after demo.", true),
      (.patientResponse, "Pt to complete HEP with correct form daily.", false),
      (.patientResponse, "Child fussy during last 5 min of standing.", true),
      (.patientResponse, "Child crying at arrival, hard separation from mom.", false),
      (.patientResponse, "Pt reports less neck pain.", true),
      (.patientResponse, "At last visit pt c/o increased knee pain after stairs.", false),
      (.patientResponse, "Knee flexion improved 10 deg after mobs.", true),
      (.patientResponse, "A: ROM improving, pinch still limited.", false),
      (.patientResponse, "Pt fatigued by the end of the session.", true),
      (.patientResponse, "Pt up in chair at end of session, call light in reach.", false),
      // objective_measure (h2): values in new shapes; a dose, a setting, a bare symptom are not.
      (.objectiveMeasure, "Patient reports fatigue after standing 4 minutes.", true),
      (.objectiveMeasure, "Stood at the grab bar to brush teeth.", false),
      (.objectiveMeasure, "Stayed within 1/2\" of line on trial 5.", true),
      (.objectiveMeasure, "Cut along the line within the circle.", false),
      (.objectiveMeasure, "GOAT 72 today, 64 on 5/2.", true),
      (.objectiveMeasure, "NMES quads 35 pps, 10s on/20s off.", false),
      (.objectiveMeasure, "Pain | 2/10", true),
      (.objectiveMeasure, "Shoulder sore at the end of the session.", false),
      (.objectiveMeasure, "L wrist ext PROM 0→25 (was 0-15).", true),
      (.objectiveMeasure, "AROM 2x10 shoulder flexion.", false),
      (.objectiveMeasure, "Carried 10 lb weight from floor to counter x5.", true),
      (.objectiveMeasure, "B UE ther ex w/ 2# dowel 2x10 for strength.", false),
      // functional_task (h3): the task trained; a symptom, a check or a class name alone is not.
      (
        .functionalTask,
        "Pt reports 4/10 pain w/ reaching into overhead cabinets. TE: scap retraction 3x15.", false
      ),
      (.functionalTask, "Stairs 12 steps w/ 1 rail, CGA; knee pain w/ stairs 4/10.", true),
      (.functionalTask, "Post-tx: pt ambulated 200' w/ head turns, no sx.", false),
      (
        .functionalTask,
        "R Epley x2. Gait training 300' w/ head turns SBA to improve safety in community.", true
      ),
      (.functionalTask, "Functional mobility.", false),
      (.functionalTask, "Functional mobility w/ RW in room CGA.", true),
      (.functionalTask, "Orthosis on at all times except hygiene.", false),
      (.functionalTask, "Toileting hygiene w/ min A after voiding.", true),
      (.functionalTask, "Lempert (BBQ) roll to R x1.", false),
      (.functionalTask, "Rolling to L w/ min A using rail.", true),
      (.functionalTask, "Played catch while walking on line.", true),
      (.functionalTask, "Pt did some walking in the hallway.", true),
      (.functionalTask, "Catch-up on charting.", false),
      // goal_linkage (h3): a named outcome or goal; PLOF, a home program, an impairment are not.
      (.goalLinkage, "Balance training to return to prior level of function.", false),
      (.goalLinkage, "Pt working toward goal of returning to operating tractor.", true),
      (.goalLinkage, "Patient needs to resume her home program.", false),
      (.goalLinkage, "Stair training so he can go home with his wife.", true),
      (.goalLinkage, "Goals: to increase LE strength.", false),
      (.goalLinkage, "Goal: to increase strength for stairs at home.", true),
      (.goalLinkage, "Goals: progress toward goals.", false),
      (.goalLinkage, "Progress toward goals: STG 2 met.", true),
      (.goalLinkage, "Progressing toward LTG of mod I mailbox retrieval.", true),
      (.goalLinkage, "I need to be able to get into my tub.", true),
      (.goalLinkage, "Pt reports checking the mail daily.", false),
      // assist_level (h4): physical help; codes, classes, PA mobs and HEP independence are not.
      (.assistLevel, "Dx: I97.2 lymphedema L UE. Sit to stand I x5.", true),
      (.assistLevel, "4 y/o M, GMFCS I.", false),
      (.assistLevel, "STS min PA x3 from low mat.", true),
      (.assistLevel, "TE 20 min, MT 10 min (PA mobs L3-5 gr III).", false),
      (.assistLevel, "Pt I w/ toileting and HEP.", true),
      (.assistLevel, "Pt I w/ HEP, return demo correct.", false),
      (.assistLevel, "Transfers mod -> min A over session.", true),
      (.assistLevel, "Cues faded mod -> min during organizer fill.", false),
      (.assistLevel, "Walked on 4 inch beam w/ HHA x1.", true),
      (.assistLevel, "HHA finishing sponge bath at start of visit; HHA 2x/wk.", false),
      (.assistLevel, "Pt returned to room in w/c and assisted to bed w/ 2 staff.", true),
      (.assistLevel, "Discussed plan w/ 2 staff at nurses station.", false),
      // cueing (h4): cues to the patient; symptom forms, facilitation, others' cues are not.
      (.cueing, "Completed laundry w/ picture checklist.", true),
      (.cueing, "SCAT symptom checklist 0/22 this AM.", false),
      (.cueing, "Heel slides w/ tactile facilitation of hamstrings.", true),
      (
        .cueing, "BWSTT 30% BWS, manual facilitation L knee (stance) and R foot (clearance).", false
      ),
      (.cueing, "Cued pt to stand tall on ascent.", true),
      (.cueing, "Cued daughter to stand behind/below on ascent.", false),
      (.cueing, "Taught self-cue 'knees, roll, push'.", true),
      (.cueing, "Pt self-cued 'hands ready, watch ball'.", false),
      (.cueing, "Shoulder hiking w/ overhead reach, improved w/ mirror.", true),
      (.cueing, "Pt directed sister through skin inspection w/ mirror.", false),
      (.cueing, "Scar massage was demonstrated and he did it himself.", true),
      (.cueing, "Improvement was demonstrated in sit to stand speed.", false),
      (.cueing, "Needed reorientation to task x4.", true),
      (.cueing, "Pt oriented x3.", false),
    ] as [(ElementKind, String, Bool)])
  func wordingOfTheTenthSession(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// Minutes that are not one-on-one treatment time in the tenth session: an untimed modality
  /// (Fluidotherapy), an anoxic downtime, minutes per bout and a tolerance at the edge of the bed;
  /// the timed service written beside each still gives its minutes. A range with one meridiem
  /// after its end is read in that half of the day.
  @Test(
    arguments: [
      // An untimed modality (Fluidotherapy) gives no minutes; the timed code beside it does.
      ("Fluido 10', MT, ther ex per flowsheet. 97140 x1, 97110 x2.", []),
      ("Fluidotherapy x 12 min to R hand prior to ROM. 97110 x 2 units.", []),
      ("Fluidotherapy to R hand, then TE 24 min (97110).", [24]),
      // An anoxic downtime is no treatment time.
      ("Anoxic brain injury (s/p cardiac arrest, ~5 min downtime).", []),
      ("Anoxic injury, 5 min downtime. Self-care training 97535 x 25 min.", [25]),
      // Minutes per bout are a dose, not the session's minutes.
      ("Standing play at bench ~3 min/bout. 97530 x2.", []),
      ("Treadmill 3 min bouts x4 at 1.5 mph. 97530 x2.", []),
      ("Gait training 15 min per PT in hallway.", [15]),
      // Sitting at the edge of the bed for N minutes is a tolerance.
      ("Patient sat at the edge of the bed for three minutes and reported light headedness.", []),
      ("Sat on the edge of bed x 5 min, BP stable. 97530 x 23 min.", [23]),
      ("Bed mobility and EOB balance training 25 min.", [25]),
      // Moist heat written "MH" is untimed; a sitting time written "~10 min" is a tolerance.
      ("TE per flowsheet, MH 10 min, IFC 15 min. 97110 x3.", []),
      ("MH 10 min, then TE 23 min (97110).", [23]),
      ("Pt sat EOB ~10 min, grooming task. 97530 x 1", []),
      ("Sat EOB ~5 min. Bed mob and EOB balance trng 25 min.", [25]),
      // One meridiem for both ends of a range; each end's own where both have one.
      ("Time: 1:05–1:52 pm. Gait trng w/ RW.", [47]),
      ("Time: 11:30-12:15 pm. Gait trng w/ RW.", [45]),
      ("Time: 9:05 am-1:52 pm. Gait trng w/ RW.", [287]),
    ] as [(String, [Int])])
  func minutesOfTheTenthSession(note: String, expected: [Int]) {
    #expect(minutes(note) == expected)
  }

  /// A word of time or contrast between two values of one kind is the response (`requires=pair`):
  /// two assist levels, two cue amounts, two ratings of one measure; not beside one value, two
  /// tasks' levels or a set of vital signs.
  @Test(
    arguments: [
      ("Sit<>stand mod A x1 at start of session, min A by last 3 reps after cueing.", true),
      ("Knee pain 6/10 before manual, 3/10 after, step-down felt smoother.", true),
      ("UB dressing - down to 2 VC for sequencing (8 VC last tx).", true),
      ("RPE 13 at 2.5 mph/2% today vs RPE 15 at same workload 2 wks ago.", true),
      ("Pain 6/10 before tx.", false),
      ("Bed mob SBA, transfers CGA after rest.", false),
      ("BP 132/80, HR 70 seated prior to tx.", false),
    ] as [(String, Bool)])
  func aContrastBetweenTwoValuesIsTheResponse(note: String, expected: Bool) {
    #expect(present(.patientResponse, note) == expected)
  }

  /// Context and wording of the tenth session: "w/o" ends at its comma and before "after", so the
  /// cue after it was given; "initially" is this session's first trial; a capital I closed by a
  /// comma is a level, not the pronoun; praise of progress is boilerplate whatever follows it.
  @Test func contextAndWordingOfTheTenthSession() {
    #expect(present(.cueing, "8/10 w/o trunk lateral lean after VC."))
    #expect(!present(.cueing, "Stairs x12 w/o cues."))
    #expect(present(.cueing, "Pt initially flexed hip >90°, corrected after cue."))
    #expect(present(.assistLevel, "Amb 10 steps I, no LOB."))
    // A success count is a measure, not a response (the protocol's trials).
    #expect(present(.objectiveMeasure, "Child completed 2/5 w/ min facilitation."))
    #expect(!present(.patientResponse, "Child completed 2/5 w/ min facilitation."))
    #expect(!present(.patientResponse, "Skilled: monitored for freezing during turns."))
    #expect(present(.patientResponse, "Froze at the doorway x2, cued step-over."))
    #expect(!present(.assistLevel, "I, the treating PT, saw the pt for gait training."))
    #expect(
      analysis("A: Good progress in ROM and strength. Needs skilled PT for stairs.").vaguePhrases
        .map(\.text) == ["Good progress"])
    #expect(analysis("Good progression of load: 3x10 at 25 lb, no pain.").vaguePhrases.isEmpty)
    #expect(
      analysis("Pt is making progress and continues to benefit from OT.").vaguePhrases.count == 1)
  }

  /// The twenty-third probe round's classes: a rest written with its article, a fault that
  /// stopped, support or grade stepped by what was seen, a hand that advanced the limb, an
  /// evaluation's teaching told later, and a benefit claimed without "skilled".
  @Test(
    arguments: [
      (
        ElementKind.patientResponse,
        "Walked to the dining room w/o a rest for the first time since therapy started.", true
      ),
      (.patientResponse, "Sit to stand controlled, no longer dropping into chair.", true),
      (.patientResponse, "Pt no longer drives; daughter brings him.", false),
      (
        .skilledIntervention, "Reduced BWS to 20% after 3 min bout when step length symmetrical.",
        true
      ),
      (.skilledIntervention, "Treadmill: grade reduced 4% to 2% for chest tightness.", true),
      (.skilledIntervention, "Load 30 lb today.", false),
      (.skilledIntervention, "2nd therapist manually advanced L LE for heel strike.", true),
      (.skilledIntervention, "Corrected lumbar hyperextension w/ staggered stance.", true),
      (.skilledIntervention, "Per OT eval on 3/2, pt was educated on hip precautions.", false),
      (.skilledIntervention, "Pt exercised on treadmill per ITP; telemetry monitored.", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheTwentyThirdProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The twenty-fourth probe round's classes (recall: the therapist's own words): teaching, grading
  /// and deciding told in the first person or as a story, less weight through the support, swelling
  /// seen to go down, and measures without their test word.
  @Test(
    arguments: [
      (
        ElementKind.skilledIntervention,
        "Went over her precautions (no bending past 90, no crossing legs).", true
      ),
      (.skilledIntervention, "Pt went over to the window.", false),
      (.skilledIntervention, "Dizziness 8/10, so I backed her down to seated head turns.", true),
      (.skilledIntervention, "Platelets 18k this AM so I skipped the resistance work.", true),
      (.skilledIntervention, "Switched him from the skinny pencil to a triangle grip.", true),
      (.skilledIntervention, "Blocked the MCP so she'd isolate FDS during tendon glides.", true),
      (.skilledIntervention, "Stayed with pt monitoring until HR <110.", true),
      (.skilledIntervention, "Went through AM vs PM slots, having her tell me back.", true),
      (.patientResponse, "She was leaning less on the walker by the end of the hall.", true),
      (.patientResponse, "Swelling visibly down after retrograde massage.", true),
      (.patientResponse, "Swelling noted at the incision.", false),
      (.objectiveMeasure, "Nine-hole peg L 48 s.", true),
      (.objectiveMeasure, "5x sit-to-stand 14.2 sec.", true),
      (.objectiveMeasure, "Sat edge of bed 12 min before needing to lie back down.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheTwentyFourthProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The twenty-fifth probe round's classes (recall: skilled work, responses, measures, goal links
  /// and tasks the less common ways): teaching told as a topic gone over, a load or a progression
  /// changed for what was seen, an activity stopped at its vitals, the home set up, the hands'
  /// place, a comparison announced, a symptom eased by the therapist's act, and values read from
  /// the chart or another clinician (history, not today's finding).
  @Test(
    arguments: [
      (
        ElementKind.skilledIntervention,
        "Hip precs gone over w/ daughter: no bending past 90, no crossing legs.", true
      ),
      (
        .skilledIntervention,
        "Went over energy conservaton w/ pt for her morning routine: sit for LB dressing.", true
      ),
      (.skilledIntervention, "Pt went over to the sink.", false),
      (
        .skilledIntervention,
        "Manual: L5 unilateral PAs gr III 3x30 sec, rechecked extension after.", true
      ),
      (
        .skilledIntervention,
        "Pt hiking R shoulder, so dropped to 2# dowel; smooth reach after.", true
      ),
      (.skilledIntervention, "Load 15# today.", false),
      (
        .skilledIntervention,
        "Workload kept at 3 METs, no progression b/c HR rose 28 bpm in warm-up.", true
      ),
      (
        .skilledIntervention,
        "Gaze stab moved from blank wall to busy background since sx stayed 0/10.", true
      ),
      (
        .skilledIntervention,
        "EOB sitting stopped at 3 min: BP 84/50, pt pale. Returned supine.", true
      ),
      (
        .skilledIntervention,
        "Commode moved to R side of bed so she exits toward her stronger side.", true
      ),
      (.skilledIntervention, "Pt moved to the recliner after the session.", false),
      (
        .skilledIntervention,
        "Trimmed distal edge of the resting splint after a red area at the wear check.", true
      ),
      (
        .skilledIntervention,
        "My hands over hers for the first pour, then she poured on her own.", true
      ),
      (.skilledIntervention, "Pt stood with hands on hips for 30 sec.", false),
      (
        .skilledIntervention,
        "Per chart, previous therapist did grade III mobs to the knee.", false
      ),
      (.functionalTask, "Pushed grocery cart 150 ft around the clinic.", true),
      (.functionalTask, "Seated shower on tub bench, washed own hair w/ set-up.", true),
      (.functionalTask, "Button-down shirt on using hemi technique, min A for the R sleeve.", true),
      (.functionalTask, "Pool entry via steps w/ rail, SBA.", true),
      (.goalLinkage, "EC strategies to allow pt to bathe w/o stopping to rest.", true),
      (.goalLinkage, "Shower chair in bathroom.", false),
      (.goalLinkage, "Standing at counter 20 min - prep for RTW as a cashier.", true),
      (
        .patientResponse,
        "Toe clearance present by end; was catching R toe at start of gait trng.", true
      ),
      (.patientResponse, "Compared w/ last visit: 12 steps reciprocal today (was step-to).", true),
      (
        .patientResponse,
        "C/o calf cramp at min 6 on bike; eased w/ standing stretch, finished bout.", true
      ),
      (.objectiveMeasure, "Orthostatics: supine 132/80 -> stand 104/66.", true),
      (.objectiveMeasure, "L elbow 10-125 AROM seated.", true),
      (.objectiveMeasure, "Walked bedroom to bathroom and back, approx 90'.", true),
      (.objectiveMeasure, "Per ortho note, flexion 95 deg at the 6-wk post-op visit.", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheTwentyFifthProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The classes of the eleventh session's writers' rounds (w61-w64), dev half: soreness told with
  /// its degree or site, what an aid changed at once, a teach-back after its topic, tiredness
  /// afterwards; the one-handed method and the energy-conservation principles taught, advice told
  /// in the passive, exercise kept under a symptom or heart-rate threshold, a progression made on
  /// a criterion; a purpose "to encourage" a task and the demand a task answers.
  @Test(
    arguments: [
      (ElementKind.patientResponse, "She was a little tired afterwards.", true),
      (.patientResponse, "Pt c/o mild back soreness after the lifting circuit.", true),
      (.patientResponse, "Reports some soreness L shoulder.", true),
      (.patientResponse, "Per daughter, pt c/o mild back soreness at night.", false),
      (
        .patientResponse,
        "Spillage down w/ weighted spoon (about half of spoonfuls w/ regular).", true
      ),
      (.patientResponse, "Typing 5 min - fewer errors w/ wrist support.", true),
      (.patientResponse, "Reviewed hip precautions - pt recalls 2/3.", true),
      (.patientResponse, "Fussy last 10 min of standing at the bench.", true),
      (
        .skilledIntervention,
        "UB dressing with the one-handed technique, affected arm in first.", true
      ),
      (.skilledIntervention, "Discussed spreading tasks out and sitting to fold laundry.", true),
      (.skilledIntervention, "Pt planned her week using the 4 Ps.", true),
      (.skilledIntervention, "Pt was advised to take bigger steps during gait.", true),
      (.skilledIntervention, "Pt was advised to call her MD.", false),
      (.skilledIntervention, "Bike 18 min sub-sx threshold, HR 135-142 (kept <150).", true),
      (
        .skilledIntervention,
        "Crate lift advanced only when all 5 reps showed neutral spine.", true
      ),
      (.skilledIntervention, "Cued to raise bed to hip height and drive w/ legs.", true),
      (.goalLinkage, "Facilitation at pelvis to encourage R-lead cruising, cruised 3 ft x4.", true),
      (.goalLinkage, "Box floor to shelf x10, which is something he has to do at work.", true),
      (.goalLinkage, "Session focused on pull to stand at bench.", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheEleventhSessionsRounds(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// Boilerplate of the same rounds: a tolerance followed only by the plan, going on "per
  /// protocol" and nothing more, and a child's "played well"; each with its look-alike.
  @Test func boilerplateOfTheEleventhSessionsRounds() {
    #expect(
      analysis("She tolerated the session and will continue with OT five times a week.")
        .vaguePhrases.count == 1)
    #expect(analysis("She tolerated the session but fatigued by the end.").vaguePhrases.isEmpty)
    #expect(
      analysis("Progressed to band ER/IR. Cont per protocol.").vaguePhrases.map(\.text) == [
        "Cont per protocol"
      ])
    #expect(analysis("Cont per protocol, progress to AROM wk 6.").vaguePhrases.isEmpty)
    #expect(analysis("Played well with peers.").vaguePhrases.map(\.text) == ["Played well"])
  }

  /// The twenty-sixth probe round's classes (excerpts in assistants' and home-health voices): care
  /// offered and declined, what a teacher, an aide or a daughter reports, a home program carried
  /// over unchanged; retraining, one item at a time, colour coding, a muscle tapped, an orthosis
  /// or magnifier trialled, a step held for the heart rate; stepping strategies with a functional
  /// aim; a focus that names an outcome; an earlier visit's smaller figure, a refusal before, what
  /// could not be done at the start, what changed since using a strategy.
  @Test(
    arguments: [
      (ElementKind.skilledIntervention, "Falls prevention education offered; pt declined.", false),
      (
        .skilledIntervention,
        "Floor lift: lumbar rounding, so retrained hip hinge w/ dowel, then 20# x5.", true
      ),
      (.skilledIntervention, "Teacher reports student using slant board in class daily.", false),
      (.skilledIntervention, "HEP: same as above.", false),
      (
        .skilledIntervention,
        "Clothing laid out in donning order and handed one item at a time.", true
      ),
      (.skilledIntervention, "Follows 1-step commands consistently.", false),
      (
        .skilledIntervention,
        "Pill box: 2 errors, so color-coded the PM lids and had pt read each label aloud.", true
      ),
      (.skilledIntervention, "QS w/ PTA tapping VMO on each rep, SLR x10 after.", true),
      (.skilledIntervention, "Trialed posterior leaf AFO, toe clearance 5/5 w/ AFO.", true),
      (.skilledIntervention, "Standing held today because HR approached 120 session limit.", true),
      (.skilledIntervention, "Eccentric viewing trained w/ clock-face method.", true),
      (
        .skilledIntervention,
        "Per dtr, the aide has been teaching pt to use the shower chair.", false
      ),
      (
        .functionalTask,
        "Stepping strategy drills w/ perturbations to decrease fall risk at home.", true
      ),
      (.functionalTask, "Stepping strategy drills on foam 10 reps.", false),
      (
        .goalLinkage,
        "Dual-task gait 300' x2. Focus: reduce fall risk when walking in the grocery store.", true
      ),
      (
        .patientResponse,
        "Cruising 5 steps each direction. Last week only 1-2 steps before sitting down.", true
      ),
      (.patientResponse, "Last week only 2 visits d/t illness.", false),
      (.patientResponse, "Pt reports R hamstring 'tight but not painful' after sprints.", true),
      (.patientResponse, "Participated 12 min; had refused last 2 sessions.", true),
      (
        .patientResponse,
        "After session able to make a full fist, which she could not do at start.", true
      ),
      (
        .patientResponse,
        "Pt made it through her shift without leaking since using the knack.", true
      ),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheTwentySixthProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The twenty-seventh and twenty-eighth probe rounds' classes (measures, tasks, goals and
  /// responses in every setting; the specialties of the weakest test-half styles): instruments'
  /// values and a pain rated in words; orders, device settings and "weeks ago" as no value of
  /// today; a drink made, a route driven, a spoon to the mouth, a sport's skills, a hop test as a
  /// test; everyday acts and joining the family as outcomes; a child's behaviour changing, a
  /// difference, a return demonstration counted, skin checked after the work, a symptom that held,
  /// the moment after a maneuver; a joint held for the exercise, a run cut back; the caregiver
  /// being coached is the one cued.
  @Test(
    arguments: [
      (ElementKind.objectiveMeasure, "Rated R knee pain as 'mild' once seated.", true),
      (.objectiveMeasure, "Keep SpO2 >= 90% on RA with activity.", false),
      (.objectiveMeasure, "Resting hand orthosis fabricated: wrist positioned in 20° ext.", false),
      (.objectiveMeasure, "Knee brace locked at 0-60°.", false),
      (.objectiveMeasure, "Pt positioned in sidelying, PROM ER 45°.", true),
      (.objectiveMeasure, "Bioimpedance L-Dex 9.8 today.", true),
      (.objectiveMeasure, "1-hr pad test 4 g today.", true),
      (.objectiveMeasure, "AIMS raw score 41 today.", true),
      (.objectiveMeasure, "Pt fell 3 wks ago and rated knee pain 8/10 then.", false),
      (.functionalTask, "Heated a cup of tea in the microwave using the tactile marks.", true),
      (.functionalTask, "On-road: drove a 5-mile route incl. a highway merge.", true),
      (.functionalTask, "Scooped applesauce with pre-loaded spoon and brought it to mouth.", true),
      (.functionalTask, "Completed SL hop test battery for return-to-sport clearance.", false),
      (.functionalTask, "Basketball layup approach with 2-foot landing.", true),
      (
        .goalLinkage,
        "UE endurance training so pt can wash and dry her hair without stopping.", true
      ),
      (
        .goalLinkage,
        "Supported sitting in bath seat so child can join bath time with her sister.", true
      ),
      (
        .patientResponse,
        "Cried on first 2 trials, then completed 3 more and smiled at the end.", true
      ),
      (
        .patientResponse,
        "Forearm girth 1.5 cm less after bandaging than at start of session.", true
      ),
      (.patientResponse, "Demonstrated the knack correctly on 3 of 3 trials.", true),
      (.patientResponse, "Stump checked after 15 min of walking: no redness.", true),
      (.patientResponse, "Headache stayed 2/10 through 12 min of bike.", true),
      (.patientResponse, "CRP x1. Post: no nystagmus, no vertigo.", true),
      (.patientResponse, "Child said 'my legs are tired' after 3 laps.", true),
      (.patientResponse, "Pt slept poorly due to pain.", false),
      (
        .skilledIntervention,
        "Tendon glides, PT stabilized MCP; ed'd no resisted grip x4 wk.", true
      ),
      (
        .skilledIntervention,
        "Shin pain after last run: cut run intervals from 3 min to 1 min.", true
      ),
      (.cueing, "Coached mother with verbal prompts on holding his hips during standing.", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheTwentySeventhAndTwentyEighthProbeRounds(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// The classes of the eleventh session's second rounds (w65-w68, dev half) and of the
  /// twenty-ninth probe round (skilled work): a cue to the cadence, a cue after "w/o" that was
  /// needed, an exercise held for now, a verbal script faded, a load stepped with its implement,
  /// seating and prosthetic fit judged on what was seen, the change told with its "so", the
  /// student's hands, a stop at the vitals; a caregiver's bandaging and hand-under-hand; help
  /// stepped down within the task, a symptom resolved, a rest with its length, a symptom gone with
  /// the position, a value that rose during the session; independence as the aim.
  @Test(
    arguments: [
      (
        ElementKind.skilledIntervention,
        "Running gait on treadmill: cued ↑ cadence (162 -> 172 spm).", true
      ),
      (
        .skilledIntervention,
        "Curb w/o curb cut needed 1 VC for cane placement, then 3/3 correct.", true
      ),
      (
        .skilledIntervention,
        "Tingling w/ nerve glides, stopped after 5 reps; held nerve glides for now.", true
      ),
      (.skilledIntervention, "Buttons: used a verbal script, faded to 1 cue by trial 3.", true),
      (.skilledIntervention, "Lift training 15# tote x10 → 25# x10 w/ hip hinge.", true),
      (
        .skilledIntervention,
        "Pressure mapping on current cushion; recommend air-cell cushion.", true
      ),
      (
        .skilledIntervention,
        "Pistoning seen at heel strike. Added 1-ply, pistoning resolved.", true
      ),
      (.skilledIntervention, "Serial cast #3 R ankle in subtalar neutral.", true),
      (.skilledIntervention, "RW lowered 1 notch to wrist crease, trunk more upright after.", true),
      (
        .skilledIntervention,
        "R glute med lag on step-down, so added lateral band walks before stairs.", true
      ),
      (
        .skilledIntervention,
        "SPT applied manual block at patella and had pt shorten L step.", true
      ),
      (
        .skilledIntervention,
        "EOB sitting while watching MAP; stopped at 6 min when RR rose to 32.", true
      ),
      (.cueing, "Husband applied forearm layers, min VCs for 50% overlap.", false),
      (.cueing, "Teacher hand-under-hand for the first 3 scoops, faded to touch at elbow.", true),
      (.patientResponse, "Curb 6\" w/ SPC x4, CGA 1st rep then SBA.", true),
      (
        .patientResponse,
        "Pt c/o pounding HA during transfers; BP 162/94. Tubing unkinked, HA resolved.", true
      ),
      (.patientResponse, "Amb 400' w/ SPC, SBA, ~3 min seated rest after.", true),
      (
        .patientResponse,
        "Pulling in R calf during wall stretch, gone as soon as she came out of the stretch.", true
      ),
      (.patientResponse, "Legible letters rose from 60% to 85% over the session.", true),
      (.goalLinkage, "W/c propulsion 150' for I mobility to the dining room for meals.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheEleventhSessionsSecondRounds(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The thirtieth probe round's classes (dictated prose and flowsheet exports): a test's value
  /// after a table's border or its device, a stance, a time, a count and an oxygen level told in
  /// words; the patient's own words on the change, a later trial without help, a recheck at the
  /// end, the last of the energy, a distance up from an earlier one, settling after a change;
  /// grooming and containers with their owner, a stand and the steps told; what someone wanted
  /// done and what the aide reports are not today's work.
  @Test(
    arguments: [
      (ElementKind.objectiveMeasure, "TUG w/ RW | 18.4 s", true),
      (.objectiveMeasure, "BBS | 39/56", true),
      (.objectiveMeasure, "She stood on her right foot alone for six seconds.", true),
      (.objectiveMeasure, "Box jumps 12\" x10.", false),
      (.objectiveMeasure, "He copied the paragraph in three minutes and forty seconds.", true),
      (.objectiveMeasure, "Eighteen of his twenty two letters were sized correctly.", true),
      (.objectiveMeasure, "Her oxygen held at ninety three percent on the trach collar.", true),
      (
        .patientResponse,
        "Afterwards he said he felt less scrambled when the steps were written out.", true
      ),
      (.patientResponse, "LB dressing w/ reacher: sequenced reacher w/o cues by trial 3.", true),
      (.patientResponse, "When we rechecked at the end there was no nystagmus.", true),
      (
        .patientResponse,
        "On the last thirty feet she told me her leg was running out of gas.", true
      ),
      (
        .patientResponse,
        "Amb 150 feet, up from the seventy five feet she managed on Monday.", true
      ),
      (
        .patientResponse,
        "She started pacing, so we moved to the quieter corner and she was able to settle.", true
      ),
      (.patientResponse, "Per the aide the resident was agitated at breakfast.", false),
      (.functionalTask, "She brushed her own hair and put on her lipstick at the vanity.", true),
      (.functionalTask, "We practiced opening his lunch containers at the cafeteria table.", true),
      (
        .functionalTask,
        "We stood her up to the walker and she took six steps over to the recliner.", true
      ),
      (
        .functionalTask,
        "His teacher wanted us to work on scissor skills but he was absent.", false
      ),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheThirtiethProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The thirty-first and thirty-second probe rounds' classes (goal links, tasks, cueing and assist
  /// in every form; occupational therapy): OT tests scored in their terms; a meal made, a meal
  /// eaten with its utensils, a grocery outing, medications sorted, a power chair driven, dynamic
  /// balance with a functional aim (not without one), a test's items as the test's; driving, coping
  /// and regulation set up or taught; errors falling, confidence told, attention drifting, calming
  /// and re-engaging; a goal to manage one's own affairs, to hold a grandchild, to get back to a
  /// pursuit, the family's goal, goals ticked as addressed; hands on at the hips; a first-then board.
  @Test(
    arguments: [
      (ElementKind.objectiveMeasure, "Jebsen-Taylor L hand: writing 38 s.", true),
      (.objectiveMeasure, "Trail Making B 142 s with 2 sequencing errors.", true),
      (.objectiveMeasure, "KELS total score 7.", true),
      (.functionalTask, "Pt made scrambled eggs at stove from w/c level.", true),
      (.functionalTask, "Pt ate lunch using rocker knife and built-up spoon.", true),
      (
        .functionalTask,
        "Grocery outing: pt located 6 items from her list and paid at self-checkout.", true
      ),
      (.functionalTask, "Pt sorted her weekly meds into AM/PM organizer.", true),
      (
        .functionalTask,
        "AMPS administered: pt performed making toast and folding towels for scoring.", false
      ),
      (.functionalTask, "FCE lift test: floor-to-waist max safe lift 35#.", false),
      (.functionalTask, "Power w/c trial: drove through 32\" doorway and up 1:12 ramp.", true),
      (
        .functionalTask,
        "Dynamic standing balance with head turns and stepping over shoes, to decrease fall risk.",
        true
      ),
      (.functionalTask, "Dynamic standing balance with head turns on foam.", false),
      (.skilledIntervention, "Installed spinner knob for L-hand steering.", true),
      (
        .skilledIntervention,
        "Taught 5-4-3-2-1 grounding and paced breathing; had pt rehearse both.", true
      ),
      (
        .skilledIntervention,
        "Seated child on wedge cushion and lowered desk so forearms rest at 90 deg.", true
      ),
      (
        .patientResponse,
        "Check-writing: errors fell from 4 on the first check to 1 on the third.", true
      ),
      (.patientResponse, "Pt stated he felt 'more confident' turning left-handed.", true),
      (.patientResponse, "Attention drifted after ~15 min of card sorting.", true),
      (
        .patientResponse,
        "Child cried during tactile play; calmed within 2 min after deep pressure and re-engaged.",
        true
      ),
      (
        .goalLinkage,
        "Calendar and alarm strategies to meet pt's goal of managing her own medications.", true
      ),
      (.goalLinkage, "Lift of weighted doll x6 so she can hold her new grandbaby again.", true),
      (.goalLinkage, "Split-step drills to get back to playing pickleball with her league.", true),
      (.goalLinkage, "Family's goal: that Mom can still set the table for lunch.", true),
      (.goalLinkage, "Goals addressed today: ☒ 1  ☐ 2  ☒ 3", true),
      (.assistLevel, "Stand-pivot bed>commode with hands-on at the hips during the turn.", true),
      (.cueing, "Visual first-then board used to transition student to scissors.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheThirtyFirstAndThirtySecondProbeRounds(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// The classes of the eleventh session's third rounds (w69-w72, dev half): a stand held for its
  /// time, the change that made the difference, a fault corrected with a quoted cue, cues to the
  /// heel-toe pattern and soft landings, an aid introduced (not one owned at home), a tilt for the
  /// blood pressure.
  @Test(
    arguments: [
      (
        ElementKind.objectiveMeasure,
        "Clothing mgmt in standing: maintained stand 45 sec w/ R hand on grab bar.", true
      ),
      (
        .skilledIntervention,
        "Walking with head turns: 2 falls first 3 trials, 0 falls last 3 after slowing pace w/ push cart.",
        true
      ),
      (
        .skilledIntervention,
        "Drop jump: L dynamic valgus, corrected w/ \"knee over 2nd toe\" + mirror.", true
      ),
      (.skilledIntervention, "GT: amb 200' SPC, cues heel-toe.", true),
      (.skilledIntervention, "Lateral hops over line 2x10, cues soft landing.", true),
      (.skilledIntervention, "LB dressing: sock aid introduced, pt donned R sock.", true),
      (
        .skilledIntervention,
        "Seated BP 84/50, pt \"fuzzy\" -> tilted back 30 deg for BP sx.", true
      ),
      (.skilledIntervention, "Pt has a sock aid at home.", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheEleventhSessionsThirdRounds(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The classes of the twelfth session's rounds (w73-w76, dev half): the time an everyday task
  /// took (a measure, not treatment minutes), a Rancho level, pain held at its value, and the
  /// patient's own goal told in the first person; and as look-alikes, the same time in a goal and a
  /// Rancho level in the history.
  @Test(
    arguments: [
      (ElementKind.objectiveMeasure, "Dressing: time to dress 18 min (last wk 26 min).", true),
      (.objectiveMeasure, "STG 2: time to dress < 15 min by 4/1.", false),
      (.objectiveMeasure, "Pt alert, Rancho VI, needed cue to start each step.", true),
      (.objectiveMeasure, "PMH: TBI 2019, Rancho VII at d/c from IRF.", false),
      (.objectiveMeasure, "Edema decreased after elevation; pain unchanged 4/10.", true),
      (
        .goalLinkage,
        "S: \"I want to feed myself when my girlfriend visits.\" Self-feeding w/ universal cuff, 60% of meal.",
        true
      ),
      (
        .goalLinkage, "S: \"I want to rest today.\" Self-feeding w/ universal cuff, 60% of meal.",
        false
      ),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheTwelfthSessionsRounds(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The time an everyday task took is its measure, not the visit's treatment minutes.
  @Test func theTimeATaskTookIsNotTreatmentMinutes() {
    #expect(!present(.timedMinutes, "Dressing: time to dress 18 min (last wk 26 min)."))
    #expect(present(.timedMinutes, "Dressing training 18 min."))
  }

  /// The classes of the thirty-third probe round (elements inside longer text): a dose changed for
  /// what was seen, told with what changed; strengthening held; oxygen turned up with an arrow;
  /// calm within minutes and more alert by the end; a scale completed in clinic with its score; a
  /// repetition test to fatigue; a loaded cart; pool entry; cutting drills; and a SOAP letter inside
  /// a line, which ends the Subjective section before it. Each with a look-alike.
  @Test(
    arguments: [
      (
        ElementKind.skilledIntervention,
        "TM 2.5 mph/2% - HR 128 by min 6 (ceiling 120 from GXT) so grade dropped to 0%, HR settled 114.",
        true
      ),
      (.skilledIntervention, "TM 2.5 mph, grade 2%, 20 min.", false),
      (
        .skilledIntervention,
        "Labs checked before tx (PLT 28K, Hgb 7.9) -> held resistive ex, kept to AROM.", true
      ),
      (.skilledIntervention, "SpO2 86% at 4 min -> O2 ↑ 2→3 L per protocol.", true),
      (
        .skilledIntervention, "REIL x10 -> pain centralized calf->buttock, so kept ext loading.",
        true
      ),
      (
        .skilledIntervention,
        "S: 'knee's only sore going downstairs.' O: TE - step-downs 6\" box 3x8, valgus by rep 5 so dropped to 4\" box.",
        true
      ),
      (
        .skilledIntervention, "S: pt reports HEP going well, so dropped it to 1x/day at home.",
        false
      ),
      (
        .patientResponse,
        "Cried at first on platform swing; deep pressure to shoulders -> calm by min 3.", true
      ),
      (
        .patientResponse, "More alert by end (eyes open spont., was opening to voice at start).",
        true
      ),
      (.patientResponse, "RN reports pt was more alert yesterday.", false),
      (
        .objectiveMeasure, "S: still dizzy rolling to R; DHI completed in clinic today = 46/100.",
        true
      ),
      (.objectiveMeasure, "DHI to be completed next visit.", false),
      (.objectiveMeasure, "Heel-rise test to fatigue: R 9, L 22.", true),
      (.objectiveMeasure, "Heel raises on step, both legs.", false),
      (.functionalTask, "Pushed/pulled loaded cart (150#) 4 x 50 ft on tile & carpet.", true),
      (.functionalTask, "Entry/exit of pool via steps w/ handrail x2.", true),
      (.functionalTask, "Lateral cutting & decel drills @ 75% speed around 4 cones.", true),
      (.functionalTask, "Loaded cart push deferred d/t LBP flare; will try next visit.", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheThirtyThirdProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The classes of the twelfth session's second rounds (w77-w80, dev half): a parent instructed
  /// beside the child's work (the parent is taught, the child still does the work), and goals told
  /// as a meal of one's own and meals with the family; with the parent doing the work and a goal
  /// that names no activity as look-alikes.
  @Test(
    arguments: [
      (
        ElementKind.functionalTask,
        "Tx: gastroc stretching w/ mom instructed, sit<>stand from small bench x10, step up/down 6\" curb w/ 1 HHA.",
        true
      ),
      (
        .assistLevel,
        "Tx: gastroc stretching w/ mom instructed, sit<>stand from small bench x10, step up/down 6\" curb w/ 1 HHA.",
        true
      ),
      (.functionalTask, "Mom performed sit<>stand with him at home x10.", false),
      (
        .goalLinkage,
        "Goal per pt: \"make my own lunch in the student lounge.\" Practiced opening containers.",
        true
      ),
      (.goalLinkage, "Goal per pt: \"get stronger.\" Practiced opening containers.", false),
      (
        .goalLinkage, "Tolerated well. Cont working on IFSP outcome for eating meals with family.",
        true
      ),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheTwelfthSessionsSecondRounds(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The classes of the thirty-fourth probe round (assistants' and students' shorthand): purposes
  /// told as "to be able to", "to keep up w/ peers", "so she can get in front door", a school
  /// routine; a Section GG item and a limb symmetry index; a dose changed with an arrow and its
  /// cause; a method taught by name and "Ed pt + dtr"; someone else's teaching; changes from the
  /// start of the session, no rise in symptoms, a first try after the teaching, re-engaging, skin
  /// that blanched. Each with a look-alike.
  @Test(
    arguments: [
      (ElementKind.goalLinkage, "Squat-lift 20# kettlebell: to be able to lift grandson", true),
      (.goalLinkage, "Squat-lift 20# kettlebell to be able to do more reps", false),
      (.goalLinkage, "Ladder climbing on playset, to keep up w/ peers at recess", true),
      (.goalLinkage, "Ladder climbing on playset to keep up his strength", false),
      (.goalLinkage, "Step trng 4\" & 7\" so she can get in front door (3 STE, no rail)", true),
      (
        .goalLinkage,
        "Weighted lap pad + wiggle seat trial so student can stay seated thru circle time", true
      ),
      (.objectiveMeasure, "GG toilet transfer: 03", true),
      (.objectiveMeasure, "Single hop LSI 84%", true),
      (.objectiveMeasure, "Hop testing deferred until wk 16.", false),
      (.skilledIntervention, "Step-ups: ↓ step ht 8\"→4\" d/t R knee buckle on 3rd rep.", true),
      (.skilledIntervention, "Step-ups 8\" 3x10.", false),
      (.skilledIntervention, "RPE 15 @ 3.0 mph/2% → grade dropped to 0%, speed kept.", true),
      (
        .skilledIntervention,
        "UB dsg: shirt set up on lap, taught hemi sequence (R arm in 1st, over head, L arm).", true
      ),
      (
        .skilledIntervention, "Ed pt + dtr: post THA prec (no hip flex >90°, no crossing legs).",
        true
      ),
      (.skilledIntervention, "RN instructed pt in IS q1h this AM.", false),
      (.patientResponse, "Knee flex 95° start of session → 104° after joint mobs", true),
      (.patientResponse, "Knee flex 95°; joint mobs gr III 3x30 s.", false),
      (.patientResponse, "No ↑ HA or fogginess w/ head turns x 2 min", true),
      (.patientResponse, "Donned L sock w/ sock aid 1st attempt after training", true),
      (.patientResponse, "Meltdown x1 at transition; re-engaged w/ visual timer in 2 min", true),
      (
        .patientResponse, "Residual limb redness distal tibia after 20' wear, blanched <10 min",
        true
      ),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheThirtyFourthProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The classes of the twelfth session's third rounds (w81-w84, dev half): help stepped down on
  /// the second trial, strategies taught back counted, and a goal told as hair care; with one
  /// trial's help alone and a goal that names no activity as look-alikes.
  @Test(
    arguments: [
      (
        ElementKind.patientResponse,
        "STS from bed mod A 1st trial -> min A on 2nd, hugging pillow.", true
      ),
      (.patientResponse, "STS from bed mod A, hugging pillow.", false),
      (
        .objectiveMeasure, "Reviewed energy conservation. Pt able to teach back 2 of 3 strategies.",
        true
      ),
      (.objectiveMeasure, "Reviewed 3 energy conservation strategies with handout.", false),
      (
        .goalLinkage,
        "Difficulty reaching back to comb her hair; goal is I with hair care by wk 12.", true
      ),
      (.goalLinkage, "Difficulty reaching back; goal is less pain by wk 12.", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheTwelfthSessionsThirdRounds(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The classes of the thirty-fifth probe round (responses and skilled work where checkers least
  /// expect them): a joint's motion with its label before the value, Section GG rows of a pipe
  /// table, a desaturation, a count of tries beside "w/o arms" (a device, not a negation), the
  /// treadmill's speed cut to a value, a precaution explained with "never to", the therapist's
  /// hands at the pelvis, in and out of the tub with "&", money paid, hair washed; and as
  /// look-alikes an exercise dose after the label, the pool's depth and a setting read as a value.
  @Test(
    arguments: [
      (ElementKind.objectiveMeasure, "R shoulder: flex AROM 132 / PROM 150, ER @ 90 abd 55.", true),
      (.objectiveMeasure, "Shoulder flex AROM 2x10, wand.", false),
      (.objectiveMeasure, "GG | Sit to stand | 03\nGG | Toilet transfer | 02", true),
      (.objectiveMeasure, "Desat to 86% at 4 min walking on 2L.", true),
      (.objectiveMeasure, "Stood from 17\" chair w/o arms 3 of 5 tries.", true),
      (.objectiveMeasure, "Pool 92F, 4 ft depth, session in lane 2.", false),
      (
        .skilledIntervention,
        "TM 2.8 mph / 2%. HR 128 at min 3 (THR 95-115) -- speed dropped to 2.3 mph, HR settled 110-114.",
        true
      ),
      (
        .skilledIntervention,
        "Tenodesis grasp on foam cup. Explained to pt & mom never to stretch finger flexors with the wrist extended.",
        true
      ),
      (
        .skilledIntervention,
        "Half-kneel at couch to get pull-to-stand; PT hands at pelvis shifting wt onto lead (L) leg.",
        true
      ),
      (.functionalTask, "Practiced getting in & out of her tub with the new transfer bench.", true),
      (
        .functionalTask, "Paid for coffee at hospital cafe w/ exact change, counted out $3.45.",
        true
      ),
      (.functionalTask, "Simulated hair washing standing at sink, arms overhead, using PLB.", true),
      (.functionalTask, "Daughter pays her bills; pt watches TV most of the day.", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheThirtyFifthProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// An earlier value in brackets right after today's measured one is a response, whatever words
  /// date it ("last", "at 7 mo", "on 3/13", "pre-injury", "last month"); the same words in brackets
  /// after a diagnosis, a count of visits or a minutes line are not.
  @Test(
    arguments: [
      ("Edema fig-8 R wrist 24.5 cm (last 25.2).", "last 25.2"),
      ("Hip abd HHD R 14.2 kg (11.8 at 6 wks).", "at 6 wks"),
      ("Line bisection: 14/20 targets on L (9/20 on 3/11).", "on 3/11"),
      ("T-test agility 11.9 s (pre-injury 11.2).", "pre-injury"),
      ("DF w/ knee ext R 2 deg, L 5 deg (R -4 last month).", "last month"),
      ("AROM wrist ext 42° (pre-casting 20°).", "pre-casting"),
    ])
  func anEarlierValueInBracketsAfterTodaysIsAResponse(note: String, words: String) {
    #expect(evidence(.patientResponse, note) == [words])
  }

  @Test(
    arguments: [
      "Dx: vestibular neuritis (onset 6 wks ago).",
      "Pt seen 3x (last visit 2/4).",
      "Total timed for 3/11 = 38 min (was 28).",
      "L wrist fx (FOOSH, fell 5 wks ago).",
    ])
  func theSameWordsInBracketsAfterNoMeasuredValueAreNoResponse(note: String) {
    #expect(!present(.patientResponse, note))
  }

  /// Help that changed from one trial to the next, the trials named by number: "min A 1st trial,
  /// CGA 2nd", "CGA trial 1, SBA trial 3"; a device's first trial beside two tasks' levels is none.
  @Test(
    arguments: [
      ("Floor recovery w/ mat and chair: min A 1st trial, CGA 2nd.", true),
      ("Tub bench transfer CGA trial 1, SBA trial 3.", true),
      ("Bed mob SBA, transfers CGA, 1st trial of RW.", false),
      ("Floor recovery w/ mat and chair: min A, 1st trial.", false),
    ])
  func helpThatChangedOverNumberedTrialsIsAResponse(note: String, expected: Bool) {
    #expect(present(.patientResponse, note) == expected)
  }

  /// Nursing as the second person of a two-person assist helps the therapist: the patient's levels
  /// and symptoms after it are still the patient's; nursing doing the task is not.
  @Test(
    arguments: [
      ("Rolling R/L mod A x2 w/ nursing assist, sup to sit max A x2, c/o SOB.", true),
      ("Nursing assisted pt back to bed, mod A x2, c/o SOB.", false),
    ])
  func aSecondHelperFromNursingLeavesThePatientsWorkThePatients(note: String, expected: Bool) {
    #expect(present(.assistLevel, note) == expected)
    #expect(present(.patientResponse, note) == expected)
  }

  /// The classes of the thirty-sixth probe round: a joint's arc after its label with no unit, a
  /// Borg scale named with what it rates, a rating before and after with "and" between, a rating
  /// on arrival (no response), the base form of jogging, the playground's ladder and slide, the
  /// floor and back up, pushing one's own wheelchair, dishes put away, a parent who "wants him
  /// able to", a purpose "toward safe"; and as look-alikes a dose after the label and a range of
  /// repetitions.
  @Test(
    arguments: [
      (ElementKind.objectiveMeasure, "R knee AROM 5-112, seated.", true),
      (.objectiveMeasure, "PROM R shoulder flex 0-95 supine.", true),
      (.objectiveMeasure, "Knee AROM 2x10, heel slides 2x10.", false),
      (.objectiveMeasure, "AROM 10-15 reps each.", false),
      (.objectiveMeasure, "Borg dyspnea 3 at end of walk.", true),
      (.patientResponse, "LBP 2/10 before and 2/10 after the lift series.", true),
      (.patientResponse, "Pain 5/10 on arrival, R knee.", false),
      (.functionalTask, "Jog 50 yd + 45 deg cuts L/R, 6 ea.", true),
      (.functionalTask, "Up the playground ladder (4 rungs) and down the slide x5.", true),
      (.functionalTask, "Down to floor and back up x3 with chair.", true),
      (.functionalTask, "Pushed own w/c thru bathroom doorway and back.", true),
      (.goalLinkage, "Mom wants him able to climb the school bus steps; step-ups 6\" x10.", true),
      (.goalLinkage, "Mom wants him to be able to sit still.", false),
      (.goalLinkage, "Reaching to top shelf so she can put her dishes away.", true),
      (.goalLinkage, "Standing balance at sink -> toward safe grooming at home.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheThirtySixthProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The classes of the thirteenth session's writers' rounds: how long a child stayed at the
  /// table, school staff shown how to guard, girth rows under a heading that gives the unit, a
  /// muscle's endurance hold, a walker or a seat's lateral moved by notches, "SPT" as a dosed
  /// transfer; as look-alikes a teacher who stayed, staff only present, a stretch's hold, notches
  /// only described and "SPT" as a student's credential.
  @Test(
    arguments: [
      (
        ElementKind.objectiveMeasure,
        "J stayed at table 6 min today vs ~2 min per teacher usually.", true
      ),
      (.objectiveMeasure, "Teacher stayed in the room.", false),
      (
        .skilledIntervention, "Showed recess aide how to guard at back of gait belt on wood chips.",
        true
      ),
      (.skilledIntervention, "Recess aide present on the playground.", false),
      (.objectiveMeasure, "Girth L leg (cm): ankle 25.0, calf 41.5, knee 43.0.", true),
      (.objectiveMeasure, "Quick flicks x10, endurance holds 6 sec, relaxation cued.", true),
      (.objectiveMeasure, "Hamstring stretch hold 30 sec x3.", false),
      (.skilledIntervention, "Walker dropped 2 notches -- elbows were locked straight.", true),
      (.skilledIntervention, "Seating: moved L lateral in 1 notch, pelvic belt re-fastened.", true),
      (.skilledIntervention, "Seating: lateral on R loosened 1 notch d/t red mark R ribs.", true),
      (.skilledIntervention, "Walker with 2 notches showing, brought from home.", false),
      (.functionalTask, "SPT bed>w/c min A, cued for hand placement.", true),
      (.functionalTask, "PT Treatment Note (SPT)\nB. Ross, SPT", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheThirteenthSessionsRounds(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The classes of the thirty-seventh probe round: a joint's motion with its joint first and no
  /// unit, time on one foot told as standing, goals numbered after "addressed", an aim written
  /// with "=", fall risk cut, a patient who wants back on the course, training for community
  /// walking, towels counted as they were folded, lateral cutting; as look-alikes an exercise dose
  /// after the joint, the pool's depth in brackets, goal numbers read as weights, and "cued to
  /// lower" into a chair.
  @Test(
    arguments: [
      (ElementKind.objectiveMeasure, "Elbow ext -15, flex 130.", true),
      (.objectiveMeasure, "Knee ext 2x10 w/ 3#.", false),
      (.objectiveMeasure, "Stood on R foot 6 s, L 3 s.", true),
      (.objectiveMeasure, "Pool 92F, water at chest depth (~4 ft), 30 min session.", false),
      (.objectiveMeasure, "Goals addressed today: #1, #4.", false),
      (.goalLinkage, "Goals addressed today: #1, #4.", true),
      (.goalLinkage, "Toilet xfer w/ grab bar, aim = safe toileting when home alone.", true),
      (.goalLinkage, "Balance on uneven grass to cut fall risk walking to the mailbox.", true),
      (.goalLinkage, "Wants back on the golf course - trunk rotation w/ club, half swings.", true),
      (.goalLinkage, "Ramp + curb training for community amb to the grocery store.", true),
      (.goalLinkage, "Sit to stand x5, cued to lower slowly into the chair.", false),
      (.functionalTask, "Folded 6 towels standing at counter, 1 rest.", true),
      (.functionalTask, "Lateral cutting at 50% speed, 6 reps each way.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheThirtySeventhProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The classes of the thirty-eighth probe round (prose): a TUG told in words, ICU sedation and
  /// delirium scales by their score; as a look-alike a symptom rated on arrival beside the session's
  /// work, which is no response.
  @Test(
    arguments: [
      (ElementKind.objectiveMeasure, "TUG was just under 15 seconds with the cane.", true),
      (.objectiveMeasure, "Pt awake and following commands, RASS 0.", true),
      (.objectiveMeasure, "RASS goal 0 to -1 per RN.", false),
      (
        .patientResponse,
        "Pt reports dizziness 3/10 on arrival, worse when rolling to the L in bed.", false
      ),
      (.patientResponse, "Lateral hops over line x20 (pain 2/10).", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheThirtyEighthProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// A template's empty fill-in field is no value ("Pain: __/10"), and blanks around a value leave
  /// it readable ("___25___ min"); the items of unticked boxes are nothing taught.
  @Test func emptyTemplateFieldsAndBoxesStateNothing() {
    #expect(!present(.objectiveMeasure, "Pain: __/10   BP: ___/___   HR: ___"))
    #expect(present(.objectiveMeasure, "Pain: 4/10   BP: 128/76   HR: ___"))
    #expect(minutes("Self Care (97535) ___25___ min") == [25])
    #expect(
      !present(.skilledIntervention, "Education: [ ] HEP  [ ] Safety  [ ] Energy conservation"))
    #expect(!present(.skilledIntervention, "Patient education: [ ] provided  [ ] not provided"))
    #expect(
      evidence(
        .skilledIntervention,
        "Education provided: [X] Energy conservation - sit for LB dressing, rest between tasks")
        == ["Education provided:"])
  }

  /// The classes of the thirty-ninth probe round (templates) and the fiftieth writers' rounds:
  /// values labelled before and after (not a visit's start and end times), vitals in a table's
  /// row, a share of change, a wheelie held, a purpose field with a functional outcome (not an
  /// impairment), a shift at work, IEP objectives, a table set, a store's aisle walked, a car
  /// simulator, and a patient cued to do something said the other way round.
  @Test(
    arguments: [
      (ElementKind.patientResponse, "Pain (0-10): pre [6]  post [3]", true),
      (.patientResponse, "HR: pre 78 / peak 112 / 5 min recovery 84", true),
      (.patientResponse, "Service date: 07/16   Start 1300   End 1345", false),
      (.patientResponse, "A: 46% reduction in excess limb volume since eval.", true),
      (.objectiveMeasure, "Vitals | rest | peak\nHR | 72 | 118\nBP | 124/76 | 142/80", true),
      (.objectiveMeasure, "O2: 2L NC   SpO2 nadir 87% during NuStep", true),
      (.objectiveMeasure, "Wheelie hold 15\" w/ spot.", true),
      (.objectiveMeasure, "WC - L shoulder strain. Pt reports 5/10.", true),
      (.goalLinkage, "Activity: car transfer sim  Purpose: safe car transfers for MD appts", true),
      (.goalLinkage, "Activity: sit to stand  Purpose: improve quad strength", false),
      (.goalLinkage, "Urge suppression practice to allow pt to finish a 2-hr register shift", true),
      (.goalLinkage, "Weight shift training to allow pt to weight shift", false),
      (.goalLinkage, "Addresses IEP obj: opens lunch containers independently in cafeteria", true),
      (
        .goalLinkage, "OT 58 y/o, works as an aide. \"I need to be able to lift my clients.\"", true
      ),
      (.functionalTask, "Set table for 4 in dining room", true),
      (.functionalTask, "Walking grocery aisle scanning shelves w/ head turns", true),
      (.functionalTask, "Car simulator in/out, R leg first, x3", true),
      (.skilledIntervention, "UB dressing min A; pt cued to dress more affected side first.", true),
      (.skilledIntervention, "UB dressing min A w/ cues.", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheThirtyNinthProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// A minute mark after the machine or putty it times is minutes wherever it stands; after a
  /// walk it stays feet. A duration after a word naming the visit's time on a line of its own is
  /// the visit's, even under the plan.
  @Test func minuteMarksOfMachinesAndTheVisitsTimeUnderThePlan() {
    #expect(minutes("UBE 5'\nShrugs 3x10\nCharges: 97110 x2") == [5])
    #expect(minutes("Grip putty 3'\n97110 - 2") == [3])
    #expect(minutes("Amb 150' x2 w/ RW, CGA.") == [])
    #expect(minutes("Plan: cont ADL, ROM, splinting.\nTime 45 min") == [45])
    #expect(minutes("Plan: increase sitting time to 30 min.") == [])
  }

  /// The classes of the fortieth probe round (groups, students, interpreters): another member of a
  /// group is someone else, and so is school staff setting up; a cue named by the body part it sets,
  /// a skill modelled or taught by name, vitals at set intervals, a task cut into steps, a pool's
  /// depth or a step's height progressed, a visual checklist made, turning in a tight space; a bare
  /// "HEP taught." and a template's teaching topics name nothing.
  @Test(
    arguments: [
      (
        ElementKind.skilledIntervention,
        "Balance group (6). Another participant needed hand-over-hand from PT. This pt did stations.",
        false
      ),
      (
        .patientResponse, "Group (4). Another resident needed 3 seated rests. This pt attended.",
        false
      ),
      (
        .skilledIntervention, "Para set up slant board and adaptive scissors prior to session.",
        false
      ),
      (.skilledIntervention, "Fwd walking in pool: cued trunk upright.", true),
      (.skilledIntervention, "LSVT BIG - modeled max step amplitude, counted reps aloud.", true),
      (.skilledIntervention, "Simulator run. Taught mirror check before lane change.", true),
      (.skilledIntervention, "HEP taught.", false),
      (.skilledIntervention, "Teaching: fall prevention, HEP", false),
      (.skilledIntervention, "Tilt table 30->60 deg over 20 min, BP q5 min.", true),
      (.skilledIntervention, "Laundry task cut down to 2 steps w/ written sequence.", true),
      (
        .skilledIntervention, "Gait in pool, moved from waist-deep to chest-deep after 2 LOB.", true
      ),
      (
        .skilledIntervention, "Progressed 2\" -> 4\" step-ups once she did 10 w/o knee hyperext.",
        true
      ),
      (
        .skilledIntervention, "COTA made a 3-pic visual checklist for locker (turn-stop-pull).",
        true
      ),
      (.functionalTask, "Practiced turning in the tight space at the bathroom doorway.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheFortiethProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The classes of the fifty-second and fifty-third writers' rounds and the forty-first probe
  /// round: handling named as a technique, care of a device taught by its topic, a technique
  /// reviewed by name, equipment adjusted or fitted, a cue with what it is for, breathing used to
  /// recover a saturation; as look-alikes an orthosis fitted by someone else before, education
  /// without content, and the pool's temperature, a weighted vest and a traction force, which are
  /// doses, not the patient's values.
  @Test(
    arguments: [
      (
        ElementKind.skilledIntervention,
        "4 mo s/p VSD repair. Positioning and developmental handling provided.", true
      ),
      (.skilledIntervention, "Tx: sling don/doff instruction w/ husband.", true),
      (.skilledIntervention, "Session focused on self-IC training (seated in w/c).", true),
      (.skilledIntervention, "Reviewed baby-lifting technique: scoop w/ forearms supinated.", true),
      (.skilledIntervention, "Figure 9 harness adjusted, felt pad added.", true),
      (.skilledIntervention, "Fitted prefab soft thumb spica for daytime.", true),
      (.skilledIntervention, "Pt fitted for AFO by orthotist last wk.", false),
      (.skilledIntervention, "Supine to sit min A via log roll, VC to protect stoma.", true),
      (.skilledIntervention, "SpO2 89% -> 93% w/ seated rest + PLB.", true),
      (.skilledIntervention, "Parent education provided.", false),
      (.objectiveMeasure, "Pool temp 92°F | depth 4 ft | session in shallow end", false),
      (.objectiveMeasure, "Weighted vest 2 lb worn during circle time, 20 min on/off", false),
      (.objectiveMeasure, "Mech traction: 15# intermittent 60/20 x 12 min", false),
      (.objectiveMeasure, "Temp 98.2, HR 80", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheFiftySecondRoundsAndTheFortyFirstProbeRound(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Terse notes: a device straight after "Gait" before its distance is a walk and its distance
  /// ("Gait RW 150'. CGA."), and a minute mark before "indiv" is the session's one-on-one minutes
  /// ("AM 60' indiv"), while the same mark after a walk stays feet.
  @Test func terseGaitWithItsDeviceAndIndividualMinutesMarked() {
    let note = "IRF PTA AM 60' indiv\nGait RW 150'. CGA. TE LE 2x10. Tol well."
    #expect(present(.functionalTask, note))
    #expect(present(.objectiveMeasure, "Pt seen 3rd fl. Gait RW 150'. CGA. Tol well."))
    #expect(minutes(note) == [60])
  }

  /// The cues a caregiver is given while showing back what was taught are theirs, not the
  /// patient's ("Mom return demo ... after 1 cue"); cues of earlier visits are history ("cued last
  /// 2 visits"); the patient's own cue on the same kind of line still counts.
  @Test(
    arguments: [
      ("Cervical stretch 3x30 sec. Mom return demo w/ correct hand placement after 1 cue.", false),
      (
        "Mother educated on containment holds. Mom able to demo containment hold w/ min cues.",
        false
      ),
      ("UB dressing: pt threaded L arm 1st w/o cue (cued last 2 visits).", false),
      ("UB dressing: pt threaded L arm 1st after 1 cue for sequence.", true),
    ])
  func cuesGivenToACaregiverShowingBackAreTheirs(note: String, expected: Bool) {
    #expect(present(.cueing, note) == expected)
  }

  /// Dictated notes (probe round 42): numbers said in words with their hundreds and decimals are one
  /// value ("forty two centimeters", "three point two by one point eight"), saturations "were" a
  /// percent, a caregiver trained with an article ("trained the husband on"), teach-back told in
  /// the therapist's words, a garment put on and a chair wheeled in plain words; and the
  /// look-alikes: a treadmill's speed, a score at the evaluation, a rating on arrival, someone else
  /// dressing the patient.
  @Test(
    arguments: [
      (
        .objectiveMeasure,
        "girth at the knee joint line forty two centimeters right thirty nine centimeters left",
        true
      ),
      (
        .objectiveMeasure,
        "wound measures three point two by one point eight by zero point four centimeters", true
      ),
      (.objectiveMeasure, "after the hallway walk sats were ninety one percent on room air", true),
      (.objectiveMeasure, "treadmill set at one point five miles an hour zero incline", false),
      (.objectiveMeasure, "Berg at the eval was thirty six out of fifty six", false),
      (
        .patientResponse,
        "pain six out of ten on arrival left knee, she says it's worse on stairs at home", false
      ),
      (.patientResponse, "after teaching she told me back all three hip precautions", true),
      (
        .skilledIntervention,
        "trained the husband on the stand pivot to the wheelchair, where to block her right knee",
        true
      ),
      (.functionalTask, "put on her shirt over the head, we'll do buttons next time", true),
      (.functionalTask, "wheeled himself down the hall to the window and back", true),
      (.functionalTask, "CNA donned his TEDs before session", false),
      (.functionalTask, "wife put on his shoes for him", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheFortySecondProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// Probe round 43 and writers' rounds 56-59 (dev half): a device trialled for a side, a strategy
  /// discussed by name, a return named as what the work is for, a value at the evaluation in
  /// centimetres, getting in and out of something, a garment pulled on, the patient's baseline on
  /// either side of it; and the look-alikes: a return someone is cleared for, what the patient is
  /// told to log at home, walking in from the waiting room, a compression class.
  @Test(
    arguments: [
      (
        .skilledIntervention,
        "Trialed L posterior leaf AFO (off the shelf) 2nd bout, no toe catches.",
        true
      ),
      (
        .skilledIntervention,
        "Ice/snow walking strategy discussed (traction cleats, penguin walk).", true
      ),
      (.goalLinkage, "Lifting sim for RTW full duty", true),
      (.goalLinkage, "P: 1-2x/wk. Neck strengthening for return to contact.", true),
      (.goalLinkage, "Pt cleared for RTW by MD", false),
      (.goalLinkage, "Neck strengthening to improve strength", false),
      (
        .patientResponse,
        "Composite fist tip-to-palm: 3 cm at eval, now 1 cm after blocking ex today.", true
      ),
      (
        .patientResponse, "Pt instructed to log dizziness episodes daily & bring log next visit.",
        false
      ),
      (.functionalTask, "Pt walked in from waiting room w/ SPC and was seated for tx.", false),
      (
        .functionalTask,
        "Pulled on sweatpants seated, then stood at walker to pull them over hips.", true
      ),
      (.functionalTask, "Got in/out of her Buick in the driveway x3", true),
      (
        .objectiveMeasure,
        "Compression: flat-knit sleeve, class II 30-40 mmHg, ordered from vendor.", false
      ),
      (
        .assistLevel,
        "OP SCI f/u - T10 AIS A, 2 yrs post, manual w/c user, I w/ transfers at baseline.", false
      ),
      (.assistLevel, "Pt was mod I at baseline, now min A for transfers", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheFortyThirdProbeRoundAndWritersRoundsFiftySixToFiftyNine(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Probe round 44 (efforts that fell short, hedges): an IEP objective numbered after an
  /// abbreviation's period ("IEP obj. 2"), the lawn a patient wants to mow, a toddler to pick up and
  /// shelves to stock as what the work is for, a Section GG item after "GG:", pool steps; and the
  /// look-alike: a purpose that names only an impairment.
  @Test(
    arguments: [
      (.goalLinkage, "Cutting on a line for art class projects (IEP obj. 2).", true),
      (
        .goalLinkage, "Pt wants to mow his own lawn again; interval walking builds toward that.",
        true
      ),
      (
        .goalLinkage, "PFM coordination w/ lifting so pt can pick up her toddler w/o leaking.", true
      ),
      (
        .goalLinkage,
        "Overhead reach circuit so pt can get back to stocking shelves at the hardware store.", true
      ),
      (.goalLinkage, "PFM coordination w/ lifting to improve strength.", false),
      (.objectiveMeasure, "GG: sit to stand 03, chair/bed-to-chair 02, toilet transfer 02.", true),
      (.functionalTask, "Pool steps w/ rail: entered on own; exit only w/ lift chair.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheFortyFourthProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// Writers' rounds 60-61 (dev half) and probe round 44: today's assist level against the one it
  /// was ("min A x2 (was mod A x2 Mon)"), an earlier value in brackets labelled by its visit, a girth
  /// that went down, a sequence recalled, a count down from about so many or by the end, minutes
  /// after "MLD"; and the look-alike: a level that was, with no other level to compare it with.
  @Test(
    arguments: [
      (
        .patientResponse, "Bari commode transfer via slide board min A x2 (was mod A x2 Mon).", true
      ),
      (.patientResponse, "Pt was mod A for transfers.", false),
      (.patientResponse, "AROM R knee 6-98 deg (visit 4: 10-90).", true),
      (.patientResponse, "Circ wrist 17.9/15.6 - wrist down 0.6 since last wk", true),
      (.patientResponse, "Good learner, recalled AE sequence from yesterday w/o cue.", true),
      (
        .patientResponse,
        "Pt states urgency episodes down from ~8/day to 4-5 since starting bladder training", true
      ),
      (
        .patientResponse,
        "Letter reversals: 4 at start of copying, 1 by end after visual cue card.", true
      ),
      (.patientResponse, "Plan: complete 10 by end of week", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfWritersRoundsSixtyAndSixtyOne(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// "MLD 30'" is manual therapy's minutes: the mark after the service name.
  @Test func minutesMarkedAfterManualLymphDrainage() {
    #expect(
      minutes("Lymphedema tx\nMLD 30' to L UE. Bandaging taught, pt did fingers herself.") == [30])
  }

  /// Probe round 45 (maintenance and chronic care): a value held where it was is the response a
  /// maintenance program looks for ("same as eval", "unchanged since splint started"), a girth down
  /// after treatment, a rest told by its length, an exercise done right after a correction; the
  /// therapist guarding in the first person, the pace of a paced drill changed, the home changed
  /// or set for the patient; the time a task took is its measure, not minutes; about so many feet;
  /// a purpose for the staff who carry the program on; and the look-alikes: an aide walking the
  /// patient, a minute mark after a service name, a statement with no earlier value.
  @Test(
    arguments: [
      (
        .patientResponse, "BBS 38/56 today -- same as eval (38). No decline this cert period.", true
      ),
      (
        .patientResponse,
        "Contracture holding: R elbow ext -35, unchanged since splint started 6 wk ago.", true
      ),
      (.patientResponse, "L forearm girth down 1.5 cm post MLD vs pre-tx", true),
      (
        .patientResponse, "Attempted amb w/ RW to doorway. 3 min seated rest, SpO2 back up to 94%.",
        true
      ),
      (.patientResponse, "Pt demo'd HEP: clamshells needed correction x2, then done right.", true),
      (.skilledIntervention, "Brandt-Daroff shown, pt did 2 rounds with me guarding.", true),
      (
        .skilledIntervention,
        "VOR x1 stopped at 30 s, sx up to 5/10. Slowed metronome to 1 Hz; able to finish 45 s.",
        true
      ),
      (.skilledIntervention, "Moved bedside commode to R side of bed (strong side).", true),
      (.skilledIntervention, "Lowered mirror so he could see his L side.", true),
      (.objectiveMeasure, "9 min to don shirt, pants and socks seated EOB.", true),
      (.objectiveMeasure, "walked bedroom -> kitchen -> back, twice (~120')", true),
      (.objectiveMeasure, "TE ~12' then TA", false),
      (.goalLinkage, "PROM R shoulder so CNA can get arm through sleeve during AM dressing.", true),
      (.functionalTask, "Restorative aide walks pt to dining room for meals.", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheFortyFifthProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// How long a task took is no treatment time: "9 min to don shirt" leaves the minutes to the
  /// billing line.
  @Test func theTimeATaskTookIsNoTreatmentTime() {
    #expect(minutes("97535 x 25 min. 9 min to don shirt, pants and socks seated EOB.") == [25])
  }

  /// Writers' rounds 62-63 (dev half: hand surgery, maintenance, school services, short stays): a
  /// maintenance program's goal is the function it keeps ("to maintain ADL independence"), a
  /// throwing program and a steering wheel are outcomes, a minute mark after the session's
  /// discipline is its minutes ("OT 30' pull-out"), no symptom in the region worked and apprehension
  /// are responses; and the look-alikes: a cue to keep a precaution, a purpose that keeps an
  /// impairment, feet after a walk.
  @Test(
    arguments: [
      (.goalLinkage, "Cont OT 1x/wk to maintain ADL independence", true),
      (.goalLinkage, "cont maintenance PT 2x/mo to keep household ambulation", true),
      (.goalLinkage, "cues to maintain NWB during transfers", false),
      (.goalLinkage, "PROM to maintain ROM", false),
      (.goalLinkage, "Progressing to goal of full fist for holding steering wheel + tools", true),
      (.goalLinkage, "plyo chest pass off rebounder to prepare for ITP", true),
      (.patientResponse, "plyo chest pass x20, no medial elbow sx", true),
      (.patientResponse, "agility ladder, cone cuts: mild apprehension cutting to R", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfWritersRoundsSixtyTwoAndSixtyThree(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// A minute mark after the session's discipline is the session's minutes; after a walk it stays
  /// feet.
  @Test func aMinuteMarkAfterTheDisciplineIsTheSessionsMinutes() {
    #expect(minutes("OT 30' pull-out: scissor cutting w/ loop scissors, letter copying.") == [30])
    #expect(minutes("Amb 150' x2 w/ RW, CGA.") == [])
  }

  /// A title line's own date before the session's minutes is today's visit ("School PT Note
  /// 11/21/24 30 min direct"); an earlier visit's figure quoted by its date is not ("(03/09: 17 min)").
  @Test func aTitleLinesDateBeforeTheSessionsMinutes() {
    #expect(
      minutes("School PT Note  11/21/24  30 min direct, individual\nStairs 14 steps 38 sec.") == [
        30
      ])
    #expect(
      minutes("OT vocational session 12/6/24 - 30 min\nStudent folded napkins at the cafe.") == [30]
    )
    #expect(minutes("Gait trng 97116 x 15 min. TUG 12 s (03/09: 17 min).") == [15])
  }

  /// Probe round 46 (the therapist's reasoning and adjustments in plain words): a handle built up
  /// when the grip failed, half a worksheet covered for a neglected side, a challenge added to the
  /// walk once the patient was ready, a dose held down, the hand at the sternum, guarding from one
  /// side, a cue given as a quote, an arc from zero, teaching gone over item by item; responses
  /// after demonstrations, against last week, alone for the last reps, no more pain in the region
  /// worked, today's assist beside the one at the evaluation in brackets; and the look-alikes:
  /// an arc too small for a joint, a handle built up by nobody, a sling given up before today.
  @Test(
    arguments: [
      (.skilledIntervention, "Wrapped foam on the spoon handle after her grip slipped x3.", true),
      (.skilledIntervention, "Built up utensils used. Tolerated well.", false),
      (
        .skilledIntervention,
        "Covered the R half of the worksheet w/ a blank card - he kept skipping the L column.", true
      ),
      (
        .skilledIntervention,
        "Added horizontal head turns to hallway walking once he was steady without them.", true
      ),
      (
        .skilledIntervention,
        "Kept her to 2 stairs instead of the full flight - R quad fatiguing.", true
      ),
      (
        .skilledIntervention,
        "Hand at sternum to stop the forward trunk lean in standing, pulled back to a light touch.",
        true
      ),
      (.skilledIntervention, "Gait 150' in hallway, guarded on the L.", true),
      (
        .skilledIntervention, "R foot dragging late in the walk - gave 'big heel' every 10 ft.",
        true
      ),
      (
        .skilledIntervention,
        "Instructed 3-point gait NWB L w/ crutches; corrected him twice for hopping past them.",
        true
      ),
      (
        .skilledIntervention,
        "No bending past 90, no crossing legs - went through each while she used the reacher.", true
      ),
      (.skilledIntervention, "Raised the commode frame 2 notches after watching her drop.", true),
      (
        .skilledIntervention,
        "Stopped the treadmill at 4 min - HR 128, over her 120 cap - finished seated.", true
      ),
      (.objectiveMeasure, "Sh flex AROM 0-132.", true),
      (.objectiveMeasure, "DF AROM 0-8 today.", false),
      (.objectiveMeasure, "Sequenced 8 of 10 recipe steps correctly.", true),
      (.patientResponse, "After two demos she loaded the sock aid herself, no prompting.", true),
      (
        .patientResponse, "Was needing the rail for every stair last wk, now only on the way down.",
        true
      ),
      (
        .patientResponse,
        "Once the mirror was in front she held midline on her own for the last 4 reps.", true
      ),
      (.patientResponse, "No increase in shoulder pain with the thumb-up reaches.", true),
      (.patientResponse, "Sit>stand from standard chair CGA today (mod A at eval).", true),
      (.patientResponse, "Baseline at eval 1/14: L UE girth 29.5 cm at 10 cm above wrist.", false),
      (.patientResponse, "Started out hiking her shoulder; by the end got to the 2nd shelf.", true),
      (
        .goalLinkage,
        "Lowered the box to 12\"; lift practice is for his return to stocking shelves.", true
      ),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheFortySixthProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// Writers' rounds 64-67 (dev half: deconditioning, measuring every visit, reasoning in plain
  /// words, assistants; community mobility, movement disorders, vision, transitional care): labs
  /// checked against hold parameters, a device given up for a setting, a mirror for a named aim,
  /// taping, a weighted cuff trialled, staff asked to keep a change, the room's light set; the test
  /// repeated after the manoeuvre, a goal named by its topic with its status; and the look-alikes:
  /// the surgeon's sling given up weeks ago, a hold parameter only listed.
  @Test(
    arguments: [
      (.skilledIntervention, "Labs 4/7: Plt 112K, Hgb 10.9, ANC 1.8 - ok to treat.", true),
      (.skilledIntervention, "Precautions: hold tx if Plt <50K, Hgb <8.", false),
      (
        .skilledIntervention, "Amb w/o AD 500' in clinic, no LOB, so SPC d/c'd for clinic/indoors.",
        true
      ),
      (.skilledIntervention, "R RCR week 7. Sling discontinued at wk 6 f/u.", false),
      (.skilledIntervention, "step downs 4\" 3x10 w/ mirror for knee alignment", true),
      (.skilledIntervention, "Taping L ankle for work", true),
      (.skilledIntervention, "Trialed 1 lb weighted wrist cuff w/ writing.", true),
      (.skilledIntervention, "Asked nursing to keep night light plugged in.", true),
      (
        .skilledIntervention,
        "Set-up: room lights dimmed w/ single light on target, noise reduced.", true
      ),
      (.patientResponse, "Tx: R Epley CRP x2. Post-tx R DH neg, no nystagmus.", true),
      (.goalLinkage, "P: Cont 2x/wk. Freezing goal ongoing.", true),
      (.goalLinkage, "P: Cont 2x/wk. Goals progressing.", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfWritersRoundsSixtyFourToSixtySeven(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Probe round 47 (structured layouts): a field's label with nothing filled in says nothing —
  /// a blank after its colon, or only unticked boxes after it; a box's own item stays read; pain
  /// rated by when; a rating at the start and the end of the session; a stair pattern that
  /// changed; the tub's ledge stepped over; the object first in a set-up ("bed lowered to 19\"").
  @Test(
    arguments: [
      (.patientResponse, "Fatigue: ____  Rests: ____  Pain post: ____", false),
      (.functionalTask, "ADLs: ☐ dressing ☐ toileting ☐ bathing ☐ grooming", false),
      (.functionalTask, "ADLs: ☒ dressing ☐ toileting ☐ bathing", true),
      (
        .skilledIntervention, "Pt ed: ☐ hip precautions  ☐ energy conservation  ☐ DME  ☐ HEP", false
      ),
      (.goalLinkage, "Goals: ☐ met ☐ partially met ☐ not met", false),
      (.assistLevel, "Assist level: [ ] I  [ ] SBA  [x] CGA  [ ] Min  [ ] Mod", true),
      (.objectiveMeasure, "Pain end of session: 2/10", true),
      (.patientResponse, "Pain | start 6/10 | end 3/10", true),
      (.patientResponse, "Stairs: step-to → reciprocal by 3rd flight", true),
      (.functionalTask, "Tub: stepped in/out over ledge to tub bench", true),
      (
        .skilledIntervention,
        "Env: path cleared, bed lowered to 19\", commode placed on L (stronger side) before xfer",
        true
      ),
      (
        .skilledIntervention,
        "Plan next visit: start gait trng w/ SPC; instruct family in car transfer.", false
      ),
      (.goalLinkage, "Floor xfer practiced; pt wants to play on floor w/ grandkids", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheFortySeventhProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// Probe round 48 (smart phrases and macros): a field left as the macro's placeholder says
  /// nothing ("***", "{{topic}}"), a lone "*" bullet still introduces what follows; mirror feedback
  /// used for a named fault, support faded from one level to another, care the patient must get to
  /// as an outcome, a symptom that eased with what was done about it.
  @Test(
    arguments: [
      (.functionalTask, "Transfer training: ***  Gait training: ***", false),
      (.functionalTask, "Transfer training: * bed to chair w/ RW, CGA x3", true),
      (
        .skilledIntervention,
        "Education: {{education_topic}} provided to {{learner}}; learner response: {{response}}.",
        false
      ),
      (
        .skilledIntervention,
        "Mirror feedback used during sit<>stand to correct lateral shift off L LE.", true
      ),
      (
        .skilledIntervention,
        "Therapist provided trunk support at lower ribs during tall kneel, fading to support at hips.",
        true
      ),
      (
        .goalLinkage,
        "Tx focused on w/c to car transfer to allow pt to attend dialysis independently.", true
      ),
      (
        .patientResponse,
        "c/o low back pain 7/10 with prone press-ups; resolved with return to neutral.", true
      ),
      (.skilledIntervention, "Pt stood with hands on hips for 30 sec.", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheFortyEighthProbeRound(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// Writers' rounds 68-69 (dev half: spine surgery, smart phrases, students, group sessions): a
  /// golfer's holes are the outcome a wish names; a nurse told is no skilled act by itself (tried
  /// and reverted: "RN aware" closes many notes a reviewer would not credit).
  @Test(
    arguments: [
      (.goalLinkage, "Golf swing drills. Pt wants to get back to 18 holes.", true),
      (.skilledIntervention, "Pt declined OOB d/t fatigue, RN aware.", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfWritersRoundsSixtyEightAndSixtyNine(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Probe rounds 49-50 (an element carried across two lines; skilled work, responses and measures
  /// in less common settings' own words): a walker fitted to a landmark, the therapist's own knee
  /// as the block, a surface moved by a measured amount, a progression told with how, staff of a
  /// group home trained, limits gone over; responses against an earlier day with "than", a task
  /// done alone right after it was shown, rests told by need, events counted down, a symptom gone,
  /// a later try done alone; a score by its label, a percentile, a saturation read on oxygen; an
  /// ordinary container opened; a purpose "in order for pt to", entering home as the outcome. The
  /// look-alikes: the patient lowering himself, a progression without how, a need that is no rest,
  /// a job's demand, a habit, a visit's number, oxygen without a reading, an impairment as the
  /// purpose.
  @Test(
    arguments: [
      (
        .skilledIntervention,
        "RW set 2\" too high, pt hunched w/ elbows locked. Lowered to wrist crease.", true
      ),
      (
        .skilledIntervention, "R knee snapping back in stance - blocked it w/ my knee first 20'.",
        true
      ),
      (
        .skilledIntervention,
        "Overhead shelving 10# x 5 min. Shelf lowered 6\" after pt showed lumbar hyperextension.",
        true
      ),
      (
        .skilledIntervention,
        "Fwd/bkwd walking in chest-deep water. Progressed this by adding hand paddles.", true
      ),
      (.skilledIntervention, "Trained 2 DSPs on sit<>stand from w/c w/ gait belt.", true),
      (
        .skilledIntervention,
        "Went over lift limit again - nothing heavier than a gallon of milk x6 wks.", true
      ),
      (
        .patientResponse,
        "Bed mobility: rolling R/L. Both done w/ less pull on bed rail than yesterday.", true
      ),
      (
        .patientResponse,
        "Pressure relief w/ forward lean shown by OT. Pt then performed it independently x3.", true
      ),
      (.patientResponse, "Had to sit twice on the walk down to the yard gate.", true),
      (.patientResponse, "Pt needs to sit to put on shoes.", false),
      (
        .patientResponse,
        "Pt reports urgency episodes down to 2/day since she began practicing this.", true
      ),
      (.patientResponse, "After hip mobs pt said 'it doesn't catch anymore'.", true),
      (
        .patientResponse,
        "Zipper: 1st try needed my hands over his. 2nd try he pushed my hand away.", true
      ),
      (.patientResponse, "Staff say resident usually gets tired after lunch.", false),
      (.objectiveMeasure, "Berg Balance Scale completed today. Score on it: 44/56.", true),
      (.objectiveMeasure, "AIMS administered; approx 25th %ile for adjusted age.", true),
      (.objectiveMeasure, "Seen for 25th visit.", false),
      (.objectiveMeasure, "SpO2 on 5L: 95% supine, 89% after standing.", true),
      (.objectiveMeasure, "O2 on 2L via NC.", false),
      (.objectiveMeasure, "Pt's job requires lifting 50 lb per employer.", false),
      (.functionalTask, "Opened a pickle jar w/ the under-cabinet opener.", true),
      (
        .goalLinkage,
        "Shower transfer practiced in order for pt to bathe safely w/o a home health aide.", true
      ),
      (.goalLinkage, "Sit<>stand x10 in order for pt to improve LE strength.", false),
      (
        .goalLinkage,
        "Stair training 4 steps. It is needed to meet LTG of entering home (3 steps, no rail).",
        true
      ),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheFortyNinthAndFiftiethProbeRounds(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Writers' rounds 70-71 (dev half: rheumatology, developmental disabilities, dialysis and
  /// transplant, billing-heavy notes): grip in psi from a bulb dynamometer, a task done after
  /// demonstrations (the demonstration is the cue), an orthosis checked for fit, access equipment
  /// trialled, exertion dosed by RPE, a reading acted on; a principle told back and shown, a gain
  /// that slips without the cue, pride, a later trial alone, a device given up for a lighter one,
  /// a place's access as the outcome. The look-alikes: an orthosis only worn, another person's
  /// excitement, a device change only planned.
  @Test(
    arguments: [
      (.objectiveMeasure, "Grip (bulb dynamometer) R 4 psi L 3 psi.", true),
      (.cueing, "Pt donned/doffed orthosis I after 2 demonstrations.", true),
      (.skilledIntervention, "Checked resting orthoses - fit OK, straps replaced.", true),
      (.skilledIntervention, "Pt wearing resting orthoses.", false),
      (.skilledIntervention, "Trialed keyguard on standard keyboard + trackball.", true),
      (.skilledIntervention, "Denervated heart - exertion monitored by RPE.", true),
      (.skilledIntervention, "BP 96/58 sitting -> held standing.", true),
      (.patientResponse, "Pt verbalized and demo'd JP principles during kitchen task.", true),
      (.patientResponse, "Improved standing posture w/ mirror feedback but reverts w/o cue.", true),
      (.patientResponse, "Pt very proud, \"I made lunch!\"", true),
      (.patientResponse, "Great session, Mom very excited.", false),
      (.patientResponse, "Ramp up/down 3 trials, 3rd w/o cue.", true),
      (.patientResponse, "A: Transitioned to SPC for household distances today.", true),
      (.patientResponse, "P: Will transition to SPC next visit.", false),
      (
        .goalLinkage, "Practiced pool ladder exit for safe independent pool access at her gym.",
        true
      ),
    ] as [(ElementKind, String, Bool)])
  func classesOfWritersRoundsSeventyAndSeventyOne(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Probe rounds 51-52 (an element in a middle or last clause of a long sentence; unusual
  /// notation): instruction with its content straight after it, things moved within reach, a chair
  /// placed for safety, a feedback device set; a test's result after the words that say it was
  /// given, a test timed at its value, a rating; a symptom less than last week (the comparison is
  /// the response, not history); help stepped down after a count. A hypothetical trigger covers a
  /// hit that starts inside it ("keep SpO2 ≥ 90%" is a target), another person's does not ("Staff
  /// instructed in HEP" is the staff being taught).
  @Test(
    arguments: [
      (
        .skilledIntervention,
        "Desat to 86%; PT increased O2 to 4L and instructed pursed-lip breathing.", true
      ),
      (
        .skilledIntervention,
        "Kitchen safety: moved daily dishes from upper cabinet to counter ht.", true
      ),
      (
        .skilledIntervention,
        "Pt lost balance backward; PT placed a chair behind pt for further trials.", true
      ),
      (.skilledIntervention, "Pre-gait in // bars: scale under R LE for visual feedback.", true),
      (.skilledIntervention, "Staff instructed in HEP w/ picture handout.", true),
      (.objectiveMeasure, "MoCA administered today - 21/30.", true),
      (.objectiveMeasure, "PTA timed the 5xSTS at 18.4 sec w/ UE use.", true),
      (.objectiveMeasure, "Pain in L hip was rated 7/10 by pt during gait.", true),
      (.objectiveMeasure, "Titrate O2 2-4 L NC to keep SpO2 ≥ 90%.", false),
      (.patientResponse, "Pt reports 'my leg doesn't drag as much as last week'.", true),
      (
        .patientResponse, "Needed HOH for first 4 cuts, then 3/3 last cuts w/ verbal cue only.",
        true
      ),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheFiftyFirstAndFiftySecondProbeRounds(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Writers' rounds 72-73 (dev half: infants and toddlers, technology-assisted rehabilitation,
  /// patients in their nineties, lower-limb amputation): protest during the work, tiring soon, no
  /// further signs, more done at home, a new ability told with "now", a rating after the work at a
  /// named joint; stepping assisted at a limb, a mirror set in front for posture, a cue for a named
  /// fault; steps counted. The look-alike: a session ended early with nothing done.
  @Test(
    arguments: [
      (.patientResponse, "Infant cried during lateral flexion stretch.", true),
      (
        .patientResponse,
        "Child crying at arrival. Session ended early (~15 min). Will try again next wk.", false
      ),
      (.patientResponse, "A. tired quickly and wanted to nurse.", true),
      (.patientResponse, "Open cup 1 oz, 2 small coughs, no further s/s of aspiration.", true),
      (.patientResponse, "Pt states he's walking more at home.", true),
      (.patientResponse, "Prone on elbows, now pushing up on extended arms briefly.", true),
      (.patientResponse, "Pt reports R knee 1/10 after gait.", true),
      (
        .skilledIntervention, "Treadmill 0.5 mph, PTA assisting stepping at R LE for first bout.",
        true
      ),
      (.skilledIntervention, "Lokomat 25 min; mirror in front for posture.", true),
      (.skilledIntervention, "I cued him for heel strike on the left.", true),
      (.objectiveMeasure, "Stood in the exoskeleton and took 186 steps.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfWritersRoundsSeventyTwoAndSeventyThree(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Probe rounds 53-54 (the passive voice; a structured row beside a narrative sentence): a cue,
  /// a technique and a change told in the passive with the therapist implied, a machine titrated
  /// on what was seen, targets laid on the steps; a symptom reported after what brought it on, help
  /// stepped down after a count "but"; a test administered with its result, a saturation kept,
  /// slots filled right, a share of letters legible, a task's time after where it was done, a
  /// short form's domain; a goal-number field filled in, crossing streets as the outcome. The
  /// look-alikes: taught by a nurse, a maneuver or a task to be done next visit.
  @Test(
    arguments: [
      (
        .skilledIntervention,
        "Desat to 87% at 90 ft, so gait was stopped and pursed-lip breathing was cued.", true
      ),
      (
        .skilledIntervention, "Cues were given for knee flexion and a metronome was set at 90 bpm.",
        true
      ),
      (.skilledIntervention, "Scar massage was performed to volar wrist x 5 min.", true),
      (
        .skilledIntervention,
        "Sensory diet was modified - heavy work was added before fine motor tasks.", true
      ),
      (.skilledIntervention, "Titrated NuStep from level 5 to 3 when RPE hit 15/20.", true),
      (
        .skilledIntervention, "Placed footprint targets on steps to elicit reciprocal ascent.", true
      ),
      (.skilledIntervention, "Pt was instructed by RN in wound care prior to PT arrival.", false),
      (
        .skilledIntervention,
        "Epley maneuver will be performed next visit if Dix-Hallpike is positive.", false
      ),
      (
        .functionalTask,
        "Tub transfer training will be initiated next session once bench is delivered.", false
      ),
      (.functionalTask, "Pt was stood from EOB into Stedy and transferred to bedside chair.", true),
      (
        .patientResponse,
        "Nausea was reported after sitting EOB ~5 min; pt was returned to supine.", true
      ),
      (
        .patientResponse, "Needed handrail on first 2 flights but completed last flight w/o rail.",
        true
      ),
      (.objectiveMeasure, "DGI was administered: 16/24.", true),
      (.objectiveMeasure, "SpO2 was maintained at 92-94% on 4L throughout EOB sitting.", true),
      (.objectiveMeasure, "Weekly pill organizer was filled by pt with 12/14 slots correct.", true),
      (.objectiveMeasure, "Near-point copying, 80% of letters legible.", true),
      (.objectiveMeasure, "Pt completed LB dressing seated EOB in 11 min.", true),
      (.objectiveMeasure, "AM-PAC Daily Activity raw 15.", true),
      (.goalLinkage, "Flowsheet goal #: 4", true),
      (.goalLinkage, "Head-turn gait was practiced to improve safety w/ crossing streets.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheFiftyThirdAndFiftyFourthProbeRounds(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Writers' rounds 76-77 (dev half: vestibular and balance, hand and wrist, neonatal and
  /// paediatric acute care, workers' compensation): an infant's corrected gestational age is no
  /// assist level and an infant's own cues are no cueing given; fasteners named by the thing and
  /// its aid, a car's manoeuvre simulated, leisure and assembly work counted by what was made.
  @Test(
    arguments: [
      (.assistLevel, "Infant: BG T. | GA at birth 29+3 | CGA 34+1 | DOL 33", false),
      (.assistLevel, "Sit<>stand from mat CGA x3.", true),
      (.cueing, "Readiness: drowsy, some hunger cues. Cue-based PO trials ordered by NNP.", false),
      (.functionalTask, "Buttons w/ built-up button hook - I after 2 demos.", true),
      (
        .functionalTask, "TA 10 min: simulated car backing, rotate to look over R shoulder x10.",
        true
      ),
      (.functionalTask, "Pt knitted 4 rows with ergonomic needles.", true),
      (.functionalTask, "Light grasp: threading nuts onto bolts, graded large to small.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfWritersRoundsSeventySixAndSeventySeven(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Probe rounds 55-64 (an element beside its negation or limit; progress across the session;
  /// therapists trained abroad; patients who cannot say how they feel; the note's first or last
  /// lines; occupational therapy for IADLs; fast typing; quoted speech; links implied by order;
  /// telehealth): two kinds of cue named
  /// together, grading by a machine's level and a metronome's beat, a checklist or a one-step command
  /// given, a demonstration of a named aid, hands held and wait time given, a room rearranged, a
  /// switch mounted; responses against the initial assessment or admission, the patient's words for
  /// what eased, observation scales that moved; goals for a flat, meals, staying home and a
  /// caregiver's care; gait re-education, toothbrushing, pulling to stand; a treadmill's grade
  /// dropped, a later trial counted by its object, kitchen and medication work told by what was made,
  /// fatigue and kitchen scales and counts done in a time; "not ... until" ends its negation; a
  /// task's demand graded on purpose, a sequence shown to the patient, a vital "from" its value,
  /// girth before and after, the best "since", exertion rated in words, a patient's quoted "I" is
  /// a report of her days; a cue put into the room, a goal of answering the door or riding to
  /// dialysis, itching that eased, retrieving cans.
  @Test(
    arguments: [
      (
        .skilledIntervention,
        "Descending step-to - PT gave VCs + demo for alternating feet and stood downstairs side.",
        true
      ),
      (.skilledIntervention, "VCs + TCs given by daughter for hand placement.", false),
      (.skilledIntervention, "PT dropped resistance to level 2, RPE 12 for remaining 9 min.", true),
      (.skilledIntervention, "PT then bumped metronome to 104 bpm for final lap.", true),
      (.skilledIntervention, "OT gave written step checklist, pt then completed all steps.", true),
      (
        .skilledIntervention, "PT returned pt supine 2 min, applied abd binder, re-sat slowly.",
        true
      ),
      (.skilledIntervention, "Pt returned to supine independently.", false),
      (.skilledIntervention, "Pt arrived with abd binder in place.", false),
      (
        .skilledIntervention, "Pt did not initiate sit to stand until PTA gave one-step command.",
        true
      ),
      (.skilledIntervention, "Pt did not need one-step commands.", false),
      (.skilledIntervention, "PT dropped TM grade 4% -> 2% when HR reached 128.", true),
      (.skilledIntervention, "After OT demo of sock aid pt donned sock within precautions.", true),
      (
        .skilledIntervention, "PT demo'd and held both hands for 2-foot takeoff, then let go.", true
      ),
      (
        .skilledIntervention, "Kitchen rearranged with pt's consent: mugs moved to bench height.",
        true
      ),
      (
        .skilledIntervention, "OT waited up to 15 s for response before tactile prompt at elbow.",
        true
      ),
      (.skilledIntervention, "OT mounted call-light switch for chin activation.", true),
      (
        .skilledIntervention,
        "Gentle PROM B LE; slowed speed and limited R hip range when HR rose >20 bpm.", true
      ),
      (
        .skilledIntervention, "PT instructed pursed-lip breathing, seated pt, SpO2 back to 93%.",
        true
      ),
      (.skilledIntervention, "Caregiver instructed in HEP, voiced understanding.", false),
      (.skilledIntervention, "Staff instructed in HEP w/ picture handout.", true),
      (.patientResponse, "BBS 44/56 today (37/56 at initial assessment 02/05).", true),
      (.patientResponse, "Commode transfers: standby assist today; mod assist on admission.", true),
      (.patientResponse, "Pt was SBA today.", false),
      (.patientResponse, "Pt said the stretch 'eased the burning' within a few minutes.", true),
      (.patientResponse, "After jt mobs pt stated 'that feels a lot looser.'", true),
      (.patientResponse, "PAINAD 6 -> 2 on PT observation.", true),
      (.patientResponse, "FLACC 2 at rest.", false),
      (.patientResponse, "HR up to 120 after stairs.", true),
      (.patientResponse, "PMHx: COPD GOLD 3, SOB on exertion, home O2 2 L/min.", false),
      (.goalLinkage, "Stairs 2 flights w/ rail so pt can get up to her first-floor flat.", true),
      (.goalLinkage, "Stairs practice 2 flights w/ rail to improve LE strength.", false),
      (.goalLinkage, "Trunk control work in w/c to enable pt to sit up safely for meals.", true),
      (
        .goalLinkage, "Caregiver trng so daughter can safely turn and reposition pt in bed.", true
      ),
      (.goalLinkage, "Picture-labelled drawers, to allow pt to stay home w/ husband.", true),
      (.goalLinkage, "EOB sitting and stand trials in order for pt to get OOB for meals.", true),
      (.functionalTask, "Gait re-education along corridor with quad stick, 3 x 20 m.", true),
      (.functionalTask, "Toothbrushing at sink in w/c w/ backward chaining.", true),
      (.functionalTask, "Pull to stand at couch w/ toy on cushion as motivator x4.", true),
      (.functionalTask, "Pt made PB sandwich standing at counter.", true),
      (.functionalTask, "Pt sorted her week's meds into AM/PM organizer.", true),
      (.functionalTask, "Pt reports her daughter sorts her meds weekly.", false),
      (.functionalTask, "Stood at sink, washed and dried 4 dishes.", true),
      (.functionalTask, "Mock cashier shift: scanning, bagging, handing back change.", true),
      (
        .patientResponse, "Washcloth folding: by 4th washcloth pt followed the demo'd pattern.",
        true
      ),
      (
        .patientResponse,
        "Opened jar w/ jar opener; no increase in MCP pain (2/10 before and after).", true
      ),
      (.objectiveMeasure, "Pt completed online grocery order of 12 items in 18 min.", true),
      (.objectiveMeasure, "Pt reports she drives 40 mi to see her sister.", false),
      (.objectiveMeasure, "FACIT-Fatigue 28/52 this visit.", true),
      (.objectiveMeasure, "Kettle Test today: score 9.", true),
      (.goalLinkage, "Pt's goal is to host Thanksgiving dinner.", true),
      (
        .skilledIntervention,
        "Grooming items on L of sink, VCs + tactile tap to L shoulder to scan.", true
      ),
      (
        .skilledIntervention, "Laid clothing out in order on bed to reduce sequencing demand.", true
      ),
      (.skilledIntervention, "PT demonstrated step-down sequence twice before pt tried.", true),
      (.skilledIntervention, "Pt demonstrated step-down sequence correctly.", false),
      (.skilledIntervention, "Energy conservation for showering: sit on the bench to wash.", true),
      (.patientResponse, "L forearm girth 28.5cm pre MLD -> 27cm post", true),
      (.patientResponse, "1st dangle EOB, pt felt faint; HR 128 from 104.", true),
      (.patientResponse, "Amb 120 ft w/ RW - farthest since admit (80 ft Mon).", true),
      (.objectiveMeasure, "After amb pt rated exertion \"13 - somewhat hard\" on Borg.", true),
      (.goalLinkage, "Pt states her goal is \"to pick up my granddaughter again.\"", true),
      (
        .functionalTask, "Pt said \"I walked to breakfast with the aide this morning.\" LAQ 2x15.",
        false
      ),
      (.skilledIntervention, "Yellow tape added to step edges.", true),
      (.skilledIntervention, "Pt reports yellow tape was added to her steps by her son.", false),
      (.skilledIntervention, "Picture checklist taped above sink.", true),
      (.goalLinkage, "Sit<>stand from low couch so pt can get up to answer the door safely.", true),
      (.goalLinkage, "Car transfer trng so pt can ride to dialysis w/ daughter.", true),
      (.patientResponse, "Scar massage 5 min. Pt reports itching decreased after.", true),
      (.patientResponse, "Pt states fingers feel \"looser\" after paraffin.", true),
      (.functionalTask, "Then retrieved 3 cans from top shelf.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheFiftyFifthToSixtyFourthProbeRounds(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Writers' rounds 78-85 (dev half: therapists trained abroad, head and neck, seating and home
  /// modification, long-term acute care, lymphoedema and burns, chronic pain, veterans, rural home
  /// health, aquatic therapy, hospice, cardiac surgery, OT in medical clinics, spinal cord injury,
  /// pregnancy and postpartum, adolescents, interpreters): ring splints fitted and a carrier refit, a cue to feather the handrims, no worse symptoms after the work, a goal of watering
  /// plants, a chair driven through the home, getting in and out practised, a graded dose cut, a
  /// symptom felt less, cleaning and keyboarding as tasks, a dose "tolerated" as boilerplate; a home
  /// program reviewed with nothing taught is not skilled.
  @Test(
    arguments: [
      (.skilledIntervention, "Ramp descent CGA, VCs to feather handrims rather than grab.", true),
      (.skilledIntervention, "Reviewed HEP, pt performing \"most days.\"", false),
      (.skilledIntervention, "Reviewed HEP - wife states pt \"does some of them.\"", false),
      (.patientResponse, "A: Pt tol tx w/o increase in arm sx.", true),
      (.goalLinkage, "Her goal is to water her plants safely without falling.", true),
      (.functionalTask, "Pt drove chair through all areas during assessment.", true),
      (.functionalTask, "At his car he practiced getting in and out protecting the neck.", true),
      (.skilledIntervention, "Dosage reduced to visit 3 level d/t flare per PT.", true),
      (.patientResponse, "Pt felt less pressure w/ new bra.", true),
      (.functionalTask, "Pt completed bathroom cleaning simulation (wiping tub edge).", true),
      (.functionalTask, "He keyboarded for three 10-minute bouts on the clinic workstation.", true),
      (.skilledIntervention, "Fitted oval-8 ring splints R index & middle PIPs.", true),
      (
        .skilledIntervention, "We refit her soft-structured carrier, moving the waist belt up.",
        true
      ),
      (.skilledIntervention, "Pt refit her own brace at home.", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfWritersRoundsSeventyEightToEightyFive(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Probe rounds 65-76 (flowsheet rows and fields, template voice, dictation, paediatrics,
  /// shorthand, comparisons, goal links after the activity, clinical reasoning, patients' own words,
  /// named tests, tasks with objects, everyday purposes) and the dev notes of writers' rounds 86-91:
  /// a cue's count, spread or target before or without its aim, a deviation seen and cued, a tap
  /// placed, shorthand teaching ("instr", "facil.", "edu"); a template's skilled act with nothing of
  /// its own; a movement judged on video; a binder applied for orthostasis; a para's hand-over-hand;
  /// in-hand manipulation (a child's skill); labels paired before their values; symptoms that eased
  /// or went at rest; "able to return demonstrate" (a response, no purpose); a skill named and then
  /// improving; first and last trials, less than yesterday, a first time, a position borne for a
  /// time; instruments when or which form, a test with its value after a colon (not a dose), Section
  /// GG codes, rates of writing, METs, trials of presentations; a due date, a target range, last
  /// month's weight, "likely to"; money, writing, meals and an event sat through as outcomes; a plan
  /// for tomorrow; dance, music and swimming as tasks; gait named beside other work (not a gait
  /// measure); two motions of a joint with no unit; zero cues.
  @Test(
    arguments: [
      (.skilledIntervention, "Car transfer: VCs x3 to lock w/c brakes.", true),
      (.skilledIntervention, "Ramp ascent, needed cues to not roll back.", true),
      (
        .skilledIntervention,
        "Schedule worksheet: needed min verbal prompting to include meal times.", true
      ),
      (
        .skilledIntervention, "Verbal and tactile cues throughout to maintain scapular retraction.",
        true
      ),
      (.skilledIntervention, "Pt needed 2 VCs.", false),
      (
        .skilledIntervention, "Facilitation provided PRN.\nTask grading performed.\nPt tolerated.",
        false
      ),
      (.skilledIntervention, "Facilitation provided at L pelvis for wt shift.", true),
      (.skilledIntervention, "Analyzed single leg squat on video: dynamic knee valgus on L.", true),
      (
        .skilledIntervention, "Lightheaded in stand; abd binder applied before 2nd stand trial.",
        true
      ),
      (.skilledIntervention, "Para provided HOH for letter formation during worksheet.", false),
      (
        .skilledIntervention, "In-hand manipulation w/ coins, 6/10 translated palm to finger.",
        false
      ),
      (.skilledIntervention, "Joint manipulation to L SI jt.", true),
      (.patientResponse, "HR pre/post 78/96", true),
      (.patientResponse, "Pain (0-10) pre|post: 6|3", true),
      (.patientResponse, "BP pre/post: 126/78 | 148/80", true),
      (.patientResponse, "Girth L forearm pre-MLD 27.4 cm | post 26.6 cm", true),
      (.patientResponse, "Ex changed to scaption -> pinch resolved.", true),
      (.patientResponse, "Pt reports itching ↓ after massage.", true),
      (.patientResponse, "Hx: headache resolved in 2019.", false),
      (
        .patientResponse, "Pt able to return demonstrate safe tub bench transfer after 2 trials.",
        true
      ),
      (.patientResponse, "A: Good tolerance. Wt shift onto R improving.", true),
      (.objectiveMeasure, "GMFM-66 today: 52.3 (GMFCS II).", true),
      (.objectiveMeasure, "BOT-2 Short Form: total point score 42.", true),
      (.objectiveMeasure, "AMPnoPRO: 32\nAMPPRO: 38", true),
      (.objectiveMeasure, "Near-point copying: 12 letters/min.", true),
      (.objectiveMeasure, "Workload: METs: 3.4", true),
      (.objectiveMeasure, "Spoon feeding: accepted 6/8 presentations.", true),
      (.objectiveMeasure, "PERF: P 2, E 4 sec, R 3, F 5.", true),
      (.objectiveMeasure, "HR pre/post 78/96", true),
      (.objectiveMeasure, "O: AROM wrist ext 20, flex 15, sup 45, pron 60.", true),
      (.objectiveMeasure, "R knee flex 98, ext -5.", true),
      (.objectiveMeasure, "Knee ext 3x10, flex 2x10.", false),
      (.objectiveMeasure, "Re-assess due 2/5.", false),
      (.objectiveMeasure, "Target HR range for exercise: 100-125 bpm per MD order.", false),
      (.objectiveMeasure, "Weight per pediatrician 10.2 kg at last month's well visit.", false),
      (
        .goalLinkage,
        "In-hand manipulation w/ coins to allow independent management of lunch money.", true
      ),
      (
        .goalLinkage, "Tripod grasp tasks toward IEP goal of writing first and last name legibly.",
        true
      ),
      (
        .goalLinkage, "Urge suppression training so pt can sit through a 2-hr movie w/o leaving.",
        true
      ),
      (
        .goalLinkage, "Pt able to return demonstrate safe tub bench transfer after 2 trials.", false
      ),
      (.functionalTask, "Gate training with front wheeled walker 75 ft x2 in hallway.", true),
      (.functionalTask, "Plan tomorrow shower training with OT and car transfer practice.", false),
      (
        .functionalTask,
        "Dance-specific work: plie in parallel and turned out, tendu front/side/back.", true
      ),
      (.functionalTask, "97530 17 min: with pt's own cello and bow, open-string long tones.", true),
      (.functionalTask, "Dryland stroke simulation w/ cable pull: freestyle catch 3x10.", true),
      (.functionalTask, "Pt plays cello in orchestra (PLOF).", false),
      (.skilledIntervention, "Sq pivot w/c<>mat | SBA | 1 VC brakes | R side leading", true),
      (.skilledIntervention, "Stocking donning trial 2 w/ SBA, 2 VCs re: heel alignment.", true),
      (.skilledIntervention, "Tub transfer w/ bench SBA, cues x1 hand placement.", true),
      (.skilledIntervention, "Step downs 6\" 3x10 - valgus noted, cued.", true),
      (.skilledIntervention, "Needed cue x1 to keep controller bag from hanging over stove.", true),
      (.skilledIntervention, "Tactile tap at heel to cue heel strike during gait bouts.", true),
      (.skilledIntervention, "Txf trng bed<>BSC, instr hand plcmt: push from bed.", true),
      (.skilledIntervention, "EOB max A x2, facil. trunk ext + head ctrl.", true),
      (.skilledIntervention, "TM grade 4% -> 2%, edu RPE target 11-13.", true),
      (.skilledIntervention, "Pt instr in HEP.", false),
      (.patientResponse, "Repeated 10 m walks. First trial 18 s, final trial 14 s.", true),
      (.patientResponse, "Pt reports less SOB than yesterday's session.", true),
      (
        .patientResponse, "Pull to stand at couch. First time doing so without hands-on support.",
        true
      ),
      (.patientResponse, "Tummy time: w/ singing tolerated 3 min prone on elbows.", true),
      (
        .patientResponse, "Chest tightness on TM; exercise stopped, resolved at rest in 1 min.",
        true
      ),
      (.patientResponse, "After mobs pt states the pain is gone in standing flexion.", true),
      (.patientResponse, "Prone on elbows 3' (↑ from 1' last wk).", true),
      (.objectiveMeasure, "Oculomotor screen: King-Devick 52.3 s today.", true),
      (.objectiveMeasure, "SWMT: 3.61 radial digits.", true),
      (.goalLinkage, "Hoyer transfer + CG trng to ↑ safety w/ txfs @ home.", true),
      (.goalLinkage, "PFM coordination with lifting to return to CrossFit without leakage.", true),
      (.goalLinkage, "UE ergometer 8 min. Assessment: targets LTG no. 2.", true),
      (.functionalTask, "Ex per flowsheet, gait per flowsheet.", true),
      (.functionalTask, "Pt seen for balance/gait. Cont POC.", true),
      (.functionalTask, "Significant improvement in balance, gait speed and strength.", false),
      (.patientResponse, "Did MT, ther ex, HEP. Better ROM after.", true),
      (.objectiveMeasure, "TUG w/ RW: 18.4 s (fall risk cutoff 13.5 s).", true),
      (.objectiveMeasure, "30-sec chair stand via video: 9 reps, arms crossed.", true),
      (.objectiveMeasure, "5xSTS from standard dining chair: 21 s w/ UE push-off.", true),
      (.objectiveMeasure, "TUG w/ RW: deferred, pt fatigued.", false),
      (.objectiveMeasure, "SLS: 3x30 s each side.", false),
      (.objectiveMeasure, "Grip ball | 2x15 |", false),
      (.objectiveMeasure, "Section GG today:\nUB dressing 04, toilet transfer 03.", true),
      (.objectiveMeasure, "UB dressing 3 min, LB dressing 5 min.", false),
      (.cueing, "Transfers SBA, 0 cues today.", false),
      (
        .skilledIntervention, "Manual lymphatic drainage L UE (Vodder), proximal clearing first.",
        true
      ),
      (.patientResponse, "Pt likely to fatigue quickly; plan rest breaks PRN.", false),
      (.patientResponse, "Gait speed within session improved 0.42 m/s -> 0.55 m/s.", true),
      (
        .goalLinkage, "Energy conservation for cooking. Needed for her to make her own meals.", true
      ),
      (.goalLinkage, "Gait 2x75' w/ RW so pt can get to meals.", true),
      (.functionalTask, "Pt seen in gym. TE/gait per POC.", true),
      (
        .skilledIntervention,
        "He was up on his toes so I told him to sit back and push through his heels.", true
      ),
      (.skilledIntervention, "Pt reports his wife told him to sit more.", false),
      (
        .skilledIntervention, "Went over sternal precautions: no pushing up from chair w/ arms.",
        true
      ),
      (
        .objectiveMeasure,
        "I timed 5x sit to stand on video from his dining chair: 18.4 sec, no hands.", true
      ),
      (.objectiveMeasure, "CPAx 18/50, stood 45 s before fatigue.", true),
      (
        .objectiveMeasure, "Per RN flowsheet, 0600 vitals BP 110/60, HR 98. PT session held.", false
      ),
      (.objectiveMeasure, "Admission GG0170: sit to stand 02, chair/bed-to-chair 02.", false),
      (.objectiveMeasure, "Toilet transfer from w/c w/ grab bar min A (GG 03).", true),
      (.objectiveMeasure, "GG0170C lying to sitting on side of bed: 04 - supervision.", true),
      (
        .functionalTask, "Shower on tub transfer bench, pt washed her upper body and hair herself.",
        true
      ),
      (.patientResponse, "After Epley pt sat up w/ no spinning and no nystagmus.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheSixtyFifthToSeventySixthProbeRounds(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Minutes of the nineteenth session's classes: a visit's clock times with the meridiem cut to
  /// its letter, and a visit's approximate length under the plan; a distance "up to" a mark is feet.
  @Test(
    arguments: [
      (
        "Gait improving, vaulting gone w/ cueing within session, distance up to 80' continuous.", []
      ),
      ("HH OT visit  1:05p-1:50p\nPracticed tub transfer w/ TTB w/ SBA.", [45]),
      ("Plan: cont 2x/wk. Visit time approx 50 minutes.", [50]),
      ("Plan: cont 2x/wk, stairs next visit.", []),
      ("Scheduled 60 min; pt participated 35 min individual. Missed 25 min - pt refusal.", [35]),
      ("Pt off unit for MRI 0900-1030, missed AM session 45 min.", []),
      (
        "LSVT BIG session 11\nAll 7 maximal daily exercises.\nTotal 60 min: 97530 x 2, 97110 x 2",
        [60]
      ),
    ] as [(String, [Int])])
  func minutesOfTheNineteenthSession(note: String, expected: [Int]) {
    #expect(minutes(note) == expected)
  }

  /// The classes of the eighty-first and eighty-second probe rounds (twentieth session): what the
  /// therapist did and what changed told in plain words, measures in unusual layouts, a heading's
  /// dose on the line below it, and purposes that bring the patient back to what they did. Each
  /// with a look-alike that must not count.
  @Test(
    arguments: [
      (
        .skilledIntervention,
        "Held pt's L hand in mine around the toothbrush and moved it with him, letting go as he took over.",
        true
      ),
      (.skilledIntervention, "Pt letting go of RW to reach for cup, LOB x1.", false),
      (
        .skilledIntervention, "Tapped her wrist as a reminder when she went back to a fist grip.",
        true
      ),
      (.skilledIntervention, "Heel raises at counter x10, slowed him down when he wobbled.", true),
      (.skilledIntervention, "MD told him when he could return to work.", false),
      (
        .skilledIntervention,
        "R posterior canal BPPV: turned pt's head 45 deg R, laid her back quickly, held 30 sec.",
        true
      ),
      (.skilledIntervention, "Pt turned her head 45 deg R with dizziness 4/10.", false),
      (
        .skilledIntervention,
        "Heel slides after, my hand giving gentle overpressure at end of bend.", true
      ),
      (.skilledIntervention, "Educated RN/CNA on 2-hr positioning schedule.", true),
      (
        .patientResponse, "Cooking group.\nQuiet at start; by the end was talking with peers.", true
      ),
      (.patientResponse, "By the end of the week pt will ambulate 150'.", false),
      (
        .patientResponse,
        "Demo'd hamstring stretch on camera.\nPt did it back correctly after one demo.", true
      ),
      (
        .patientResponse, "Filling weekly pillbox: mixed up Fri, caught her own mistake on Sat.",
        true
      ),
      (
        .patientResponse, "Walked up the pool stairs standing straighter than when she went in.",
        true
      ),
      (.patientResponse, "Standing at counter to make tea.\nHad to sit down after 4 min.", true),
      (
        .patientResponse, "Paraffin then PROM to fingers.\nSwelling down after 10 min elevated.",
        true
      ),
      (.objectiveMeasure, "Grip (Jamar II): R 34 / L 62\nLat pinch: R 9 / L 16", true),
      (.objectiveMeasure, "Grip strengthening: 3x10 w/ green putty.", false),
      (.objectiveMeasure, "SOT composite 58", true),
      (.objectiveMeasure, "R knee | AROM | PROM\nflex | 112 | 118\next | -4 | -2", true),
      (.objectiveMeasure, "HR | BP | SpO2\nPre 74 | 118/72 | 98", true),
      (.objectiveMeasure, "HR | BP | SpO2\n | | \nNext visit.", false),
      (.objectiveMeasure, "PROM flex/abd/ER | per protocol |\nScap squeezes | 2x15 |", false),
      (.objectiveMeasure, "92% on 3L NC after 2nd lap.", true),
      (.objectiveMeasure, "4/10 dyspnea (modified Borg) after 2nd lap.", true),
      (.objectiveMeasure, "Sh AROM R: flex 0-95, abd 0-80, ER 0-30", true),
      (.objectiveMeasure, "PDMS-2 (re-eval today):\nStationary raw 38 / std 7", true),
      (.objectiveMeasure, "Copied 8 of 10 spelling words from the board correctly.", true),
      (.objectiveMeasure, "IEP goal: student will copy 8 of 10 words correctly.", false),
      (.functionalTask, "Ambulation:\n2 laps infusion center lobby w/ IV pole, SBA.", true),
      (.functionalTask, "Walking:\nLTG: 300' w/ SPC mod I.", false),
      (.functionalTask, "Playground: ladder 4 rungs up, slide down x3.", true),
      (.functionalTask, "Shower entry observed on video: grab bar + tub bench.", true),
      (.functionalTask, "Pt made a turkey sandwich at her counter while I watched on video.", true),
      (.functionalTask, "Pushed self in w/c 100 ft down hall and turned into room.", true),
      (.goalLinkage, "Pool walking to get pt back to walking at the mall with her friends.", true),
      (.goalLinkage, "Pool walking to get her back to full strength.", false),
      (.goalLinkage, "Practiced car transfers so she can ride with her son to dialysis.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheEightyFirstAndEightySecondProbeRounds(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// The classes of the ninety-fourth and ninety-fifth writers' rounds (dev half, twentieth
  /// session): a step done after the therapist showed it, a cue given with a tool, education by
  /// its abbreviation, equipment talked over with the family, mood and affect changed, a correction
  /// taken up within the set, an attention span timed; a home-health patient's homebound reason and
  /// objects handled in a fine-motor task are not the therapist's skill.
  @Test(
    arguments: [
      (
        .skilledIntervention,
        "Homebound: pt requires RW and assist of 1 to leave home d/t high fall risk and SOB on exertion.",
        false
      ),
      (
        .skilledIntervention, "Fine motor: coin manipulation 10 coins; buttoning board 5 buttons.",
        false
      ),
      (.skilledIntervention, "Thoracic manipulation T4-5 performed.", true),
      (.skilledIntervention, "Donned socks w/ sock aid after demo x2, needed 3 VCs.", true),
      (.skilledIntervention, "Shaved w/ electric razor - missed L jaw, cued w/ mirror.", true),
      (
        .skilledIntervention,
        "Ed on sitting posture in dayroom chairs, lumbar roll made from towel.", true
      ),
      (
        .skilledIntervention, "OT: seen briefly. Discussed sleep hygiene. Pt voiced understanding.",
        false
      ),
      (.skilledIntervention, "Talked with husband about getting a long-handled sponge.", true),
      (.patientResponse, "Pt engaged, mood improved.", true),
      (.patientResponse, "Mood: depressed, affect flat.", false),
      (.patientResponse, "OT 1:1 in dayroom, sensory strategies. Pt calmer after. 30 min", true),
      (
        .patientResponse,
        "Reach to 2nd shelf w/ 1# can x10, VCs for scap depression, better by last 3 reps.", true
      ),
      (.patientResponse, "Less resistance than 1/12 session (needed 2 staff then).", true),
      (.objectiveMeasure, "Attention: ~15 min on task before needing redirection.", true),
      (.objectiveMeasure, "Client attended 30 min group.", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfWritersRoundsNinetyFourAndNinetyFive(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Minutes of the twentieth session's classes: a code's minutes above any count of units on a
  /// line that also says its units, a posterior pelvic tilt's repetitions, an attention span.
  @Test(
    arguments: [
      ("Balance ex's, amb 300'.\nTE 15, NMR 15 - 2 units", [15, 15]),
      ("Billed: TA 2 units, TE 1", []),
      ("Supine: PPT x15, SKTC x10 ea, bridges 2x10.\nTE x 30 min", [30]),
      ("Laundry sorted I.\nAttention: ~15 min on task.\n97535 x 35 min", [35]),
    ] as [(String, [Int])])
  func minutesOfTheTwentiethSession(note: String, expected: [Int]) {
    #expect(minutes(note) == expected)
  }

  /// The classes of the eighty-third to eighty-sixth probe rounds and the ninety-sixth and
  /// ninety-seventh writers' rounds (twentieth session): terse assessment lines (education on named
  /// precautions, a session modified or paused for what was seen, a load changed by an arrow, a
  /// movement corrected, support faded), an orthosis changed, a workstation set up, a caregiver
  /// walked through a setup, a limb's volume by its instrument, a symptom changed after a treatment,
  /// correct after a correction, a pivot written with an arrow; norms, education left to the
  /// flowsheet and an orthosis's wear time are no one's value, teaching or minutes.
  @Test(
    arguments: [
      (.skilledIntervention, "A: Ed on lymphedema precautions (no BP/needle sticks L arm).", true),
      (
        .skilledIntervention, "A: Chemo wk 3, fatigue 7/10 -> modified session to seated ther ex.",
        true
      ),
      (.skilledIntervention, "A: RPE 15 on TM @ 3.0/2% → ↓ grade to 0%, RPE 12.", true),
      (.skilledIntervention, "A: Via video, corrected squat (knee valgus) w/ mirror.", true),
      (.skilledIntervention, "A: Internal manual release L obturator internus.", true),
      (.skilledIntervention, "Tall kneel play; therapist support at trunk faded to hips.", true),
      (.skilledIntervention, "Environment modified: slant board + triangular pencil grip.", true),
      (.skilledIntervention, "Education: see flowsheet.\nPt tolerated tx well.", false),
      (
        .skilledIntervention, "Orthosis: metal stay bent into ext by pt; re-shaped to neutral.",
        true
      ),
      (.skilledIntervention, "Orthosis check: distal edge trimmed.", true),
      (.skilledIntervention, "Pt trimmed her nails.", false),
      (.objectiveMeasure, "Perometer L arm 2,840 mL, R arm 2,510 mL.", true),
      (.objectiveMeasure, "TUG norms 60-69 y: 8.1 s; fall-risk cut-off >13.5 s.", false),
      (.objectiveMeasure, "A: 5xSTS from 18\" mat 22 s w/ B UE push.", true),
      (.patientResponse, "A: Pt reports UE heaviness ↓ after MLD.", true),
      (.functionalTask, "A: Stood at RW 2 x 1 min mod A, marched in place, pivot → chair.", true),
      (
        .functionalTask, "Hx/PLOF:\nI community amb w/o AD; did own laundry + grocery shopping.",
        false
      ),
      (
        .skilledIntervention, "Dropped to 86% after 3 min marching -> session paused, PLB cued.",
        true
      ),
      (
        .skilledIntervention,
        "Computer workstation: adjusted chair ht and raised monitor to eye level.", true
      ),
      (.skilledIntervention, "Walked caregiver through setting up shower chair over video.", true),
      (.functionalTask, "Walked caregiver through setting up shower chair over video.", false),
      (
        .patientResponse,
        "Pt demo'd tub bench transfer after instruction; 1 correction, then correct x2.", true
      ),
      (.objectiveMeasure, "Age norm FGA (60-69 y): 28/30; fall-risk cutoff <= 22/30.", false),
      (
        .goalLinkage,
        "Self-fed ~50% of meal w/ built-up utensils, supporting goal of participating in mealtime w/ dignity.",
        true
      ),
      (.goalLinkage, "Resident seated for mealtime in dining room.", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheEightyThirdToEightySixthProbeRounds(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Minutes of the ninety-sixth writers' round: an orthosis's wear time before a skin check.
  @Test(
    arguments: [
      ("Boots fit in supine.\nRemoved after 2 hrs: no redness B heels.", []),
      ("Seating: after 40 min in new seating, pink area under L pad.\n97542 x 30 min", [30]),
    ] as [(String, [Int])])
  func minutesOfWearTime(note: String, expected: [Int]) {
    #expect(minutes(note) == expected)
  }

  /// The classes of the eighty-seventh to ninetieth probe rounds and the hundredth writers' round
  /// (twenty-first session): decisions told in everyday words (a standard tool given back, further
  /// activity held or restarted at a changed dose, a scenario slowed, another water depth, a cushion
  /// to sit on, the patient told to say the steps, an unsafe attempt stopped, a tool handed over, a
  /// room set up for low vision, set-up by the discipline that did it, clutter and glare cut); the
  /// same acts by family or staff are theirs. Changes within today's trials told plainly, an earlier
  /// value "at admit", the symptom pair in words; a purpose met on entry steps or without calling
  /// for help, a goal stated with a negative; self-care by the verb and where it was done; dictation's
  /// "queues", "men a" and "sit two stand".
  @Test(
    arguments: [
      (
        .skilledIntervention,
        "Gave him loop scissors, then faded to regular scissors for the last shape.", true
      ),
      (
        .skilledIntervention,
        "HR 131 on 3rd stand - held further standing, seated marches instead.", true
      ),
      (
        .skilledIntervention, "Bike 70% HRmax: HA 2 -> 5/10; rested, restarted at 60% x10 min.",
        true
      ),
      (.skilledIntervention, "Slowed scenario to 20 mph until she braked on time.", true),
      (.skilledIntervention, "Moved her to waist depth w/ noodle, cued trunk upright.", true),
      (.skilledIntervention, "Had him call out each step of the transfer aloud.", true),
      (
        .skilledIntervention, "Stopped her mid-step, had her sit on tub bench and swing legs over.",
        true
      ),
      (
        .skilledIntervention,
        "Relabeled pill box compartments w/ bold stickers; added a task lamp.", true
      ),
      (.skilledIntervention, "3\" toilet riser placed by PTA for trial.", true),
      (.skilledIntervention, "OT turned on lights and opened blinds before grooming.", true),
      (
        .skilledIntervention, "Reduced table clutter to 3 items and closed blinds to cut glare.",
        true
      ),
      (.skilledIntervention, "Nursing raised bed ht to 24\" before session per protocol.", false),
      (.skilledIntervention, "Pt's wife had already rearranged bathroom w/ shower chair.", false),
      (.skilledIntervention, "Pt set up by OT w/ large-print calendar 2 wks ago.", false),
      (.patientResponse, "Pt taught it back and did it correctly 3/3 trials.", true),
      (
        .patientResponse, "Needed HOH for first 3 buttons, did last 2 with verbal prompt only.",
        true
      ),
      (.patientResponse, "Letters more even; fewer erasures as he went.", true),
      (.patientResponse, "Step length visibly larger on the walk after BIG practice.", true),
      (.patientResponse, "Grip R 14# (8# at admit).", true),
      (.patientResponse, "Pain: L hip 5 out of 10 pre, 3 out of 10 post.", true),
      (.patientResponse, "Grip at admit: 8#.", false),
      (.goalLinkage, "Step-ups 6\" so she can manage the 1 step into her son's house.", true),
      (
        .goalLinkage,
        "Reaching to low cabinets, so she can get her own pots out w/o calling her son.", true
      ),
      (
        .goalLinkage,
        "PFM pre-contraction w/ lifting. To meet LTG of no leakage with lifting her grandson.", true
      ),
      (.goalLinkage, "Step-ups 6\" to improve quad strength.", false),
      (.functionalTask, "Dressed seated EOB w/ set-up; showered seated on tub bench.", true),
      (.functionalTask, "Pt dressed, seated in w/c on arrival.", false),
      (.functionalTask, "Vacuumed 15 ft x2 w/ seated rest.", true),
      (.cueing, "Toilet transfer men a x1, verbal queues for hand placement.", true),
      (.assistLevel, "Toilet transfer men a x1, verbal queues for hand placement.", true),
      (.skilledIntervention, "Gait 150 ft RW SBA, queues for heel strike and step length.", true),
      (.functionalTask, "Sit two stand from dining chair x5 SBA.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheEightySeventhToNinetiethProbeRounds(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Minutes of the hundredth and hundred-and-first writers' rounds: a timed code the catalogue had
  /// with no name, beside another code's minutes.
  @Test(
    arguments: [
      (
        "Work task trng (97530) 30 min\nCommunity/work reintegration trng (97537) 15 min: job coach trained.",
        [30, 15]
      )
    ] as [(String, [Int])])
  func minutesOfAReintegrationCode(note: String, expected: [Int]) {
    #expect(minutes(note) == expected)
  }

  /// The classes of the ninety-first and ninety-second probe rounds and the dev halves of the
  /// writers' rounds the session studied: a task's objects, a machine's load, support and water
  /// graded by their figures; the therapist's hands, feeding supports, a method changed, set-up
  /// provided by the therapist; a sign changed after a dose, a cue that made the task easier, what
  /// the treatment let the patient do, errors counted down, a rating at the end, soreness after, a
  /// saturation with the activity, an earlier value in inches, a first time; a finger's distance
  /// from the palm, sitting held unsupported, a tolerance with its figure first; care received
  /// elsewhere and a job description's demands are no one's today; a timed walk test is no walking
  /// trained; "Stable-progressing." is boilerplate.
  @Test(
    arguments: [
      (.skilledIntervention, "Buttoning board large -> medium buttons 10 min.", true),
      (.skilledIntervention, "Leg press 40 -> 45# 3x10.", true),
      (.skilledIntervention, "BWSTT: BW support graded 75%->85% as heel strike improved.", true),
      (.skilledIntervention, "Pool walking: chest -> waist depth for more WB.", true),
      (.skilledIntervention, "Lowered balance beam to floor tape line after 2 LOB.", true),
      (.skilledIntervention, "AROM w/ therapist stabilizing MCPs to isolate PIP flexion.", true),
      (
        .skilledIntervention,
        "Provided cheek and chin support during bottle feed; externally paced feeding.", true
      ),
      (.skilledIntervention, "Changed pattern to step-to w/ R rail ascending.", true),
      (.skilledIntervention, "Heavy work provided by OT before cutting at table.", true),
      (
        .skilledIntervention, "Pt completed 6 wks OP PT at another clinic incl. dry needling.",
        false
      ),
      (.patientResponse, "Tone in R UE decreased after 2 min WB through R UE.", true),
      (.patientResponse, "Pt stated the cue made standing way easier.", true),
      (.patientResponse, "After tx pt made full composite fist.", true),
      (.patientResponse, "Cone contacts 3 -> 0 over the last laps.", true),
      (.patientResponse, "Pain was 4 out of 10 at the end.", true),
      (.patientResponse, "Her knees were sore afterward.", true),
      (.patientResponse, "SpO2 92 percent on 2 L with activity.", true),
      (.patientResponse, "SLS L 8\" (4\" last wk).", true),
      (.patientResponse, "Opened milk carton w/o help for 1st time.", true),
      (.objectiveMeasure, "Composite flexion: IF lacks 2 cm to DPC, MF 1 cm.", true),
      (.objectiveMeasure, "Sat EOB unsupported 5 min.", true),
      (.objectiveMeasure, "6 min stand tolerance before needing to sit.", true),
      (.objectiveMeasure, "Grooming at sink standing w/ CGA x4 min before needing to sit.", true),
      (.objectiveMeasure, "Per outside OT records, grip R 15# on 2/2.", false),
      (.objectiveMeasure, "Job description requires lifting fifty pounds occasionally.", false),
      (.functionalTask, "Six minute walk test: 1,120 feet. SpO2 nadir 90%.", false),
      (.functionalTask, "Vacuumed 10 ft x2 w/ seated rest.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheNinetyFirstAndNinetySecondProbeRounds(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// A bare "Stable-progressing." says nothing; a status with a goal after it is no boilerplate.
  @Test func aStableAndProgressingAssessmentIsBoilerplate() {
    #expect(
      analysis("Assessment: Stable-progressing. Requires skilled PT.").vaguePhrases.map(\.text)
        == ["Stable-progressing"])
    #expect(analysis("Goals: #1 transfers mod I - progressing.").vaguePhrases.isEmpty)
  }

  /// Minutes of the hundred-and-second and hundred-and-third writers' rounds: a tolerance with its
  /// figure first, and a CPT modifier beside a code, are no minutes.
  @Test(
    arguments: [
      ("Meal prep standing at counter, 6 min stand tolerance before needing to sit.", []),
      (
        "Charges: 97140-GP-59 x1 (12 min), 97530-GP x1 (18 min), 97112-GP x1 (11 min).",
        [12, 18, 11]
      ),
    ] as [(String, [Int])])
  func minutesOfTolerancesAndModifiers(note: String, expected: [Int]) {
    #expect(minutes(note) == expected)
  }

  /// The classes of the ninety-third and ninety-fourth probe rounds (symbols and shorthand; numbers
  /// among medical data) and the third cycle's dev half: prescription shorthand with a macron read
  /// as its word, a cue faded, a caregiver trained written "c/g", a freezing strategy, a caregiver
  /// guided through a setup; a limp less after a treatment, a blood-pressure response named, a rest
  /// after a minute mark, a girth after the treatment that reduces it, what the patient reported
  /// after it; the bathroom by its abbreviation as a goal's outcome. Another discipline's record
  /// reviewed teaches nothing; a titration order and a line's length are no one's measure.
  @Test(
    arguments: [
      (.patientResponse, "Pain 5/10 \u{101} tx, 2/10 p\u{304} tx.", true),
      (.skilledIntervention, "VC'd for L scanning x4; faded cue when pt found comb indep.", true),
      (.skilledIntervention, "Via video: trained c/g to let her push from armrests.", true),
      (.skilledIntervention, "Used rhythmic verbal count to break freezing at the doorway.", true),
      (.skilledIntervention, "Guided husband through tub transfer bench setup on camera.", true),
      (.skilledIntervention, "Nursing note reviewed: RN repositioned pt q2h overnight.", false),
      (.patientResponse, "\u{2193} antalgic pattern on land amb after pool session.", true),
      (.patientResponse, "BP 128/78 rest, 168/80 peak. Appropriate rise & recovery.", true),
      (.patientResponse, "Amb 40' to kitchen. Needed ~2' standing rest @ counter.", true),
      (
        .patientResponse, "R index PIP circumference 6.4 cm pre. 6.1 cm after retrograde massage.",
        true
      ),
      (.patientResponse, "After MLD pt reported L arm heaviness decreased.", true),
      (.objectiveMeasure, "O2 4L NC, titrate to SpO2 88-92% per RT order.", false),
      (.objectiveMeasure, "PICC R arm 42 cm; Foley in place.", false),
      (.goalLinkage, "Progressing toward LTG of safe BR mobility mod I w/ FWW.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheNinetyThirdAndNinetyFourthProbeRounds(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Minutes of the third cycle's dev half: interferential current is an unattended modality, a
  /// home program's minutes need their frequency (a comma does not join a code's minutes to it), and
  /// a charge table's minutes column may stand without a units column.
  @Test(
    arguments: [
      ("- Moist hot pack x 10 min lumbar region\n- IFT x 10 min\n97110 TE 20 min", [20]),
      (
        "Total session 55 min: 97530 x 25 min, 97116 x 15 min, 97110 x 10 min, HEP/education 5 min",
        [25, 15, 10]
      ),
      // A charge table with a minutes column and no units column: read when the minutes head the
      // cell right after the code's, not a number of the description after them.
      (
        "CPT     Min   Activity\n97535   15    LB dressing w/ sock aid, 6 buttons in 3 min 40 sec\n97530   10    tub transfer bench training x3\nTotal   25",
        [15, 10]
      ),
      (
        "CPT   Activity   Min\n97535   Stairs 14 steps x2 w/ rail   18\n97110   Heel raises 2x10   12",
        []
      ),
    ] as [(String, [Int])])
  func minutesBesideModalitiesAndHomePrograms(note: String, expected: [Int]) {
    #expect(minutes(note) == expected)
  }

  /// The classes of the ninety-fifth to ninety-eighth probe rounds and the fourth cycle's dev half
  /// (pelvic health, the arm after stroke, schools and early intervention, terse notes): the
  /// therapist's hand holding a position, a trigger point released by its abbreviation, compression
  /// bandaging, a support added, a graft watched, resistance withheld on a finding, precautions
  /// taught by name, stimulation the therapist triggers, joint and scar mobilisation written short,
  /// training with an aid after "w/", markings for low vision, a garment fitted, a load progressed
  /// from one value to another, fatigue management taught; a dip and a return, the first week
  /// since surgery, a count down from one value to another, no increase in a region's pain, an
  /// input tolerated after a change, skin checked after, a fall on the mat, an approximate earlier
  /// value with its date, a value before a technique, a tool that made it easier, a count instead
  /// of another, a sign resolved a time after; a limb's volume, a jump's distance, forms copied; a
  /// play structure climbed, a garment pulled off, a bus step, a crosswalk; continence and meals
  /// as a goal's outcome. Staff running the exercise, a history's own "prior", fatigue as the topic
  /// taught and shoes set on a mat count for nothing.
  @Test(
    arguments: [
      (
        .skilledIntervention, "Sustained gastroc stretch w/ my hand holding subtalar neutral.", true
      ),
      (
        .skilledIntervention, "Internal TrP release to R obturator internus, consent obtained.",
        true
      ),
      (.skilledIntervention, "Applied multilayer short-stretch bandaging fingers to axilla.", true),
      (.skilledIntervention, "OT added 3-picture visual schedule before table work.", true),
      (
        .skilledIntervention, "Gentle PROM to MCPs at end range while monitoring graft blanching.",
        true
      ),
      (.skilledIntervention, "Plt 28K - held resistance ex, gait trng only.", true),
      (
        .skilledIntervention, "Educated on bleeding precautions (soft toothbrush, electric razor).",
        true
      ),
      (.skilledIntervention, "FES 2 ch, triggered by therapist on reach initiation.", true),
      (.skilledIntervention, "MT 97140 8': scar mob, radiocarpal jt mob.", true),
      (.skilledIntervention, "LB dressing min A, trained w/ sock aid.", true),
      (.skilledIntervention, "Applied high-contrast bump dots to microwave.", true),
      (.skilledIntervention, "Trained systematic L→R scanning w/ finger anchor.", true),
      (.skilledIntervention, "Fitted pressure garment R hand.", true),
      (.skilledIntervention, "Progressed TM from 2.0 mph/0% to 2.5 mph/2% as RPE 11.", true),
      (.skilledIntervention, "Ed on chemo-related fatigue mgmt: prioritize tasks.", true),
      (
        .skilledIntervention,
        "Rehab aide set pt up on NuStep L3 x 12 min and wrote HR q3 min on flowsheet.", false
      ),
      (.patientResponse, "SpO2 dipped to 88% at top, back up to 94% within 90 s of PLB.", true),
      (
        .patientResponse,
        "Pt states this is the first week since surgery she's been able to put on her own socks.",
        true
      ),
      (.patientResponse, "Freezing at doorways dec from 4 episodes to 1 w/ visual line cue.", true),
      (
        .patientResponse, "After 3 sets of hops pt reported no increase in anterior knee pain.",
        true
      ),
      (.patientResponse, "Child tolerated linear swinging 3 min after deep-pressure input.", true),
      (.patientResponse, "Skin check after - no redness.", true),
      (.patientResponse, "1 fall on mat, no injury.", true),
      (.patientResponse, "Active L shoulder flexion ~45 deg (was ~20 deg at 1/15).", true),
      (.patientResponse, "R knee flex AROM 95° pre-mobs.", true),
      (.patientResponse, "Pt stated the sock aid made it so much easier.", true),
      (.patientResponse, "Pt: I only got up twice last night instead of four times.", true),
      (.patientResponse, "Redness at distal tibia resolved 15 min after doffing.", true),
      (.patientResponse, "Ed on chemo-related fatigue mgmt: prioritize tasks.", false),
      (.objectiveMeasure, "Volumetry: R hand 512 mL, L 468 mL.", true),
      (.objectiveMeasure, "Standing broad jump 22\" (best of 3).", true),
      (.objectiveMeasure, "Copied 5/8 geometric forms accurately.", true),
      (.functionalTask, "Climbed 4-step play structure reciprocally holding rail.", true),
      (.functionalTask, "Pulled shoe off heel w/ dad's help.", true),
      (.functionalTask, "Step-ups onto 14\" step simulating bus step.", true),
      (.functionalTask, "Walking hallway w/ head turns to scan at simulated crosswalk.", true),
      (.functionalTask, "He put his shoes on the mat.", false),
      (.functionalTask, "Aquatic step-ups on pool step x10.", false),
      (
        .goalLinkage,
        "Urge suppression trng toward LTG of <=1 void/night so she can sleep through.", true
      ),
      (
        .goalLinkage,
        "Energy conservation ed and kitchen task pacing to return to preparing family meals.", true
      ),
      (.goalLinkage, "Pinch strengthening w/ putty to improve grip.", false),
      (
        .skilledIntervention,
        "Hx: prior PT in 2022 incl. biofeedback and internal manual therapy per pt.", false
      ),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheNinetyFifthToNinetyEighthProbeRounds(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// The classes of the fourth cycle's dev half (pelvic health, concussion and vestibular
  /// programmes, EMR templates): internal manual therapy written short, a parameter moved up in the
  /// session, a heart-rate target set from a test, a conversation rehearsed, a place staged by its
  /// short name and the noise put into it; concussion measures by their names, a symptom rated, a
  /// time tolerated without a break; a goal table under a heading with its source and no colon, and
  /// column headings between a goal label and its goals. A drill at a steady speed, a symptom's
  /// habitual rating and a goal label that points elsewhere count for nothing.
  @Test(
    arguments: [
      (
        .skilledIntervention,
        "Treatment today: reassessment, MT internal 10 min, breathing/relaxation 10 min.", true
      ),
      (
        .skilledIntervention, "97112 NMR x 14 min: VOR x1 horiz standing 2 Hz -> 2.5 Hz, 4 x 45\".",
        true
      ),
      (
        .skilledIntervention, "BCTT (9/13): sx threshold HR 150 at 12 min. Target today 80% = 120.",
        true
      ),
      (.skilledIntervention, "Role-played how to request a break from the kitchen manager.", true),
      (
        .skilledIntervention,
        "Gait w/ head turns; hallway sim w/ scanning posters on both walls 150' x 2.",
        true
      ),
      (
        .skilledIntervention, "Work simulation in clinic kitchen w/ recorded kitchen noise ~80 dB.",
        true
      ),
      (.skilledIntervention, "VOR x1 standing 3 x 45\" @ 2 Hz, no sx change.", false),
      (.objectiveMeasure, "Sx score: 12\nBESS: 14\nNPC: wnl", true),
      (.objectiveMeasure, "Pt seen. VRT per plan. Dizzy 3/10. Tolerated well.", true),
      (.objectiveMeasure, "Pt tol 22 min w/o rest.", true),
      (.objectiveMeasure, "Pt reports fatigue 7/10 by afternoon most days.", false),
      (
        .goalLinkage,
        "GOALS (from POC)          STATUS\n1. Pt will perform UB dressing w/ SBA     [Progressing]",
        true
      ),
      (
        .goalLinkage,
        "Goal status:\nGoal    | Status\n1. I bed mobility in own bed    | Met (09/30)", true
      ),
      (.goalLinkage, "Goals: see POC", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheFourthCyclesDevHalf(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// A time tolerated without a break is a measure, not treatment minutes.
  @Test func aTimeToleratedWithoutABreakIsNoMinutes() {
    #expect(minutes("Pt tol 22 min w/o rest.") == [])
    #expect(minutes("Pt tol 22 min w/o rest.\nSC 97535 22'") == [22])
  }

  /// The classes of the ninety-ninth to hundred-and-second probe rounds (skilled work in long
  /// sentences, performance changing over trials in prose, measures in unusual positions, tasks and
  /// goals in the patient's own terms): self-monitoring taught, the floor marked and a tap given,
  /// the water depth and a stride changed, a range kept within its limits, precautions listed and
  /// taught back, cues faded, taping, feedback scheduled, a limb positioned in its splint and staff
  /// shown how, a load reduced from one value, scar massage with its dose; a later trial and how it
  /// went, the trial by which it changed, a miss then success, a set-up changed and what followed,
  /// a symptom that came on, today against another condition or against arrival; a reach in
  /// sitting, a value before its test's name, days counted; a threshold negotiated, a store staged;
  /// the floor, Sunday mass, a flat upstairs and a trade as a goal's outcome. Another clinician's
  /// teaching, the respiratory therapist's settings, an aide who helped, the patient's report of
  /// home use, an old value "2 yrs ago", an order's limit and a norm count for nothing.
  @Test(
    arguments: [
      (
        .skilledIntervention,
        "Reviewed HR limit <120 set by cardiologist and how to take radial pulse.", true
      ),
      (.skilledIntervention, "Pt on vent; RT adjusted settings prior to session.", false),
      (
        .skilledIntervention,
        "His toe kept catching, so I taped a line on the floor and had him step over it, with a tap to the L hamstrings at midswing.",
        true
      ),
      (
        .skilledIntervention,
        "When she reported knee pain, PT moved her to chest-deep water and shortened her stride length.",
        true
      ),
      (
        .skilledIntervention,
        "Gentle AAROM to digit flexion within graft limits, stopping at blanching of the dorsal skin.",
        true
      ),
      (
        .skilledIntervention,
        "Student completed the worksheet with his aide, who held the paper steady and reminded him to use his pencil grip.",
        false
      ),
      (
        .skilledIntervention,
        "Pt states the surgeon's NP showed her tendon glides at her post-op visit.", false
      ),
      (.skilledIntervention, "Pt reports using PLB at home when walking to mailbox.", false),
      (
        .skilledIntervention,
        "Lymphedema precautions R UE: no BP/needle sticks R arm, daily skin check. Pt teach-back 4/4 items correct.",
        true
      ),
      (
        .skilledIntervention,
        "Paced breathing on stairs: inhale on 1 step, exhale on 2. Cues faded by step 8.", true
      ),
      (.skilledIntervention, "Kinesiotape R patella w/ medial glide.", true),
      (
        .skilledIntervention,
        "Task practice R UE: moved target cup 2\" further after each success.", true
      ),
      (.skilledIntervention, "Provided knowledge-of-results feedback after every 3rd trial.", true),
      (
        .skilledIntervention,
        "Positioned R UE in airplane splint at 90 deg abd; RN shown splint application.", true
      ),
      (.skilledIntervention, "HR 128 on bike. PT reduced workload from 50 W to 25 W.", true),
      (.skilledIntervention, "Scar massage/desensitization 8 min.", true),
      (.skilledIntervention, "Pt did tendon glides, scar massage, putty.", false),
      (
        .patientResponse,
        "First lap pt stopped twice; second lap done w/o stopping after cue for PLB.", true
      ),
      (
        .patientResponse,
        "Rock wall: would not leave the floor at first, and by try 5 climbed up w/o hesitating.",
        true
      ),
      (.patientResponse, "Stairs: 1st flight slow (1:40), 2nd flight quicker at 1:10.", true),
      (.patientResponse, "After ~5 min of EOB grooming pt's RR rose to 30.", true),
      (.patientResponse, "Pt walked faster w/ longer steps in the pool than on land.", true),
      (
        .patientResponse,
        "Pt says the reacher made floor pickup easier. Missed the sock twice, then got it every try after.",
        true
      ),
      (
        .patientResponse,
        "Reaching for cup: knocked it over on first 3 tries; after table lowered 2\" pt grasped it cleanly.",
        true
      ),
      (.patientResponse, "Nausea came on during toothbrushing in standing.", true),
      (.patientResponse, "Reports less pelvic pressure at end of session than on arrival.", true),
      (.objectiveMeasure, "Functional reach in sitting 14 in.", true),
      (.objectiveMeasure, "14.2 sec on the TUG today w/ SPC.", true),
      (.objectiveMeasure, "Set up weekly pill organizer; correctly filled 6 of 7 days.", true),
      (.objectiveMeasure, "Pt reports her PT 2 yrs ago measured her PFM strength at 3/5.", false),
      (.objectiveMeasure, "Order: WBAT, knee flexion limited to 0-90 deg in brace x 6 wks.", false),
      (.objectiveMeasure, "Age-matched norm for comfortable gait speed is 1.3 m/s.", false),
      (
        .functionalTask,
        "Simulated night-time trip to bathroom w/ RW; pt negotiated throw rug and threshold.", true
      ),
      (
        .functionalTask,
        "Walking in the busy hallway w/ head turns, to simulate grocery store aisles.", true
      ),
      (
        .goalLinkage,
        "Floor transfers practiced so pt can get down on the floor to play w/ her granddaughter.",
        true
      ),
      (
        .goalLinkage,
        "Urge suppression practiced so pt can sit through Sunday mass w/o leaving to void.", true
      ),
      (.goalLinkage, "Stair intervals so pt can climb to her 3rd-floor apt w/o stopping.", true),
      (
        .goalLinkage,
        "Grip strengthening progressing toward STG of 25# grip for return to carpentry.", true
      ),
      (.goalLinkage, "Grip strengthening w/ putty to increase grip strength.", false),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheNinetyNinthToHundredAndSecondProbeRounds(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// The classes of the fourth cycle's second dev half (feeding and sensory clinics, bone health,
  /// telehealth, emergency departments): what a child ate or took counted, oral-motor work and its
  /// tools, a sensory protocol, a load raised in the passive, cough splinting taught, cues aimed at
  /// a gait figure, education on why to move, a walking programme advised, posture reviewed, what
  /// the family was told to try. An agreement without a count is no measure.
  @Test(
    arguments: [
      (
        .objectiveMeasure,
        "Stage 3 lumpy puree offered on spoon x 6: accepted 2, gagged 3, refused 1.", true
      ),
      (.objectiveMeasure, "Pt chewed on R side 8x, L side 3x before swallow.", true),
      (.objectiveMeasure, "Ate 2 bites apple w/ peanut butter at snack.", true),
      (.objectiveMeasure, "Pt accepted the plan and agreed to the schedule.", false),
      (
        .skilledIntervention, "Oral-motor prep w/ textured teether & finger brush (gums/cheeks).",
        true
      ),
      (
        .skilledIntervention, "Did brushing protocol & joint compressions (mom did 2nd round).",
        true
      ),
      (.skilledIntervention, "Weights were increased on the leg press from 60 to 70 lb.", true),
      (.skilledIntervention, "Educated splinting w/ pillow for cough.", true),
      (.skilledIntervention, "Pt amb 160' w/ RW CGA, VCs to incr L heel strike.", true),
      (.skilledIntervention, "Pt agreed after education on benefits of movement.", true),
      (.skilledIntervention, "Advised progress walking to 12 min x2/day.", true),
      (.skilledIntervention, "Reviewed sitting posture for desk work w/ lumbar roll.", true),
      (
        .skilledIntervention,
        "We discussed with mom letting him help prepare one family dinner per week.", true
      ),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheFourthCyclesSecondDevHalf(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// The classes of the hundred-and-third to hundred-and-sixth probe rounds and the fourth cycle's
  /// third dev half (cognition and perception, neurological and paediatric responses and tests,
  /// work and hobby tasks, hand therapy): a cognitive strategy by its name, a work task analysed, a
  /// technique cued by name, feeding aids trialed, the patient positioned for the task, an excess
  /// corrected, a course adapted, sensory re-education; settling after a fuss, a device's skin
  /// check, no leakage with the task, help no longer needed by a trial, resuming after a cue or a
  /// break, an urge that eased, a rating that rose with the task, tone that eased, freezing that
  /// stopped, a change by the end of a protocol, a pass done without cues, a child who stayed
  /// seated, an angle or a signal that moved, today's value with the last; GMFM, Ashworth, reflexes,
  /// postural holds, episodes counted, legibility, cancellation, Allen levels, orientation; casting a
  /// rod, stocking shelves, buttons on a board; school work, leakage on walks and a commode as a
  /// goal's outcome. A child engaging, a ligament's abbreviation and a home program e-mailed count
  /// for nothing.
  @Test(
    arguments: [
      (
        .skilledIntervention,
        "COTA introduced Goal Management Training steps (Stop - Define - List - Learn - Check) on a cue card.",
        true
      ),
      (
        .skilledIntervention,
        "Analyzed ladder climb to 6th rung; cued 3-point contact and hips close to rungs.", true
      ),
      (
        .skilledIntervention, "Trialed built-up foam handles and plate guard for self-feeding.",
        true
      ),
      (.skilledIntervention, "Positioned pt upright 80 deg w/ pillow support under R elbow.", true),
      (
        .skilledIntervention,
        "Observed STS; corrected excessive trunk flexion w/ 'nose over toes' cue.", true
      ),
      (
        .skilledIntervention,
        "Modified PE obstacle course for student: balance beam replaced w/ floor tape line, added visual footprints.",
        true
      ),
      (
        .skilledIntervention,
        "Ed on chemo-related fatigue: energy budget, shower on non-infusion days.", true
      ),
      (.patientResponse, "Child fussed first 5 min, then settled and reached for toys.", true),
      (
        .patientResponse,
        "New B SMOs donned for play session. No redness on skin check after removal.", true
      ),
      (
        .patientResponse,
        "Lift of 20# box from floor w/ exhale x5. Pt reports no leakage during lifts today.", true
      ),
      (
        .patientResponse,
        "Needed gestural cue at step 3 on trials 1-2; completed full sequence w/o cues on trial 5.",
        true
      ),
      (
        .patientResponse,
        "Pt lost track of steps twice; resumed after OT redirection and finished med log entry.",
        true
      ),
      (
        .patientResponse,
        "After 5 quick flicks pt reported urge decreased and delayed voiding 10 more min.", true
      ),
      (.patientResponse, "After 20 min pt reported LBP up to 5/10; task stopped.", true),
      (
        .patientResponse,
        "Child covered ears when gym got loud; moved to quiet room and resumed after 2 min.", true
      ),
      (
        .patientResponse, "Extensor tone reduced afterward; pt then placed foot for sit>stand.",
        true
      ),
      (
        .patientResponse,
        "With laser cane and counting, pt passed through doorway w/o freezing 5/5 trials.", true
      ),
      (
        .patientResponse,
        "After 3 passes w/ TCs at knee, pt controlled knee w/o cues on final 50' pass.", true
      ),
      (.patientResponse, "By end of Wilbarger protocol, child held arms out for brushing.", true),
      (
        .patientResponse,
        "After movement break and wobble cushion, stayed seated for 12 min handwriting task.", true
      ),
      (.patientResponse, "After sustained stretch, popliteal angle R 60 > 45 deg.", true),
      (
        .patientResponse,
        "Resting PFM activity dropped from 8 uV to 3 uV after diaphragmatic breathing.", true
      ),
      (.patientResponse, "Child participated in circle time, then engaged in table work.", false),
      (.objectiveMeasure, "GMFM-88 Dim D (standing) 28/39 (72%) today.", true),
      (.objectiveMeasure, "MAS: R elbow flexors 1+, R PF 2.", true),
      (.objectiveMeasure, "DTRs: patellar 3+ bilat. 3 beats clonus R ankle.", true),
      (.objectiveMeasure, "Prone extension (superman) held 8 s; supine flexion held 5 s.", true),
      (.objectiveMeasure, "5-min play observation: 6 hand-to-mouth episodes.", true),
      (.objectiveMeasure, "Copied a 6-word sentence from board. Legibility 80%.", true),
      (.objectiveMeasure, "Cancellation task: located L-side targets 14/20 (70%).", true),
      (.objectiveMeasure, "Allen Cognitive Level Screen: 4.2.", true),
      (.objectiveMeasure, "Orientation 2/4 (person, place correct).", true),
      (.objectiveMeasure, "ACL recon wk 20: lateral shuffle drills.", false),
      (
        .functionalTask,
        "Standing at mat w/ fishing rod: practiced casting x10 w/ wt shift onto R LE.", true
      ),
      (.functionalTask, "Stocked 5# cans onto top shelf x20, simulating grocery clerk job.", true),
      (
        .functionalTask, "Updated HEP e-mailed:\nsit to stand from kitchen chair 10x, 2x/day.",
        false
      ),
      (
        .goalLinkage,
        "Fine motor and pencil grasp work so student can complete written classwork w/o hand fatigue.",
        true
      ),
      (
        .goalLinkage,
        "Urge suppression trng. To reduce urinary leakage during her 3-mile morning walks.", true
      ),
      (
        .goalLinkage, "Sit<>stand trng x5 from EOB. To allow pt to stand for bedside commode use.",
        true
      ),
      (.functionalTask, "Fine motor - coins, buttons on board.", true),
      (
        .skilledIntervention,
        "NMR - early phase sensory reeducation (watching SF being stroked, then eyes closed).", true
      ),
      (.patientResponse, "Wk 3 SAM L RF. Template 40° today (from 30).", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheHundredAndThirdToHundredAndSixthProbeRounds(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// The classes of the hundred-and-seventh to hundred-and-tenth probe rounds (home health and
  /// skilled nursing teaching, vital signs and endurance, fast typists' spellings, terse goal lines):
  /// a hip kit trained, an exercise's form corrected by name, a utensil adapted, a treadmill
  /// progressed between two values, stop criteria reviewed, a load named before its change,
  /// breathing trained for a task, an aid set up for a purpose; a value against a named day, the
  /// time it took to recover, a symptom eased by a change, a target range held; a developmental
  /// subtest's score. A kit only issued and a session scheduled for another day count for nothing.
  @Test(
    arguments: [
      (
        .skilledIntervention,
        "Hip kit trng: long shoehorn + reacher for LB dressing maintaining post hip prec.", true
      ),
      (.skilledIntervention, "Hip kit issued.", false),
      (
        .skilledIntervention,
        "Video visit: corrected bridge form (pt arching lumbar), cued PPT before lift.", true
      ),
      (.skilledIntervention, "Adapted spoon w/ built-up foam handle for self-feeding.", true),
      (.skilledIntervention, "Progressed treadmill 2.0 -> 2.5 mph @ 2% grade after RPE 11.", true),
      (
        .skilledIntervention,
        "Reviewed stop criteria (chest pressure, dizziness, SOB at rest) before progressing.", true
      ),
      (
        .skilledIntervention,
        "HR 128 on arm ergometer. Workload decreased 25W -> 15W; HR settled to 112.", true
      ),
      (
        .skilledIntervention,
        "Trained paced breathing during LB dressing: exhale while threading pant leg.", true
      ),
      (.skilledIntervention, "Set up reacher + sock aid to reduce forward bending.", true),
      (
        .skilledIntervention,
        "Wife has been transferring pt herself. Family training scheduled for Thurs 2pm.", false
      ),
      (
        .patientResponse, "Sitting EOB. Tolerance incresed to 12 min today (was 5 min on Monday).",
        true
      ),
      (.patientResponse, "Desatted to 87%, required 3 min supine to recover to 92%.", true),
      (
        .patientResponse,
        "Pt reported L hand tingling by 6 min that resolved after wrist repositioned to neutral.",
        true
      ),
      (
        .patientResponse, "Pt reached Rx'd THR 105-115 at 2.8 mph and stayed in range x 20 min.",
        true
      ),
      (.objectiveMeasure, "Administered PDMS-2 grasping subtest today: raw score 38.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheHundredAndSeventhToHundredAndTenthProbeRounds(
    kind: ElementKind, note: String, expected: Bool
  ) {
    #expect(present(kind, note) == expected)
  }

  /// Boilerplate misspelled as fast typists leave it is still boilerplate.
  @Test func misspelledBoilerplateIsVague() {
    #expect(
      analysis("Pt tolarated session. contineu OT POC.").vaguePhrases.map(\.text)
        == ["Pt tolarated session", "contineu OT POC"])
    #expect(analysis("Pt tolarated 12 min standing w/o rest.").vaguePhrases.isEmpty)
  }

  /// The classes of the twenty-third session: the hundred-and-eleventh to hundred-and-twenty-second probe rounds
  /// and the writers' rounds' dev halves. Today's value on a goal's line, counts over attempts, a test given
  /// today; change against arrival, before and after, by the session's end, a retest after the manoeuvre, a
  /// strategy used, the help needed last visit; tasks named by their place or their simulation; goals by a
  /// work shift or a medication bottle; decisions held or stopped on a sign, a surface changed, a workstation
  /// or seat adjusted, staff trained, a room quieted, a change written after the finding's arrow, reps paced.
  /// Look-alikes: a date after "today", arrival's pain, a bare "Functional mobility.", the need of skilled
  /// care claimed, an impairment named, comfort positioning, the patient's own change, an order.
  @Test(
    arguments: [
      (.objectiveMeasure, "Goal BBS >=45/56: progressing, 41/56 this visit.", true),
      (.objectiveMeasure, "Goals:\nSTG 1: TUG <20 s w/ RW - progressing, today 24.6 s", true),
      (
        .objectiveMeasure,
        "Checked blister pack - AM meds taken correctly today, 10/22 PM dose missed per pack.",
        false
      ),
      (.objectiveMeasure, "Brought spoon to mouth w/o spilling on 6 of 10 scoops.", true),
      (.objectiveMeasure, "SLUMS administered today: 14/30.", true),
      (.objectiveMeasure, "SLS: R foot 4 sec, L foot 7 sec (best of 3).", true),
      (.patientResponse, "Pain 5/10 prior, 2/10 in orthosis.", true),
      (.patientResponse, "Scooping w/ built-up spoon: demo x2, then gesture / min A.", true),
      (.patientResponse, "Pt tolerated session fair, coughing w/ exertion.", true),
      (.patientResponse, "Anxiety 7/10 on arrival, 4/10 after guided relaxation.", true),
      (
        .patientResponse,
        "Seated attention to table task 2 min before, 7 min after heavy work.", true
      ),
      (.patientResponse, "Repeat Dix-Hallpike R after maneuver: no nystagmus.", true),
      (.patientResponse, "Urge arose x2; pt used technique successfully both times.", true),
      (.patientResponse, "Pt states breathing much easier w/ RW.", true),
      (.patientResponse, "After tx pt able to make a full composite fist.", true),
      (.patientResponse, "Letter sizing improved across session.", true),
      (
        .patientResponse,
        "Pt followed 2/5 commands at start; by end followed 4/5 w/o repetition.", true
      ),
      (.patientResponse, "Hand opened more easily after stretch.", true),
      (.patientResponse, "Climbed 3 STE w/ 1 rail today (needed HHA last wk).", true),
      (.patientResponse, "Resting SpO2 92% on 2L NC.", false),
      (.patientResponse, "S: Back pain same.", false),
      (.functionalTask, "Practiced shoulder check in sitting to simulate driving 2x10.", true),
      (.functionalTask, "Folded washcloths x10 using R hand as assist.", true),
      (.functionalTask, "Hallway mobility w/ posterior walker from classroom to library.", true),
      (.functionalTask, "Functional mobility.", false),
      (.functionalTask, "Finger-fed Cheerios from high chair tray.", true),
      (.functionalTask, "Walking in grocery-aisle simulation, pushing cart.", true),
      (.functionalTask, "Pt showered seated w/ long-handled sponge.", true),
      (.functionalTask, "Practiced stepping over shower threshold.", true),
      (.goalLinkage, "Goals addressed today:\n1) navigate classroom to lunchroom w/ walker", true),
      (.goalLinkage, "Progressing toward goal of tolerating full 8-hr shift at medium PDL.", true),
      (.goalLinkage, "To allow pt to open her own medication bottles.", true),
      (.skilledIntervention, "Resistance training held today per CR parameters.", true),
      (.skilledIntervention, "Standing balance moved from foam to firm surface.", true),
      (.skilledIntervention, "RR rose to 34, so sitting stopped and pt returned to supine.", true),
      (
        .skilledIntervention,
        "Analyzed keyboarding posture: monitor lowered 3\", wrist rest added.", true
      ),
      (.skilledIntervention, "OT trained RNA staff in AROM UE program.", true),
      (.skilledIntervention, "Approached from R side d/t L neglect; used calm tone.", true),
      (
        .skilledIntervention,
        "Reduced environmental stimuli and simplified dressing to one-step cues.", true
      ),
      (.skilledIntervention, "PT decreased seat depth 2\", added anti-thrust cushion.", true),
      (.skilledIntervention, "Pt requires skilled PT to address these impairments.", false),
      (
        .skilledIntervention,
        "Pt benefits from skilled monitoring in phase II cardiac rehab.", false
      ),
      (.skilledIntervention, "Pt w/ decreased activity tolerance during ADLs.", false),
      (.skilledIntervention, "Pt positioned for comfort in w/c w/ call light in reach.", false),
      (.assistLevel, "GT 97116 12': pt amb w/o crutch in clinic w/ SBA.", true),
      (.patientResponse, "Only 1 prompt needed by the 4th shape.", true),
      (
        .patientResponse,
        "Student stayed seated 10 min; left seat 4x during same task last session.", true
      ),
      (
        .patientResponse,
        "After heavy work, sat at table 8 min. Only 3 min at start of session.", true
      ),
      (.patientResponse, "Folded towels 20 min w/ increasing eye contact and conversation.", true),
      (.patientResponse, "Up in chair 45 min (20 min yesterday).", true),
      (.patientResponse, "Copied 4 sentences w/ 2 reversals (7 reversals last session).", true),
      (.patientResponse, "Infant stayed 3 min before fussing.", true),
      (.patientResponse, "After patellar mobs + ice: 1/10.", true),
      (.patientResponse, "Pt reports shoulder 'looser' after.", true),
      (.patientResponse, "Re-test R Dix-Hallpike negative after maneuver.", true),
      (.skilledIntervention, "Knee buckling -> PT ↓ speed, cued ↑ R step length.", true),
      (.skilledIntervention, "Pt ↓ speed on his own.", false),
      (.skilledIntervention, "L hip drop -> ↓ box to 2 in.", true),
      (
        .skilledIntervention,
        "Pushing into ext -> blocked B knees, guided hips through turn.", true
      ),
      (.skilledIntervention, "PT tapping dorsum of foot to cue heel strike.", true),
      (.skilledIntervention, "Dad practiced each strategy w/ child during visit.", true),
      (.skilledIntervention, "PTA paced reps so sx returned to baseline; slowed roll speed.", true),
      (.skilledIntervention, "Applied ACE wraps + abd binder, re-trialed sitting.", true),
      (.skilledIntervention, "Abd binder and TEDs ordered.", false),
      (.goalLinkage, "Energy conservation ed so pt can complete her AM routine.", true),
      (.goalLinkage, "Fine motor work addressing IEP goal of legible first and last name.", true),
    ] as [(ElementKind, String, Bool)])
  func classesOfTheTwentyThirdSession(kind: ElementKind, note: String, expected: Bool) {
    #expect(present(kind, note) == expected)
  }

  /// A minute mark right after a written code's service name is that code's minutes ("97116 Gait —
  /// 12'"); after a walk it stays feet. Rests of about a stated length are no treatment time.
  @Test func minuteMarksAfterACodesServiceNameAndRestsOfAboutAMinute() {
    #expect(minutes("97116 Gait — 12'\n- Amb 500' no AD, SBA.") == [12])
    #expect(minutes("97116 amb 50' w/ RW") == [])
    #expect(minutes("Pt needed 2 rests of ~2 min during task.") == [])
  }
}
