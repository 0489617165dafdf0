import Testing
@testable import NoteAudit

/// A dated PT note for patient `p` on day `day` of March 2026 (day 32+ runs into April).
func visitNote(
  _ id: String, day: Int, patient: String = "p1", codes: [String] = ["97530"],
  modifiers: [String] = ["GP"],
  progress: Bool = false, objective: Bool = false, values: [String: Double]? = nil,
  visit: Int? = nil
) -> VisitFacts {
  let date = ServiceDate(year: 2026, month: day > 31 ? 4 : 3, day: day > 31 ? day - 31 : day)
  return VisitFacts(
    noteID: id, patientID: patient, date: date, visit: visit, discipline: "PT",
    cpt: codes.map { BilledService(code: $0, units: 1, modifiers: modifiers) },
    isProgressReport: progress,
    hasObjectiveMeasure: objective, objectiveValues: values, provider: "Kim")
}

func rules(_ report: VisitSequenceReport, _ id: String) -> [RuleID] {
  (report.findings[id] ?? []).map(\.rule)
}

@Suite struct BillingVisitTests {
  @Test func progressReportDueOnTheEleventhTreatmentDayCountingTheEvaluation() {
    var notes = [visitNote("d1", day: 1, codes: ["97162"])]
    notes += (2...11).map { visitNote("d\($0)", day: $0) }
    let report = VisitSequenceChecker.check(notes)
    #expect(rules(report, "d10").isEmpty)
    #expect(rules(report, "d11") == [.visitProgressReportDue])
    #expect(report.findings["d11"]?.first?.message.contains("Pub. 100-02 ch. 15 §220.3 D") == true)
    #expect(
      report.findings["d11"]?.first?.message.contains("reporting period began 2026-03-01") == true)
  }

  /// Patients are checked on several threads when there are many of them: the same findings as
  /// on one, every patient's day 11 flagged once.
  @Test func manyPatientsGetTheSameFindingsOnOneThreadOrSeveral() {
    var ledger = VisitLedger()
    for p in 0..<300 {
      for day in 1...11 { ledger.add(visitNote("p\(p)-d\(day)", day: day, patient: "p\(p)")) }
    }
    let one = ledger.finish(workers: 1).findings
    let two = ledger.finish(workers: 2).findings
    #expect(one == two)
    #expect(one.count == 300)
    #expect(one.keys.allSatisfy { $0.hasSuffix("-d11") })
    #expect(one["p299-d11"]?.map(\.rule) == [.visitProgressReportDue])
  }

  @Test func progressReportByTextOrReevaluationCodeResetsThePeriod() {
    let byText = (1...11).map { visitNote("t\($0)", day: $0, progress: $0 == 10) }
    #expect(
      VisitSequenceChecker.check(byText).findings.values.allSatisfy {
        !$0.map(\.rule).contains(.visitProgressReportDue)
      })
    let byCode = (1...11).map {
      visitNote("c\($0)", day: $0, codes: $0 == 10 ? ["97164"] : ["97110"])
    }
    #expect(VisitSequenceChecker.check(byCode).findings.isEmpty)
    // Two notes on one day are one treatment day.
    let sameDay =
      (1...10).map { visitNote("s\($0)", day: $0, codes: ["97110"]) } + [
        visitNote("s10b", day: 10, codes: ["97110"])
      ]
    #expect(VisitSequenceChecker.check(sameDay).findings.isEmpty)
    // Another patient's notes do not count toward this one's days.
    let mixed =
      (1...6).map { visitNote("a\($0)", day: $0, codes: ["97110"]) }
      + (1...6).map { visitNote("b\($0)", day: $0, patient: "p2", codes: ["97110"]) }
    #expect(VisitSequenceChecker.check(mixed).findings.isEmpty)
  }

  @Test func objectiveProgressJudgedFromChangedValuesOrAMeasuredProgressReport() {
    // 13 visits of 97530 with the same Berg score: visit 13 is flagged (progress report on day 10 keeps the due rule quiet).
    let flat = (1...13).map {
      visitNote("f\($0)", day: $0, progress: $0 == 10, values: ["berg": 41])
    }
    let flatReport = VisitSequenceChecker.check(flat)
    #expect(rules(flatReport, "f12").isEmpty)
    #expect(rules(flatReport, "f13") == [.visitNoObjectiveProgress])
    // The score changes on visit 8: within 10 days of visit 13, so no finding.
    let improving = (1...13).map {
      visitNote("i\($0)", day: $0, progress: $0 == 10, values: ["berg": $0 >= 8 ? 45 : 41])
    }
    #expect(VisitSequenceChecker.check(improving).findings.isEmpty)
    // A progress report with an objective measure counts; 97110 past visit 12 is not checked.
    let measured = (1...13).map {
      visitNote("m\($0)", day: $0, progress: $0 == 10, objective: $0 == 10)
    }
    #expect(VisitSequenceChecker.check(measured).findings.isEmpty)
    let exercise = (1...13).map {
      visitNote("e\($0)", day: $0, codes: ["97110"], progress: $0 == 10)
    }
    #expect(VisitSequenceChecker.check(exercise).findings.isEmpty)
    // The record's visit number wins over the position in the batch.
    let late = [visitNote("v", day: 1, visit: 14)]
    #expect(rules(VisitSequenceChecker.check(late), "v") == [.visitNoObjectiveProgress])
  }

  @Test func disciplineModifiers() {
    let missing = VisitSequenceChecker.check([visitNote("n", day: 1, modifiers: [])])
    #expect(rules(missing, "n") == [.modifierDisciplineMissing])
    #expect(missing.findings["n"]?.first?.suggestion == "Add GP for the PT plan of care.")
    let wrong = VisitSequenceChecker.check([visitNote("w", day: 1, modifiers: ["GO"])])
    #expect(
      wrong.findings["w"]?.first?.message.hasPrefix(
        "97530 carries GO but the note's discipline is PT, which bills GP") == true)
    var ot = visitNote("o", day: 1, modifiers: ["go"])
    ot.discipline = "ot"
    #expect(VisitSequenceChecker.check([ot]).findings.isEmpty)
    var unknownCode = visitNote("u", day: 1, codes: ["99213"], modifiers: [])
    unknownCode.discipline = nil
    #expect(VisitSequenceChecker.check([unknownCode]).findings.isEmpty)
  }

  /// The ledger reads ASCII modifiers from their bytes; the bit is the one of the trimmed,
  /// upper-cased spelling either way (`ſ` upper-cases to S, a no-break space is a blank).
  @Test func modifierBitsAreThoseOfTheTrimmedUpperCasedSpelling() {
    for spelling in [
      "GP", " go ", "gn\t", "xu", "59", "kx\n", "G P", "GPX", "", "  ", "xſ", "\u{00A0}XE", "ＸＵ",
      "cQ",
    ] {
      #expect(
        VisitLedger.modifierBit(spelling) == VisitLedger.modifierBits[
          spelling.trimmingWhitespace().uppercased()] ?? 0)
    }
    #expect(VisitLedger.modifierBit("xſ") == VisitLedger.modifierBits["XS"])
    let distinct = VisitSequenceChecker.check([
      visitNote("x", day: 1, codes: ["97164", "97530"], modifiers: [" gp", "xſ"])
    ])
    #expect(distinct.findings.isEmpty)
  }

  @Test func distinctServiceWithReevaluationNeedsAnNCCIModifier() {
    let t26 = VisitSequenceChecker.check([visitNote("r", day: 1, codes: ["97164", "97530"])])
    #expect(rules(t26, "r") == [.modifierDistinctService])
    #expect(
      VisitSequenceChecker.check([
        visitNote("x", day: 1, codes: ["97164", "97530"], modifiers: ["GP", "XU"])
      ]).findings.isEmpty)
    #expect(
      VisitSequenceChecker.check([
        visitNote("x", day: 1, codes: ["97164", "97150"], modifiers: ["GP", "59"])
      ]).findings.isEmpty)
    // Same patient and day in two notes; a different day does not pair; an evaluation (T25) needs no modifier.
    let split = VisitSequenceChecker.check([
      visitNote("a", day: 2, codes: ["97164"]), visitNote("b", day: 2, codes: ["97150"]),
      visitNote("c", day: 3),
    ])
    #expect(rules(split, "b") == [.modifierDistinctService])
    #expect(rules(split, "c").isEmpty)
    #expect(
      VisitSequenceChecker.check([visitNote("e", day: 1, codes: ["97162", "97530"])]).findings
        .isEmpty)
  }

  @Test func assistantModifiersAreNoted() {
    let report = VisitSequenceChecker.check([
      visitNote("a", day: 1, codes: ["97110"], modifiers: ["GP", "CQ"])
    ])
    #expect(report.findings["a"]?.map(\.severity) == [.info])
    #expect(
      report.findings["a"]?.first?.message
        == "97110 CQ: furnished in whole or in part by a physical therapist assistant; paid at 85 % since 2022 (SSA §1834(v); CMS CQ/CO billing examples)"
    )
  }

  @Test func kxExpectedOnceTheYearsChargesPassTheThreshold() {
    func charged(
      _ id: String, day: Int, charge: Double, modifiers: [String], discipline: String = "PT"
    ) -> VisitFacts {
      var n = visitNote(id, day: day, codes: [], modifiers: [])
      n.discipline = discipline
      n.cpt = [BilledService(code: "97530", units: 2, modifiers: modifiers, charge: charge)]
      return n
    }
    let notes = [
      charged("k1", day: 1, charge: 1200, modifiers: ["GP"]),
      // SLP shares the PT threshold: 2,400
      charged("k2", day: 2, charge: 1200, modifiers: ["GN"], discipline: "SLP"),
      charged("k3", day: 3, charge: 100, modifiers: ["GP"]),  // 2,500 > 2,480
      charged("k4", day: 4, charge: 100, modifiers: ["GP", "KX"]),
      charged("o1", day: 5, charge: 2000, modifiers: ["GO"], discipline: "OT"),  // OT counts apart
    ]
    let report = VisitSequenceChecker.check(notes)
    #expect(rules(report, "k2").isEmpty)
    #expect(rules(report, "k3") == [.modifierKXExpected])
    #expect(
      report.findings["k3"]?.first?.message
        == "97530 lacks KX: 2026 PT+SLP charges for patient p1 reach $2,500.00, over the 2026 threshold of $2,480.00 (CY 2026 figure, secondary source); lines above it without KX are denied (SSA §1833(g); Pub. 100-04 ch. 5 §10.3)"
    )
    #expect(rules(report, "k4").isEmpty)
    #expect(rules(report, "o1").isEmpty)
    var configuration = BillingConfiguration()
    configuration.kxThresholds = [KXThreshold(year: 2026, amount: 1000, source: "test")]
    #expect(
      rules(VisitSequenceChecker.check(notes, configuration: configuration), "o1") == [
        .modifierKXExpected
      ])
    #expect(BillingConfiguration().kxThreshold(forYear: 2031)?.amount == 2480)
    #expect(BillingConfiguration().kxThreshold(forYear: 2024)?.amount == 2330)
  }

  @Test func lowAveragePerProviderNeedsAConsistentPattern() {
    func billed(_ id: String, provider: String, minutes: Int, units: Int) -> VisitFacts {
      VisitFacts(
        noteID: id, cpt: [BilledService(code: "97530", units: units, modifiers: ["GP"])],
        provider: provider, timedMinutes: minutes)
    }
    let notes = [
      billed("a1", provider: "Ames", minutes: 38, units: 3),
      billed("a2", provider: "Ames", minutes: 40, units: 3),
      billed("a3", provider: "Ames", minutes: 23, units: 2),
      billed("b1", provider: "Bo", minutes: 45, units: 3),
      billed("b2", provider: "Bo", minutes: 30, units: 2),
      billed("b3", provider: "Bo", minutes: 15, units: 1),
      billed("c1", provider: "Cy", minutes: 8, units: 1),
    ]
    let report = VisitSequenceChecker.check(notes)
    #expect(rules(report, "a1") == [.unitsLowAverage])
    #expect(rules(report, "a2").isEmpty && rules(report, "a3").isEmpty)  // one finding per provider
    #expect(
      report.findings["a1"]?.first?.message.hasPrefix(
        "provider Ames averages 12.6 documented minutes per billed timed unit across 3 notes in this batch (101 min / 8 units)"
      ) == true)
    #expect(rules(report, "b1").isEmpty)
    #expect(rules(report, "c1").isEmpty)  // one note is not a practice
    #expect(report.providerAverages.map(\.provider) == ["Ames", "Bo", "Cy"])
    #expect(report.providerAverages.map(\.minutesPerUnit) == [101.0 / 8, 15, 8])
  }

  @Test func dollarsAreGroupedAndRounded() {
    #expect(VisitSequenceChecker.dollars(2512.4) == "$2,512.40")
    #expect(VisitSequenceChecker.dollars(1234567.456) == "$1,234,567.46")
    #expect(VisitSequenceChecker.dollars(5) == "$5.00")
  }
}
