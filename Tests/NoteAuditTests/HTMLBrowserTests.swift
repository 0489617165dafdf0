import Foundation
import Testing

@testable import NoteAudit

/// A sample batch for the HTML report: 250 notes over three providers and two clinics, with the
/// text, a clone pair inside a shared template, and a note whose id and text try to break out of
/// the page (`</script>`, `<b>`).
enum HTMLFixtures {
  static let template = "Riverside Rehab — Daily Note\n"
  static let pairA =
    template
    + "Pt performed sit-to-stand x10 with CGA and min verbal cues for hand placement. 8 min.\n"
  static let pairB =
    template
    + "Pt performed sit-to-stand x12 with SBA and min verbal cues for hand placement. 10 min.\n"
  static let hostile =
    "Pt said </script><script>alert(1)</script> & \"quoted\" — naïve café.\nTolerated well."

  static func note(_ i: Int) -> (NoteAnalysis, NoteText) {
    let grades: [Grade] = [.strong, .adequate, .weak, .adequate, .weak]
    let grade = grades[i % grades.count]
    var text = "Visit \(i): pt performed bed mobility with mod A. Tolerated well.\n"
    var id = String(format: "notes/visit-%03d.txt", i)
    var templateSpans: [Range<Int>] = []
    if i == 0 { text = pairA }
    if i == 1 { text = pairB }
    if i == 2 {
      text = hostile
      id = "x</script><b>bold</b>"
    }
    if i < 2 { templateSpans = [0..<template.utf8.count] }
    var elements: [ElementKind: ElementResult] = [:]
    if let r = text.range(of: "CGA") ?? text.range(of: "SBA") ?? text.range(of: "mod A") {
      let start = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
      let end = text.utf8.distance(from: text.startIndex, to: r.upperBound)
      elements[.assistLevel] = ElementResult(
        evidence: [
          Evidence(
            text: String(text[r]),
            span: SourceSpan(start: start, end: end, line: i < 2 ? 2 : 1, column: 1),
            entryID: "assist")
        ])
    }
    if grade != .weak {
      elements[.cueing] = ElementResult(evidence: [ReportFixtures.evidence("cues", in: text)])
    }
    var vague: [Evidence] = []
    if let r = text.range(of: "Tolerated well") {
      let start = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
      vague = [
        Evidence(
          text: "Tolerated well",
          span: SourceSpan(start: start, end: start + 14, line: 2, column: 1),
          entryID: "vague.tolerated-well")
      ]
    }
    var findings = [
      Finding(
        rule: .goalLinkageMissing, severity: .warning,
        message: "no link to a plan-of-care goal",
        suggestion: "Tie the task to a goal, e.g. 'to meet LTG #2: independent transfers'")
    ]
    if grade == .weak {
      findings.insert(
        Finding(
          rule: .timedMinutesMissing, severity: .error, message: "no treatment minutes",
          suggestion: "Record the minutes"),
        at: 0)
    }
    var note = NoteAnalysis(
      id: id, score: grade == .strong ? 88 : grade == .adequate ? 64 - i % 20 : 22 + i % 15,
      grade: grade,
      elements: elements, vaguePhrases: vague,
      codeFit: CodeFit(best: "97530", scores: ["97530": 0.7]),
      findings: findings, byteCount: text.utf8.count)
    note.provider = ["Avery Lee, PT", "Jordan Kim, OT", "Sam Ortiz, PTA"][i % 3]
    note.clinic = i % 2 == 0 ? "North" : "Riverside"
    note.patientID = "P\(i % 40)"
    return (note, NoteText(text, templateSpans: templateSpans))
  }

  /// The clone pair of notes 0 and 1, as the batch reports it.
  static let batch = (0..<2).map { i in
    BatchNote(
      id: String(format: "notes/visit-%03d.txt", i),
      clones: [
        CloneMatch(
          other: String(format: "notes/visit-%03d.txt", 1 - i), similarity: 0.91,
          kind: .copyForward,
          detail: "only numbers changed")
      ],
      findings: i == 1
        ? [
          Finding(
            rule: .cloneCopyForward, severity: .error,
            message:
              "is copied forward from 'notes/visit-000.txt': 91% similar (only numbers changed)",
            suggestion: "Write today's note from today's session.")
        ] : [])
  }

  static func report(count: Int = 250, options: ReportOptions = ReportOptions(includeText: true))
    -> [UInt8]
  {
    var writer = HTMLReportWriter(options: options)
    var out = ReportBuffer()
    var summary = AuditSummary()
    writer.begin(into: &out)
    for i in 0..<count {
      let (note, text) = note(i)
      summary.add(note)
      writer.write(note, text: text, into: &out)
    }
    summary.count(batch)
    summary.cloneGroups = [
      CloneGroup(
        id: "G1", kind: .copyForward, members: ["notes/visit-000.txt", "notes/visit-001.txt"],
        similarity: 0.91)
    ]
    summary.add(
      error: InputError(
        origin: RecordOrigin(file: "batch.jsonl", line: 12), message: "record has no \"text\" field"
      ))
    if count > 1 { for note in batch { writer.write(batch: note, into: &out) } }
    writer.end(summary: summary, into: &out)
    return out.bytes
  }
}

/// Headless Chromium, when installed.
enum Browser {
  static let path: String? = {
    let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(
      separator: ":")
    for name in ["chromium", "chromium-browser", "google-chrome"] {
      for dir in dirs where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
        return "\(dir)/\(name)"
      }
    }
    return nil
  }()
  static let required = ProcessInfo.processInfo.environment["NOTEAUDIT_REQUIRE_BROWSER"] == "1"

  /// The DOM after the page's script ran, for `file` with the URL fragment `fragment`.
  static func dumpDOM(_ file: String, fragment: String = "") throws -> String {
    let browser = try #require(path, "chromium is not installed and NOTEAUDIT_REQUIRE_BROWSER=1")
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "noteaudit-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: browser)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
      "--user-data-dir=\(profile.path)",
      "--virtual-time-budget=2000", "--dump-dom",
      "file://\(file)" + (fragment.isEmpty ? "" : "#\(fragment)"),
    ]
    let stdout = Pipe()
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// The `data-id`s of the table rows in a dumped DOM, in order.
  static func rowIDs(_ dom: String) -> [String] {
    dom.components(separatedBy: "<tr data-id=\"").dropFirst().compactMap {
      $0.components(separatedBy: "\"").first
    }
  }
}

@Suite struct HTMLReportTests {
  @Test func isSelfContainedWithNoExternalReferences() {
    let html = String(decoding: HTMLFixtures.report(count: 5), as: UTF8.self)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(!html.contains(" src=") && !html.contains("@import") && !html.contains("url("))
    #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
    #expect(html.contains("<svg viewBox="))
  }

  @Test func noteDataCannotCloseItsScriptElement() throws {
    let html = String(decoding: HTMLFixtures.report(count: 5), as: UTF8.self)
    let start = try #require(html.range(of: "<script type=\"application/json\" id=\"notes-data\">"))
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    let blob = String(html[start.upperBound..<end.lowerBound])
    #expect(!blob.contains("<"))
    #expect(blob.contains("x\\u003c/script\\u003e\\u003cb\\u003ebold"))
    let notes = try #require(
      try JSONSerialization.jsonObject(with: Data(blob.utf8)) as? [[String: Any]])
    #expect(notes.count == 5)
    #expect(notes[2]["id"] as? String == "x</script><b>bold</b>")
  }

  /// The batch's results travel after the notes in their own element, one entry per note they
  /// concern; the notes carry only their own findings.
  @Test func batchDataFollowsTheNotes() throws {
    let html = String(decoding: HTMLFixtures.report(count: 5), as: UTF8.self)
    func data(_ id: String) throws -> [[String: Any]] {
      let start = try #require(html.range(of: "<script type=\"application/json\" id=\"\(id)\">"))
      let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
      return try #require(
        try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8))
          as? [[String: Any]])
    }
    let notes = try data("notes-data")
    #expect(notes.allSatisfy { $0["k"] == nil })
    #expect(notes[1]["f"] as? [[Any]] != nil && (notes[1]["f"] as? [[Any]])?.count == 1)
    let batch = try data("batch-data")
    #expect(batch.map { $0["id"] as? String } == ["notes/visit-000.txt", "notes/visit-001.txt"])
    #expect((batch[1]["f"] as? [[Any]])?.first?.first as? String == "clone.copy-forward")
    #expect((batch[0]["k"] as? [[Any]])?.first?.first as? String == "notes/visit-001.txt")
    #expect(
      html.range(of: "id=\"notes-data\">")!.lowerBound
        < html.range(of: "id=\"batch-data\">")!.lowerBound)
    let empty = String(decoding: HTMLFixtures.report(count: 1), as: UTF8.self)
    #expect(empty.contains("<script type=\"application/json\" id=\"batch-data\">[]</script>"))
  }

  @Test func withoutIncludeTextOnlySnippetsAreEmbedded() {
    let html = String(
      decoding: HTMLFixtures.report(count: 3, options: ReportOptions()), as: UTF8.self)
    #expect(!html.contains("\"t\":["))
    #expect(
      html.contains(
        "[\"assist_level\",\"CGA\",2,1,\"Note Pt performed sit-to-stand x10 with \",\" and min verbal cues for hand placement.\"]"
      ))
    #expect(!html.contains("Riverside Rehab — Daily Note"))
  }

  @Test func segmentsCarryEvidenceAndTemplateClasses() {
    let (note, text) = HTMLFixtures.note(0)
    let segments = HTMLNoteEncoding.segments(of: text, note: note)
    #expect(segments.map(\.text).joined() == text.text)
    #expect(segments.first?.classes == "tpl")
    #expect(segments.contains { $0.text == "CGA" && $0.classes == "ev ev-assist_level" })
    #expect(segments.contains { $0.text == "cues" && $0.classes == "ev ev-cueing" })
  }

  @Test func chartsLabelEveryBar() {
    let html = String(decoding: HTMLFixtures.report(count: 10), as: UTF8.self)
    #expect(
      html.contains(
        "<desc id=\"chart-grades-desc\">strong: 2 · 20%; adequate: 4 · 40%; weak: 4 · 40%</desc>"))
    #expect(html.contains("<h2 id=\"chart-provider-title\">By provider</h2>"))
  }
}

@Suite(.serialized) struct HTMLBrowserTests {
  static let reason: Comment =
    "chromium not found: install it (apt-get install -y chromium) to run the browser tests; NOTEAUDIT_REQUIRE_BROWSER=1 makes its absence a failure"

  /// Writes the sample report (to `NOTEAUDIT_KEEP_HTML` too, for Scripts/render-html.sh).
  static let reportPath: String = {
    let bytes = HTMLFixtures.report()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "noteaudit-html-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("report.html").path
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    if let keep = ProcessInfo.processInfo.environment["NOTEAUDIT_KEEP_HTML"] {
      _ = FileManager.default.createFile(atPath: keep, contents: Data(bytes))
    }
    return path
  }()

  @Test(.enabled(if: Browser.path != nil || Browser.required, reason))
  func firstPageShowsAHundredRowsInInputOrder() throws {
    let dom = try Browser.dumpDOM(Self.reportPath)
    let ids = Browser.rowIDs(dom)
    #expect(ids.count == 100)
    #expect(ids.first == "notes/visit-000.txt")
    #expect(dom.contains("Showing 1–100 of 250 notes"))
    #expect(dom.contains("Page 1 of 3"))
  }

  @Test(.enabled(if: Browser.path != nil || Browser.required, reason))
  func fragmentFiltersByGradeProviderAndPage() throws {
    let weak = try Browser.dumpDOM(Self.reportPath, fragment: "grade=weak")
    #expect(Browser.rowIDs(weak).count == 100)
    #expect(weak.contains("of 100 (filtered from 250) notes"))
    #expect(!weak.contains("<span class=\"grade strong\">"))

    let combined = try Browser.dumpDOM(
      Self.reportPath, fragment: "grade=weak&provider=Jordan%20Kim%2C%20OT&page=1")
    let ids = Browser.rowIDs(combined)
    // Weak notes are i % 5 ∈ {2, 4}; Jordan Kim is i % 3 == 1: i ≡ 4 or 7 (mod 15) → 34 of 250.
    #expect(ids.count == 34)
    #expect(ids.first == "notes/visit-004.txt")

    let missing = try Browser.dumpDOM(
      Self.reportPath, fragment: "missing=cueing&sort=s&dir=desc&page=2")
    #expect(missing.contains("Showing 1"))  // 100 weak notes miss cueing: one page only, clamped
    #expect(Browser.rowIDs(missing).count == 100)
  }

  @Test(.enabled(if: Browser.path != nil || Browser.required, reason))
  func searchAndRuleFilters() throws {
    let dom = try Browser.dumpDOM(
      Self.reportPath, fragment: "q=visit-24&rule=element.timed-minutes.missing")
    // Weak notes (i % 5 ∈ {2, 4}) whose id contains "visit-24".
    #expect(
      Browser.rowIDs(dom) == [
        "notes/visit-242.txt", "notes/visit-244.txt", "notes/visit-247.txt", "notes/visit-249.txt",
      ])
  }

  @Test(.enabled(if: Browser.path != nil || Browser.required, reason))
  func noteDetailHighlightsEvidenceAndDiffsTheClonePair() throws {
    let dom = try Browser.dumpDOM(Self.reportPath, fragment: "note=notes%2Fvisit-000.txt")
    #expect(dom.contains("<mark class=\"ev ev-assist_level\" title=\"assist level\">CGA</mark>"))
    #expect(dom.contains("<span class=\"tpl\">Riverside Rehab — Daily Note\n</span>"))
    #expect(dom.contains("Clone: copy forward of notes/visit-001.txt (91%, only numbers changed)"))
    #expect(dom.contains("<mark class=\"diff\">x10</mark>"))
    #expect(dom.contains("<mark class=\"diff\">x12</mark>"))
    #expect(dom.contains("<span class=\"tpl\">Riverside</span>"))
    #expect(dom.contains("Suggestion: Tie the task to a goal"))
  }

  /// The batch section's findings join their note: in its detail, its findings count and the
  /// rule filter.
  @Test(.enabled(if: Browser.path != nil || Browser.required, reason))
  func batchFindingsAreShownWithTheirNote() throws {
    let dom = try Browser.dumpDOM(Self.reportPath, fragment: "note=notes%2Fvisit-001.txt")
    #expect(dom.contains("Findings (2)"))
    #expect(
      dom.contains(
        "is copied forward from 'notes/visit-000.txt': 91% similar (only numbers changed)"))
    #expect(dom.contains("Clone: copy forward of notes/visit-000.txt (91%, only numbers changed)"))
    let filtered = try Browser.dumpDOM(Self.reportPath, fragment: "rule=clone.copy-forward")
    #expect(Browser.rowIDs(filtered) == ["notes/visit-001.txt"])
  }

  @Test(.enabled(if: Browser.path != nil || Browser.required, reason))
  func hostileTextIsShownNotExecuted() throws {
    let dom = try Browser.dumpDOM(
      Self.reportPath, fragment: "note=x%3C%2Fscript%3E%3Cb%3Ebold%3C%2Fb%3E")
    #expect(dom.contains("<h2 id=\"detail-title\">x&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;</h2>"))
    #expect(
      dom.contains(
        "Pt said &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quoted\" — naïve café."
      ))
    #expect(Browser.rowIDs(dom).count == 100)
  }
}
