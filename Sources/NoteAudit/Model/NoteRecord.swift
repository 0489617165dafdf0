/// One billed service line on a claim, as carried by an input record's `cpt` list.
public struct BilledService: Hashable, Sendable {
  public var code: String
  public var units: Int?
  public var minutes: Int?
  public var modifiers: [String]
  /// Charge in dollars, when the record gives one (for the KX threshold check).
  public var charge: Double?

  public init(
    code: String, units: Int? = nil, minutes: Int? = nil, modifiers: [String] = [],
    charge: Double? = nil
  ) {
    self.code = code
    self.units = units
    self.minutes = minutes
    self.modifiers = modifiers
    self.charge = charge
  }
}

/// A calendar date of service (no time zone: a visit happens on a day).
public struct ServiceDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses the date part of an ISO 8601 value (`2026-03-04`, `2026-03-04T10:02:00Z`); nil when it
  /// is not a real calendar date.
  public init?(iso8601 text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return nil
    }
    func number(_ r: Range<Int>) -> Int? {
      var n = 0
      for b in bytes[r] {
        guard b >= 48 && b <= 57 else { return nil }
        n = n * 10 + Int(b - 48)
      }
      return n
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
    if bytes.count > 10 && bytes[10] != UInt8(ascii: "T") && bytes[10] != UInt8(ascii: " ") {
      return nil
    }
    self.init(checkedYear: y, month: m, day: d)
  }

  /// A date that exists (years 0–9999, as ISO 8601 writes them), else nil: what the ISO parser and
  /// the reader of dates another process encoded (`BatchFacts`) accept.
  init?(checkedYear y: Int, month m: Int, day d: Int) {
    guard (0...9999).contains(y), (1...12).contains(m), d >= 1,
      d <= ServiceDate.daysIn(month: m, year: y)
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1970-01-01 (proleptic Gregorian), for day arithmetic without Foundation.
  public var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  public static func < (a: ServiceDate, b: ServiceDate) -> Bool { a.dayNumber < b.dayNumber }

  public var description: String {
    func pad(_ n: Int, _ w: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, w - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }
}

/// Where a record came from, for error messages and reports (`notes.jsonl:17`).
public struct RecordOrigin: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  /// 1-based line (JSONL, CSV) where the record starts; nil for a whole file.
  public var line: Int?

  public init(file: String, line: Int? = nil) {
    self.file = file
    self.line = line
  }

  public var description: String { line.map { "\(file):\($0)" } ?? file }
}

/// One therapy note to audit, with whatever claim and visit data the input carried.
public struct NoteRecord: Sendable {
  /// The file path (relative to the folder audited) or the record's `id`.
  public var id: String
  public var text: String
  public var patientID: String?
  public var date: ServiceDate?
  /// `PT`, `OT` or `SLP`.
  public var discipline: String?
  public var visit: Int?
  public var provider: String?
  public var clinic: String?
  /// Payer name, for a per-payer units method.
  public var payer: String?
  public var cpt: [BilledService]
  public var origin: RecordOrigin
  /// The note was longer than `InputOptions.maxNoteBytes` and `text` holds only its first part
  /// (cut at a UTF-8 boundary); the scorer reports `note.truncated`.
  public var truncated = false
  /// Invalid UTF-8 (or a lone `\u` surrogate escape) was replaced with U+FFFD while reading;
  /// the scorer reports `note.invalid-utf8`.
  public var invalidUTF8 = false

  public init(
    id: String, text: String, patientID: String? = nil, date: ServiceDate? = nil,
    discipline: String? = nil,
    visit: Int? = nil, provider: String? = nil, clinic: String? = nil, payer: String? = nil,
    cpt: [BilledService] = [], origin: RecordOrigin? = nil
  ) {
    self.id = id
    self.text = text
    self.patientID = patientID
    self.date = date
    self.discipline = discipline
    self.visit = visit
    self.provider = provider
    self.clinic = clinic
    self.payer = payer
    self.cpt = cpt
    self.origin = origin ?? RecordOrigin(file: id)
  }
}

/// A record that could not be read: reported as `file:line: message`, the batch goes on.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
  public var origin: RecordOrigin
  public var message: String

  public init(origin: RecordOrigin, message: String) {
    self.origin = origin
    self.message = message
  }

  public var description: String { "\(origin): \(message)" }

  /// A line past the reader's limit, skipped: every line-reading input (JSON Lines, FHIR NDJSON,
  /// shard envelopes' records) says it alike.
  static func lineTooLong(_ origin: RecordOrigin, length: Int, limit: Int) -> InputError {
    InputError(
      origin: origin,
      message: "line of \(length) bytes exceeds the \(limit)-byte line limit; skipped")
  }
}
