/// How much a finding matters to a reviewer.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
  case info
  case warning
  case error

  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
  private var rank: Int {
    switch self {
    case .info: 0
    case .warning: 1
    case .error: 2
    }
  }
}

/// One thing a reviewer would note about a note: a missing element, a vague phrase, units the
/// minutes do not support, a clone. Findings are values, not errors.
public struct Finding: Hashable, Sendable {
  /// The rule that fired; reports print its stable id (`rule.rawValue`, see Docs/Rules.md).
  public var rule: RuleID
  public var severity: Severity
  public var message: String
  /// What to write instead, in the therapist's language.
  public var suggestion: String
  /// Where in the note, when the finding points at text.
  public var span: SourceSpan?

  public init(
    rule: RuleID, severity: Severity, message: String, suggestion: String, span: SourceSpan? = nil
  ) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.suggestion = suggestion
    self.span = span
  }
}
