/// The `markdown` format: the summary as tables, then one table row per note, then a table of what
/// the batch found about its notes (clones, visit sequences) — for a wiki page, a ticket or a pull
/// request. Rows are kept until `end` because the summary comes first.
public struct MarkdownReportWriter: ReportWriter {
  public var options: ReportOptions
  private var rows = ReportBuffer(capacity: 1 << 14)
  private var batchRows = ReportBuffer(capacity: 0)

  public init(options: ReportOptions = ReportOptions()) { self.options = options }

  public mutating func begin(into out: inout ReportBuffer) {}

  public func render(_ note: NoteAnalysis, text: NoteText?) -> RenderedNote {
    RenderedNote { out in
      Self.row(
        [
          note.id, note.provider ?? "", note.clinic ?? "", String(note.score), note.grade.rawValue,
          note.missingElements.map(\.displayName).joined(separator: ", "),
          Self.topFindings(note.findings, options: options),
        ], into: &out)
    }
  }

  public mutating func write(_ note: RenderedNote, into out: inout ReportBuffer) {
    rows.append(bytes: note.bytes)
  }

  public mutating func write(batch note: BatchNote, into out: inout ReportBuffer) {
    Self.row(
      [
        note.id, Self.topFindings(note.findings, options: options),
        note.clones.map { "\($0.other) (\($0.kind.rawValue))" }.joined(separator: ", "),
      ], into: &batchRows)
  }

  /// The three most severe of `findings`, as `message (rule)`.
  private static func topFindings(_ findings: [Finding], options: ReportOptions) -> String {
    findings.mostSevere(3).map { "\($0.displayMessage(options)) (\($0.rule.rawValue))" }.joined(
      separator: "; ")
  }

  public mutating func end(summary: AuditSummary, into out: inout ReportBuffer) {
    out.append("# ")
    out.append(markdownCell: options.title)
    out.append(
      string:
        "\n\n**\(summary.notes) notes**, mean score \(TextReportWriter.oneDecimal(summary.meanScore)) · "
        + "strong \(summary.grades[.strong] ?? 0) · adequate \(summary.grades[.adequate] ?? 0) · "
        + "weak \(summary.grades[.weak] ?? 0) · input errors \(summary.errorCount)\n")

    out.append("\n## Missing elements\n\n")
    Self.table(
      ["Element", "Notes missing it", "Share"],
      summary.missingByFrequency.map {
        [$0.kind.displayName, String($0.count), HTMLSummary.share($0.count, summary.notes)]
      },
      into: &out)

    if !summary.vaguePhrases.isEmpty {
      out.append("\n## Vague phrases\n\n")
      Self.table(
        ["Phrase", "Occurrences"],
        summary.vaguePhrasesByFrequency.prefix(25).map {
          [options.redact ? "[\($0.tally.entryID)]" : $0.text, String($0.tally.count)]
        }, into: &out)
    }
    for (title, groups) in [("Provider", summary.byProvider), ("Clinic", summary.byClinic)]
    where !groups.isEmpty {
      out.append(string: "\n## By \(title.lowercased())\n\n")
      Self.table(
        [title, "Notes", "Mean score", "Strong", "Adequate", "Weak"],
        groups.keys.sorted().compactMap { name in
          groups[name].map {
            [
              name, String($0.notes), TextReportWriter.oneDecimal($0.meanScore),
              String($0.grades[.strong] ?? 0),
              String($0.grades[.adequate] ?? 0), String($0.grades[.weak] ?? 0),
            ]
          }
        }, into: &out)
    }
    if !summary.cloneGroups.isEmpty {
      out.append("\n## Clone groups\n\n")
      Self.table(
        ["Group", "Kind", "Similarity", "Notes"],
        summary.cloneGroups.map {
          [
            $0.id, $0.kind.rawValue, TextReportWriter.percent($0.similarity),
            $0.members.joined(separator: ", "),
          ]
        }, into: &out)
    }
    if summary.errorCount > 0 {
      out.append(string: "\n## Input errors (\(summary.errorCount))\n\n")
      Self.table(
        ["Source", "Message"], summary.errors.map { [$0.origin.description, $0.message] },
        into: &out)
    }
    out.append("\n## Notes\n\n")
    Self.row(
      ["Note", "Provider", "Clinic", "Score", "Grade", "Missing", "Top findings"], into: &out)
    out.append("|---|---|---|--:|---|---|---|\n")
    out.append(contentsOf: rows)
    rows.removeAll()
    if batchRows.count > 0 {
      out.append("\n## Across the batch\n\n")
      Self.table(["Note", "Top findings", "Clones"], [], into: &out)
      out.append(contentsOf: batchRows)
      batchRows.removeAll()
    }
  }

  private static func table(_ header: [String], _ body: [[String]], into out: inout ReportBuffer) {
    row(header, into: &out)
    out.append(string: "|" + String(repeating: "---|", count: header.count) + "\n")
    for cells in body { row(cells, into: &out) }
  }

  private static func row(_ cells: [String], into out: inout ReportBuffer) {
    out.append(byte: UInt8(ascii: "|"))
    Self.cells(cells, into: &out)
    out.append(byte: 0x0A)
  }

  /// Table cells after a row's opening `|`, each followed by its closing `|`.
  private static func cells(_ cells: [String], into out: inout ReportBuffer) {
    for cell in cells {
      out.append(byte: 0x20)
      out.append(markdownCell: cell)
      out.append(" |")
    }
  }
}
