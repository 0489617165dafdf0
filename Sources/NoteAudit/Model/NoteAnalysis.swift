/// The documentation elements a reviewer looks for in a 97530 daily note.
public enum ElementKind: String, Sendable, CaseIterable, Codable {
  case functionalTask = "functional_task"
  case timedMinutes = "timed_minutes"
  case assistLevel = "assist_level"
  case cueing = "cueing"
  case goalLinkage = "goal_linkage"
  case objectiveMeasure = "objective_measure"
  case patientResponse = "patient_response"
  case skilledIntervention = "skilled_intervention"

  /// A short human name ("assist level").
  public var displayName: String { rawValue.replacing("_", with: " ") }

  /// Position in `allCases`, for per-element arrays in the hot path.
  var ordinal: Int {
    switch self {
    case .functionalTask: 0
    case .timedMinutes: 1
    case .assistLevel: 2
    case .cueing: 3
    case .goalLinkage: 4
    case .objectiveMeasure: 5
    case .patientResponse: 6
    case .skilledIntervention: 7
    }
  }

  // Hashing and equality by case: a raw-value enum otherwise takes `RawRepresentable`'s, which
  // hash and compare the `rawValue` strings at every `elements[kind]` (Docs/Performance.md).
  // `_rawHashValue` is the one dictionaries and sets call.
  public static func == (a: ElementKind, b: ElementKind) -> Bool { a.ordinal == b.ordinal }
  public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
  public func _rawHashValue(seed: Int) -> Int { ordinal._rawHashValue(seed: seed) }
}

/// Whether one element was found, and the text that shows it.
public struct ElementResult: Hashable, Sendable {
  public var present: Bool { !evidence.isEmpty }
  public var evidence: [Evidence]
  /// For `timed_minutes`: the minute values found, in text order.
  public var values: [Int]

  public init(evidence: [Evidence] = [], values: [Int] = []) {
    self.evidence = evidence
    self.values = values
  }
}

/// The overall verdict on a note.
public enum Grade: String, Sendable, Codable, CaseIterable, Comparable {
  case weak
  case adequate
  case strong

  public static func < (a: Grade, b: Grade) -> Bool { a.rank < b.rank }
  var rank: Int {
    switch self {
    case .weak: 0
    case .adequate: 1
    case .strong: 2
    }
  }
}

/// Which CPT code the note's content fits best, with each candidate's score and why.
public struct CodeFit: Hashable, Sendable {
  /// The best-fitting code, e.g. `97530`.
  public var best: String
  /// Score per code (0–1 scale; higher fits better).
  public var scores: [String: Double]
  /// The evidence behind each code's score.
  public var evidence: [String: [Evidence]]

  public init(best: String, scores: [String: Double], evidence: [String: [Evidence]] = [:]) {
    self.best = best
    self.scores = scores
    self.evidence = evidence
  }
}

/// A match between this note and another in the batch or the history.
public struct CloneMatch: Hashable, Sendable {
  /// The other note's id.
  public var other: String
  /// Verified similarity, 0–1, on the note's clinical content (template discounted).
  public var similarity: Double
  /// How the two notes are clones (reports write its raw value, `copy_forward`).
  public var kind: CloneKind
  /// Human explanation, e.g. "only numbers changed".
  public var detail: String
  /// The other note is from an earlier night's run (the history store), not from this batch:
  /// `other` is then its id as it was given (or, in a store that keeps ids keyed, an opaque name).
  public var earlierRun: Bool
  /// The other note's date of service, for a note from an earlier run.
  public var date: ServiceDate?

  public init(
    other: String, similarity: Double, kind: CloneKind, detail: String = "",
    earlierRun: Bool = false,
    date: ServiceDate? = nil
  ) {
    self.other = other
    self.similarity = similarity
    self.kind = kind
    self.detail = detail
    self.earlierRun = earlierRun
    self.date = date
  }
}

/// The kinds of clone a pair or group can be, as written in reports.
public enum CloneKind: String, Sendable, Hashable, CaseIterable {
  /// Same normalised text (dates and times masked).
  case exact
  /// Same patient, a later date, near-identical clinical content.
  case copyForward = "copy_forward"
  /// Near-identical clinical content for different patients.
  case crossPatient = "cross_patient"
  /// Near-identical content where the records carry no patient ids.
  case nearDuplicate = "near_duplicate"
}

/// A connected component of verified clone pairs.
public struct CloneGroup: Hashable, Sendable {
  /// `G1`, `G2`, … in order of the group's first member in the batch.
  public var id: String
  /// The kind of the group's links (reports write its raw value, `cross_patient`).
  public var kind: CloneKind
  /// Note ids, in batch order (earlier-night notes after tonight's).
  public var members: [String]
  /// The lowest verified similarity on the pairs that joined the group.
  public var similarity: Double

  public init(id: String, kind: CloneKind, members: [String], similarity: Double) {
    self.id = id
    self.kind = kind
    self.members = members
    self.similarity = similarity
  }
}

/// Everything NoteAudit concluded about one note.
public struct NoteAnalysis: Sendable {
  public var id: String
  public var score: Int
  public var grade: Grade
  /// One result per `ElementKind`.
  public var elements: [ElementKind: ElementResult]
  public var vaguePhrases: [Evidence]
  public var codeFit: CodeFit
  /// What the note alone shows; what the batch adds (clones, visit sequences) is a `BatchNote`.
  public var findings: [Finding]
  /// Byte length of the note text analysed.
  public var byteCount: Int
  // Carried from the record into reports.
  public var patientID: String?
  public var provider: String?
  public var clinic: String?
  public var date: ServiceDate?
  public var origin: RecordOrigin?

  public init(
    id: String, score: Int, grade: Grade, elements: [ElementKind: ElementResult],
    vaguePhrases: [Evidence],
    codeFit: CodeFit, findings: [Finding], byteCount: Int = 0
  ) {
    self.id = id
    self.score = score
    self.grade = grade
    self.elements = elements
    self.vaguePhrases = vaguePhrases
    self.codeFit = codeFit
    self.findings = findings
    self.byteCount = byteCount
  }

  public func element(_ kind: ElementKind) -> ElementResult { elements[kind] ?? ElementResult() }
}
