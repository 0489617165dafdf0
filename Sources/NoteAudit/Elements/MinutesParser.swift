/// A clock-time range documented in a note (`Time in 10:02 / out 10:40`, `10:02–10:40`).
package struct TimeRange: Sendable, Hashable {
  /// Minutes since midnight.
  package var start: Int
  package var end: Int
  /// Length in minutes; a range past midnight wraps (`23:40–00:20` is 40).
  package var minutes: Int
  package var span: SourceSpan
  /// Why the range is implausible (reversed, over 8 hours, zero length), or nil.
  package var problem: String?
}

/// One minutes figure a note states, with what it is the minutes of.
package struct StatedMinutes: Sendable, Hashable {
  package enum Role: Sendable, Hashable {
    /// The minutes of one service: `97530 x 23 min`, `TherAct 16'`, `TA 23` in a minutes block.
    case code(String)
    /// `Total timed: 38 min`.
    case totalTimed
    /// `Total treatment time: 45 min`, `Tx time 45 min`.
    case totalTreatment
    /// Minutes with no code or label before them: `transfer training x 23 min`.
    case unattributed
  }

  package var role: Role
  package var minutes: Int
  package var evidence: Evidence
  /// The tokens of the value and its unit, so the element stage can tell a minute mark from feet.
  package var tokens: ClosedRange<Int>
}

/// The minutes a note documents, by code and in total.
package struct DocumentedMinutes: Sendable, Hashable {
  /// Every minutes figure, in text order.
  package var stated: [StatedMinutes] = []
  /// Minutes per code named in the text, summed per code, in first-seen order.
  package var perCode: [ServiceMinutes] = []
  /// `Total timed treatment: 38 min`.
  package var totalTimed: Int?
  package var totalTimedEvidence: Evidence?
  /// `Total treatment time: 53 min`.
  package var totalTreatment: Int?
  package var timeRanges: [TimeRange] = []
  /// `<num> min` values with no code or label before them (`… for 23 min`).
  package var unattributed: [Int] = []
  /// Units the text says it bills, by code (`97530 x 2 units`, `TA x2u`, `3 units of 97110`), in
  /// first-seen order: the claim as the note states it, for notes that come without claim data.
  package var unitsInText: [BilledService] = []

  package init() {}

  /// The text's minutes for `code`, if it names the code with minutes.
  package func minutes(for code: String) -> Int? { perCode.first { $0.code == code }?.minutes }

  /// The figures a reviewer takes as the visit's direct treatment minutes: per-code minutes when
  /// the note gives them; else the total timed; else the total treatment time. (Failing these, a
  /// time in/out span, then the durations of activities with no code: the element stage decides.)
  /// Minutes of supervised (unattended) modalities and group therapy are never direct one-on-one
  /// treatment minutes.
  package var treatmentFigures: [StatedMinutes] {
    let perCode = stated.filter { Self.isTreatment($0.role) }
    if !perCode.isEmpty { return perCode }
    for role in [StatedMinutes.Role.totalTimed, .totalTreatment] {
      if let figure = stated.first(where: { $0.role == role }) { return [figure] }
    }
    return []
  }

  /// Whether a figure of this role is a code's direct treatment minutes: a per-code figure of a
  /// code that is not a supervised modality or group therapy.
  static func isTreatment(_ role: StatedMinutes.Role) -> Bool {
    guard case .code(let code) = role else { return false }
    let kind = CPTCatalog.kind(of: code)
    return kind != .supervisedModality && kind != .group
  }

  /// Minutes stated with no code or label: the durations of activities ("transfer training x 23
  /// min"), which count only when the note states no other minutes.
  package var activityFigures: [StatedMinutes] { stated.filter { $0.role == .unattributed } }
}

/// Reads minutes per code, total timed and total treatment minutes, and time ranges from a note's
/// hits: the lexicon categories `code_name` (attribute `code`), `timed_minutes`,
/// `total_timed_label`, `total_time_label`, `time_in_label`, `time_out_label`, `billing_marker`,
/// `not_treatment_time` and `shared_session`.
///
/// - A minutes value belongs to the nearest code name or total label before it on its line, at
///   most `maximumGap` words away, with no other minutes value in between: `97530 x 23 min`,
///   `TherAct (97530): 23'`, `Ther act 23 minutes`, `TA x2 units (25 min)`, `Total timed: 38 min`.
/// - A minute mark (`23'`, `23’`, `23′`) is minutes only beside a code name or in a billing line,
///   and never where a distance reading holds it (`amb 150' x2`, `gait training 50' w/ RW`) or
///   the value is more than `primeMinutesLimit`: alone, `150'` is feet.
/// - In a minutes block — a billing line, or a note that pairs two codes with bare numbers —
///   a bare number right after a code name or total label is its minutes: `(TA 23, TE 15)`,
///   `TA 23 / TE 15 / NMR 8`, `97530-23, 97110-15`, `Timed code minutes: 38`.
/// - Hits that would not count for the timed-minutes element (negated, planned, past, someone
///   else's, reported, home program) are skipped; a billing line counts wherever it stands.
///
/// ```swift
/// let minutes = MinutesParser.parse(document)
/// minutes.minutes(for: "97530")  // 23
/// ```
package enum MinutesParser {
  /// Words (joiners not counted) allowed between a code name and its minutes.
  package static let maximumGap = 8
  /// Ranges longer than this are implausible for one visit.
  package static let maximumRangeMinutes = 8 * 60
  /// A minute mark above this is a distance (`150'`): no one service runs 90 minutes in a visit.
  package static let primeMinutesLimit = 90
  /// A bare number after a code name above this is not its minutes.
  package static let bareMinutesLimit = 120
  /// Minutes values outside 1…600 are not a visit's minutes.
  static let plausibleMinutes = 1...600

  /// Parses `document` with its lexicon's categories.
  package static func parse(_ document: NoteDocument) -> DocumentedMinutes {
    parse(document, categories: HitCategories(document.lexicon))
  }

  /// What minutes after an anchor are the minutes of: a code (its number in `HitCategories.codes`)
  /// or a total.
  enum Anchor: Equatable {
    case code(Int16)
    case totalTimed
    case totalTime

    func role(codes: [String]) -> StatedMinutes.Role {
      switch self {
      case .code(let code): .code(codes[Int(code)])
      case .totalTimed: .totalTimed
      case .totalTime: .totalTreatment
      }
    }
  }

  /// A code name or total label that minutes after it on its line can belong to.
  struct AnchorHit {
    var first: Int
    var last: Int
    var line: Int
    var statement: Int32
    var anchor: Anchor
  }

  /// A minutes value with its tokens.
  struct MinutesHit {
    var first: Int
    var last: Int
    var value: Int
    /// Written with a minute mark (`23'`), which alone could be feet.
    var isPrime: Bool
    /// Written in hours (`2 hr`): minutes only beside a code name or label, or in a billing line.
    var isHours = false
    var statement: Int32
    /// The entry that matched it, or -1 for a bare number in a minutes block (`minutes.block`).
    var entry: Int32
    /// A bare number taken after `x` (`Self care 97535 x 40`) or from the minutes column of a
    /// charge table, which needs no minutes block.
    var needsNoBlock = false
  }

  /// A clock time after a time-in or time-out label, and whether an in/out range has paired it.
  /// The in and out times share one list (one allocation for a note that has them, not three with
  /// the pairs' ends).
  struct LabelledTime {
    var token: Int
    var isOut: Bool
    var paired = false
  }

  /// - Parameter unitsInText: whether to read the units the text states (`unitsInText`), which
  ///   only a note without claim data needs.
  ///
  /// The hits are plain values (a code is its number, an entry its index), so the lists copy and
  /// sort without reference counting; what a hit is comes from one per-entry table
  /// (`HitCategories.minutesRole`); each list is allocated at its first element with room for a
  /// note's usual count (`HitCategories.listRoom`); the activities that make a small value their
  /// dosage are looked up between the two tokens only when it matters; lines come from a cursor
  /// over the ascending hits; and evidence is built only for the minutes that are kept.
  static func parse(
    _ document: NoteDocument, categories: HitCategories, unitsInText readsUnits: Bool = true
  ) -> DocumentedMinutes {
    let text = document.text
    let tokens = text.tokens
    let matches = document.matches
    let modifiers = document.modifiers
    let statements = document.statements
    let roles = categories.minutesRole
    let codes = categories.codes
    let listRoom = HitCategories.listRoom
    // The results, put together at the end.
    var stated: [StatedMinutes] = []
    var perCode: [ServiceMinutes] = []
    var totalTimed: Int?
    var totalTimedEvidence: Evidence?
    var totalTreatment: Int?
    var unattributed: [Int] = []
    var unitsInText: [BilledService] = []
    var lines = LineIndex.Cursor(text.lines)
    // Minutes and code names count as the element does: not negated, planned, past, someone
    // else's, only reported or a home program.
    let skip = ElementExtractor.disqualifying[ElementKind.timedMinutes.ordinal]

    var anchors: [AnchorHit] = []
    // The furthest last token of the anchors so far, and whether one started before it: anchors
    // that do not overlap come in the order they are sorted by, and none lies inside another.
    var anchorReach = -1
    var anchorsOverlap = false
    var minutes: [MinutesHit] = []
    var lastMinutesSlot = -1
    var excluded = OrderedRanges()
    // The first tokens of the group and concurrent sessions the note names, in text order.
    var sharedSessions: [Int] = []
    var distances = OrderedRanges()
    var labelledTimes: [LabelledTime] = []
    for n in matches.indices {
      let match = matches[unchecked: n]
      let entry = Int(match.entry)
      let role = roles[unchecked: entry]
      switch role {
      case .none, .activity: continue
      case .distance:
        if distances.isEmpty { distances.reserveCapacity(listRoom) }
        distances.append(match.tokenRange)
        continue
      default: break
      }
      if !modifiers[n].isDisjoint(with: skip) { continue }
      let statement = statements[n]
      let (first, last) = (Int(match.first), Int(match.last))
      func anchor(_ anchor: Anchor) {
        if anchors.isEmpty { anchors.reserveCapacity(listRoom) }
        anchorsOverlap = anchorsOverlap || first <= anchorReach
        anchorReach = max(anchorReach, last)
        anchors.append(
          AnchorHit(
            first: first, last: last, line: lines.line(of: Int(tokens[first].start)),
            statement: statement, anchor: anchor))
      }
      switch role {
      case .codeName:
        let code = categories.signalCode[entry]
        guard code >= 0 else { continue }
        anchor(.code(code))
        if readsUnits, !unitsInText.contains(where: { $0.code == codes[Int(code)] }),
          let units = units(near: (first, last), in: text)
        {
          unitsInText.append(BilledService(code: codes[Int(code)], units: units))
        }
      case .totalTimedLabel: anchor(.totalTimed)
      case .totalTimeLabel: anchor(.totalTime)
      case .minutes:
        let scale = categories.minutesScale[entry]
        guard let value = text.slotValue(of: match).map({ Int(($0 * Double(scale)).rounded()) }),
          plausibleMinutes.contains(value)
        else { continue }
        // Two phrasings of one number ("x 15 min" and "15 min in") are one figure.
        let slot = Int(match.slot1 >= 0 ? match.slot1 : match.slot0)
        if slot == lastMinutesSlot { continue }
        lastMinutesSlot = slot
        let isPrime = tokens[last].kind == .symbol
        var hit = MinutesHit(
          first: first, last: last, value: value, isPrime: isPrime, statement: statement,
          entry: Int32(entry))
        hit.isHours = scale != 1
        // Room for the bare numbers after the anchors too (`appendBareMinutes`).
        if minutes.isEmpty { minutes.reserveCapacity(2 * listRoom) }
        minutes.append(hit)
      case .notTreatmentTime: excluded.append(match.tokenRange)
      case .sharedSession: sharedSessions.append(first)
      case .timeInLabel, .timeOutLabel:
        if let t = text.timeAfter(last) {
          // Room for the in and out times of a note's sessions at once: grown from empty, the
          // list was allocated for the time in and again for the time out.
          if labelledTimes.isEmpty { labelledTimes.reserveCapacity(listRoom) }
          labelledTimes.append(LabelledTime(token: t, isOut: role == .timeOutLabel))
        }
      case .none, .activity, .distance: break
      }
    }
    if anchorsOverlap {
      anchors.sort { $0.last < $1.last || ($0.last == $1.last && $0.first < $1.first) }
      // A label inside a longer one is that label ("treatment" in "Total timed treatment:").
      var kept = 0
      for a in anchors.indices {
        let inner = anchors[a]
        var inside = false
        for outer in anchors
        where outer.first <= inner.first && outer.last >= inner.last
          && (outer.first != inner.first || outer.last != inner.last)
        {
          inside = true
          break
        }
        if !inside {
          anchors[kept] = inner
          kept += 1
        }
      }
      anchors.removeLast(anchors.count - kept)
    }
    sortByFirstToken(&minutes)
    if !anchors.isEmpty {
      // Room for a bare number after each anchor.
      minutes.reserveCapacity(minutes.count + anchors.count)
      appendBareMinutes(after: anchors, to: &minutes, in: document)
      sortByFirstToken(&minutes)
    }

    var previousMinutesEnd = -1
    var cursor = EvidenceCursor(text: text, lexicon: document.lexicon)
    // Figures of a code with an activity named between them and the code ("TE: recumbent stepper
    // 8 min"): the code's own minutes if the note states no other for it, else that activity's
    // dose ("… 97110 x1 (12 min)" further on).
    var doses: [StatedMinutes] = []
    // The anchors that start at or before the figure: both lists go in text order (anchors do not
    // nest, so their starts and ends rise together), so one pass finds each figure's anchor.
    var anchorsBefore = 0
    for hit in minutes {
      defer { previousMinutesEnd = hit.last }
      while anchorsBefore < anchors.count, anchors[anchorsBefore].first <= hit.first {
        anchorsBefore += 1
      }
      // A longer minutes phrase that holds the whole exclusion is the more specific reading:
      // "participated in 45 min PT session" holds the "in 45 min" of a measured duration.
      if excluded.contains(
        overlapping: hit.first...hit.last,
        where: {
          !(hit.first < $0.lowerBound && $0.upperBound <= hit.last)
        })
      {
        continue
      }
      let minutesLine = lines.line(of: Int(tokens[hit.first].start))
      // A field that starts inside a label is that label's ("Total timed minutes: 27" read as
      // the field "minutes: 27"); otherwise the nearest anchor before it on its line.
      // The nearest anchor is the one to take or none is: one further back is further away, on
      // the same line or an earlier one.
      var anchor: AnchorHit?
      if anchorsBefore > 0 {
        let a = anchors[anchorsBefore - 1]
        if hit.first <= a.last
          || (a.last > previousMinutesEnd && a.line == minutesLine
            && gap(from: a.last, to: hit.first, in: tokens) <= maximumGap)
        {
          anchor = a
        } else if a.line == minutesLine - 1, a.last > previousMinutesEnd, case .code = a.anchor,
          isTimeField(endingAt: hit.first, in: text)
        {
          // A service block's time field under its header: "Service: Ther Activities (97530)\n
          // Time: 22 min".
          anchor = a
        }
      }
      // A value under a billable unit after an activity named since the code is that activity's
      // dosage ("TE: pulleys 3 min each"); a larger one may be either (`doses`).
      // (A code right before its figure leaves no room for an activity: most notes, no search.)
      var isDose = false
      var activityBetween = false
      if let a = anchor, hit.first > a.last + 2,
        activityStarts(after: a.last, before: hit.first, matches, roles)
      {
        activityBetween = true
        // A minute mark in another sentence than its code is that activity's, feet as often as
        // not: "TE BLE 2x10. Amb w/ RW 50'".
        if hit.value < 8 || (hit.isPrime && a.statement != hit.statement) {
          anchor = nil
        } else {
          isDose = true
        }
      }
      // "Mirror therapy 10 min (97112)": the code in parentheses right after the minutes, also
      // over a code before it with an activity between ("Ther Act 28 min (97530) | Gait 12 min
      // (97116)": the gait's code is the one after its figure).
      if anchor == nil || activityBetween,
        let after = parenthesizedAnchor(after: hit.last, anchors[anchorsBefore...], in: text)
      {
        anchor = after
        isDose = false
      }
      if hit.isPrime, !isMinuteMark(hit, anchor: anchor, distances: distances, in: document) {
        continue
      }
      // Hours count beside a code or label, in a billing line, or as a line of their own: the
      // visit's length at the end of a short note ("Home visit. Worked on crawling.\n1 hr").
      if hit.isHours, anchor == nil, !document.isBilling(statement: hit.statement),
        !isLineOfItsOwn(hit, in: tokens)
      {
        continue
      }
      var role = anchor?.anchor.role(codes: codes) ?? .unattributed
      // A code's second figure that is all the codes' minutes so far together is their total:
      // "TE 20' … GT 15' … TA 10' … 97110 x1, 97116 x1, 97530 x1 (45 min)".
      if case .code(let code) = role, perCode.count >= 2,
        perCode.contains(where: { $0.code == code }),
        hit.value == perCode.reduce(0, { $0 + $1.minutes })
      {
        role = .totalTimed
      }
      if isDose, case .code = role {
        let range = Int(tokens[hit.first].start)..<Int(tokens[hit.last].end)
        let entryID = hit.entry >= 0 ? cursor.entries[Int(hit.entry)].id : "minutes.block"
        doses.append(
          StatedMinutes(
            role: role, minutes: hit.value,
            evidence: Evidence(
              text: cursor.text(range), span: cursor.span(range), entryID: entryID),
            tokens: hit.first...hit.last))
        continue
      }
      switch role {
      case .code(let code):
        if let i = perCode.firstIndex(where: { $0.code == code }) {
          perCode[i].minutes += hit.value
        } else {
          perCode.append(ServiceMinutes(code: code, minutes: hit.value))
        }
      case .totalTimed: if totalTimed != nil { continue }
      case .totalTreatment: if totalTreatment != nil { continue }
      case .unattributed: unattributed.append(hit.value)
      }
      let range = Int(tokens[hit.first].start)..<Int(tokens[hit.last].end)
      let entryID = hit.entry >= 0 ? cursor.entries[Int(hit.entry)].id : "minutes.block"
      let evidence = Evidence(
        text: cursor.text(range), span: cursor.span(range), entryID: entryID)
      if role == .totalTimed {
        totalTimed = hit.value
        totalTimedEvidence = evidence
      } else if role == .totalTreatment {
        totalTreatment = hit.value
      }
      if stated.isEmpty { stated.reserveCapacity(minutes.count) }
      stated.append(
        StatedMinutes(
          role: role, minutes: hit.value, evidence: evidence, tokens: hit.first...hit.last))
    }
    if !doses.isEmpty {
      let statedElsewhere = Set(perCode.map(\.code))
      for dose in doses {
        guard case .code(let code) = dose.role, !statedElsewhere.contains(code) else { continue }
        if let i = perCode.firstIndex(where: { $0.code == code }) {
          perCode[i].minutes += dose.minutes
        } else {
          perCode.append(ServiceMinutes(code: code, minutes: dose.minutes))
        }
        stated.append(dose)
      }
      stated.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
    if perCode.count >= 2, stated.count > perCode.count {
      dropRestatedLine(&stated, &perCode, lines: &lines, in: text)
    }
    // Labels come in text order, and their times mostly too.
    for k in labelledTimes.indices.dropFirst()
    where labelledTimes[k].token < labelledTimes[k - 1].token {
      labelledTimes.sort { $0.token < $1.token }
      break
    }
    var result = DocumentedMinutes()
    (result.stated, result.perCode, result.unattributed, result.unitsInText) = (
      stated, perCode, unattributed, unitsInText
    )
    (result.totalTimed, result.totalTimedEvidence, result.totalTreatment) = (
      totalTimed, totalTimedEvidence, totalTreatment
    )
    result.timeRanges = timeRanges(text, labelled: &labelledTimes, excluded: excluded)
    if !sharedSessions.isEmpty {
      result.timeRanges.removeAll { isShared($0, sessions: sharedSessions, in: text) }
    }
    return result
  }

  /// Removes a line that only restates the codes' minutes: a billing line after the service
  /// blocks ("TherAct 16': car transfers…", "TE 35': LAQ…", then "Billing: 97530 x1 (16 min),
  /// 97110 x2 (35 min)") names two codes or more, each with exactly the minutes the lines before
  /// gave it, from more than one line. (Two sessions of equal minutes each give their codes on one
  /// line, so a second session is not taken for a restatement.)
  static func dropRestatedLine(
    _ stated: inout [StatedMinutes], _ perCode: inout [ServiceMinutes],
    lines: inout LineIndex.Cursor, in text: TokenizedText
  ) {
    let tokens = text.tokens
    func start(_ k: Int) -> Int { Int(tokens[stated[k].tokens.lowerBound].start) }
    guard let lastIndex = stated.indices.last else { return }
    let lastLine = lines.line(of: start(lastIndex))
    let lineStart = text.lines.bounds(ofLine: lastLine).start
    // The last line's figures end the list (it is in text order); most notes have fewer than two
    // codes there and stop here, before any allocation.
    var first = lastIndex
    var codesOnLine = 0
    while first >= 0, start(first) >= lineStart {
      if case .code = stated[first].role { codesOnLine += 1 }
      first -= 1
    }
    first += 1
    guard codesOnLine >= 2, first > 0 else { return }
    // Each code's minutes on the lines before, by its place in `perCode`, and the first of those
    // lines: one pass, so a note of many figures costs no more than its figures.
    var before = [(minutes: Int, firstLine: Int, severalLines: Bool)](
      repeating: (0, -1, false), count: perCode.count)
    for k in 0..<first {
      guard case .code(let code) = stated[k].role,
        let c = perCode.firstIndex(where: { $0.code == code })
      else { continue }
      let line = lines.line(of: start(k))
      before[c].minutes += stated[k].minutes
      if before[c].firstLine < 0 {
        before[c].firstLine = line
      } else if line != before[c].firstLine {
        before[c].severalLines = true
      }
    }
    var restated: [(figure: Int, code: Int)] = []
    var firstLine = -1
    var severalLines = false
    for k in first...lastIndex {
      guard case .code(let code) = stated[k].role else { continue }  // the line's total stays
      guard let c = perCode.firstIndex(where: { $0.code == code }),
        before[c].firstLine >= 0, before[c].minutes == stated[k].minutes
      else { return }
      restated.append((k, c))
      severalLines =
        severalLines || before[c].severalLines
        || (firstLine >= 0 && firstLine != before[c].firstLine)
      firstLine = before[c].firstLine
    }
    guard severalLines else { return }
    for (k, c) in restated { perCode[c].minutes -= stated[k].minutes }
    var dropped = Set(restated.map(\.figure))
    stated = stated.indices.filter { dropped.remove($0) == nil }.map { stated[$0] }
  }

  /// Sorts `minutes` by their first token, stably; they are usually in that order already (hits
  /// come in text order), and are then left as they are without the sort's setup.
  static func sortByFirstToken(_ minutes: inout [MinutesHit]) {
    for k in minutes.indices.dropFirst() where minutes[k].first < minutes[k - 1].first {
      minutes.sort { $0.first < $1.first }
      return
    }
  }

  /// Whether an activity (a functional task or a code signal) starts strictly between tokens `lower`
  /// and `upper`: the hits there, found by binary search (hits come by first token).
  static func activityStarts(
    after lower: Int, before upper: Int, _ matches: [LexiconMatch],
    _ roles: [HitCategories.MinutesRole]
  ) -> Bool {
    var low = 0
    var high = matches.count
    while low < high {
      let mid = (low + high) / 2
      if Int(matches[mid].first) <= lower { low = mid + 1 } else { high = mid }
    }
    while low < matches.count, Int(matches[low].first) < upper {
      if case .activity = roles[Int(matches[low].entry)] { return true }
      low += 1
    }
    return false
  }

  /// The code name or label in parentheses right after token `last` ("10 min (97112)"), if any.
  static func parenthesizedAnchor(
    after last: Int, _ anchors: ArraySlice<AnchorHit>, in text: TokenizedText
  ) -> AnchorHit? {
    let next = last + 1
    guard next + 1 < text.tokens.count, text.isByte(text.tokens[next], UInt8(ascii: "(")) else {
      return nil
    }
    // Not "45 min (TE 30, NMR 15)": there the code opens a breakdown of its own minutes.
    for a in anchors {
      if a.first > next + 1 { break }  // in text order: no later one starts there
      if a.first == next + 1 && text.numberAfter(a.last, acrossTimes: true) == nil { return a }
    }
    return nil
  }

  /// Whether a minute mark (`23'`) is minutes: beside a code name or total label, or in a billing
  /// line; not where a distance entry reads it as feet (`amb 150'`, `150' x2`, `50' w/ RW`); and
  /// not more than `primeMinutesLimit`. A mark right after a written code (`Gait 97116 18' w/ RW`)
  /// is that code's minutes whatever follows: a code number is never a distance word; so is a mark
  /// after the machine it times (`UBE 5'`, an entry that starts with a word), and one after the
  /// service name that follows a written code (`97116 Gait — 12'`).
  static func isMinuteMark(
    _ hit: MinutesHit, anchor: AnchorHit?, distances: OrderedRanges, in document: NoteDocument
  ) -> Bool {
    guard hit.value <= primeMinutesLimit else { return false }
    // An entry that names what the mark times (`minutes.device_prime`: "UBE 5'") starts at a word.
    if document.text.tokens[hit.first].kind == .word { return true }
    guard anchor != nil || document.isBilling(statement: hit.statement) else { return false }
    // The token right after a written code: the mark itself, or the service the code names.
    let afterCode = anchor.flatMap {
      document.text.isCodeNumber(document.text.tokens[$0.last]) ? $0.last + 1 : nil
    }
    if afterCode == hit.first { return true }
    // A distance hit that starts before the number (a distance word: "amb 150'") or runs past
    // the mark ("150' x2", "50' w/ RW") reads the mark as feet; not one that starts right after
    // a written code, whose service it names ("97116 Gait — 12'").
    return !distances.contains(overlapping: hit.first...hit.last) {
      ($0.lowerBound < hit.first && $0.lowerBound != afterCode) || $0.upperBound > hit.last
    }
  }

  /// Whether a figure's tokens are a whole line.
  static func isLineOfItsOwn(_ hit: MinutesHit, in tokens: [Token]) -> Bool {
    tokens[hit.first].flags.contains(.lineStart)
      && (hit.last + 1 == tokens.count || tokens[hit.last + 1].flags.contains(.lineStart))
  }

  /// Whether the tokens of the line before token `first` are a time field's label alone
  /// (`Time:`, `Minutes:`, `Duration:`), so the figure at `first` is that field's value.
  /// A field that holds its label (`minutes.field`, "Minutes: 24") starts at the label itself.
  static func isTimeField(endingAt first: Int, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    let label = tokens[first].flags.contains(.lineStart) ? first : first - 2
    return label >= 0 && label + 1 < tokens.count && tokens[label].flags.contains(.lineStart)
      && timeFieldWords.contains(tokens[label].key)
      && text.isByte(tokens[label + 1], UInt8(ascii: ":"))
  }

  /// The labels of a service block's time field.
  static let timeFieldWords = KeySet(
    ["time", "minutes", "mins", "min", "duration"].map(TokenKey.of))

  /// Words after a bare number that make it something other than minutes: dosage, units, loads,
  /// distances, counts.
  static let notMinutesAfter = KeySet(
    [
      "x", "×", "*", "reps", "rep", "repetitions", "sets", "set", "units", "unit", "u", "un", "lb",
      "lbs", "#", "kg", "ft", "feet", "m",
      "meters", "%", "°", "deg", "degrees", "sec", "secs", "seconds", "s", "laps", "lap", "steps",
      "step", "times", "trials", "visits",
      "person", "days", "weeks", "wks", "hr", "hrs", "hour", "hours", "\"", "'", "min", "mins",
      "minutes", "minute",
    ].map(TokenKey.of))

  /// Whether a clock-time range (`0930-1015`) follows token `i` across joiners on its line.
  static func clockRangeAfter(_ i: Int, in text: TokenizedText) -> Bool {
    var k = i + 1
    while k < text.tokens.count, k <= i + 2, text.tokens[k].kind == .joiner { k += 1 }
    return k < text.tokens.count && text.militaryRange(text.tokens[k]) != nil
  }

  /// Minutes written as a bare number right after a code name or total label:
  /// - in a minutes block — a billing line (`Timed code minutes: 38 (TA 23, TE 15)`, `Minutes: TA 23,
  ///   TE 15`) or a note that pairs at least two codes with bare numbers (`TA 23 / TE 15 / NMR 8`,
  ///   `97530-23, 97110-15`, `97116 15 | 97530 13`);
  /// - or after `x` when the number is at least `unitsLimit + 1` (`Self care 97535 x 40`): units
  ///   stop well below that, a billed service's minutes rarely do (`97530 x 2` is two units).
  /// The number must end its phrase (a joiner, a symbol, a code name or the line end follows):
  /// `TE 3x10`, `TA x2 units`, `NMR 2 sets` and `97530 x 2 (25 min)` are not bare minutes.
  ///
  /// Appended to `minutes` (the stated minutes so far): every candidate goes in, and those that
  /// are not in a minutes block are taken out again once the code pairs are counted.
  static func appendBareMinutes(
    after anchors: [AnchorHit], to minutes: inout [MinutesHit], in document: NoteDocument
  ) {
    let text = document.text
    let tokens = text.tokens
    let timesKeys = TokenizedText.timesKeys
    let notMinutesAfter = notMinutesAfter
    let stated = minutes.count
    // Whether a stated figure holds token `i`: the figures are in text order and the numbers asked
    // about mostly rise with the anchors, so a pointer and the furthest end behind it answer in
    // one pass (a question out of order is answered by a search).
    var behind = 0
    var reach = -1
    var asked = Int.min
    func isStated(_ i: Int) -> Bool {
      if i < asked { return minutes[..<stated].contains { $0.first <= i && i <= $0.last } }
      asked = i
      while behind < stated, minutes[behind].first <= i {
        reach = max(reach, minutes[behind].last)
        behind += 1
      }
      return reach >= i
    }
    var codePairs = 0
    var largestPair = 0
    for (k, anchor) in anchors.enumerated() {
      var isCode = false
      if case .code = anchor.anchor { isCode = true }
      // A row of a charge table under its header ("CPT  Units  Min" / "97140  1  13"): the
      // number in the minutes column.
      if isCode, let column = tableMinutesColumn(ofRowAt: anchor.first, in: text) {
        if let i = number(column, after: anchor.last, in: text),
          let value = NumberValue.value(of: tokens[i], in: text), value == value.rounded(),
          value >= 1, value <= Double(bareMinutesLimit),
          !isStated(i)
        {
          minutes.append(
            MinutesHit(
              first: i, last: i, value: Int(value), isPrime: false, statement: anchor.statement,
              entry: -1, needsNoBlock: true))
        }
        continue
      }
      var afterX = false
      // A label's value may stand in the next cell of a table ("Total min | 45"); a code's next
      // cell is a description or its units ("97530 | Ther activities | 2 | 26").
      var number = text.numberAfter(anchor.last, acrossBorder: !isCode)
      if number == nil, anchor.last + 2 < tokens.count,
        timesKeys.contains(tokens[anchor.last + 1].key),
        !tokens[anchor.last + 2].flags.contains(.lineStart)
      {
        afterX = true
        number = text.numberAfter(anchor.last + 1)
      }
      // Written in digits: a word number after a label is part of a phrase ("Total one-on-one
      // time 32 minutes").
      guard let i = number, text.bytes[Int(tokens[i].start)] &- UInt8(ascii: "0") < 10,
        let value = NumberValue.value(of: tokens[i], in: text),
        value == value.rounded(),
        value >= (afterX ? Double(unitsLimit + 1) : 1), value <= Double(bareMinutesLimit),
        !isStated(i),
        // On a line that counts units, a code's number is its units unless no service takes that
        // many: "TE 15, NMR 15 - 2 units" bills minutes and says their units after them.
        value > Double(unitsLimit) || !isUnitsLine(of: anchor.first, in: text)
      else { continue }
      let next = i + 1
      // A label's number before a clock time is the session's index, not its minutes: "Session 1
      // (0930-1015)".
      if !isCode, text.timeAfter(i) != nil || clockRangeAfter(i, in: text) { continue }
      if next < tokens.count, !tokens[next].flags.contains(.lineStart) {
        let after = tokens[next]
        let endsPhrase =
          after.kind == .joiner || after.kind == .symbol
          || (k + 1 < anchors.count && anchors[k + 1].first == next)
        if !endsPhrase || notMinutesAfter.contains(after.key) { continue }
        // A unit after a hyphen ("Next session: 2-hr FCE"), or a code's units before its minutes
        // ("97530 – 2 – 26 min"; "97110-16 — 39 min timed" is minutes and their total).
        if after.kind == .joiner, next + 1 < tokens.count,
          !tokens[next + 1].flags.contains(.lineStart),
          notMinutesAfter.contains(tokens[next + 1].key)
            || isCode && value <= Double(unitsPerCodeLimit) && tokens[next + 1].kind == .number
              && isStated(next + 1)
        {
          continue
        }
      }
      if isCode, !afterX {
        codePairs += 1
        largestPair = max(largestPair, Int(value))
      }
      minutes.append(
        MinutesHit(
          first: i, last: i, value: Int(value), isPrime: false, statement: anchor.statement,
          entry: -1, needsNoBlock: afterX))
    }
    // Codes paired with nothing above `unitsPerCodeLimit` count units, not minutes: "97530 – 2 ;
    // 97110 – 1 ; 97012 – 1" (a timed code's minutes below 5 bill nothing on their own).
    let pairsAreUnits = codePairs > 0 && largestPair <= unitsPerCodeLimit
    var kept = stated
    for c in stated..<minutes.count {
      guard
        minutes[c].needsNoBlock
          || !pairsAreUnits
            && (codePairs >= 2 || document.isBilling(statement: minutes[c].statement))
      else { continue }
      minutes[kept] = minutes[c]
      kept += 1
    }
    minutes.removeLast(minutes.count - kept)
  }

  /// The minutes column (0 for the first number after the code) of the charge table whose row
  /// starts at token `first`: the nearest line above the table's rows (lines that start with a
  /// number, as "97110  1  12" does) is a header naming units and minutes, with no number in it
  /// ("CPT  Units  Min", "Code | Description | Units | Minutes"). A bordered table's cells start
  /// after a `|` ("| 97110 | Ther ex | 2 | 26 |"), and its rule lines ("|-------|-----|") are
  /// passed over. A header with no units column counts only when minutes head the cell right after
  /// the code's ("CPT  Min  Activity" over "97535  15  LB dressing ... 3 min 40 sec"): the
  /// description after the minutes may hold numbers of its own. Nil when the line is no such row.
  static func tableMinutesColumn(ofRowAt first: Int, in text: TokenizedText) -> Int? {
    let tokens = text.tokens
    guard tokens[first].kind == .number, cellStart(ofLineAt: first, in: text) == first else {
      return nil
    }
    var lineEnd = first  // a token of the line below the one being read
    for _ in 0..<maximumTableRows {
      var start = lineEnd - 1
      while start > 0, !tokens[start].flags.contains(.lineStart) { start -= 1 }
      guard start >= 0, start < lineEnd else { return nil }
      let cell = cellStart(ofLineAt: start, in: text)
      if cell >= lineEnd || tokens[cell].kind == .number {  // a rule line or another row
        lineEnd = start
        continue
      }
      var columns = 0
      var unitsColumn: Int?
      var minutesColumn: Int?
      for i in start..<lineEnd {
        if tokens[i].kind == .number { return nil }
        if unitWords.contains(tokens[i].key) {
          unitsColumn = unitsColumn ?? columns
          columns += 1
        } else if tableMinuteWords.contains(tokens[i].key) {
          minutesColumn = minutesColumn ?? columns
          columns += 1
        }
      }
      guard let minutesColumn else { return nil }
      if unitsColumn == nil {
        var second = cell + 1
        while second < lineEnd, isBorder(tokens[second], in: text) { second += 1 }
        guard second < lineEnd, tableMinuteWords.contains(tokens[second].key) else { return nil }
      }
      return minutesColumn
    }
    return nil
  }

  /// The first token of the line of token `index` that is neither a table border (`|`) nor a
  /// joiner (a rule line's dashes): the line's first cell. Past the line's end (the next line's
  /// first token, or `tokens.count`) when the line is all borders.
  static func cellStart(ofLineAt index: Int, in text: TokenizedText) -> Int {
    let tokens = text.tokens
    var start = index
    while start > 0, !tokens[start].flags.contains(.lineStart) { start -= 1 }
    var i = start
    while i < tokens.count, i == start || !tokens[i].flags.contains(.lineStart),
      isBorder(tokens[i], in: text)
    {
      i += 1
    }
    return i
  }

  /// Whether `token` is a table's border between cells: a `|` or a joiner (a rule line's dashes).
  static func isBorder(_ token: Token, in text: TokenizedText) -> Bool {
    token.kind == .joiner || text.isByte(token, UInt8(ascii: "|"))
  }

  /// Rows of a charge table read above a row for its header.
  static let maximumTableRows = 8

  /// The words that head a charge table's minutes column.
  static let tableMinuteWords = KeySet(
    ["min", "mins", "minute", "minutes", "time"].map(TokenKey.of))

  /// The `column`th number (from 0) after token `last` on its line.
  static func number(_ column: Int, after last: Int, in text: TokenizedText) -> Int? {
    let tokens = text.tokens
    var seen = 0
    var i = last + 1
    while i < tokens.count, !tokens[i].flags.contains(.lineStart) {
      if tokens[i].kind == .number {
        if seen == column { return i }
        seen += 1
      }
      i += 1
    }
    return nil
  }

  /// The most units one service plausibly takes in a visit: `x N` above it is minutes.
  static let unitsLimit = 7
  /// The most units a code takes in a billing block written without minutes ("TA – 2, TE – 1"):
  /// when no code's bare number is above it, the numbers are units.
  static let unitsPerCodeLimit = 4

  /// Words (joiners not counted) strictly between `last` and `first`.
  static func gap(from last: Int, to first: Int, in tokens: [Token]) -> Int {
    var count = 0
    for i in (last + 1)..<first where tokens[i].kind != .joiner { count += 1 }
    return count
  }

  static let unitWords = KeySet(["unit", "units", "u", "un", "unts"].map(TokenKey.of))
  static let ofWord = TokenKey.of("of")
  static let minuteWords = KeySet(["min", "mins", "minute", "minutes", "'", "m"].map(TokenKey.of))

  /// Whether the line of token `index` counts units, so that the number after a code on it is
  /// that code's units: it is labelled so (`Units: 97110 x1, 97530 x2`, `Units: TA-2, TE-1`), or it
  /// names units and no minutes (`Billed: TA 2 units, TE 1`).
  static func isUnitsLine(of index: Int, in text: TokenizedText) -> Bool {
    let unitsLineWords = 40
    let tokens = text.tokens
    let (lineStart, lineEnd) = text.lines.bounds(
      ofLine: text.lines.lineIndex(of: Int(tokens[index].start)))
    let first = text.firstToken(startingAt: lineStart, in: 0, index)
    if unitWords.contains(tokens[first].key) { return true }
    var namesUnits = false
    var i = first
    // A billing line is short: reading no further than its first `unitsLineWords` tokens keeps a
    // run-on line linear.
    while i < tokens.count, i - first < unitsLineWords, Int(tokens[i].start) < lineEnd {
      let key = tokens[i].key
      if minuteWords.contains(key) || tokens[i].kind == .time { return false }
      if unitWords.contains(key), i > first { namesUnits = true }
      i += 1
    }
    return namesUnits
  }

  /// Units written next to a code name on its line: after it (`97530 x 2 units`, `97116 x 2u`,
  /// `Ther act performed x 2 units`) or before it (`2 units of 97110`, `3u 97530`).
  static func units(near anchor: (first: Int, last: Int), in text: TokenizedText) -> Int? {
    let tokens = text.tokens
    func number(_ i: Int) -> Int? {
      guard i >= 0, i < tokens.count, tokens[i].kind == .number,
        let v = NumberValue.value(of: tokens[i], in: text),
        v >= 1, v <= 16, v == v.rounded()
      else { return nil }
      return Int(v)
    }
    let (lineStart, lineEnd) = text.lines.bounds(
      ofLine: text.lines.lineIndex(of: Int(tokens[anchor.first].start)))
    func sameLine(_ i: Int) -> Bool {
      i >= 0 && i < tokens.count && Int(tokens[i].start) >= lineStart
        && Int(tokens[i].start) < lineEnd
    }
    // After, within a few words on the line: `x 2 units`, `performed x 2 units`, `: 27 min, 3 units`.
    // Minutes (`27 min`) and codes (`(97530)`) are stepped over; any other number ends the search.
    var i = anchor.last + 1
    var words = 0
    while i < tokens.count, words < 8, sameLine(i), !text.isByte(tokens[i], UInt8(ascii: ";")) {
      if tokens[i].kind == .number {
        let isMinutes = i + 1 < tokens.count && minuteWords.contains(tokens[i + 1].key)
        if let n = number(i),
          (i + 1 < tokens.count && unitWords.contains(tokens[i + 1].key) && sameLine(i + 1))
            || (!isMinutes && isUnitsLine(of: anchor.first, in: text))
        {
          return n
        }
        let isCode = tokens[i].end - tokens[i].start == 5
        guard isCode || isMinutes else { break }
        i += isMinutes ? 2 : 1
        continue
      }
      if tokens[i].kind != .joiner { words += 1 }
      i += 1
    }
    // Before: N unit(s) [of] CODE.
    var j = anchor.first - 1
    if j >= 0, tokens[j].key == ofWord { j -= 1 }
    while j >= 0, tokens[j].kind == .joiner { j -= 1 }
    if j >= 1, unitWords.contains(tokens[j].key), let n = number(j - 1), sameLine(j - 1) {
      return n
    }
    return nil
  }

  /// Ranges from in/out labels (each time in paired with the next time out) and from two times
  /// joined by `-`, `–` or `to`, in text order.
  /// - Parameter labelled: the times after in and out labels, ascending by token; the ones an
  ///   in/out range pairs are marked `paired`.
  /// - Parameter excluded: the `not_treatment_time` phrases: a range inside one is not the
  ///   session's ("11:00-11:30 small group (2)").
  static func timeRanges(
    _ text: TokenizedText, labelled times: inout [LabelledTime], excluded: OrderedRanges
  ) -> [TimeRange] {
    let tokens = text.tokens
    var ranges: [TimeRange] = []
    /// Whether token `i` is an in/out pair's end.
    func isPaired(_ i: Int) -> Bool { times.contains { $0.paired && $0.token == i } }
    for s in times.indices where !times[s].isOut && !isPaired(times[s].token) {
      let start = times[s].token
      guard let e = times.firstIndex(where: { $0.isOut && $0.token > start && !isPaired($0.token) })
      else { continue }
      times[s].paired = true
      times[e].paired = true
      if let range = timeRange(text, from: start, to: times[e].token) { ranges.append(range) }
    }
    // Joined times and 24-hour ranges, from the tokens that can be one.
    // The end of the last joined range: a time can end one range and not start the next.
    var joinedEnd = -1
    let notMinutesAfter = notMinutesAfter
    /// The token after the joiners and `to` that start at `j`, if there were any; with `dashes`,
    /// only dashes and `to` join (a comma does not: "Attempted x2 (0930, 1415)").
    func joined(from j: Int, dashes: Bool = false) -> Int? {
      var k = j
      while k < tokens.count,
        (tokens[k].kind == .joiner && (!dashes || text.isDash(tokens[k])))
          || (tokens[k].kind == .word && tokens[k].key == TokenizedText.toWord)
      { k += 1 }
      return k > j && k < tokens.count ? k : nil
    }
    /// Whether 24-hour times from `start` to `end` (minutes of day) at `tokens` read as a session:
    /// forward, at most a working day long, not inside a not-treatment phrase, no unit after them
    /// ("1000-1200 ft"), and not two years ("2019-2021" would be 20:19–20:21).
    func isSession(_ start: Int, _ end: Int, tokens span: ClosedRange<Int>) -> Bool {
      guard end > start, end - start <= maximumRangeMinutes, !excluded.overlaps(span),
        !((19 * 60..<21 * 60).contains(start) && (19 * 60..<21 * 60).contains(end)
          && end - start < 15)
      else { return false }
      let after = span.upperBound + 1
      return after >= tokens.count || tokens[after].flags.contains(.lineStart)
        || !notMinutesAfter.contains(tokens[after].key)
    }
    text.forEachTimeCandidate { i in
      let token = tokens[i]
      if token.kind == .time {
        guard i != joinedEnd, !isPaired(i) else { return }
        var j = i + 1
        // A meridiem apart right after the first time: "1:00 pm - 1:45 pm".
        if j < tokens.count, tokens[j].key == TokenizedText.pm || tokens[j].key == TokenizedText.am
        {
          j += 1
        }
        guard let j = joined(from: j), tokens[j].kind == .time, !isPaired(j) else { return }
        joinedEnd = j
        if !excluded.overlaps(i...j),
          let range = timeRange(text, from: i, to: j)
        {
          ranges.append(range)
        }
      } else if token.end - token.start == 4 {
        // Two 24-hour times joined apart, by a dash the tokenizer keeps as its own token or by
        // `to` ("Session 0815–0841", "1002 - 1040"). Four digits are often something else, so
        // only a forward range of a session's length counts, and no unit may follow it.
        guard let j = joined(from: i + 1, dashes: true), i != joinedEnd,
          text.isMilitaryTime(token), text.isMilitaryTime(tokens[j]), !isPaired(i), !isPaired(j),
          !tokens[j].flags.contains(.lineStart),
          let start = text.minutesOfDay(token), let end = text.minutesOfDay(tokens[j]),
          isSession(start, end, tokens: i...j)
        else { return }
        joinedEnd = j
        if let range = timeRange(text, from: i, to: j) { ranges.append(range) }
      } else {
        // A 24-hour range written as one number ("OT 1400-1430", "Session 0800-1200").
        guard let (start, end) = text.militaryRange(token), isSession(start, end, tokens: i...i)
        else { return }
        ranges.append(
          TimeRange(
            start: start, end: end, minutes: end - start, span: text.span(token.range), problem: nil
          ))
      }
    }
    // Each kind comes in text order; together they are merged by their start.
    if ranges.count > 1 { ranges.sort { $0.span.start < $1.span.start } }
    return ranges
  }

  /// Whether `range` is the time of a group or concurrent session: one of `sessions` (first tokens
  /// of `shared_session` hits) stands before it in its sentence ("Group tx (4 pts) 1330-1400",
  /// "Concurrent tx (2 pts, Part A) 0900-0930"), so the range is not one-on-one time.
  static func isShared(_ range: TimeRange, sessions: [Int], in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    let start = Int32(range.span.start)
    guard let first = tokens.firstIndex(where: { $0.start >= start }) else { return false }
    let sentence = tokens[first].sentence
    return sessions.contains { $0 < first && tokens[$0].sentence == sentence }
  }

  /// The range from the time token `startIndex` to the time token `endIndex`, if both read as
  /// times of day.
  static func timeRange(_ text: TokenizedText, from startIndex: Int, to endIndex: Int) -> TimeRange?
  {
    let tokens = text.tokens
    guard var start = text.minutesOfDay(at: startIndex), let end = text.minutesOfDay(at: endIndex)
    else { return nil }
    var wrapped = ((end - start) % 1440 + 1440) % 1440
    // One meridiem for both ends: "1:05–1:52 pm" is an afternoon's 47 minutes, not 12 hours.
    let afternoon = end - (start + 720)
    if wrapped > maximumRangeMinutes, start < 720, end >= 720,
      (1...maximumRangeMinutes).contains(afternoon), !text.hasMeridiem(after: startIndex)
    {
      start += 720
      wrapped = afternoon
    }
    let span = text.span(Int(tokens[startIndex].start)..<Int(tokens[endIndex].end))
    var shown: String { "\(text.text(of: tokens[startIndex]))–\(text.text(of: tokens[endIndex]))" }
    var problem: String?
    if wrapped == 0 {
      problem = "\(shown) has no length"
    } else if wrapped > maximumRangeMinutes {
      problem =
        start - end > 0 && start - end <= maximumRangeMinutes
        ? "\(shown) is reversed: the end is \(start - end) minutes before the start"
        : "\(shown) spans \(wrapped) minutes, more than 8 hours"
    }
    return TimeRange(start: start, end: end, minutes: wrapped, span: span, problem: problem)
  }
}

/// Token ranges in the order of their starts, each with the furthest end reached up to it: the
/// ranges that overlap one are found by walking back only over those that can reach it, so a note
/// of many exclusions and many figures costs their sum, not their product.
struct OrderedRanges {
  private var entries: [(range: ClosedRange<Int>, reach: Int)] = []

  var isEmpty: Bool { entries.isEmpty }

  mutating func reserveCapacity(_ count: Int) { entries.reserveCapacity(count) }

  /// Appends `range`, which starts at or after every range before it.
  mutating func append(_ range: ClosedRange<Int>) {
    entries.append((range, max(entries.last?.reach ?? Int.min, range.upperBound)))
  }

  /// Whether any range overlaps `range`.
  func overlaps(_ range: ClosedRange<Int>) -> Bool { contains(overlapping: range) { _ in true } }

  /// Whether a range that overlaps `range` satisfies `accept`.
  func contains(
    overlapping range: ClosedRange<Int>, where accept: (ClosedRange<Int>) -> Bool
  ) -> Bool {
    var low = 0
    var high = entries.count
    while low < high {
      let mid = (low + high) / 2
      if entries[mid].range.lowerBound <= range.upperBound { low = mid + 1 } else { high = mid }
    }
    var k = low - 1
    while k >= 0, entries[k].reach >= range.lowerBound {
      if entries[k].range.upperBound >= range.lowerBound, accept(entries[k].range) { return true }
      k -= 1
    }
    return false
  }
}
