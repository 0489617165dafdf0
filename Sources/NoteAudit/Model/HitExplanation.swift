/// One lexicon hit as `noteaudit check --explain` shows it: where, which entry, which category,
/// and the context that decides whether it counts.
public struct HitExplanation: Sendable, Hashable, CustomStringConvertible {
  public var evidence: Evidence
  public var category: String
  public var modifiers: ContextModifiers
  /// A `section` hit that does not open a section where it stands (mid-sentence "per POC"): a
  /// lexicon editor should see that it was found and why it changed nothing.
  public var isIgnoredHeader = false
  /// What the element stage decided about the hit beyond its context, when that is not plain: a
  /// minute mark read as feet, an activity that is a drill, a purpose that names no functional
  /// outcome.
  public var decision: String?

  public var description: String {
    let context = modifiers.isEmpty ? "" : " [\(modifiers.names.joined(separator: ", "))]"
    let ignored =
      isIgnoredHeader
      ? " (not a header here: a header starts its line and ends with ':' or the line)" : ""
    let decided = decision.map { " (\($0))" } ?? ""
    return
      "\(evidence.span.line):\(evidence.span.column): \(category) \(evidence.entryID) '\(evidence.text)'\(context)\(ignored)\(decided)"
  }
}
