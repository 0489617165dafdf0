/// The lexicon categories the stages after context read (elements, minutes, scoring, visit facts),
/// resolved to category numbers once per lexicon.
///
/// Each stage then sorts a note's hits by comparing small integers in one pass over
/// `NoteDocument.matches`, instead of looking categories up by name and filtering the hit list once
/// per category for every note. A category the lexicon lacks is `-1`, which no hit has.
///
/// A class: the stages pass it along and hold it, and a struct of two dozen tables was retained and
/// released table by table at every copy (Docs/Performance.md).
final class HitCategories: Sendable {
  let lexicon: Lexicon
  /// The lexicon's category per entry, held here: read through the lexicon (a class), the table
  /// was retained and released for every hit.
  let categoryOfEntry: [Int16]
  let codeSignal: Int16
  let codeName: Int16
  let timedMinutes: Int16
  let progressReport: Int16
  let objectiveMeasure: Int16
  let functionalTask: Int16
  /// Purpose clauses ("to improve", "so that pt can", "in order to"): a goal link when a
  /// functional outcome follows in the statement.
  let goalPurpose: Int16
  /// Per entry: whether a goal word links with an outcome anywhere in its statement
  /// (`reach=statement`), not only within a purpose's few words after it.
  let reachesStatement: [Bool]
  /// Per entry: whether it is a dynamic activity that is functional only in a statement naming a
  /// functional outcome (`requires=outcome`).
  let requiresOutcome: [Bool]
  /// Per entry: what its hits are to `FunctionalLinks`.
  let linkRole: [LinkRole]
  /// Per entry: what its hits are to `ElementExtractor`.
  let elementRole: [ElementRole]
  /// Per entry: what its hits are to `MinutesParser`.
  let minutesRole: [MinutesRole]
  /// Per entry: the code its hits credit (`code=`; a functional task without one credits 97530),
  /// as an index into `codes`, or -1.
  let signalCode: [Int16]
  /// The codes `signalCode` numbers.
  let codes: [String]
  /// Per entry: `weight=` (`HitAttributes.weight`).
  let weight: [Double]
  /// Per entry: what must stand beside a hit for it to count (`HitAttributes.requirement`).
  let requirement: [HitAttributes.Requirement]
  /// Per entry: whether a hit's slot value must lie in a range (`HitAttributes.plausibility`).
  let plausibility: [HitAttributes.Plausibility]
  /// Per entry: modifiers that rule its hits out beyond their element's (`excluded_by=reported`:
  /// a complaint in the Subjective section is not a response to treatment).
  let excludedBy: [ContextModifiers]
  /// Per entry: whether it is a symptom or vital-sign rating (`measure=pain`, `measure=vitals`),
  /// which is also the patient's response when it is taken during the work.
  let isSymptomRating: [Bool]
  /// Per entry: whether its hits dose the work of their statement (an assist level, a cue, minutes,
  /// a distance or a time), which a `requires=dosage` task needs beside it.
  let isDosage: [Bool]
  /// Per entry: what its values compare with for a `requires=pair` word
  /// (`ElementExtractor.statementHasPair`): `comparableAssist` for an assist level,
  /// `comparableCue` for a cue, 2 + n for the n-th `measure=` of objective measures (a vital sign:
  /// a number of its entry's own); -1 for hits with no value to compare.
  let comparableAs: [Int32]
  static let comparableAssist: Int32 = 0
  static let comparableCue: Int32 = 1
  /// Per entry: its `level=` as a number (assist levels), so that two hits of one level ("CGA ...
  /// CGA") are no change to compare.
  let levelNumber: [Int32]
  /// Per entry: the element kinds a `not_element` phrase masks (bits of `ElementKind.ordinal`, and
  /// `purposeMask` when its `targets` name `goal_purpose`), 0 for other entries.
  let maskTargets: [UInt16]
  /// The mask bit of a `not_element` phrase that takes a purpose clause's goal link
  /// (`targets=goal_purpose`: "to return demonstrate" names no return). Only named: a goal
  /// status ("Goals: progressing") masks the status, not the purpose that goes on to name an outcome.
  static let purposeMask: UInt16 = 1 << 15
  /// Per entry: minutes per unit of its value (`scale=60` for hours: "97545 (2 hr)"), 1 without.
  let minutesScale: [Int]

  init(_ lexicon: Lexicon) {
    self.lexicon = lexicon
    let categoryOfEntry = lexicon.categoryOfEntry
    self.categoryOfEntry = categoryOfEntry
    func number(_ name: String) -> Int16 { lexicon.category(named: name) ?? -1 }
    // Per category number, the element its hits document.
    var element = [ElementKind?](repeating: nil, count: lexicon.categories.count)
    for kind in ElementKind.allCases {
      if let c = lexicon.category(named: kind.rawValue) { element[Int(c)] = kind }
    }
    let (vaguePhrase, codeSignal, codeName) = (
      number("vague_phrase"), number("code_signal"), number("code_name")
    )
    let (timedMinutes, totalTimedLabel, totalTimeLabel) = (
      number("timed_minutes"), number("total_timed_label"), number("total_time_label")
    )
    let (timeInLabel, timeOutLabel, notTreatmentTime) = (
      number("time_in_label"), number("time_out_label"), number("not_treatment_time")
    )
    let sharedSession = number("shared_session")
    let (objectiveMeasure, functionalTask, goalPurpose) = (
      number("objective_measure"), number("functional_task"), number("goal_purpose")
    )
    // Functional outcomes a purpose can name besides the tasks themselves ("home", "community",
    // "return to work", "fall risk").
    let functionalOutcome = number("functional_outcome")
    let terminator = number("terminator")
    let notElement = number("not_element")
    self.codeSignal = codeSignal
    self.codeName = codeName
    self.timedMinutes = timedMinutes
    self.objectiveMeasure = objectiveMeasure
    self.functionalTask = functionalTask
    self.goalPurpose = goalPurpose
    progressReport = number("progress_report")
    reachesStatement = lexicon.entries.map { $0.attributes["reach"] == "statement" }
    let requiresOutcome = lexicon.hitAttributes.map(\.requiresOutcome)
    var codes: [String] = []
    signalCode = lexicon.hitAttributes.indices.map { entry in
      guard
        let code = lexicon.hitAttributes[entry].code
          ?? (categoryOfEntry[entry] == functionalTask ? "97530" : nil)
      else { return -1 }
      if let known = codes.firstIndex(of: code) { return Int16(known) }
      codes.append(code)
      return Int16(codes.count - 1)
    }
    self.codes = codes
    weight = lexicon.hitAttributes.map(\.weight)
    requirement = lexicon.hitAttributes.map(\.requirement)
    plausibility = lexicon.hitAttributes.map(\.plausibility)
    self.requiresOutcome = requiresOutcome
    linkRole = lexicon.entries.indices.map {
      let category = categoryOfEntry[$0]
      if category == goalPurpose { return .purpose }
      if category == terminator { return .terminator }
      // An outcome a purpose can name: a functional outcome, or a task that needs none itself and
      // is one a goal names (`outcome=no`: "to improve functional activities" names no goal).
      if category == functionalOutcome { return .outcome }
      if category == functionalTask && !requiresOutcome[$0]
        && lexicon.entries[$0].attributes["outcome"] != "no"
      {
        return .outcome
      }
      return .none
    }
    minutesRole = lexicon.entries.indices.map {
      let category = categoryOfEntry[$0]
      if category == objectiveMeasure && lexicon.entries[$0].attributes["measure"] == "distance" {
        return .distance
      }
      if category == functionalTask || category == codeSignal { return .activity }
      switch category {
      case codeName: return .codeName
      case totalTimedLabel: return .totalTimedLabel
      case totalTimeLabel: return .totalTimeLabel
      case timedMinutes: return .minutes
      case notTreatmentTime: return .notTreatmentTime
      case sharedSession: return .sharedSession
      case timeInLabel: return .timeInLabel
      case timeOutLabel: return .timeOutLabel
      default: return .none
      }
    }
    let section = number("section")
    elementRole = lexicon.entries.indices.map {
      let category = categoryOfEntry[$0]
      // A section header that opens a list of goals (`context=hypothetical`).
      if category == section && lexicon.entries[$0].attributes["context"] == "hypothetical" {
        return .goalsHeader
      }
      // Timed minutes come from the minutes parser, not from single hits.
      if let kind = element[Int(category)] { return kind == .timedMinutes ? .none : .element(kind) }
      if category == goalPurpose { return .goalPurpose }
      if category == vaguePhrase { return .vaguePhrase }
      if category == codeSignal { return .codeSignal }
      if category == notElement { return .mask }
      return .none
    }
    maskTargets = lexicon.entries.indices.map {
      guard categoryOfEntry[$0] == notElement else { return 0 }
      var kinds: UInt16 = 0
      let named = lexicon.entries[$0].attributes["targets"]?.split(separator: ",").map {
        String($0).trimmingWhitespace()
      }
      for kind in ElementKind.allCases where named?.contains(kind.rawValue) ?? true {
        kinds |= 1 << UInt16(kind.ordinal)
      }
      if named?.contains("goal_purpose") == true { kinds |= Self.purposeMask }
      return kinds
    }
    let (assistLevel, cueing) = (number("assist_level"), number("cueing"))
    isDosage = lexicon.entries.indices.map {
      let category = categoryOfEntry[$0]
      if category == assistLevel || category == cueing || category == timedMinutes { return true }
      return category == objectiveMeasure
        && ["distance", "time", "tolerance", "gait_speed"].contains(
          lexicon.entries[$0].attributes["measure"] ?? "")
    }
    /// The number of `name` in `table`, a new one for a name not seen before.
    func numbered(_ name: String, in table: inout [String: Int32]) -> Int32 {
      if let known = table[name] { return known }
      table[name] = Int32(table.count)
      return Int32(table.count - 1)
    }
    var measures: [String: Int32] = [:]
    comparableAs = lexicon.entries.indices.map {
      switch categoryOfEntry[$0] {
      case assistLevel: return Self.comparableAssist
      case cueing: return Self.comparableCue
      case objectiveMeasure:
        guard let measure = lexicon.entries[$0].attributes["measure"] else { return -1 }
        // Vital signs are taken in sets ("BP 132/80, HR 70 seated prior to tx"): a sign compares
        // only with itself, its own entry ("HR rest 78 -> peak 124", "RPE 13 vs RPE 15").
        if measure == "vitals" { return Int32(2 + lexicon.entries.count + $0) }
        return 2 + numbered(measure, in: &measures)
      default: return -1
      }
    }
    var levels: [String: Int32] = [:]
    levelNumber = lexicon.entries.map { entry in
      entry.attributes["level"].map { numbered($0, in: &levels) } ?? -1
    }
    excludedBy = lexicon.entries.map { entry in
      entry.attributes["excluded_by"].map {
        ContextModifiers(names: $0.split(separator: ",").map { String($0).trimmingWhitespace() })
      } ?? []
    }
    isSymptomRating = lexicon.entries.indices.map {
      categoryOfEntry[$0] == objectiveMeasure
        && ["pain", "vitals"].contains(lexicon.entries[$0].attributes["measure"] ?? "")
    }
    minutesScale = lexicon.entries.map { $0.attributes["scale"].flatMap(Int.init) ?? 1 }
  }

  /// What a hit is to `FunctionalLinks`.
  enum LinkRole {
    case none
    /// A purpose clause or goal word (`goal_purpose`).
    case purpose
    /// A terminator: it closes the purposes that reach only a few words.
    case terminator
    /// An outcome a purpose can name.
    case outcome
  }

  /// What a hit is to `MinutesParser` (the `billing` categories it reads, the distances that make
  /// a minute mark feet and the activities that make a small value their dosage).
  enum MinutesRole {
    case none, distance, activity, codeName, totalTimedLabel, totalTimeLabel, minutes,
      notTreatmentTime, timeInLabel, timeOutLabel
    /// A group or concurrent session named: the time range its statement states is not
    /// one-on-one.
    case sharedSession
  }

  /// What a hit is to `ElementExtractor`: one load per hit decides, where the category, the goals
  /// header flag and the element of the category were three.
  enum ElementRole {
    case none
    /// A hit of an element's category (timed minutes aside).
    case element(ElementKind)
    /// A section header that opens a list of goals (`context=hypothetical`).
    case goalsHeader
    case goalPurpose
    case vaguePhrase
    case codeSignal
    /// A `not_element` phrase: the element hits that start inside it, of the kinds in its
    /// `maskTargets`, are not those elements ("return demo" is no cue, "walked into clinic" no task).
    case mask
  }

  /// The room a per-note list of hits of one kind gets at its first element: more than a note
  /// usually has (a list grown from empty was reallocated at 1, 2 and 4), and small enough for the
  /// allocator's fast bins (a list sized for every hit still to come missed them).
  static let listRoom = 8

  /// These categories for `lexicon`: `self` when they were resolved for that lexicon, else resolved
  /// now (a caller outside the analyzer, or a document from another lexicon).
  func resolved(for lexicon: Lexicon) -> HitCategories {
    self.lexicon === lexicon ? self : HitCategories(lexicon)
  }

  /// The category number of a hit.
  @inline(__always) func category(of match: LexiconMatch) -> Int16 {
    categoryOfEntry[Int(match.entry)]
  }
}
