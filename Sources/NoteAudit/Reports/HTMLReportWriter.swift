/// The `html` format: one self-contained page a reviewer opens from disk.
///
/// Nothing is fetched (a Content-Security-Policy forbids it): the CSS, the script and the charts
/// (inline SVG, drawn here so they also print without script) are in the file. The notes travel
/// as one JSON array in a `<script type="application/json">` element, escaped so no `</script>`
/// can form, and the page's script renders a sortable, filterable table 100 rows at a time, so
/// 50,000 notes stay responsive. Filters, sort, page and the open note live in the URL fragment
/// (`#grade=weak&missing=cueing&provider=…&clinic=…&rule=…&q=…&sort=score&dir=desc&page=2&note=…`),
/// so a view can be bookmarked or shared.
///
/// The note text is embedded only with `ReportOptions.includeText` (then shown with its evidence
/// highlighted, and clone pairs side by side with the differing words marked and template text
/// greyed); otherwise each piece of evidence is shown as a short snippet.
///
/// What the batch found (clones, visit-sequence findings) travels after the notes in its own
/// `<script type="application/json" id="batch-data">` element, one entry per note it concerns; the
/// page's script adds each entry to its note(s) by id before anything is drawn, so a reader sees
/// every note with its clones and batch findings beside it.
public struct HTMLReportWriter: ReportWriter {
  public var options: ReportOptions
  private var count = 0
  private var batchCount = 0

  /// A reader sees each piece of evidence with its context (`ReportOptions.readerContext` unless
  /// more is asked for), and all of them.
  public init(options: ReportOptions = ReportOptions()) {
    self.options = options
    if options.snippetContext == 0 { self.options.snippetContext = ReportOptions.readerContext }
  }

  public mutating func begin(into out: inout ReportBuffer) {
    out.append(
      string: "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        + "<meta name=\"generator\" content=\"NoteAudit (\(reportSchema))\">\n<title>")
    out.append(html: options.title)
    out.append(string: "</title>\n<style>\n\(HTMLAssets.css)</style>\n</head>\n<body>\n")
    out.append("<script type=\"application/json\" id=\"notes-data\">[")
  }

  public func render(_ note: NoteAnalysis, text: NoteText?) -> RenderedNote {
    RenderedNote {
      HTMLNoteEncoding.append(note: note, snippets: text, options: options, into: &$0)
    }
  }

  public mutating func write(_ note: RenderedNote, into out: inout ReportBuffer) {
    if count > 0 { out.append(byte: UInt8(ascii: ",")) }
    count += 1
    out.append(byte: 0x0A)
    out.append(bytes: note.bytes)
  }

  public mutating func write(batch note: BatchNote, into out: inout ReportBuffer) {
    if batchCount == 0 { openBatch(into: &out) }
    out.append(batchCount == 0 ? "\n" : ",\n")
    batchCount += 1
    HTMLNoteEncoding.append(batch: note, options: options, into: &out)
  }

  /// Closes the notes' data and opens the batch section's.
  private func openBatch(into out: inout ReportBuffer) {
    out.append("]</script>\n<script type=\"application/json\" id=\"batch-data\">[")
  }

  public mutating func end(summary: AuditSummary, into out: inout ReportBuffer) {
    if batchCount == 0 { openBatch(into: &out) }
    out.append("]</script>\n<script type=\"application/json\" id=\"elements-data\">")
    out.appendJSONArray(ElementKind.allCases) { out, kind in
      out.appendJSONArray([kind.rawValue, kind.displayName]) { $0.append(jsonString: $1) }
    }
    out.append("</script>\n<header class=\"top\"><div class=\"wrap\"><h1>")
    out.append(html: options.title)
    out.append(
      string: "</h1><p class=\"sub\">\(summary.notes) notes audited · schema \(reportSchema)")
    if options.redact { out.append(" · evidence redacted") }
    out.append("</p></div></header>\n<main class=\"wrap\">\n")
    HTMLSummary.append(summary: summary, options: options, into: &out)
    out.append(string: HTMLAssets.notesSection)
    out.append(string: "<script>\n\(HTMLAssets.script)</script>\n</body>\n</html>\n")
  }
}

/// Each note as a compact JSON object for the page's script.
///
/// Keys: `id`, `p` provider, `c` clinic, `pt` patient, `d` date, `s` score, `g` grade, `m` missing
/// element keys, `cf` best-fitting code, `e` evidence `[kind, text, line, column, before, after]`,
/// `f` findings `[rule, severity, message, suggestion, line, column]` (0 when not located), and
/// with the text `t` segments `[text, classes]`. A batch entry is `{"id", "f", "k"}`: the findings
/// the batch adds and the clones `[other, similarity, kind, detail]`.
enum HTMLNoteEncoding {
  static func append(
    note: NoteAnalysis, snippets: NoteText?, options: ReportOptions, into out: inout ReportBuffer
  ) {
    out.append("{\"id\":")
    out.append(jsonString: note.id, htmlSafe: true)
    out.append(",\"p\":", jsonString: note.provider, htmlSafe: true)
    out.append(",\"c\":", jsonString: note.clinic, htmlSafe: true)
    out.append(",\"pt\":", jsonString: note.patientID, htmlSafe: true)
    out.append(",\"d\":", jsonString: note.date?.description, htmlSafe: true)
    out.append(",\"cf\":", jsonString: note.codeFit.best, htmlSafe: true)
    out.append(",\"s\":")
    out.append(int: note.score)
    out.append(",\"g\":", jsonString: note.grade.rawValue, htmlSafe: true)
    out.append(",\"m\":")
    out.appendJSONArray(note.missingElements) { $0.append(jsonString: $1.rawValue) }
    out.append(",\"e\":")
    var evidence: [(String, Evidence)] = []
    for (kind, result) in note.elementsInOrder {
      evidence += result.evidence.map { (kind.rawValue, $0) }
    }
    evidence += note.vaguePhrases.map { ("vague_phrase", $0) }
    out.appendJSONArray(evidence) { out, item in
      let shown = EvidenceDisplay(item.1, label: item.0, note: snippets, options: options)
      out.append(byte: UInt8(ascii: "["))
      out.append(jsonString: item.0, htmlSafe: true)
      out.append(byte: UInt8(ascii: ","))
      out.append(jsonString: shown.text, htmlSafe: true)
      out.append(byte: UInt8(ascii: ","))
      out.append(int: item.1.span.line)
      out.append(byte: UInt8(ascii: ","))
      out.append(int: item.1.span.column)
      out.append(byte: UInt8(ascii: ","))
      if let snippets {
        out.append(jsonSnippet: shown.before, of: snippets, htmlSafe: true)
        out.append(byte: UInt8(ascii: ","))
        out.append(jsonSnippet: shown.after, of: snippets, htmlSafe: true)
      } else {
        out.append("\"\",\"\"")
      }
      out.append(byte: UInt8(ascii: "]"))
    }
    out.append(",\"f\":")
    out.appendJSONArray(note.findings) { append(finding: $1, options: options, into: &$0) }
    if options.writesText, let text = snippets {
      out.append(",\"t\":")
      out.appendJSONArray(segments(of: text, note: note)) { out, segment in
        out.append(byte: UInt8(ascii: "["))
        out.append(jsonString: segment.text, htmlSafe: true)
        out.append(byte: UInt8(ascii: ","))
        out.append(jsonString: segment.classes, htmlSafe: true)
        out.append(byte: UInt8(ascii: "]"))
      }
    }
    out.append(byte: UInt8(ascii: "}"))
  }

  /// One entry of the batch section: `{"id", "f", "k"}`.
  static func append(batch note: BatchNote, options: ReportOptions, into out: inout ReportBuffer) {
    out.append("{\"id\":")
    out.append(jsonString: note.id, htmlSafe: true)
    out.append(",\"f\":")
    out.appendJSONArray(note.findings) { append(finding: $1, options: options, into: &$0) }
    out.append(",\"k\":")
    out.appendJSONArray(note.clones) { out, clone in
      out.append(byte: UInt8(ascii: "["))
      out.append(jsonString: clone.other, htmlSafe: true)
      out.append(byte: UInt8(ascii: ","))
      out.append(decimal: clone.similarity)
      out.append(byte: UInt8(ascii: ","))
      out.append(jsonString: clone.kind.rawValue, htmlSafe: true)
      out.append(byte: UInt8(ascii: ","))
      out.append(jsonString: clone.detail, htmlSafe: true)
      out.append(byte: UInt8(ascii: "]"))
    }
    out.append(byte: UInt8(ascii: "}"))
  }

  static func append(finding: Finding, options: ReportOptions, into out: inout ReportBuffer) {
    out.append(byte: UInt8(ascii: "["))
    for field in [
      finding.rule.rawValue, finding.severity.rawValue, finding.displayMessage(options),
      finding.suggestion,
    ] {
      out.append(jsonString: field, htmlSafe: true)
      out.append(byte: UInt8(ascii: ","))
    }
    out.append(int: finding.span?.line ?? 0)
    out.append(byte: UInt8(ascii: ","))
    out.append(int: finding.span?.column ?? 0)
    out.append(byte: UInt8(ascii: "]"))
  }

  /// The note text cut at every evidence and template boundary, each piece with the CSS classes
  /// of the marks covering it (`ev-assist_level`, `ev-vague_phrase`, `tpl`), so the page
  /// highlights without converting UTF-8 offsets to JavaScript's UTF-16 ones.
  static func segments(of text: NoteText, note: NoteAnalysis) -> [(text: String, classes: String)] {
    var marks: [(range: Range<Int>, label: String)] = []
    func mark(_ range: Range<Int>, _ label: String) {
      let lower = text.scalarStart(atOrBefore: range.lowerBound)
      let upper = text.scalarStart(atOrAfter: max(range.upperBound, lower))
      if lower < upper { marks.append((lower..<upper, label)) }
    }
    for range in text.templateSpans { mark(range, "tpl") }
    for (kind, result) in note.elementsInOrder {
      for evidence in result.evidence { mark(evidence.span.range, "ev ev-" + kind.rawValue) }
    }
    for evidence in note.vaguePhrases { mark(evidence.span.range, "ev ev-vague_phrase") }
    var cuts = Set([0, text.utf8.count])
    for m in marks {
      cuts.insert(m.range.lowerBound)
      cuts.insert(m.range.upperBound)
    }
    let sortedCuts = cuts.sorted()
    marks.sort { $0.range.lowerBound < $1.range.lowerBound }
    var segments: [(text: String, classes: String)] = []
    var active: [(range: Range<Int>, label: String)] = []
    var next = 0
    for (a, b) in zip(sortedCuts, sortedCuts.dropFirst()) {
      active.removeAll { $0.range.upperBound <= a }
      while next < marks.count, marks[next].range.lowerBound <= a {
        if marks[next].range.upperBound > a { active.append(marks[next]) }
        next += 1
      }
      var labels: [String] = []
      for m in active where !labels.contains(m.label) { labels.append(m.label) }
      segments.append(
        (String(decoding: text.utf8[a..<b], as: UTF8.self), labels.joined(separator: " ")))
    }
    return segments
  }
}
