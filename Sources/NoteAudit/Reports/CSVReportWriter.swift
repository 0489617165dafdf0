/// The `csv` format: one RFC 4180 row per note for spreadsheets (CRLF line ends, a header row).
///
/// Columns: `id, patient_id, provider, clinic, date, score, grade`, one column per element
/// (`present`/`absent`), `missing`, `vague_phrases` (count), `findings` (count), `finding_1` …
/// `finding_3` (the most severe first, as `message [rule]`), `clone_kinds`, `clone_of`. Every
/// cell is formula-safe (see `ReportBuffer.append(csvField:)`).
public struct CSVReportWriter: ReportWriter {
  public var options: ReportOptions

  public init(options: ReportOptions = ReportOptions()) { self.options = options }

  static let header =
    ["id", "patient_id", "provider", "clinic", "date", "score", "grade"]
    + ElementKind.allCases.map(\.rawValue)
    + [
      "missing", "vague_phrases", "findings", "finding_1", "finding_2", "finding_3", "clone_kinds",
      "clone_of",
    ]

  public mutating func begin(into out: inout ReportBuffer) {
    out.append(Self.header.joined(separator: ",") + "\r\n")
  }

  public mutating func write(_ note: NoteAnalysis, text: NoteText?, into out: inout ReportBuffer) {
    let top = note.topFindings(3).map { "\($0.displayMessage(options)) [\($0.rule)]" }
    var cells = [
      note.id, note.patientID ?? "", note.provider ?? "", note.clinic ?? "",
      note.date?.description ?? "",
      String(note.score), note.grade.rawValue,
    ]
    cells += note.elementsInOrder.map { $0.result.present ? "present" : "absent" }
    cells += [
      note.missingElements.map(\.rawValue).joined(separator: "; "), String(note.vaguePhrases.count),
      String(note.findings.count),
    ]
    cells += top + Array(repeating: "", count: 3 - top.count)
    cells += [
      note.cloneKinds.joined(separator: "; "), note.clones.map(\.other).joined(separator: "; "),
    ]
    for (i, cell) in cells.enumerated() {
      if i > 0 { out.append(byte: UInt8(ascii: ",")) }
      out.append(csvField: cell)
    }
    out.append("\r\n")
  }

  /// A CSV file holds the rows only; the summary belongs to the other formats.
  public mutating func end(summary: AuditSummary, into out: inout ReportBuffer) {}
}
