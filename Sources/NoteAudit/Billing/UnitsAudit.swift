/// Compares one note's billed units with the minutes it documents, and checks the minutes
/// themselves: totals that disagree, total treatment time missing, implausible time ranges.
///
/// Minutes per code come from the text when it names the code with minutes, else from the
/// record's `cpt` line. CMS does not require per-code minutes, only the total timed minutes
/// (Pub. 100-04 ch. 5 §20.2 C): a single billed timed code without its own minutes takes the
/// total timed minutes (less the other codes' minutes); with several such codes only the total
/// units are compared. Codes the text documents but the claim does not bill still count toward the
/// total (§20.2 Example 4: the ultrasound "cannot be billed but is documented").
package enum UnitsAudit {
  /// The findings for `record` given the minutes parsed from its text, under `method`.
  package static func audit(record: NoteRecord, documented: DocumentedMinutes, method: UnitsMethod)
    -> [Finding]
  {
    var findings: [Finding] = []
    audit(claim: record.cpt, documented: documented, method: method, into: &findings)
    return findings
  }

  /// Appends the findings for the claim lines `cpt` (the record's, or the units the text states)
  /// to `findings`: the analyzer passes those lines rather than a copy of the whole record, and its
  /// analysis's findings rather than a list to append afterwards.
  static func audit(
    claim cpt: [BilledService], documented: DocumentedMinutes, method: UnitsMethod,
    into findings: inout [Finding]
  ) {
    // Each code's kind looked up once. When every line is timed (the usual claim) the list itself
    // is the timed list: filtering would copy it.
    let timedRecord =
      cpt.allSatisfy { CPTCatalog.isTimed($0.code) }
      ? cpt : cpt.filter { CPTCatalog.isTimed($0.code) }
    let timedText =
      documented.perCode.allSatisfy { CPTCatalog.isTimed($0.code) }
      ? documented.perCode : documented.perCode.filter { CPTCatalog.isTimed($0.code) }
    // The claim's units per code and the minutes per code, read off the lists in place: a handful
    // of codes, where lists of them cost four allocations a note.
    let billed = BilledUnits(timedRecord)
    var minutes = CodeMinutes(timedRecord: timedRecord, timedText: timedText)
    // A lone unlabelled minutes value ("… for 23 min") stands for the total; several are ambiguous.
    // Failing that, with no untimed service in sight, the session length stands for the timed
    // minutes: "Total treatment time 45 min, all direct one-on-one", "Time in 10:02 / out 10:40".
    let untimed = timedRecord.count < cpt.count || timedText.count < documented.perCode.count
    let sessionLength =
      untimed
      ? nil
      : documented.totalTreatment
        ?? (documented.timeRanges.count == 1 && documented.timeRanges[0].problem == nil
          ? documented.timeRanges[0].minutes : nil)
    let statedTotal =
      documented.totalTimed
      ?? (documented.unattributed.count == 1 ? documented.unattributed.first : nil) ?? sessionLength
    var missing: [String] = []
    for line in billed where minutes[line.code] == nil { missing.append(line.code) }
    if missing.count == 1, let total = statedTotal {
      minutes.assign(missing[0], max(0, total - minutes.total))
    } else if !missing.isEmpty, statedTotal == nil {
      for code in missing {
        findings.append(
          Finding(
            rule: .unitsNoMinutes, severity: .error,
            message:
              "\(code) is billed but no minutes are documented for it, and the note gives no total timed minutes (Pub. 100-04 ch. 5 §20.2; Pub. 100-02 ch. 15 §220.3 E)",
            suggestion:
              "Record the direct one-on-one minutes of each timed code, or at least the total timed minutes."
          ))
      }
    }
    let result = UnitsCalculator.units(
      of: PricedServices(billed: billed, timedText: timedText, minutes: minutes),
      count: timedRecord.count + timedText.count,
      method: method, allTimed: true)
    var perCodeOver = false
    for claimLine in billed {
      let code = claimLine.code, units = claimLine.units
      guard let line = result.line(for: code) else { continue }
      if units > line.maximumUnits {
        perCodeOver = true
        let over = units - line.maximumUnits
        findings.append(
          Finding(
            rule: .unitsNotSupported, severity: .error,
            message:
              "billed \(unitsText(units)) of \(code); \(line.minutes) documented minutes support \(line.maximumUnits) under the \(method.displayName) method (\(unitsText(over)) over\(totalsClause(result, method))) (Pub. 100-04 ch. 5 §20.2)",
            suggestion:
              "Bill the units the documented minutes support, or document the minutes actually spent."
          ))
      } else if units < line.minimumUnits {
        findings.append(
          Finding(
            rule: .unitsUnderBilled, severity: .info,
            message:
              "billed \(unitsText(units)) of \(code); \(line.minutes) documented minutes support \(line.minimumUnits) under the \(method.displayName) method",
            suggestion: "Check whether a unit was left off the claim."))
      }
    }
    if let total = totalUnitsFinding(
      billed: billed, result: result, missing: missing, statedTotal: statedTotal, method: method,
      perCodeOver: perCodeOver)
    {
      findings.append(total)
    }
    minutesFindings(
      claimed: !cpt.isEmpty, documented: documented, timedRecord: timedRecord, timedText: timedText,
      into: &findings)
  }

  /// One code's billed units.
  struct CodeUnits {
    var code: String
    var units: Int
  }

  /// Billed units per timed code, each code once in claim order with its lines' units summed (a
  /// line with no units counts as 1).
  struct BilledUnits: Sequence {
    /// The claim's timed lines.
    let lines: [BilledService]

    init(_ lines: [BilledService]) { self.lines = lines }

    var isEmpty: Bool { lines.isEmpty }

    func makeIterator() -> Iterator { Iterator(lines: lines) }

    struct Iterator: IteratorProtocol {
      let lines: [BilledService]
      var index = 0

      mutating func next() -> CodeUnits? {
        while index < lines.count {
          let code = lines[index].code
          let first = index
          index += 1
          // counted at its first line
          if lines[..<first].contains(where: { $0.code == code }) { continue }
          var units = 0
          for line in lines[first...] where line.code == code {
            units += Swift.max(0, line.units ?? 1)
          }
          return CodeUnits(code: code, units: units)
        }
        return nil
      }
    }
  }

  /// Per-code minutes of one note's timed codes: the text's where it names the code (its last
  /// mention), else the sum of the claim lines' that state minutes, else the minutes assigned to
  /// the one billed code that has none.
  struct CodeMinutes {
    let timedRecord: [BilledService]
    let timedText: [ServiceMinutes]
    private var assigned: ServiceMinutes?

    init(timedRecord: [BilledService], timedText: [ServiceMinutes]) {
      self.timedRecord = timedRecord
      self.timedText = timedText
    }

    subscript(code: String) -> Int? {
      if let text = timedText.last(where: { $0.code == code }) { return text.minutes }
      var sum: Int?
      for line in timedRecord where line.code == code {
        if let m = line.minutes { sum = (sum ?? 0) + max(0, m) }
      }
      if sum == nil, let assigned, assigned.code == code { return assigned.minutes }
      return sum
    }

    /// Gives `minutes` to `code`, which has none.
    mutating func assign(_ code: String, _ minutes: Int) {
      precondition(self[code] == nil, "\(code) already has minutes")
      assigned = ServiceMinutes(code: code, minutes: minutes)
    }

    /// The minutes of every code that has some, each code once.
    var total: Int {
      var sum = assigned?.minutes ?? 0
      for (i, line) in timedRecord.enumerated() where line.minutes != nil {
        if timedRecord[..<i].contains(where: { $0.code == line.code && $0.minutes != nil }) {
          continue
        }
        sum += self[line.code] ?? 0
      }
      for (i, service) in timedText.enumerated() {
        if timedText[..<i].contains(where: { $0.code == service.code }) { continue }
        if timedRecord.contains(where: { $0.code == service.code && $0.minutes != nil }) {
          continue
        }  // counted above
        sum += self[service.code] ?? 0
      }
      return sum
    }
  }

  /// The services the units are worked out for: the billed codes first, then the text's, each
  /// once, with their minutes; a code without minutes is left out.
  struct PricedServices: Sequence {
    let billed: BilledUnits
    let timedText: [ServiceMinutes]
    let minutes: CodeMinutes

    func makeIterator() -> Iterator { Iterator(services: self) }

    struct Iterator: IteratorProtocol {
      let services: PricedServices
      var billed: BilledUnits.Iterator
      var textIndex = 0

      init(services: PricedServices) {
        self.services = services
        billed = services.billed.makeIterator()
      }

      mutating func next() -> ServiceMinutes? {
        while let line = billed.next() {
          if let m = services.minutes[line.code] {
            return ServiceMinutes(code: line.code, minutes: m)
          }
        }
        let text = services.timedText
        while textIndex < text.count {
          let code = text[textIndex].code
          let first = textIndex
          textIndex += 1
          if services.billed.lines.contains(where: { $0.code == code })
            || text[..<first].contains(where: { $0.code == code })
          {
            continue
          }
          if let m = services.minutes[code] { return ServiceMinutes(code: code, minutes: m) }
        }
        return nil
      }
    }
  }

  static func unitsText(_ n: Int) -> String { n == 1 ? "1 unit" : "\(n) units" }

  static func totalsClause(_ result: UnitsResult, _ method: UnitsMethod) -> String {
    method == .cms && result.lines.count > 1
      ? "; \(result.totalTimedMinutes) total timed minutes support \(unitsText(result.timedUnits)) in all"
      : ""
  }

  /// The claim's timed units in all against the total timed minutes (CMS only: the total governs,
  /// §20.2 C rule 4), when no per-code finding already says so.
  static func totalUnitsFinding(
    billed: BilledUnits, result: UnitsResult, missing: [String], statedTotal: Int?,
    method: UnitsMethod,
    perCodeOver: Bool
  ) -> Finding? {
    guard method == .cms, !billed.isEmpty, !perCodeOver else { return nil }
    let billedTotal = billed.reduce(0) { $0 + $1.units }
    let supportedMinutes = missing.count > 1 ? (statedTotal ?? 0) : result.totalTimedMinutes
    if !missing.isEmpty && statedTotal == nil { return nil }  // units.no-minutes says it
    let supported = UnitsCalculator.unitsForMinutes(supportedMinutes)
    guard billedTotal > supported else { return nil }
    let codes = UnitsResult.list(billed.map(\.code), conjunction: "and")
    return Finding(
      rule: .unitsNotSupported, severity: .error,
      message:
        "billed \(unitsText(billedTotal)) of timed codes (\(codes)); \(supportedMinutes) total timed minutes support \(supported) under the CMS total-time method (\(unitsText(billedTotal - supported)) over) (Pub. 100-04 ch. 5 §20.2)",
      suggestion: result.choicesSentence ?? "Bill the units the total timed minutes support.")
  }

  /// Appends `minutes.total-mismatch`, `minutes.total-time-missing`, `minutes.bad-time-range`.
  /// - Parameter claimed: whether the claim has any line.
  static func minutesFindings(
    claimed: Bool, documented: DocumentedMinutes, timedRecord: [BilledService],
    timedText: [ServiceMinutes], into findings: inout [Finding]
  ) {
    if let total = documented.totalTimed {
      let span = documented.totalTimedEvidence?.span
      let perCode = timedText.reduce(0) { $0 + $1.minutes }
      if !timedText.isEmpty, perCode != total {
        findings.append(
          Finding(
            rule: .minutesTotalMismatch, severity: .warning,
            message:
              "total timed minutes \(total) disagree with the per-code minutes in the note (\(timedText.map { "\($0.code) \($0.minutes)" }.joined(separator: " + ")) = \(perCode)) (Pub. 100-02 ch. 15 §220.3 E)",
            suggestion: "Make the total timed minutes the sum of the timed codes' minutes.",
            span: span))
      }
      // Summed in place: only a claim with minutes on every timed line is compared.
      var recordMinutes: Int? = timedRecord.isEmpty ? nil : 0
      for line in timedRecord {
        guard let m = line.minutes, let sum = recordMinutes else { recordMinutes = nil; break }
        recordMinutes = sum + m
      }
      if let recordMinutes, recordMinutes != total {
        findings.append(
          Finding(
            rule: .minutesTotalMismatch, severity: .warning,
            message:
              "total timed minutes \(total) in the note disagree with the \(recordMinutes) timed minutes on the record's cpt lines",
            suggestion: "Correct the note or the claim so the timed minutes agree.", span: span))
      }
      if let treatment = documented.totalTreatment, treatment < total {
        findings.append(
          Finding(
            rule: .minutesTotalMismatch, severity: .warning,
            message:
              "total treatment time \(treatment) min is less than the total timed minutes \(total)",
            suggestion: "Total treatment time includes the timed minutes plus untimed services.",
            span: span))
      }
    }
    let documentsTreatment = claimed || !documented.perCode.isEmpty || documented.totalTimed != nil
    if documentsTreatment, documented.totalTreatment == nil,
      !documented.timeRanges.contains(where: { $0.problem == nil })
    {
      findings.append(
        Finding(
          rule: .minutesTotalTimeMissing, severity: .warning,
          message:
            "the note does not state the total treatment time in minutes (Pub. 100-02 ch. 15 §220.3 E requires total timed code minutes and total treatment time)",
          suggestion:
            "Add a line such as 'Total timed treatment: 38 min; total treatment time: 53 min'."))
    }
    for range in documented.timeRanges {
      guard let problem = range.problem else { continue }
      findings.append(
        Finding(
          rule: .minutesBadTimeRange, severity: .warning, message: "time range \(problem)",
          suggestion: "Check the time in and time out.", span: range.span))
    }
  }
}
