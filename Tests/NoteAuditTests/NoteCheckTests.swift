import Foundation
import Testing

@testable import NoteAudit

/// One answer for a note: `Analyzer.check` and `Auditor` apply the same `AuditOptions` (rule
/// overrides, the note's own claim lines, the pass mark, the explanation).
@Suite struct NoteCheckTests {
  static let analyzer = try! Analyzer.bundled()
  static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../SampleNotes").standardized
  static let visits = samples.appendingPathComponent("batch/visits.jsonl").path

  /// A note billed without a therapy modifier, by an assistant.
  static let record = NoteRecord(
    id: "n1",
    text: "Pt performed sit to stand x10 with CGA and min verbal cues. Tolerated well. 23 min.",
    discipline: "PT", cpt: [BilledService(code: "97530", units: 2, modifiers: ["CQ"])])

  /// A note's JSON Lines line: the whole analysis as a report shows it.
  static func line(_ analysis: NoteAnalysis) -> String {
    String(decoding: AuditReport(notes: [analysis]).rendered(as: .jsonl), as: UTF8.self)
  }

  @Test func checkAddsTheClaimLineFindingsAndAppliesTheOverrides() {
    let plain = Self.analyzer.analyze(Self.record)
    let checked = Self.analyzer.check(Self.record)
    let rules = checked.analysis.findings.map(\.rule)
    #expect(rules == plain.findings.map(\.rule) + [.modifierDisciplineMissing, .modifierAssistant])

    var options = AuditOptions()
    options.rules = RuleOverrides(["modifier.*": .off, "vague.phrase": .error])
    let overridden = Self.analyzer.check(Self.record, options: options)
    #expect(overridden.analysis.findings.allSatisfy { !$0.rule.rawValue.hasPrefix("modifier.") })
    #expect(
      overridden.analysis.findings.filter { $0.rule == .vaguePhrase }.allSatisfy {
        $0.severity == .error
      })
    #expect(overridden.analysis.findings.contains { $0.rule == .vaguePhrase })

    options.visits = nil  // no visit-sequence checks: no claim-line checks either
    #expect(
      Self.analyzer.check(Self.record, options: options).analysis.findings.map(\.rule)
        == plain.findings.map(\.rule))
  }

  @Test func theVerdictFollowsThePassMark() {
    let checked = Self.analyzer.check(Self.record)
    #expect(checked.passes == (checked.analysis.grade >= .adequate))
    var options = AuditOptions()
    options.passMark = .grade(.weak)
    #expect(Self.analyzer.check(Self.record, options: options).passes)
    options.passMark = .score(Double(checked.analysis.score) + 1)
    #expect(!Self.analyzer.check(Self.record, options: options).passes)
  }

  @Test func theExplanationIsTheOneOfTheNoteText() throws {
    #expect(Self.analyzer.check(Self.record).explanation == nil)
    var options = AuditOptions()
    options.explains = true
    let checked = Self.analyzer.check(Self.record, options: options)
    let explanation = try #require(checked.explanation)
    #expect(!explanation.isEmpty)
    #expect(explanation == Self.analyzer.explanation(for: Self.record.text))
    #expect(checked.explanationText == explanation.map { "n1:\($0)\n" }.joined())
  }

  /// Every note of a batch is what `Analyzer.check` says of it with the same options.
  @Test func theAuditorChecksEachNoteAsCheckDoes() {
    var options = AuditOptions(workers: 2)
    options.rules = RuleOverrides(["vague.*": .info])
    options.explains = true
    var records: [NoteRecord] = []
    var checked: [CheckedNote] = []
    _ = Auditor(analyzer: Self.analyzer, options: options).run(NoteSource(path: Self.visits)) {
      note in
      records.append(note.record)
      checked.append(note)
    }
    #expect(records.count == 38)
    for (record, note) in zip(records, checked) {
      let alone = Self.analyzer.check(record, options: options)
      #expect(Self.line(note.analysis) == Self.line(alone.analysis), "\(record.id)")
      #expect(note.passes == alone.passes && note.explanation == alone.explanation, "\(record.id)")
    }
  }

  /// The overrides reach what only the batch finds too; a note whose batch findings are all
  /// turned off keeps its clone matches.
  @Test func theOverridesApplyToTheBatchFindings() {
    let plain = Auditor(analyzer: Self.analyzer).run(NoteSource(path: Self.visits)) { _ in }
    #expect(plain.findings.values.joined().contains { $0.rule.rawValue.hasPrefix("clone.") })
    var options = AuditOptions()
    options.rules = RuleOverrides(["clone.*": .off, "visit.progress-report-due": .info])
    let overridden = Auditor(analyzer: Self.analyzer, options: options).run(
      NoteSource(path: Self.visits)
    ) { _ in }
    let findings = overridden.findings.values.joined()
    #expect(!findings.contains { $0.rule.rawValue.hasPrefix("clone.") })
    #expect(
      findings.filter { $0.rule == .visitProgressReportDue }.allSatisfy { $0.severity == .info })
    #expect(!overridden.findings.values.contains { $0.isEmpty })
    #expect(overridden.clones.keys.sorted() == plain.clones.keys.sorted())
  }

  /// An element named only where it does not count: its "missing" finding points at the first
  /// such words and says what they were taken for (the therapist sees why, not a finding that
  /// looks plainly wrong). Offsets are bytes of the note.
  @Test(arguments: [
    (
      "Sit to stand x10 from mat, CGA, no cues needed. 97530 x 25 min.", RuleID.cueingMissing,
      35..<39, "no cueing documented (named here, but negated)"
    ),
    (
      "Sit to stand x10 from mat, CGA. 97530 x 25 min.\nSTG 1: amb 150 ft with min VCs.",
      .objectiveMeasureMissing, 59..<65,
      "no objective measure documented (named here, but as a goal or the plan)"
    ),
    (
      "S: Pt reports she walked to the mailbox with her cane.\nO: TE 20 min: bridges, SLR 2x10 with min VCs.",
      .functionalTaskMissing, 18..<24,
      "no functional task documented as trained today (named here, but only as the patient's report)"
    ),
    (
      "PLOF: indep with all ADLs. Today gait training 200 ft with RW, 3 VCs for step length. 97116 x 24 min.",
      .assistLevelMissing, 6..<11, "no assist level documented (named here, but as history)"
    ),
  ])
  func aMissingElementPointsAtTheWordsSetAside(
    note: String, rule: RuleID, span: Range<Int>, message: String
  ) throws {
    let finding = try #require(
      Self.analyzer.analyze(NoteRecord(id: "n", text: note)).findings.first { $0.rule == rule })
    #expect(finding.message == message)
    #expect(finding.span?.range == span)
  }

  /// The counter-example: an element the note never names has the rubric's message and no span;
  /// and the reason quotes none of the note, so a redacted report keeps it whole.
  @Test func anElementNeverNamedHasNoSpanAndTheReasonQuotesNoNoteText() {
    let analysis = Self.analyzer.analyze(
      NoteRecord(id: "n", text: "Sit to stand x10 from mat, CGA, no cues needed. 97530 x 25 min."))
    let skilled = analysis.findings.first { $0.rule == .skilledInterventionMissing }
    #expect(skilled?.span == nil)
    #expect(skilled?.message == "nothing shows why the service required a therapist")
    let redacted = String(
      decoding: AuditReport(notes: [analysis]).rendered(
        as: .jsonl, options: ReportOptions(redact: true)),
      as: UTF8.self)
    #expect(redacted.contains(#""message":"no cueing documented (named here, but negated)""#))
    #expect(redacted.contains(#""span":{"start":35,"end":39"#))
  }
}
