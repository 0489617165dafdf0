import Foundation
import Testing

/// The nightly job: tonight's clone check sees earlier nights through the history store.
@Suite struct HistoryCLITests {
  /// The bundled batch split in two nights: the copy-forward chain of patient P1003 (visits 3–7)
  /// spans both.
  func nights() throws -> (URL, URL, URL) {
    let dir = try CLI.temporaryDirectory()
    let lines = try String(
      contentsOf: CLI.samples.appendingPathComponent("batch/visits.jsonl"), encoding: .utf8
    )
    .split(separator: "\n").map(String.init)
    let first = lines.filter { !($0.contains("\"P1003-V06\"") || $0.contains("\"P1003-V07\"")) }
    let second = lines.filter { $0.contains("\"P1003-V06\"") || $0.contains("\"P1003-V07\"") }
    let night1 = dir.appendingPathComponent("night1.jsonl")
    let night2 = dir.appendingPathComponent("night2.jsonl")
    try (first.joined(separator: "\n") + "\n").write(to: night1, atomically: true, encoding: .utf8)
    try (second.joined(separator: "\n") + "\n").write(to: night2, atomically: true, encoding: .utf8)
    return (dir, night1, night2)
  }

  @Test func aCloneIsFoundAcrossTwoRunsNamingTheEarlierNoteAndTheStoreHoldsNoText() throws {
    let (dir, night1, night2) = try nights()
    let store = dir.appendingPathComponent("audit.db").path
    _ = try CLI.run(["audit", night1.path, "--history", store, "--format", "json", "-q"])
    let key = try FileManager.default.attributesOfItem(atPath: store + ".key")
    #expect((key[.posixPermissions] as? Int) == 0o600)
    #expect(
      (try FileManager.default.attributesOfItem(atPath: store)[.posixPermissions] as? Int) == 0o600)

    // Tonight alone: V06 and V07 only copy each other; with the history they copy visits 3-5.
    let alone = try CLI.run(["audit", night2.path, "--format", "jsonl", "-q"])
    #expect(!alone.stdout.contains("earlier note"))
    let withHistory = try CLI.run([
      "audit", night2.path, "--history", store, "--format", "jsonl", "-q",
    ])
    #expect(withHistory.stdout.contains("\"kind\":\"copy_forward\""))
    // The earlier note by its id as given, its date, and that it is from an earlier run.
    #expect(
      withHistory.stdout.contains(
        /\{"other":"P1003-V05","similarity":[0-9.]+,"kind":"copy_forward","detail":"[^"]*earlier run","date":"2026-02-18","earlier_run":true\}/
      ))
    #expect(withHistory.stdout.contains("is copied forward from 'P1003-V05'"))

    // The store keeps fingerprints and note ids, never words of the notes nor other ids.
    let bytes = try Data(contentsOf: URL(fileURLWithPath: store))
    for phrase in ["laundry", "Lakeside", "LT-77342", "Alvarez", "\"P1003\""] {
      #expect(bytes.range(of: Data(phrase.utf8)) == nil, "'\(phrase)' found in the history store")
    }
    #expect(bytes.range(of: Data("P1003-V05".utf8)) != nil)
    let stats = try CLI.run(["history", "stats", store])
    #expect(stats.status == 0)
    #expect(stats.stdout.contains("runs:       2"))
    #expect(
      stats.stdout.contains("ids:        plain: note ids kept as given beside their keyed hashes"))
    let prune = try CLI.run(["history", "prune", "--before", "2030-01-01", store])
    #expect(prune.status == 0)
    #expect(try CLI.run(["history", "stats", store]).stdout.contains("notes:      0"))
  }

  @Test func withKeyedIdsTheStoreHoldsNoIdAndReportsNameTheEarlierNoteByItsHash() throws {
    let (dir, night1, night2) = try nights()
    let store = dir.appendingPathComponent("audit.db").path
    let first = try CLI.run([
      "audit", night1.path, "--history", store, "--history-ids", "keyed", "--format", "json", "-q",
    ])
    #expect(first.status == 1 && first.stderr.isEmpty, "\(first.stderr)")
    let second = try CLI.run(["audit", night2.path, "--history", store, "--format", "jsonl", "-q"])
    #expect(
      second.stdout.contains(#""other":"earlier note 2026-02-18 #"#)
        && second.stdout.contains(#""earlier_run":true"#))
    let bytes = try Data(contentsOf: URL(fileURLWithPath: store))
    #expect(bytes.range(of: Data("P1003-V0".utf8)) == nil)
    #expect(
      try CLI.run(["history", "stats", store]).stdout.contains(
        "ids:        keyed: only keyed hashes of note ids (0 notes with ids)"))
    let usage = try CLI.run(["audit", night2.path, "--history-ids", "keyed", "-q"])
    #expect(usage.status == 2 && usage.stderr.contains("--history-ids needs --history FILE"))
  }

  @Test func reauditingANightDoesNotMatchItself() throws {
    let (dir, night1, _) = try nights()
    let store = dir.appendingPathComponent("audit.db").path
    let first = try CLI.run(["audit", night1.path, "--history", store, "--format", "jsonl", "-q"])
    let again = try CLI.run(["audit", night1.path, "--history", store, "--format", "jsonl", "-q"])
    #expect(!again.stdout.contains("earlier note") && !again.stdout.contains("earlier_run"))
    #expect(first.status == again.status)
  }
}
