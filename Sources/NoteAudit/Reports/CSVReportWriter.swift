/// The `csv` format: one RFC 4180 row per note for spreadsheets (CRLF line ends, a header row).
///
/// Columns: `id, patient_id, provider, clinic, date, score, grade`, one column per element
/// (`present`/`absent`), `missing`, `vague_phrases` (count), `findings` (count), `finding_1` …
/// `finding_3` (the most severe first, as `message [rule]`), `clone_kinds`, `clone_of`. Every
/// cell is formula-safe (see `ReportBuffer.append(csvField:)`).
public struct CSVReportWriter: BatchCompletedReportWriter {
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
    out.append(string: Self.header.joined(separator: ",") + "\r\n")
  }

  public func render(_ note: NoteAnalysis, text: NoteText?) -> RenderedNote {
    var cells = [
      note.id, note.patientID ?? "", note.provider ?? "", note.clinic ?? "",
      note.date?.description ?? "",
      String(note.score), note.grade.rawValue,
    ]
    cells += note.elementsInOrder.map { $0.result.present ? "present" : "absent" }
    cells += [note.missingElements.map(\.rawValue).joined(separator: "; "), String(note.vaguePhrases.count)]
    let top = note.findings.mostSevere(3)
    return RenderedNote(id: note.id, findingCount: note.findings.count, topFindings: top) { out in
      for cell in cells {
        out.append(csvField: cell)
        out.append(byte: UInt8(ascii: ","))
      }
    } batch: {
      appendBatchCells(findingCount: note.findings.count, top: top, clones: [], into: &$0)
    } tail: {
      $0.append("\r\n")
    }
  }

  public mutating func write(_ note: RenderedNote, clones: [CloneMatch], findings: [Finding], into out: inout ReportBuffer) {
    note.append(to: &out, writer: self, clones: clones, findings: findings)
  }

  public func appendBatchPart(of note: RenderedNote, clones: [CloneMatch], findings: [Finding], into out: inout ReportBuffer) {
    appendBatchCells(
      findingCount: note.findingCount + findings.count, top: (note.topFindings + findings).mostSevere(3),
      clones: clones, into: &out)
  }

  /// A batch finding may replace a longer one among the three shown.
  public var completesInPlace: Bool { false }

  /// The cells the batch can change: the number of findings, the three most severe, the clones.
  private func appendBatchCells(findingCount: Int, top: [Finding], clones: [CloneMatch], into out: inout ReportBuffer) {
    var cells = [String(findingCount)]
    cells += top.map { "\($0.displayMessage(options)) [\($0.rule)]" }
    cells += Array(repeating: "", count: 3 - top.count)
    cells += [clones.kinds.map(\.rawValue).joined(separator: "; "), clones.map(\.other).joined(separator: "; ")]
    for (i, cell) in cells.enumerated() {
      if i > 0 { out.append(byte: UInt8(ascii: ",")) }
      out.append(csvField: cell)
    }
  }

  /// A CSV file holds the rows only; the summary belongs to the other formats.
  public mutating func end(summary: AuditSummary, into out: inout ReportBuffer) {}
}
