/// The lexicon categories the stages after context read (elements, scoring, billing, visit facts),
/// resolved to category numbers once per lexicon.
///
/// Each stage then sorts a note's hits by comparing small integers in one pass over
/// `NoteDocument.matches`, instead of looking categories up by name and filtering the hit list once
/// per category for every note. A category the lexicon lacks is `-1`, which no hit has.
struct HitCategories: Sendable {
  let lexicon: Lexicon
  /// The lexicon's category per entry, held here: read through the lexicon (a class), the table
  /// was retained and released for every hit.
  let categoryOfEntry: [Int16]
  /// Per category number, the element its hits document.
  let element: [ElementKind?]
  /// Per category number, whether `MinutesParser` reads its hits: most hits are of no billing
  /// category, and one table look-up passes them over where comparing with each billing category
  /// in turn took a dozen instructions per hit.
  let isBilling: [Bool]
  /// Per category number, whether `ElementExtractor` reads its hits (an element's, a vague
  /// phrase's, a code signal's, or one that rules minutes out), for the same reason.
  let isExtracted: [Bool]
  let vaguePhrase: Int16
  let codeSignal: Int16
  let codeName: Int16
  let timedMinutes: Int16
  let totalTimedLabel: Int16
  let totalTimeLabel: Int16
  let timeInLabel: Int16
  let timeOutLabel: Int16
  let notTreatmentTime: Int16
  let progressReport: Int16
  let objectiveMeasure: Int16

  init(_ lexicon: Lexicon) {
    self.lexicon = lexicon
    categoryOfEntry = lexicon.categoryOfEntry
    func number(_ name: String) -> Int16 { lexicon.category(named: name) ?? -1 }
    var element = [ElementKind?](repeating: nil, count: lexicon.categories.count)
    for kind in ElementKind.allCases {
      if let c = lexicon.category(named: kind.rawValue) { element[Int(c)] = kind }
    }
    self.element = element
    vaguePhrase = number("vague_phrase")
    codeSignal = number("code_signal")
    codeName = number("code_name")
    timedMinutes = number("timed_minutes")
    totalTimedLabel = number("total_timed_label")
    totalTimeLabel = number("total_time_label")
    timeInLabel = number("time_in_label")
    timeOutLabel = number("time_out_label")
    notTreatmentTime = number("not_treatment_time")
    progressReport = number("progress_report")
    objectiveMeasure = number("objective_measure")
    var isBilling = [Bool](repeating: false, count: lexicon.categories.count)
    for c in [codeName, timedMinutes, totalTimedLabel, totalTimeLabel, timeInLabel, timeOutLabel, notTreatmentTime] where c >= 0 {
      isBilling[Int(c)] = true
    }
    self.isBilling = isBilling
    var isExtracted = element.map { $0 != nil }
    for c in [vaguePhrase, codeSignal, notTreatmentTime, totalTimeLabel] where c >= 0 { isExtracted[Int(c)] = true }
    self.isExtracted = isExtracted
  }

  /// These categories for `lexicon`: `self` when it was built for that lexicon, else built now (a
  /// caller outside the analyzer, or a document from another lexicon).
  func `for`(_ lexicon: Lexicon) -> HitCategories { self.lexicon === lexicon ? self : HitCategories(lexicon) }

  /// The category number of a hit.
  @inline(__always) func of(_ match: LexiconMatch) -> Int16 { categoryOfEntry[Int(match.entry)] }
}
