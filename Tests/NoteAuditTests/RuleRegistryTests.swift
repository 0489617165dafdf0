import Foundation
import Testing

@testable import NoteAudit

/// `RuleID` and the documents that promise rule ids to users agree: Docs/Rules.md's table lists
/// exactly the registry, in its order, and the JSON report's documentation and schema name no id
/// the registry lacks. A rule added in code but not in the docs (or the reverse) fails here.
@Suite struct RuleRegistryTests {
  static func document(_ path: String) throws -> String {
    try String(contentsOf: DocsTests.root.appendingPathComponent(path), encoding: .utf8)
  }

  /// The backticked ids of the first column of Docs/Rules.md's table, in table order.
  static func tableIDs() throws -> [String] {
    try document("Docs/Rules.md").split(separator: "\n").compactMap { line in
      line.firstMatch(of: /^\|\s*`([^`]+)`\s*\|/).map { String($0.1) }
    }
  }

  @Test func theRulesTableListsEveryRuleIDInOrder() throws {
    let documented = try Self.tableIDs()
    let registered = RuleID.allCases.map(\.rawValue)
    let unregistered = documented.filter { RuleID(rawValue: $0) == nil }
    let undocumented = registered.filter { !documented.contains($0) }
    #expect(unregistered == [], "in Docs/Rules.md but not a RuleID")
    #expect(undocumented == [], "RuleIDs missing from Docs/Rules.md")
    if unregistered.isEmpty && undocumented.isEmpty {
      #expect(documented == registered, "the table lists each id once, in RuleID's order")
    }
  }

  /// The schema keeps `rule` an open string, as Docs/JSONReport.md's versioning promises (new rule
  /// ids within `noteaudit/3`): an enum would make this version's validators reject later reports.
  /// Its description sends readers to the table instead.
  @Test func theSchemaLeavesRuleOpenAndPointsAtTheTable() throws {
    let schema = try #require(
      try JSONSerialization.jsonObject(
        with: Data(Self.document("Docs/noteaudit-3.schema.json").utf8)) as? [String: Any])
    let definitions = try #require(schema["$defs"] as? [String: Any])
    let finding = try #require(definitions["finding"] as? [String: Any])
    let rule = try #require((finding["properties"] as? [String: Any])?["rule"] as? [String: Any])
    #expect(rule["type"] as? String == "string")
    #expect(rule["enum"] == nil)
    #expect((rule["description"] as? String)?.contains("Docs/Rules.md") == true)
  }

  /// Docs/JSONReport.md links the table for `rule`, and every id it names (the examples' `"rule"`
  /// values, the batch's rules and families) is a rule or a family of rules.
  @Test func theJSONReportDocsNameOnlyRegisteredRules() throws {
    let text = try Self.document("Docs/JSONReport.md")
    let paragraphs = text.split(separator: "\n\n")
    let finding = try #require(paragraphs.first { $0.hasPrefix("**Finding**") })
    #expect(finding.contains("[Rules.md](Rules.md)"))
    var named = text.matches(of: /"rule":\s*"([^"]+)"/).map { String($0.1) }
    let batchNote = try #require(paragraphs.first { $0.hasPrefix("**Batch note**") })
    named += batchNote.matches(of: /`([a-z-]+\.[a-z.*-]+)`/).map { String($0.1) }
    #expect(named.count > 5)  // the ids were really found
    #expect(named.filter { !RuleOverrides.coversARule($0) } == [])
  }
}
