/// Collects, note by note, what the visit-sequence checks need, in a compact form, so a nightly
/// batch of a million records keeps tens of bytes per note instead of its claim lines and measure
/// dictionaries.
///
/// Per-line checks that need no other note (discipline modifiers, assistant modifiers) are
/// `VisitSequenceChecker.lineFindings`, run wherever the note is analysed. Per-patient checks (progress reports, objective progress, distinct
/// services, KX) run in `finish`, one patient at a time, on facts rebuilt from the compact rows;
/// provider averages are running sums, and a provider under 15 minutes a unit gets one finding, on
/// its first note that bills timed units.
public struct VisitLedger: Sendable {
  public let configuration: BillingConfiguration

  /// The modifiers the checks read; others do not change any finding and are not kept.
  static let modifiers = ["GP", "GO", "GN", "CQ", "CO", "59", "XE", "XS", "XP", "XU", "KX"]
  static let modifierBits: [String: UInt16] = Dictionary(uniqueKeysWithValues: modifiers.enumerated().map { ($1, UInt16(1) << $0) })

  /// A claim line in 12 bytes: the code by number, units, modifier bits, charge.
  struct Line: Sendable {
    var code: Int16
    var units: Int16
    var modifiers: UInt16
    var charge: Float
  }

  /// One dated note of a patient in about 40 bytes; its lines and measures are runs of the shared
  /// `lines` and `measures` arrays.
  struct Row: Sendable {
    var noteID: String
    var patient: Int32
    var day: Int32
    var visit: Int32
    var firstLine: Int32
    var firstMeasure: Int32
    var lineCount: UInt8
    var measureCount: UInt8
    var discipline: UInt8
    var flags: UInt8
  }

  /// Disciplines as stored (0: none); anything else is kept as written in `otherDisciplines`.
  static let disciplines = ["", "PT", "OT", "SLP", "ST"]

  var rows: [Row] = []
  var lines: [Line] = []
  var measures: [(name: Int32, value: Float)] = []
  var patients: [String] = []
  var patientIndex: [String: Int32] = [:]
  var measureNames: [String] = []
  var measureIndex: [String: Int32] = [:]
  var codes: [String] = []
  var codeIndex: [String: Int32] = [:]
  var otherDisciplines: [String] = []
  var otherDisciplineIndex: [String: Int32] = [:]
  var patientRows: [[Int32]] = []
  /// Running sums per provider, with the provider's first note that bills timed units.
  var providers: [String: (average: ProviderAverage, firstNote: String)] = [:]

  public init(configuration: BillingConfiguration = BillingConfiguration()) {
    self.configuration = configuration
  }

  /// The number of `name` in a table of distinct names, adding it when new.
  static func intern(_ name: String, _ table: inout [String], _ index: inout [String: Int32]) -> Int32 {
    if let i = index[name] { return i }
    let i = Int32(table.count)
    table.append(name)
    index[name] = i
    return i
  }

  /// Records one note (its own claim lines are checked by `VisitSequenceChecker.lineFindings`,
  /// which needs no ledger and can run on any thread).
  public mutating func add(_ note: VisitFacts) {
    if let provider = note.provider, let minutes = note.timedMinutes {
      let units = note.cpt.filter { CPTCatalog.isTimed($0.code) }.reduce(0) { $0 + max(0, $1.units ?? 0) }
      if units > 0 {
        var entry = providers[provider] ?? (ProviderAverage(provider: provider, timedMinutes: 0, timedUnits: 0, notes: 0), note.noteID)
        entry.average.timedMinutes += max(0, minutes)
        entry.average.timedUnits += units
        entry.average.notes += 1
        providers[provider] = entry
      }
    }
    if let patientID = note.patientID, let date = note.date {
      let firstLine = Int32(lines.count)
      for line in note.cpt.prefix(255) {
        var mask: UInt16 = 0
        for modifier in line.modifiers { mask |= Self.modifierBits[modifier.trimmingWhitespace().uppercased()] ?? 0 }
        let code = Int16(clamping: Self.intern(line.code, &codes, &codeIndex))
        lines.append(Line(code: code, units: Int16(clamping: line.units ?? 1), modifiers: mask, charge: Float(line.charge ?? 0)))
      }
      let firstMeasure = Int32(measures.count)
      for (name, value) in (note.objectiveValues ?? [:]).sorted(by: { $0.key < $1.key }).prefix(255) {
        measures.append((Self.intern(name, &measureNames, &measureIndex), Float(value)))
      }
      let patient = Self.intern(patientID, &patients, &patientIndex)
      let flags: UInt8 = (note.isProgressReport ? 1 : 0) | (note.isReevaluation ? 2 : 0) | (note.hasObjectiveMeasure ? 4 : 0)
        | (note.visit == nil ? 0 : 8) | (note.objectiveValues == nil ? 0 : 16)
      var discipline: UInt8 = 0
      if let written = note.discipline {
        if let known = Self.disciplines.firstIndex(of: written) {
          discipline = UInt8(known)
        } else {
          let other = Self.disciplines.count + Int(Self.intern(written, &otherDisciplines, &otherDisciplineIndex))
          discipline = other <= Int(UInt8.max) ? UInt8(other) : 0  // past 250 odd spellings: unknown
        }
      }
      if Int(patient) == patientRows.count { patientRows.append([]) }
      patientRows[Int(patient)].append(Int32(rows.count))
      rows.append(Row(
        noteID: note.noteID, patient: patient, day: Int32(date.dayNumber), visit: Int32(clamping: note.visit ?? 0),
        firstLine: firstLine, firstMeasure: firstMeasure, lineCount: UInt8(Int32(lines.count) - firstLine),
        measureCount: UInt8(Int32(measures.count) - firstMeasure), discipline: discipline, flags: flags))
    }
  }

  /// The facts of one stored row, rebuilt for the checks.
  func facts(_ r: Int32) -> VisitFacts {
    let row = rows[Int(r)]
    let cpt = lines[Int(row.firstLine)..<Int(row.firstLine) + Int(row.lineCount)].map { line in
      BilledService(
        code: codes[Int(line.code)], units: Int(line.units),
        modifiers: Self.modifiers.enumerated().filter { line.modifiers & (UInt16(1) << $0.offset) != 0 }.map(\.element),
        charge: line.charge > 0 ? Double(line.charge) : nil)
    }
    var values: [String: Double]?
    if row.flags & 16 != 0 {
      let stored = measures[Int(row.firstMeasure)..<Int(row.firstMeasure) + Int(row.measureCount)]
      values = Dictionary(stored.map { (measureNames[Int($0.name)], Double($0.value)) }) { a, _ in a }
    }
    let d = Int(row.discipline)
    let discipline: String? = d == 0 ? nil : d < Self.disciplines.count ? Self.disciplines[d] : otherDisciplines[d - Self.disciplines.count]
    return VisitFacts(
      noteID: row.noteID, patientID: patients[Int(row.patient)], date: ServiceDate(daysSince1970: Int(row.day)),
      visit: row.flags & 8 != 0 ? Int(row.visit) : nil, discipline: discipline, cpt: cpt,
      isProgressReport: row.flags & 1 != 0, isReevaluation: row.flags & 2 != 0, hasObjectiveMeasure: row.flags & 4 != 0,
      objectiveValues: values)
  }

  /// Runs the per-patient and per-provider checks over everything added, patients on `workers`
  /// threads (nil: all cores); the findings are the same for any number of threads.
  public func finish(workers: Int? = nil) -> VisitSequenceReport {
    let ledger = self
    let perPatient = Parallel.map(count: patientRows.count, chunk: 64, workers: workers) { p in
      let notes = ledger.patientRows[p].map(ledger.facts)
      return VisitSequenceChecker.patientFindings(notes, ledger.configuration).map { (notes[$0.0].noteID, $0.1) }
    }
    var findings: [String: [Finding]] = [:]
    for (noteID, finding) in perPatient.joined() { findings[noteID, default: []].append(finding) }
    let averages = providers.keys.sorted().compactMap { providers[$0] }
    // A provider's practice is one finding, on that provider's first note that bills timed units
    // (a batch of a million notes should not repeat it a hundred thousand times).
    for (average, first) in averages where average.notes >= configuration.lowAverageMinimumNotes && average.minutesPerUnit < 15 {
      findings[first, default: []].append(VisitSequenceChecker.lowAverageFinding(average))
    }
    return VisitSequenceReport(findings: findings, providerAverages: averages.map(\.average))
  }
}
