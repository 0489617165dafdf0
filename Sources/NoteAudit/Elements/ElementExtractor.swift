/// Turns context-aware lexicon hits into the eight documentation elements, vague phrases and code
/// signals.
///
/// What counts as "done today": a hit that is not negated, not a goal or plan, not history or prior
/// level of function, not done by someone else, not only reported by the patient and not a home
/// program. Some elements relax that on purpose: `goal_linkage` is goal language by nature (only
/// negation removes it), and `patient_response` and `objective_measure` may come from the patient's
/// own report ("pain 6/10 at rest").
///
/// Three elements are read from more than single hits:
/// - `timed_minutes` comes from the minutes the note states (`MinutesParser`): per-code minutes
///   when the note gives them, else the total timed, else minutes with no code, else the total
///   treatment time, else a time in/out span;
/// - `goal_linkage` also comes from purpose clauses that name a functional outcome
///   (`FunctionalLinks`: "to improve safety w/ bathroom transfers");
/// - `functional_task` entries marked `requires=outcome` (balance, stepping, reaching activities)
///   count only in a statement that names a functional outcome; elsewhere they are drills, and their
///   words are 97112 signals.
public struct ElementExtractor: Sendable {
  /// The categories of the lexicon this extractor was built for (the analyzer's), if any.
  let categories: HitCategories?

  public init() { categories = nil }

  /// An extractor for one lexicon's categories, resolved once rather than per note.
  init(categories: HitCategories) { self.categories = categories }

  /// The result of extraction, before scoring.
  public struct Extraction: Sendable {
    public var elements: [ElementKind: ElementResult]
    public var vaguePhrases: [Evidence]
    /// Weighted evidence per CPT code, for code fit.
    public var codeSignals: [String: (weight: Double, evidence: [Evidence])]
  }

  static let kinds = ElementKind.allCases

  /// Every element absent: copied per note and filled in.
  static let absent = Dictionary(uniqueKeysWithValues: kinds.map { ($0, ElementResult()) })

  /// The context modifiers that disqualify a hit, per element in `ElementKind.allCases` order.
  static let disqualifying: [ContextModifiers] = kinds.map { kind in
    switch kind {
    case .goalLinkage: [.negated]
    case .patientResponse: [.negated, .hypothetical, .historical, .otherPerson]
    case .objectiveMeasure: [.negated, .hypothetical, .historical, .otherPerson, .homeProgram]
    case .skilledIntervention: [.negated, .hypothetical, .historical, .otherPerson, .reported]
    default: [.negated, .hypothetical, .historical, .otherPerson, .reported, .homeProgram]
    }
  }

  /// The modifiers that keep a code signal from counting toward a code.
  static let notDelivered: ContextModifiers = [.negated, .hypothetical, .historical, .otherPerson, .homeProgram]

  /// - Parameter minutes: the note's minutes as the minutes parser reads them, when the caller has
  ///   them already (the analyzer parses once for elements and billing).
  public func extract(_ doc: NoteDocument, minutes: DocumentedMinutes? = nil) -> Extraction {
    let categories = categories?.resolved(for: doc.lexicon) ?? HitCategories(doc.lexicon)
    return extract(doc, categories: categories, minutes: minutes ?? MinutesParser.parse(doc, categories: categories))
  }

  func extract(_ doc: NoteDocument, categories: HitCategories, minutes documented: DocumentedMinutes) -> Extraction {
    let lexicon = doc.lexicon
    let attributes = lexicon.hitAttributes
    let links = FunctionalLinks(doc, categories: categories)
    // The hits that rule other hits out, gathered first: an element hit inside a vague phrase
    // ("pt instructed in HEP", "tolerated tx well") is part of the boilerplate, and a code signal
    // inside a functional activity ("balance tasks" of "balance tasks to improve safe transfers")
    // counts as that activity.
    var vagueRanges: [ClosedRange<Int>] = []
    var functionalActivities: [ClosedRange<Int>] = []
    // Statements where work was done today: a rating there is the patient's response to it.
    var workStatements: [Int32] = []
    for (n, match) in doc.matches.enumerated() {
      let category = categories.category(of: match)
      if category == categories.vaguePhrase {
        vagueRanges.append(match.tokenRange)
      } else if category == categories.functionalTask || category == categories.codeSignal {
        if category == categories.functionalTask, categories.requiresOutcome[Int(match.entry)], links.links(doc.statements[n]) {
          functionalActivities.append(match.tokenRange)
        }
        if doc.modifiers[n].isDisjoint(with: Self.notDelivered.union(.reported)), workStatements.last != doc.statements[n] {
          workStatements.append(doc.statements[n])
        }
      }
    }
    let minuteTokens = documented.stated.map(\.tokens)

    var evidence = [[Evidence]](repeating: [], count: Self.kinds.count)
    var vague: [Evidence] = []
    var signals: [CodeSignal] = []
    func credit(_ code: String, _ weight: Double, _ evidence: Evidence) {
      if let i = signals.firstIndex(where: { $0.code == code }) {
        signals[i].weight += weight
        signals[i].evidence.append(evidence)
      } else {
        signals.append(CodeSignal(code: code, weight: weight, evidence: [evidence]))
      }
    }
    var cursor = EvidenceCursor(doc)
    let goalLinkage = ElementKind.goalLinkage.ordinal
    let responseOrdinal = ElementKind.patientResponse.ordinal
    for (n, match) in doc.matches.enumerated() {
      // A list of goals under a "Goals:" / "STG:" header is the plan of care the session serves.
      if categories.isGoalsHeader[Int(match.entry)] {
        if ContextAnalyzer.isInHeaderPosition(match, in: doc.text), Self.listsGoals(after: match, in: doc.text) {
          evidence[goalLinkage].append(cursor.evidence(match))
        }
        continue
      }
      let category = categories.category(of: match)
      guard categories.isExtracted[Int(category)] else { continue }
      let mods = doc.modifiers[n]
      if let kind = categories.element[Int(category)] {
        guard kind != .timedMinutes, mods.isDisjoint(with: Self.disqualifying[kind.ordinal].union(categories.excludedBy[Int(match.entry)])),
          plausible(match, in: doc)
        else { continue }
        if vagueRanges.contains(where: { $0.contains(Int(match.first)) && $0.contains(Int(match.last)) }) { continue }
        if kind == .objectiveMeasure, minuteTokens.contains(where: { $0.overlaps(match.tokenRange) }) { continue }  // 16' of TherAct
        switch attributes[Int(match.entry)].requirement {
        case .content: if !Self.listsGoals(after: match, in: doc.text) { continue }
        case .notPronoun: if !Self.ratesTask(match, in: doc.text) { continue }
        case .statementEnd: if !Self.endsStatement(match, in: doc.text) { continue }
        case .none, .outcome: break
        }
        if kind == .functionalTask {
          let hit = attributes[Int(match.entry)]
          if hit.requiresOutcome && !functionalActivities.contains(match.tokenRange) { continue }  // a drill
          credit(hit.code ?? "97530", hit.weight, cursor.evidence(match))
        }
        let hit = cursor.evidence(match)
        // "Lateral hops over line x20 (pain 2/10)": a symptom rated during the work is how the
        // patient responded to it.
        if kind == .objectiveMeasure, categories.isSymptomRating[Int(match.entry)], workStatements.contains(doc.statements[n]),
          mods.isDisjoint(with: Self.disqualifying[responseOrdinal].union(.reported))
        {
          evidence[responseOrdinal].append(hit)
        }
        evidence[kind.ordinal].append(hit)
      } else if category == categories.goalPurpose {
        guard let link = links.link(purpose: n) else { continue }
        var span = match
        let outcome = doc.matches[link.outcome]
        span.first = min(match.first, outcome.first)
        span.last = max(match.last, outcome.last)
        evidence[goalLinkage].append(cursor.evidence(span))
      } else if category == categories.vaguePhrase {
        guard !mods.contains(.negated), mods.isDisjoint(with: categories.excludedBy[Int(match.entry)]) else { continue }
        if case .statementEnd = attributes[Int(match.entry)].requirement, !Self.endsStatement(match, in: doc.text) { continue }
        vague.append(cursor.evidence(match))
      } else if category == categories.codeSignal {
        guard mods.isDisjoint(with: Self.notDelivered), let code = attributes[Int(match.entry)].code else { continue }
        if functionalActivities.contains(where: { $0.overlaps(match.tokenRange) }) { continue }
        credit(code, attributes[Int(match.entry)].weight, cursor.evidence(match))
      }
    }
    var elements = Self.absent
    for kind in Self.kinds where !evidence[kind.ordinal].isEmpty {
      elements[kind] = ElementResult(evidence: evidence[kind.ordinal])
    }
    elements[.timedMinutes] = Self.timedMinutes(documented, in: doc)
    var codeSignals: [String: (weight: Double, evidence: [Evidence])] = [:]
    for signal in signals { codeSignals[signal.code] = (signal.weight, signal.evidence) }
    return Extraction(elements: elements, vaguePhrases: vague, codeSignals: codeSignals)
  }

  /// The timed-minutes element: the figures a reviewer takes as the visit's treatment minutes
  /// (`DocumentedMinutes.treatmentFigures`: per code, total timed, total treatment time); failing
  /// them a single time in/out span; failing that the durations of activities with no code.
  static func timedMinutes(_ documented: DocumentedMinutes, in doc: NoteDocument) -> ElementResult {
    let figures = documented.treatmentFigures
    if !figures.isEmpty { return ElementResult(evidence: figures.map(\.evidence), values: figures.map(\.minutes)) }
    if documented.timeRanges.count == 1, let range = documented.timeRanges.first, range.problem == nil {
      let text = EvidenceCursor.text(range.span.range, of: doc.text.bytes)
      return ElementResult(evidence: [Evidence(text: text, span: range.span, entryID: "minutes.time_range")], values: [range.minutes])
    }
    let activities = documented.activityFigures
    return ElementResult(evidence: activities.map(\.evidence), values: activities.map(\.minutes))
  }

  /// Words an assist level "I" is followed by; after the pronoun "I" comes a verb.
  static let afterAssistLetter: Set<UInt64> = Set(
    ["w", "with", "w/o", "without", "after", "for", "on", "in", "x", "at", "using", "including", "throughout", "and", "to", "from", "but",
     "level", "surfaces", "today", "all", "household", "community", "except", "once", "when", "via", "by", "set", "setup", "following",
     "or", "vs", "then", "now", "this", "w/c", "wc", "ADLs", "mobility", "transfers", "ambulation", "amb", "gait", "within", "once", "d/c"].map(TokenKey.of))

  /// Whether a bare capital `I` rates a task: nothing follows it in its sentence but punctuation,
  /// a number or a word assist levels are followed by.
  static func ratesTask(_ match: LexiconMatch, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    var i = Int(match.last) + 1
    while i < tokens.count, tokens[i].kind == .joiner { i += 1 }
    guard i < tokens.count, tokens[i].sentence == tokens[Int(match.last)].sentence, !tokens[i].flags.contains(.lineStart) else { return true }
    return tokens[i].kind != .word || afterAssistLetter.contains(tokens[i].key)
  }

  /// Whether nothing but punctuation follows a hit in its sentence (or before a `;`).
  static func endsStatement(_ match: LexiconMatch, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    var i = Int(match.last) + 1
    while i < tokens.count, tokens[i].sentence == tokens[Int(match.last)].sentence {
      if tokens[i].kind != .joiner && tokens[i].kind != .symbol { return false }
      if text.isByte(tokens[i], UInt8(ascii: ";")) { return true }
      i += 1
    }
    return true
  }

  /// Words that do not state a goal: "Goals: see POC", "Goals: ongoing", a template's "Goals: N/A".
  static let noGoalWords: Set<UInt64> = Set(
    ["see", "per", "poc", "plan", "of", "care", "eval", "evaluation", "above", "below", "ongoing", "same", "n", "a", "na", "tbd", "pending",
     "reviewed", "unchanged", "as", "continue", "cont", "in", "chart", "flowsheet", "initial", "ie", "prior", "note"].map(TokenKey.of))

  /// Whether a goals header or label ("Goals:", "LTG:") is followed by goals: at least two words or
  /// numbers that say something, on its line or, when it stands alone, on the next.
  static func listsGoals(after header: LexiconMatch, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    var i = Int(header.last) + 1
    var content = 0
    var lines = 0
    while i < tokens.count, content < 2 {
      if tokens[i].flags.contains(.lineStart) {
        lines += 1
        if lines > 1 || content > 0 { break }
      }
      if (tokens[i].kind == .word || tokens[i].kind == .number || tokens[i].kind == .ratio) && !noGoalWords.contains(tokens[i].key) { content += 1 }
      i += 1
    }
    return content >= 2
  }

  /// One code's signal weight and evidence while a note is read.
  struct CodeSignal {
    var code: String
    var weight: Double
    var evidence: [Evidence]
  }

  /// An entry with `range=LOW-HIGH` counts only when its slot value lies in that range, so
  /// `RR <num>` is a respiratory rate in "RR 18" but not in "MRN RR-40117".
  func plausible(_ match: LexiconMatch, in doc: NoteDocument) -> Bool {
    switch doc.lexicon.hitAttributes[Int(match.entry)].plausibility {
    case .any: return true
    case .never: return false
    case .within(let bounds): return doc.slotValue(match).map(bounds.contains) ?? false
    }
  }
}
