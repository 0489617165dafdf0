import Foundation
import Testing

@testable import NoteAudit

private func problems(_ json: String, file: String = ".noteaudit.json") -> [String] {
  Configuration.validate(data: Array(json.utf8), file: file).map(\.description)
}

@Suite struct ConfigurationTests {
  @Test func decodesEveryKey() throws {
    let json = #"""
      {
        "failUnder": "adequate",
        "codeProfiles": ["97530", "97110"],
        "lexicons": ["site", "/opt/lex"],
        "unitsMethod": "ama",
        "payers": {"Acme Health": {"unitsMethod": "cms"}},
        "rules": {"vague.phrase": "off", "element.cueing.missing": "info", "clone.*": "warning"},
        "output": {"format": "html", "includeText": false, "redact": true},
        "clone": {"threshold": 0.8, "history": "hist/notes.db"},
        "kx": {"threshold": 2480, "year": 2026, "source": "CMS PFS final rule 2026"},
        "maxNoteBytes": 2097152
      }
      """#
    let (c, found) = Configuration.decode(Array(json.utf8), file: "/etc/na/.noteaudit.json")
    #expect(found == [])
    #expect(c.failUnder == .grade(.adequate))
    #expect(c.codeProfiles == ["97530", "97110"])
    #expect(c.lexicons == ["/etc/na/site", "/opt/lex"])
    #expect(c.unitsMethod == .ama)
    #expect(c.payers == ["Acme Health": .init(unitsMethod: .cms)])
    #expect(
      c.rules == ["vague.phrase": .off, "element.cueing.missing": .info, "clone.*": .warning])
    #expect(c.output == .init(format: "html", includeText: false, redact: true))
    #expect(c.clone == .init(threshold: 0.8, history: "/etc/na/hist/notes.db"))
    #expect(c.kx == .init(threshold: 2480, year: 2026, source: "CMS PFS final rule 2026"))
    #expect(c.maxNoteBytes == 2_097_152)
    #expect(c.file == "/etc/na/.noteaudit.json")
  }

  @Test func defaultsWhenKeysAreAbsent() {
    let (c, found) = Configuration.decode(Array("{}".utf8), file: "x.json")
    #expect(found == [])
    #expect(
      c.failUnder == nil && c.codeProfiles == ["97530"] && c.unitsMethod == .cms
        && c.maxNoteBytes == nil)
    #expect(
      Configuration.decode(Array(#"{"failUnder": 72.5, "profile": "97112"}"#.utf8), file: "x").0
        .failUnder == .score(72.5))
    #expect(
      Configuration.decode(Array(#"{"profile": "97112"}"#.utf8), file: "x").0.codeProfiles == [
        "97112"
      ])
  }

  @Test(arguments: [
    (
      #"{"failUnder": "great"}"#,
      #".noteaudit.json: "failUnder": expected a grade (strong|adequate|weak) or a score 0-100, found "great""#
    ),
    (
      #"{"failUnder": 101}"#,
      #".noteaudit.json: "failUnder": expected a grade (strong|adequate|weak) or a score 0-100, found 101"#
    ),
    (
      #"{"failunder": "weak"}"#,
      #".noteaudit.json: "failunder": unknown key; did you mean "failUnder"?"#
    ),
    (
      #"{"unitMethod": "cms"}"#,
      #".noteaudit.json: "unitMethod": unknown key; did you mean "unitsMethod"?"#
    ),
    (
      #"{"zzz": 1}"#,
      #".noteaudit.json: "zzz": unknown key (known: failUnder, profile, codeProfiles, lexicons, unitsMethod, payers, rules, output, clone, kx, maxNoteBytes)"#
    ),
    (
      #"{"unitsMethod": "8-minute"}"#,
      #".noteaudit.json: "unitsMethod": expected "cms" or "ama", found "8-minute""#
    ),
    (
      #"{"payers": {"Acme": {"unitsMetod": "ama"}}}"#,
      #".noteaudit.json: "payers.Acme.unitsMetod": unknown key; did you mean "unitsMethod"?"#
    ),
    (
      #"{"rules": {"vague.phrase": "silent"}}"#,
      #".noteaudit.json: "rules.vague.phrase": expected "off", "info", "warning", "error", found "silent""#
    ),
    (
      #"{"rules": {"vague.phrse": "off"}}"#,
      #".noteaudit.json: "rules.vague.phrse": unknown rule id; did you mean "vague.phrase"?"#
    ),
    (
      #"{"rules": {"element.cueing.mising": "info"}}"#,
      #".noteaudit.json: "rules.element.cueing.mising": unknown rule id; did you mean "element.cueing.missing"?"#
    ),
    (
      #"{"rules": {"clones.*": "off"}}"#,
      #".noteaudit.json: "rules.clones.*": unknown rule id; did you mean "clone.*"?"#
    ),
    (
      #"{"rules": {"noteaudit.verdict": "off"}}"#,
      #".noteaudit.json: "rules.noteaudit.verdict": unknown rule id (see Docs/Rules.md)"#
    ),
    (
      #"{"output": {"format": "pdf"}}"#,
      #".noteaudit.json: "output.format": expected one of text|json|jsonl|csv|html|markdown, found "pdf""#
    ),
    (
      #"{"output": {"redact": "yes"}}"#,
      #".noteaudit.json: "output.redact": expected true or false, found "yes""#
    ),
    (
      #"{"clone": {"threshold": 80}}"#,
      #".noteaudit.json: "clone.threshold": expected a similarity above 0 and at most 1 (e.g. 0.8), found 80"#
    ),
    (
      #"{"kx": {"year": "2026"}}"#,
      #".noteaudit.json: "kx.year": expected a year such as 2026, found "2026""#
    ),
    (
      #"{"maxNoteBytes": -5}"#,
      #".noteaudit.json: "maxNoteBytes": expected a whole number of bytes from 1 to 2147483647, found -5"#
    ),
    (
      #"{"codeProfiles": "97530"}"#,
      #".noteaudit.json: "codeProfiles": expected a list of CPT codes such as ["97530", "97110"], found "97530""#
    ),
    (
      #"{"profile": "97530", "codeProfiles": ["97110"]}"#,
      #".noteaudit.json: "profile": give either "profile" or "codeProfiles", not both"#
    ),
    (#"{"rules": []}"#, #".noteaudit.json: "rules": expected an object {…}, found a list"#),
    (#"{"kx": {}, "kx": {}}"#, #".noteaudit.json: "kx": repeated key"#),
    ("[1]", ".noteaudit.json: expected an object {…}, found a list"),
    (
      "{\n  \"failUnder\": \"weak\",\n  \"rules\": {\"a\": \"off\",}\n}",
      ".noteaudit.json: invalid JSON at line 3, column 24: expected a key in quotes"
    ),
  ])
  func reportsProblems(json: String, message: String) {
    #expect(problems(json) == [message])
  }

  @Test func reportsEveryProblemAtOnce() {
    #expect(problems(#"{"failUnder": "x", "output": {"format": 1}, "bogus": true}"#).count == 3)
  }

  @Test func appliesRuleOverrides() {
    var c = Configuration()
    c.rules = [
      "vague.phrase": .off, "element.cueing.missing": .info, "clone.*": .warning,
      "clone.exact": .error,
    ]
    let findings = [
      Finding(rule: .vaguePhrase, severity: .warning, message: "m", suggestion: "s"),
      Finding(rule: .cueingMissing, severity: .warning, message: "m", suggestion: "s"),
      Finding(rule: .cloneCrossPatient, severity: .error, message: "m", suggestion: "s"),
      Finding(rule: .cloneExact, severity: .error, message: "m", suggestion: "s"),
      Finding(rule: .unitsNoMinutes, severity: .error, message: "m", suggestion: "s"),
    ]
    let applied = c.ruleOverrides.apply(to: findings)
    #expect(
      applied.map(\.rule) == [.cueingMissing, .cloneCrossPatient, .cloneExact, .unitsNoMinutes])
    #expect(applied.map(\.severity) == [.info, .warning, .error, .error])
  }

  @Test func choosesTheUnitsMethodByPayer() {
    var c = Configuration()
    c.unitsMethod = .cms
    c.payers = ["Acme Health": .init(unitsMethod: .ama), "Other": .init()]
    #expect(c.unitsMethod(forPayer: "Acme Health") == .ama)
    #expect(c.unitsMethod(forPayer: "acme health") == .ama)
    #expect(c.unitsMethod(forPayer: "Other") == .cms)
    #expect(c.unitsMethod(forPayer: nil) == .cms)
  }

  @Test func loadsAndDiscoversFiles() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "noteaudit-config-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try Configuration.discover(in: dir.path) == nil)
    let file = dir.appendingPathComponent(".noteaudit.json")
    try Data(#"{"failUnder": "strong", "lexicons": "lex"}"#.utf8).write(to: file)
    let found = try #require(try Configuration.discover(in: dir.path))
    #expect(found.failUnder == .grade(.strong) && found.lexicons == [dir.path + "/lex"])
    try Data(#"{"failUnder": 7, "x": 1}"#.utf8).write(to: file)
    do {
      _ = try Configuration.load(from: file.path)
      Issue.record("an unknown key must fail the load")
    } catch {
      #expect(error.problems.map(\.key) == ["x"])
    }
    do {
      _ = try Configuration.load(from: dir.path + "/missing.json")
      Issue.record("a missing file must fail the load")
    } catch {
      #expect(
        error.description == "\(dir.path)/missing.json: cannot open: No such file or directory")
    }
  }
}
