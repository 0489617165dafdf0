/// The annual per-beneficiary therapy threshold above which claim lines need the KX modifier
/// (SSA §1833(g); amounts in billing-rules.md §4.4). PT and SLP share one threshold; OT has its own
/// of the same amount.
public struct KXThreshold: Sendable, Hashable {
  public var year: Int
  public var amount: Double
  /// Where the figure comes from, named in findings.
  public var source: String

  public init(year: Int, amount: Double, source: String) {
    self.year = year
    self.amount = amount
    self.source = source
  }

  /// The figures in billing-rules.md §4.4; 2025 and 2026 are from secondary sources only.
  public static let known: [KXThreshold] = [
    KXThreshold(year: 2022, amount: 2150, source: "Noridian JE KX thresholds"),
    KXThreshold(year: 2023, amount: 2230, source: "Noridian JE KX thresholds"),
    KXThreshold(year: 2024, amount: 2330, source: "NGS/Noridian CY 2024 KX thresholds"),
    KXThreshold(year: 2025, amount: 2410, source: "CY 2025 figure, secondary source"),
    KXThreshold(year: 2026, amount: 2480, source: "CY 2026 figure, secondary source"),
  ]
}

/// Settings for the visit-sequence checks; the caller fills it from `.noteaudit.json` (the units
/// method per payer, rule on/off and severity overrides stay in `Configuration`).
public struct BillingConfiguration: Sendable, Hashable {
  /// Treatment days a progress report may be apart (Pub. 100-02 ch. 15 §220.3 D).
  public var progressReportInterval = 10
  /// Visit after which 97530 needs documented objective progress (the "10–12 visits" of the
  /// LCD-style requirement, billing-rules.md §3.3; the upper end, to stay conservative).
  public var objectiveProgressAfterVisit = 12
  /// KX thresholds by year; a service year without an entry uses the latest earlier year.
  public var kxThresholds: [KXThreshold] = KXThreshold.known
  /// A provider's batch average is judged only with at least this many notes that bill timed units
  /// (§20.2 speaks of "a consistent practice").
  public var lowAverageMinimumNotes = 3

  public init() {}

  /// The threshold that applies to a service in `year`.
  public func kxThreshold(forYear year: Int) -> KXThreshold? {
    let sorted = kxThresholds.sorted { $0.year < $1.year }
    return sorted.last { $0.year <= year } ?? sorted.first
  }
}
