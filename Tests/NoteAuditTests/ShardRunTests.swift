import Foundation
import Testing

@testable import NoteAudit

/// `ShardRun`: the map and batch steps of a distributed audit give, record for record, what
/// `AuditRun` gives on one machine, however the notes are split between map processes.
@Suite struct ShardRunTests {
  static let analyzer = NoteCheckTests.analyzer

  /// One JSON object per line.
  static func objects(_ text: String) -> [NSDictionary] {
    text.split(separator: "\n").map {
      (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? NSDictionary ?? [:]
    }
  }

  static func json(_ object: Any) -> String {
    String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
  }

  /// Runs a step into a file and returns what it wrote.
  static func step(_ body: (OutputSink) throws -> Void) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "noteaudit-shard-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try body(try OutputSink(file: path))
    return try String(contentsOfFile: path, encoding: .utf8)
  }

  static func analyze(_ envelopes: [String]) throws -> [NSDictionary] {
    let input = Array(envelopes.map { $0 + "\n" }.joined().utf8)
    return objects(
      try step {
        try ShardRun.analyze(
          input: .bytes(input), analyzer: analyzer, options: AuditOptions(workers: 2),
          report: ReportOptions(), inputOptions: InputOptions(), to: $0)
      })
  }

  /// How the map step stops on `input`, one worker: the failure it throws, nil when it runs to the
  /// end (another error is the test's).
  static func analyzeFailure(_ input: String) -> ShardRun.Failure? {
    do {
      _ = try step {
        try ShardRun.analyze(
          input: .bytes(Array(input.utf8)), analyzer: analyzer, options: AuditOptions(workers: 1),
          report: ReportOptions(), inputOptions: InputOptions(), to: $0)
      }
    } catch let error as ShardRun.Failure {
      return error
    } catch {
      Issue.record(error)
    }
    return nil
  }

  static func batch(_ facts: [NSDictionary]) throws -> [NSDictionary] {
    let lines = facts.map { json(["row": $0["row"]!, "facts": $0["facts"]!]) + "\n" }
    return objects(
      try step {
        try ShardRun.batch(
          input: .bytes(Array(lines.joined().utf8)), options: AuditOptions(workers: 2),
          report: ReportOptions(), to: $0)
      })
  }

  /// The bundled visits batch through `audit --format jsonl`: note lines, batch lines, summary.
  static func single() throws -> (notes: [String], batch: [NSDictionary], groups: [NSDictionary]) {
    let (_, report, _, _) = try AuditRunTests.run(
      NoteSource(path: NoteCheckTests.visits), options: AuditRunTests.options(.jsonl))
    let lines = report.split(separator: "\n").map(String.init)
    let notes = lines.filter { !$0.contains("\"batch\":{") && !$0.hasPrefix("{\"schema\"") }
    let batch = objects(
      lines.filter { $0.contains("\"batch\":{\"clones\"") }.joined(separator: "\n"))
    let summary = objects(lines.last ?? "").first?["summary"] as? NSDictionary
    return (notes, batch, summary?["clone_groups"] as? [NSDictionary] ?? [])
  }

  @Test func mapInTwoShardsThenBatchIsTheSingleMachineAudit() throws {
    let (notes, batch, groups) = try Self.single()
    let lines = try String(contentsOfFile: NoteCheckTests.visits, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let envelopes = lines.enumerated().map { n, line in
      Self.json(["row": n + 1, "source": NoteCheckTests.visits, "line": n + 1, "record": line])
    }
    // Two map processes, the second's lines first: the rows put them back in input order.
    let split = envelopes.count / 2
    let mapped =
      try Self.analyze(Array(envelopes[split...])) + Self.analyze(Array(envelopes[..<split]))
    #expect(mapped.count == 38)  // the file's last, empty line gives none
    let byRow = mapped.sorted { ($0["row"] as! Int) < ($1["row"] as! Int) }
    #expect(byRow.map { $0["report"] as? String ?? "" } == notes)
    #expect(
      byRow.map { $0["id"] as? String ?? "" } == notes.map { Self.objects($0)[0]["id"] as! String })
    let failing = byRow.filter { $0["passes"] as? Bool == false }.count
    #expect(failing == notes.filter { $0.contains("\"grade\":\"weak\"") }.count && failing > 0)

    let out = try Self.batch(mapped)
    #expect(out.filter { $0["batch"] != nil } == batch && batch.count == 9)
    #expect(out.compactMap { $0["clone_group"] as? NSDictionary } == groups && groups.count == 2)
  }

  /// Two nights of the bundled visits (the second repeating five of the first) through the map and
  /// batch steps with a history table's key and rows: the second night's batch lines and groups —
  /// its clones of first-night notes too — are those of `audit --history FILE` with the same key.
  @Test func twoNightsThroughTheStepsAreTwoNightsOfAuditHistory() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "noteaudit-history-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = folder.appendingPathComponent("audit.db").path
    let key = try #require(
      try FingerprintKey.load(keyPath: try HistorySession(path: store).store.keyPath))
    let history = ShardRun.History(key: key, ids: .plain)
    let lines = try String(contentsOfFile: NoteCheckTests.visits, encoding: .utf8)
      .split(separator: "\n").map(String.init)
    let nights = [Array(lines[..<20]), Array(lines[15...])]

    var expected: [NSDictionary] = []
    var earlier: [String] = []
    var got: [NSDictionary] = []
    for night in nights {
      let path = folder.appendingPathComponent("night.jsonl").path
      try (night.joined(separator: "\n") + "\n").write(
        toFile: path, atomically: true, encoding: .utf8)
      var options = AuditRunTests.options(.jsonl)
      options.history = try HistorySession(path: store)
      let (_, report, _, _) = try AuditRunTests.run(NoteSource(path: path), options: options)
      expected = Self.objects(report).filter { $0["batch"] != nil || $0["summary"] != nil }

      let envelopes = night.enumerated().map { n, line in
        Self.json(["row": n + 1, "source": path, "line": n + 1, "record": line])
      }
      let input = Array(envelopes.map { $0 + "\n" }.joined().utf8)
      let mapped = Self.objects(
        try Self.step {
          try ShardRun.analyze(
            input: .bytes(input), analyzer: Self.analyzer, options: AuditOptions(workers: 2),
            report: ReportOptions(), inputOptions: InputOptions(), history: history, to: $0)
        })
      let facts = mapped.map { Self.json(["row": $0["row"]!, "facts": $0["facts"]!]) }
      let out = Self.objects(
        try Self.step {
          try ShardRun.batch(
            input: .bytes(Array((facts + earlier).map { $0 + "\n" }.joined().utf8)),
            options: AuditOptions(workers: 2), report: ReportOptions(), history: history, to: $0)
        })
      got = out.filter { $0["batch"] != nil }
      let groups = out.compactMap { $0["clone_group"] as? NSDictionary }
      got.append(["summary": groups])
      // What the job appends to the table, read back by the next night as earlier rows.
      earlier += out.compactMap { line in
        (line["history"] ?? line["history_template"]).map {
          Self.json([line["history"] == nil ? "template" : "earlier": $0])
        }
      }
    }
    let summary = expected.removeLast()["summary"] as? NSDictionary
    expected.append(["summary": summary?["clone_groups"] ?? []])
    #expect(got == expected)
    let clones = got.compactMap { ($0["batch"] as? NSDictionary)?["clones"] as? [NSDictionary] }
    #expect(clones.joined().contains { $0["earlier_run"] as? Bool == true })
  }

  /// A history row that is not one `appendRow` wrote — band keys not the signature's, a short
  /// signature, a 64-bit value as a number — fails the step naming the line, never a crash.
  @Test func badHistoryRowsAreRefused() throws {
    let note = HistoricalFingerprint(
      noteID: "n1", noteKey: 1 << 63, patientKey: nil,
      date: ServiceDate(year: 2026, month: 3, day: 2),
      exactHash: 7, maskedHash: 8, simHash: 9, minHash: (0..<128).map { UInt32($0 * 977) })
    var buffer = ReportBuffer(capacity: 4096)
    note.appendRow(into: &buffer, ids: .plain)
    let row = try WireJSON.parse(buffer.withBytes { Array($0) })
    #expect(HistoricalFingerprint(row: row) == note)
    let text = String(decoding: buffer.withBytes { Array($0) }, as: UTF8.self)
    let broken = [
      text.replacing("\"band_keys\":[", with: "\"band_keys\":[1,"),
      text.replacing("\"min_hash\":[0,", with: "\"min_hash\":["),
      text.replacing("\"exact_hash\":\"7\"", with: "\"exact_hash\":7"),
    ]
    for line in broken {
      #expect(HistoricalFingerprint(row: try WireJSON.parse(Array(line.utf8))) == nil)
      #expect(throws: ShardRun.Failure.self) {
        _ = try Self.step {
          try ShardRun.batch(
            input: .bytes(Array("{\"earlier\":\(line)}\n".utf8)), options: AuditOptions(workers: 1),
            report: ReportOptions(),
            history: ShardRun.History(
              key: FingerprintKey(bytes: Array(repeating: 1, count: 32))!, ids: .plain), to: $0)
        }
      }
    }
  }

  /// A CSV row's cells by header read as `CSVReader` reads the same row: aliases, the compact
  /// `cpt` form, and the same error, naming the same place, for a bad cell.
  @Test func csvCellsAreReadAsTheCSVReaderReadsThem() throws {
    let csv = """
      Note ID,note_text,patient,DOS,cpt,visit
      n1,"Sit to stand x10 with CGA and verbal cues, 12 min. Pt tolerated well.",P1,2026-03-02,97530:1:12:GP,3
      n2,"Gait 150 ft x2 min A, 10 min.",P1,2026-03-04,,x

      """
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "noteaudit-shard-\(UUID().uuidString).csv"
    ).path
    try csv.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    var options = AuditRunTests.options(.jsonl)
    options.audit.clones = nil
    let (_, report, errors, _) = try AuditRunTests.run(NoteSource(path: path), options: options)

    let rows: [[String: String]] = [
      [
        "Note ID": "n1",
        "note_text": "Sit to stand x10 with CGA and verbal cues, 12 min. Pt tolerated well.",
        "patient": "P1", "DOS": "2026-03-02", "cpt": "97530:1:12:GP", "visit": "3",
      ],
      [
        "Note ID": "n2", "note_text": "Gait 150 ft x2 min A, 10 min.", "patient": "P1",
        "DOS": "2026-03-04", "cpt": "", "visit": "x",
      ],
    ]
    let mapped = try Self.analyze(
      rows.enumerated().map { n, fields in
        Self.json(["row": n, "source": path, "line": n + 2, "fields": fields])
      })
    #expect(mapped.map { $0["row"] as! Int } == [0, 1])
    #expect(mapped[0]["report"] as? String == report.split(separator: "\n").first.map(String.init))
    #expect(errors == ["\(path):3: \"visit\": expected a whole number, found \"x\""])
    #expect(
      mapped[1]["error"] as? String
        == "\(path):3: error: \"visit\": expected a whole number, found \"x\"")
  }

  /// A bad record is a line of its own and the step goes on; a line that is no envelope stops it
  /// with an error naming the line, because then the pipe itself is broken.
  @Test func badRecordsAreLinesAndABrokenEnvelopeFailsTheStep() throws {
    let good = Self.json([
      "row": 1, "source": "a.jsonl", "line": 1,
      "record": "{\"id\":\"a\",\"text\":\"Gait 150 ft min A.\"}",
    ])
    let bad = Self.json(["row": 2, "source": "a.jsonl", "line": 2, "record": "{\"id\":\"b\"}"])
    let blank = Self.json(["row": 3, "source": "a.jsonl", "line": 3, "record": "  "])
    let out = try Self.analyze([good, bad, blank])
    #expect(out.count == 2 && out[0]["id"] as? String == "a")
    #expect(out[1] == ["row": 2, "error": "a.jsonl:2: error: missing \"text\""])

    for broken in ["{\"row\": 4, \"record\": \"{}\"}", "not json", "{\"row\":5,\"source\":\"a\"}"] {
      let failure = Self.analyzeFailure(good + "\n" + broken + "\n" + bad + "\n")
      #expect(failure?.description.hasPrefix("stdin:2: ") == true, "\(broken)")
    }
  }

  /// The tab-separated envelope carries a JSON Lines record as read: every answer is the JSON
  /// envelope's, byte for byte — notes, a bad record, a blank record, a record ending in `\r`
  /// (counted against the line limit, as `audit` reading the file counts it), a source named with
  /// a tab and a quote; a line that is neither form stops the step naming it.
  @Test func tabSeparatedEnvelopesAnswerAsJSONEnvelopes() throws {
    let lines =
      try String(contentsOfFile: NoteCheckTests.visits, encoding: .utf8)
      .split(separator: "\n").prefix(6).map(String.init)
      + ["{\"id\":\"b\"}", "  ", "{\"id\":\"c\",\"text\":\"Gait 150 ft min A.\"}\r"]
    for source in ["visits.jsonl", "night\t\"7\".jsonl"] {
      let sourceJSON = Self.json([source])
      let quoted = String(sourceJSON.dropFirst().dropLast())
      for limit in [64 << 20, lines.last!.utf8.count - 1] {
        func answers(_ envelopes: [String]) throws -> String {
          let input = Array(envelopes.map { $0 + "\n" }.joined().utf8)
          return try Self.step {
            try ShardRun.analyze(
              input: .bytes(input), analyzer: Self.analyzer, options: AuditOptions(workers: 2),
              report: ReportOptions(), inputOptions: InputOptions(maxLineBytes: limit), to: $0)
          }
        }
        let json = try answers(
          lines.enumerated().map { n, line in
            Self.json(["row": 100 + n, "source": source, "line": n + 1, "record": line])
          })
        let separated = try answers(
          lines.enumerated().map { n, line in "\(100 + n)\t\(n + 1)\t\(quoted)\t\(line)" })
        #expect(separated == json)
        #expect(Self.objects(json).count == lines.count - 1)
        let last = Self.objects(json).last?["error"] as? String
        #expect((last?.contains("line of \(limit + 1) bytes exceeds") == true) == (limit < 1000))
      }
    }
    for broken in [
      "7\t1\t\"a\"", "7\tx\t\"a\"\t{}", "7\t1\ta\t{}", "99999999999999999999\t1\t\"a\"\t{}",
    ] {
      let failure = Self.analyzeFailure("\(broken)\n")
      #expect(failure?.description.hasPrefix("stdin:1: not a shard envelope") == true, "\(broken)")
    }
  }

  /// `--answers tabs` carries what the JSON answers carry: each line's row, small fields, facts and
  /// report (raw, byte for byte the JSON answer's `report`) — notes, a bad record with its error
  /// and no facts or report, a note with a tab and a newline in its text and id (`--include-text`
  /// keeps the text in the report, escaped, so the line still has exactly three tabs).
  @Test func tabSeparatedAnswersCarryTheJSONAnswers() throws {
    let lines =
      try String(contentsOfFile: NoteCheckTests.visits, encoding: .utf8)
      .split(separator: "\n").prefix(5).map(String.init)
      + [
        "{\"id\":\"b\"}",
        Self.json(["id": "t\tab\nid", "text": "Gait 150 ft\tmin A.\nPlan: continue."]),
      ]
    let input = Array(
      lines.enumerated().map { n, line in "\(n + 1)\t\(n + 1)\t\"v.jsonl\"\t\(line)\n" }.joined()
        .utf8)
    for report in [ReportOptions(), ReportOptions(includeText: true)] {
      func answers(_ form: ShardRun.Answers) throws -> String {
        try Self.step {
          try ShardRun.analyze(
            input: .bytes(input), analyzer: Self.analyzer, options: AuditOptions(workers: 2),
            report: report, inputOptions: InputOptions(), answers: form, to: $0)
        }
      }
      let json = Self.objects(try answers(.json))
      let tabs = try answers(.tabSeparated).split(separator: "\n", omittingEmptySubsequences: false)
      #expect(tabs.last == "" && tabs.count == json.count + 1)
      for (line, expected) in zip(tabs, json) {
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(cells.count == 4)
        guard cells.count == 4 else { continue }
        let object = try #require(
          Self.objects(cells[1]).first?.mutableCopy() as? NSMutableDictionary)
        object["row"] = Int(cells[0])
        if !cells[2].isEmpty { object["facts"] = cells[2] }
        if !cells[3].isEmpty { object["report"] = cells[3] }
        #expect(object == expected)
        #expect((expected["error"] != nil) == (cells[2].isEmpty && cells[3].isEmpty))
      }
      let texts = json.filter { ($0["report"] as? String)?.contains("\\tmin A.\\nPlan") == true }
      #expect(texts.count == (report.includeText ? 1 : 0))
    }
  }

  /// Base64 written into a report buffer, quoted or not, and `Base64.encode` (one encoder) are
  /// Foundation's base64 at every length mod 3.
  @Test func quotedBase64IsBase64Encoded() {
    var random = SystemRandomNumberGenerator()
    for count in 0..<40 {
      let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
      let expected = Data(bytes).base64EncodedString()
      var buffer = ReportBuffer()
      buffer.append(",\"facts\":", quotedBase64: bytes)
      buffer.append("\t", base64: bytes)
      #expect(buffer.string == ",\"facts\":\"" + expected + "\"\t" + expected)
      #expect(Base64.encode(bytes) == expected)
    }
  }

  /// Facts cross a process boundary: they read back as written, and bytes that are not facts
  /// (cut short, altered) are refused, never a crash.
  @Test func factsReadBackAndCorruptFactsAreRefused() throws {
    let lines = try String(contentsOfFile: NoteCheckTests.visits, encoding: .utf8)
      .split(separator: "\n").prefix(5).enumerated().map { n, line in
        Self.json(["row": n, "source": "v", "line": n + 1, "record": String(line)])
      }
    for note in try Self.analyze(lines) {
      let bytes = Base64.decode(note["facts"] as! String)!
      let facts = try #require(BatchFacts(encoded: bytes))
      #expect(facts.encoded() == bytes && facts.clone != nil && facts.visit?.cpt.isEmpty == false)
      for cut in stride(from: 0, to: bytes.count, by: 7) {
        #expect(BatchFacts(encoded: Array(bytes[..<cut])) == nil)
      }
      var random = SystemRandomNumberGenerator()
      for _ in 0..<200 {
        var altered = bytes
        altered[Int.random(in: 0..<altered.count, using: &random)] ^= UInt8.random(
          in: 1...255, using: &random)
        _ = BatchFacts(encoded: altered)
      }
    }
  }
}
