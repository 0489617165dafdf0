/// The `csv` format: one RFC 4180 row per note for spreadsheets (CRLF line ends, a header row),
/// then one row per note the batch found something about.
///
/// Columns: `record` (`note` or `batch`), `id, patient_id, provider, clinic, date, score, grade`,
/// one column per element (`present`/`absent`), `missing`, `vague_phrases` (count), `findings`
/// (count), `finding_1` … `finding_3` (the most severe first, as `message [rule]`), `clone_kinds`,
/// `clone_of`. A `note` row is the note's own analysis (its clone columns empty); a `batch` row
/// names the note by `id` and fills only `findings`, `finding_1` … `finding_3` (the batch's
/// findings: clones, visit sequences) and the clone columns. Every cell is formula-safe (see
/// `ReportBuffer.append(csvField:)`).
public struct CSVReportWriter: ReportWriter {
  public var options: ReportOptions

  public init(options: ReportOptions = ReportOptions()) { self.options = options }

  static let header =
    ["record", "id", "patient_id", "provider", "clinic", "date", "score", "grade"]
    + ElementKind.allCases.map(\.rawValue)
    + [
      "missing", "vague_phrases", "findings", "finding_1", "finding_2", "finding_3", "clone_kinds",
      "clone_of",
    ]

  /// The cells a batch row leaves empty: `patient_id` … `grade`, the elements, `missing` and
  /// `vague_phrases`.
  static let noteOnlyCells = 6 + ElementKind.allCases.count + 2

  public mutating func begin(into out: inout ReportBuffer) {
    out.append(string: Self.header.joined(separator: ",") + "\r\n")
  }

  public func render(_ note: NoteAnalysis, text: NoteText?) -> RenderedNote {
    var cells = [
      "note", note.id, note.patientID ?? "", note.provider ?? "", note.clinic ?? "",
      note.date?.description ?? "",
      String(note.score), note.grade.rawValue,
    ]
    cells += note.elementsInOrder.map { $0.result.present ? "present" : "absent" }
    cells += [
      note.missingElements.map(\.rawValue).joined(separator: "; "), String(note.vaguePhrases.count),
    ]
    return RenderedNote { out in
      for cell in cells {
        out.append(csvField: cell)
        out.append(byte: UInt8(ascii: ","))
      }
      appendFindingCells(note.findings, clones: [], into: &out)
    }
  }

  public mutating func write(_ note: RenderedNote, into out: inout ReportBuffer) {
    out.append(bytes: note.bytes)
  }

  public mutating func write(batch note: BatchNote, into out: inout ReportBuffer) {
    out.append("batch,")
    out.append(csvField: note.id)
    // The comma after the id, then each empty cell and its comma.
    out.append(string: String(repeating: ",", count: 1 + Self.noteOnlyCells))
    appendFindingCells(note.findings, clones: note.clones, into: &out)
  }

  /// A CSV file holds rows only; the summary belongs to the other formats.
  public mutating func end(summary: AuditSummary, into out: inout ReportBuffer) {}

  /// The last cells of a row and its end: the number of findings, the three most severe, the
  /// clones.
  private func appendFindingCells(
    _ findings: [Finding], clones: [CloneMatch], into out: inout ReportBuffer
  ) {
    let top = findings.mostSevere(3)
    var cells = [String(findings.count)]
    cells += top.map { "\($0.displayMessage(options)) [\($0.rule.rawValue)]" }
    cells += Array(repeating: "", count: 3 - top.count)
    cells += [
      clones.kinds.map(\.rawValue).joined(separator: "; "),
      clones.map(\.other).joined(separator: "; "),
    ]
    for (i, cell) in cells.enumerated() {
      if i > 0 { out.append(byte: UInt8(ascii: ",")) }
      out.append(csvField: cell)
    }
    out.append("\r\n")
  }
}
