/// The one place the editor services turn a note's text into its analysis, so they say what
/// `noteaudit check` says: the analyzer's findings with the configuration's rule overrides and
/// the pass mark.
///
/// When the library's single-note check (`Analyzer.check(_:options:)`) lands, `check(_:id:)` is
/// the only function that changes.
public struct NoteChecker: Sendable {
  public let analyzer: Analyzer
  /// Rule overrides (`"rules"` of `.noteaudit.json`) and the pass mark.
  public var configuration: Configuration

  public init(analyzer: Analyzer, configuration: Configuration = Configuration()) {
    self.analyzer = analyzer
    self.configuration = configuration
  }

  /// The pass mark: the configuration's `failUnder`, else `adequate` (as `check`).
  public var passMark: Configuration.PassMark { configuration.failUnder ?? .grade(.adequate) }

  /// One note's analysis, findings as `check` reports them.
  public func check(_ text: String, id: String) -> NoteAnalysis {
    var analysis = analyzer.analyze(NoteRecord(id: id, text: text))
    analysis.findings = configuration.apply(to: analysis.findings)
    return analysis
  }

  /// Every lexicon hit with its category and context (for hover).
  public func explanation(of text: String) -> [HitExplanation] { analyzer.explanation(for: text) }
}
