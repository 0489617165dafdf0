/// A hit of an element that its context kept from counting ("no cues needed", "STG: … with min
/// VCs", "PLOF: indep"), kept so that an element reported missing can point at the words the
/// therapist wrote and say why they did not count: a "missing" finding under a line that names
/// the element reads as a mistake unless it says what that line was taken for.
package struct SetAsideHit: Sendable {
  package var evidence: Evidence
  /// The modifiers that disqualified it (those of its context this element does not accept).
  package var context: ContextModifiers

  /// Why the hit did not count, as the end of its element's "missing" message: the first of its
  /// modifiers in the order a reader would check them (a negation says the most, an examination
  /// finding the least). It quotes none of the note: the finding's span shows the words, and a
  /// report that leaves note text out (`--redact`) keeps the reason.
  package var reason: String {
    for (modifier, reason) in Self.reasons where context.contains(modifier) { return reason }
    return " (named here, but not as today's treatment)"
  }

  static let reasons: [(ContextModifiers, String)] = [
    (.negated, " (named here, but negated)"),
    (.hypothetical, " (named here, but as a goal or the plan)"),
    (.historical, " (named here, but as history)"),
    (.otherPerson, " (named here, but as someone else's act or report)"),
    (.homeProgram, " (named here, but as the home program)"),
    (.reported, " (named here, but only as the patient's report)"),
    (.examined, " (named here, but as an examination finding)"),
  ]
}

/// The first hit of each element set aside by its context, while a note's hits are read: per
/// element ordinal the hit's index in the note's matches, or -1. Most notes set something aside
/// (a plan, a goal), so recording is a store into a field, with no allocation and no generic
/// vector code; the evidence and the reason are made only for an element the note turns out to
/// miss.
package struct SetAsideHits: Sendable {
  private var functionalTask: Int32 = -1
  private var timedMinutes: Int32 = -1
  private var assistLevel: Int32 = -1
  private var cueing: Int32 = -1
  private var goalLinkage: Int32 = -1
  private var objectiveMeasure: Int32 = -1
  private var patientResponse: Int32 = -1
  private var skilledIntervention: Int32 = -1

  /// Whether no hit has been set aside (every field still -1).
  var isEmpty: Bool {
    max(
      functionalTask, timedMinutes, assistLevel, cueing, goalLinkage, objectiveMeasure,
      patientResponse, skilledIntervention) < 0
  }

  @inline(__always)
  mutating func note(_ hit: Int, of kind: Int) {
    switch kind {
    case 0: if functionalTask < 0 { functionalTask = Int32(hit) }
    case 1: if timedMinutes < 0 { timedMinutes = Int32(hit) }
    case 2: if assistLevel < 0 { assistLevel = Int32(hit) }
    case 3: if cueing < 0 { cueing = Int32(hit) }
    case 4: if goalLinkage < 0 { goalLinkage = Int32(hit) }
    case 5: if objectiveMeasure < 0 { objectiveMeasure = Int32(hit) }
    case 6: if patientResponse < 0 { patientResponse = Int32(hit) }
    default: if skilledIntervention < 0 { skilledIntervention = Int32(hit) }
    }
  }

  private func first(_ kind: ElementKind) -> Int32 {
    switch kind {
    case .functionalTask: functionalTask
    case .timedMinutes: timedMinutes
    case .assistLevel: assistLevel
    case .cueing: cueing
    case .goalLinkage: goalLinkage
    case .objectiveMeasure: objectiveMeasure
    case .patientResponse: patientResponse
    case .skilledIntervention: skilledIntervention
    }
  }

  /// Whether a hit of `kind` was set aside.
  func holds(_ kind: ElementKind) -> Bool { first(kind) >= 0 }

  /// The first set-aside hit of `kind` in `doc`, with the modifiers that disqualified it, if any.
  func hit(of kind: ElementKind, in doc: NoteDocument, categories: HitCategories) -> SetAsideHit? {
    let n = Int(first(kind))
    guard n >= 0 else { return nil }
    let match = doc.matches[n]
    let rejected = ElementExtractor.disqualifying[kind.ordinal].union(
      categories.excludedBy[Int(match.entry)])
    return SetAsideHit(
      evidence: doc.evidence(match), context: doc.modifiers[n].intersection(rejected))
  }
}
