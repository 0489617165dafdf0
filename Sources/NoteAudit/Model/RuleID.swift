/// Every rule a finding can come from: the registry of the stable ids reports print and
/// `.noteaudit.json` overrides name (Docs/Rules.md, whose table a test keeps equal to `allCases`).
///
/// A type rather than strings so a misspelt id fails to compile instead of producing findings no
/// override or report consumer recognises; writers print `rawValue`, the id itself.
///
/// ```swift
/// let finding = Finding(rule: .unitsNotSupported, severity: .error, message: "…", suggestion: "…")
/// finding.rule.rawValue           // "units.not-supported"
/// ElementKind.cueing.missingRule  // .cueingMissing
/// CloneKind.copyForward.rule      // .cloneCopyForward
/// ```
public enum RuleID: String, CaseIterable, Sendable, CustomStringConvertible {
  /// The id as reports, `.noteaudit.json` and Docs/Rules.md spell it.
  public var description: String { rawValue }

  // MARK: Scoring

  /// No dynamic functional task is documented as done today.
  case functionalTaskMissing = "element.functional-task.missing"
  /// No direct treatment minutes.
  case timedMinutesMissing = "element.timed-minutes.missing"
  /// No assist level.
  case assistLevelMissing = "element.assist-level.missing"
  /// No cueing type or amount.
  case cueingMissing = "element.cueing.missing"
  /// No link to a plan-of-care goal.
  case goalLinkageMissing = "element.goal-linkage.missing"
  /// No objective measure.
  case objectiveMeasureMissing = "element.objective-measure.missing"
  /// No patient response.
  case patientResponseMissing = "element.patient-response.missing"
  /// Nothing shows why the service needed a therapist.
  case skilledInterventionMissing = "element.skilled-intervention.missing"
  /// A boilerplate phrase; one finding per occurrence.
  case vaguePhrase = "vague.phrase"
  /// The content fits another code better than the billed or rubric code.
  case codeFitOtherCode = "code-fit.other-code"
  /// The note has no text.
  case noteEmpty = "note.empty"
  /// Too little text to document a skilled service.
  case noteTooShort = "note.too-short"

  // MARK: Input

  /// The note exceeded the byte limit and was analysed up to it.
  case noteTruncated = "note.truncated"
  /// Invalid UTF-8 bytes were replaced.
  case noteInvalidUTF8 = "note.invalid-utf8"

  // MARK: Billing

  /// Billed units (the record's or the note's) exceed what the documented minutes support.
  case unitsNotSupported = "units.not-supported"
  /// The minutes support more units than billed.
  case unitsUnderBilled = "units.under-billed"
  /// A billed timed code has no minutes documented.
  case unitsNoMinutes = "units.no-minutes"
  /// Total timed minutes in the text disagree with the record or the per-code minutes.
  case minutesTotalMismatch = "minutes.total-mismatch"
  /// Total treatment time is not documented.
  case minutesTotalTimeMissing = "minutes.total-time-missing"
  /// A time in/out range is reversed or implausible.
  case minutesBadTimeRange = "minutes.bad-time-range"
  /// A provider averages under 15 minutes per unit across the batch (once per provider).
  case unitsLowAverage = "units.low-average"
  /// The 10th treatment day passed without a progress report.
  case visitProgressReportDue = "visit.progress-report-due"
  /// 97530 continues past 10–12 visits without documented objective progress.
  case visitNoObjectiveProgress = "visit.no-objective-progress"
  /// A therapy line lacks GP/GO/GN.
  case modifierDisciplineMissing = "modifier.discipline-missing"
  /// GP/GO/GN does not match the discipline.
  case modifierDisciplineMismatch = "modifier.discipline-mismatch"
  /// 97530/97150 with a same-day re-evaluation and no 59/XE/XU.
  case modifierDistinctService = "modifier.distinct-service"
  /// Services by an assistant (CQ/CO), paid at 85 %.
  case modifierAssistant = "modifier.assistant"
  /// The year's charges pass the KX threshold and the line has no KX.
  case modifierKXExpected = "modifier.kx-expected"

  // MARK: Similarity

  /// Same normalised content as another note.
  case cloneExact = "clone.exact"
  /// Same patient, a later date, near-identical content.
  case cloneCopyForward = "clone.copy-forward"
  /// Near-identical content for different patients.
  case cloneCrossPatient = "clone.cross-patient"
  /// Near-identical content where no patient ids tell the kinds apart.
  case cloneNearDuplicate = "clone.near-duplicate"
}

extension ElementKind {
  /// The rule of the finding for this element missing, e.g. `element.assist-level.missing`.
  /// A switch rather than a lookup by name: it is asked for every missing element of every note.
  public var missingRule: RuleID {
    switch self {
    case .functionalTask: .functionalTaskMissing
    case .timedMinutes: .timedMinutesMissing
    case .assistLevel: .assistLevelMissing
    case .cueing: .cueingMissing
    case .goalLinkage: .goalLinkageMissing
    case .objectiveMeasure: .objectiveMeasureMissing
    case .patientResponse: .patientResponseMissing
    case .skilledIntervention: .skilledInterventionMissing
    }
  }
}

extension CloneKind {
  /// The rule of the finding a match of this kind becomes, e.g. `clone.copy-forward`.
  public var rule: RuleID {
    switch self {
    case .exact: .cloneExact
    case .copyForward: .cloneCopyForward
    case .crossPatient: .cloneCrossPatient
    case .nearDuplicate: .cloneNearDuplicate
    }
  }
}
