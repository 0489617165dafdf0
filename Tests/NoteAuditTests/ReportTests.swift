import Foundation
import Testing

@testable import NoteAudit

/// Analyses built by hand (the analyzer is not needed to test the reports).
enum ReportFixtures {
  static let text = "Pt performed sit-to-stand x10 with CGA.\nTolerated well, continue per POC.\n"

  static func evidence(_ text: String, in note: String = ReportFixtures.text, entry: String = "")
    -> Evidence
  {
    let bytes = Array(note.utf8)
    let needle = Array(text.utf8)
    var start = 0
    for i in 0...max(0, bytes.count - needle.count)
    where Array(bytes[i..<min(bytes.count, i + needle.count)]) == needle {
      start = i
      break
    }
    let line = bytes[..<start].filter { $0 == 0x0A }.count + 1
    let lineStart = bytes[..<start].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let column = String(decoding: bytes[lineStart..<start], as: UTF8.self).unicodeScalars.count + 1
    return Evidence(
      text: text,
      span: SourceSpan(start: start, end: start + needle.count, line: line, column: column),
      entryID: entry)
  }

  /// An adequate note: task, assist level and minutes present; one vague phrase.
  static var adequate: NoteAnalysis {
    let vague = evidence("Tolerated well", entry: "vague.tolerated-well")
    var note = NoteAnalysis(
      id: "notes/a.txt", score: 72, grade: .adequate,
      elements: [
        .functionalTask: ElementResult(evidence: [
          evidence("sit-to-stand", entry: "task.sit-to-stand")
        ]),
        .assistLevel: ElementResult(evidence: [evidence("CGA", entry: "assist.cga")]),
        .timedMinutes: ElementResult(evidence: [evidence("x10")], values: [10]),
      ],
      vaguePhrases: [vague],
      codeFit: CodeFit(best: "97530", scores: ["97530": 0.8, "97110": 0.25]),
      findings: [
        Finding(
          rule: .cueingMissing, severity: .warning, message: "no cueing documented",
          suggestion: "State the cueing, e.g. 'min verbal cues for hand placement'"),
        Finding(
          rule: .vaguePhrase, severity: .warning, message: "vague phrase 'Tolerated well'",
          suggestion: "Say how the patient responded", span: vague.span),
      ],
      byteCount: text.utf8.count)
    note.provider = "Lee, PT"
    note.clinic = "North"
    note.patientID = "P1"
    return note
  }

  /// What a batch found about the adequate note: a clone and its finding.
  static let batch = [
    BatchNote(
      id: "notes/a.txt",
      clones: [
        CloneMatch(
          other: "notes/b.txt", similarity: 0.9712, kind: .copyForward,
          detail: "only numbers changed")
      ],
      findings: [
        Finding(
          rule: .cloneCopyForward, severity: .error,
          message: "is copied forward from 'notes/b.txt': 97% similar (only numbers changed)",
          suggestion: "Write today's note from today's session.")
      ])
  ]

  static var weak: NoteAnalysis {
    NoteAnalysis(
      id: "notes/b.txt", score: 20, grade: .weak, elements: [:], vaguePhrases: [],
      codeFit: CodeFit(best: "97110", scores: ["97110": 0.5]),
      findings: [
        Finding(
          rule: .functionalTaskMissing, severity: .error, message: "no functional task",
          suggestion: "Name the task")
      ], byteCount: 10)
  }
}

@Suite struct ReportBufferTests {
  func rendered(_ body: (inout ReportBuffer) -> Void) -> String {
    var b = ReportBuffer()
    body(&b)
    return b.string
  }

  @Test(arguments: [
    ("plain", "\"plain\""),
    ("say \"hi\"", "\"say \\\"hi\\\"\""),
    ("a\\b", "\"a\\\\b\""),
    ("line\nnext\r\ttab", "\"line\\nnext\\r\\ttab\""),
    ("\u{01}\u{1F}", "\"\\u0001\\u001f\""),
    ("café ✓", "\"café ✓\""),
    ("<b>&</b>", "\"<b>&</b>\""),
  ])
  func jsonEscaping(input: String, expected: String) {
    #expect(rendered { $0.append(jsonString: input) } == expected)
  }

  @Test func htmlSafeJSONCannotCloseAScriptElement() {
    var b = ReportBuffer()
    b.append(jsonString: "</script><!-- & \u{2028}", htmlSafe: true)
    #expect(b.string == "\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\"")
  }

  @Test func invalidUTF8IsRepairedNotPassedThrough() {
    let repaired = String(decoding: [0x61, 0xFF, 0xC3, 0x62], as: UTF8.self)
    var b = ReportBuffer()
    b.append(jsonString: repaired)
    #expect(b.bytes == Array("\"a\u{FFFD}\u{FFFD}b\"".utf8))
  }

  @Test(arguments: [
    ("a<b & \"c\" 'd'", "a&lt;b &amp; &quot;c&quot; &#39;d&#39;"),
    ("</script>", "&lt;/script&gt;"),
    ("naïve", "naïve"),
  ])
  func htmlEscaping(input: String, expected: String) {
    #expect(rendered { $0.append(html: input) } == expected)
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
    ("+1", "'+1"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"),
    ("a=b", "a=b"),
    ("", ""),
    ("ü", "ü"),
  ])
  func csvFieldQuotingAndFormulaInjection(input: String, expected: String) {
    #expect(rendered { $0.append(csvField: input) } == expected)
  }

  @Test(arguments: [
    (0.0, "0"), (1.0, "1"), (0.9712, "0.9712"), (0.97125, "0.9713"), (0.5, "0.5"), (-0.25, "-0.25"),
    (72.0, "72"), (1.0e-9, "0"), (Double.nan, "0"), (Double.infinity, "0"), (123456.7, "123456.7"),
    (1e300, "9000000000000000"), (-1e300, "-9000000000000000"),
  ])
  func decimalsAreDeterministicAndValidJSON(value: Double, expected: String) {
    #expect(rendered { $0.append(decimal: value) } == expected)
  }

  @Test(arguments: [0, 7, -42, 1_000_000, Int.max, Int.min])
  func integers(value: Int) {
    var b = ReportBuffer()
    b.append(int: value)
    #expect(b.string == String(value))
  }

  /// Context snippets collapse each run of whitespace to one space wherever it falls among the
  /// eight-byte words the escaper skips through (a space last in a word, a run across two).
  @Test func snippetsCollapseWhitespaceRunsAnywhere() {
    for text in [
      "abcdefg  hijklmn", "abcdefg hijklmnop", "abcdef \n ghijklmnopq", "a b c d e f g h i j k",
      "abcdefgh\t\tijklmnop  ", "       x", "x       ", "abcdefg \"quoted\"  end\\",
    ] {
      var b = ReportBuffer()
      let note = NoteText(text)
      b.append(jsonSnippet: 0..<note.utf8.count, of: note)
      var collapsed = ""
      var space = false
      for c in text {
        if c == " " || c == "\n" || c == "\t" {
          space = true
          continue
        }
        if space { collapsed += " " }
        space = false
        collapsed += c == "\"" ? "\\\"" : c == "\\" ? "\\\\" : String(c)
      }
      if space { collapsed += " " }
      #expect(b.string == "\"\(collapsed)\"", "\(text.debugDescription)")
    }
  }

  @Test func markdownCellsCannotBreakTheTable() {
    var b = ReportBuffer()
    b.append(markdownCell: "a|b\n<x>*y*")
    #expect(b.string == "a\\|b \\<x\\>\\*y\\*")
  }
}

@Suite struct ReportWriterTests {
  static var report: AuditReport {
    var summary = AuditSummary()
    summary.add(ReportFixtures.adequate)
    summary.add(ReportFixtures.weak)
    summary.add(
      error: InputError(
        origin: RecordOrigin(file: "in.jsonl", line: 17), message: "record has no \"text\""))
    summary.count(ReportFixtures.batch)
    summary.cloneGroups = [
      CloneGroup(
        id: "G1", kind: .copyForward, members: ["notes/a.txt", "notes/b.txt"], similarity: 0.9712)
    ]
    return AuditReport(
      notes: [ReportFixtures.adequate, ReportFixtures.weak], batch: ReportFixtures.batch,
      summary: summary)
  }

  @Test func textIsCompilerStyleWithSuggestionsAndVerdict() {
    let out = String(
      decoding: AuditReport(notes: [ReportFixtures.adequate]).rendered(as: .text), as: UTF8.self)
    let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      lines == [
        "notes/a.txt:2:1: warning: vague phrase 'Tolerated well' [vague.phrase]",
        "  suggestion: Say how the patient responded",
        "notes/a.txt: warning: no cueing documented [element.cueing.missing]",
        "  suggestion: State the cueing, e.g. 'min verbal cues for hand placement'",
        "notes/a.txt: adequate (score 72/100) — missing: cueing, goal linkage, objective measure, patient response, "
          + "skilled intervention",
        "",
      ])
  }

  /// What the batch found follows the notes as more diagnostics, before the summary.
  @Test func textBatchFindingsFollowTheNotes() throws {
    let out = String(decoding: Self.report.rendered(as: .text), as: UTF8.self)
    let verdict = try #require(out.range(of: "notes/b.txt: weak (score 20/100)"))
    let batch = try #require(
      out.range(
        of:
          "notes/a.txt: error: is copied forward from 'notes/b.txt': 97% similar (only numbers changed) "
          + "[clone.copy-forward]\n  suggestion: Write today's note from today's session.\n"))
    let summary = try #require(out.range(of: "\nSummary: 2 notes"))
    #expect(verdict.upperBound <= batch.lowerBound && batch.upperBound <= summary.lowerBound)
  }

  @Test func textColourOnlyWhenAsked() {
    let plain = AuditReport(notes: [ReportFixtures.weak]).rendered(as: .text)
    let coloured = AuditReport(notes: [ReportFixtures.weak]).rendered(
      as: .text, options: ReportOptions(useColor: true))
    #expect(!plain.contains(0x1B))
    #expect(String(decoding: coloured, as: UTF8.self).contains("\u{1B}[1;31merror:\u{1B}[0m"))
  }

  @Test func textSummaryForABatch() {
    let out = String(decoding: Self.report.rendered(as: .text), as: UTF8.self)
    #expect(out.contains("\nSummary: 2 notes, mean score 46 — strong 0, adequate 1, weak 1\n"))
    #expect(out.contains("Vague phrases: 'tolerated well' 1\n"))
    #expect(out.contains("  G1 copy_forward (97%): notes/a.txt, notes/b.txt\n"))
    #expect(out.contains("Input errors: 1\n  in.jsonl:17: record has no \"text\"\n"))
  }

  @Test func jsonFollowsTheSchemaAndParses() throws {
    let bytes = Self.report.rendered(as: .json)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    #expect(root["schema"] as? String == "noteaudit/3")
    let notes = try #require(root["notes"] as? [[String: Any]])
    #expect(notes.count == 2)
    let first = notes[0]
    #expect(first["id"] as? String == "notes/a.txt")
    #expect(first["score"] as? Int == 72)
    #expect(first["grade"] as? String == "adequate")
    #expect(first["patient_id"] as? String == "P1")
    // Only the elements found, each with its first piece of evidence: words and byte offsets.
    let elements = try #require(first["elements"] as? [String: [[String: Any]]])
    #expect(Set(elements.keys) == ["functional_task", "timed_minutes", "assist_level"])
    let cga = try #require(elements["assist_level"]?.first)
    #expect(
      cga.count == 3 && cga["text"] as? String == "CGA" && cga["start"] as? Int == 35
        && cga["end"] as? Int == 38)
    #expect(first["minutes"] as? [Int] == [10])
    #expect(first["more_evidence"] == nil)
    let fit = try #require(first["code_fit"] as? [String: Any])
    #expect(fit["best"] as? String == "97530")
    #expect(fit["scores"] as? [String: Double] == ["97110": 0.25, "97530": 0.8])
    #expect(fit["evidence"] == nil)
    let findings = try #require(first["findings"] as? [[String: Any]])
    #expect(findings.map { $0["rule"] as? String } == ["element.cueing.missing", "vague.phrase"])
    #expect(findings[0]["span"] == nil && findings[0]["suggestion"] == nil)
    #expect((findings[1]["span"] as? [String: Int])?["line"] == 2)
    #expect(first["clones"] == nil)
    #expect(first["text"] == nil)

    // What the batch found: after the notes, naming the note.
    let batch = try #require((root["batch"] as? [String: Any])?["notes"] as? [[String: Any]])
    #expect(batch.map { $0["id"] as? String } == ["notes/a.txt"])
    let clones = try #require(batch[0]["clones"] as? [[String: Any]])
    #expect(clones.first?["similarity"] as? Double == 0.9712)
    #expect(clones.first?["kind"] as? String == "copy_forward")
    #expect(
      (batch[0]["findings"] as? [[String: Any]])?.map { $0["rule"] as? String } == [
        "clone.copy-forward"
      ])

    let summary = try #require(root["summary"] as? [String: Any])
    #expect(summary["notes"] as? Int == 2)
    #expect(summary["grades"] as? [String: Int] == ["strong": 0, "adequate": 1, "weak": 1])
    #expect((summary["missing_elements"] as? [String: Int])?["cueing"] == 2)
    #expect((summary["findings_by_rule"] as? [String: Int])?["clone.copy-forward"] == 1)
    #expect((summary["by_provider"] as? [String: [String: Any]])?["Lee, PT"]?["notes"] as? Int == 1)
    #expect(
      (summary["clone_groups"] as? [[String: Any]])?.first?["members"] as? [String] == [
        "notes/a.txt", "notes/b.txt",
      ])
    #expect(summary["elapsed_seconds"] == nil)
    let errors = try #require(root["errors"] as? [[String: Any]])
    #expect(errors.first?["line"] as? Int == 17)
  }

  @Test func jsonIsByteIdenticalAcrossRuns() {
    #expect(Self.report.rendered(as: .json) == Self.report.rendered(as: .json))
  }

  @Test func jsonKeysComeInTheDocumentedOrder() {
    let out = String(
      decoding: AuditReport(notes: [ReportFixtures.weak]).rendered(as: .json), as: UTF8.self)
    #expect(
      out.hasPrefix(
        "{\"schema\":\"noteaudit/3\",\"notes\":[\n{\"id\":\"notes/b.txt\",\"score\":20,\"grade\":\"weak\",\"elements\":"
          + "{},\"code_fit\":{\"best\":\"97110\",\"scores\":{\"97110\":0.5}},\"findings\":[{\"rule\":"
      ))
    #expect(
      out.contains(
        "\"message\":\"no functional task\"}]}\n],\n\"batch\":{\"notes\":[]},\n\"summary\":{"
      ))
    let batch = String(
      decoding: AuditReport(notes: [ReportFixtures.weak], batch: ReportFixtures.batch).rendered(
        as: .json),
      as: UTF8.self)
    #expect(
      batch.contains(
        "\n],\n\"batch\":{\"notes\":[\n{\"id\":\"notes/a.txt\",\"clones\":[{\"other\":\"notes/b.txt\","
      ))
    #expect(batch.contains("(only numbers changed)\"}]}\n]},\n\"summary\":{"))
  }

  /// By default an element shows its first piece of evidence and counts the rest, and a finding
  /// is its rule, severity, message and place; the options add the rest for whoever asks.
  @Test func evidenceBeyondTheFirstAndSuggestionsAreOptIn() throws {
    var note = ReportFixtures.adequate
    note.elements[.assistLevel] = ElementResult(
      evidence: ["sit-to-stand", "CGA", "x10"].map { ReportFixtures.evidence($0, entry: "e") })
    func rendered(_ options: ReportOptions) throws -> [String: Any] {
      let bytes = AuditReport(notes: [note]).rendered(as: .jsonl, options: options)
      let line = try #require(String(decoding: bytes, as: UTF8.self).split(separator: "\n").first)
      return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
    func assist(_ report: [String: Any]) -> [String] {
      ((report["elements"] as? [String: [[String: Any]]])?["assist_level"] ?? []).compactMap {
        $0["text"] as? String
      }
    }
    func suggestions(_ report: [String: Any]) -> [String?] {
      (report["findings"] as? [[String: Any]] ?? []).map { $0["suggestion"] as? String }
    }
    let lean = try rendered(ReportOptions())
    #expect(assist(lean) == ["sit-to-stand"])
    #expect(lean["more_evidence"] as? [String: Int] == ["assist_level": 2])
    #expect(suggestions(lean) == [nil, nil])
    let every = try rendered(ReportOptions(evidenceLimit: 0))
    #expect(assist(every) == ["sit-to-stand", "CGA", "x10"] && every["more_evidence"] == nil)
    let two = try rendered(ReportOptions(evidenceLimit: 2, suggestions: true))
    #expect(assist(two) == ["sit-to-stand", "CGA"])
    #expect(two["more_evidence"] as? [String: Int] == ["assist_level": 1])
    #expect(
      suggestions(two) == [
        "State the cueing, e.g. 'min verbal cues for hand placement'",
        "Say how the patient responded",
      ])
  }

  @Test func snippetsShowContextButNeverTheWholeNote() throws {
    let text = NoteText(ReportFixtures.text)
    let bytes = AuditReport(notes: [ReportFixtures.adequate]).rendered(
      as: .jsonl, options: ReportOptions(snippetContext: 12), texts: ["notes/a.txt": text])
    let line = try #require(String(decoding: bytes, as: UTF8.self).split(separator: "\n").first)
    #expect(
      line.contains(
        "\"text\":\"CGA\",\"start\":35,\"end\":38,\"line\":1,\"column\":36,\"entry\":\"assist.cga\","
          + "\"before\":\"x10 with \",\"after\":\". Tolerated\"}"))
    #expect(!line.contains("continue per POC"))
    #expect(!line.contains("\"text\":\"Pt performed"))
  }

  @Test func includeTextEmbedsTheNote() {
    let out = AuditReport(notes: [ReportFixtures.adequate]).rendered(
      as: .json, options: ReportOptions(includeText: true),
      texts: ["notes/a.txt": NoteText(ReportFixtures.text)])
    #expect(
      String(decoding: out, as: UTF8.self).contains(
        ",\"text\":\"Pt performed sit-to-stand x10 with CGA.\\nTolerated well, continue per POC.\\n\"}"
      ))
  }

  @Test func redactReplacesEvidenceTextKeepingPositions() {
    let options = ReportOptions(
      includeText: true, redact: true, snippetContext: ReportOptions.readerContext)
    let out = String(
      decoding: AuditReport(notes: [ReportFixtures.adequate]).rendered(
        as: .json, options: options, texts: ["notes/a.txt": NoteText(ReportFixtures.text)]),
      as: UTF8.self)
    #expect(
      out.contains(
        "{\"text\":\"[assist_level]\",\"start\":35,\"end\":38,\"line\":1,\"column\":36,\"entry\":\"assist.cga\"}"
      ))
    #expect(out.contains("\"scores\":{\"97110\":0.25,\"97530\":0.8},\"evidence\":{}}"))
    #expect(out.contains("\"message\":\"vague phrase '[redacted]'\""))
    #expect(!out.contains("CGA\""))
    #expect(!out.contains("Tolerated"))
    #expect(!out.contains("\"tolerated well\""))
    #expect(!out.contains("Pt performed"))
  }

  @Test func redactedHTMLAndMarkdownCarryNoEvidenceText() {
    let options = ReportOptions(includeText: true, redact: true)
    for format in [ReportFormat.html, .markdown, .text, .csv] {
      let out = String(
        decoding: Self.report.rendered(
          as: format, options: options, texts: ["notes/a.txt": NoteText(ReportFixtures.text)]),
        as: UTF8.self)
      #expect(
        !out.contains("CGA") && !out.contains("Tolerated") && !out.contains("tolerated well"),
        "\(format)")
    }
  }

  @Test func jsonLinesStreamsOneNotePerLineThenTheBatchThenTheSummary() throws {
    var writer = JSONLinesReportWriter()
    var out = ReportBuffer()
    writer.begin(into: &out)
    #expect(out.bytes.isEmpty)
    writer.write(ReportFixtures.adequate, text: nil, into: &out)
    let afterFirst = out.string
    #expect(afterFirst.hasPrefix("{\"id\":\"notes/a.txt\""))
    #expect(afterFirst.hasSuffix("}\n"))
    #expect(afterFirst.filter { $0 == "\n" }.count == 1)
    writer.write(ReportFixtures.weak, text: nil, into: &out)
    for note in ReportFixtures.batch { writer.write(batch: note, into: &out) }
    writer.end(summary: Self.report.summary, into: &out)
    let lines = out.string.split(separator: "\n")
    #expect(lines.count == 4)
    for line in lines { _ = try JSONSerialization.jsonObject(with: Data(line.utf8)) }
    #expect(
      lines[2].hasPrefix(
        "{\"id\":\"notes/a.txt\",\"batch\":{\"clones\":[{\"other\":\"notes/b.txt\",\"similarity\":0.9712,"
          + "\"kind\":\"copy_forward\",\"detail\":\"only numbers changed\"}],\"findings\":[{\"rule\":\"clone.copy-forward\","
      ))
    #expect(lines[3].hasPrefix("{\"schema\":\"noteaudit/3\",\"summary\":{\"notes\":2,"))
  }

  @Test func csvHasAHeaderAndOneSafeRowPerNote() {
    var note = ReportFixtures.weak
    note.id = "=cmd|' /C calc'!A0"
    note.provider = "Smith, \"Doc\""
    let out = String(decoding: AuditReport(notes: [note]).rendered(as: .csv), as: UTF8.self)
    let rows = out.components(separatedBy: "\r\n")
    #expect(
      rows[0]
        == "record,id,patient_id,provider,clinic,date,score,grade,functional_task,timed_minutes,assist_level,cueing,"
        + "goal_linkage,objective_measure,patient_response,skilled_intervention,missing,vague_phrases,findings,"
        + "finding_1,finding_2,finding_3,clone_kinds,clone_of")
    #expect(
      rows[1]
        == "note,'=cmd|' /C calc'!A0,,\"Smith, \"\"Doc\"\"\",,,20,weak,absent,absent,absent,absent,absent,absent,absent,absent,"
        + "functional_task; timed_minutes; assist_level; cueing; goal_linkage; objective_measure; patient_response; "
        + "skilled_intervention,0,1,no functional task [element.functional-task.missing],,,,")
    #expect(rows.count == 3 && rows[2].isEmpty)
  }

  /// A batch row names the note and fills only the findings and clone columns.
  @Test func csvBatchRowsFollowTheNoteRows() {
    let out = String(decoding: ReportWriterTests.report.rendered(as: .csv), as: UTF8.self)
    let rows = out.components(separatedBy: "\r\n")
    #expect(rows.count == 5 && rows[4].isEmpty)
    #expect(rows[1].hasPrefix("note,notes/a.txt,P1,\"Lee, PT\",North,,72,adequate,"))
    #expect(
      rows[1].hasSuffix(
        ",2,no cueing documented [element.cueing.missing],vague phrase 'Tolerated well' [vague.phrase],,,"
      ))
    #expect(
      rows[3]
        == "batch,notes/a.txt,,,,,,,,,,,,,,,,,1,is copied forward from 'notes/b.txt': 97% similar (only numbers changed) "
        + "[clone.copy-forward],,,copy_forward,notes/b.txt")
    #expect(
      rows[3].split(separator: ",", omittingEmptySubsequences: false).count
        == CSVReportWriter.header.count)
  }

  @Test func markdownHasSummaryTablesThenNotes() {
    let out = String(decoding: Self.report.rendered(as: .markdown), as: UTF8.self)
    #expect(
      out.hasPrefix(
        "# NoteAudit report\n\n**2 notes**, mean score 46 · strong 0 · adequate 1 · weak 1 · input errors 1\n"
      ))
    #expect(out.contains("| cueing | 2 | 100% |\n"))
    #expect(out.contains("| Lee, PT | 1 | 72 | 0 | 1 | 0 |\n"))
    #expect(out.contains("| notes/b.txt |  |  | 20 | weak |"))
    #expect(
      out.contains(
        "\n## Notes\n\n| Note | Provider | Clinic | Score | Grade | Missing | Top findings |\n"))
    #expect(
      out.hasSuffix(
        "\n## Across the batch\n\n| Note | Top findings | Clones |\n|---|---|---|\n"
          + "| notes/a.txt | is copied forward from 'notes/b.txt': 97% similar (only numbers changed) (clone.copy-forward) "
          + "| notes/b.txt (copy\\_forward) |\n"))
  }
}

@Suite struct AuditSummaryTests {
  @Test func countsAndBreakdowns() {
    var summary = AuditSummary()
    summary.add(ReportFixtures.adequate)
    summary.add(ReportFixtures.weak)
    #expect(summary.notes == 2)
    #expect(summary.meanScore == 46)
    #expect(summary.missing[.cueing] == 2 && summary.missing[.assistLevel] == 1)
    #expect(summary.vaguePhrases["tolerated well"]?.count == 1)
    #expect(
      summary.findingsByRule == [
        .cueingMissing: 1, .vaguePhrase: 1, .functionalTaskMissing: 1,
      ])
    #expect(summary.byProvider["Lee, PT"]?.grades[.adequate] == 1)
    #expect(summary.byClinic.count == 1)
  }

  @Test func mergingPartialSummariesEqualsOneRun() {
    var whole = AuditSummary()
    var left = AuditSummary()
    var right = AuditSummary()
    for (i, note) in [ReportFixtures.adequate, ReportFixtures.weak, ReportFixtures.adequate]
      .enumerated()
    {
      whole.add(note)
      if i < 2 { left.add(note) } else { right.add(note) }
    }
    left.merge(right)
    #expect(
      left.notes == whole.notes && left.scoreTotal == whole.scoreTotal
        && left.grades == whole.grades)
    #expect(left.missing == whole.missing && left.vaguePhrases == whole.vaguePhrases)
    #expect(left.byProvider == whole.byProvider && left.findingsByRule == whole.findingsByRule)
  }

  @Test func errorsAreCappedButCounted() {
    var summary = AuditSummary()
    for i in 0..<(AuditSummary.errorLimit + 5) {
      summary.add(error: InputError(origin: RecordOrigin(file: "x", line: i), message: "bad"))
    }
    #expect(summary.errors.count == AuditSummary.errorLimit)
    #expect(summary.errorCount == AuditSummary.errorLimit + 5)
  }

  @Test func phrasesAreNormalised() {
    #expect(AuditSummary.normalizedPhrase("  Tolerated \n WELL ") == "tolerated well")
  }
}

@Suite struct OutputSinkTests {
  static func temporaryFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "noteaudit-sink-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func fileAppearsOnlyOnCommitWithMode0600() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/report.jsonl"
    var stream = ReportStream(format: .jsonl, sink: try OutputSink(file: path))
    try stream.begin()
    try stream.write(ReportFixtures.weak)
    #expect(!FileManager.default.fileExists(atPath: path))
    try stream.finish(summary: AuditSummary())
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.jsonl"])
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("{\"id\":\"notes/b.txt\""))
  }

  @Test func abandonedRunLeavesNoFileAndKeepsTheOldReport() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/report.json"
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    do {
      var stream = ReportStream(format: .json, sink: try OutputSink(file: path))
      try stream.begin()
      try stream.write(ReportFixtures.adequate)
      // The run fails here (killed, input error): the stream is dropped without finish.
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.json"])
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
  }

  @Test func missingFolderIsAClearError() {
    #expect {
      _ = try OutputSink(file: "/nonexistent-noteaudit/report.html")
    } throws: { error in
      (error as? ReportOutputError)?.description
        == "/nonexistent-noteaudit/report.html: cannot create the report in /nonexistent-noteaudit/: No such file or directory"
    }
  }

  @Test func folderAsOutputIsAClearError() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(throws: ReportOutputError(path: folder, message: "is a folder, not a file")) {
      _ = try OutputSink(file: folder)
    }
  }

  @Test func closedPipeIsABrokenPipeErrorNotACrash() throws {
    var fds: [Int32] = [0, 0]
    try #require(pipe(&fds) == 0)
    close(fds[0])
    defer { close(fds[1]) }
    let sink = try OutputSink(file: "/dev/fd/\(fds[1])")
    #expect {
      try sink.write(Array(repeating: UInt8(ascii: "x"), count: 1 << 16))
    } throws: { error in
      (error as? ReportOutputError)?.isBrokenPipe == true
    }
  }

  @Test func fullDiskIsAClearError() throws {
    guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
    var stream = ReportStream(format: .json, sink: try OutputSink(file: "/dev/full"))
    try stream.begin()
    try stream.write(ReportFixtures.adequate)
    #expect(
      throws: ReportOutputError(
        path: "/dev/full", message: "cannot write the report: No space left on device")
    ) {
      try stream.finish(summary: AuditSummary())
    }
  }
}

@Suite struct ProgressLineTests {
  @Test func textWithAndWithoutTotal() {
    #expect(
      ProgressLine.text(done: 12_000, total: 100_000, elapsed: 1.2)
        == "12,000 of 100,000 notes · 10,000 notes/s · 0:01 elapsed · ETA 0:09")
    #expect(
      ProgressLine.text(done: 500, total: nil, elapsed: 3725)
        == "500 notes · 0 notes/s · 1:02:05 elapsed")
    #expect(ProgressLine.text(done: 0, total: 10, elapsed: 0) == "0 of 10 notes · 0:00 elapsed")
    #expect(ProgressLine.rate(Int.max, per: 1e-300) == 1_000_000_000_000_000)
  }

  @Test func redrawsInPlaceAndErasesOnFinish() {
    final class Sink: @unchecked Sendable { var text = "" }
    let sink = Sink()
    var progress = ProgressLine(total: 4, interval: .zero) { sink.text += $0 }
    progress.update(done: 1)
    progress.finish()
    #expect(sink.text.hasPrefix("\r\u{1B}[K1 of 4 notes"))
    #expect(sink.text.hasSuffix("\r\u{1B}[K"))
  }
}
