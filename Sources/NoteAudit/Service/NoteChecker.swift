/// The one place the editor services turn a note's text into its result, so they say what
/// `noteaudit check` says: `Analyzer.check` with the options `.noteaudit.json` gives (rule
/// overrides, pass mark), the note's own claim-line findings included.
public struct NoteChecker: Sendable {
  public let analyzer: Analyzer
  /// The check's options: rule overrides and the pass mark from the configuration. Clones and
  /// visit sequences need a batch, which an editor's one note never is.
  public let options: AuditOptions

  public init(analyzer: Analyzer, configuration: Configuration = Configuration()) {
    self.analyzer = analyzer
    var options = AuditOptions(configuration, workers: 1)
    options.clones = nil
    self.options = options
  }

  /// One note as `check` reports it.
  public func check(_ text: String, id: String) -> CheckedNote {
    analyzer.check(NoteRecord(id: id, text: text), options: options)
  }

  /// Every lexicon hit with its category and context (for hover).
  public func explanation(of text: String) -> [HitExplanation] { analyzer.explanation(for: text) }
}
