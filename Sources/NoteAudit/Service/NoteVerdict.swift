/// What the editor services say about a note as a whole, and the templates their quick fixes
/// insert: shared by the language server and the browser host so both read the same.
public enum NoteVerdict {
  /// The elements a note misses, in `ElementKind` order.
  public static func missingElements(_ analysis: NoteAnalysis) -> [ElementKind] {
    ElementKind.allCases.filter { !analysis.element($0).present }
  }

  /// One line: `weak (score 22/100, below the pass mark) — missing: timed minutes, cueing`.
  public static func summary(_ analysis: NoteAnalysis, passes: Bool) -> String {
    let missing = missingElements(analysis)
    var line =
      "\(analysis.grade.rawValue) (score \(analysis.score)/100\(passes ? "" : ", below the pass mark"))"
    line +=
      missing.isEmpty
      ? " — every element documented"
      : " — missing: " + missing.map(\.displayName).joined(separator: ", ")
    if !analysis.vaguePhrases.isEmpty {
      line +=
        "; \(analysis.vaguePhrases.count) vague phrase\(analysis.vaguePhrases.count == 1 ? "" : "s")"
    }
    return line
  }

  /// A line the therapist completes, for the findings where a fixed shape helps (minutes, total
  /// time, a goal link). Blanks are `__`: a template never invents a number.
  public static func template(forRule rule: RuleID) -> (title: String, text: String)? {
    switch rule {
    case .timedMinutesMissing, .unitsNoMinutes:
      (
        "Insert a minutes line",
        "Therapeutic activities (97530): __ min. Total timed: __ min. Total treatment time: __ min."
      )
    case .minutesTotalTimeMissing:
      ("Insert a total time line", "Total timed treatment: __ min; total treatment time: __ min.")
    case .goalLinkageMissing:
      ("Insert a goal link", "Activity addresses STG #__: __.")
    case .assistLevelMissing:
      ("Insert an assist level line", "Assist level: __ (e.g. CGA, min A, SBA, mod I).")
    default: nil
    }
  }
}
