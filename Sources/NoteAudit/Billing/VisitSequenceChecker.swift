/// What the visit-sequence checks need to know about one note.
public struct VisitFacts: Sendable, Hashable {
  public var noteID: String
  public var patientID: String?
  public var date: ServiceDate?
  public var visit: Int?
  /// `PT`, `OT` or `SLP` (`ST` is read as SLP), any case.
  public var discipline: String?
  public var cpt: [BilledService]
  /// The text marks a progress report (lexicon `progress_report`); codes 97164/97168 count too.
  public var isProgressReport: Bool
  /// The text marks a re-evaluation.
  public var isReevaluation: Bool
  public var hasObjectiveMeasure: Bool
  /// Measured values by measure name (`berg`, `tug`, `6mwt`), when the caller extracts them.
  public var objectiveValues: [String: Double]?
  public var provider: String?
  public var payer: String?
  /// Total timed minutes the note documents (text or record), for `units.low-average`.
  public var timedMinutes: Int?

  public init(
    noteID: String, patientID: String? = nil, date: ServiceDate? = nil, visit: Int? = nil, discipline: String? = nil,
    cpt: [BilledService] = [], isProgressReport: Bool = false, isReevaluation: Bool = false,
    hasObjectiveMeasure: Bool = false, objectiveValues: [String: Double]? = nil, provider: String? = nil,
    payer: String? = nil, timedMinutes: Int? = nil
  ) {
    self.noteID = noteID
    self.patientID = patientID
    self.date = date
    self.visit = visit
    self.discipline = discipline
    self.cpt = cpt
    self.isProgressReport = isProgressReport
    self.isReevaluation = isReevaluation
    self.hasObjectiveMeasure = hasObjectiveMeasure
    self.objectiveValues = objectiveValues
    self.provider = provider
    self.payer = payer
    self.timedMinutes = timedMinutes
  }

  /// The record's claim and visit fields; the text-derived facts are the caller's.
  public init(
    record: NoteRecord, isProgressReport: Bool = false, isReevaluation: Bool = false, hasObjectiveMeasure: Bool = false,
    objectiveValues: [String: Double]? = nil, timedMinutes: Int? = nil
  ) {
    self.init(
      noteID: record.id, patientID: record.patientID, date: record.date, visit: record.visit,
      discipline: record.discipline, cpt: record.cpt, isProgressReport: isProgressReport, isReevaluation: isReevaluation,
      hasObjectiveMeasure: hasObjectiveMeasure, objectiveValues: objectiveValues, provider: record.provider,
      payer: record.payer, timedMinutes: timedMinutes)
  }

  /// The discipline as `PT`, `OT` or `SLP`, or nil.
  var normalizedDiscipline: String? {
    switch discipline?.trimmingWhitespace().uppercased() {
    case "PT": "PT"
    case "OT": "OT"
    case "SLP", "ST": "SLP"
    default: nil
    }
  }

  /// A progress report or re-evaluation, by text or by code (97164/97168): it closes a reporting
  /// period (Pub. 100-02 ch. 15 §220.3 D).
  var isProgressPoint: Bool {
    isProgressReport || isReevaluation || CPTCatalog.reevaluationCodes.contains(where: bills)
  }

  /// An initial evaluation starts a new episode; its day is day 1 of the first reporting period.
  var isEvaluation: Bool { cpt.contains { CPTCatalog.code($0.code)?.kind == .evaluation } }

  func bills(_ code: String) -> Bool { cpt.contains { $0.code == code } }
}

/// A provider's minutes per billed timed unit across a batch (for a summary table).
public struct ProviderAverage: Sendable, Hashable {
  public var provider: String
  public var timedMinutes: Int
  public var timedUnits: Int
  public var notes: Int
  public var minutesPerUnit: Double { timedUnits == 0 ? 0 : Double(timedMinutes) / Double(timedUnits) }
}

/// The findings of the visit-sequence checks.
public struct VisitSequenceReport: Sendable {
  /// Findings by note id, each list in rule order of the checks.
  public var findings: [String: [Finding]]
  /// Every provider with notes that bill timed units and document minutes, by name.
  public var providerAverages: [ProviderAverage]
}

/// Checks that need a patient's notes together, or the whole batch: progress-report frequency,
/// objective progress for continuing 97530, claim-line modifiers, the KX threshold, and each
/// provider's minutes per unit.
///
/// Episodes are a patient's notes per discipline (PT and OT plans of care run separately), ordered
/// by date, then visit number, then input order; a treatment day is a distinct date. Notes without
/// `patientID` and `date` still get the per-line modifier checks.
///
/// `units.low-average` is computed once per provider and attached to that provider's first note
/// that bills timed units (so per-note reports and `.noteaudit.json` rule switches see it);
/// `providerAverages` carries the same figures for a batch summary.
public enum VisitSequenceChecker {
  static let disciplineModifiers = ["GP": "PT", "GO": "OT", "GN": "SLP"]
  /// NCCI-associated modifiers that mark a distinct service (billing-rules.md §4.6: 59 or X{EPSU}).
  static let distinctModifiers: Set<String> = ["59", "XE", "XS", "XP", "XU"]

  public static func check(_ notes: [VisitFacts], configuration: BillingConfiguration = BillingConfiguration()) -> VisitSequenceReport {
    var ledger = VisitLedger(configuration: configuration)
    var byNote: [String: [Finding]] = [:]
    for note in notes {
      ledger.add(note)
      let found = lineFindings(note)
      if !found.isEmpty { byNote[note.noteID, default: []] += found }
    }
    var report = ledger.finish()
    report.findings.merge(byNote) { batch, line in line + batch }
    return report
  }

  /// The checks that need one patient's notes (any order): distinct services on re-evaluation
  /// days, progress reports and objective progress per episode, KX by calendar year.
  static func patientFindings(_ notes: [VisitFacts], _ configuration: BillingConfiguration) -> [(Int, Finding)] {
    var result = distinctServiceFindings(notes)
    for episode in episodes(notes) {
      result += progressReportFindings(episode, notes, configuration)
      result += objectiveProgressFindings(episode, notes, configuration)
    }
    result += kxFindings(notes, configuration)
    return result
  }

  // MARK: Episodes

  /// Indices of dated notes per (patient, discipline), in visit order.
  static func episodes(_ notes: [VisitFacts]) -> [[Int]] {
    var groups: [String: [Int]] = [:]
    var order: [String] = []
    for (i, note) in notes.enumerated() {
      guard let patient = note.patientID, note.date != nil else { continue }
      let key = patient + "\u{1F}" + (note.normalizedDiscipline ?? "")
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(i)
    }
    return order.map { key in
      (groups[key] ?? []).sorted { a, b in
        let da = notes[a].date?.dayNumber ?? 0
        let db = notes[b].date?.dayNumber ?? 0
        if da != db { return da < db }
        let va = notes[a].visit ?? 0
        let vb = notes[b].visit ?? 0
        return va != vb ? va < vb : a < b
      }
    }
  }

  /// The episode's notes grouped into treatment days (distinct dates), in order.
  static func treatmentDays(_ episode: [Int], _ notes: [VisitFacts]) -> [[Int]] {
    var days: [[Int]] = []
    var lastDay: Int?
    for i in episode {
      let day = notes[i].date?.dayNumber
      if day == lastDay, !days.isEmpty { days[days.count - 1].append(i) } else { days.append([i]) }
      lastDay = day
    }
    return days
  }

  // MARK: visit.progress-report-due

  /// The first note of the treatment day that passes `interval` days without a progress report.
  static func progressReportFindings(_ episode: [Int], _ notes: [VisitFacts], _ configuration: BillingConfiguration) -> [(Int, Finding)] {
    let interval = max(1, configuration.progressReportInterval)
    var result: [(Int, Finding)] = []
    var daysInPeriod = 0
    var periodStart: ServiceDate?
    for day in treatmentDays(episode, notes) {
      guard let first = day.first else { continue }
      if day.contains(where: { notes[$0].isEvaluation }) { daysInPeriod = 0 }
      daysInPeriod += 1
      if periodStart == nil || daysInPeriod == 1 { periodStart = notes[first].date }
      if day.contains(where: { notes[$0].isProgressPoint }) {
        daysInPeriod = 0
        periodStart = nil
        continue
      }
      if daysInPeriod > interval {
        let since = periodStart.map { " (reporting period began \($0))" } ?? ""
        result.append((first, Finding(
          rule: "visit.progress-report-due", severity: .error,
          message: "treatment day \(daysInPeriod) without a progress report\(since): a progress report is required at least once every \(interval) treatment days (Pub. 100-02 ch. 15 §220.3 D)",
          suggestion: "Write a clinician progress report (progress toward each goal with objective measures, plan changes) on or before the \(interval)th treatment day.")))
        daysInPeriod = 0
        periodStart = nil
      }
    }
    return result
  }

  // MARK: visit.no-objective-progress

  /// 97530 visits after `objectiveProgressAfterVisit` with no objective progress documented within
  /// the last `progressReportInterval` treatment days.
  ///
  /// Progress is documented when, inside that window, (a) a measure in `objectiveValues` has a value
  /// different from its first value in the episode (a change either way: the checker cannot know
  /// whether lower or higher is better for every measure, and a reviewer reads the numbers), or (b) a
  /// progress report or re-evaluation records an objective measure. The visit number is the
  /// record's `visit`, or the note's position in the episode when absent.
  static func objectiveProgressFindings(_ episode: [Int], _ notes: [VisitFacts], _ configuration: BillingConfiguration) -> [(Int, Finding)] {
    let threshold = configuration.objectiveProgressAfterVisit
    let window = max(1, configuration.progressReportInterval)
    let days = treatmentDays(episode, notes)
    var firstValue: [String: Double] = [:]
    var lastProgressDay: Int?
    var result: [(Int, Finding)] = []
    var position = 0
    for (dayIndex, day) in days.enumerated() {
      for i in day {
        let note = notes[i]
        if let values = note.objectiveValues {
          for (measure, value) in values {
            if let earlier = firstValue[measure] {
              if earlier != value { lastProgressDay = dayIndex }
            } else {
              firstValue[measure] = value
            }
          }
        }
        if note.hasObjectiveMeasure && note.isProgressPoint {
          lastProgressDay = dayIndex
        }
      }
      for i in day {
        position += 1
        let visit = notes[i].visit ?? position
        guard visit > threshold, notes[i].bills("97530"), dayIndex - (lastProgressDay ?? -window) >= window else { continue }
        result.append((i, Finding(
          rule: "visit.no-objective-progress", severity: .warning,
          message: "visit \(visit) bills 97530 with no objective progress documented in the last \(window) treatment days; continuing 97530 past \(threshold) visits needs measured progress (LCD L33631-style supportive documentation, billing-rules.md §3.3; Pub. 100-02 ch. 15 §220.3)",
          suggestion: "Re-measure and record the objective tests from the plan of care (e.g. Berg, TUG, assist level, distance) and compare them with the earlier values.")))
      }
    }
    return result
  }

  // MARK: Modifiers on each line

  /// The findings about one note's own claim lines: discipline modifiers, assistant modifiers.
  public static func lineFindings(_ note: VisitFacts) -> [Finding] {
    var result: [Finding] = []
    let discipline = note.normalizedDiscipline
    for line in note.cpt where CPTCatalog.code(line.code) != nil {
      let modifiers = Set(line.modifiers.map { $0.trimmingWhitespace().uppercased() })
      let disciplineMods = modifiers.compactMap { m in disciplineModifiers[m].map { (m, $0) } }.sorted { $0.0 < $1.0 }
      if disciplineMods.isEmpty {
        result.append(Finding(
          rule: "modifier.discipline-missing", severity: .error,
          message: "\(line.code) has no therapy modifier GP, GO or GN; every therapy line needs the one for its plan of care (Pub. 100-04 ch. 5 §20.1)",
          suggestion: discipline.map { "Add \(modifierFor($0)) for the \($0) plan of care." } ?? "Add GP (PT), GO (OT) or GN (SLP)."))
      } else if let discipline, !disciplineMods.contains(where: { $0.1 == discipline }) {
        result.append(Finding(
          rule: "modifier.discipline-mismatch", severity: .error,
          message: "\(line.code) carries \(disciplineMods.map(\.0).joined(separator: "/")) but the note's discipline is \(discipline), which bills \(modifierFor(discipline)) (Pub. 100-04 ch. 5 §20.1)",
          suggestion: "Use \(modifierFor(discipline)) for services under the \(discipline) plan of care."))
      }
      for assistant in ["CQ", "CO"] where modifiers.contains(assistant) {
        let who = assistant == "CQ" ? "a physical therapist assistant" : "an occupational therapy assistant"
        result.append(Finding(
          rule: "modifier.assistant", severity: .info,
          message: "\(line.code) \(assistant): furnished in whole or in part by \(who); paid at 85 % since 2022 (SSA §1834(v); CMS CQ/CO billing examples)",
          suggestion: "Check that the assistant's share passes the 10 % de minimis standard and the supervision level met the setting's rule."))
      }
    }
    return result
  }

  static func modifierFor(_ discipline: String) -> String {
    disciplineModifiers.first { $0.value == discipline }?.key ?? "GP"
  }

  // MARK: modifier.distinct-service

  /// 97530/97150 lines on the day of a 97164/97168 for the same patient (or in the same note) without
  /// 59/XE/XS/XP/XU.
  static func distinctServiceFindings(_ notes: [VisitFacts]) -> [(Int, Finding)] {
    var reevalDays: [String: String] = [:]
    func dayKey(_ note: VisitFacts) -> String? {
      guard let patient = note.patientID, let date = note.date else { return nil }
      return "\(patient)\u{1F}\(date)"
    }
    for note in notes {
      guard let key = dayKey(note), let reeval = note.cpt.first(where: { CPTCatalog.reevaluationCodes.contains($0.code) }) else { continue }
      reevalDays[key] = reeval.code
    }
    var result: [(Int, Finding)] = []
    for (i, note) in notes.enumerated() {
      let reeval = note.cpt.first { CPTCatalog.reevaluationCodes.contains($0.code) }?.code
        ?? dayKey(note).flatMap { reevalDays[$0] }
      guard let reeval else { continue }
      for line in note.cpt where line.code == "97530" || line.code == "97150" {
        let modifiers = Set(line.modifiers.map { $0.trimmingWhitespace().uppercased() })
        guard modifiers.isDisjoint(with: distinctModifiers) else { continue }
        result.append((i, Finding(
          rule: "modifier.distinct-service", severity: .warning,
          message: "\(line.code) is billed on the same day as re-evaluation \(reeval) without 59, XE, XS, XP or XU; the pair is an NCCI edit, so \(line.code) is denied unless it was a distinct service (NCCI PTP edits; MLN SE1418)",
          suggestion: "If \(line.code) was done in a separate, non-overlapping time block, document the separate times and add XU (or 59); otherwise do not bill it with the re-evaluation.")))
      }
    }
    return result
  }

  // MARK: modifier.kx-expected

  /// Lines whose patient's cumulative charges for the calendar year (PT+SLP together, OT alone) pass
  /// the year's threshold, without KX. Lines are taken in date order; undated or uncharged lines
  /// do not count.
  static func kxFindings(_ notes: [VisitFacts], _ configuration: BillingConfiguration) -> [(Int, Finding)] {
    let ordered = notes.indices.filter { notes[$0].patientID != nil && notes[$0].date != nil }
      .sorted { (notes[$0].date?.dayNumber ?? 0, $0) < (notes[$1].date?.dayNumber ?? 0, $1) }
    var totals: [String: Double] = [:]
    var result: [(Int, Finding)] = []
    for i in ordered {
      let note = notes[i]
      guard let patient = note.patientID, let date = note.date, let threshold = configuration.kxThreshold(forYear: date.year) else { continue }
      for line in note.cpt where CPTCatalog.code(line.code) != nil {
        guard let charge = line.charge, charge > 0 else { continue }
        let modifiers = Set(line.modifiers.map { $0.trimmingWhitespace().uppercased() })
        let lineDiscipline = modifiers.compactMap { disciplineModifiers[$0] }.sorted().first ?? note.normalizedDiscipline ?? "PT"
        let bucket = lineDiscipline == "OT" ? "OT" : "PT+SLP"
        let key = "\(patient)\u{1F}\(date.year)\u{1F}\(bucket)"
        let total = (totals[key] ?? 0) + charge
        totals[key] = total
        guard total > threshold.amount, !modifiers.contains("KX") else { continue }
        result.append((i, Finding(
          rule: "modifier.kx-expected", severity: .error,
          message: "\(line.code) lacks KX: \(date.year) \(bucket) charges for patient \(patient) reach \(dollars(total)), over the \(threshold.year) threshold of \(dollars(threshold.amount)) (\(threshold.source)); lines above it without KX are denied (SSA §1833(g); Pub. 100-04 ch. 5 §10.3)",
          suggestion: "Add KX once the documentation supports medical necessity above the threshold.")))
      }
    }
    return result
  }

  /// `$2,512.40`.
  static func dollars(_ amount: Double) -> String {
    let cents = Int((amount * 100).rounded())
    var whole = String(cents / 100)
    var grouped = ""
    while whole.count > 3 {
      grouped = "," + whole.suffix(3) + grouped
      whole = String(whole.dropLast(3))
    }
    let c = cents % 100
    return "$" + whole + grouped + "." + (c < 10 ? "0" : "") + String(c)
  }

  // MARK: units.low-average

  /// Per provider: documented timed minutes over billed timed units, across notes that have both.
  static func lowAverageFinding(_ average: ProviderAverage) -> Finding {
    let perUnit = (average.minutesPerUnit * 10).rounded() / 10
    return Finding(
      rule: "units.low-average", severity: .warning,
      message: "provider \(average.provider) averages \(perUnit) documented minutes per billed timed unit across \(average.notes) notes in this batch (\(average.timedMinutes) min / \(average.timedUnits) units); a consistent practice under 15 minutes per unit is highlighted for review (Pub. 100-04 ch. 5 §20.2)",
      suggestion: "Check that each billed unit rests on documented direct one-on-one minutes; bill units from total timed minutes.")
  }
}
