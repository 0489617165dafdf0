/// The single-note pipeline: tokenizer → lexicon → context → elements → scorer.
///
/// An `Analyzer` is immutable and `Sendable`: build it once (loading and compiling the lexicons) and
/// call `analyze` from any number of threads.
///
/// ```swift
/// let analyzer = try Analyzer.bundled()
/// let result = analyzer.analyze(NoteRecord(id: "note.txt", text: "Pt performed sit to stand x5 with CGA ..."))
/// print(result.grade, result.score)
/// ```
public final class Analyzer: Sendable {
  package let lexicon: Lexicon
  public let rubrics: RubricSet
  /// Problems found while loading lexicons and rubrics (the analyzer still works).
  public let problems: [LexiconProblem]
  /// Notes longer than this are analysed up to the limit (at a UTF-8 boundary) with `note.truncated`;
  /// never more than `Int32.max` bytes, since token offsets are 32-bit.
  public let maxNoteBytes: Int
  let context: ContextAnalyzer
  /// The lexicon's categories as the stages after context read them, resolved once.
  let categories: HitCategories
  let extractor: ElementExtractor
  let scorer = Scorer()
  let vagueSuggestions: [String: String]
  /// `rubrics` with each rubric's rules per element, with their keys: a handful, so a list
  /// compared in place (short code strings compare without hashing) rather than a dictionary.
  let scoringRubrics: [(code: String, rubric: ScoringRubric)]
  /// The rubric of `rubrics.defaultCode`.
  let defaultScoringRubric: ScoringRubric

  /// How minutes become units: a default method and per-payer exceptions.
  public let billing: BillingPolicy

  public static let defaultMaxNoteBytes = 1 << 20

  package init(
    lexicon: Lexicon, rubrics: RubricSet, problems: [LexiconProblem] = [],
    maxNoteBytes: Int = Analyzer.defaultMaxNoteBytes,
    billing: BillingPolicy = BillingPolicy()
  ) {
    precondition(
      rubrics.rubrics[rubrics.defaultCode] != nil,
      "the rubric set has no rubric for its default code \(rubrics.defaultCode)")
    self.lexicon = lexicon
    self.rubrics = rubrics
    self.problems = problems
    self.maxNoteBytes = min(max(1, maxNoteBytes), Int(Int32.max))
    self.billing = billing
    self.context = ContextAnalyzer(lexicon: lexicon)
    self.categories = HitCategories(lexicon)
    self.extractor = ElementExtractor(categories: categories)
    var suggestions: [String: String] = [:]
    for entry in lexicon.entries where entry.category == "vague_phrase" {
      if let s = entry.attributes["suggestion"] { suggestions[entry.id] = s }
    }
    self.vagueSuggestions = suggestions
    let scoringRubrics = rubrics.rubrics.map { (code: $0.key, rubric: ScoringRubric($0.value)) }
    self.scoringRubrics = scoringRubrics
    // checked above
    self.defaultScoringRubric = scoringRubrics.first { $0.code == rubrics.defaultCode }!.rubric
  }

  /// Why an analyzer could not be built at all.
  public enum LoadError: Error, CustomStringConvertible {
    case lexiconsNotFound
    case noRubric(String)

    public var description: String {
      switch self {
      case .lexiconsNotFound:
        "the bundled lexicons were not found (set NOTEAUDIT_LEXICONS or pass --lexicons DIR; see README 'Install')"
      case .noRubric(let code): "no rubric for code \(code) in rubrics.json"
      }
    }
  }

  /// An analyzer over the bundled lexicons plus `extraDirectories` (later folders override by id).
  public static func bundled(
    extraDirectories: [String] = [], maxNoteBytes: Int = defaultMaxNoteBytes,
    billing: BillingPolicy = BillingPolicy()
  ) throws(LoadError) -> Analyzer {
    guard let bundled = LexiconLocator.bundledDirectory() else { throw .lexiconsNotFound }
    return try load(
      directories: [bundled] + extraDirectories, maxNoteBytes: maxNoteBytes, billing: billing)
  }

  /// An analyzer over exactly these lexicon folders.
  public static func load(
    directories: [String], maxNoteBytes: Int = defaultMaxNoteBytes,
    billing: BillingPolicy = BillingPolicy()
  ) throws(LoadError) -> Analyzer {
    let loaded = LexiconLoader.load(directories: directories)
    let (rubrics, rubricProblems) = RubricSet.load(directories: directories)
    guard rubrics.rubrics[rubrics.defaultCode] != nil else { throw .noRubric(rubrics.defaultCode) }
    return Analyzer(
      lexicon: loaded.lexicon, rubrics: rubrics, problems: loaded.problems + rubricProblems,
      maxNoteBytes: maxNoteBytes,
      billing: billing)
  }

  /// Tokenizes, matches and resolves context for one note text (cut to `maxNoteBytes`).
  package func document(for text: String) -> (document: NoteDocument, truncatedFrom: Int?) {
    var truncatedFrom: Int?
    let document = document(for: text, truncatedFrom: &truncatedFrom)
    return (document, truncatedFrom)
  }

  /// `document(for:)` with the original length of a cut note written to `truncatedFrom`: held
  /// in a tuple, the document was destroyed through the runtime's generic tuple destroy.
  func document(for text: String, truncatedFrom: inout Int?) -> NoteDocument {
    var bytes = Array(text.utf8)
    if bytes.count > maxNoteBytes {
      truncatedFrom = bytes.count
      var cut = maxNoteBytes
      while cut > 0 && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
      bytes.removeSubrange(cut...)
    }
    return NoteDocument(text: TokenizedText(bytes: bytes), lexicon: lexicon, context: context)
  }

  /// Every lexicon hit of a note with its category, its context and what the element stage decided
  /// about it: what `noteaudit check --explain` prints.
  public func explanation(for text: String) -> [HitExplanation] {
    var truncatedFrom: Int?
    let doc = document(for: text, truncatedFrom: &truncatedFrom)
    return extractor.explanation(of: doc, minutes: MinutesParser.parse(doc, categories: categories))
  }

  /// The rubric for a record: the billed code when it has one, else the default.
  public func rubric(for record: NoteRecord) -> Rubric { scoringRubric(for: record).rubric }

  /// A rubric with its rules per element (`Scorer.elementRules`), shared rather than copied per
  /// note (a `Rubric` is a struct of dictionaries and strings).
  final class ScoringRubric: Sendable {
    let rubric: Rubric
    let rules: [Rubric.ElementRule?]

    init(_ rubric: Rubric) {
      self.rubric = rubric
      self.rules = Scorer.elementRules(rubric)
    }
  }

  /// The rubric for a record with its rules per element.
  func scoringRubric(for record: NoteRecord) -> ScoringRubric {
    for service in record.cpt {
      if let rubric = scoringRubrics.first(where: { $0.code == service.code }) {
        return rubric.rubric
      }
    }
    return defaultScoringRubric
  }

  /// Analyses one note.
  public func analyze(_ record: NoteRecord) -> NoteAnalysis {
    var truncatedFrom: Int?
    let doc = document(for: record.text, truncatedFrom: &truncatedFrom)
    let categories = categories.resolved(for: doc.lexicon)
    return audit(
      doc, record: record, categories: categories, truncatedFrom: truncatedFrom,
      minutes: MinutesParser.parse(doc, categories: categories, unitsInText: record.cpt.isEmpty))
  }

  /// Analyses one note and collects the facts the batch-level visit checks need.
  package func assess(_ doc: NoteDocument, record: NoteRecord, truncatedFrom: Int? = nil) -> (
    analysis: NoteAnalysis, visit: VisitFacts
  ) {
    let categories = categories.resolved(for: doc.lexicon)
    let minutes = MinutesParser.parse(doc, categories: categories, unitsInText: record.cpt.isEmpty)
    let analysis = audit(
      doc, record: record, categories: categories, truncatedFrom: truncatedFrom, minutes: minutes)
    let facts = ClinicalFacts(doc, categories: categories)
    let visit = VisitFacts(
      record: record, isProgressReport: facts.isProgressReport,
      isReevaluation: facts.isReevaluation,
      hasObjectiveMeasure: analysis.element(.objectiveMeasure).present,
      objectiveValues: facts.objectiveValues,
      timedMinutes: minutes.totalTimed ?? minutes.perCode.reduce(0) { $0 + $1.minutes })
    return (analysis, visit)
  }

  /// One note's analysis with its units audit, both reading `minutes` (parsed once; its
  /// `unitsInText` is needed only when the record has no claim lines). Returns the
  /// analysis alone: returned in a tuple with the minutes, it was copied out of it per note.
  func audit(
    _ doc: NoteDocument, record: NoteRecord, categories: HitCategories, truncatedFrom: Int?,
    minutes: DocumentedMinutes
  ) -> NoteAnalysis {
    var analysis = analyze(
      doc, record: record, categories: categories, truncatedFrom: truncatedFrom, minutes: minutes)
    // Without claim data, the units the note itself states are the claim to check.
    let claim = record.cpt.isEmpty ? minutes.unitsInText : record.cpt
    UnitsAudit.audit(
      claim: claim, documented: minutes, method: billing.method(forPayer: record.payer),
      into: &analysis.findings)
    return analysis
  }

  /// Codes the note itself names as delivered today ("Gait trng (97116) x 23 min", "TherAct: 23'"),
  /// for notes that come without claim data.
  package func documentedCodes(_ doc: NoteDocument) -> [String] {
    documentedCodes(doc, categories: categories.resolved(for: doc.lexicon))
  }

  func documentedCodes(_ doc: NoteDocument, categories: HitCategories) -> [String] {
    var codes: [String] = []
    let notToday: ContextModifiers = [.negated, .hypothetical, .historical]
    for (n, match) in doc.matches.enumerated()
    where categories.category(of: match) == categories.codeName
      && doc.modifiers[n].isDisjoint(with: notToday)
    {
      if let code = doc.lexicon.hitAttributes[Int(match.entry)].code, !codes.contains(code) {
        codes.append(code)
      }
    }
    return codes
  }

  /// Scores an already built document (the batch auditor reuses the document for billing and
  /// similarity).
  package func analyze(
    _ doc: NoteDocument, record: NoteRecord, truncatedFrom: Int? = nil,
    minutes: DocumentedMinutes? = nil
  ) -> NoteAnalysis {
    let categories = categories.resolved(for: doc.lexicon)
    return analyze(
      doc, record: record, categories: categories, truncatedFrom: truncatedFrom,
      minutes: minutes ?? MinutesParser.parse(doc, categories: categories))
  }

  func analyze(
    _ doc: NoteDocument, record: NoteRecord, categories: HitCategories, truncatedFrom: Int?,
    minutes: DocumentedMinutes
  ) -> NoteAnalysis {
    let extraction = extractor.extract(doc, categories: categories, minutes: minutes)
    let scoring = scoringRubric(for: record)
    // Counted by the tokenizer as it cut the note.
    let words = doc.text.wordCount
    let invalid = doc.text.firstInvalid >= 0 ? doc.text.tokens[doc.text.firstInvalid] : nil
    var billed: [String] = []
    if record.cpt.isEmpty {
      billed = documentedCodes(doc, categories: categories).filter { Scorer.fitCodes.contains($0) }
    } else {
      // Sized for every claim line at once: grown by appends, it was reallocated once a line or two.
      billed.reserveCapacity(record.cpt.count)
      for service in record.cpt where Scorer.fitCodes.contains(service.code) {
        billed.append(service.code)
      }
    }
    var outcome = scorer.score(
      extraction, rubric: scoring.rubric, rules: scoring.rules, billedCodes: billed,
      wordCount: words, vagueSuggestions: vagueSuggestions)
    if !extraction.setAside.isEmpty {
      Scorer.pointMissing(
        &outcome.findings, at: extraction.setAside, in: doc, categories: categories)
    }
    if truncatedFrom != nil || record.truncated {
      let size = truncatedFrom.map { "\($0) bytes" } ?? "longer than the limit"
      outcome.findings.insert(
        Finding(
          rule: .noteTruncated, severity: .warning,
          message:
            "the note is \(size); only the first \(doc.text.bytes.count) bytes were analysed (--max-note-bytes)",
          suggestion:
            "Split very long documents into one note per visit, or raise --max-note-bytes."), at: 0)
    }
    if invalid != nil || record.invalidUTF8 {
      outcome.findings.insert(
        Finding(
          rule: .noteInvalidUTF8, severity: .info,
          message: "the note contains bytes that are not valid UTF-8 (shown as \u{FFFD})",
          suggestion: "Export notes as UTF-8.", span: invalid.map { doc.text.span($0.range) }),
        at: 0)
    }
    var analysis = NoteAnalysis(
      id: record.id, score: outcome.score, grade: outcome.grade, elements: extraction.elements,
      vaguePhrases: extraction.vaguePhrases, codeFit: outcome.codeFit, findings: outcome.findings,
      byteCount: doc.text.bytes.count)
    // Unwrapped and set only when present: an optional copied whole went through a shared
    // outlined copy that looks the optional's type up at run time (~100 instructions each).
    if let patientID = record.patientID { analysis.patientID = patientID }
    if let provider = record.provider { analysis.provider = provider }
    if let clinic = record.clinic { analysis.clinic = clinic }
    analysis.date = record.date
    analysis.origin = record.origin
    return analysis
  }
}
