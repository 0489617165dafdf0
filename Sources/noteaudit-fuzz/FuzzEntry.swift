import NoteAudit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The code paths one fuzz binary exercises; `Scripts/fuzz.sh` runs each in turn, choosing it with
/// the environment variable `NOTEAUDIT_FUZZ_TARGET` (one binary builds once, which matters on a
/// shared 2-core machine). Seed corpora live in `Fuzz/<rawValue>/`.
enum FuzzTarget: String, CaseIterable {
  /// `TokenizedText(bytes:)` on raw bytes (invalid UTF-8 included), plus the span lookups reports make.
  case tokenizer
  /// The lexicon parser and pattern compiler (`LexiconLoader.compile(text:)`), then matching the
  /// compiled lexicon against its own source text.
  case lexicon
  /// The tables of a compiled lexicon image (`LexiconImage`, past its key and checksum) for the
  /// entries of `fuzzImageLexicon`; tables it accepts are walked over a note, which reads them
  /// unchecked.
  case lexiconImage = "lexicon-image"
  /// The whole `check` path: `Analyzer.analyze` on the input decoded as UTF-8 (invalid bytes become U+FFFD).
  case check
  /// The `check` path on the raw bytes, so invalid UTF-8 reaches the tokenizer and scorer unrepaired.
  case checkBytes = "check-bytes"
  /// The JSON Lines reader (`NoteSource(bytes:…, format: .jsonl)`).
  case jsonl
  /// The CSV reader (`NoteSource(bytes:…, format: .csv)`).
  case csv
  /// The FHIR reader (`NoteSource(bytes:…, format: .fhir)`): NDJSON resources or one Bundle, both
  /// passes, Binary look-ups, the mapping and HTML stripping.
  case fhir
  /// The `.noteaudit.json` parser and validator (`Configuration.validate(data:file:)`).
  case config
  /// The editor services: the bytes as one JSON message (`WireJSON`, which must re-read what it
  /// writes), handed to a fresh language server that has a note open (edits with any range, hover,
  /// code actions, pull diagnostics) and to the native host.
  case editor
  /// What the steps of a distributed audit read (Docs/ShardProtocol.md): the bytes as shard
  /// envelopes (`ShardEnvelopeReader`: a record's JSON text or a CSV row's cells, each with its row
  /// kept in order), and as the encoded facts, batch context and note content a step reads back
  /// from another process (`BatchFacts`, `BatchContext`, `NoteContent`); accepted facts go through
  /// the batch checks.
  case shard

  /// Read once: the target never changes within a process.
  static let selected: FuzzTarget = {
    let name = getenv("NOTEAUDIT_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
      let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
      harnessError("set NOTEAUDIT_FUZZ_TARGET to one of: \(names)")
    }
    return target
  }()
}

/// A problem with the harness itself (not a finding): message on stderr, exit 2.
func harnessError(_ message: String) -> Never {
  let line = Array("noteaudit-fuzz: \(message)\n".utf8)
  _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  exit(2)
}

/// Built once per process: loading the bundled lexicons per input would swamp the fuzzer.
/// A missing bundle is a harness error, reported once, not a finding.
let fuzzAnalyzer: Analyzer = {
  do {
    return try Analyzer.bundled()
  } catch {
    harnessError("\(error)")
  }
}()

/// The context pass over `fuzzAnalyzer`'s lexicon, for documents built from raw bytes.
let fuzzContext = ContextAnalyzer(lexicon: fuzzAnalyzer.lexicon)

/// The lexicon the image target's tables are read for (its seeds are this lexicon's tables, made
/// with `noteaudit lexicon compile` in a folder holding only it): slots, a prefix pattern,
/// alternatives, an entry that does not compile.
let fuzzImageLexicon = """
  @category assist_level
  assist.min = (min|minimal) (assist|A) | minA ; level=3
  @category functional_task
  task.transfer = (sit|stand) (to|-) (stand|sit) [transfer*] | ambulat* <num> (ft|feet)
  task.broken = (unclosed
  @category objective_measure
  measure.tug = TUG <num> (s|sec) ; range=0-120

  """
let fuzzImageEntries = LexiconParser(text: fuzzImageLexicon, file: "fuzz.lex").entries
let fuzzImageNote = "Pt ambulated 150 ft, sit to stand transfers min A, TUG 14 s. minA x2."

/// Input small enough for the 1 MiB note limit to be irrelevant, but the readers get a low line
/// limit so their over-limit paths are reachable with fuzzer-sized inputs.
let fuzzInputOptions = InputOptions(maxNoteBytes: 256, maxLineBytes: 512)

/// libFuzzer entry point. Built without `--sanitize=fuzzer` this file is inert (the binary exits 0).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  switch FuzzTarget.selected {
  case .tokenizer:
    let text = TokenizedText(bytes: bytes)
    for token in text.tokens { _ = text.span(token.range) }
    _ = text.span(bytes.count..<bytes.count)
  case .lexicon:
    let source = String(decoding: bytes, as: UTF8.self)
    let loaded = LexiconLoader.compile(text: source, file: "fuzz.lex")
    _ = loaded.lexicon.matches(in: TokenizedText(source))
  case .lexiconImage:
    if let lexicon = LexiconImage.lexicon(tables: bytes, entries: fuzzImageEntries) {
      _ = lexicon.matches(in: TokenizedText(fuzzImageNote))
    }
  case .check:
    _ = fuzzAnalyzer.analyze(NoteRecord(id: "fuzz", text: String(decoding: bytes, as: UTF8.self)))
  case .checkBytes:
    let document = NoteDocument(
      text: TokenizedText(bytes: bytes), lexicon: fuzzAnalyzer.lexicon, context: fuzzContext)
    _ = fuzzAnalyzer.analyze(document, record: NoteRecord(id: "fuzz", text: ""))
  case .jsonl:
    readAll(NoteSource(bytes: bytes, name: "fuzz.jsonl", format: .jsonl, options: fuzzInputOptions))
  case .csv:
    readAll(NoteSource(bytes: bytes, name: "fuzz.csv", format: .csv, options: fuzzInputOptions))
  case .fhir:
    readAll(NoteSource(bytes: bytes, name: "fuzz.ndjson", format: .fhir, options: fuzzInputOptions))
  case .config:
    for problem in Configuration.validate(data: bytes, file: "fuzz.json")
    where problem.file != "fuzz.json" {
      fatalError("configuration problem without its file: \(problem)")
    }
  case .editor:
    guard let message = try? WireJSON.parse(bytes) else { break }
    guard (try? WireJSON.parse(message.serialized())) == message else {
      fatalError("WireJSON did not re-read its own output")
    }
    let server = LanguageServer(
      service: NoteService(checker: NoteChecker(analyzer: fuzzAnalyzer)),
      options: .init(maxMessageBytes: 1 << 20))
    let now = ContinuousClock.now
    _ = server.handle(
      ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]], now: now
    )
    _ = server.handle(
      [
        "jsonrpc": "2.0", "method": "textDocument/didOpen",
        "params": [
          "textDocument": [
            "uri": "file:///f.txt", "version": 1,
            "text": "Café ’ 🙂 Pt sit to stand x5 w/ CGA.\r\nNo cues.\n",
          ]
        ],
      ],
      now: now)
    _ = server.handle(message, now: now)
    _ = server.due(now: now + .seconds(1))
    _ = NativeHost(
      service: NoteService(checker: NoteChecker(analyzer: fuzzAnalyzer)), maxMessageBytes: 1 << 20
    ).handle(message)
  case .shard:
    let reader = ShardEnvelopeReader(bytes: bytes, options: fuzzInputOptions)
    for _ in reader { _ = reader.takeRow() }
    // Accepted facts must be usable: what the batch step does with them.
    if let facts = BatchFacts(encoded: bytes) {
      var checks = BatchChecks(options: AuditOptions(workers: 1))
      checks.add(facts)
      checks.add(facts)
      _ = checks.finish()
    }
    _ = NoteContent(encoded: bytes)
    _ = BatchContext(encoded: bytes)
  }
  return 0
}

/// Drains a source, checking the invariants every reader promises.
func readAll(_ source: NoteSource) {
  for item in source {
    switch item {
    case .success(let record):
      // A note never exceeds the limit it was read with.
      if record.text.utf8.count > fuzzInputOptions.maxNoteBytes {
        fatalError("note over maxNoteBytes")
      }
    case .failure(let error):
      // Every error names the file it came from.
      if error.origin.file != source.path { fatalError("error without its file: \(error)") }
    }
  }
}
