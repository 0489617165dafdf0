/// The two steps of a distributed audit, over stdio: what `noteaudit shard analyze` and
/// `noteaudit shard batch` run for a cluster job (Docs/ShardProtocol.md). The cluster moves the data;
/// every decision is this library's, so a note gets the same report line, and the batch the same
/// clones and findings, as `noteaudit audit` gives on one machine.
///
/// - **Map** (`analyze`): envelopes in (`ShardEnvelopeReader`), one line out per record, in order:
///   `{"row", "id", "passes", "report", "facts"}` — the note's line of `audit --format jsonl`
///   as a string, and its `BatchFacts` in base64 — or `{"row", "error"}` for a record that could
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

  /// The map step: analyses each envelope's record on all cores and writes its line.
  public static func analyze(
    input: Input, analyzer: Analyzer, options: AuditOptions, report: ReportOptions,
    inputOptions: InputOptions, to sink: OutputSink
  ) throws(Failure) {
    let reader = ShardEnvelopeReader(input.stream, options: inputOptions)
    let renderer = JSONLinesReportWriter(options: report)
    var out = LineSink(sink)
    // Everything after the row, made on the worker that analysed the note.
    let prepare: @Sendable (CheckedNote, BatchFacts) -> [UInt8] = { note, facts in
      var line = ReportBuffer(capacity: 4096)
      line.append(",\"id\":", jsonString: note.record.id)
      line.append(note.passes ? ",\"passes\":true" : ",\"passes\":false")
      let rendered = renderer.render(note.analysis, text: nil).bytes.dropLast()  // its newline
      line.append(",\"report\":", jsonString: String(decoding: rendered, as: UTF8.self))
      line.append(",\"facts\":", jsonString: Base64.encode(facts.encoded()))
      line.append("}\n")
      return line.bytes
    }
    // Analysis is one pass, so no batch check runs here: clone detection and visit sequences are
    // the batch step's, from the facts.
    Auditor(analyzer: analyzer, options: options).map(
      reader,
      onError: { error in
        out.row(reader.takeRow())
        out.buffer.append(",\"error\":", jsonString: "\(error.origin): error: \(error.message)")
        out.buffer.append("}\n")
        out.flushIfFull()
      },
      prepare: prepare,
      onResult: { rest in
        out.row(reader.takeRow())
        out.buffer.append(bytes: rest)
        out.flushIfFull()
      })
    try out.finish()
    if let failure = reader.failure { throw Failure(description: failure) }
  }

  /// The batch step: the batch checks over every note's facts, in row order.
  public static func batch(
    input: Input, options: AuditOptions, report: ReportOptions, to sink: OutputSink
  ) throws(Failure) {
    let stream = input.stream
    var notes: [(row: Int, facts: BatchFacts)] = []
    while let line = stream.nextLine(maxBytes: 1 << 30) {
      guard case .bytes(let bytes, let number) = line else {
        throw Failure(description: "stdin: a facts line exceeds 1 GiB")
      }
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      guard let line = try? WireJSON.parse(bytes), let row = line["row"]?.int,
        let encoded = line["facts"]?.string.flatMap(Base64.decode),
        let facts = BatchFacts(encoded: encoded)
      else {
        throw Failure(
          description: "stdin:\(number): expected {\"row\": N, \"facts\": \"<base64>\"}")
      }
      notes.append((row, facts))
    }
    if let error = stream.takeReadError() {
      throw Failure(description: "stdin: read failed: \(systemErrorMessage(error))")
    }
    notes.sort { $0.row < $1.row }
    var checks = BatchChecks(options: options)
    for note in notes { checks.add(note.facts) }
    notes = []
    let batch = checks.finish()

    var out = LineSink(sink)
    var writer = JSONLinesReportWriter(options: report)
    for note in batch.notes {
      writer.write(batch: note, into: &out.buffer)
      out.flushIfFull()
    }
    for group in batch.cloneGroups {
      out.buffer.append("{\"clone_group\":")
      JSONReportEncoding.append(cloneGroup: group, into: &out.buffer)
      out.buffer.append("}\n")
      out.flushIfFull()
    }
    try out.finish()
  }
}

/// Lines gathered in a buffer and written to a sink in large writes.
private struct LineSink {
  let sink: OutputSink
  var buffer = ReportBuffer(capacity: 1 << 17)
  var failure: ReportOutputError?

  init(_ sink: OutputSink) { self.sink = sink }

  mutating func row(_ row: Int64) {
    buffer.append("{\"row\":")
    buffer.append(int: Int(row))
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
