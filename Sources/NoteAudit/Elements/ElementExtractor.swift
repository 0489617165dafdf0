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

  /// The pass reads what each hit is from per-entry tables (`HitCategories`) and the rules' constants
  /// from locals read once. Every list is allocated once at its first element, with room for all the
  /// hits that could join it (counted in the first pass): grown by appends, the evidence lists were
  /// reallocated a dozen times a note. The elements are written into a copy of `absent` by index,
  /// without hashing a key.
  func extract(_ doc: NoteDocument, categories: HitCategories, minutes documented: DocumentedMinutes) -> Extraction {
    let matches = doc.matches
    let modifiers = doc.modifiers
    let statements = doc.statements
    let categoryOfEntry = categories.categoryOfEntry
    let elementOfCategory = categories.element
    let isExtracted = categories.isExtracted
    let isGoalsHeader = categories.isGoalsHeader
    let excludedBy = categories.excludedBy
    let requirement = categories.requirement
    let requiresOutcome = categories.requiresOutcome
    let signalCode = categories.signalCode
    let isSymptomRating = categories.isSymptomRating
    let (vaguePhrase, functionalTask, codeSignal, goalPurpose) =
      (categories.vaguePhrase, categories.functionalTask, categories.codeSignal, categories.goalPurpose)
    let disqualifying = Self.disqualifying
    let notDelivered = Self.notDelivered
    let links = FunctionalLinks(doc, categories: categories)
    let goalLinkage = ElementKind.goalLinkage.ordinal
    let responseOrdinal = ElementKind.patientResponse.ordinal
    // The hits that rule other hits out, gathered first: an element hit inside a vague phrase
    // ("pt instructed in HEP", "tolerated tx well") is part of the boilerplate, and a code signal
    // inside a functional activity ("balance tasks" of "balance tasks to improve safe transfers")
    // counts as that activity. With them, how many hits could join each list.
    var vagueRanges: [ClosedRange<Int>] = []
    var functionalActivities: [ClosedRange<Int>] = []
    var room = SIMD8<Int32>()
    var vagueRoom = 0
    var creditRoom = 0
    for n in matches.indices {
      let match = matches[n]
      let entry = Int(match.entry)
      if isGoalsHeader[entry] {
        room[goalLinkage] &+= 1
        continue
      }
      let category = categoryOfEntry[entry]
      if let kind = elementOfCategory[Int(category)] {
        room[kind.ordinal] &+= 1
        if isSymptomRating[entry] { room[responseOrdinal] &+= 1 }
      }
      if category == vaguePhrase {
        vagueRoom += 1
        if vagueRanges.isEmpty { vagueRanges.reserveCapacity(matches.count - n) }
        vagueRanges.append(match.tokenRange)
      } else if category == goalPurpose {
        room[goalLinkage] &+= 1
      } else if category == functionalTask || category == codeSignal {
        creditRoom += 1
        if category == functionalTask, requiresOutcome[entry], links.links(statements[n]) {
          functionalActivities.append(match.tokenRange)
        }
      }
    }

    var evidence: [[Evidence]] = []
    evidence.reserveCapacity(Self.kinds.count)
    for _ in Self.kinds { evidence.append([]) }
    func add(_ hit: consuming Evidence, to kind: Int) {
      if evidence[kind].isEmpty { evidence[kind].reserveCapacity(Int(room[kind])) }
      evidence[kind].append(hit)
    }
    var vague: [Evidence] = []
    var signals: [CodeSignal] = []
    func credit(_ code: Int16, _ weight: Double, _ evidence: consuming Evidence) {
      for i in signals.indices where signals[i].code == code {
        signals[i].weight += weight
        signals[i].evidence.append(evidence)
        return
      }
      if signals.isEmpty { signals.reserveCapacity(creditRoom) }
      var list: [Evidence] = []
      list.reserveCapacity(creditRoom)
      list.append(evidence)
      signals.append(CodeSignal(code: code, weight: weight, evidence: list))
    }
    var cursor = EvidenceCursor(doc)
    for n in matches.indices {
      let match = matches[n]
      let entry = Int(match.entry)
      // A list of goals under a "Goals:" / "STG:" header is the plan of care the session serves.
      if isGoalsHeader[entry] {
        if ContextAnalyzer.isInHeaderPosition(match, in: doc.text), Self.listsGoals(after: match, in: doc.text) {
          add(cursor.evidence(match), to: goalLinkage)
        }
        continue
      }
      let category = categoryOfEntry[entry]
      guard isExtracted[Int(category)] else { continue }
      let mods = modifiers[n]
      if let kind = elementOfCategory[Int(category)] {
        guard kind != .timedMinutes, mods.isDisjoint(with: disqualifying[kind.ordinal].union(excludedBy[entry])), plausible(match, in: doc, categories: categories)
        else { continue }
        if vagueRanges.contains(where: { $0.contains(Int(match.first)) && $0.contains(Int(match.last)) }) { continue }
        if kind == .objectiveMeasure, documented.stated.contains(where: { $0.tokens.overlaps(match.tokenRange) }) { continue }  // 16' of TherAct
        switch requirement[entry] {
        case .content: if !Self.listsGoals(after: match, in: doc.text) { continue }
        case .notPronoun: if !Self.ratesTask(match, in: doc.text) { continue }
        case .statementEnd: if !Self.endsStatement(match, in: doc.text) { continue }
        case .none, .outcome: break
        }
        if kind == .functionalTask && requiresOutcome[entry] && !functionalActivities.contains(match.tokenRange) { continue }  // a drill
        let hit = cursor.evidence(match)
        if kind == .functionalTask { credit(signalCode[entry], categories.weight[entry], hit) }
        // "Lateral hops over line x20 (pain 2/10)": a symptom rated during the work is how the
        // patient responded to it.
        if kind == .objectiveMeasure, isSymptomRating[entry], mods.isDisjoint(with: disqualifying[responseOrdinal].union(.reported)),
          Self.statementHasWork(statements[n], around: n, in: doc, categories: categories)
        {
          add(hit, to: responseOrdinal)
        }
        add(hit, to: kind.ordinal)
      } else if category == goalPurpose {
        guard let link = links.link(purpose: n) else { continue }
        var span = match
        let outcome = matches[link.outcome]
        span.first = min(match.first, outcome.first)
        span.last = max(match.last, outcome.last)
        add(cursor.evidence(span), to: goalLinkage)
      } else if category == vaguePhrase {
        guard !mods.contains(.negated), mods.isDisjoint(with: excludedBy[entry]) else { continue }
        if case .statementEnd = requirement[entry], !Self.endsStatement(match, in: doc.text) { continue }
        if vague.isEmpty { vague.reserveCapacity(vagueRoom) }
        vague.append(cursor.evidence(match))
      } else if category == codeSignal {
        guard mods.isDisjoint(with: notDelivered), signalCode[entry] >= 0 else { continue }
        if functionalActivities.contains(where: { $0.overlaps(match.tokenRange) }) { continue }
        credit(signalCode[entry], categories.weight[entry], cursor.evidence(match))
      }
    }
    var elements = Self.absent
    var index = elements.startIndex
    while index != elements.endIndex {
      let kind = elements.keys[index]
      if kind == .timedMinutes {
        elements.values[index] = Self.timedMinutes(documented, in: doc)
      } else if !evidence[kind.ordinal].isEmpty {
        elements.values[index] = ElementResult(evidence: evidence[kind.ordinal])
      }
      elements.formIndex(after: &index)
    }
    var codeSignals = [String: (weight: Double, evidence: [Evidence])](minimumCapacity: signals.count)
    for signal in signals { codeSignals[categories.codes[Int(signal.code)]] = (signal.weight, signal.evidence) }
    return Extraction(elements: elements, vaguePhrases: vague, codeSignals: codeSignals)
  }

  /// Whether work was done today in statement `statement` (a functional task or a code signal
  /// that was delivered and not only reported): a rating there is the patient's response to it.
  /// Hit `n` is in the statement, and a statement's hits are consecutive.
  static func statementHasWork(_ statement: Int32, around n: Int, in doc: NoteDocument, categories: HitCategories) -> Bool {
    let statements = doc.statements
    var first = n
    while first > 0, statements[first - 1] == statement { first -= 1 }
    var k = first
    while k < statements.count, statements[k] == statement {
      let category = categories.category(of: doc.matches[k])
      if category == categories.functionalTask || category == categories.codeSignal,
        doc.modifiers[k].isDisjoint(with: notDelivered.union(.reported))
      {
        return true
      }
      k += 1
    }
    return false
  }

  /// The timed-minutes element: the figures a reviewer takes as the visit's treatment minutes
  /// (`DocumentedMinutes.treatmentFigures`: per code, total timed, total treatment time); failing
  /// them a single time in/out span; failing that the durations of activities with no code.
  static func timedMinutes(_ documented: DocumentedMinutes, in doc: NoteDocument) -> ElementResult {
    let figures = documented.treatmentFigures
    if !figures.isEmpty { return ElementResult(evidence: figures.map(\.evidence), values: figures.map(\.minutes)) }
    if documented.timeRanges.count == 1, let range = documented.timeRanges.first, range.problem == nil {
      let text = doc.text.text(range.span.range)
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
    /// The code's number in `HitCategories.codes`.
    var code: Int16
    var weight: Double
    var evidence: [Evidence]
  }

  /// An entry with `range=LOW-HIGH` counts only when its slot value lies in that range, so
  /// `RR <num>` is a respiratory rate in "RR 18" but not in "MRN RR-40117".
  func plausible(_ match: LexiconMatch, in doc: NoteDocument, categories: HitCategories) -> Bool {
    switch categories.plausibility[Int(match.entry)] {
    case .any: return true
    case .never: return false
    case .within(let bounds): return doc.slotValue(match).map(bounds.contains) ?? false
    }
  }
}
