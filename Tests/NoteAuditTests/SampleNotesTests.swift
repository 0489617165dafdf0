import Foundation
import Testing
@testable import NoteAudit

/// The bundled sample notes against what a careful reviewer expects of each
/// (SampleNotes/expected.json): grade, elements present and absent, best-fitting code, rules that
/// must and must not fire, and the direct treatment minutes.
@Suite struct SampleNotesTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../SampleNotes").standardized

  struct Expectation: Decodable, Sendable, CustomTestStringConvertible {
    var file: String = ""
    var grade: String
    var present: [String]
    var absent: [String]
    var best_code: String
    var rules: [String]
    var not_rules: [String]
    var minutes: [Int]
    var testDescription: String { file }

    enum CodingKeys: String, CodingKey {
      case grade, present, absent, best_code, rules, not_rules, minutes
    }
  }

  static let expectations: [Expectation] = {
    guard let data = try? Data(contentsOf: root.appendingPathComponent("expected.json")),
      let decoded = try? JSONDecoder().decode([String: Expectation].self, from: data)
    else { return [] }
    return decoded.keys.sorted().map { key in
      var e = decoded[key]!
      e.file = key
      return e
    }
  }()

  static let analyzer: Analyzer? = try? Analyzer.bundled()

  @Test func everySampleHasAnExpectation() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.root.path).filter {
      $0.hasSuffix(".txt")
    }
    #expect(files.count >= 20)
    #expect(Set(files) == Set(Self.expectations.map(\.file)))
  }

  @Test(arguments: SampleNotesTests.expectations)
  func sampleMeetsReviewerExpectation(_ expected: Expectation) throws {
    let analyzer = try #require(Self.analyzer)
    let text = try String(
      contentsOf: Self.root.appendingPathComponent(expected.file), encoding: .utf8)
    let result = analyzer.analyze(NoteRecord(id: expected.file, text: text))
    let present = Set(ElementKind.allCases.filter { result.element($0).present }.map(\.rawValue))
    let rules = Set(result.findings.map(\.rule.rawValue))
    #expect(
      result.grade.rawValue == expected.grade, "score \(result.score); findings \(rules.sorted())")
    #expect(
      present.isSuperset(of: expected.present),
      "missing \(Set(expected.present).subtracting(present).sorted())")
    #expect(
      present.isDisjoint(with: expected.absent),
      "found \(present.intersection(expected.absent).sorted()): \(evidence(result, expected.absent))"
    )
    #expect(result.codeFit.best == expected.best_code, "scores \(result.codeFit.scores)")
    #expect(
      (expected.rules + expected.not_rules).filter { RuleID(rawValue: $0) == nil } == [],
      "not rule ids")
    for rule in expected.rules {
      #expect(rules.contains(rule), "rule \(rule) did not fire")
    }
    for rule in expected.not_rules where rules.contains(rule) {
      Issue.record(
        "rule \(rule) fired: \(result.findings.filter { $0.rule.rawValue == rule }.map(\.message))")
    }
    #expect(Set(result.element(.timedMinutes).values) == Set(expected.minutes))
  }

  func evidence(_ result: NoteAnalysis, _ kinds: [String]) -> [String] {
    kinds.compactMap(ElementKind.init(rawValue:)).flatMap {
      result.element($0).evidence.map { "\($0.entryID):'\($0.text)'" }
    }
  }
}
