import Foundation
import NoteAuditCorpus
import Testing
@testable import NoteAudit

/// Element detection on reviewer-labelled notes that the lexicon authors never saw
/// (Benchmarks/accuracy: `dev` may be studied when tuning, `test` is only measured). The floors are
/// the measured figures rounded down, so a change that loses accuracy fails here.
@Suite struct AccuracyTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Benchmarks/accuracy").standardized

  func report(_ name: String) throws -> AccuracyReport {
    let analyzer = try Analyzer.bundled()
    let notes = try ElementEvaluation.load(Self.folder.appendingPathComponent(name).path)
    #expect(notes.count == 30)
    let report = ElementEvaluation.evaluate(notes, analyzer: analyzer)
    print("accuracy \(name):\n\(report.table)\n" + report.disagreements.joined(separator: "\n"))
    return report
  }

  @Test func heldOutTestSet() throws {
    let r = try report("test.jsonl")
    #expect(r.overall.f1 >= 0.89)
    #expect(r.overall.precision >= 0.91)
    #expect(r.vague.f1 >= 0.99)
    #expect(r.minutesExact >= 24)
  }

  @Test func developmentSet() throws {
    let r = try report("dev.jsonl")
    #expect(r.overall.f1 >= 0.92)
    #expect(r.overall.precision >= 0.96)
    #expect(r.vague.f1 >= 0.99)
    #expect(r.minutesExact >= 20)
  }
}
