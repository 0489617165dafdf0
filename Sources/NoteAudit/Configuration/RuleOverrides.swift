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

  /// The override for a rule id: the exact id, else the longest matching `prefix.*`.
  public func setting(forRule rule: String) -> Configuration.RuleSetting? {
    if let exact = settings[rule] { return exact }
    var best: (length: Int, setting: Configuration.RuleSetting)?
    for (key, setting) in settings where key.hasSuffix(".*") {
      let prefix = key.dropLast(1)
      if rule.hasPrefix(prefix) && prefix.count > (best?.length ?? -1) { best = (prefix.count, setting) }
    }
    return best?.setting
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
