/// One note as a check or an audit reports it: its analysis with the note's own claim-line
/// findings and the rule overrides, whether it passes, and (when asked) why each word counted.
///
/// `Analyzer.check` makes one for a single note; `Auditor` makes one for every note of a batch,
/// with the same `AuditOptions`, so both say the same about a note. What only the whole batch
/// can tell (clones, visit sequences) is not here: it is `BatchFindings`, reported after the notes.
public struct CheckedNote: Sendable {
  /// The record the note came from (its text, for context snippets in a report).
  public var record: NoteRecord
  /// The analysis, with the findings about the note's own claim lines (modifiers) added when
  /// `AuditOptions.visits` is on, and `AuditOptions.rules` applied to every finding.
  public var analysis: NoteAnalysis
  /// Whether the note reaches `AuditOptions.passMark`.
  public var passes: Bool
  /// Every lexicon hit with its category and context, in text order, with
  /// `AuditOptions.explains`; nil otherwise.
  public var explanation: [HitExplanation]?

  /// The explanation as `noteaudit check --explain` prints it: one line a hit,
  /// `id:line:column: category entry 'text' [context]`; nil without one.
  public var explanationText: String? {
    explanation.map { hits in hits.map { "\(analysis.id):\($0)\n" }.joined() }
  }
}

extension Analyzer {
  /// Checks one note as `noteaudit check` reports it, without any batch machinery: the analysis,
  /// the note's own claim-line findings, the rule overrides, the pass mark and, with
  /// `options.explains`, the explanation (from the same tokens: the note is read once).
  ///
  /// ```swift
  /// let checked = analyzer.check(NoteRecord(id: "note.txt", text: text), options: options)
  /// if !checked.passes { print(checked.analysis.findings.map(\.message)) }
  /// ```
  ///
  /// Checks across notes (clones, visit sequences) need a batch: `Auditor`.
  public func check(_ record: NoteRecord, options: AuditOptions = AuditOptions()) -> CheckedNote {
    let (doc, truncatedFrom) = document(for: record.text)
    return check(doc, record: record, truncatedFrom: truncatedFrom, options: options).note
  }

  /// `check(_:options:)` over a note's document, also returning what the batch's visit-sequence
  /// checks keep of it (`Auditor` reuses the document for its fingerprint).
  func check(
    _ doc: NoteDocument, record: NoteRecord, truncatedFrom: Int?, options: AuditOptions
  ) -> (note: CheckedNote, visit: VisitFacts) {
    var (analysis, visit) = assess(doc, record: record, truncatedFrom: truncatedFrom)
    if options.visits != nil { analysis.findings += VisitSequenceChecker.lineFindings(visit) }
    analysis.findings = options.rules.apply(to: analysis.findings)
    let explanation =
      options.explains
      ? extractor.explanation(of: doc, minutes: MinutesParser.parse(doc, categories: categories))
      : nil
    let note = CheckedNote(
      record: record, analysis: analysis, passes: options.passMark.passes(analysis),
      explanation: explanation)
    return (note, visit)
  }
}
