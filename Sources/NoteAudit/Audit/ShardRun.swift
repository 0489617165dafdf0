/// The two steps of a distributed audit, over stdio: what `noteaudit shard analyze` and
/// `noteaudit shard batch` run for a cluster job (Docs/ShardProtocol.md). The cluster moves the data;
/// every decision is this library's, so a note gets the same report line, and the batch the same
/// clones and findings, as `noteaudit audit` gives on one machine.
///
/// - **Map** (`analyze`): envelopes in (`ShardEnvelopeReader`), one line out per record, in order:
///   `{"row", "id", "passes", "report", "facts", "patient", "clinic", "provider"}` — the note's
///   line of `audit --format jsonl` as a string, its `BatchFacts` in base64, and the record's
///   patient, clinic and provider the clone search samples by — or `{"row", "error"}` for a record that could
///   not be read, worded as `audit` words it on stderr.
/// - **Batch** (`batch`): every note's `{"row", "facts"}` in, in any order; out the batch lines of
///   `audit --format jsonl` (`{"id", "batch"}`), then one `{"clone_group": {...}}` line per group.
public enum ShardRun {
  /// Why a step stopped before its input's end: its input was not the protocol's, or the output
  /// could not be written. The caller exits non-zero so the cluster fails and retries the task.
  public struct Failure: Error, CustomStringConvertible, Sendable {
    public var description: String
  }

  /// Where a step reads its lines: a file descriptor (stdin), or bytes in memory.
  public enum Input: Sendable {
    case fileDescriptor(Int32)
    case bytes([UInt8])

    var stream: ByteStream {
      switch self {
      case .fileDescriptor(let fd): ByteStream(fd: fd, ownsFD: false)
      case .bytes(let bytes): ByteStream(bytes: bytes)
      }
    }
  }

  /// The history table a step keys tonight's notes for (`--history-key FILE`, `--history-ids`;
  /// Docs/ShardProtocol.md, "History"): the table's key, handed over by the job, and how its rows
  /// keep ids. Tonight's fingerprints are then keyed as `audit --history` keys them, from the map
  /// step on, and the steps that end the clone search take earlier nights' rows in and hand
  /// tonight's out.
  public struct History: Sendable {
    public var key: FingerprintKey
    public var ids: HistoryIDs

    public init(key: FingerprintKey, ids: HistoryIDs) {
      self.key = key
      self.ids = ids
    }

    func keying(_ rows: HistoryInput? = nil) -> HistoryKeying {
      HistoryKeying(key: key, rows: rows?.templates ?? [])
    }

    /// `options` keyed with the table's key (and, for the steps that read them, its templates).
    func keyed(_ options: AuditOptions, templates rows: HistoryInput? = nil) -> AuditOptions {
      var options = options
      keying(rows).configure(&options)
      return options
    }
  }

  /// The history step: opens the table at `table.path` (making it, its key and its metadata the
  /// first time) and answers one line, `{"scheme", "ids", "erases_ids", "metadata"}`: the scheme
  /// whose rows the job may compare, the id mode of tonight's rows, whether the commit must rewrite
  /// the stored rows without ids, and the metadata file's text to write once the run committed.
  public static func history(_ table: HistoryTable, to sink: OutputSink) throws(Failure) {
    var out = LineSink(sink)
    out.buffer.append("{\"scheme\":", jsonString: FingerprintScheme.current.description)
    out.buffer.append(",\"ids\":", jsonString: table.ids.rawValue)
    out.buffer.append(table.erasesIDs ? ",\"erases_ids\":true" : ",\"erases_ids\":false")
    out.buffer.append(",\"metadata\":", jsonString: table.metadata)
    out.buffer.append("}\n")
    try out.finish()
  }

  /// How the map step answers (Docs/ShardProtocol.md, "shard analyze").
  public enum Answers: Sendable {
    /// `{"row", "id", "passes", "report", "facts", "patient", "clinic", "provider"}`: one JSON
    /// object a line, the report line escaped into a JSON string.
    case json
    /// `ROW<TAB>{"id", "passes", "patient", "clinic", "provider"}<TAB>FACTS<TAB>REPORT`: the row,
    /// the small fields as a JSON object, the facts' base64 and the report line as `audit` writes
    /// it, raw (JSON holds no raw tab or newline); `ROW<TAB>{"error"}<TAB><TAB>` for a bad record.
    /// Neither side escapes or unescapes the 1.3 KB report, and a cluster splits the line at its
    /// tabs instead of parsing it as JSON.
    case tabSeparated
  }

  /// The map step: analyses each envelope's record on all cores and writes its line.
  ///
  /// - Parameters:
  ///   - answers: the answer lines' form.
  ///   - history: key tonight's fingerprints for this history table.
  public static func analyze(
    input: Input, analyzer: Analyzer, options: AuditOptions, report: ReportOptions,
    inputOptions: InputOptions, answers: Answers = .json, history: History? = nil,
    to sink: OutputSink
  ) throws(Failure) {
    let options = history?.keyed(options) ?? options
    let reader = ShardEnvelopeReader(input.stream, options: inputOptions)
    let keepsText = ReportFormat.jsonl.showsNoteText(report)
    let tabs = answers == .tabSeparated
    var out = LineSink(sink)
    // Everything after the row, made on the worker that analysed the note, with no `String` of the
    // report or the facts: the report line is rendered into the answer (tab-separated) or into a
    // buffer of its own and escaped from there (the line `audit` writes, without its newline), and
    // the facts go in as base64 directly.
    let prepare: @Sendable (CheckedNote, BatchFacts) -> [UInt8] = { note, facts in
      let text = keepsText ? NoteText(note.record.text) : nil
      var line: ReportBuffer
      if tabs {
        line = ReportBuffer(capacity: 6144)
        line.append("\t{\"id\":", jsonString: note.record.id)
        line.append(note.passes ? ",\"passes\":true" : ",\"passes\":false")
        appendGrouping(note.record, into: &line)
        line.append("}\t", base64: facts.encoded())
        line.append("\t")
        JSONReportEncoding.append(note: note.analysis, text: text, options: report, into: &line)
      } else {
        var rendered = ReportBuffer(capacity: 4096)
        JSONReportEncoding.append(note: note.analysis, text: text, options: report, into: &rendered)
        line = ReportBuffer(capacity: 2 * rendered.count + 2048)
        line.append(",\"id\":", jsonString: note.record.id)
        line.append(note.passes ? ",\"passes\":true" : ",\"passes\":false")
        line.append(",\"report\":")
        rendered.withBytes { line.append(jsonQuoted: $0) }
        line.append(",\"facts\":", quotedBase64: facts.encoded())
        appendGrouping(note.record, into: &line)
        line.append("}")
      }
      line.append("\n")
      return line.bytes
    }
    // Analysis is one pass, so no batch check runs here: clone detection and visit sequences are
    // the batch step's, from the facts.
    Auditor(analyzer: analyzer, options: options).map(
      reader,
      onError: { error in
        out.row(reader.takeRow(), tabs: tabs)
        out.buffer.append(tabs ? "\t{\"error\":" : ",\"error\":")
        out.buffer.append(jsonString: "\(error.origin): error: \(error.message)")
        out.buffer.append(tabs ? "}\t\t\n" : "}\n")
        out.flushIfFull()
      },
      prepare: prepare,
      onResult: { rest in
        out.row(reader.takeRow(), tabs: tabs)
        out.buffer.append(bytes: rest)
        out.flushIfFull()
      })
    try out.finish()
    if let failure = reader.failure { throw Failure(description: failure) }
  }

  /// What a cluster groups the clone search's samples by (Docs/ShardProtocol.md): the record's
  /// patient, clinic and provider, each absent when the record has none.
  static func appendGrouping(_ record: NoteRecord, into line: inout ReportBuffer) {
    line.append(",\"patient\":", jsonString: record.patientID)
    line.append(",\"clinic\":", jsonString: record.clinic)
    line.append(",\"provider\":", jsonString: record.provider)
  }

  /// The batch step: the batch checks over every note's facts, in row order.
  ///
  /// - Parameter history: also read earlier nights' rows (`{"earlier": ROW}`, `{"template": ROW}`)
  ///   and match tonight's notes against them as `audit --history` does; after the clone groups,
  ///   write tonight's rows (`{"history": ROW}`, `{"history_template": ROW}`).
  public static func batch(
    input: Input, options: AuditOptions, report: ReportOptions, history: History? = nil,
    to sink: OutputSink
  ) throws(Failure) {
    let earlier = history.map { _ in HistoryInput(notes: true) }
    let notes = try rowsOfFacts(input, fingerprinted: false, history: earlier)
    var checks = BatchChecks(options: history?.keyed(options, templates: earlier) ?? options)
    for note in notes.sorted(by: { $0.row < $1.row }) { checks.add(note.facts) }
    let batch = checks.finish(history: try earlier?.earlierNotes() ?? [])

    var out = LineSink(sink)
    var writer = JSONLinesReportWriter(options: report)
    for note in batch.notes {
      writer.write(batch: note, into: &out.buffer)
      out.flushIfFull()
    }
    for group in batch.cloneGroups { out.write(group: group) }
    if let history {
      for note in batch.exported { out.write(history: note, ids: history.ids) }
      out.write(templates: history.keying().stored(batch.templates))
    }
    try out.finish()
  }

  /// The numbers a cluster needs to plan the clone search as `detect` runs it: sample sizes,
  /// bucket and candidate caps, bands. One line; `{"clones": false}` with clone detection off.
  public static func plan(options: AuditOptions, to sink: OutputSink) throws(Failure) {
    var out = LineSink(sink)
    if let c = options.clones {
      out.buffer.append(
        string: """
          {"clones":true,"learns_templates":\(c.learnsTemplates),\
          "template_sample_patients":\(c.templateSamplePatients),\
          "global_sample_factor":\(CloneDetector.globalSampleFactor),\
          "notes_per_patient":\(CloneDetector.templateNotesPerPatient),\
          "exhaustive_pairs_limit":\(c.exhaustivePairsLimit),"max_bucket_pairs":\(c.maxBucketPairs),\
          "max_candidates_per_note":\(c.maxCandidatesPerNote),"bands":\(MinHash.bands)}

          """)
    } else {
      out.buffer.append("{\"clones\":false}\n")
    }
    try out.finish()
  }

  /// Clone step 1, templates (one process): the sampled notes' facts, each with its patient's rank
  /// in the batch's, its clinic's and its provider's sample (null where not sampled there), in;
  /// the batch context out, one line `{"context": "<base64>"}`.
  ///
  /// - Parameter history: also read the templates earlier nights learnt (`{"template": ROW}`
  ///   lines) and merge those of the batch's clinics and providers into the context, as
  ///   `audit --history` seeds its detector; after the context, write the rows tonight's run
  ///   stores (`{"history_template": ROW}`).
  public static func templates(
    input: Input, options: AuditOptions, history: History? = nil, to sink: OutputSink
  ) throws(Failure) {
    let earlier = history.map { _ in HistoryInput(notes: false) }
    let samples = try rowsOfFacts(
      input, fingerprinted: true, with: ", \"global\": R, \"clinic\": R, \"provider\": R",
      history: earlier
    ) { line in (line["global"]?.int, line["clinic"]?.int, line["provider"]?.int) }
    .sorted { $0.row < $1.row }
    let detector = detector(samples.map(\.facts), options)
    var context = detector.learnt(samples: samples.map(\.extra))
    // Every clinic and provider of the batch has a sampled note (each sample takes its first
    // patient), so these are the names `BatchChecks` seeds with.
    let seed = history?.keying(earlier).templates(
      Set(detector.clinics.names), Set(detector.providers.names))
    if let seed { context.templates = context.templates.merging(seed) }
    var out = LineSink(sink)
    out.buffer.append("{\"context\":", quotedBase64: context.encoded())
    out.buffer.append("}\n")
    if let history { out.write(templates: history.keying().stored(context.templates)) }
    try out.finish()
  }

  /// Clone step 2, content (any partition): each note's facts in, weighed with the batch context;
  /// out `{"row", "judged", "patient", "bands", "content", "meta"}` for a judged note (`patient`
  /// its patient key as a signed 64-bit number, 0 without a patient id; `content` what
  /// verification needs, `meta` what linking needs), `{"row", "judged": false}` for another.
  ///
  /// - Parameters:
  ///   - context: the line `templates` wrote.
  ///   - history: key patients and note ids with the table's key; every line also carries the
  ///     note's `note_key` and `day` (what tells an earlier night's copy of the note apart), and a
  ///     judged note's its row for the table (`"history": ROW`).
  public static func weigh(
    input: Input, context line: [UInt8], options: AuditOptions, history: History? = nil,
    to sink: OutputSink
  ) throws(Failure) {
    guard let object = try? WireJSON.parse(line),
      let context = object["context"]?.string
        .flatMap(Base64.decode).flatMap(BatchContext.init(encoded:))
    else {
      throw Failure(description: "the batch context is not the line 'shard templates' writes")
    }
    let notes = try rowsOfFacts(input, fingerprinted: true)
    var out = LineSink(sink)
    let detector = detector(notes.map(\.facts), history?.keyed(options) ?? options)
    let weighedNotes = detector.contents(context, exporting: history != nil)
    for (i, (note, weighed)) in zip(notes, weighedNotes).enumerated() {
      out.row(Int64(note.row))
      if history != nil {
        out.buffer.append(",\"note_key\":")
        out.buffer.append(signed: detector.noteKeys[i])
        out.buffer.append(",\"day\":")
        if let date = weighed.content.date {
          out.buffer.append(int: date.dayNumber)
        } else {
          out.buffer.append("null")
        }
      }
      if let history, let exported = weighed.exported {
        out.buffer.append(",\"history\":")
        exported.appendRow(into: &out.buffer, ids: history.ids)
      }
      if weighed.judged {
        out.buffer.append(",\"judged\":true,\"patient\":")
        out.buffer.append(string: String(Int64(bitPattern: weighed.content.patientKey)))
        out.buffer.append(",\"bands\":")
        out.buffer.appendJSONArray(weighed.bandKeys) { $0.append(int: Int($1)) }
        out.buffer.append(",\"content\":", quotedBase64: weighed.content.encoded())
        let meta = NoteContent(
          id: weighed.content.id, date: weighed.content.date, patientKey: weighed.content.patientKey
        )
        out.buffer.append(",\"meta\":", quotedBase64: meta.encoded())
        out.buffer.append("}\n")
      } else {
        out.buffer.append(",\"judged\":false}\n")
      }
      out.flushIfFull()
    }
    try out.finish()
  }

  /// Clone step 3, verification (any partition): candidate pairs in, `{"a", "b", "mode",
  /// "first", "second"}` (rows, `series`, `band` or `band-large`, both notes' `content`; or
  /// `history`, tonight's note's row for the history table and an earlier night's row); out
  /// `{"a", "b", "pair": "<base64>"}` for each pair that is a clone.
  ///
  /// - Parameter patients: the batch's patients (distinct patient ids, and each note without
  ///   one): how much a cross-patient match must share grows with it.
  public static func verify(input: Input, patients: Int, options: AuditOptions, to sink: OutputSink)
    throws(Failure)
  {
    let configuration = options.clones ?? CloneConfiguration()
    var out = LineSink(sink)
    var rows: [(Int, Int)] = []
    var candidates: [CandidatePair] = []
    func flush() {
      for (rows, pair) in zip(
        rows, CloneDetector.verify(candidates, configuration: configuration, patients: patients))
      {
        if let pair { out.write(a: rows.0, b: rows.1, pair: pair) }
      }
      rows.removeAll(keepingCapacity: true)
      candidates.removeAll(keepingCapacity: true)
    }
    try eachObject(
      input,
      expecting:
        "{\"a\": N, \"b\": N, \"mode\": M, \"first\": C, \"second\": C} (C a history row with mode history)"
    ) { line in
      let mode: CandidatePair.Mode
      switch line["mode"]?.string {
      case "history":
        guard let a = line["a"]?.int, let b = line["b"]?.int,
          let first = line["first"].flatMap(HistoricalFingerprint.init(row:)),
          let second = line["second"].flatMap(HistoricalFingerprint.init(row:))
        else { return false }
        if let pair = CloneDetector.verify(first, against: second, configuration: configuration) {
          out.write(a: a, b: b, pair: pair)
        }
        return true
      case "series": mode = .series
      case "band": mode = .band(largeBatch: false)
      case "band-large": mode = .band(largeBatch: true)
      default: return false
      }
      guard let a = line["a"]?.int, let b = line["b"]?.int, let first = content(line["first"]),
        let second = content(line["second"])
      else { return false }
      rows.append((a, b))
      candidates.append(CandidatePair(first: first, second: second, mode: mode))
      if candidates.count >= 1024 { flush() }
      return true
    }
    flush()
    try out.finish()
  }

  /// Clone step 4, links (one connected component a line): `{"group": n, "notes": [{"row",
  /// "meta"}], "pairs": [{"a", "b", "pair"}]}` in — an earlier night's note as `{"row",
  /// "earlier": ROW}`, its row after every tonight's note's; out each note's `{"id", "clones",
  /// "findings"}` (its matches and the findings they make, with the configured rule overrides)
  /// and the component's `{"clone_group": {...}}`, numbered `G<n>`.
  public static func links(
    input: Input, options: AuditOptions, report: ReportOptions, to sink: OutputSink
  )
    throws(Failure)
  {
    let configuration = options.clones ?? CloneConfiguration()
    var out = LineSink(sink)
    try eachObject(
      input,
      expecting:
        "{\"group\": N, \"notes\": [{\"row\", \"meta\" or \"earlier\"}], \"pairs\": [{\"a\", \"b\", \"pair\"}]}"
    ) { line in
      guard let number = line["group"]?.int, let notes = line["notes"]?.array,
        let pairs = line["pairs"]?.array
      else { return false }
      var rows: [(row: Int, note: NoteContent)] = []
      var earlier: [(row: Int, note: HistoricalFingerprint)] = []
      for note in notes {
        guard let row = note["row"]?.int else { return false }
        if let meta = content(note["meta"]) {
          rows.append((row, meta))
        } else if let stored = note["earlier"].flatMap(HistoricalFingerprint.init(row:)) {
          earlier.append((row, stored))
        } else {
          return false
        }
      }
      rows.sort { $0.row < $1.row }
      earlier.sort { $0.row < $1.row }
      // The detector numbers earlier nights' notes after tonight's: so must the rows.
      guard (rows.last?.row ?? .min) < (earlier.first?.row ?? .max) else { return false }
      let index = Dictionary(
        (rows.map(\.row) + earlier.map(\.row)).enumerated().map { ($1, $0) },
        uniquingKeysWith: { a, _ in a })
      var linked: [ClonePair] = []
      for pair in pairs {
        guard let a = pair["a"]?.int.flatMap({ index[$0] }),
          let b = pair["b"]?.int.flatMap({ index[$0] }),
          let bytes = pair["pair"]?.string.flatMap(Base64.decode), var decoded = decodePair(bytes)
        else { return false }
        (decoded.first, decoded.second) = (min(a, b), max(a, b))
        linked.append(decoded)
      }
      let (result, id, date) = CloneDetector.links(
        notes: rows.map(\.note), history: earlier.map(\.note), pairs: linked,
        configuration: configuration)
      let (clones, findings) = BatchChecks.clones(result, id: id, date: date)
      for note in rows.map(\.note.id) {
        guard let matches = clones[note] else { continue }
        out.buffer.append("{\"id\":", jsonString: note)
        out.buffer.append(",\"clones\":")
        JSONReportEncoding.append(clones: matches, into: &out.buffer)
        out.buffer.append(",\"findings\":")
        JSONReportEncoding.append(
          findings: options.rules.apply(to: findings[note] ?? []), options: report,
          into: &out.buffer)
        out.buffer.append("}\n")
      }
      for var group in result.groups {
        group.id = "G\(number)"
        out.write(group: group)
      }
      return true
    }
    try out.finish()
  }

  // MARK: Lines

  /// Calls `body` with each non-blank line's JSON; a line that is not JSON, or that `body` refuses
  /// (returns false), fails the step naming the line and what was expected.
  static func eachObject(
    _ input: Input, expecting shape: String, _ body: (WireJSON) -> Bool
  ) throws(Failure) {
    let stream = input.stream
    while let line = stream.nextLine(maxBytes: 1 << 30) {
      guard case .bytes(let bytes, let number) = line else {
        throw Failure(description: "stdin: a line exceeds 1 GiB")
      }
      if JSONLReader.isBlank(bytes) { continue }
      guard let object = try? WireJSON.parse(bytes), body(object) else {
        throw Failure(description: "stdin:\(number): expected \(shape)")
      }
    }
    if let error = stream.takeReadError() {
      throw Failure(description: "stdin: read failed: \(systemErrorMessage(error))")
    }
  }

  /// Every line's `row` and `facts` (made with clone detection on, when `fingerprinted`), and
  /// what `extra` reads of the line's other fields (named in `fields` for the message); with
  /// `history`, the history table's rows among them go there.
  static func rowsOfFacts<Extra>(
    _ input: Input, fingerprinted: Bool, with fields: String = "", history: HistoryInput? = nil,
    _ extra: (WireJSON) -> Extra = { _ in () }
  ) throws(Failure) -> [(row: Int, facts: BatchFacts, extra: Extra)] {
    var rows: [(row: Int, facts: BatchFacts, extra: Extra)] = []
    let shape = "{\"row\": N, \"facts\": \"<base64>\"\(fields)}\(history?.shape ?? "")"
    try eachObject(input, expecting: shape) { line in
      if let read = history?.read(line) { return read }
      guard let row = line["row"]?.int,
        let facts = line["facts"]?.string.flatMap(Base64.decode).flatMap(BatchFacts.init(encoded:)),
        facts.clone != nil || !fingerprinted
      else { return false }
      rows.append((row, facts, extra(line)))
      return true
    }
    return rows
  }

  /// A clone detector over the notes of `facts`, in that order.
  static func detector(_ facts: [BatchFacts], _ options: AuditOptions) -> CloneDetector {
    var detector = CloneDetector(
      configuration: options.clones ?? CloneConfiguration(), keyed: options.keyed,
      keyedID: options.keyedID)
    for case let (note, fingerprint)? in facts.map(\.clone) {
      detector.add(fingerprint, note: note)
    }
    return detector
  }

  static func content(_ value: WireJSON?) -> NoteContent? {
    value?.string.flatMap(Base64.decode).flatMap { NoteContent(encoded: $0) }
  }

  /// A verified pair's verdict (similarity, kind, detail); its notes travel as rows beside it.
  static func encode(_ pair: ClonePair) -> [UInt8] {
    var w = BinaryWriter()
    w.fixed(pair.similarity.bitPattern)
    w.string(pair.kind.rawValue)
    w.string(pair.detail)
    return w.bytes
  }

  static func decodePair(_ bytes: [UInt8]) -> ClonePair? {
    var r = BinaryReader(bytes)
    guard let bits = try? r.fixed(),
      let kind = (try? r.string()).flatMap(CloneKind.init(rawValue:)),
      let detail = try? r.string(), r.isAtEnd
    else { return nil }
    return ClonePair(
      first: 0, second: 0, similarity: Double(bitPattern: bits), kind: kind, detail: detail)
  }
}

/// A history table's rows among a step's input lines: earlier nights' notes (`{"earlier": ROW}`,
/// where `notes`) and learnt templates (`{"template": ROW}`).
final class HistoryInput {
  let notes: Bool
  private var earlier: [HistoricalFingerprint] = []
  private(set) var templates: [(key: UInt64, shingles: [UInt32])] = []

  init(notes: Bool) { self.notes = notes }

  /// The lines it reads, for a message.
  var shape: String {
    notes ? ", {\"earlier\": ROW} or {\"template\": ROW}" : " or {\"template\": ROW}"
  }

  /// Reads a history line: nil when `line` is none, false when it is not a row.
  func read(_ line: WireJSON) -> Bool? {
    if notes, let row = line["earlier"] {
      guard let note = HistoricalFingerprint(row: row) else { return false }
      earlier.append(note)
      return true
    }
    guard let row = line["template"] else { return nil }
    guard let template = TemplateRow.read(row) else { return false }
    templates.append(template)
    return true
  }

  /// The earlier notes in the order `HistoryStore.forEachFingerprint` gives them (by note key as
  /// SQLite orders it, a signed integer), in which the clone search numbers them; a note key twice
  /// is refused (the job keeps each note's latest row).
  func earlierNotes() throws(ShardRun.Failure) -> [HistoricalFingerprint] {
    let sorted = earlier.sorted { Int64(bitPattern: $0.noteKey) < Int64(bitPattern: $1.noteKey) }
    for (a, b) in zip(sorted, sorted.dropFirst()) where a.noteKey == b.noteKey {
      throw ShardRun.Failure(
        description: "stdin: two earlier rows of note_key \(Int64(bitPattern: a.noteKey))")
    }
    return sorted
  }
}

/// Lines gathered in a buffer and written to a sink in large writes.
private struct LineSink {
  let sink: OutputSink
  var buffer = ReportBuffer(capacity: 1 << 17)
  var failure: ReportOutputError?

  init(_ sink: OutputSink) { self.sink = sink }

  /// A line's start: `{"row":N` (its JSON object goes on), or `N` before a tab.
  mutating func row(_ row: Int64, tabs: Bool = false) {
    if !tabs { buffer.append("{\"row\":") }
    buffer.append(int: Int(row))
  }

  mutating func write(group: CloneGroup) {
    buffer.append("{\"clone_group\":")
    JSONReportEncoding.append(cloneGroup: group, into: &buffer)
    buffer.append("}\n")
    flushIfFull()
  }

  /// A verified pair: its notes' rows and its verdict.
  mutating func write(a: Int, b: Int, pair: ClonePair) {
    buffer.append("{\"a\":")
    buffer.append(int: a)
    buffer.append(",\"b\":")
    buffer.append(int: b)
    buffer.append(",\"pair\":", quotedBase64: ShardRun.encode(pair))
    buffer.append("}\n")
    flushIfFull()
  }

  /// Tonight's note's row for the history table.
  mutating func write(history note: HistoricalFingerprint, ids: HistoryIDs) {
    buffer.append("{\"history\":")
    note.appendRow(into: &buffer, ids: ids)
    buffer.append("}\n")
    flushIfFull()
  }

  /// Tonight's template rows for the history table, by key.
  mutating func write(templates: [UInt64: [UInt32]]) {
    for (key, shingles) in templates.sorted(by: { $0.key < $1.key }) {
      buffer.append("{\"history_template\":")
      TemplateRow.append(key: key, shingles: shingles, into: &buffer)
      buffer.append("}\n")
      flushIfFull()
    }
  }

  mutating func flushIfFull() {
    if buffer.count >= 1 << 16 { flush() }
  }

  mutating func flush() {
    guard failure == nil else { return buffer.removeAll() }
    do throws(ReportOutputError) {
      try buffer.withBytes { bytes throws(ReportOutputError) in try sink.write(bytes) }
    } catch {
      failure = error
    }
    buffer.removeAll()
  }

  mutating func finish() throws(ShardRun.Failure) {
    flush()
    if failure == nil {
      do throws(ReportOutputError) { try sink.commit() } catch { failure = error }
    }
    if let failure { throw ShardRun.Failure(description: failure.description) }
  }
}
