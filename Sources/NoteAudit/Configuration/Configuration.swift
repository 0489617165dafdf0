/// Settings from `.noteaudit.json` (see Docs/Configuration.md): the pass mark, code profiles,
/// extra lexicons, the units method (globally and per payer), rule overrides, output defaults,
/// clone and KX settings, and the note size limit. Command-line flags override these; values the
/// file does not set are nil (or the documented default) so the caller can tell.
///
/// ```swift
/// let config = try Configuration.discover(in: ".") ?? Configuration()
/// let findings = config.ruleOverrides.apply(to: analysis.findings)  // rules turned off or re-levelled
/// ```
public struct Configuration: Sendable, Equatable {
  /// The name looked for in the working directory.
  public static let fileName = ".noteaudit.json"

  /// A pass mark: a note under it fails the run (exit status 1).
  public enum PassMark: Sendable, Equatable {
    case grade(Grade)
    /// A score from 0 to 100.
    case score(Double)

    /// `strong`, `adequate`, `weak` or a score 0–100 (as `--fail-under` takes it).
    public init?(parsing text: String) {
      if let grade = Grade(rawValue: text.lowercased()) {
        self = .grade(grade)
      } else if let score = Double(text), score >= 0, score <= 100 {
        self = .score(score)
      } else {
        return nil
      }
    }

    /// Whether `note` reaches this mark.
    public func passes(_ note: NoteAnalysis) -> Bool {
      switch self {
      case .grade(let grade): note.grade >= grade
      case .score(let score): Double(note.score) >= score
      }
    }
  }

  /// A rule override: turn the rule off or report it at another severity.
  public enum RuleSetting: String, Sendable, CaseIterable {
    case off, info, warning, error
  }

  /// Settings for one payer (matched against the record's `payer` field).
  public struct PayerSettings: Sendable, Equatable {
    public var unitsMethod: UnitsMethod?
    public init(unitsMethod: UnitsMethod? = nil) { self.unitsMethod = unitsMethod }
  }

  /// Report defaults.
  public struct OutputSettings: Sendable, Equatable {
    /// `text`, `json`, `jsonl`, `csv`, `html` or `markdown`.
    public var format: String?
    public var includeText: Bool?
    public var redact: Bool?
    public init(format: String? = nil, includeText: Bool? = nil, redact: Bool? = nil) {
      self.format = format
      self.includeText = includeText
      self.redact = redact
    }
  }

  /// Clone detection settings.
  public struct CloneSettings: Sendable, Equatable {
    /// Similarity (0–1] from which two notes are near-duplicates.
    public var threshold: Double?
    /// The history store, resolved against the configuration file's folder.
    public var history: String?
    public init(threshold: Double? = nil, history: String? = nil) {
      self.threshold = threshold
      self.history = history
    }
  }

  /// The therapy threshold above which the KX modifier is expected, with where the figure came from.
  public struct KXSettings: Sendable, Equatable {
    /// Dollars of therapy charges in the year.
    public var threshold: Double?
    public var year: Int?
    public var source: String?
    public init(threshold: Double? = nil, year: Int? = nil, source: String? = nil) {
      self.threshold = threshold
      self.year = year
      self.source = source
    }
  }

  public var failUnder: PassMark?
  /// The CPT rubrics to apply.
  public var codeProfiles: [String] = ["97530"]
  /// Extra lexicon folders, resolved against the configuration file's folder.
  public var lexicons: [String] = []
  public var unitsMethod: UnitsMethod = .cms
  /// By payer name as records carry it.
  public var payers: [String: PayerSettings] = [:]
  /// By rule id (Docs/Rules.md), or a prefix ending in `.*` (`clone.*`) for a family of rules.
  public var rules: [String: RuleSetting] = [:]
  public var output = OutputSettings()
  public var clone = CloneSettings()
  public var kx = KXSettings()
  public var maxNoteBytes: Int?
  /// The file these settings came from; nil for the defaults.
  public var file: String?

  public init() {}

  /// The units method for a record's payer: the payer's own setting when there is one (exact
  /// name first, then ignoring case), else the global one.
  public func unitsMethod(forPayer payer: String?) -> UnitsMethod {
    guard let payer else { return unitsMethod }
    if let method = payers[payer]?.unitsMethod { return method }
    let lower = payer.lowercased()
    let match = payers.keys.sorted().first { $0.lowercased() == lower }
    return match.flatMap { payers[$0]?.unitsMethod } ?? unitsMethod
  }

  /// The `rules` as overrides to apply to findings (`AuditOptions.rules`).
  public var ruleOverrides: RuleOverrides { RuleOverrides(rules) }
}

/// One thing wrong with a configuration file, e.g.
/// `.noteaudit.json: "failUnder": expected a grade (strong|adequate|weak) or a score 0-100`.
public struct ConfigurationProblem: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  /// The key path (`output.format`); nil for a problem with the whole file.
  public var key: String?
  public var message: String

  public init(file: String, key: String?, message: String) {
    self.file = file
    self.key = key
    self.message = message
  }

  public var description: String {
    key.map { "\(file): \"\($0)\": \(message)" } ?? "\(file): \(message)"
  }
}

/// A configuration that could not be loaded, with every problem found (not just the first).
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
  public var problems: [ConfigurationProblem]
  public var description: String { problems.map(\.description).joined(separator: "\n") }
}
