/// Facts about a visit that the batch-level checks need from the text: whether the note is a
/// progress report or re-evaluation, and the measured values by measure name (to tell whether
/// 97530 is still making objective progress).
package struct ClinicalFacts: Sendable {
  package var isProgressReport = false
  package var isReevaluation = false
  /// First value of each named measure (`tug`, `berg`, `6mwt`), from `objective_measure` entries
  /// with a `measure` attribute.
  package var objectiveValues: [String: Double]?

  package init(_ doc: NoteDocument) { self.init(doc, categories: HitCategories(doc.lexicon)) }

  /// The facts of `doc` in one pass over its hits.
  init(_ doc: NoteDocument, categories: HitCategories) {
    let notToday: ContextModifiers = [.negated, .hypothetical, .historical, .otherPerson]
    var values: [String: Double] = [:]
    for (n, match) in doc.matches.enumerated() where doc.modifiers[n].isDisjoint(with: notToday) {
      switch categories.category(of: match) {
      case categories.progressReport:
        if doc.lexicon.entries[Int(match.entry)].attributes["type"] == "reevaluation" {
          isReevaluation = true
        } else {
          isProgressReport = true
        }
      case categories.objectiveMeasure:
        guard let measure = doc.lexicon.entries[Int(match.entry)].attributes["measure"],
          values[measure] == nil,
          let value = doc.slotValue(match)
        else { continue }
        values[measure] = value
      default: break
      }
    }
    objectiveValues = values.isEmpty ? nil : values
  }
}
