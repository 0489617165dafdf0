/// What the visit-sequence checks need to know about one note.
package struct VisitFacts: Sendable, Hashable {
  package var noteID: String
  package var patientID: String?
  package var date: ServiceDate?
  package var visit: Int?
  /// `PT`, `OT` or `SLP` (`ST` is read as SLP), any case.
  package var discipline: String?
  package var cpt: [BilledService]
  /// The text marks a progress report (lexicon `progress_report`); codes 97164/97168 count too.
  package var isProgressReport: Bool
  /// The text marks a re-evaluation.
  package var isReevaluation: Bool
  package var hasObjectiveMeasure: Bool
  /// Measured values by measure name (`berg`, `tug`, `6mwt`), when the caller extracts them.
  package var objectiveValues: [String: Double]?
  package var provider: String?
  package var payer: String?
  /// Total timed minutes the note documents (text or record), for `units.low-average`.
  package var timedMinutes: Int?

  package init(
    noteID: String, patientID: String? = nil, date: ServiceDate? = nil, visit: Int? = nil,
    discipline: String? = nil,
    cpt: [BilledService] = [], isProgressReport: Bool = false, isReevaluation: Bool = false,
    hasObjectiveMeasure: Bool = false, objectiveValues: [String: Double]? = nil,
    provider: String? = nil,
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
  package init(
    record: NoteRecord, isProgressReport: Bool = false, isReevaluation: Bool = false,
    hasObjectiveMeasure: Bool = false,
    objectiveValues: [String: Double]? = nil, timedMinutes: Int? = nil
  ) {
    self.init(
      noteID: record.id, patientID: record.patientID, date: record.date, visit: record.visit,
      discipline: record.discipline, cpt: record.cpt, isProgressReport: isProgressReport,
      isReevaluation: isReevaluation,
      hasObjectiveMeasure: hasObjectiveMeasure, objectiveValues: objectiveValues,
      provider: record.provider,
      payer: record.payer, timedMinutes: timedMinutes)
  }

  /// The discipline as `PT`, `OT` or `SLP`, or nil.
  var normalizedDiscipline: String? { VisitLedger.Discipline(discipline).name }
}

/// A provider's minutes per billed timed unit across a batch (for a summary table).
package struct ProviderAverage: Sendable, Hashable {
  package var provider: String
  package var timedMinutes: Int
  package var timedUnits: Int
  package var notes: Int
  package var minutesPerUnit: Double {
    timedUnits == 0 ? 0 : Double(timedMinutes) / Double(timedUnits)
  }
}

/// The findings of the visit-sequence checks.
package struct VisitSequenceReport: Sendable {
  /// Findings by note id, each list in rule order of the checks.
  package var findings: [String: [Finding]]
  /// Every provider with notes that bill timed units and document minutes, by name.
  package var providerAverages: [ProviderAverage]
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
package enum VisitSequenceChecker {
  static let disciplineModifiers = ["GP": "PT", "GO": "OT", "GN": "SLP"]

  package static func check(
    _ notes: [VisitFacts], configuration: BillingConfiguration = BillingConfiguration()
  ) -> VisitSequenceReport {
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

  /// The checks that need one patient's notes: distinct services on re-evaluation days, progress
  /// reports and objective progress per episode, KX by calendar year. `patient` is the patient's
  /// rows of `ledger` in input order; the findings name rows.
  static func patientFindings(_ ledger: VisitLedger, _ patient: ArraySlice<Int32>) -> [(
    Int32, Finding
  )] {
    var result = distinctServiceFindings(ledger, patient)
    for episode in episodes(ledger, patient) {
      let days = treatmentDays(episode, ledger)
      result += progressReportFindings(episode, days, ledger)
      result += objectiveProgressFindings(episode, days, ledger)
    }
    result += kxFindings(ledger, patient)
    return result
  }

  // MARK: Episodes

  /// A patient's rows per discipline, in visit order (date, then visit number, then input order).
  static func episodes(_ ledger: VisitLedger, _ patient: ArraySlice<Int32>) -> [[Int32]] {
    // Sort keys are gathered first: a comparator reading the ledger would copy it per call.
    var groups: [(discipline: UInt8, rows: [(day: Int32, visit: Int32, row: Int32)])] = []
    for r in patient {
      let row = ledger.rows[Int(r)]
      if let g = groups.firstIndex(where: { $0.discipline == row.discipline }) {
        groups[g].rows.append((row.day, row.visit, r))
      } else {
        groups.append((row.discipline, [(row.day, row.visit, r)]))
      }
    }
    return groups.map { group in group.rows.sorted { $0 < $1 }.map(\.row) }
  }

  /// The episode's rows grouped into treatment days (distinct dates), as ranges of the episode.
  static func treatmentDays(_ episode: [Int32], _ ledger: VisitLedger) -> [Range<Int>] {
    var days: [Range<Int>] = []
    var start = 0
    for i in episode.indices
    where i == episode.count - 1
      || ledger.rows[Int(episode[i])].day != ledger.rows[Int(episode[i + 1])].day
    {
      days.append(start..<i + 1)
      start = i + 1
    }
    return days
  }

  // MARK: visit.progress-report-due

  /// The first note of the treatment day that passes `interval` days without a progress report.
  static func progressReportFindings(
    _ episode: [Int32], _ days: [Range<Int>], _ ledger: VisitLedger
  ) -> [(Int32, Finding)] {
    let interval = max(1, ledger.configuration.progressReportInterval)
    var result: [(Int32, Finding)] = []
    var daysInPeriod = 0
    var periodStart: Int32?
    for day in days {
      let rows = episode[day]
      guard let first = rows.first else { continue }
      if rows.contains(where: { ledger.rows[Int($0)].summary.contains(.evaluation) }) {
        daysInPeriod = 0
      }
      daysInPeriod += 1
      if periodStart == nil || daysInPeriod == 1 { periodStart = ledger.rows[Int(first)].day }
      if rows.contains(where: { ledger.rows[Int($0)].isProgressPoint }) {
        daysInPeriod = 0
        periodStart = nil
        continue
      }
      if daysInPeriod > interval {
        let since =
          periodStart.map { " (reporting period began \(ServiceDate(daysSince1970: Int($0))))" }
          ?? ""
        result.append(
          (
            first,
            Finding(
              rule: .visitProgressReportDue, severity: .error,
              message:
                "treatment day \(daysInPeriod) without a progress report\(since): a progress report is required at least once every \(interval) treatment days (Pub. 100-02 ch. 15 §220.3 D)",
              suggestion:
                "Write a clinician progress report (progress toward each goal with objective measures, plan changes) on or before the \(interval)th treatment day."
            )
          ))
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
  static func objectiveProgressFindings(
    _ episode: [Int32], _ days: [Range<Int>], _ ledger: VisitLedger
  ) -> [(Int32, Finding)] {
    guard episode.contains(where: { ledger.rows[Int($0)].summary.contains(.therapeuticActivities) })
    else { return [] }
    let threshold = ledger.configuration.objectiveProgressAfterVisit
    let window = max(1, ledger.configuration.progressReportInterval)
    // An episode has a handful of measures: a list beats a dictionary.
    var firstValue: [(name: Int32, value: Float)] = []
    var lastProgressDay: Int?
    var result: [(Int32, Finding)] = []
    var position = 0
    for (dayIndex, day) in days.enumerated() {
      for r in episode[day] {
        let row = ledger.rows[Int(r)]
        for (measure, value) in ledger.measures[row.measureRange] {
          if let earlier = firstValue.first(where: { $0.name == measure }) {
            if earlier.value != value { lastProgressDay = dayIndex }
          } else {
            firstValue.append((measure, value))
          }
        }
        if row.flags & VisitLedger.Row.objectiveMeasure != 0 && row.isProgressPoint {
          lastProgressDay = dayIndex
        }
      }
      for r in episode[day] {
        position += 1
        let row = ledger.rows[Int(r)]
        let visit = row.flags & VisitLedger.Row.hasVisit != 0 ? Int(row.visit) : position
        guard visit > threshold, row.summary.contains(.therapeuticActivities),
          dayIndex - (lastProgressDay ?? -window) >= window
        else { continue }
        result.append(
          (
            r,
            Finding(
              rule: .visitNoObjectiveProgress, severity: .warning,
              message:
                "visit \(visit) bills 97530 with no objective progress documented in the last \(window) treatment days; continuing 97530 past \(threshold) visits needs measured progress (LCD L33631-style supportive documentation, billing-rules.md §3.3; Pub. 100-02 ch. 15 §220.3)",
              suggestion:
                "Re-measure and record the objective tests from the plan of care (e.g. Berg, TUG, assist level, distance) and compare them with the earlier values."
            )
          ))
      }
    }
    return result
  }

  // MARK: Modifiers on each line

  /// The findings about one note's own claim lines: discipline modifiers, assistant modifiers.
  package static func lineFindings(_ note: VisitFacts) -> [Finding] {
    // Most notes have none: a catalog line that could have one (no discipline modifier, another
    // discipline's, an assistant's) is found from modifier bits before any string is built.
    let written = VisitLedger.Discipline(note.discipline)
    let disciplineBits = VisitLedger.gp | VisitLedger.go | VisitLedger.gn
    guard
      note.cpt.contains(where: { line in
        let m = VisitLedger.modifierMask(line.modifiers)
        let clean =
          m & disciplineBits != 0 && (written == .none || m & written.modifier != 0)
          && m & (VisitLedger.cq | VisitLedger.co) == 0
        return !clean && CPTCatalog.code(line.code) != nil
      })
    else { return [] }
    var result: [Finding] = []
    let discipline = written.name
    for line in note.cpt where CPTCatalog.code(line.code) != nil {
      let modifiers = Set(line.modifiers.map { $0.trimmingWhitespace().uppercased() })
      let disciplineMods = modifiers.compactMap { m in disciplineModifiers[m].map { (m, $0) } }
        .sorted { $0.0 < $1.0 }
      if disciplineMods.isEmpty {
        result.append(
          Finding(
            rule: .modifierDisciplineMissing, severity: .error,
            message:
              "\(line.code) has no therapy modifier GP, GO or GN; every therapy line needs the one for its plan of care (Pub. 100-04 ch. 5 §20.1)",
            suggestion: discipline.map { "Add \(modifierFor($0)) for the \($0) plan of care." }
              ?? "Add GP (PT), GO (OT) or GN (SLP)."))
      } else if let discipline, !disciplineMods.contains(where: { $0.1 == discipline }) {
        result.append(
          Finding(
            rule: .modifierDisciplineMismatch, severity: .error,
            message:
              "\(line.code) carries \(disciplineMods.map(\.0).joined(separator: "/")) but the note's discipline is \(discipline), which bills \(modifierFor(discipline)) (Pub. 100-04 ch. 5 §20.1)",
            suggestion:
              "Use \(modifierFor(discipline)) for services under the \(discipline) plan of care."))
      }
      for assistant in ["CQ", "CO"] where modifiers.contains(assistant) {
        let who =
          assistant == "CQ" ? "a physical therapist assistant" : "an occupational therapy assistant"
        result.append(
          Finding(
            rule: .modifierAssistant, severity: .info,
            message:
              "\(line.code) \(assistant): furnished in whole or in part by \(who); paid at 85 % since 2022 (SSA §1834(v); CMS CQ/CO billing examples)",
            suggestion:
              "Check that the assistant's share passes the 10 % de minimis standard and the supervision level met the setting's rule."
          ))
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
  static func distinctServiceFindings(_ ledger: VisitLedger, _ patient: ArraySlice<Int32>) -> [(
    Int32, Finding
  )] {
    let rows = patient.lazy.map { ledger.rows[Int($0)] }
    guard rows.contains(where: { $0.summary.contains(.reevaluation) }),
      rows.contains(where: { $0.summary.contains(.undistinguished) })
    else { return [] }
    func reevaluation(_ row: VisitLedger.Row) -> Int32? {
      ledger.lines[row.lineRange].first { ledger.codeKinds[Int($0.code)].contains(.reevaluation) }?
        .code
    }
    // The re-evaluation code of each day, from the last note of the day that bills one.
    var reevalDays: [Int32: Int32] = [:]
    for row in rows where row.summary.contains(.reevaluation) {
      reevalDays[row.day] = reevaluation(row)
    }
    var result: [(Int32, Finding)] = []
    for r in patient {
      let row = ledger.rows[Int(r)]
      guard row.summary.contains(.undistinguished),
        let reevalCode = reevaluation(row) ?? reevalDays[row.day]
      else { continue }
      let reeval = ledger.codes[reevalCode]
      for line in ledger.lines[row.lineRange]
      where ledger.codeKinds[Int(line.code)].contains(.distinctPair) {
        guard line.modifiers & VisitLedger.distinctMask == 0 else { continue }
        let code = ledger.codes[line.code]
        result.append(
          (
            r,
            Finding(
              rule: .modifierDistinctService, severity: .warning,
              message:
                "\(code) is billed on the same day as re-evaluation \(reeval) without 59, XE, XS, XP or XU; the pair is an NCCI edit, so \(code) is denied unless it was a distinct service (NCCI PTP edits; MLN SE1418)",
              suggestion:
                "If \(code) was done in a separate, non-overlapping time block, document the separate times and add XU (or 59); otherwise do not bill it with the re-evaluation."
            )
          ))
      }
    }
    return result
  }

  // MARK: modifier.kx-expected

  /// Lines whose patient's cumulative charges for the calendar year (PT+SLP together, OT alone) pass
  /// the year's threshold, without KX. Lines are taken in date order; uncharged lines do not count.
  static func kxFindings(_ ledger: VisitLedger, _ patient: ArraySlice<Int32>) -> [(Int32, Finding)]
  {
    guard patient.contains(where: { ledger.rows[Int($0)].summary.contains(.charged) }) else {
      return []
    }
    let ordered = patient.sorted { (ledger.rows[Int($0)].day, $0) < (ledger.rows[Int($1)].day, $1) }
    var totals: [(year: Int, ot: Bool, total: Double)] = []
    var threshold: (year: Int, value: KXThreshold?)?
    var result: [(Int32, Finding)] = []
    for r in ordered {
      let row = ledger.rows[Int(r)]
      guard row.summary.contains(.charged) else { continue }
      let date = ServiceDate(daysSince1970: Int(row.day))
      if threshold?.year != date.year {
        threshold = (date.year, ledger.configuration.kxThreshold(forYear: date.year))
      }
      guard let limit = threshold?.value else { continue }
      for line in ledger.lines[row.lineRange]
      where ledger.codeKinds[Int(line.code)].contains(.known) && line.charge > 0 {
        // The line's own discipline modifier (GO before GP before GN), else the note's, else PT.
        let m = line.modifiers
        let ot =
          m & VisitLedger.go != 0
          || (m & (VisitLedger.gp | VisitLedger.gn) == 0
            && row.discipline == VisitLedger.Discipline.ot.rawValue)
        let bucket = ot ? "OT" : "PT+SLP"
        let t: Int
        if let known = totals.firstIndex(where: { $0.year == date.year && $0.ot == ot }) {
          t = known
        } else {
          t = totals.count
          totals.append((date.year, ot, 0))
        }
        totals[t].total += Double(line.charge)
        let total = totals[t].total
        guard total > limit.amount, m & VisitLedger.kx == 0 else { continue }
        let code = ledger.codes[line.code]
        result.append(
          (
            r,
            Finding(
              rule: .modifierKXExpected, severity: .error,
              message:
                "\(code) lacks KX: \(date.year) \(bucket) charges for patient \(ledger.patients[row.patient]) reach \(dollars(total)), over the \(limit.year) threshold of \(dollars(limit.amount)) (\(limit.source)); lines above it without KX are denied (SSA §1833(g); Pub. 100-04 ch. 5 §10.3)",
              suggestion:
                "Add KX once the documentation supports medical necessity above the threshold.")
          ))
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
      rule: .unitsLowAverage, severity: .warning,
      message:
        "provider \(average.provider) averages \(perUnit) documented minutes per billed timed unit across \(average.notes) notes in this batch (\(average.timedMinutes) min / \(average.timedUnits) units); a consistent practice under 15 minutes per unit is highlighted for review (Pub. 100-04 ch. 5 §20.2)",
      suggestion:
        "Check that each billed unit rests on documented direct one-on-one minutes; bill units from total timed minutes."
    )
  }
}
