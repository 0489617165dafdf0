/// Why a lexicon hit might not count as treatment done today (ConText-style modifiers).
public struct ContextModifiers: OptionSet, Sendable, Hashable {
  public var rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// Negated / not performed: "no cues needed", "declined stairs", "w/o".
  public static let negated = ContextModifiers(rawValue: 1)
  /// Goal or future: "LTG: pt will ...", "plan to", a Goals or Plan section.
  public static let hypothetical = ContextModifiers(rawValue: 2)
  /// History or prior level of function: "PLOF: indep", "prior to admission".
  public static let historical = ContextModifiers(rawValue: 4)
  /// Someone else is the actor: "caregiver performed", "wife assists".
  public static let otherPerson = ContextModifiers(rawValue: 8)
  /// Reported by the patient (a Subjective section, or "the patient states that she …"), not
  /// observed.
  public static let reported = ContextModifiers(rawValue: 16)
  /// Home program: instructed, not necessarily performed in the session.
  public static let homeProgram = ContextModifiers(rawValue: 32)
  /// Found or recounted in an evaluation, a discharge summary or a physician's report, outside its
  /// treatment section: the patient's status ("GAIT: The patient ambulates with a cane"), not
  /// treatment given today.
  public static let examined = ContextModifiers(rawValue: 64)

  /// The modifiers named (`negated`, `hypothetical`, `historical`, `other_person`, `reported`,
  /// `home_program`, `examined`); unknown names are ignored.
  public init(names: [String]) {
    self = []
    for name in names {
      if let known = ContextModifiers.all.first(where: { $0.name == name }) {
        insert(known.modifier)
      }
    }
  }

  static let all: [(name: String, modifier: ContextModifiers)] = [
    ("negated", .negated), ("hypothetical", .hypothetical), ("historical", .historical),
    ("other_person", .otherPerson),
    ("reported", .reported), ("home_program", .homeProgram), ("examined", .examined),
  ]

  /// Names for reports and tests.
  public var names: [String] { ContextModifiers.all.filter { contains($0.modifier) }.map(\.name) }
}

/// The section a part of the note belongs to, from a header such as `LTG:` or `Subjective:`.
public enum SectionContext: String, Sendable {
  /// `treatment`: a section that names the treatment given ("Treatment provided:", a code-name
  /// line). Performed like `performed` in a daily note; in a report (`report=yes` headers) it is the
  /// one part that is today's treatment.
  case performed, treatment, hypothetical, historical, subjective, assessment, plan, instruction

  /// The modifiers every hit inside such a section carries.
  var modifiers: ContextModifiers {
    switch self {
    case .performed, .treatment, .assessment: []
    case .hypothetical, .plan: .hypothetical
    case .historical: .historical
    case .subjective: .reported
    case .instruction: .homeProgram
    }
  }
}
