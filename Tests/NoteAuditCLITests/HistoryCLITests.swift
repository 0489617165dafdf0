import Foundation
import Testing

/// The nightly job: tonight's clone check sees earlier nights through the history store.
@Suite struct HistoryCLITests {
  /// The bundled batch split in two nights: the copy-forward chain of patient P1003 (visits 3–7)
  /// spans both.
  func nights() throws -> (URL, URL, URL) {
    let dir = try CLI.temporaryDirectory()
    let lines = try String(contentsOf: CLI.samples.appendingPathComponent("batch/visits.jsonl"), encoding: .utf8)
      .split(separator: "\n").map(String.init)
    let first = lines.filter { !($0.contains("\"P1003-V06\"") || $0.contains("\"P1003-V07\"")) }
    let second = lines.filter { $0.contains("\"P1003-V06\"") || $0.contains("\"P1003-V07\"") }
    let night1 = dir.appendingPathComponent("night1.jsonl")
    let night2 = dir.appendingPathComponent("night2.jsonl")
    try (first.joined(separator: "\n") + "\n").write(to: night1, atomically: true, encoding: .utf8)
    try (second.joined(separator: "\n") + "\n").write(to: night2, atomically: true, encoding: .utf8)
    return (dir, night1, night2)
  }

  @Test func aCloneIsFoundAcrossTwoRunsAndTheStoreHoldsNoText() throws {
    let (dir, night1, night2) = try nights()
    let store = dir.appendingPathComponent("audit.db").path
    _ = try CLI.run(["audit", night1.path, "--history", store, "--format", "json", "-q"])
    let key = try FileManager.default.attributesOfItem(atPath: store + ".key")
    #expect((key[.posixPermissions] as? Int) == 0o600)
    #expect((try FileManager.default.attributesOfItem(atPath: store)[.posixPermissions] as? Int) == 0o600)

    // Tonight alone: V06 and V07 only copy each other; with the history they copy visits 3-5.
    let alone = try CLI.run(["audit", night2.path, "--format", "jsonl", "-q"])
    #expect(!alone.stdout.contains("earlier note"))
    let withHistory = try CLI.run(["audit", night2.path, "--history", store, "--format", "jsonl", "-q"])
    #expect(withHistory.stdout.contains("\"kind\":\"copy_forward\""))
    #expect(withHistory.stdout.contains("is copied forward from 'earlier note 2026-"))

    // The store keeps fingerprints, never words of the notes.
    let bytes = try Data(contentsOf: URL(fileURLWithPath: store))
    for phrase in ["laundry", "Lakeside", "P1003", "LT-77342"] {
      #expect(bytes.range(of: Data(phrase.utf8)) == nil, "'\(phrase)' found in the history store")
    }
    let stats = try CLI.run(["history", "stats", store])
    #expect(stats.status == 0)
    #expect(stats.stdout.contains("runs:       2"))
    let prune = try CLI.run(["history", "prune", "--before", "2030-01-01", store])
    #expect(prune.status == 0)
    #expect(try CLI.run(["history", "stats", store]).stdout.contains("notes:      0"))
  }

  @Test func reauditingANightDoesNotMatchItself() throws {
    let (dir, night1, _) = try nights()
    let store = dir.appendingPathComponent("audit.db").path
    let first = try CLI.run(["audit", night1.path, "--history", store, "--format", "jsonl", "-q"])
    let again = try CLI.run(["audit", night1.path, "--history", store, "--format", "jsonl", "-q"])
    #expect(!again.stdout.contains("earlier note"))
    #expect(first.status == again.status)
  }
}
