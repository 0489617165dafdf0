/// A therapy billing code NoteAudit knows: whether it is billed in 15-minute units and which
/// discipline normally bills it.
public struct CPTCode: Sendable, Hashable {
  /// How a code is counted on a claim.
  public enum Kind: String, Sendable, Hashable {
    /// A 15-minute timed code (direct one-on-one time): units follow the minutes.
    case timed
    /// An evaluation (97161–97163, 97165–97167, SLP evaluations): one unit regardless of time.
    case evaluation
    /// A re-evaluation (97164 PT, 97168 OT): one unit; it also marks a progress point.
    case reevaluation
    /// Group therapy (97150): one unit per patient, untimed.
    case group
    /// A supervised (unattended) modality such as hot/cold packs or unattended e-stim: one unit.
    case supervisedModality
    /// An untimed treatment code (SLP 92507, 92526): one unit per day.
    case untimedTreatment
  }

  public var code: String
  public var description: String
  public var kind: Kind
  /// Disciplines that normally bill the code (`PT`, `OT`, `SLP`): a hint, not a rule.
  public var disciplines: [String]

  /// Whether the code takes timed units (CMS Pub. 100-04 ch. 5 §20.2 "15 minute timed codes").
  public var isTimed: Bool { kind == .timed }
}

/// The therapy codes NoteAudit understands, with their billing kind.
///
/// Timed codes take units from minutes (the 8-minute rule); every other kind is one unit per day
/// and its minutes never count toward timed units (Pub. 100-04 ch. 5 §20.2 B). A code missing
/// here is not a therapy code to NoteAudit: billing checks pass it over.
///
/// ```swift
/// CPTCatalog.code("97530")?.isTimed   // true
/// CPTCatalog.code("97150")?.kind      // .group
/// ```
public enum CPTCatalog {
  private static let rehab = ["PT", "OT"]

  /// Every known code, timed codes first, in code order within each kind.
  public static let all: [CPTCode] = [
    CPTCode(
      code: "97032", description: "electrical stimulation, attended, each 15 minutes", kind: .timed,
      disciplines: rehab),
    CPTCode(
      code: "97033", description: "iontophoresis, each 15 minutes", kind: .timed, disciplines: rehab
    ),
    CPTCode(
      code: "97034", description: "contrast baths, each 15 minutes", kind: .timed,
      disciplines: rehab),
    CPTCode(
      code: "97035", description: "ultrasound, each 15 minutes", kind: .timed, disciplines: rehab),
    CPTCode(
      code: "97036", description: "Hubbard tank, each 15 minutes", kind: .timed, disciplines: rehab),
    CPTCode(
      code: "97110", description: "therapeutic exercise, each 15 minutes", kind: .timed,
      disciplines: rehab),
    CPTCode(
      code: "97112", description: "neuromuscular re-education, each 15 minutes", kind: .timed,
      disciplines: rehab),
    CPTCode(
      code: "97113", description: "aquatic therapy with therapeutic exercises, each 15 minutes",
      kind: .timed, disciplines: rehab),
    CPTCode(
      code: "97116", description: "gait training (includes stair climbing), each 15 minutes",
      kind: .timed, disciplines: ["PT"]),
    CPTCode(
      code: "97124", description: "massage, each 15 minutes", kind: .timed, disciplines: rehab),
    CPTCode(
      code: "97129",
      description: "therapeutic interventions for cognitive function, initial 15 minutes",
      kind: .timed, disciplines: ["OT", "SLP"]),
    CPTCode(
      code: "97130",
      description: "therapeutic interventions for cognitive function, each additional 15 minutes",
      kind: .timed, disciplines: ["OT", "SLP"]),
    CPTCode(
      code: "97140", description: "manual therapy techniques, each 15 minutes", kind: .timed,
      disciplines: rehab),
    CPTCode(
      code: "97530", description: "therapeutic activities, direct one-on-one, each 15 minutes",
      kind: .timed, disciplines: rehab),
    CPTCode(
      code: "97533", description: "sensory integrative techniques, each 15 minutes", kind: .timed,
      disciplines: ["OT"]),
    CPTCode(
      code: "97535", description: "self-care/home management training, each 15 minutes",
      kind: .timed, disciplines: ["OT", "PT"]),
    CPTCode(
      code: "97537", description: "community/work reintegration training, each 15 minutes",
      kind: .timed, disciplines: ["OT", "PT"]),
    CPTCode(
      code: "97542", description: "wheelchair management, each 15 minutes", kind: .timed,
      disciplines: rehab),
    CPTCode(
      code: "97750", description: "physical performance test or measurement, each 15 minutes",
      kind: .timed, disciplines: rehab),
    CPTCode(
      code: "97755", description: "assistive technology assessment, each 15 minutes", kind: .timed,
      disciplines: rehab),
    CPTCode(
      code: "97760",
      description: "orthotic management and training, initial encounter, each 15 minutes",
      kind: .timed, disciplines: rehab),
    CPTCode(
      code: "97761", description: "prosthetic training, initial encounter, each 15 minutes",
      kind: .timed, disciplines: rehab),
    CPTCode(
      code: "97763",
      description: "orthotic/prosthetic management, subsequent encounter, each 15 minutes",
      kind: .timed, disciplines: rehab),
    CPTCode(
      code: "97161", description: "PT evaluation, low complexity", kind: .evaluation,
      disciplines: ["PT"]),
    CPTCode(
      code: "97162", description: "PT evaluation, moderate complexity", kind: .evaluation,
      disciplines: ["PT"]),
    CPTCode(
      code: "97163", description: "PT evaluation, high complexity", kind: .evaluation,
      disciplines: ["PT"]),
    CPTCode(
      code: "97165", description: "OT evaluation, low complexity", kind: .evaluation,
      disciplines: ["OT"]),
    CPTCode(
      code: "97166", description: "OT evaluation, moderate complexity", kind: .evaluation,
      disciplines: ["OT"]),
    CPTCode(
      code: "97167", description: "OT evaluation, high complexity", kind: .evaluation,
      disciplines: ["OT"]),
    CPTCode(
      code: "92521", description: "evaluation of speech fluency", kind: .evaluation,
      disciplines: ["SLP"]),
    CPTCode(
      code: "92522", description: "evaluation of speech sound production", kind: .evaluation,
      disciplines: ["SLP"]),
    CPTCode(
      code: "92523", description: "evaluation of speech sound production with language",
      kind: .evaluation, disciplines: ["SLP"]),
    CPTCode(
      code: "92524", description: "behavioral and qualitative analysis of voice and resonance",
      kind: .evaluation, disciplines: ["SLP"]),
    CPTCode(
      code: "92610", description: "evaluation of oral and pharyngeal swallowing function",
      kind: .evaluation, disciplines: ["SLP"]),
    CPTCode(
      code: "97164", description: "PT re-evaluation", kind: .reevaluation, disciplines: ["PT"]),
    CPTCode(
      code: "97168", description: "OT re-evaluation", kind: .reevaluation, disciplines: ["OT"]),
    CPTCode(
      code: "97150", description: "therapeutic procedures, group (2 or more individuals)",
      kind: .group, disciplines: ["PT", "OT", "SLP"]),
    CPTCode(
      code: "97010", description: "hot or cold packs", kind: .supervisedModality, disciplines: rehab
    ),
    CPTCode(
      code: "97012", description: "mechanical traction", kind: .supervisedModality,
      disciplines: rehab),
    CPTCode(
      code: "97014", description: "electrical stimulation, unattended", kind: .supervisedModality,
      disciplines: rehab),
    CPTCode(
      code: "G0283", description: "electrical stimulation, unattended, other than wound care",
      kind: .supervisedModality, disciplines: rehab),
    CPTCode(
      code: "97016", description: "vasopneumatic devices", kind: .supervisedModality,
      disciplines: rehab),
    CPTCode(
      code: "97018", description: "paraffin bath", kind: .supervisedModality, disciplines: rehab),
    CPTCode(code: "97022", description: "whirlpool", kind: .supervisedModality, disciplines: rehab),
    CPTCode(code: "97026", description: "infrared", kind: .supervisedModality, disciplines: rehab),
    CPTCode(
      code: "97028", description: "ultraviolet", kind: .supervisedModality, disciplines: rehab),
    CPTCode(
      code: "92507",
      description:
        "treatment of speech, language, voice, communication or auditory processing disorder",
      kind: .untimedTreatment, disciplines: ["SLP"]),
    CPTCode(
      code: "92526",
      description: "treatment of swallowing dysfunction and/or oral function for feeding",
      kind: .untimedTreatment, disciplines: ["SLP"]),
  ]

  /// `all`'s index per code (the first of equal codes), for codes `key(_:)` cannot pack.
  private static let byCode: [String: Int] = Dictionary(
    all.indices.map { (all[$0].code, $0) }, uniquingKeysWith: { first, _ in first })

  /// `all`'s indices ordered by `key(_:)` of their code (the first of equal codes first), for a
  /// binary search: the billing checks look codes up several times per note, and hashing a
  /// `String` costs more than packing five bytes and a few integer comparisons.
  private static let byKey: [(key: UInt64, index: Int)] = all.indices.compactMap { i in
    key(all[i].code).map { ($0, i) }
  }
  .sorted { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }

  /// An ASCII string of at most 7 bytes packed into an integer with its length in the top byte, so
  /// two such strings are equal exactly when their keys are; nil for any other string.
  static func key(_ string: String) -> UInt64? {
    // The contiguous bytes (a short string's are copied to the stack): iterating `utf8` costs
    // a few hundred instructions for five bytes.
    string.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
      guard bytes.count <= 7 else { return nil }
      var key: UInt64 = 0
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        key = key << 8 | UInt64(byte)
      }
      return key | UInt64(bytes.count) << 56
    } ?? nil
  }

  /// The index in `all` of the entry whose code is exactly `code`.
  private static func index(exactly code: String) -> Int? {
    guard let key = key(code) else { return byCode[code] }
    var low = 0
    var high = byKey.count
    while low < high {
      let mid = (low + high) / 2
      if byKey[mid].key < key { low = mid + 1 } else { high = mid }
    }
    return low < byKey.count && byKey[low].key == key ? byKey[low].index : nil
  }

  /// The index in `all` of the entry for `code`, as `code(_:)` finds it.
  private static func index(_ code: String) -> Int? {
    index(exactly: code) ?? index(exactly: code.trimmingWhitespace().uppercased())
  }

  /// The catalog entry for `code` (case-insensitive for the HCPCS letter, surrounding blanks ignored).
  public static func code(_ code: String) -> CPTCode? { index(code).map { all[$0] } }

  /// The billing kind of `code`, if the catalog knows it (read in place, as `isTimed`).
  static func kind(of code: String) -> CPTCode.Kind? { index(code).map { all[$0].kind } }

  /// Whether `code` is a known 15-minute timed code (read in place: `code(_:)` copies the entry).
  public static func isTimed(_ code: String) -> Bool {
    index(code).map { all[$0].isTimed } ?? false
  }

  /// Re-evaluation codes: they count as a progress report (Pub. 100-02 ch. 15 §220.3 D) and pair
  /// with 97530/97150 in NCCI edits (billing-rules.md §4.6).
  public static let reevaluationCodes: Set<String> = ["97164", "97168"]
}
