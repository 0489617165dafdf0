import Testing
@testable import NoteAudit

/// One worked example from ../shared/domain/billing-rules.md (§1.4, §2 and the test-case table).
struct UnitsCase: CustomTestStringConvertible, Sendable {
  var id: String
  var method: UnitsMethod
  /// `code=minutes` pairs, in input order.
  var input: [(String, Int)]
  /// Units per code in the calculator's deterministic allocation.
  var units: [Int]
  var total: Int
  /// Tied codes and how many units they share, when the example is a clinician's choice.
  var choice: UnitsResult.Choice? = nil
  var testDescription: String { id }
}

let workedExamples: [UnitsCase] = [
  // §1.4 Example 1 / T01: 47 min → 3, the extra unit to the code with more time.
  UnitsCase(
    id: "T01 Example 1", method: .cms, input: [("97112", 24), ("97110", 23)], units: [2, 1],
    total: 3),
  // §1.4 Example 2 / T02: tie, either code 2; never 3 on one code.
  UnitsCase(
    id: "T02 Example 2", method: .cms, input: [("97112", 20), ("97110", 20)], units: [2, 1],
    total: 3,
    choice: .init(units: 1, codes: ["97112", "97110"])),
  // §1.4 Example 3 / T03: 97140's 7 minutes beat 97110's 3-minute remainder.
  UnitsCase(
    id: "T03 Example 3", method: .cms, input: [("97110", 33), ("97140", 7)], units: [2, 1], total: 3
  ),
  // §1.4 Example 4: 49 min → 3: one each of 97110, 97140, 97116; 97035 documented but not billed.
  UnitsCase(
    id: "T04 Example 4", method: .cms,
    input: [("97110", 18), ("97140", 13), ("97116", 10), ("97035", 8)],
    units: [1, 1, 1, 0], total: 3),
  // §1.4 Example 5 / T05 (derived): three 7-minute services = 21 min → 1 unit, clinician's choice.
  UnitsCase(
    id: "T05 Example 5", method: .cms, input: [("97112", 7), ("97110", 7), ("97140", 7)],
    units: [1, 0, 0], total: 1,
    choice: .init(units: 1, codes: ["97112", "97110", "97140"])),
  // T06: two short services combine; the unit goes to the longer.
  UnitsCase(
    id: "T06", method: .cms, input: [("97140", 5), ("97035", 3)], units: [1, 0], total: 1),
  // T07: a single service under 8 minutes is not billed.
  UnitsCase(id: "T07", method: .cms, input: [("97530", 7)], units: [0], total: 0),
  // T10: A52758 Example 1, tie.
  UnitsCase(
    id: "T10", method: .cms, input: [("97140", 20), ("97110", 20)], units: [2, 1], total: 3,
    choice: .init(units: 1, codes: ["97140", "97110"])),
  // T15: 35 timed minutes + one untimed code → 2 timed + 1 untimed.
  UnitsCase(
    id: "T15", method: .cms, input: [("97110", 35), ("97010", 20)], units: [2, 1], total: 3),
  // T16: 10 + 10 = 20 → 1 unit in all; "not appropriate to bill each at one unit".
  UnitsCase(
    id: "T16", method: .cms, input: [("97110", 10), ("97112", 10)], units: [1, 0], total: 1,
    choice: .init(units: 1, codes: ["97110", "97112"])),
  // T17 (a)(b): AMA rounds each code on its own.
  UnitsCase(id: "T17a", method: .ama, input: [("97110", 10)], units: [1], total: 1),
  UnitsCase(
    id: "T17b", method: .ama, input: [("97110", 10), ("97116", 10)], units: [1, 1], total: 2),
  // T18: AMA on Example 3's minutes gives 2, CMS 3.
  UnitsCase(
    id: "T18", method: .ama, input: [("97110", 33), ("97140", 7)], units: [2, 0], total: 2),
  // T21: 97110 PTA 10 + PT 5 = 15 → 1 (the CQ part is a modifier check).
  UnitsCase(id: "T21", method: .cms, input: [("97110", 10), ("97110", 5)], units: [1], total: 1),
  // T23: 97140 in two blocks 10 + 5, 97530 15 → 1 each.
  UnitsCase(
    id: "T23", method: .cms, input: [("97140", 10), ("97530", 15), ("97140", 5)], units: [1, 1],
    total: 2),
  // T24: 97150 group, 30 minutes: untimed, 1 unit (under both methods).
  UnitsCase(id: "T24 cms", method: .cms, input: [("97150", 30)], units: [1], total: 1),
  UnitsCase(id: "T24 ama", method: .ama, input: [("97150", 30)], units: [1], total: 1),
  // T25: PT evaluation + 25 min 97530.
  UnitsCase(
    id: "T25", method: .cms, input: [("97162", 45), ("97530", 25)], units: [1, 2], total: 3),
  // T26: re-evaluation + 20 min 97530 (the 59/X part is a modifier check).
  UnitsCase(
    id: "T26", method: .cms, input: [("97530", 20), ("97164", 30)], units: [1, 1], total: 2),
]

@Suite struct BillingUnitsTests {
  @Test(arguments: workedExamples)
  func workedExample(_ c: UnitsCase) {
    let r = UnitsCalculator.units(
      for: c.input.map { ServiceMinutes(code: $0.0, minutes: $0.1) }, method: c.method)
    #expect(r.lines.map(\.units) == c.units)
    #expect(r.totalUnits == c.total)
    #expect(r.choices == (c.choice.map { [$0] } ?? []))
  }

  /// T08: the §20.2 table edges for 97530 alone (8 minutes, not 15, for the first unit).
  @Test(arguments: [
    (8, 1), (22, 1), (23, 2), (37, 2), (38, 3), (52, 3), (53, 4), (67, 4), (68, 5), (82, 5),
    (83, 6), (97, 6), (98, 7), (112, 7), (113, 8), (127, 8), (0, 0), (7, 0), (128, 9),
  ])
  func tableEdges(minutes: Int, units: Int) {
    for method in UnitsMethod.allCases {
      let r = UnitsCalculator.units(
        for: [ServiceMinutes(code: "97530", minutes: minutes)], method: method)
      #expect(r.totalUnits == units, "\(method)")
      #expect(r.totalTimedMinutes == minutes)
    }
  }

  @Test func exampleOneKeepsMinutesAndBoundsWithoutTies() {
    let r = UnitsCalculator.units(
      for: [.init(code: "97112", minutes: 24), .init(code: "97110", minutes: 23)], method: .cms)
    #expect(r.totalTimedMinutes == 47)
    #expect(r.lines.map(\.minimumUnits) == [2, 1])
    #expect(r.lines.map(\.maximumUnits) == [2, 1])
    #expect(r.choicesSentence == nil)
  }

  @Test func tieBoundsAllowEitherCodeTheExtraUnitButNeverBoth() {
    let r = UnitsCalculator.units(
      for: [.init(code: "97112", minutes: 20), .init(code: "97110", minutes: 20)], method: .cms)
    #expect(r.lines.map(\.minimumUnits) == [1, 1])
    #expect(r.lines.map(\.maximumUnits) == [2, 2])
    #expect(
      r.choicesSentence
        == "Clinician's choice: 1 unit goes to one of 97112 or 97110 (equal remaining minutes); bill each such unit on one code only."
    )
  }

  @Test func aTieBehindALargerRemainderSharesOnlyWhatIsLeft() {
    // Equal remainders that all take a unit are no tie: 27 + 27 = 54 → 4, both remainders (12) served.
    let r = UnitsCalculator.units(
      for: [.init(code: "97110", minutes: 27), .init(code: "97112", minutes: 27)], method: .cms)
    #expect(r.lines.map(\.units) == [2, 2])
    #expect(r.lines.map(\.minimumUnits) == [2, 2])
    #expect(r.choices.isEmpty)
    // 65 min → 4; full blocks 1, 1, 0 → 2 extra: 97140 (13) for sure, then 97110/97112 (11) tie for one.
    let r2 = UnitsCalculator.units(
      for: [
        .init(code: "97110", minutes: 26), .init(code: "97112", minutes: 26),
        .init(code: "97140", minutes: 13),
      ], method: .cms)
    #expect(r2.totalUnits == 4)  // 65 min
    #expect(r2.lines.map(\.units) == [2, 1, 1])
    #expect(r2.lines.map(\.minimumUnits) == [1, 1, 1])
    #expect(r2.lines.map(\.maximumUnits) == [2, 2, 1])
    #expect(r2.choices == [.init(units: 1, codes: ["97110", "97112"])])
  }

  @Test func untimedCodesNeverAddTimedMinutesOrUnits() {
    let r = UnitsCalculator.units(
      for: [
        .init(code: "97161", minutes: 40), .init(code: "97530", minutes: 7),
        .init(code: "G0283", minutes: 15),
      ], method: .cms)
    #expect(r.totalTimedMinutes == 7)
    #expect(r.timedUnits == 0)
    #expect(r.totalUnits == 2)
    #expect(r.lines.map(\.isTimed) == [false, true, false])
  }

  @Test func negativeAndUnknownInputDoNotCrashOrCountAsTime() {
    let r = UnitsCalculator.units(
      for: [.init(code: "97530", minutes: -20), .init(code: "99999", minutes: 30)], method: .cms)
    #expect(r.totalTimedMinutes == 0)
    #expect(r.lines.map(\.units) == [0, 1])
  }

  @Test func catalogKnowsKindsAndHCPCSCase() {
    #expect(CPTCatalog.code("97530")?.isTimed == true)
    #expect(CPTCatalog.code("97150")?.kind == .group)
    #expect(CPTCatalog.code("g0283 ")?.kind == .supervisedModality)
    #expect(CPTCatalog.code("97164")?.kind == .reevaluation)
    #expect(CPTCatalog.code("92526")?.isTimed == false)
    #expect(CPTCatalog.code("99213") == nil)
    #expect(Set(CPTCatalog.all.map(\.code)).count == CPTCatalog.all.count)
  }
}
