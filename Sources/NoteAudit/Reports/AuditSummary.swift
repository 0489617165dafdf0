/// Counts for one provider or clinic.
public struct GroupBreakdown: Hashable, Sendable {
  public var notes = 0
  public var scoreTotal = 0
  /// Notes per grade; every grade is present (zero when none).
  public var grades: [Grade: Int] = Dictionary(uniqueKeysWithValues: Grade.allCases.map { ($0, 0) })
  /// How many notes miss each element; every element is present.
  public var missing: [ElementKind: Int] = Dictionary(
    uniqueKeysWithValues: ElementKind.allCases.map { ($0, 0) })

  public init() {}

  /// Mean score, 0 when there are no notes.
  public var meanScore: Double { notes == 0 ? 0 : Double(scoreTotal) / Double(notes) }

  /// Counts one note.
  mutating func add(_ note: AuditSummary.Note) {
    notes += 1
    scoreTotal += note.score
    grades[note.grade, default: 0] += 1
    for kind in note.missing { missing[kind, default: 0] += 1 }
  }

  mutating func merge(_ other: GroupBreakdown) {
    notes += other.notes
    scoreTotal += other.scoreTotal
    grades.merge(other.grades, uniquingKeysWith: +)
    missing.merge(other.missing, uniquingKeysWith: +)
  }
}

/// How often one vague phrase occurred, keyed by its normalised text.
public struct PhraseTally: Hashable, Sendable {
  /// The lexicon entry that matched the first occurrence (shown instead of the text under
  /// `--redact`).
  public var entryID: String
  public var count: Int
}

/// Everything a batch report says about the batch as a whole, accumulated note by note.
///
/// A streaming run keeps only this value (its size grows with the number of distinct providers,
/// clinics, rules and vague phrases, not with the number of notes), so a million-note audit can
/// write each note and forget it. Partial summaries from parallel workers combine with `merge`.
///
/// ```swift
/// var summary = AuditSummary()
/// for note in analyses { summary.add(note) }
/// summary.grades[.weak]  // → 3
/// ```
public struct AuditSummary: Sendable {
  /// At most this many input errors are kept in `errors`; `errorCount` counts them all.
  public static let errorLimit = 10_000

  public var notes = 0
  /// Bytes of note text analysed.
  public var bytes = 0
  public var scoreTotal = 0
  /// Wall time of the run in seconds. Left nil (and then not written) by default so that a
  /// report is byte-identical from run to run; the CLI sets it for the terminal output.
  public var elapsedSeconds: Double?
  public var grades: [Grade: Int] = Dictionary(uniqueKeysWithValues: Grade.allCases.map { ($0, 0) })
  public var missing: [ElementKind: Int] = Dictionary(
    uniqueKeysWithValues: ElementKind.allCases.map { ($0, 0) })
  /// Normalised phrase text (lower case, single spaces) → occurrences.
  public var vaguePhrases: [String: PhraseTally] = [:]
  public var findingsByRule: [RuleID: Int] = [:]
  public var byProvider: [String: GroupBreakdown] = [:]
  public var byClinic: [String: GroupBreakdown] = [:]
  /// Filled by the similarity stage once the batch is complete.
  public var cloneGroups: [CloneGroup] = []
  /// Input errors in the order reported (at most `errorLimit`).
  public var errors: [InputError] = []
  public var errorCount = 0

  public init() {}

  /// Mean score over all notes, 0 when there are none.
  public var meanScore: Double { notes == 0 ? 0 : Double(scoreTotal) / Double(notes) }

  /// What one analysed note adds to a summary, without the analysis: made on the thread that
  /// analysed the note (`Note(_:)`), so the thread that adds it up in input order only counts.
  public struct Note: Sendable {
    var byteCount: Int
    var score: Int
    var grade: Grade
    var missing: MissingElements
    /// Vague phrases: normalised text and the entry that matched.
    var phrases: [(text: String, entryID: String)]
    var rules: [RuleID]
    var provider: String?
    var clinic: String?

    public init(_ note: NoteAnalysis) {
      byteCount = note.byteCount
      score = note.score
      grade = note.grade
      missing = MissingElements(note)
      phrases = note.vaguePhrases.map { (AuditSummary.normalizedPhrase($0.text), $0.entryID) }
      rules = note.findings.map(\.rule)
      provider = note.provider
      clinic = note.clinic
    }
  }

  /// Counts one analysed note.
  public mutating func add(_ note: NoteAnalysis) { add(Note(note)) }

  /// Counts one note from its share made earlier.
  public mutating func add(_ note: Note) {
    notes += 1
    bytes += note.byteCount
    scoreTotal += note.score
    grades[note.grade, default: 0] += 1
    for kind in note.missing { missing[kind, default: 0] += 1 }
    for phrase in note.phrases {
      vaguePhrases[phrase.text, default: PhraseTally(entryID: phrase.entryID, count: 0)].count += 1
    }
    for rule in note.rules { findingsByRule[rule, default: 0] += 1 }
    if let provider = note.provider { byProvider[provider, default: GroupBreakdown()].add(note) }
    if let clinic = note.clinic { byClinic[clinic, default: GroupBreakdown()].add(note) }
  }

  /// Counts the findings of the batch section (`findingsByRule`), which reach notes added before.
  public mutating func count(_ batch: [BatchNote]) {
    for note in batch {
      for finding in note.findings { findingsByRule[finding.rule, default: 0] += 1 }
    }
  }

  /// Records an input that could not be read.
  public mutating func add(error: InputError) {
    errorCount += 1
    if errors.count < Self.errorLimit { errors.append(error) }
  }

  /// Adds another partial summary (from another worker) to this one. Errors of `other` follow
  /// this summary's errors, so merge in input order to keep reports deterministic.
  public mutating func merge(_ other: AuditSummary) {
    notes += other.notes
    bytes += other.bytes
    scoreTotal += other.scoreTotal
    if let elapsed = other.elapsedSeconds { elapsedSeconds = max(elapsedSeconds ?? 0, elapsed) }
    grades.merge(other.grades, uniquingKeysWith: +)
    missing.merge(other.missing, uniquingKeysWith: +)
    vaguePhrases.merge(other.vaguePhrases) {
      PhraseTally(entryID: $0.entryID, count: $0.count + $1.count)
    }
    findingsByRule.merge(other.findingsByRule, uniquingKeysWith: +)
    byProvider.merge(other.byProvider) { a, b in
      var sum = a
      sum.merge(b)
      return sum
    }
    byClinic.merge(other.byClinic) { a, b in
      var sum = a
      sum.merge(b)
      return sum
    }
    cloneGroups += other.cloneGroups
    errorCount += other.errorCount
    errors += other.errors.prefix(max(0, Self.errorLimit - errors.count))
  }

  /// Vague phrases, most frequent first (ties by text), for display.
  public var vaguePhrasesByFrequency: [(text: String, tally: PhraseTally)] {
    vaguePhrases.map { (text: $0.key, tally: $0.value) }.sorted {
      $0.tally.count != $1.tally.count ? $0.tally.count > $1.tally.count : $0.text < $1.text
    }
  }

  /// Elements, most often missing first (ties in `ElementKind` order).
  public var missingByFrequency: [(kind: ElementKind, count: Int)] {
    ElementKind.allCases.map { (kind: $0, count: missing[$0] ?? 0) }.enumerated().sorted {
      $0.element.count != $1.element.count
        ? $0.element.count > $1.element.count : $0.offset < $1.offset
    }.map(\.element)
  }

  /// Lower-cases ASCII letters and collapses runs of whitespace, so "Tolerated  well" and
  /// "tolerated well" count as one phrase.
  static func normalizedPhrase(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for b in text.utf8 {
      if b.isBlank {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace {
        out.append(0x20)
        pendingSpace = false
      }
      out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
    }
    return String(decoding: out, as: UTF8.self)
  }
}
