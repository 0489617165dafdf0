/// Collects, note by note, what the visit-sequence checks need, in a compact form, so a nightly
/// batch of a million records keeps tens of bytes per note instead of its claim lines and measure
/// dictionaries.
///
/// Per-line checks that need no other note (discipline modifiers, assistant modifiers) are
/// `VisitSequenceChecker.lineFindings`, run wherever the note is analysed. Per-patient checks
/// (progress reports, objective progress, distinct services, KX) run in `finish`, one patient at a
/// time, straight over the compact rows: codes are small integers with their catalog properties
/// looked up once per distinct code, days are integers, and each row carries a summary of its
/// lines, so a patient whose rows cannot trigger a check skips it without reading a line.
/// Provider averages are running sums, and a provider under 15 minutes a unit gets one finding, on
/// its first note that bills timed units.
package struct VisitLedger: Sendable {
  package let configuration: BillingConfiguration

  /// The modifiers the checks read; others do not change any finding and are not kept.
  static let modifiers = ["GP", "GO", "GN", "CQ", "CO", "59", "XE", "XS", "XP", "XU", "KX"]
  static let modifierBits: [String: UInt16] = Dictionary(
    uniqueKeysWithValues: modifiers.enumerated().map { ($1, UInt16(1) << $0) })
  /// The two bytes of each of `modifiers`, in the same order, for matching without a `String`.
  static let modifierKeys: [UInt16] = modifiers.map { $0.utf8.reduce(0) { $0 << 8 | UInt16($1) } }
  static let gp = bits(["GP"]), go = bits(["GO"]), gn = bits(["GN"]), cq = bits(["CQ"]),
    co = bits(["CO"]), kx = bits(["KX"])
  /// The NCCI-associated modifiers that mark a distinct service (billing-rules.md §4.6: 59 or X{EPSU}).
  static let distinctMask = bits(["59", "XE", "XS", "XP", "XU"])

  /// The bits of `names`, each spelled as in `modifiers`.
  static func bits(_ names: [String]) -> UInt16 { names.reduce(0) { $0 | (modifierBits[$1] ?? 0) } }

  /// The bit of one written modifier (surrounding blanks ignored, any case), 0 for one no check reads.
  static func modifierBit(_ modifier: String) -> UInt16 {
    // ASCII is read from the bytes; anything else takes the Unicode-aware path (`ſ` upper-cases to S).
    let ascii = modifier.utf8.withContiguousStorageIfAvailable { bytes -> UInt16? in
      var low = 0
      var high = bytes.count
      while low < high, bytes[low] == 0x20 || (0x09...0x0D).contains(bytes[low]) { low += 1 }
      while high > low, bytes[high - 1] == 0x20 || (0x09...0x0D).contains(bytes[high - 1]) {
        high -= 1
      }
      guard high - low == 2 else { return bytes.allSatisfy { $0 < 0x80 } ? 0 : nil }
      var key: UInt16 = 0
      for byte in bytes[low..<high] {
        guard byte < 0x80 else { return nil }
        key = key << 8 | UInt16((0x61...0x7A).contains(byte) ? byte - 0x20 : byte)
      }
      return modifierKeys.firstIndex(of: key).map { UInt16(1) << $0 } ?? 0
    }
    if let ascii, let bit = ascii { return bit }
    return modifierBits[modifier.trimmingWhitespace().uppercased()] ?? 0
  }

  /// The bits of all of a line's modifiers.
  static func modifierMask(_ modifiers: [String]) -> UInt16 {
    modifiers.reduce(0) { $0 | modifierBit($1) }
  }

  /// A claim line in 12 bytes: the code by number, units, modifier bits, charge.
  struct Line: Sendable {
    var code: Int32
    var units: Int16
    var modifiers: UInt16
    var charge: Float
  }

  /// What the checks ask of a code, found once per distinct code string; as a row's `summary`,
  /// the union over the note's lines, so a check that cannot fire on a patient skips it.
  struct LineKind: OptionSet, Sendable {
    let rawValue: UInt8
    /// In the catalog (`CPTCatalog.code`: blanks and case forgiven).
    static let known = LineKind(rawValue: 1)
    static let timed = LineKind(rawValue: 2)
    static let evaluation = LineKind(rawValue: 4)
    /// Exactly 97164 or 97168 (the NCCI pair and progress-point checks compare the code as written).
    static let reevaluation = LineKind(rawValue: 8)
    /// Exactly 97530.
    static let therapeuticActivities = LineKind(rawValue: 16)
    /// Exactly 97530 or 97150: the codes paired with a re-evaluation in NCCI edits.
    static let distinctPair = LineKind(rawValue: 32)
    /// A summary only: a 97530/97150 line without 59/XE/XS/XP/XU.
    static let undistinguished = LineKind(rawValue: 64)
    /// A summary only: a catalog line with a charge.
    static let charged = LineKind(rawValue: 128)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ code: String) {
      var kind: LineKind = []
      if let entry = CPTCatalog.code(code) {
        kind.insert(.known)
        if entry.isTimed { kind.insert(.timed) }
        if entry.kind == .evaluation { kind.insert(.evaluation) }
      }
      if CPTCatalog.reevaluationCodes.contains(code) { kind.insert(.reevaluation) }
      if code == "97530" { kind.formUnion([.therapeuticActivities, .distinctPair]) }
      if code == "97150" { kind.insert(.distinctPair) }
      self = kind
    }
  }

  /// One dated note of a patient in 28 bytes (its id is in `noteIDs`, so a row is plain data the
  /// checks copy without reference counting); its lines and measures are runs of the shared
  /// `lines` and `measures` arrays.
  struct Row: Sendable {
    var patient: Int32
    var day: Int32
    var visit: Int32
    var firstLine: Int32
    var firstMeasure: Int32
    var lineCount: UInt8
    var measureCount: UInt8
    /// `Discipline` raw value (0: none).
    var discipline: UInt8
    var flags: UInt8
    var summary: LineKind

    static let progressReport: UInt8 = 1, reevaluation: UInt8 = 2, objectiveMeasure: UInt8 = 4,
      hasVisit: UInt8 = 8

    var isProgressPoint: Bool {
      flags & (Self.progressReport | Self.reevaluation) != 0 || summary.contains(.reevaluation)
    }
    var lineRange: Range<Int> { Int(firstLine)..<Int(firstLine) + Int(lineCount) }
    var measureRange: Range<Int> { Int(firstMeasure)..<Int(firstMeasure) + Int(measureCount) }
  }

  /// A plan of care's discipline, as the checks read it (`ST` is SLP).
  enum Discipline: UInt8 {
    case none, pt, ot, slp

    init(_ written: String?) {
      switch written {
      case nil: self = .none
      case "PT": self = .pt
      case "OT": self = .ot
      case "SLP", "ST": self = .slp
      case let other?:
        switch other.trimmingWhitespace().uppercased() {
        case "PT": self = .pt
        case "OT": self = .ot
        case "SLP", "ST": self = .slp
        default: self = .none
        }
      }
    }

    var name: String? { [nil, "PT", "OT", "SLP"][Int(rawValue)] }
    /// The modifier bit of the discipline (0 for none).
    var modifier: UInt16 { [0, VisitLedger.gp, VisitLedger.go, VisitLedger.gn][Int(rawValue)] }
  }

  var rows: [Row] = []
  /// The note id of each of `rows`.
  var noteIDs: [String] = []
  var lines: [Line] = []
  var measures: [(name: Int32, value: Float)] = []
  var patients = NameTable()
  var measureNames = NameTable()
  var codes = NameTable()
  /// `LineKind` of each of `codes`.
  var codeKinds: [LineKind] = []
  /// Running sums per provider, with the provider's first note that bills timed units.
  var providers: [(average: ProviderAverage, firstNote: String)] = []
  var providerIndex: [String: Int] = [:]
  /// The last patient and provider seen: consecutive records often share them, and a string
  /// comparison costs less than a hash lookup.
  var lastPatient: (name: String, index: Int32)?
  var lastProvider: (name: String, index: Int)?

  package init(configuration: BillingConfiguration = BillingConfiguration()) {
    self.configuration = configuration
  }

  /// Distinct names numbered in order of first use.
  struct NameTable: Sendable {
    var names: [String] = []
    var index: [String: Int32] = [:]
    /// The packed bytes (`CPTCatalog.key`) of the first names, `UInt64.max` for a name that has
    /// none: a claim code or measure name is found among a few dozen by integer comparisons,
    /// which cost less than hashing it.
    var keys: [UInt64] = []

    subscript(i: Int32) -> String { names[Int(i)] }

    /// The number of `name`, adding it when new.
    mutating func number(_ name: String) -> Int32 {
      let key = CPTCatalog.key(name)
      if let key, let i = keys.firstIndex(of: key) { return Int32(i) }
      if let i = index[name] { return i }
      let i = Int32(names.count)
      names.append(name)
      index[name] = i
      if keys.count == names.count - 1, keys.count < 32 { keys.append(key ?? .max) }
      return i
    }
  }

  /// The number of `code`, with its kind worked out when it is new.
  mutating func code(_ code: String) -> Int32 {
    let i = codes.number(code)
    if Int(i) == codeKinds.count { codeKinds.append(LineKind(code)) }
    return i
  }

  /// Records one note (its own claim lines are checked by `VisitSequenceChecker.lineFindings`,
  /// which needs no ledger and can run on any thread).
  package mutating func add(_ note: VisitFacts) {
    let timed = note.provider != nil && note.timedMinutes != nil
    let dated = note.patientID != nil && note.date != nil
    guard timed || dated else { return }
    // One pass over the lines, each code looked up once, for both the provider sums and the row.
    let firstLine = Int32(lines.count)
    var summary: LineKind = []
    var timedUnits = 0
    for (k, line) in note.cpt.enumerated() {
      let code = code(line.code)
      let kind = codeKinds[Int(code)]
      if kind.contains(.timed) { timedUnits += max(0, line.units ?? 0) }
      guard dated, k < 255 else { continue }
      let mask = Self.modifierMask(line.modifiers)
      let charge = Float(line.charge ?? 0)
      summary.formUnion(kind.intersection([.evaluation, .reevaluation, .therapeuticActivities]))
      if kind.contains(.distinctPair), mask & Self.distinctMask == 0 {
        summary.insert(.undistinguished)
      }
      if kind.contains(.known), charge > 0 { summary.insert(.charged) }
      lines.append(
        Line(code: code, units: Int16(clamping: line.units ?? 1), modifiers: mask, charge: charge))
    }
    if let provider = note.provider, let minutes = note.timedMinutes, timedUnits > 0 {
      addTimed(provider: provider, minutes: minutes, units: timedUnits, note: note.noteID)
    }
    guard let patientID = note.patientID, let date = note.date else { return }
    let firstMeasure = Int32(measures.count)
    func keep(_ name: String, _ value: Double) {
      measures.append((measureNames.number(name), Float(value)))
    }
    if let values = note.objectiveValues {
      // The checks read measures in any order; past 255 the kept ones are the first by name.
      if values.count <= 255 {
        for (name, value) in values { keep(name, value) }
      } else {
        for (name, value) in values.sorted(by: { $0.key < $1.key }).prefix(255) {
          keep(name, value)
        }
      }
    }
    let patient: Int32
    if let last = lastPatient, last.name == patientID {
      patient = last.index
    } else {
      patient = patients.number(patientID)
      lastPatient = (patientID, patient)
    }
    let flags: UInt8 =
      (note.isProgressReport ? Row.progressReport : 0)
      | (note.isReevaluation ? Row.reevaluation : 0)
      | (note.hasObjectiveMeasure ? Row.objectiveMeasure : 0)
      | (note.visit == nil ? 0 : Row.hasVisit)
    noteIDs.append(note.noteID)
    rows.append(
      Row(
        patient: patient, day: Int32(date.dayNumber), visit: Int32(clamping: note.visit ?? 0),
        firstLine: firstLine, firstMeasure: firstMeasure,
        lineCount: UInt8(Int32(lines.count) - firstLine),
        measureCount: UInt8(Int32(measures.count) - firstMeasure),
        discipline: Discipline(note.discipline).rawValue,
        flags: flags, summary: summary))
  }

  /// Adds a note's documented timed minutes and billed timed units to its provider's sums.
  mutating func addTimed(provider: String, minutes: Int, units: Int, note: String) {
    let index: Int
    if let last = lastProvider, last.name == provider {
      index = last.index
    } else if let known = providerIndex[provider] {
      index = known
    } else {
      index = providers.count
      providers.append(
        (ProviderAverage(provider: provider, timedMinutes: 0, timedUnits: 0, notes: 0), note))
      providerIndex[provider] = index
    }
    lastProvider = (provider, index)
    providers[index].average.timedMinutes += max(0, minutes)
    providers[index].average.timedUnits += units
    providers[index].average.notes += 1
  }

  /// Runs the per-patient and per-provider checks over everything added, patients on `workers`
  /// threads (nil: all cores); the findings are the same for any number of threads.
  package func finish(workers: Int? = nil) -> VisitSequenceReport {
    // Each patient's rows in input order, as runs of one array (a counting sort by patient).
    var start = [Int](repeating: 0, count: patients.names.count + 1)
    for row in rows { start[Int(row.patient) + 1] += 1 }
    for p in patients.names.indices { start[p + 1] += start[p] }
    var next = start
    var order = [Int32](repeating: 0, count: rows.count)
    for (r, row) in rows.enumerated() {
      order[next[Int(row.patient)]] = Int32(r)
      next[Int(row.patient)] += 1
    }
    let ledger = self
    let perPatient = Parallel.map(count: patients.names.count, chunk: 64, workers: workers) {
      [start, order] p in
      VisitSequenceChecker.patientFindings(ledger, order[start[p]..<start[p + 1]]).map {
        (ledger.noteIDs[Int($0.0)], $0.1)
      }
    }
    var findings: [String: [Finding]] = [:]
    for (noteID, finding) in perPatient.joined() { findings[noteID, default: []].append(finding) }
    let averages = providers.sorted { $0.average.provider < $1.average.provider }
    // A provider's practice is one finding, on that provider's first note that bills timed units
    // (a batch of a million notes should not repeat it a hundred thousand times).
    for (average, first) in averages
    where average.notes >= configuration.lowAverageMinimumNotes && average.minutesPerUnit < 15 {
      findings[first, default: []].append(VisitSequenceChecker.lowAverageFinding(average))
    }
    return VisitSequenceReport(findings: findings, providerAverages: averages.map(\.average))
  }
}
