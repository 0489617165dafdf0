/// The `markdown` format: the summary as tables, then one table row per note — for a wiki page, a
/// ticket or a pull request. Rows are kept until `end` because the summary comes first.
public struct MarkdownReportWriter: BatchCompletedReportWriter {
  public var options: ReportOptions
  private var rows = ReportBuffer(capacity: 1 << 14)

  public init(options: ReportOptions = ReportOptions()) { self.options = options }

  public mutating func begin(into out: inout ReportBuffer) {}

  public func render(_ note: NoteAnalysis, text: NoteText?) -> RenderedNote {
    let top = note.findings.mostSevere(3)
    return RenderedNote(id: note.id, findingCount: note.findings.count, topFindings: top) { out in
      out.append(byte: UInt8(ascii: "|"))
      Self.cells(
        [
          note.id, note.provider ?? "", note.clinic ?? "", String(note.score), note.grade.rawValue,
          note.missingElements.map(\.displayName).joined(separator: ", "),
        ], into: &out)
    } batch: {
      Self.appendBatchCells(top: top, clones: [], options: options, into: &$0)
    } tail: {
      $0.append(byte: 0x0A)
    }
  }

  public mutating func write(_ note: RenderedNote, clones: [CloneMatch], findings: [Finding], into out: inout ReportBuffer) {
    // The rows leave `self` meanwhile: a copy of `self` holding them would make appending copy them.
    var rows = ReportBuffer(capacity: 0)
    swap(&rows, &self.rows)
    note.append(to: &rows, writer: self, clones: clones, findings: findings)
    swap(&rows, &self.rows)
  }

  public func appendBatchPart(of note: RenderedNote, clones: [CloneMatch], findings: [Finding], into out: inout ReportBuffer) {
    Self.appendBatchCells(top: (note.topFindings + findings).mostSevere(3), clones: clones, options: options, into: &out)
  }

  /// The rows wait for the summary, which comes first.
  public var completesInPlace: Bool { false }

  /// The cells the batch can change: the three most severe findings and the clones.
  private static func appendBatchCells(
    top: [Finding], clones: [CloneMatch], options: ReportOptions, into out: inout ReportBuffer
  ) {
    cells(
      [
        top.map { "\($0.displayMessage(options)) (\($0.rule))" }.joined(separator: "; "),
        clones.map { "\($0.other) (\($0.kind.rawValue))" }.joined(separator: ", "),
      ], into: &out)
  }

  public mutating func end(summary: AuditSummary, into out: inout ReportBuffer) {
    out.append("# ")
    out.append(markdownCell: options.title)
    out.append(string:
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
          [$0.id, $0.kind.rawValue, TextReportWriter.percent($0.similarity), $0.members.joined(separator: ", ")]
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
      ["Note", "Provider", "Clinic", "Score", "Grade", "Missing", "Top findings", "Clones"],
      into: &out)
    out.append("|---|---|---|--:|---|---|---|---|\n")
    out.append(contentsOf: rows)
    rows.removeAll()
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
