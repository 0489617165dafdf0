/// Facts about a visit that the batch-level checks need from the text: whether the note is a
/// progress report or re-evaluation, and the measured values by measure name (to tell whether
/// 97530 is still making objective progress).
public struct ClinicalFacts: Sendable {
  public var isProgressReport = false
  public var isReevaluation = false
  /// First value of each named measure (`tug`, `berg`, `6mwt`), from `objective_measure` entries
  /// with a `measure` attribute.
  public var objectiveValues: [String: Double]?

  public init(_ doc: NoteDocument) {
    let notToday: ContextModifiers = [.negated, .hypothetical, .historical, .otherPerson]
    for (match, modifiers) in doc.hits("progress_report") where modifiers.isDisjoint(with: notToday) {
      if doc.lexicon.entry(of: match).attributes["type"] == "reevaluation" {
        isReevaluation = true
      } else {
        isProgressReport = true
      }
    }
    var values: [String: Double] = [:]
    for (match, modifiers) in doc.hits("objective_measure") where modifiers.isDisjoint(with: notToday) {
      guard let measure = doc.lexicon.entry(of: match).attributes["measure"], values[measure] == nil,
        let value = doc.slotValue(match)
      else { continue }
      values[measure] = value
    }
    objectiveValues = values.isEmpty ? nil : values
  }
}
