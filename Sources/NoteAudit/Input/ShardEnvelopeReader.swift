/// Reads the map step's input of a distributed audit (`noteaudit shard analyze`): JSON Lines of
/// envelopes, each one input record as the cluster read it, with its place in the whole input.
///
/// ```text
/// {"row": 42, "source": "notes.jsonl", "line": 7, "record": "{\"id\":\"n1\",\"text\":\"…\"}"}
/// {"row": 43, "source": "notes.csv", "line": 3, "fields": {"Note ID": "n2", "text": "…"}}
/// ```
///
/// `record` is a record's JSON text, read as a JSON Lines line is; `fields` a CSV row's cells by
/// header, read as the CSV reader reads them (aliases, compact `cpt`): so a record gets the same
/// `NoteRecord`, or the same error naming `source:line`, as `noteaudit audit` gives it. A record
/// that is blank yields nothing, as a blank JSON Lines line does. An envelope that is not one is
/// not a bad record but a broken pipe between the cluster and this process: reading stops and
/// `failure` says why, so the caller fails the task and the cluster retries it.
package final class ShardEnvelopeReader: Sequence, IteratorProtocol {
  private let stream: ByteStream
  private let options: InputOptions
  /// Rows of the items returned so far and not yet taken (`takeRow`), oldest first.
  private var rows: [Int64] = []
  private var rowsTaken = 0
  /// Why reading stopped early: an envelope that is not one, or a failed read.
  package private(set) var failure: String?

  init(_ stream: ByteStream, options: InputOptions) {
    self.stream = stream
    self.options = options
  }

  /// A reader over envelopes in memory (tests, fuzzing).
  package convenience init(bytes: [UInt8], options: InputOptions) {
    self.init(ByteStream(bytes: bytes), options: options)
  }

  /// The row of the oldest item returned and not yet taken: callers handle results in the order
  /// the items were read.
  package func takeRow() -> Int64 {
    defer { rowsTaken += 1 }
    return rows[rowsTaken]
  }

  package func next() -> InputItem? {
    guard failure == nil else { return nil }
    // An envelope escapes its record: up to six bytes a byte (`\u0001`), plus its own fields.
    let limit = options.maxLineBytes.multipliedReportingOverflow(by: 6).partialValue + 4096
    while let line = stream.nextLine(maxBytes: limit) {
      switch line {
      case .tooLong(let number, let length):
        failure = "stdin:\(number): envelope of \(length) bytes exceeds the \(limit)-byte limit"
        return nil
      case .bytes(let bytes, let number):
        if JSONLReader.isBlank(bytes) { continue }
        let envelope: WireJSON
        do throws(WireJSONError) {
          envelope = try WireJSON.parse(bytes)
        } catch {
          failure = "stdin:\(number): not a shard envelope: \(error)"
          return nil
        }
        guard let row = envelope["row"]?.int, let source = envelope["source"]?.string else {
          failure = "stdin:\(number): a shard envelope needs \"row\" and \"source\""
          return nil
        }
        let origin = RecordOrigin(file: source, line: envelope["line"]?.int)
        let item: InputItem?
        if let record = envelope["record"]?.string {
          item = Self.record(json: record, origin: origin, options: options)
        } else if case .object(let cells)? = envelope["fields"] {
          item = Self.record(cells: cells, origin: origin, options: options)
        } else {
          failure = "stdin:\(number): a shard envelope needs \"record\" or \"fields\""
          return nil
        }
        guard let item else { continue }
        rows.removeFirst(rowsTaken)
        rowsTaken = 0
        rows.append(Int64(row))
        return item
      }
    }
    if let error = stream.takeReadError() {
      failure = "stdin: read failed: \(systemErrorMessage(error))"
    }
    return nil
  }

  /// A JSON Lines record's text read as `JSONLReader` reads a line; nil when it is blank.
  static func record(json: String, origin: RecordOrigin, options: InputOptions) -> InputItem? {
    var json = json
    return json.withUTF8 { bytes -> InputItem? in
      if JSONLReader.isBlank(bytes) { return nil }
      guard bytes.count <= options.maxLineBytes else {
        return .failure(
          InputError(
            origin: origin,
            message:
              "line of \(bytes.count) bytes exceeds the \(options.maxLineBytes)-byte line limit; skipped"
          ))
      }
      return JSONLReader.parse(bytes, origin: origin, maxNoteBytes: options.maxNoteBytes)
    }
  }

  /// A CSV row's cells by header, read as `CSVReader` reads a row (unknown headers ignored, a
  /// later column of the same field winning as it does there).
  static func record(cells: [String: WireJSON], origin: RecordOrigin, options: InputOptions)
    -> InputItem
  {
    var fields = RecordFields()
    for (header, value) in cells.sorted(by: { $0.key < $1.key }) {
      guard let field = FieldName(header: header), var cell = value.string else { continue }
      let failure = cell.withUTF8 { bytes -> RecordFailure? in
        do throws(RecordFailure) {
          try fields.assign(field, cell: bytes, maxNoteBytes: options.maxNoteBytes)
          return nil
        } catch {
          return error
        }
      }
      if let failure { return .failure(InputError(origin: origin, message: failure.message)) }
    }
    return fields.record(origin: origin)
  }
}
