/// Reads JSON Lines records: one object a line, blank lines skipped, each line parsed in place by
/// `JSONScanner` (no `Codable`), so a large file streams at hundreds of MB/s in bounded memory.
final class JSONLReader {
  private let stream: ByteStream
  private let file: String
  private let options: InputOptions
  private var scratch: [UInt8] = []

  init(stream: ByteStream, file: String, options: InputOptions) {
    self.stream = stream
    self.file = file
    self.options = options
  }

  func next() -> InputItem? {
    while let line = stream.nextLine(maxBytes: options.maxLineBytes) {
      switch line {
      case .tooLong(let number, let length):
        return .failure(
          .lineTooLong(
            RecordOrigin(file: file, line: number), length: length, limit: options.maxLineBytes))
      case .bytes(let bytes, let number):
        if JSONLReader.isBlank(bytes) { continue }
        return parse(bytes, origin: RecordOrigin(file: file, line: number))
      }
    }
    if let error = stream.takeReadError() {
      return .failure(
        InputError(
          origin: RecordOrigin(file: file, line: stream.linesConsumed + 1),
          message: "read failed: \(systemErrorMessage(error))"))
    }
    return nil
  }

  private func parse(_ line: UnsafeBufferPointer<UInt8>, origin: RecordOrigin) -> InputItem {
    var scanner = JSONScanner(line, scratch: [])
    swap(&scanner.scratch, &scratch)
    defer { swap(&scanner.scratch, &scratch) }
    return Self.parse(&scanner, origin: origin, maxNoteBytes: options.maxNoteBytes)
  }

  /// One line's record (a record's JSON text elsewhere: `ShardEnvelopeReader`).
  static func parse(_ line: UnsafeBufferPointer<UInt8>, origin: RecordOrigin, maxNoteBytes: Int)
    -> InputItem
  {
    var scanner = JSONScanner(line, scratch: [])
    return parse(&scanner, origin: origin, maxNoteBytes: maxNoteBytes)
  }

  private static func parse(_ scanner: inout JSONScanner, origin: RecordOrigin, maxNoteBytes: Int)
    -> InputItem
  {
    do throws(RecordFailure) {
      return try scanner.record(maxNoteBytes: maxNoteBytes).record(origin: origin)
    } catch {
      return .failure(InputError(origin: origin, message: error.message))
    }
  }

  /// A line of spaces, tabs and carriage returns only: no record (the shard steps' lines too).
  static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  }
}

extension JSONScanner {
  /// Reads one record object (the whole input must be that object) into its fields; unknown
  /// members of any kind are skipped.
  mutating func record(maxNoteBytes: Int) throws(RecordFailure) -> RecordFields {
    var fields = RecordFields()
    guard peek() == UInt8(ascii: "{") else { throw syntaxError("expected a record object '{'") }
    offset += 1
    var first = true
    while let key = try nextMember(first: &first) {
      guard let field = withBytes(key, { FieldName(bytes: $0) }) else {
        try skipValue(depth: 1)
        continue
      }
      let column = offset
      switch field {
      case .text:
        if null() {
          fields.text = nil
        } else {
          guard peek() == UInt8(ascii: "\"") else {
            throw fieldError("text", "expected a string", at: column)
          }
          fields.text = decodedText(try string(), limit: maxNoteBytes)
        }
      case .visit:
        fields.visit = try wholeNumber("visit")
      case .cpt:
        fields.cpt = try cptList()
      default:
        fields.set(field, try stringOrNumber(field.key))
      }
    }
    skipWhitespace()
    guard offset == count else { throw syntaxError("unexpected text after the record") }
    fields.invalidUTF8 = invalidUTF8
    return fields
  }

  /// A string, or a number kept as written (`"id": 1042` → `"1042"`); nil for `null`.
  mutating func stringOrNumber(_ field: @autoclosure () -> String) throws(RecordFailure) -> String?
  {
    let column = offset
    switch peek() ?? 0 {
    case UInt8(ascii: "\""): return decodedText(try string()).string
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return text(try number())
    default:
      if null() { return nil }
      throw fieldError(field(), "expected a string or a number", at: column)
    }
  }

  /// A non-negative whole number, also accepted as a string of digits; nil for `null`.
  mutating func wholeNumber(_ field: @autoclosure () -> String) throws(RecordFailure) -> Int? {
    let column = offset
    let value: Int?
    switch peek() ?? 0 {
    case UInt8(ascii: "\""): value = Int(decodedText(try string()).string.trimmingSpaces())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = integer(try number())
    default:
      if null() { return nil }
      value = nil
    }
    guard let value, value >= 0 else {
      throw fieldError(field(), "expected a whole number", at: column)
    }
    return value
  }

  /// A `cpt` value: an array of service objects, a compact string (`97530:2:25:GP`), or `null`.
  mutating func cptList() throws(RecordFailure) -> [BilledService] {
    let column = offset
    if null() { return [] }
    if peek() == UInt8(ascii: "\"") {
      return try BilledService.parseList(decodedText(try string()).string)
    }
    guard peek() == UInt8(ascii: "[") else {
      throw fieldError("cpt", "expected a list of services or a compact string", at: column)
    }
    offset += 1
    var services: [BilledService] = []
    var first = true
    while try nextElement(first: &first) {
      services.append(try service(number: services.count + 1))
    }
    return services
  }

  private static let serviceKeys: [[UInt8]] = ["code", "units", "minutes", "modifiers", "charge"]
    .map { Array($0.utf8) }

  /// One `{"code", "units", "minutes", "modifiers", "charge"}` object.
  private mutating func service(number: Int) throws(RecordFailure) -> BilledService {
    func item() -> String { "cpt[\(number)]" }  // for messages only: built when one is needed
    let column = offset
    guard peek() == UInt8(ascii: "{") else {
      throw fieldError(item(), "expected an object", at: column)
    }
    offset += 1
    var code: String?
    var units: Int?
    var minutes: Int?
    var modifiers: [String] = []
    var charge: Double?
    var first = true
    while let key = try nextMember(first: &first) {
      switch withBytes(key, { FieldName.index(of: $0, in: JSONScanner.serviceKeys) }) {
      case 0: code = try stringOrNumber("\(item()).code")
      case 1: units = try wholeNumber("\(item()).units")
      case 2: minutes = try wholeNumber("\(item()).minutes")
      case 3: modifiers = try modifierList("\(item()).modifiers")
      case 4: charge = try decimal("\(item()).charge")
      default: try skipValue(depth: 3)
      }
    }
    guard let code, !code.isEmpty else { throw fieldError(item(), "missing \"code\"", at: column) }
    return BilledService(
      code: code, units: units, minutes: minutes, modifiers: modifiers, charge: charge)
  }

  /// `["GP", "59"]`, or one string `"GP|59"`.
  private mutating func modifierList(_ field: @autoclosure () -> String) throws(RecordFailure)
    -> [String]
  {
    let column = offset
    if null() { return [] }
    if peek() == UInt8(ascii: "\"") {
      return decodedText(try string()).string.split(separator: "|").map {
        String($0).trimmingSpaces()
      }
    }
    guard peek() == UInt8(ascii: "[") else {
      throw fieldError(field(), "expected a list of strings", at: column)
    }
    offset += 1
    var list: [String] = []
    var first = true
    while try nextElement(first: &first) {
      guard let value = try stringOrNumber(field()) else { continue }
      list.append(value)
    }
    return list
  }

  private mutating func decimal(_ field: @autoclosure () -> String) throws(RecordFailure) -> Double?
  {
    let column = offset
    if null() { return nil }
    let value: Double?
    switch peek() ?? 0 {
    case UInt8(ascii: "\""): value = Double(decodedText(try string()).string.trimmingSpaces())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      value = Double(text(try number()))
    default: value = nil
    }
    guard let value else { throw fieldError(field(), "expected a number", at: column) }
    return value
  }
}
