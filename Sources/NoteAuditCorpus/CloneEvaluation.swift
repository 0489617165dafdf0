import NoteAudit

/// Pair precision and recall of clone detection against ground truth, per kind: the oracle the
/// similarity tests and `noteaudit-bench clones` score the detector with (test and bench support,
/// not part of the library).
///
/// Pairs are unordered note-id pairs; a pair's kind is `copy_forward` when both notes belong to
/// the same patient and `cross_patient` otherwise, whatever the detector called it, so the two
/// figures can be compared with any detector (the baseline included).
public enum CloneEvaluation {
  /// An unordered pair of note ids (stored in ascending order).
  public struct Pair: Hashable, Sendable {
    public let a: String
    public let b: String

    public init(_ x: String, _ y: String) {
      (a, b) = x < y ? (x, y) : (y, x)
    }
  }

  /// Precision and recall for one kind.
  ///
  /// Precision is over the predicted pairs (`truePositives`, `falsePositives`), recall over the
  /// true pairs (`found`, `falseNegatives`); the two counts of correct pairs differ when truth is
  /// a set of derivations and any pair of one clone family counts as correct (`evaluate(pairs:…)`).
  public struct Score: Sendable, Hashable, CustomStringConvertible {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    /// True pairs that were predicted.
    public var found = 0

    public init(
      truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0, found: Int? = nil
    ) {
      self.truePositives = truePositives
      self.falsePositives = falsePositives
      self.falseNegatives = falseNegatives
      self.found = found ?? truePositives
    }

    public var precision: Double {
      truePositives + falsePositives == 0
        ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    public var recall: Double {
      found + falseNegatives == 0 ? 1 : Double(found) / Double(found + falseNegatives)
    }

    public var description: String {
      func f(_ x: Double) -> String { String(Double(Int((x * 10000).rounded())) / 10000) }
      let counts =
        found == truePositives ? "tp \(truePositives)" : "tp \(truePositives), found \(found)"
      return
        "precision \(f(precision)) recall \(f(recall)) (\(counts), fp \(falsePositives), fn \(falseNegatives))"
    }
  }

  /// Scores per kind: `copy_forward` and `cross_patient`.
  public struct Report: Sendable, Hashable {
    public var copyForward = Score()
    public var crossPatient = Score()

    public init(copyForward: Score = Score(), crossPatient: Score = Score()) {
      self.copyForward = copyForward
      self.crossPatient = crossPatient
    }
  }

  /// All pairs within each group (a group of n members gives n(n−1)/2 pairs).
  public static func pairs(inGroups groups: [[String]]) -> Set<Pair> {
    var out = Set<Pair>()
    for members in groups {
      for i in members.indices {
        for j in members.indices where j > i { out.insert(Pair(members[i], members[j])) }
      }
    }
    return out
  }

  /// Compares predicted with true pairs; `patient` gives a note id's patient (nil: unknown, counted
  /// as cross-patient).
  public static func evaluate(predicted: Set<Pair>, truth: Set<Pair>, patient: (String) -> String?)
    -> Report
  {
    evaluate(
      pairs: predicted, derivations: truth, areClones: { truth.contains(Pair($0, $1)) },
      patient: patient)
  }

  /// Compares predicted pairs with planted derivations (a note and the note it was made from).
  ///
  /// A predicted pair is correct when `areClones` says both notes descend from one original (visit 3
  /// and visit 5 of a carried-forward chain are clones though neither was made from the other);
  /// recall counts the derivations predicted as pairs. The kind is by patient, as in the other
  /// `evaluate`.
  public static func evaluate(
    pairs predicted: Set<Pair>, derivations: Set<Pair>, areClones: (String, String) -> Bool,
    patient: (String) -> String?
  ) -> Report {
    var report = Report()
    func samePatient(_ p: Pair) -> Bool {
      guard let x = patient(p.a), let y = patient(p.b) else { return false }
      return x == y
    }
    for p in predicted {
      let right = areClones(p.a, p.b)
      if samePatient(p) {
        right ? (report.copyForward.truePositives += 1) : (report.copyForward.falsePositives += 1)
      } else {
        right ? (report.crossPatient.truePositives += 1) : (report.crossPatient.falsePositives += 1)
      }
    }
    for p in derivations {
      let hit = predicted.contains(p)
      if samePatient(p) {
        hit ? (report.copyForward.found += 1) : (report.copyForward.falseNegatives += 1)
      } else {
        hit ? (report.crossPatient.found += 1) : (report.crossPatient.falseNegatives += 1)
      }
    }
    return report
  }

  /// Group-level evaluation: predicted and true clone groups compared on all pairs within groups.
  public static func evaluate(
    predicted: [CloneGroup], truth: [[String]], patient: (String) -> String?
  ) -> Report {
    evaluate(
      predicted: pairs(inGroups: predicted.map(\.members)), truth: pairs(inGroups: truth),
      patient: patient)
  }
}
