import Foundation
import NoteAuditCorpus
import Testing
@testable import NoteAudit

/// Element detection on the adjudicated evaluation set (Benchmarks/accuracy: writers who never saw
/// the lexicons, two independent labellers, every disagreement adjudicated; `dev` may be studied
/// when tuning, `test` is only measured, `real` holds the real texts of ../shared/corpus). The
/// floors are the figures measured at the last change, rounded down, so a change that loses
/// accuracy fails here; `noteaudit-bench accuracy` prints the full tables.
@Suite struct AccuracyTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Benchmarks/accuracy")
    .standardized
  static let analyzer = try! Analyzer.bundled()

  func report(_ name: String, notes count: Int) throws -> AccuracyReport {
    let notes = try ElementEvaluation.load(Self.folder.appendingPathComponent(name).path)
    #expect(notes.count == count)
    return ElementEvaluation.evaluate(notes, analyzer: Self.analyzer)
  }

  @Test func heldOutTestHalf() throws {
    let r = try report("test.jsonl", notes: 202)
    #expect(r.macroF1 >= AccuracyFloors.testMacroF1)
    #expect(r.overall.absentPrecision >= AccuracyFloors.testMissingPrecision)
    #expect(r.minutesExact >= AccuracyFloors.testMinutesExact)
  }

  @Test func developmentHalf() throws {
    let r = try report("dev.jsonl", notes: 198)
    #expect(r.macroF1 >= AccuracyFloors.devMacroF1)
    #expect(r.overall.absentPrecision >= AccuracyFloors.devMissingPrecision)
    #expect(r.minutesExact >= AccuracyFloors.devMinutesExact)
  }

  @Test func realTexts() throws {
    let r = try report("real.jsonl", notes: 42)
    #expect(r.macroF1 >= AccuracyFloors.realMacroF1)
  }

  /// The evaluation set keeps its design: enough notes, every style with notes in both halves.
  @Test func theSetIsLargeAndCoversTheStyles() throws {
    let dev = try ElementEvaluation.load(Self.folder.appendingPathComponent("dev.jsonl").path)
    let test = try ElementEvaluation.load(Self.folder.appendingPathComponent("test.jsonl").path)
    #expect(dev.count + test.count >= 300)
    let devStyles = Set(dev.compactMap(\.style)), testStyles = Set(test.compactMap(\.style))
    #expect(testStyles.count >= 12)
    #expect(testStyles.isSubset(of: devStyles))
    #expect(Set(dev.map(\.id)).isDisjoint(with: test.map(\.id)))
  }
}

/// The measured figures, rounded down (BENCHMARKS.md "Element detection accuracy").
enum AccuracyFloors {
  static let testMacroF1 = 0.92
  static let testMissingPrecision = 0.82
  static let testMinutesExact = 183
  static let devMacroF1 = 0.96
  static let devMissingPrecision = 0.91
  static let devMinutesExact = 187
  static let realMacroF1 = 0.78
}
