/// The `text` format: compiler-style diagnostics a therapist or an editor can follow.
///
/// ```text
/// note.txt:3:14: warning: vague phrase 'tolerated well' [vague.phrase]
///   suggestion: Say how the patient responded, e.g. 'SpO2 stayed above 94%'
/// note.txt: error: no assist level documented [element.assist-level.missing]
///   suggestion: State the assist level, e.g. 'contact guard assist (CGA)'
/// note.txt: adequate (score 72/100) — missing: cueing, goal linkage
/// ```
///
/// Findings that point at text come first in text order, then the others in the order the
/// analyzer gave them, then the verdict. What the batch found (clones, visit sequences) follows the
/// notes as more diagnostics; a batch ends with a summary block. ANSI colour only when
/// `ReportOptions.useColor` is set.
public struct TextReportWriter: ReportWriter {
  public var options: ReportOptions
  private var style: TerminalStyle

  public init(options: ReportOptions = ReportOptions()) {
    self.options = options
    self.style = TerminalStyle(enabled: options.useColor)
  }

  public mutating func begin(into out: inout ReportBuffer) {}

  private func append(findings: [Finding], of id: String, into out: inout ReportBuffer) {
    for finding in findings {
      out.append(string: style.bold(id))
      if let span = finding.span { out.append(string: ":\(span.line):\(span.column)") }
      out.append(": ")
      out.append(string: style.severity(finding.severity))
      out.append(string: " \(finding.displayMessage(options)) [\(finding.rule.rawValue)]\n")
      if !finding.suggestion.isEmpty {
        out.append(string: "  \(style.green("suggestion:")) \(finding.suggestion)\n")
      }
    }
  }

  public func render(_ note: NoteAnalysis, text: NoteText?) -> RenderedNote {
    RenderedNote { out in
      let located = note.findings.filter { $0.span != nil }.enumerated().sorted {
        let a = $0.element.span?.start ?? 0
        let b = $1.element.span?.start ?? 0
        return a != b ? a < b : $0.offset < $1.offset
      }.map(\.element)
      append(findings: located + note.findings.filter({ $0.span == nil }), of: note.id, into: &out)
      out.append(string: style.bold(note.id))
      out.append(": ")
      out.append(string: style.grade(note.grade))
      out.append(string: " (score \(note.score)/100)")
      let missing = note.missingElements
      if !missing.isEmpty {
        out.append(string: " — missing: " + missing.map(\.displayName).joined(separator: ", "))
      }
      out.append(byte: 0x0A)
    }
  }

  public mutating func write(_ note: RenderedNote, into out: inout ReportBuffer) {
    out.append(bytes: note.bytes)
  }

  /// The batch's findings (clones, visit sequence) follow the notes as more diagnostics lines, so
  /// text output streams.
  public mutating func write(batch note: BatchNote, into out: inout ReportBuffer) {
    append(findings: note.findings, of: note.id, into: &out)
  }

  /// The summary of a batch.
  public mutating func end(summary: AuditSummary, into out: inout ReportBuffer) {
    guard summary.notes > 1 || summary.errorCount > 0 || !summary.cloneGroups.isEmpty else {
      return
    }
    out.append(
      string:
        "\n" + style.bold("Summary:") + " \(summary.notes) note\(summary.notes == 1 ? "" : "s")")
    out.append(string: ", mean score \(Self.oneDecimal(summary.meanScore))")
    out.append(
      string:
        " — strong \(summary.grades[.strong] ?? 0), adequate \(summary.grades[.adequate] ?? 0), "
        + "weak \(summary.grades[.weak] ?? 0)\n")
    let missing = summary.missingByFrequency.filter { $0.count > 0 }
    if !missing.isEmpty {
      out.append(
        string:
          "Missing most often: "
          + missing.map { "\($0.kind.displayName) \($0.count)" }.joined(separator: ", ") + "\n")
    }
    let phrases = summary.vaguePhrasesByFrequency.prefix(5)
    if !phrases.isEmpty {
      out.append(
        string:
          "Vague phrases: "
          + phrases.map {
            "'\(options.redact ? "[\($0.tally.entryID)]" : $0.text)' \($0.tally.count)"
          }
          .joined(separator: ", ") + "\n")
    }
    if !summary.cloneGroups.isEmpty {
      out.append(string: "Clone groups: \(summary.cloneGroups.count)\n")
      for group in summary.cloneGroups.prefix(20) {
        out.append(
          string:
            "  \(group.id) \(group.kind.rawValue) (\(Self.percent(group.similarity))): "
            + group.members.joined(separator: ", ") + "\n")
      }
    }
    if summary.errorCount > 0 {
      out.append(string: "Input errors: \(summary.errorCount)\n")
      for error in summary.errors.prefix(20) { out.append(string: "  \(error)\n") }
    }
    if let elapsed = summary.elapsedSeconds, elapsed > 0 {
      out.append(
        string:
          "Elapsed \(Self.oneDecimal(elapsed)) s, \(ProgressLine.rate(summary.notes, per: elapsed)) notes/s\n"
      )
    }
  }

  static func percent(_ similarity: Double) -> String {
    var b = ReportBuffer(capacity: 8)
    b.append(decimal: similarity * 100, places: 0)
    return b.string + "%"
  }

  static func oneDecimal(_ value: Double) -> String {
    var b = ReportBuffer(capacity: 8)
    b.append(decimal: value, places: 1)
    return b.string
  }
}

/// ANSI SGR escapes, or nothing when colour is off.
struct TerminalStyle {
  var enabled: Bool

  private func wrap(_ s: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
  }

  func bold(_ s: String) -> String { wrap(s, "1") }
  func green(_ s: String) -> String { wrap(s, "32") }

  func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: wrap("error:", "1;31")
    case .warning: wrap("warning:", "1;35")
    case .info: wrap("info:", "1;36")
    }
  }

  func grade(_ grade: Grade) -> String {
    switch grade {
    case .strong: wrap("strong", "32")
    case .adequate: wrap("adequate", "33")
    case .weak: wrap("weak", "31")
    }
  }
}
