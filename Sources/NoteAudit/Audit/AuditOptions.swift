/// What a check or an audit reports about each note, and how a batch runs: one options value for
/// `Analyzer.check` (one note) and `Auditor` (a batch), so both give the same answer.
///
/// ```swift
/// var options = AuditOptions(try Configuration.discover(in: ".") ?? Configuration())
/// options.passMark = .score(80)
/// let checked = analyzer.check(NoteRecord(id: "note.txt", text: text), options: options)
/// print(checked.passes, checked.analysis.findings.map(\.rule))
/// ```
///
/// `Analyzer.check` reads the per-note settings (`rules`, `passMark`, `explains`, and whether
/// `visits` is on for the claim-line checks); the batch settings are the `Auditor`'s.
public struct AuditOptions: Sendable {
  // MARK: Each note

  /// Rule overrides applied to every finding, the batch's too (`.noteaudit.json` `"rules"`).
  public var rules = RuleOverrides()
  /// The mark a note must reach to pass (`--fail-under`; default: adequate).
  public var passMark: Configuration.PassMark = .grade(.adequate)
  /// Explain every lexicon hit of each note: category, entry, context (`--explain`).
  public var explains = false

  // MARK: The batch

  /// Threads analysing notes (default: every core).
  public var workers: Int
  /// Notes read before a parallel step: bounds memory while keeping both cores busy.
  public var chunkSize = 512
  /// Clone detection settings; nil turns it off (then nothing per note is kept in memory).
  public var clones: CloneConfiguration? = CloneConfiguration()
  /// Keys shingle and patient hashes before they reach fingerprints, and the whole-note hashes
  /// (the history store's secret, `HistorySession.keyed`).
  public var keyed: (@Sendable (UInt64) -> UInt64)?
  /// Return tonight's fingerprints in `BatchFindings.exported`, for a history store.
  public var exportsFingerprints = false
  /// Keys note ids (`HistorySession.keyedID`): what tonight's notes are stored under, and what
  /// tells the history's copy of a note audited again (same key, same date) to leave out, so it
  /// matches neither itself nor others.
  public var keyedID: (@Sendable (String) -> UInt64)?
  /// Template shingles earlier runs learnt for the given clinics and providers
  /// (`HistorySession.templates`).
  public var historyTemplates: (@Sendable (Set<String>, Set<String>) -> TemplateModel)?
  /// Visit-sequence checks (progress reports, modifiers, KX, units per provider) across the
  /// records that carry a patient id and a date; nil turns them off. Each note's own claim lines
  /// (modifiers) are checked whenever this is set, by `Analyzer.check` too.
  public var visits: BillingConfiguration? = BillingConfiguration()

  public init(workers: Int? = nil) {
    self.workers = max(1, workers ?? Auditor.processorCount)
  }

  /// The options `.noteaudit.json` sets: rule overrides, the pass mark, the clone threshold and
  /// the visit-sequence settings (its KX threshold).
  public init(_ configuration: Configuration, workers: Int? = nil) {
    self.init(workers: workers)
    rules = configuration.ruleOverrides
    if let mark = configuration.failUnder { passMark = mark }
    if let threshold = configuration.clone.threshold { clones?.threshold = threshold }
    visits = BillingConfiguration(configuration)
  }
}
