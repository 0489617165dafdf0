import Foundation
import Testing

@testable import NoteAudit
import NoteAuditCorpus

/// `AuditRun`: inputs in, the report written, an outcome back — what `noteaudit check` and
/// `noteaudit audit` do, as a library call.
@Suite struct AuditRunTests {
  static let analyzer = NoteCheckTests.analyzer
  static let visits = NoteCheckTests.visits

  /// Runs `source` into a report file and returns the outcome, the report and what the
  /// callbacks heard.
  static func run(
    _ source: some Sequence<InputItem>, options: AuditRun.Options
  ) throws -> (
    outcome: AuditRun.Outcome, report: String, errors: [String], progress: [AuditRun.Progress]
  ) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "noteaudit-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("report").path
    var errors: [String] = []
    var progress: [AuditRun.Progress] = []
    let outcome = AuditRun(analyzer: analyzer, options: options).run(
      source, to: try OutputSink(file: path), onError: { errors.append($0.description) },
      onNote: { progress.append($0) })
    let report = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return (outcome, report, errors, progress)
  }

  static func options(_ format: ReportFormat, clones: Bool = true) -> AuditRun.Options {
    var audit = AuditOptions(workers: 2)
    if !clones { audit.clones = nil }
    return AuditRun.Options(audit: audit, format: format)
  }

  @Test func theNotesThenTheBatchSectionThenTheSummary() throws {
    let (outcome, report, errors, progress) = try Self.run(
      NoteSource(path: Self.visits), options: Self.options(.jsonl))
    let lines = report.split(separator: "\n").map(String.init)
    let notes = lines.prefix { !$0.contains("\"batch\":{") && !$0.hasPrefix("{\"schema\"") }
    let batch = lines.dropFirst(notes.count).dropLast()
    #expect(notes.count == 38 && outcome.notes == 38 && errors.isEmpty && outcome.inputErrors == 0)
    #expect(progress.map(\.done) == Array(1...38) && progress.allSatisfy { $0.explanation == nil })
    #expect(!batch.isEmpty && batch.allSatisfy { $0.contains("\"batch\":{\"clones\":") })
    let ids = batch.map { $0.dropFirst(7).prefix { $0 != "\"" } }
    #expect(ids == ids.sorted())
    #expect(lines.last?.hasPrefix("{\"schema\":\"noteaudit/3\",\"summary\":{\"notes\":38,") == true)
    let failing = notes.filter { $0.contains("\"grade\":\"weak\"") }.count
    #expect(outcome.failing == failing && outcome.outputError == nil && outcome.historyError == nil)
  }

  /// Minimum necessary (Docs/JSONReport.md): the default JSON Lines report of a generated batch,
  /// clones and all, is at most twice the bytes of the note text it audits; tracing the evidence
  /// and writing the suggestions is what makes it larger, and the findings are the same.
  @Test func theDefaultJSONLinesReportIsAtMostTwiceTheNoteText() throws {
    var generator = CorpusGenerator(seed: 1, configuration: .init())
    let records = (1...1_000).map { line -> InputItem in
      var record = generator.next().record
      record.origin = RecordOrigin(file: "notes.jsonl", line: line)
      return .success(record)
    }
    let text = records.reduce(0) { $0 + ((try? $1.get())?.text.utf8.count ?? 0) }
    let lean = try Self.run(records, options: Self.options(.jsonl)).report
    var options = Self.options(.jsonl)
    options.report = ReportOptions(
      snippetContext: ReportOptions.readerContext, evidenceLimit: 0, suggestions: true)
    let full = try Self.run(records, options: options).report
    #expect(lean.utf8.count <= 2 * text)
    #expect(full.utf8.count > 3 * text)
    let rules = { (report: String) in report.matches(of: /"rule":"([^"]+)"/).map { String($0.1) } }
    #expect(rules(lean) == rules(full) && rules(lean).count > 3_000)
  }

  /// A lone note needs no batch: the report is the same whether it is checked alone (clone
  /// detection off) or goes through the batch auditor (on, with nothing to match).
  @Test func aLoneNoteGivesTheSameReportAsABatchOfOne() throws {
    let record = NoteCheckTests.record
    for format in ReportFormat.allCases {
      var explained = Self.options(format, clones: false)
      explained.audit.explains = true
      let alone = try Self.run([InputItem.success(record)], options: explained)
      explained.audit.clones = CloneConfiguration()
      let batch = try Self.run([InputItem.success(record)], options: explained)
      #expect(alone.report == batch.report, "\(format)")
      #expect(alone.outcome.notes == 1 && alone.outcome.failing == batch.outcome.failing)
      #expect(
        alone.progress.first?.explanation
          == Self.analyzer.check(record, options: explained.audit).explanationText)
    }
  }

  @Test func onlyALoneNoteNothingBatchLevelAppliesToSkipsTheBatch() {
    func lone(_ items: [InputItem], clones: Bool = false, visits: Bool = true) -> (
      NoteRecord?, [InputItem]
    ) {
      var options = AuditOptions()
      if !clones { options.clones = nil }
      if !visits { options.visits = nil }
      var iterator = items.makeIterator()
      var peeked: [InputItem] = []
      let record = AuditRun.loneNote(&iterator, peeked: &peeked, options: options)
      // Whatever was read to find out is handed on, then the rest.
      #expect((peeked + Array(IteratorSequence(iterator))).count == items.count)
      return (record, peeked)
    }
    let note = NoteRecord(id: "a", text: "x")
    let error = InputError(origin: RecordOrigin(file: "in.jsonl", line: 2), message: "bad")
    #expect(lone([.success(note)]).0?.id == "a")
    #expect(lone([.success(note)], clones: true).0 == nil)
    #expect(lone([.success(note), .success(note)]).0 == nil)
    #expect(lone([.failure(error)]).0 == nil)
    #expect(lone([]).0 == nil)
    let dated = NoteRecord(
      id: "d", text: "x", patientID: "P1", date: ServiceDate(year: 2026, month: 3, day: 4))
    #expect(lone([.success(dated)]).0 == nil)
    #expect(lone([.success(dated)], visits: false).0?.id == "d")
    #expect(lone([.success(NoteRecord(id: "p", text: "x", provider: "Lee, PT"))]).0 == nil)
  }

  @Test func inputErrorsAreCountedReportedAndListed() throws {
    let items: [InputItem] = [
      .success(NoteCheckTests.record),
      .failure(
        InputError(origin: RecordOrigin(file: "in.jsonl", line: 2), message: "missing \"text\"")),
    ]
    let (outcome, report, errors, _) = try Self.run(items, options: Self.options(.json))
    #expect(outcome.notes == 1 && outcome.inputErrors == 1)
    #expect(errors == ["in.jsonl:2: missing \"text\""])
    #expect(
      report.hasSuffix(
        "\"errors\":[{\"file\":\"in.jsonl\",\"line\":2,\"message\":\"missing \\\"text\\\"\"}]}\n"))
  }

  /// A report that cannot be written is an outcome, not a crash; the notes are still counted.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func aFullDiskIsAnOutputError() throws {
    let outcome = AuditRun(analyzer: Self.analyzer, options: Self.options(.json)).run(
      NoteSource(path: Self.visits), to: try OutputSink(file: "/dev/full"))
    #expect(outcome.notes == 38)
    #expect(outcome.outputError?.message == "cannot write the report: No space left on device")
  }
}
