/// How timed minutes become units.
public enum UnitsMethod: String, Sendable, Hashable, CaseIterable {
  /// Medicare's total-time method (Pub. 100-04 ch. 5 §20.2): units come from the total timed
  /// minutes of the day, then are shared out by code.
  case cms
  /// The AMA/CPT per-code method ("substantial portion", "rule of eights"): each code is rounded on
  /// its own, a unit once its minutes pass the midpoint.
  case ama

  /// The name findings and reports use ("CMS total-time", "AMA per-code").
  public var displayName: String {
    switch self {
    case .cms: "CMS total-time"
    case .ama: "AMA per-code"
    }
  }
}

/// The units one day's minutes support under a method.
public struct UnitsResult: Sendable, Hashable {
  /// One code's share.
  public struct Line: Sendable, Hashable {
    public var code: String
    /// Minutes for the code (repeated codes summed; negative input counts as 0).
    public var minutes: Int
    /// Units in one valid allocation; a tie goes to the code given first (see `choices`).
    public var units: Int
    /// Whether the code is a 15-minute timed code; untimed codes are 1 unit and add no timed minutes.
    public var isTimed: Bool
    /// Fewest units the code can be billed in a valid allocation (differs from `maximumUnits`
    /// only for a code in a tie).
    public var minimumUnits: Int
    /// Most units the code can be billed in a valid allocation.
    public var maximumUnits: Int
  }

  /// A tie: `units` units go to `units` of `codes`, one each, at the clinician's choice
  /// (Pub. 100-04 ch. 5 §20.2 Example 2: "choose either code for 2 units and bill the other for 1").
  public struct Choice: Sendable, Hashable {
    public var units: Int
    public var codes: [String]
  }

  public var method: UnitsMethod
  /// Sum of the timed codes' minutes.
  public var totalTimedMinutes: Int
  /// Units of the timed codes.
  public var timedUnits: Int
  /// Every unit: timed units plus one per untimed code.
  public var totalUnits: Int
  /// One line per distinct code, in first-seen order.
  public var lines: [Line]
  public var choices: [Choice]

  /// The line for `code`, if it was given.
  public func line(for code: String) -> Line? { lines.first { $0.code == code } }

  /// A sentence naming each tie, e.g. "Clinician's choice: 1 unit goes to one of 97112 or 97110
  /// (equal remaining minutes); do not bill it on more than one." Nil when there is no tie.
  public var choicesSentence: String? {
    if choices.isEmpty { return nil }
    let parts = choices.map { choice in
      let many =
        choice.units == 1
        ? "1 unit goes to one of" : "\(choice.units) units go to \(choice.units) of"
      return
        "\(many) \(UnitsResult.list(choice.codes, conjunction: "or")) (equal remaining minutes)"
    }
    return "Clinician's choice: " + parts.joined(separator: "; ")
      + "; bill each such unit on one code only."
  }

  /// `a`, `a or b`, `a, b or c`.
  static func list(_ items: [String], conjunction: String) -> String {
    guard let last = items.last else { return "" }
    if items.count == 1 { return last }
    return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
  }
}

/// Turns minutes per code into units under the CMS total-time or the AMA per-code method.
///
/// CMS (Pub. 100-04 ch. 5 §20.2): total units = ⌊(total timed minutes + 7) / 15⌋ (8–22 → 1,
/// 23–37 → 2, …); each code first takes one unit per full 15 minutes, then the remaining units go one
/// at a time to the codes with the most remaining minutes, so services of 7 minutes or less combine
/// and the longest takes the unit. Codes with equal remaining minutes at the cut are a tie, reported
/// in `choices`. AMA: each code ⌊(m + 7) / 15⌋. Untimed codes are one unit each under both.
///
/// ```swift
/// let r = UnitsCalculator.units(for: [.init(code: "97112", minutes: 24), .init(code: "97110", minutes: 23)], method: .cms)
/// r.totalUnits                        // 3
/// r.lines.map(\.units)                // [2, 1]
/// ```
///
/// Codes missing from `CPTCatalog` are treated as untimed: they never take timed units.
public enum UnitsCalculator {
  /// Units for ⌊(minutes + 7) / 15⌋: the §20.2 table and the AMA midpoint rule share it.
  @inline(__always)
  public static func unitsForMinutes(_ minutes: Int) -> Int { max(0, minutes + 7) / 15 }

  /// The units `services` support under `method`.
  ///
  /// - Complexity: O(n log n) for n codes.
  public static func units(for services: [ServiceMinutes], method: UnitsMethod) -> UnitsResult {
    units(of: services, count: services.count, method: method, allTimed: false)
  }

  /// `units(for:method:)`.
  /// - Parameters:
  ///   - count: at least the number of distinct codes in `services`, to size the result once.
  ///   - allTimed: every service is known to be a timed code (the units audit prices only those),
  ///     so the catalog is not asked again per code.
  static func units(
    of services: some Sequence<ServiceMinutes>, count: Int, method: UnitsMethod, allTimed: Bool
  ) -> UnitsResult {
    // A few codes per day: the lines are summed in place, searched by code, rather than through a
    // dictionary and an order list built and hashed per note.
    var lines: [UnitsResult.Line] = []
    lines.reserveCapacity(count)
    for service in services {
      if let i = lines.firstIndex(where: { $0.code == service.code }) {
        lines[i].minutes += max(0, service.minutes)
      } else {
        lines.append(
          UnitsResult.Line(
            code: service.code, minutes: max(0, service.minutes), units: 0,
            isTimed: allTimed || CPTCatalog.isTimed(service.code),
            minimumUnits: 0, maximumUnits: 0))
      }
    }
    var totalTimed = 0
    var timedCount = 0
    for i in lines.indices {
      let m = lines[i].minutes
      let units = lines[i].isTimed ? (method == .ama ? unitsForMinutes(m) : m / 15) : 1
      lines[i].units = units
      lines[i].minimumUnits = units
      lines[i].maximumUnits = units
      if lines[i].isTimed {
        totalTimed += m
        timedCount += 1
      }
    }
    var choices: [UnitsResult.Choice] = []
    if method == .cms {
      choices = distributeRemainders(&lines, totalUnits: unitsForMinutes(totalTimed))
    }
    let timedUnits = timedUnitsSum(lines)
    return UnitsResult(
      method: method, totalTimedMinutes: totalTimed, timedUnits: timedUnits,
      totalUnits: timedUnits + (lines.count - timedCount), lines: lines, choices: choices)
  }

  /// The units of the timed lines, summed in place (a list of their indices cost an allocation per
  /// call).
  static func timedUnitsSum(_ lines: [UnitsResult.Line]) -> Int {
    var sum = 0
    for line in lines where line.isTimed { sum += line.units }
    return sum
  }

  /// Hands the units left after full 15-minute blocks to the largest remainders (lines hold the
  /// full-block units on entry); returns the tie at the cut, if any.
  static func distributeRemainders(_ lines: inout [UnitsResult.Line], totalUnits: Int)
    -> [UnitsResult.Choice]
  {
    let extra = totalUnits - timedUnitsSum(lines)
    guard extra > 0 else { return [] }
    // The timed lines ranked by remainder, largest first; equal remainders keep input order, so
    // the deterministic pick is the earlier code. A line's rank is counted rather than the lines
    // sorted: a code or two per day.
    func rank(_ i: Int) -> Int {
      let remainder = lines[i].minutes % 15
      var rank = 0
      for j in lines.indices where lines[j].isTimed {
        let other = lines[j].minutes % 15
        if other > remainder || (other == remainder && j < i) { rank += 1 }
      }
      return rank
    }
    // extra ≤ number of nonzero remainders (each < 15), so the line ranked `extra - 1` exists.
    var timedCount = 0
    for line in lines where line.isTimed { timedCount += 1 }
    let cutRank = min(extra, timedCount) - 1
    var cut = 0
    for i in lines.indices where lines[i].isTimed && rank(i) == cutRank {
      cut = lines[i].minutes % 15
    }
    for i in lines.indices where lines[i].isTimed {
      let remainder = lines[i].minutes % 15
      let takes = rank(i) < extra
      if takes { lines[i].units += 1 }
      if remainder > cut {
        lines[i].minimumUnits += 1
        lines[i].maximumUnits += 1
      } else if remainder == cut {
        lines[i].maximumUnits += 1
      }
    }
    var tied = 0
    var sure = 0
    for line in lines where line.isTimed {
      let remainder = line.minutes % 15
      if remainder == cut { tied += 1 } else if remainder > cut { sure += 1 }
    }
    let shared = extra - sure
    if tied > shared {
      return [
        UnitsResult.Choice(
          units: shared, codes: lines.filter { $0.isTimed && $0.minutes % 15 == cut }.map(\.code))
      ]
    }
    // No tie: every code at the cut takes its unit for sure.
    for i in lines.indices where lines[i].isTimed && lines[i].minutes % 15 == cut {
      lines[i].minimumUnits = lines[i].maximumUnits
    }
    return []
  }
}
