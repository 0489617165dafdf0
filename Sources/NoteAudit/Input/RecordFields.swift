/// The record fields every structured input (JSONL, CSV) understands, by their input names.
enum FieldName: CaseIterable {
  case id, text, patientID, date, discipline, visit, provider, clinic, payer, cpt

  var key: String {
    switch self {
    case .id: "id"
    case .text: "text"
    case .patientID: "patient_id"
    case .date: "date"
    case .discipline: "discipline"
    case .visit: "visit"
    case .provider: "provider"
    case .clinic: "clinic"
    case .payer: "payer"
    case .cpt: "cpt"
    }
  }

  private static let keys: [[UInt8]] = allCases.map { Array($0.key.utf8) }

  /// Matches a key's bytes exactly (JSON keys are case-sensitive).
  init?(bytes: UnsafeBufferPointer<UInt8>) {
    guard let i = FieldName.index(of: bytes, in: FieldName.keys) else { return nil }
    self = FieldName.allCases[i]
  }

  /// Other header names spreadsheet and EHR exports use for the same column.
  var aliases: [String] {
    switch self {
    case .id: ["note_id", "record_id", "sample_id", "noteid", "encounter_id", "visit_id"]
    case .text: ["note", "note_text", "body", "narrative", "transcription", "documentation"]
    case .patientID: ["patient", "patientid", "mrn", "member_id"]
    case .date: ["dos", "date_of_service", "service_date", "visit_date"]
    case .discipline: ["service_type"]
    case .visit: ["visit_number", "visit_no"]
    case .provider: ["therapist", "clinician", "rendering_provider"]
    case .clinic: ["facility", "location", "site"]
    case .payer: ["insurance", "payor"]
    case .cpt: ["cpt_codes", "charges"]
    }
  }

  /// Matches a CSV header cell by name or alias: surrounding spaces, ASCII case and spaces for
  /// underscores do not matter (`Note ID` is `note_id`).
  init?(header: String) {
    let name = header.trimmingSpaces().lowercased().replacing(" ", with: "_")
    guard
      let match = FieldName.allCases.first(where: { $0.key == name })
        ?? FieldName.allCases.first(where: { $0.aliases.contains(name) })
    else { return nil }
    self = match
  }

  /// The index of `bytes` in a table of keys, compared without building strings.
  static func index(of bytes: UnsafeBufferPointer<UInt8>, in table: [[UInt8]]) -> Int? {
    for (i, key) in table.enumerated() where key.count == bytes.count {
      if key.withUnsafeBufferPointer({ k in k.elementsEqual(bytes) }) { return i }
    }
    return nil
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs (ASCII only; no Foundation).
  func trimmingSpaces() -> String {
    let utf8 = self.utf8
    guard let first = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
      let last = utf8.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })
    else { return "" }
    return String(self[first...last])
  }
}

/// What one input record said, before the checks that make it a `NoteRecord`.
struct RecordFields {
  var id: String?
  var text: DecodedText?
  var patientID: String?
  var date: String?
  var discipline: String?
  var visit: Int?
  var provider: String?
  var clinic: String?
  var payer: String?
  var cpt: [BilledService] = []
  /// Some string (not only the text) had invalid UTF-8 or a lone surrogate replaced.
  var invalidUTF8 = false

  /// Stores a plain string field (everything but `text`, `visit` and `cpt`).
  mutating func set(_ field: FieldName, _ value: String?) {
    switch field {
    case .id: id = value
    case .patientID: patientID = value
    case .date: date = value
    case .discipline: discipline = value
    case .provider: provider = value
    case .clinic: clinic = value
    case .payer: payer = value
    case .text, .visit, .cpt: break
    }
  }

  /// Checks the required fields and the date, and builds the record.
  func record(origin: RecordOrigin) -> InputItem {
    func failure(_ message: String) -> InputItem {
      .failure(InputError(origin: origin, message: message))
    }
    guard let id, !id.isEmpty else { return failure("missing \"id\"") }
    guard let text else { return failure("missing \"text\"") }
    var serviceDate: ServiceDate?
    if let date {
      guard let parsed = ServiceDate(iso8601: date) else {
        return failure("bad date \"\(date.prefix(40))\": expected an ISO 8601 date (YYYY-MM-DD)")
      }
      serviceDate = parsed
    }
    var record = NoteRecord(
      id: id, text: text.string, patientID: patientID, date: serviceDate, discipline: discipline,
      visit: visit,
      provider: provider, clinic: clinic, payer: payer, cpt: cpt, origin: origin)
    record.truncated = text.truncated
    record.invalidUTF8 = invalidUTF8 || text.invalidUTF8
    return .success(record)
  }

  /// Stores a field read as text (a CSV cell): empty means absent, `visit` must be a whole
  /// number, `cpt` is the compact form or a JSON array.
  mutating func assign(_ field: FieldName, cell: UnsafeBufferPointer<UInt8>, maxNoteBytes: Int)
    throws(RecordFailure)
  {
    if field == .text {
      text = DecodedText(cell, limit: maxNoteBytes)
      return
    }
    let decoded = DecodedText(cell, limit: .max)
    invalidUTF8 = invalidUTF8 || decoded.invalidUTF8
    let value = decoded.string.trimmingSpaces()
    guard !value.isEmpty else { return }
    switch field {
    case .visit:
      guard let number = Int(value), number >= 0 else {
        throw RecordFailure(
          message: "\"visit\": expected a whole number, found \"\(value.prefix(40))\"")
      }
      visit = number
    case .cpt:
      cpt = try BilledService.parseList(value)
    default:
      set(field, value)
    }
  }
}

extension BilledService {
  /// Parses a `cpt` cell: a JSON array of `{"code", "units", "minutes", "modifiers", "charge"}`
  /// objects, or the compact form `97530:2:25:GP;97110:1:10:GP|59` (items split by `;`, each
  /// `code:units:minutes:modifiers:charge` with modifiers split by `|`; trailing parts optional,
  /// empty parts absent).
  static func parseList(_ cell: String) throws(RecordFailure) -> [BilledService] {
    if cell.hasPrefix("[") {
      return try JSONScanner.parseWhole(Array(cell.utf8), of: "the list") {
        (s: inout JSONScanner) throws(RecordFailure) in try s.cptList()
      }
      .mapError { RecordFailure(message: "\"cpt\": \($0.message)") }.get()
    }
    var services: [BilledService] = []
    for (n, item) in cell.split(separator: ";").enumerated() {
      let trimmed = String(item).trimmingSpaces()
      guard !trimmed.isEmpty else { continue }
      let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false).map {
        String($0).trimmingSpaces()
      }
      func fail(_ what: String) -> RecordFailure {
        RecordFailure(message: "\"cpt\" item \(n + 1) \"\(trimmed.prefix(60))\": \(what)")
      }
      guard parts.count <= 5 else { throw fail("expected code:units:minutes:modifiers:charge") }
      guard !parts[0].isEmpty else { throw fail("missing code") }
      func whole(_ i: Int, _ name: String) throws(RecordFailure) -> Int? {
        guard i < parts.count, !parts[i].isEmpty else { return nil }
        guard let n = Int(parts[i]), n >= 0 else { throw fail("\(name) must be a whole number") }
        return n
      }
      let units = try whole(1, "units")
      let minutes = try whole(2, "minutes")
      let modifiers =
        parts.count > 3
        ? parts[3].split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        : []
      var charge: Double?
      if parts.count > 4 && !parts[4].isEmpty {
        guard let c = Double(parts[4]) else { throw fail("charge must be a number") }
        charge = c
      }
      services.append(
        BilledService(
          code: parts[0], units: units, minutes: minutes, modifiers: modifiers, charge: charge))
    }
    return services
  }
}
