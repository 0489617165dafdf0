/// What only the whole batch can tell: clone matches and groups and visit-sequence findings, found
/// after every note was read, with `AuditOptions.rules` applied.
public struct BatchFindings: Sendable {
  /// Clone matches by note id.
  public var clones: [String: [CloneMatch]] = [:]
  /// Findings by note id (clone findings; visit-sequence findings).
  public var findings: [String: [Finding]] = [:]
  public var cloneGroups: [CloneGroup] = []
  /// Tonight's fingerprints to store (with `AuditOptions.exportsFingerprints`).
  public var exported: [HistoricalFingerprint] = []
  /// The template shingles tonight's batch learnt (with `AuditOptions.exportsFingerprints`).
  public var templates = TemplateModel()

  public init() {}

  /// The results note by note, sorted by note id: what a report's batch section lists.
  public var notes: [BatchNote] {
    var ids = Set(clones.keys)
    ids.formUnion(findings.keys)
    return ids.sorted().compactMap { id in
      let note = BatchNote(id: id, clones: clones[id] ?? [], findings: findings[id] ?? [])
      return note.clones.isEmpty && note.findings.isEmpty ? nil : note
    }
  }
}

/// The finding a clone match becomes.
enum CloneFinding {
  static func finding(_ match: CloneMatch) -> Finding {
    let percent = Int((match.similarity * 100).rounded())
    let detail = match.detail.isEmpty ? "" : " (\(match.detail))"
    let (severity, what): (Severity, String) =
      switch match.kind {
      case .exact: (.error, "has the same content as")
      case .copyForward: (.error, "is copied forward from")
      case .crossPatient: (.error, "reuses the content of another patient's note")
      case .nearDuplicate: (.warning, "is a near duplicate of")
      }
    let message = "\(what) '\(match.other)': \(percent)% similar\(detail)"
    return Finding(
      rule: match.kind.rule, severity: severity, message: message,
      suggestion:
        "Write today's note from today's session: what was trained, the assist and cues needed, today's measures and the patient's response. Carried-forward text is treated as not documenting this visit."
    )
  }
}
