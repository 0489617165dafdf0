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

// The bad-input suite (issue 6): every adversarial input gets an exact, checked outcome — a clear
// error naming the file and line, or a result with a finding — never a crash or a hang, and the
// rest of the batch goes on. Big inputs are generated in memory or in a temporary folder; sizes
// are chosen so the whole suite stays within seconds in a debug build on a shared 2-core machine.

/// A fresh temporary folder; the caller removes it.
private func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "noteaudit-bad-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// Items as `id` for a record or `file:line: message` for an error, in input order.
private func outline(_ source: NoteSource) -> [String] {
  source.map { item in
    switch item {
    case .success(let record): "note \(record.id)"
    case .failure(let error): "error \(error)"
    }
  }
}

private func records(_ source: NoteSource) -> [NoteRecord] {
  source.compactMap { try? $0.get() }
}

/// A small lexicon with the constructs adversarial notes can make expensive: a negation trigger
/// whose scope runs to the sentence end, a pseudo-trigger, a terminator, a wildcard, slots and
/// multi-word entries sharing a prefix.
private let adversarialLexicon = """
  @category negation
  ctx.no = no | not | w/o | without
  @category pseudo
  ctx.no-lob = no LOB | without AD
  @category terminator
  ctx.but = but | however
  @category cueing
  cue.verbal = (verbal|VC) [cues|cueing] | cue*
  @category assist_level
  assist.cga = contact guard assist | CGA ; level=CGA
  @category timed_minutes
  minutes.n = <num> (min|mins|minutes)
  @category functional_task
  task.sts = sit to stand | sit to stand transfer* | sit to supine
  @category vague_phrase
  vague.tw = tolerated (well|tx well) ; suggestion="Describe the response."
  """

/// The bundled rubrics with `adversarialLexicon`, and a note limit big enough for the large cases.
private let adversarialAnalyzer: Analyzer = {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "noteaudit-bad-lexicon-\(getpid())")
  try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  try? adversarialLexicon.write(
    to: folder.appendingPathComponent("adversarial.lex"), atomically: true, encoding: .utf8)
  guard let bundled = LexiconLocator.bundledDirectory(),
    let analyzer = try? Analyzer.load(directories: [bundled, folder.path], maxNoteBytes: 16 << 20)
  else { fatalError("test setup: bundled lexicons and rubrics not found") }
  try? FileManager.default.removeItem(at: folder)
  return analyzer
}()

/// Analyses raw bytes the way the `check` path does for a file, without repairing invalid UTF-8.
private func analyzeBytes(_ bytes: [UInt8], id: String = "note") -> NoteAnalysis {
  let analyzer = adversarialAnalyzer
  let document = NoteDocument(
    text: TokenizedText(bytes: bytes), lexicon: analyzer.lexicon,
    context: ContextAnalyzer(lexicon: analyzer.lexicon))
  return analyzer.analyze(document, record: NoteRecord(id: id, text: ""))
}

/// A distinct letters-only word for `n` (four base-26 letters: `aaaa`, `baaa`, …), since digits
/// would be cut off as numbers.
private func word(_ n: Int) -> String {
  String(
    decoding: (0..<4).map { UInt8(ascii: "a") + UInt8(n / Int(pow(26, Double($0))) % 26) },
    as: UTF8.self)
}

/// Evidence (text, byte start) of one element.
private func evidence(_ analysis: NoteAnalysis, _ kind: ElementKind) -> [String] {
  (analysis.elements[kind]?.evidence ?? []).map { "\($0.text)@\($0.span.start)" }
}

@Suite struct BadInputEncodingTests {
  /// Overlong forms (`C0 AF` is an overlong `/`), a UTF-16 surrogate, a code point above U+10FFFF
  /// and a stray `FF`: each is invalid, none shifts the byte offsets of what follows.
  static let invalid: [UInt8] =
    Array("Pt ".utf8) + [0xC0, 0xAF] + Array(" a ".utf8) + [0xE0, 0x80, 0xAF] + Array(" b ".utf8)
    + [0xED, 0xA0, 0x80]
    + Array(" c ".utf8) + [0xF4, 0x90, 0x80, 0x80] + Array(" d ".utf8) + [0xFF]
    + Array(" sit to stand with CGA".utf8)

  @Test func invalidUTF8AndOverlongFormsKeepOffsetsAndAreReported() throws {
    let analysis = analyzeBytes(Self.invalid)
    let cga = Self.invalid.count - 3
    #expect(evidence(analysis, .assistLevel) == ["CGA@\(cga)"])
    #expect(evidence(analysis, .functionalTask) == ["sit to stand@\(cga - 18)"])
    let finding = try #require(analysis.findings.first { $0.rule == .noteInvalidUTF8 })
    #expect(finding.span?.start == 3 && finding.span?.line == 1 && finding.span?.column == 4)
  }

  @Test func readersFlagInvalidUTF8AndReplaceIt() throws {
    let text = try #require(
      records(NoteSource(bytes: Self.invalid, name: "bad.txt", format: .text)).first)
    #expect(text.invalidUTF8 && !text.truncated)
    #expect(
      text.text.hasPrefix("Pt \u{FFFD}\u{FFFD} a ")
        && text.text.hasSuffix("\u{FFFD} sit to stand with CGA"))
    let jsonl =
      Array(#"{"id":"raw","text":""#.utf8) + [0xC0, 0xAF] + Array("\"}\n".utf8)
      + Array(#"{"id":"escaped","text":"lone \ud800 surrogate"}"#.utf8)
    let read = records(NoteSource(bytes: jsonl, name: "bad.jsonl", format: .jsonl))
    #expect(read.map(\.id) == ["raw", "escaped"])
    #expect(read.map(\.invalidUTF8) == [true, true])
    #expect(read.map(\.text) == ["\u{FFFD}\u{FFFD}", "lone \u{FFFD} surrogate"])
  }

  @Test func nulBytesAreTextNotTerminators() throws {
    let bytes = Array("Pt\0 did sit to stand\0 w/ CGA\0".utf8)
    let analysis = analyzeBytes(bytes)
    #expect(evidence(analysis, .assistLevel) == ["CGA@25"])
    let jsonl = NoteSource(
      bytes: Array("{\"id\":\"n\",\"text\":\"a\0b\"}\n{\"id\":\"m\",\"text\":\"a\\u0000b\"}".utf8),
      name: "nul.jsonl", format: .jsonl)
    #expect(records(jsonl).map(\.text) == ["a\0b", "a\0b"])
    let csv = NoteSource(bytes: Array("id,text\nn,a\0b\n".utf8), name: "nul.csv", format: .csv)
    #expect(records(csv).map(\.text) == ["a\0b"])
  }

  @Test func aBinaryFileInAFolderIsAnalysedWithAFindingAndTheRestGoesOn() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // an ELF header, then every byte value
    var binary: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]
    for i in 0..<4096 { binary.append(UInt8(truncatingIfNeeded: i &* 31)) }
    try Data(binary).write(to: folder.appendingPathComponent("b.txt"))
    try Data("Pt did sit to stand with CGA.".utf8).write(to: folder.appendingPathComponent("a.txt"))
    try Data("Pt did sit to stand with CGA.".utf8).write(to: folder.appendingPathComponent("c.txt"))
    let read = records(NoteSource(path: folder.path))
    #expect(read.map(\.id) == ["a.txt", "b.txt", "c.txt"])
    #expect(read.map(\.invalidUTF8) == [false, true, false])
    let analyses = read.map { adversarialAnalyzer.analyze($0) }
    #expect(
      analyses.map { $0.findings.contains { $0.rule == .noteInvalidUTF8 } } == [false, true, false])
    #expect(analyses.map { evidence($0, .assistLevel).count } == [1, 0, 1])
  }
}

/// Regression inputs found by `Scripts/fuzz.sh` (base64 of the reproducer as the fuzzer wrote it).
@Suite struct FuzzRegressionTests {
  /// Invalid bytes in a note field turned into 3-byte U+FFFDs pushed the decoded text past
  /// `maxNoteBytes` (fixed in DecodedText). Found by the `csv` and `jsonl` targets.
  @Test(arguments: [
    (
      InputFormat.csv,
      "aWQsdGV4dCxwWnRpZW50ci4gQSxOb3J0aApuMiwiIU11bHRpLWxpbmUKblN0cml0ZXh0LP///////////////////////////////////////////////////////////////////////////////2lkpqampqampqampqampqampmlkIKampqampqampm5ndGggIiJlc2l0IHRvIHN0YW5k"
    ),
    (
      InputFormat.jsonl,
      "dCBwZXJmb3JtZWQgc2l0IHRvIHN0YW5kIHg1W3siY28AAAAAADEiLCJkYXRlIjoiNCIgXFwgdGFQIl19XX0KeyJpZCI6Im4yIiwidGV4dCI6IkxpbmUxXG5MZOCbnov/iIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIiIj///////////////9lIiwiZGF0ZSI6IjIwMjYtMDQtMzAifQo="
    ),
  ])
  func invalidBytesNeverPushANoteOverTheLimit(format: InputFormat, reproducer: String) throws {
    let bytes = try #require(Data(base64Encoded: reproducer))
    let read = records(
      NoteSource(
        bytes: Array(bytes), name: "fuzz", format: format,
        options: InputOptions(maxNoteBytes: 256, maxLineBytes: 512)))
    let note = try #require(read.first { $0.invalidUTF8 })
    #expect(note.text.utf8.count <= 256 && note.truncated)
  }

  @Test func aNoteOfInvalidBytesIsCutToTheLimitAfterDecoding() throws {
    let csv =
      Array("id,text\nn1,".utf8) + [UInt8](repeating: 0xFF, count: 200) + Array("\nn2,ok\n".utf8)
    let read = records(
      NoteSource(bytes: csv, name: "x.csv", format: .csv, options: InputOptions(maxNoteBytes: 256)))
    #expect(read.map(\.id) == ["n1", "n2"])
    // 85 replacement characters of 3 bytes fit in 256; the 86th would not.
    #expect(read.map(\.text) == [String(repeating: "\u{FFFD}", count: 85), "ok"])
    #expect(read.map(\.truncated) == [true, false])
  }
}

@Suite(.serialized) struct BadInputSizeTests {
  @Test func aFiftyMegabyteNoteIsReadAndAnalysedOnlyUpToTheLimit() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let sentence = "Pt performed sit to stand with CGA and verbal cues. "
    let big = String(repeating: sentence, count: 50_000_000 / sentence.utf8.count)
    let file = folder.appendingPathComponent("big.txt")
    try Data(big.utf8).write(to: file)
    let note = try #require(records(NoteSource(path: file.path)).first)
    #expect(note.truncated && note.text.utf8.count == 1 << 20)
    let analysis = try Analyzer.bundled().analyze(NoteRecord(id: "big.txt", text: big))
    let finding = try #require(analysis.findings.first)
    #expect(finding.rule == .noteTruncated)
    #expect(
      finding.message
        == "the note is \(big.utf8.count) bytes; only the first 1048576 bytes were analysed (--max-note-bytes)"
    )
    #expect(analysis.byteCount == 1 << 20)
  }

  /// Token offsets are 32-bit, so a note limit past `Int32.max` (`--max-note-bytes 4000000000`)
  /// is held at it: a 2 GB note is cut there instead of reaching the tokenizer whole.
  @Test func aNoteLimitPastThirtyTwoBitOffsetsIsHeldAtThem() throws {
    #expect(try Analyzer.bundled(maxNoteBytes: 4_000_000_000).maxNoteBytes == Int(Int32.max))
    #expect(try Analyzer.bundled(maxNoteBytes: 0).maxNoteBytes == 1)
  }

  @Test func aTenMegabyteLineKeepsLineAndColumn() throws {
    // Two-byte letters, so a column (Unicode scalars) differs from a byte offset.
    let line = String(repeating: "pt ambulé ", count: 10_000_000 / 11) + "with CGA"
    let analysis = analyzeBytes(Array(("header\n" + line).utf8))
    let cga = try #require(analysis.elements[.assistLevel]?.evidence.first)
    #expect(cga.span.start == 7 + line.utf8.count - 3)
    #expect(cga.span.line == 2 && cga.span.column == line.unicodeScalars.count - 2)
  }

  /// Times of analysing `small` and `large`, each the best of three, the two measured in turn so
  /// that a burst of load on the shared machine (the Spark tests' children run beside this suite)
  /// falls on both sizes rather than on one.
  private func timed(_ small: [UInt8], _ large: [UInt8]) -> (small: Duration, large: Duration) {
    let clock = ContinuousClock()
    var best = (small: Duration.seconds(1_000), large: Duration.seconds(1_000))
    for _ in 0..<3 {
      best.small = min(best.small, clock.measure { _ = analyzeBytes(small) })
      best.large = min(best.large, clock.measure { _ = analyzeBytes(large) })
    }
    return best
  }

  /// 200,000 tokens: 4× the input may take at most 10× the time (linear with noise; quadratic is 16×).
  @Test(arguments: ["identical", "distinct", "negated", "billing"])
  func twoHundredThousandTokensTakeLinearTime(kind: String) {
    func note(_ tokens: Int) -> [UInt8] {
      var out: [UInt8] = []
      for i in 0..<tokens {
        switch kind {
        case "identical": out += Array("cue ".utf8)
        case "negated": out += Array("no CGA ".utf8)  // every trigger's scope runs to the end
        // Codes, minutes and exclusions on one line: each figure's anchor and exclusions are found
        // without searching all of them.
        case "billing": out += Array((i % 2 == 0 ? "TA 10 min, " : "rest 2 min, ").utf8)
        default: out += Array("\(word(i)) ".utf8)
        }
      }
      return out
    }
    _ = analyzeBytes(note(1000))
    let (small, large) = timed(note(50_000), note(200_000))
    #expect(large < small * 10, "50,000 tokens: \(small), 200,000 tokens: \(large)")
  }
}

@Suite struct BadInputJSONTests {
  @Test func deeplyNestedAndHugeValuesAreErrorsOrIgnoredAndTheBatchGoesOn() {
    let deep = String(repeating: "[", count: 1_000_000)
    let digits = String(repeating: "9", count: 1_000_000)
    let lines = [
      #"{"id":"deep","text":"x","extra":\#(deep)}"#,
      #"{"id":"ok1","text":"sit to stand"}"#,
      #"{"id":"huge-string","text":"x","extra":"\#(String(repeating: "a", count: 5_000_000))"}"#,
      #"{"id":"huge-number","text":"x","visit":\#(digits)}"#,
      #"{"id":"deep-object","text":"x","a":\#(String(repeating: #"{"a":"#, count: 100_000))}"#,
      #"{"id":"ok2","text":"sit to stand"}"#,
    ]
    let source = NoteSource(
      bytes: Array(lines.joined(separator: "\n").utf8), name: "big.jsonl", format: .jsonl)
    #expect(
      outline(source) == [
        "error big.jsonl:1: invalid JSON at column 96: nested deeper than 64 levels", "note ok1",
        "note huge-string",
        "error big.jsonl:4: \"visit\" (column 40): expected a whole number",
        "error big.jsonl:5: invalid JSON at column 351: nested deeper than 64 levels", "note ok2",
      ])
  }

  @Test func aHundredMegabyteLineIsSkippedWithoutHoldingIt() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("big.jsonl")
    try Data(#"{"id":"a","text":"sit to stand"}\#n{"id":"big","text":""#.utf8).write(to: file)
    let handle = try FileHandle(forWritingTo: file)
    try handle.seekToEnd()
    let chunk = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
    for _ in 0..<100 { try handle.write(contentsOf: chunk) }
    try handle.write(contentsOf: Data(#""}\#n{"id":"b","text":"sit to stand"}"#.utf8))
    try handle.close()
    #expect(
      outline(NoteSource(path: file.path)) == [
        "note a",
        "error \(file.path):2: line of 104857622 bytes exceeds the 67108864-byte line limit; skipped",
        "note b",
      ])
  }

  @Test func duplicateRecordIdsAreBothReadWithTheirLines() {
    let source = NoteSource(
      bytes: Array("{\"id\":\"x\",\"text\":\"a\"}\n\n{\"id\":\"x\",\"text\":\"b\"}\n".utf8),
      name: "d.jsonl", format: .jsonl)
    #expect(
      records(source).map { "\($0.id) \($0.origin) \($0.text)" } == [
        "x d.jsonl:1 a", "x d.jsonl:3 b",
      ])
  }

  @Test func aBadConfigurationNamesTheFile() {
    let deep = Array((String(repeating: "[", count: 100_000)).utf8)
    #expect(
      Configuration.validate(data: deep, file: "c.json").map(\.description) == [
        "c.json: invalid JSON at line 1, column 65: nested deeper than 64 levels"
      ])
    #expect(
      Configuration.validate(data: [0xFF, 0x00], file: "c.json").map(\.description) == [
        "c.json: invalid JSON at line 1, column 1: expected a value"
      ])
  }
}

@Suite struct BadInputCSVTests {
  @Test func unbalancedQuotesAreReportedAndTheRestIsRead() {
    let csv = """
      id,text
      a,"fine, with a comma"
      b,"never closed
      c,plain
      d,"closed"late
      e,"last one"
      """
    #expect(
      outline(NoteSource(bytes: Array(csv.utf8), name: "q.csv", format: .csv)) == [
        "note a",
        "error q.csv:3: unbalanced quote: the quoted field opened on this line closes on line 5 before more text; record skipped, reading resumes on the next line",
        "note c",
        "error q.csv:5: unexpected character after a closing quote (a stray quote inside a field?); record skipped",
        "note e",
      ])
  }

  @Test func blankRowsAreSkippedAndRowsWithoutAnIdAreErrors() {
    let csv = "id,text\n\n,\nx,\n,orphan text\n"
    #expect(
      outline(NoteSource(bytes: Array(csv.utf8), name: "e.csv", format: .csv)) == [
        "error e.csv:3: missing \"id\"", "note x", "error e.csv:5: missing \"id\"",
      ])
  }
}

@Suite struct BadInputLexiconTests {
  /// Such an entry overflowed the matcher's stack (its trie walk recurses one level a token).
  @Test func anEntryOfTenThousandWordsIsAnErrorNamingItsLineAndTheRestLoads() {
    let words = (0..<10_000).map(word).joined(separator: " ")
    let text = "@category functional_task\ntask.long = \(words)\ntask.ok = sit to stand\n"
    let loaded = LexiconLoader.compile(text: text, file: "long.lex")
    #expect(
      loaded.problems.map(\.description) == [
        "long.lex:2: entry 'task.long': pattern has 10000 tokens (at most 64)"
      ])
    #expect(loaded.lexicon.entries.map(\.id) == ["task.ok"])
    #expect(loaded.lexicon.matches(in: TokenizedText(words + " sit to stand")).count == 1)
  }

  @Test func anEntryThatExpandsTooFarIsAnErrorNamingItsLine() {
    let text =
      "@category cueing\ncue.ok = cue\ncue.blowup = " + String(repeating: "(a|b) ", count: 20)
      + "\n"
    let loaded = LexiconLoader.compile(text: text, file: "x.lex")
    #expect(
      loaded.problems.map(\.description) == [
        "x.lex:3: entry 'cue.blowup': pattern expands to more than 4096 alternatives"
      ])
    #expect(loaded.lexicon.entries.map(\.id) == ["cue.ok"])
  }

  @Test func emptyEntriesAreReportedAndTheRestLoads() {
    let text = """
      @category cueing
      cue.empty =
      cue.bar = |
      = orphan
      cue.parens = ()
      cue.optional = [cues]
      cue.ok = verbal cues
      @category
      """
    let loaded = LexiconLoader.compile(text: text, file: "e.lex")
    #expect(
      loaded.problems.map(\.description) == [
        "e.lex:2: entry 'cue.empty' has no pattern",
        "e.lex:3: empty alternative between '|' separators",
        "e.lex:3: entry 'cue.bar' has no pattern",
        "e.lex:4: entry id '' must be non-empty and use only a-z, 0-9, '.', '_' and '-'",
        "e.lex:8: @category takes one name, e.g. '@category assist_level'",
        "e.lex:5: entry 'cue.parens': pattern '()' can match nothing (all of it is optional)",
        "e.lex:6: entry 'cue.optional': pattern '[cues]' can match nothing (all of it is optional)",
      ])
    #expect(loaded.lexicon.entries.map(\.id) == ["cue.ok"])
  }

  @Test func aDuplicateIdInALexiconFolderIsReportedWithBothLinesAndTheFirstWins() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("d.lex")
    try "@category cueing\ncue.ok = verbal cues\ncue.ok = tactile cues\n".write(
      to: file, atomically: true, encoding: .utf8)
    let loaded = LexiconLoader.load(directories: [folder.path])
    #expect(
      loaded.problems.map(\.description) == [
        "\(file.path):3: duplicate id 'cue.ok' (first at \(file.path):2); this one is ignored"
      ])
    #expect(loaded.lexicon.entries.map(\.patterns) == [["verbal cues"]])
  }
}

@Suite struct BadInputFolderTests {
  @Test func symlinkLoopsBrokenLinksAndUnreadableFilesAreReportedAndTheWalkGoesOn() throws {
    let folder = try temporaryFolder()
    defer {
      chmod(folder.appendingPathComponent("locked.txt").path, 0o600)
      try? FileManager.default.removeItem(at: folder)
    }
    let fm = FileManager.default
    try Data("a".utf8).write(to: folder.appendingPathComponent("a.txt"))
    try fm.createDirectory(
      at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try Data("b".utf8).write(to: folder.appendingPathComponent("sub/b.txt"))
    try fm.createSymbolicLink(
      atPath: folder.appendingPathComponent("sub/up").path, withDestinationPath: "..")
    try fm.createSymbolicLink(
      atPath: folder.appendingPathComponent("self").path, withDestinationPath: ".")
    try fm.createSymbolicLink(
      atPath: folder.appendingPathComponent("gone.txt").path, withDestinationPath: "missing.txt")
    try fm.createSymbolicLink(
      atPath: folder.appendingPathComponent("ring.txt").path, withDestinationPath: "ring.txt")
    // must not block the walk
    #expect(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o600) == 0)
    try Data("z".utf8).write(to: folder.appendingPathComponent("locked.txt"))
    chmod(folder.appendingPathComponent("locked.txt").path, 0)
    let root = folder.path
    // root reads a mode-000 file anyway; the expectation follows who runs the test.
    let locked =
      getuid() == 0 ? "note locked.txt" : "error \(root)/locked.txt: cannot open: Permission denied"
    #expect(
      outline(NoteSource(path: root)) == [
        "note a.txt",
        "error \(root)/gone.txt: broken symbolic link (No such file or directory); skipped",
        locked,
        "error \(root)/ring.txt: symbolic link loop; skipped",
        "error \(root)/self: symbolic link loop: leads back to \(root); skipped",
        "note sub/b.txt",
        "error \(root)/sub/up: symbolic link loop: leads back to \(root); skipped",
      ])
  }
}
