import Testing
@testable import NoteAudit

/// The bundled lexicons, compiled once for the billing tests.
let billingAnalyzer = try! Analyzer.bundled()

/// The minutes `note` documents, read with the bundled lexicons and context.
func documented(_ note: String) -> DocumentedMinutes {
  MinutesParser.parse(billingAnalyzer.document(for: note).document)
}

@Suite struct BillingMinutesTests {
  @Test(arguments: [
    ("97530 x 23 min", 23), ("TherAct (97530): 23'", 23), ("Ther act 23 minutes", 23),
    ("TA x2 units (25 min)", 25),
    ("Ther act 23min", 23), ("Ther act 23 mins.", 23), ("Ther act x23'", 23),
    ("Therapeutic activities: 23 min", 23),
  ])
  func perCodeForms(note: String, minutes: Int) {
    let d = documented(note)
    #expect(d.perCode == [ServiceMinutes(code: "97530", minutes: minutes)])
    #expect(d.unattributed.isEmpty)
  }

  @Test func severalCodesAndTheSummaryLine() {
    let d = documented(
      """
      Ther ex 10 min, NMR 12 min; TherAct 23 min then rest 2 min.
      Total timed treatment: 45 min; total treatment time: 60 min
      """)
    #expect(
      d.perCode == [
        .init(code: "97110", minutes: 10), .init(code: "97112", minutes: 12),
        .init(code: "97530", minutes: 23),
      ])
    #expect(d.totalTimed == 45)
    #expect(d.totalTreatment == 60)
    #expect(d.stated.first { $0.role == .code("97112") }?.evidence.text == "12 min")
    #expect(d.totalTimedEvidence?.span.line == 2)
  }

  @Test func feetAreNotMinutesAndBareMinutesAreUnattributed() {
    let d = documented("Pt amb 150' with RW. Performed transfers for 23 min.")
    #expect(d.perCode.isEmpty)
    #expect(d.unattributed == [23])
  }

  @Test(
    arguments: [
      ("Time in 10:02 / out 10:40", 38, nil),
      ("10:02–10:40", 38, nil),
      ("10:02 to 10:40", 38, nil),
      ("23:40-00:20", 40, nil),
      ("10:40-10:02", 1402, "10:40–10:02 is reversed: the end is 38 minutes before the start"),
      ("Time in 8:00 / time out 17:30", 570, "8:00–17:30 spans 570 minutes, more than 8 hours"),
      ("9:45am-10:15am", 30, nil),
    ] as [(String, Int, String?)])
  func timeRanges(note: String, minutes: Int, problem: String?) {
    let ranges = documented(note).timeRanges
    #expect(ranges.map(\.minutes) == [minutes])
    #expect(ranges.first?.problem == problem)
  }

  @Test func documentContextSkipsPlannedMinutes() {
    #expect(
      documented("TherAct 23 min. Plan ther ex 15 min next visit.").perCode == [
        .init(code: "97530", minutes: 23)
      ])
  }
}

@Suite struct BillingAuditTests {
  func audit(_ note: String, _ cpt: [BilledService], method: UnitsMethod = .cms) -> [Finding] {
    UnitsAudit.audit(
      record: NoteRecord(id: "n", text: note, cpt: cpt), documented: documented(note),
      method: method)
  }

  let summary = "\nTotal treatment time: 60 min"

  @Test func notSupportedNamesMethodAndAmount() {
    let f = audit(
      "Ther act 25 min. Total timed: 25 min" + summary, [BilledService(code: "97530", units: 3)])
    #expect(f.map(\.rule) == [.unitsNotSupported])
    #expect(
      f.first?.message
        == "billed 3 units of 97530; 25 documented minutes support 2 under the CMS total-time method (1 unit over) (Pub. 100-04 ch. 5 §20.2)"
    )
    #expect(audit("Ther act 25 min" + summary, [BilledService(code: "97530", units: 2)]).isEmpty)
  }

  @Test func tiesAcceptEitherAllocationButNotBoth() {
    let note = "NMR 20 min, ther ex 20 min. Total timed: 40 min" + summary
    #expect(
      audit(note, [BilledService(code: "97112", units: 1), BilledService(code: "97110", units: 2)])
        .isEmpty)
    #expect(
      audit(note, [BilledService(code: "97112", units: 2), BilledService(code: "97110", units: 1)])
        .isEmpty)
    let both = audit(
      note, [BilledService(code: "97112", units: 2), BilledService(code: "97110", units: 2)])
    #expect(both.map(\.rule) == [.unitsNotSupported])
    #expect(
      both.first?.message.hasPrefix(
        "billed 4 units of timed codes (97112 and 97110); 40 total timed minutes support 3") == true
    )
  }

  @Test func documentedButUnbilledCodesCountTowardTheTotal() {
    // §20.2 Example 4: ultrasound documented, not billed.
    let note =
      "Ther ex 18 min, manual therapy 13 min, gait training 10 min, ultrasound 8 min. Total timed: 49 min"
      + summary
    let cpt = ["97110", "97140", "97116"].map { BilledService(code: $0, units: 1) }
    #expect(audit(note, cpt).isEmpty)
  }

  @Test func amaAllowsWhatCMSDoesNot() {
    let note = "Ther ex 10 min, gait training 10 min. Total timed: 20 min" + summary
    let cpt = [BilledService(code: "97110", units: 1), BilledService(code: "97116", units: 1)]
    #expect(audit(note, cpt, method: .ama).isEmpty)
    #expect(audit(note, cpt, method: .cms).map(\.rule) == [.unitsNotSupported])
  }

  @Test func underBilledIsInfo() {
    let f = audit("Ther act 38 min" + summary, [BilledService(code: "97530", units: 2)])
    #expect(f.map(\.rule) == [.unitsUnderBilled])
    #expect(f.first?.severity == .info)
  }

  @Test func noMinutesUnlessATotalCoversIt() {
    let none = audit(
      "Pt did transfers and had a hot pack." + summary,
      [BilledService(code: "97530", units: 2), BilledService(code: "97010", units: 1)])
    #expect(none.map(\.rule) == [.unitsNoMinutes])
    // With no untimed service, the session length stands for the timed minutes.
    let session = audit(
      "Pt did transfers, all direct one-on-one." + summary, [BilledService(code: "97530", units: 4)]
    )
    #expect(session.isEmpty)
    // A single billed code takes the total; CMS needs no per-code minutes.
    #expect(
      audit("Transfers. Total timed: 23 min" + summary, [BilledService(code: "97530", units: 2)])
        .isEmpty)
    #expect(
      audit("Transfers for 23 min" + summary, [BilledService(code: "97530", units: 2)]).isEmpty)
    // Record minutes count when the text has none; untimed codes need none.
    #expect(
      audit(
        "Transfers." + summary,
        [
          BilledService(code: "97530", units: 2, minutes: 25),
          BilledService(code: "97150", units: 1),
        ]
      ).isEmpty)
  }

  @Test func totalMismatches() {
    let f = audit(
      "TherAct 23 min, ther ex 10 min. Total timed treatment: 38 min; total treatment time: 53 min",
      [])
    #expect(f.map(\.rule) == [.minutesTotalMismatch])
    #expect(
      f.first?.message
        == "total timed minutes 38 disagree with the per-code minutes in the note (97530 23 + 97110 10 = 33) (Pub. 100-02 ch. 15 §220.3 E)"
    )
    let record = audit(
      "Total timed: 30 min" + summary, [BilledService(code: "97530", units: 2, minutes: 25)])
    #expect(record.map(\.rule) == [.minutesTotalMismatch])
    let lessThanTimed = audit("Total timed: 30 min; total treatment time: 20 min", [])
    #expect(lessThanTimed.map(\.rule) == [.minutesTotalMismatch])
    #expect(audit("TherAct 23 min. Total timed: 23 min" + summary, []).isEmpty)
  }

  @Test func totalTimeMissingUnlessStatedOrGivenAsARange() {
    #expect(audit("TherAct 23 min", []).map(\.rule) == [.minutesTotalTimeMissing])
    #expect(audit("TherAct 23 min. Time in 10:02 / out 10:40", []).isEmpty)
    #expect(audit("Pt seen for transfers.", []).isEmpty)  // nothing billed or timed
  }

  @Test func badTimeRangesAreReportedWithSpans() {
    let f = audit("TherAct 23 min. 10:40-10:02" + summary, [])
    #expect(f.map(\.rule) == [.minutesBadTimeRange])
    #expect(f.first?.span?.column == 17)
    #expect(audit("TherAct 23 min. 23:40-00:20" + summary, []).isEmpty)
  }
}

@Suite struct UnitsInTextTests {
  static let analyzer = try? Analyzer.bundled()

  func rules(_ note: String) throws -> [RuleID] {
    let analyzer = try #require(Self.analyzer)
    return analyzer.analyze(NoteRecord(id: "n", text: note)).findings.map(\.rule).filter {
      $0.rawValue.hasPrefix("units.")
    }
  }

  @Test func unitsTheNoteStatesAreCheckedLikeAClaim() throws {
    #expect(try rules("Ther act performed x 2 units. Worked on transfers.") == [.unitsNoMinutes])
    #expect(
      try rules(
        "TherAct (97530): 27 min, 3 units. Total timed 27 min. Total treatment time 27 min.") == [
          .unitsNotSupported
        ])
    #expect(
      try rules(
        "TherAct (97530): 23 min, 2 units. Total timed 23 min. Total treatment time 23 min.") == [])
    #expect(
      try rules("2 units of 97110 and ther ex 20 min. Total treatment time 20 min.") == [
        .unitsNotSupported
      ])
    #expect(
      try rules("Interventions per flowsheet.\nUnits: 97110 x1, 97530 x2") == [
        .unitsNoMinutes, .unitsNoMinutes,
      ])
  }
}
