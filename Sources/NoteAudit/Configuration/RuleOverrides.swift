/// The rule overrides of `.noteaudit.json` (`"rules"`): rules turned off or reported at another
/// severity, by rule id (Docs/Rules.md) or by a family prefix ending in `.*` (`clone.*`).
///
/// ```swift
/// let overrides = RuleOverrides(["vague.phrase": .off, "clone.*": .warning])
/// overrides.apply(to: analysis.findings)  // no vague-phrase findings; clone findings as warnings
/// ```
///
/// `Analyzer.check` and `Auditor` apply them (`AuditOptions.rules`) to every finding they report,
/// the batch's findings too, so a report and an embedding app see the same findings.
public struct RuleOverrides: Sendable, Equatable {
  /// The setting per rule id or `prefix.*`.
  public var settings: [String: Configuration.RuleSetting]

  public init(_ settings: [String: Configuration.RuleSetting] = [:]) {
    self.settings = settings
  }

  /// The override for a rule: its exact id, else the longest matching `prefix.*`.
  public func setting(forRule rule: RuleID) -> Configuration.RuleSetting? {
    let id = rule.rawValue
    if let exact = settings[id] { return exact }
    var best: (length: Int, setting: Configuration.RuleSetting)?
    for (key, setting) in settings {
      if let prefix = Self.familyPrefix(key), id.hasPrefix(prefix),
        prefix.count > (best?.length ?? -1)
      {
        best = (prefix.count, setting)
      }
    }
    return best?.setting
  }

  /// Whether a key names at least one rule: a rule id, or a `prefix.*` some id starts with. The
  /// configuration rejects other keys, which would otherwise change nothing without a word.
  static func coversARule(_ key: String) -> Bool {
    if RuleID(rawValue: key) != nil { return true }
    guard let prefix = familyPrefix(key) else { return false }
    return RuleID.allCases.contains { $0.rawValue.hasPrefix(prefix) }
  }

  /// The keys a misspelt one is matched against: every rule id, then every family (`clone.*`).
  static let knownKeys: [String] = {
    var families: [String] = []
    for rule in RuleID.allCases {
      let family = String(rule.rawValue.prefix { $0 != "." }) + ".*"
      if !families.contains(family) { families.append(family) }
    }
    return RuleID.allCases.map(\.rawValue) + families
  }()

  /// `clone.` for the family key `clone.*`; nil for a key naming one rule.
  private static func familyPrefix(_ key: String) -> Substring? {
    key.hasSuffix(".*") ? key.dropLast(1) : nil
  }

  /// The findings with the overrides applied: rules set to `off` are dropped, others take the
  /// configured severity; order is kept.
  public func apply(to findings: [Finding]) -> [Finding] {
    guard !settings.isEmpty else { return findings }
    return findings.compactMap { finding in
      var finding = finding
      switch setting(forRule: finding.rule) {
      case nil: break
      case .off: return nil
      case .info: finding.severity = .info
      case .warning: finding.severity = .warning
      case .error: finding.severity = .error
      }
      return finding
    }
  }
}
