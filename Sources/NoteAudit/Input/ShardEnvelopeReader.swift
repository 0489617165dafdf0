/// Reads the map step's input of a distributed audit (`noteaudit shard analyze`): JSON Lines of
/// envelopes, each one input record as the cluster read it, with its place in the whole input.
///
/// ```text
/// {"row": 42, "source": "notes.jsonl", "line": 7, "record": "{\"id\":\"n1\",\"text\":\"…\"}"}
/// {"row": 43, "source": "notes.csv", "line": 3, "fields": {"Note ID": "n2", "text": "…"}}
/// 44<TAB>8<TAB>"notes.jsonl"<TAB>{"id":"n3","text":"…"}
/// ```
///
/// `record` is a record's JSON text, read as a JSON Lines line is; `fields` a CSV row's cells by
/// header, read as the CSV reader reads them (aliases, compact `cpt`): so a record gets the same
/// `NoteRecord`, or the same error naming `source:line`, as `noteaudit audit` gives it. The third
/// form, a line starting with a digit, carries a JSON Lines record as it was read: row, line and
/// source (a JSON string, which holds no raw tab) before it, each ended by a tab. A cluster makes
/// it by concatenation, and neither side escapes or unescapes the record — a kilobyte a note.
/// A record that is blank yields nothing, as a blank JSON Lines line does. An envelope that is not
/// one is not a bad record but a broken pipe between the cluster and this process: reading stops
/// and `failure` says why, so the caller fails the task and the cluster retries it.
package final class ShardEnvelopeReader: Sequence, IteratorProtocol {
  private let stream: ByteStream
  private let options: InputOptions
  /// Rows of the items returned so far and not yet taken (`takeRow`), oldest first.
  private var rows: [Int64] = []
  private var rowsTaken = 0
  /// Why reading stopped early: an envelope that is not one, or a failed read.
  package private(set) var failure: String?
  /// The source of the last tab-separated envelope, as sent and as read: the envelopes of one
  /// input file name it alike, so it is parsed once a run of them.
  private var lastSource: (json: [UInt8], name: String)?

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
        if let first = bytes.first, first &- UInt8(ascii: "0") < 10 {
          guard let (row, item) = separated(bytes, number: number) else { return nil }
          guard let item else { continue }
          return taking(row, item)
        }
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
        return taking(Int64(row), item)
      }
    }
    if let error = stream.takeReadError() {
      failure = "stdin: read failed: \(systemErrorMessage(error))"
    }
    return nil
  }

  /// `item`, its row remembered for `takeRow`.
  private func taking(_ row: Int64, _ item: InputItem) -> InputItem {
    rows.removeFirst(rowsTaken)
    rowsTaken = 0
    rows.append(row)
    return item
  }

  /// A tab-separated envelope, `ROW \t LINE \t SOURCE \t RECORD`: its row and its record's item
  /// (nil for a blank record); nil, with `failure` set, when the line is not such an envelope.
  private func separated(_ bytes: UnsafeBufferPointer<UInt8>, number: Int)
    -> (Int64, InputItem?)?
  {
    func tab(from start: Int) -> Int? {
      var i = start
      while i < bytes.count && bytes[i] != 0x09 { i += 1 }
      return i < bytes.count ? i : nil
    }
    guard let first = tab(from: 0), let second = tab(from: first + 1),
      let third = tab(from: second + 1), let row = Self.integer(bytes, 0..<first),
      let line = Self.integer(bytes, first + 1..<second),
      let source = source(bytes, second + 1..<third)
    else {
      failure = "stdin:\(number): not a shard envelope: expected ROW, LINE and SOURCE before tabs"
      return nil
    }
    let record = UnsafeBufferPointer(rebasing: bytes[(third + 1)...])
    // `nextLine` dropped the record's `\r`, as `audit` reading the file does; the limit counts it.
    let length = record.count + (stream.lastLineDroppedCR ? 1 : 0)
    let origin = RecordOrigin(file: source, line: line)
    return (
      Int64(row), Self.record(bytes: record, length: length, origin: origin, options: options)
    )
  }

  /// A field of decimal digits as an integer; nil when it is empty, holds another byte or
  /// overflows.
  private static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Int? {
    guard !field.isEmpty else { return nil }
    var value = 0
    for i in field {
      let digit = bytes[i] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowSum) = times.addingReportingOverflow(Int(digit))
      guard !overflowTimes, !overflowSum else { return nil }
      value = sum
    }
    return value
  }

  /// The source field, a JSON string, read once for a run of envelopes that name it alike.
  private func source(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> String? {
    let json = UnsafeBufferPointer(rebasing: bytes[field])
    if let lastSource, lastSource.json.elementsEqual(json) { return lastSource.name }
    guard case .string(let name)? = try? WireJSON.parse(json) else { return nil }
    lastSource = (Array(json), name)
    return name
  }

  /// A JSON Lines record's text read as `JSONLReader` reads a line; nil when it is blank.
  static func record(json: String, origin: RecordOrigin, options: InputOptions) -> InputItem? {
    var json = json
    return json.withUTF8 { bytes in
      record(bytes: bytes, length: bytes.count, origin: origin, options: options)
    }
  }

  /// A record's bytes read as `JSONLReader` reads a line of `length` bytes (the record and any
  /// `\r` dropped after it); nil when it is blank.
  static func record(
    bytes: UnsafeBufferPointer<UInt8>, length: Int, origin: RecordOrigin, options: InputOptions
  ) -> InputItem? {
    if JSONLReader.isBlank(bytes) { return nil }
    guard length <= options.maxLineBytes else {
      return .failure(.lineTooLong(origin, length: length, limit: options.maxLineBytes))
    }
    return JSONLReader.parse(bytes, origin: origin, maxNoteBytes: options.maxNoteBytes)
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
