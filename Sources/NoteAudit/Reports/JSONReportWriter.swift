/// The `json` format: one `noteaudit/3` document, `{"schema", "notes", "batch", "summary", "errors"}`.
///
/// Streams: the opening is written by `begin`, each note as it comes, the batch section, the
/// summary and the errors by `end`. Output is byte-identical for identical input (keys in a fixed
/// order, numbers with at most four decimals, no timings unless `AuditSummary.elapsedSeconds` is
/// set).
public struct JSONReportWriter: ReportWriter {
  public var options: ReportOptions
  private var count = 0
  private var batchCount = 0

  public init(options: ReportOptions = ReportOptions()) { self.options = options }

  public mutating func begin(into out: inout ReportBuffer) {
    out.append(string: "{\"schema\":\"\(reportSchema)\",\"notes\":[")
  }

  public func render(_ note: NoteAnalysis, text: NoteText?) -> RenderedNote {
    RenderedNote { JSONReportEncoding.append(note: note, text: text, options: options, into: &$0) }
  }

  public mutating func write(_ note: RenderedNote, into out: inout ReportBuffer) {
    out.append(count == 0 ? "\n" : ",\n")
    count += 1
    out.append(bytes: note.bytes)
  }

  /// An entry of `"batch":{"notes":[…]}`, one a line like the notes: `{"id", "clones", "findings"}`.
  public mutating func write(batch note: BatchNote, into out: inout ReportBuffer) {
    if batchCount == 0 { openBatch(into: &out) }
    out.append(batchCount == 0 ? "\n{\"id\":" : ",\n{\"id\":")
    batchCount += 1
    out.append(jsonString: note.id)
    out.append(byte: UInt8(ascii: ","))
    JSONReportEncoding.append(batchResults: note, options: options, into: &out)
    out.append(byte: UInt8(ascii: "}"))
  }

  /// Closes the notes and opens the batch section.
  private func openBatch(into out: inout ReportBuffer) {
    out.append(count == 0 ? "],\n\"batch\":{\"notes\":[" : "\n],\n\"batch\":{\"notes\":[")
  }

  public mutating func end(summary: AuditSummary, into out: inout ReportBuffer) {
    if batchCount == 0 { openBatch(into: &out) }
    out.append(batchCount == 0 ? "]},\n\"summary\":" : "\n]},\n\"summary\":")
    JSONReportEncoding.append(summary: summary, options: options, into: &out)
    out.append(",\n\"errors\":")
    JSONReportEncoding.append(errors: summary.errors, into: &out)
    out.append("}\n")
  }
}

/// The `jsonl` format: one note object per line as it is analysed, then one line per note the
/// batch found something about, `{"id": …, "batch": {"clones": […], "findings": […]}}`, then one
/// line `{"schema": "noteaudit/3", "summary": {...}, "errors": [...]}`.
public struct JSONLinesReportWriter: ReportWriter, Sendable {
  public var options: ReportOptions

  public init(options: ReportOptions = ReportOptions()) { self.options = options }

  public mutating func begin(into out: inout ReportBuffer) {}

  public func render(_ note: NoteAnalysis, text: NoteText?) -> RenderedNote {
    RenderedNote { out in
      JSONReportEncoding.append(note: note, text: text, options: options, into: &out)
      out.append(byte: 0x0A)
    }
  }

  public mutating func write(_ note: RenderedNote, into out: inout ReportBuffer) {
    out.append(bytes: note.bytes)
  }

  public mutating func write(batch note: BatchNote, into out: inout ReportBuffer) {
    out.append("{\"id\":")
    out.append(jsonString: note.id)
    out.append(",\"batch\":{")
    JSONReportEncoding.append(batchResults: note, options: options, into: &out)
    out.append("}}\n")
  }

  public mutating func end(summary: AuditSummary, into out: inout ReportBuffer) {
    out.append(string: "{\"schema\":\"\(reportSchema)\",\"summary\":")
    JSONReportEncoding.append(summary: summary, options: options, into: &out)
    out.append(",\"errors\":")
    JSONReportEncoding.append(errors: summary.errors, into: &out)
    out.append("}\n")
  }
}

/// The JSON objects of the `noteaudit/3` schema, written by hand into a byte buffer (several
/// times faster than `JSONEncoder`, and with a key order we control).
enum JSONReportEncoding {
  static func append(
    note: NoteAnalysis, text: NoteText?, options: ReportOptions, into out: inout ReportBuffer
  ) {
    out.append("{\"id\":")
    out.append(jsonString: note.id)
    out.append(",\"source\":", jsonString: note.origin?.description)
    out.append(",\"patient_id\":", jsonString: note.patientID)
    out.append(",\"provider\":", jsonString: note.provider)
    out.append(",\"clinic\":", jsonString: note.clinic)
    out.append(",\"date\":", jsonString: note.date?.description)
    out.append(",\"score\":")
    out.append(int: note.score)
    out.append(",\"grade\":\"")
    out.append(string: note.grade.rawValue)
    out.append("\",\"elements\":{")
    let elements = note.elementsInOrder.filter(\.result.present)
    for (i, (kind, result)) in elements.enumerated() {
      out.append(i == 0 ? "\"" : ",\"")
      out.append(string: kind.rawValue)
      out.append("\":")
      append(
        evidence: result.evidence[..<options.shown(result.evidence.count)], label: kind.rawValue,
        text: text, options: options, into: &out)
    }
    out.append(byte: UInt8(ascii: "}"))
    let more = elements.filter {
      options.shown($0.result.evidence.count) < $0.result.evidence.count
    }
    for (i, (kind, result)) in more.enumerated() {
      out.append(i == 0 ? ",\"more_evidence\":{\"" : ",\"")
      out.append(string: kind.rawValue)
      out.append("\":")
      out.append(int: result.evidence.count - options.shown(result.evidence.count))
    }
    if !more.isEmpty { out.append(byte: UInt8(ascii: "}")) }
    if let minutes = note.elements[.timedMinutes]?.values, !minutes.isEmpty {
      out.append(",\"minutes\":")
      out.appendJSONArray(minutes) { $0.append(int: $1) }
    }
    out.append(",\"code_fit\":{\"best\":")
    out.append(jsonString: note.codeFit.best)
    out.append(",\"scores\":")
    out.appendJSONObject(sortedByKey: note.codeFit.scores.filter { $0.value > 0 }) {
      out, _, score in out.append(decimal: score)
    }
    if options.tracesEvidence {
      append(codeFitEvidence: note.codeFit, text: text, options: options, into: &out)
    }
    out.append("},\"findings\":")
    append(findings: note.findings, options: options, into: &out)
    if options.writesText, let text { out.append(",\"text\":", jsonString: text.text) }
    out.append(byte: UInt8(ascii: "}"))
  }

  /// `,"evidence":{code → [evidence]}` and, when pieces were left out, `,"more_evidence":{code →
  /// count}`: what each code's fit score rests on (with `--evidence-context` only, since it
  /// repeats the elements' evidence).
  static func append(
    codeFitEvidence fit: CodeFit, text: NoteText?, options: ReportOptions,
    into out: inout ReportBuffer
  ) {
    out.append(",\"evidence\":")
    out.appendJSONObject(sortedByKey: fit.evidence) { out, code, evidence in
      append(
        evidence: evidence[..<options.shown(evidence.count)], label: "code_\(code)", text: text,
        options: options, into: &out)
    }
    let more = fit.evidence.filter { options.shown($0.value.count) < $0.value.count }
    if !more.isEmpty {
      out.append(",\"more_evidence\":")
      out.appendJSONObject(sortedByKey: more) { out, _, evidence in
        out.append(int: evidence.count - options.shown(evidence.count))
      }
    }
  }

  /// `"clones":[…],"findings":[…]`: what the batch found about a note (the inside of a JSON Lines
  /// batch line's `batch` object, and of an entry of the JSON report's `batch.notes`).
  static func append(
    batchResults note: BatchNote, options: ReportOptions, into out: inout ReportBuffer
  ) {
    out.append("\"clones\":")
    append(clones: note.clones, into: &out)
    out.append(",\"findings\":")
    append(findings: note.findings, options: options, into: &out)
  }

  static func append(findings: [Finding], options: ReportOptions, into out: inout ReportBuffer) {
    out.appendJSONArray(findings) { append(finding: $1, options: options, into: &$0) }
  }

  static func append(finding: Finding, options: ReportOptions, into out: inout ReportBuffer) {
    out.append("{\"rule\":")
    out.append(jsonString: finding.rule.rawValue)
    out.append(",\"severity\":\"")
    out.append(string: finding.severity.rawValue)
    out.append("\",\"message\":")
    out.append(jsonString: finding.displayMessage(options))
    if options.suggestions {
      out.append(",\"suggestion\":")
      out.append(jsonString: finding.suggestion)
    }
    if let span = finding.span {
      out.write(reserving: spanFieldsRoom + 10) { out in
        out.put(",\"span\":{")
        put(spanFields: span, into: &out)
        out.put(UInt8(ascii: "}"))
      }
    }
    out.append(byte: UInt8(ascii: "}"))
  }

  static func append(clones: [CloneMatch], into out: inout ReportBuffer) {
    out.appendJSONArray(clones) { out, clone in
      out.append("{\"other\":")
      out.append(jsonString: clone.other)
      out.append(",\"similarity\":")
      out.append(decimal: clone.similarity)
      out.append(",\"kind\":", jsonString: clone.kind.rawValue)
      out.append(",\"detail\":", jsonString: clone.detail.isEmpty ? nil : clone.detail)
      if clone.earlierRun {
        out.append(",\"date\":", jsonString: clone.date?.description)
        out.append(",\"earlier_run\":true")
      }
      out.append(byte: UInt8(ascii: "}"))
    }
  }

  /// The evidence list: each piece written into room reserved once for all its parts (a dozen
  /// pieces a piece of evidence, twenty pieces of evidence a note).
  static func append(
    evidence list: ArraySlice<Evidence>, label: @autoclosure () -> String, text: NoteText?,
    options: ReportOptions,
    into out: inout ReportBuffer
  ) {
    let note = text?.utf8 ?? []
    note.withUnsafeBufferPointer { note in
      out.appendJSONArray(list) { out, evidence in
        let shown = EvidenceDisplay(evidence, label: label(), note: text, options: options)
        let before = UnsafeBufferPointer(rebasing: note[shown.hasContext ? shown.before : 0..<0])
        let after = UnsafeBufferPointer(rebasing: note[shown.hasContext ? shown.after : 0..<0])
        var shownText = shown.text
        var entry = evidence.entryID
        shownText.withUTF8 { shownText in
          entry.withUTF8 { entry in
            let room =
              80 + spanFieldsRoom + ReservedBytes.jsonRoom(shownText.count)
              + ReservedBytes.jsonRoom(entry.count)
              + ReservedBytes.jsonRoom(before.count) + ReservedBytes.jsonRoom(after.count)
            out.write(reserving: room) { out in
              out.put("{\"text\":")
              out.put(jsonQuoted: shownText, htmlSafe: false)
              out.put(UInt8(ascii: ","))
              guard options.tracesEvidence else {
                put(offsets: evidence.span, into: &out)
                out.put(UInt8(ascii: "}"))
                return
              }
              put(spanFields: evidence.span, into: &out)
              if !entry.isEmpty {
                out.put(",\"entry\":")
                out.put(jsonQuoted: entry, htmlSafe: false)
              }
              if shown.hasContext {
                out.put(",\"before\":")
                out.put(jsonQuoted: before, htmlSafe: false, collapsingSpaces: true)
                out.put(",\"after\":")
                out.put(jsonQuoted: after, htmlSafe: false, collapsingSpaces: true)
              }
              out.put(UInt8(ascii: "}"))
            }
          }
        }
      }
    }
  }

  /// The most bytes `put(spanFields:into:)` writes.
  static let spanFieldsRoom = 40 + 4 * ReservedBytes.intRoom

  /// `"start":…,"end":…,"line":…,"column":…` (no braces: evidence adds its own fields).
  static func put(spanFields span: SourceSpan, into out: inout ReservedBytes) {
    put(offsets: span, into: &out)
    out.put(",\"line\":")
    out.put(int: span.line)
    out.put(",\"column\":")
    out.put(int: span.column)
  }

  /// `"start":…,"end":…`: where a piece of evidence is, all a default report says of it.
  static func put(offsets span: SourceSpan, into out: inout ReservedBytes) {
    out.put("\"start\":")
    out.put(int: span.start)
    out.put(",\"end\":")
    out.put(int: span.end)
  }

  static func append(summary: AuditSummary, options: ReportOptions, into out: inout ReportBuffer) {
    out.append("{\"notes\":")
    out.append(int: summary.notes)
    out.append(",\"bytes\":")
    out.append(int: summary.bytes)
    out.append(",\"mean_score\":")
    out.append(decimal: summary.meanScore, places: 1)
    if let elapsed = summary.elapsedSeconds {
      out.append(",\"elapsed_seconds\":")
      out.append(decimal: elapsed, places: 3)
    }
    append(grades: summary.grades, missing: summary.missing, into: &out)
    out.append(",\"vague_phrases\":")
    out.appendJSONArray(summary.vaguePhrasesByFrequency) { out, phrase in
      out.append("{\"text\":")
      out.append(jsonString: options.redact ? "[\(phrase.tally.entryID)]" : phrase.text)
      out.append(",\"entry\":", jsonString: phrase.tally.entryID)
      out.append(",\"count\":")
      out.append(int: phrase.tally.count)
      out.append(byte: UInt8(ascii: "}"))
    }
    out.append(",\"findings_by_rule\":")
    let countsByID = Dictionary(
      uniqueKeysWithValues: summary.findingsByRule.map { ($0.key.rawValue, $0.value) })
    out.appendJSONObject(sortedByKey: countsByID) { out, _, count in out.append(int: count) }
    out.append(",\"by_provider\":")
    append(groups: summary.byProvider, into: &out)
    out.append(",\"by_clinic\":")
    append(groups: summary.byClinic, into: &out)
    out.append(",\"clone_groups\":")
    out.appendJSONArray(summary.cloneGroups) { out, group in append(cloneGroup: group, into: &out) }
    out.append(",\"input_errors\":")
    out.append(int: summary.errorCount)
    out.append(byte: UInt8(ascii: "}"))
  }

  /// `{"id", "kind", "members", "similarity"}`: an entry of `summary.clone_groups`.
  static func append(cloneGroup group: CloneGroup, into out: inout ReportBuffer) {
    out.append("{\"id\":")
    out.append(jsonString: group.id)
    out.append(",\"kind\":", jsonString: group.kind.rawValue)
    out.append(",\"members\":")
    out.appendJSONArray(group.members) { $0.append(jsonString: $1) }
    out.append(",\"similarity\":")
    out.append(decimal: group.similarity)
    out.append(byte: UInt8(ascii: "}"))
  }

  /// `,"grades":{"strong":…,"adequate":…,"weak":…},"missing_elements":{one key per element}`.
  static func append(
    grades: [Grade: Int], missing: [ElementKind: Int], into out: inout ReportBuffer
  ) {
    out.append(",\"grades\":")
    out.appendJSONObject(keys: Grade.allCases.reversed().map(\.rawValue)) {
      $0.append(int: Grade(rawValue: $1).flatMap { grades[$0] } ?? 0)
    }
    out.append(",\"missing_elements\":")
    out.appendJSONObject(keys: ElementKind.allCases.map(\.rawValue)) {
      $0.append(int: ElementKind(rawValue: $1).flatMap { missing[$0] } ?? 0)
    }
  }

  static func append(groups: [String: GroupBreakdown], into out: inout ReportBuffer) {
    out.appendJSONObject(sortedByKey: groups) { out, _, group in
      out.append("{\"notes\":")
      out.append(int: group.notes)
      out.append(",\"mean_score\":")
      out.append(decimal: group.meanScore, places: 1)
      append(grades: group.grades, missing: group.missing, into: &out)
      out.append(byte: UInt8(ascii: "}"))
    }
  }

  static func append(errors: [InputError], into out: inout ReportBuffer) {
    out.appendJSONArray(errors) { out, error in
      out.append("{\"file\":")
      out.append(jsonString: error.origin.file)
      out.append(",\"line\":")
      if let line = error.origin.line { out.append(int: line) } else { out.append("null") }
      out.append(",\"message\":", jsonString: error.message)
      out.append(byte: UInt8(ascii: "}"))
    }
  }
}
