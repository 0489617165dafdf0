#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation
import Testing

@testable import NoteAudit

/// Reads every item of an in-memory input.
private func read(_ text: String, _ format: InputFormat, options: InputOptions = InputOptions())
  -> [InputItem]
{
  Array(NoteSource(bytes: Array(text.utf8), name: "in", format: format, options: options))
}

private func records(_ items: [InputItem]) -> [NoteRecord] {
  items.compactMap { try? $0.get() }
}

private func errors(_ items: [InputItem]) -> [String] {
  items.compactMap {
    if case .failure(let e) = $0 { return e.description }
    return nil
  }
}

/// A fresh temporary folder, removed by the caller.
private func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "noteaudit-input-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

@Suite struct InputJSONLTests {
  @Test func readsAllFieldsAndSkipsUnknownOnes() throws {
    let line = #"""
      {"id": 1042, "extra": {"a": [1, {"b": null}, "x"], "c": true}, "text": "Pt did sit to stand", "patient_id": "P1", "date": "2026-03-04T10:02:00Z", "discipline": "PT", "visit": 7, "provider": "Lee", "clinic": "North", "payer": "Medicare", "cpt": [{"code": "97530", "units": 2, "minutes": 25, "modifiers": ["GP", "59"], "charge": 61.5, "note": {"x": 1}}, {"code": 97110}]}
      """#
    let items = read(line, .jsonl)
    let r = try #require(records(items).first)
    #expect(items.count == 1)
    #expect(r.id == "1042")
    #expect(r.text == "Pt did sit to stand")
    #expect(r.patientID == "P1")
    #expect(r.date == ServiceDate(year: 2026, month: 3, day: 4))
    #expect(
      r.discipline == "PT" && r.visit == 7 && r.provider == "Lee" && r.clinic == "North"
        && r.payer == "Medicare")
    #expect(
      r.cpt == [
        BilledService(code: "97530", units: 2, minutes: 25, modifiers: ["GP", "59"], charge: 61.5),
        BilledService(code: "97110"),
      ])
    #expect(r.origin == RecordOrigin(file: "in", line: 1))
    #expect(!r.truncated && !r.invalidUTF8)
  }

  @Test func decodesEscapesAndSurrogatePairs() throws {
    let items = read(
      #"{"id":"a","text":"q\"b\\s\/n\nt\tr\rbf\b\f é=\u00e9 😀=\ud83d\ude00 \u0041"}"#, .jsonl)
    let r = try #require(records(items).first)
    #expect(r.text == "q\"b\\s/n\nt\tr\rbf\u{8}\u{c} é=é 😀=😀 A")
    #expect(!r.invalidUTF8)
  }

  @Test func replacesLoneSurrogatesAndInvalidUTF8WithAFlag() throws {
    let lone = try #require(records(read(#"{"id":"a","text":"x\ud83dy \ude00z"}"#, .jsonl)).first)
    #expect(lone.text == "x\u{FFFD}y \u{FFFD}z")
    #expect(lone.invalidUTF8)
    var bytes = Array(#"{"id":"a","text":"ab"#.utf8)
    bytes += [0xFF, 0xC3]
    bytes += Array(#"cd","provider":"p\#u{e9}"}"#.utf8)
    let bad = try #require(
      records(Array(NoteSource(bytes: bytes, name: "in", format: .jsonl))).first)
    #expect(bad.text == "ab\u{FFFD}\u{FFFD}cd")
    #expect(bad.provider == "pé")
    #expect(bad.invalidUTF8)
  }

  @Test func skipsBlankLinesAndCountsLines() {
    let items = read(
      "\n{\"id\":\"a\",\"text\":\"x\"}\r\n  \n\t\n{\"id\":\"b\",\"text\":\"y\"}", .jsonl)
    #expect(records(items).map(\.id) == ["a", "b"])
    #expect(records(items).map { $0.origin.line } == [2, 5])
  }

  @Test(arguments: [
    (#"{"id":"a","text":"x""#, "in:1: invalid JSON at column 21: expected ',' or '}'"),
    (#"{"id":"a" "text":"x"}"#, "in:1: invalid JSON at column 11: expected ',' or '}'"),
    (#"{"id":"a","text":"x",}"#, "in:1: invalid JSON at column 22: expected a key in quotes"),
    (
      #"{"id":"a","text":"x"} x"#,
      "in:1: invalid JSON at column 23: unexpected text after the record"
    ),
    (#"{"id":"a","text":"x","n":01}"#, "in:1: invalid JSON at column 26: leading zero in a number"),
    (#"{"id":"a","text":"\q"}"#, "in:1: invalid JSON at column 19: invalid escape"),
    (
      #"{"id":"a","text":"\u12"}"#,
      "in:1: invalid JSON at column 21: expected four hex digits after \\u"
    ),
    (#"{"id":"a","text":"abc"#, "in:1: invalid JSON at column 22: unterminated string"),
    (#"["id"]"#, "in:1: invalid JSON at column 1: expected a record object '{'"),
    (#"{"id":"a"}"#, "in:1: missing \"text\""),
    (#"{"id":"a","text":null}"#, "in:1: missing \"text\""),
    (#"{"text":"x"}"#, "in:1: missing \"id\""),
    (
      #"{"id":"a","text":"x","date":"2026-02-30"}"#,
      "in:1: bad date \"2026-02-30\": expected an ISO 8601 date (YYYY-MM-DD)"
    ),
    (
      #"{"id":"a","text":"x","visit":"seven"}"#,
      "in:1: \"visit\" (column 30): expected a whole number"
    ),
    (#"{"id":"a","text":5}"#, "in:1: \"text\" (column 18): expected a string"),
    (
      #"{"id":"a","text":"x","cpt":[{"units":2}]}"#,
      "in:1: \"cpt[1]\" (column 29): missing \"code\""
    ),
  ])
  func reportsMalformedRecords(line: String, message: String) {
    #expect(errors(read(line + "\n" + #"{"id":"ok","text":"y"}"#, .jsonl)) == [message])
    #expect(records(read(line + "\n" + #"{"id":"ok","text":"y"}"#, .jsonl)).map(\.id) == ["ok"])
  }

  @Test func limitsNesting() {
    let deep = String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
    let items = read(#"{"id":"a","text":"x","u":"# + deep + "}", .jsonl)
    #expect(errors(items) == ["in:1: invalid JSON at column 89: nested deeper than 64 levels"])
    let ok = String(repeating: "[", count: 60) + String(repeating: "]", count: 60)
    #expect(records(read(#"{"id":"a","text":"x","u":"# + ok + "}", .jsonl)).count == 1)
  }

  @Test func truncatesLongTextAtACharacterBoundary() throws {
    let r = try #require(
      records(read(#"{"id":"a","text":"abcé€x"}"#, .jsonl, options: InputOptions(maxNoteBytes: 4)))
        .first)
    #expect(r.text == "abc")
    #expect(r.truncated)
    let fits = try #require(
      records(read(#"{"id":"a","text":"abcé"}"#, .jsonl, options: InputOptions(maxNoteBytes: 5)))
        .first)
    #expect(fits.text == "abcé" && !fits.truncated)
  }

  @Test func skipsOverlongLinesAcrossBuffersAndKeepsReading() throws {
    let huge = #"{"id":"big","text":""# + String(repeating: "x", count: 10_000) + #""}"#
    let text = #"{"id":"a","text":"1"}"# + "\n" + huge + "\n" + #"{"id":"b","text":"2"}"# + "\n"
    let reader = JSONLReader(
      stream: ByteStream(bytes: Array(text.utf8)), file: "f.jsonl",
      options: InputOptions(maxLineBytes: 100))
    var items: [InputItem] = []
    while let item = reader.next() { items.append(item) }
    #expect(records(items).map(\.id) == ["a", "b"])
    #expect(
      errors(items) == ["f.jsonl:2: line of 10022 bytes exceeds the 100-byte line limit; skipped"])

    let url = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: url) }
    let file = url.appendingPathComponent("n.jsonl").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    let fd = open(file, O_RDONLY)
    let small = JSONLReader(
      stream: ByteStream(fd: fd, ownsFD: true, chunkSize: 16), file: "f.jsonl",
      options: InputOptions(maxLineBytes: 100))
    var fromFile: [InputItem] = []
    while let item = small.next() { fromFile.append(item) }
    #expect(records(fromFile).map(\.id) == ["a", "b"])
    #expect(errors(fromFile) == errors(items))
  }

  /// The string scanner skips eight bytes at a time: a quote or an escape at any place of a
  /// word, and strings shorter than a word, still decode exactly.
  @Test func decodesEscapesAtEveryPlaceOfAWord() throws {
    for length in 0..<20 {
      for place in 0...length {
        var text = String(repeating: "a", count: length)
        text.insert(contentsOf: "\"\\\n", at: text.index(text.startIndex, offsetBy: place))
        let escaped = text.map {
          $0 == "\"" ? #"\""# : $0 == "\\" ? #"\\"# : $0 == "\n" ? #"\n"# : String($0)
        }.joined()
        let r = try #require(
          records(read(#"{"id":"x\#(length)","text":"\#(escaped)"}"#, .jsonl)).first)
        #expect(r.text == text)
        #expect(r.id == "x\(length)")
      }
    }
  }

  @Test func readsRecordsSpanningBufferRefills() throws {
    let url = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: url) }
    let file = url.appendingPathComponent("n.jsonl").path
    let lines = (0..<200).map {
      #"{"id":"r\#($0)","text":"note \#(String(repeating: "é", count: $0 % 37))"}"#
    }
    try Data((lines.joined(separator: "\n")).utf8).write(to: URL(fileURLWithPath: file))
    let reader = JSONLReader(
      stream: ByteStream(fd: open(file, O_RDONLY), ownsFD: true, chunkSize: 16), file: file,
      options: InputOptions())
    var ids: [String] = []
    var texts: [String] = []
    while let item = reader.next() {
      let r = try item.get()
      ids.append(r.id)
      texts.append(r.text)
    }
    #expect(ids == (0..<200).map { "r\($0)" })
    #expect(texts[36] == "note " + String(repeating: "é", count: 36))
    #expect(Array(NoteSource(path: file)).count == 200)
  }
}

@Suite struct InputCSVTests {
  @Test func readsQuotedMultilineFieldsWithBOMAndCRLF() throws {
    let csv =
      "\u{FEFF}ID, Text ,visit,cpt,ignored,date\r\n"
      + "1,\"Pt said \"\"ok\"\", then, walked\r\nline two\",3,97530:2:25:GP;97110:1:10:GP|59,zz,2026-01-05\r\n"
      + "\r\n"
      + "2,plain,,\"[{\"\"code\"\":\"\"97112\"\",\"\"units\"\":1}]\",,\r\n"
      + "3,\"\",,,,"
    let items = read(csv, .csv)
    #expect(errors(items) == [])
    let rs = records(items)
    #expect(rs.map(\.id) == ["1", "2", "3"])
    #expect(rs.map { $0.origin.line } == [2, 5, 6])
    #expect(rs[0].text == "Pt said \"ok\", then, walked\r\nline two")
    #expect(rs[0].visit == 3)
    #expect(rs[0].date == ServiceDate(year: 2026, month: 1, day: 5))
    #expect(
      rs[0].cpt == [
        BilledService(code: "97530", units: 2, minutes: 25, modifiers: ["GP"]),
        BilledService(code: "97110", units: 1, minutes: 10, modifiers: ["GP", "59"]),
      ])
    #expect(
      rs[1].text == "plain" && rs[1].visit == nil
        && rs[1].cpt == [BilledService(code: "97112", units: 1)])
    #expect(rs[2].text == "" && rs[2].date == nil)
  }

  @Test func reportsAnUnbalancedQuoteAndReadsTheRest() {
    let atEnd = read("id,text\n1,ok\n2,\"never closed\n3,fine\n", .csv)
    #expect(
      errors(atEnd) == [
        "in:3: unbalanced quote: the quoted field opened on this line never closes; record skipped, reading resumes on the next line"
      ])
    #expect(records(atEnd).map(\.id) == ["1", "3"])
    let paired = read("id,text\n1,ok\n2,\"stray\n3,fine\n4,\"quoted\"\n", .csv)
    #expect(
      errors(paired) == [
        "in:3: unbalanced quote: the quoted field opened on this line closes on line 5 before more text; record skipped, reading resumes on the next line"
      ])
    #expect(records(paired).map(\.id) == ["1", "3", "4"])
    #expect(records(paired).map { $0.origin.line } == [2, 4, 5])
    let tooLong = read(
      "id,text\n1,\"open\n" + String(repeating: "\n", count: 100) + "2,ok\n", .csv,
      options: InputOptions(maxLineBytes: 50))
    #expect(
      errors(tooLong).first?.hasPrefix(
        "in:2: unbalanced quote: the quoted field opened on this line runs past the 50-byte record limit"
      ) == true)
    #expect(records(tooLong).map(\.id) == ["2"])
    #expect(errors(tooLong).count == 1)
  }

  @Test func reportsTextAfterAClosingQuote() {
    let items = read("id,text\n1,\"a\"b\n2,ok\n", .csv)
    #expect(
      errors(items) == [
        "in:2: unexpected character after a closing quote (a stray quote inside a field?); record skipped"
      ])
    #expect(records(items).map(\.id) == ["2"])
  }

  @Test func reportsBadRowsAndHeaders() {
    #expect(
      errors(read("id,comment\n1,x\n", .csv)) == [
        "in:1: the CSV header has no \"text\" column (nor note, note_text, body, narrative, transcription, documentation)"
      ])
    let items = read("id,text,visit,cpt\n1,a,b\n2,x,1,2,3\n3,y,,97530:x\n4,z,,:1\n5,w\n", .csv)
    #expect(
      errors(items) == [
        "in:2: \"visit\": expected a whole number, found \"b\"",
        "in:3: 5 fields but the header has 4 (an unquoted comma?)",
        "in:4: \"cpt\" item 1 \"97530:x\": units must be a whole number",
        "in:5: \"cpt\" item 1 \":1\": missing code",
      ])
    #expect(records(items).map(\.id) == ["5"])
  }

  @Test func skipsAnOverlongRecord() {
    let csv = "id,text\n1," + String(repeating: "x", count: 500) + "\n2,ok\n"
    let items = read(csv, .csv, options: InputOptions(maxLineBytes: 100))
    #expect(errors(items) == ["in:2: record exceeds the 100-byte limit; skipped"])
    #expect(records(items).map(\.id) == ["2"])
  }
}

@Suite struct InputTextTests {
  @Test func walksAFolderInByteOrderAndReportsWhatCannotBeRead() throws {
    let url = try temporaryFolder()
    defer {
      chmod(url.appendingPathComponent("locked.txt").path, 0o644)
      try? FileManager.default.removeItem(at: url)
    }
    let fm = FileManager.default
    for dir in ["a", "a/deep", "B"] {
      try fm.createDirectory(at: url.appendingPathComponent(dir), withIntermediateDirectories: true)
    }
    for (name, text) in [
      ("a/b.txt", "ab"), ("a-c.txt", "ac"), ("a/deep/z.TXT", "z"), ("B/x.txt", "bx"),
      ("skip.md", "no"),
      ("locked.txt", "secret"),
    ] {
      try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }
    try fm.createSymbolicLink(
      atPath: url.appendingPathComponent("a/deep/up").path, withDestinationPath: "../..")
    try fm.createSymbolicLink(
      atPath: url.appendingPathComponent("self.txt").path, withDestinationPath: "self.txt")
    chmod(url.appendingPathComponent("locked.txt").path, 0)
    let rootCanRead = access(url.appendingPathComponent("locked.txt").path, R_OK) == 0

    let items = Array(NoteSource(path: url.path + "/"))
    let root = url.path
    var expected: [String] = [
      "ok B/x.txt bx", "ok a-c.txt ac", "ok a/b.txt ab",
      "error \(root)/a/deep/up: symbolic link loop: leads back to \(root); skipped",
      "ok a/deep/z.TXT z",
      "ok locked.txt secret",
      "error \(root)/self.txt: symbolic link loop; skipped",
    ]
    if !rootCanRead { expected[5] = "error \(root)/locked.txt: cannot open: Permission denied" }
    let seen = items.map { item -> String in
      switch item {
      case .success(let r): "ok \(r.id) \(r.text)"
      case .failure(let e): "error \(e)"
      }
    }
    #expect(seen == expected)
    #expect(records(items).first?.origin == RecordOrigin(file: "\(root)/B/x.txt"))
  }

  @Test func readsASingleFileAsOneNoteUpToTheLimit() throws {
    let url = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: url) }
    let file = url.appendingPathComponent("note.txt").path
    try Data(("ab€" + String(repeating: "y", count: 100_000)).utf8).write(
      to: URL(fileURLWithPath: file))
    let items = Array(NoteSource(path: file, options: InputOptions(maxNoteBytes: 4)))
    let r = try #require(records(items).first)
    #expect(items.count == 1 && r.id == file && r.text == "ab" && r.truncated)
    #expect(
      errors(Array(NoteSource(path: url.appendingPathComponent("none.txt").path))) == [
        "\(url.path)/none.txt: cannot open: No such file or directory"
      ])
    #expect(
      errors(Array(NoteSource(path: url.path, format: .jsonl))) == [
        "\(url.path): is a folder; jsonl input must be a file"
      ])
  }

  @Test func infersTheFormat() {
    #expect(InputFormat(inferringFrom: "a/b.JSONL") == .jsonl)
    #expect(InputFormat(inferringFrom: "x.ndjson") == .jsonl)
    #expect(InputFormat(inferringFrom: "x.csv") == .csv)
    #expect(InputFormat(inferringFrom: "notes/") == .text)
    #expect(InputFormat(inferringFrom: "-") == .text)
    #expect(InputFormat(name: "NDJSON") == .jsonl && InputFormat(name: "xml") == nil)
  }

  @Test func flagsInvalidUTF8InATextNote() throws {
    let r = try #require(
      records(Array(NoteSource(bytes: [0x61, 0xC0, 0xAF, 0x62], name: "t", format: .text))).first)
    #expect(r.text == "a\u{FFFD}\u{FFFD}b" && r.invalidUTF8 && r.id == "t")
  }
}

@Suite struct CSVHeaderAliasTests {
  @Test func exportColumnNamesAreRecognised() throws {
    let csv = "Sample ID,Transcription,MRN,Date of Service\n7,\"Pt amb 150 ft\",P1,2026-03-04\n"
    let items = Array(NoteSource(bytes: Array(csv.utf8), name: "export.csv", format: .csv))
    let record = try #require(try items.first?.get())
    #expect(record.id == "7")
    #expect(record.text == "Pt amb 150 ft")
    #expect(record.patientID == "P1")
    #expect(record.date == ServiceDate(year: 2026, month: 3, day: 4))
  }
}
