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
package struct ElementExtractor: Sendable {
  /// The categories of the lexicon this extractor was built for (the analyzer's), if any.
  let categories: HitCategories?

  package init() { categories = nil }

  /// An extractor for one lexicon's categories, resolved once rather than per note.
  init(categories: HitCategories) { self.categories = categories }

  /// The result of extraction, before scoring.
  package struct Extraction: Sendable {
    package var elements: [ElementKind: ElementResult]
    package var vaguePhrases: [Evidence]
    /// Weighted evidence per CPT code, for code fit.
    package var codeSignals: [String: (weight: Double, evidence: [Evidence])]
    /// The first hit of each element that its context kept from counting: what the element's
    /// "missing" finding points at, if the element is missing.
    package var setAside = SetAsideHits()
  }

  static let kinds = ElementKind.allCases

  /// Every element absent: copied per note and filled in.
  static let absent = Dictionary(uniqueKeysWithValues: kinds.map { ($0, ElementResult()) })

  /// The context modifiers that disqualify a hit, per element in `ElementKind.allCases` order.
  static let disqualifying: [ContextModifiers] = kinds.map { kind in
    switch kind {
    case .goalLinkage: [.negated]
    case .patientResponse: [.negated, .hypothetical, .historical, .otherPerson, .examined]
    case .objectiveMeasure: [.negated, .hypothetical, .historical, .otherPerson, .homeProgram]
    case .skilledIntervention:
      [.negated, .hypothetical, .historical, .otherPerson, .reported, .examined]
    // A report's assist levels and cues are findings of its examination, as a daily note's are.
    case .assistLevel, .cueing:
      [.negated, .hypothetical, .historical, .otherPerson, .reported, .homeProgram]
    default:
      [.negated, .hypothetical, .historical, .otherPerson, .reported, .homeProgram, .examined]
    }
  }

  /// An empty table of code signals with room for a note's, copied per note: made afresh, the
  /// table's storage type was looked up at run time (the stdlib merges the specialisations of
  /// `Dictionary(minimumCapacity:)`), which cost as much as the note's inserts.
  static let noSignals = [String: (weight: Double, evidence: [Evidence])](
    minimumCapacity: HitCategories.listRoom)

  /// The modifiers that keep a code signal from counting toward a code.
  static let notDelivered: ContextModifiers = [
    .negated, .hypothetical, .historical, .otherPerson, .homeProgram,
  ]

  /// - Parameter minutes: the note's minutes as the minutes parser reads them, when the caller has
  ///   them already (the analyzer parses once for elements and billing).
  package func extract(_ doc: NoteDocument, minutes: DocumentedMinutes? = nil) -> Extraction {
    let categories = categories?.resolved(for: doc.lexicon) ?? HitCategories(doc.lexicon)
    return extract(
      doc, categories: categories,
      minutes: minutes ?? MinutesParser.parse(doc, categories: categories))
  }

  /// One pass over the hits. What each hit is comes from one per-entry table
  /// (`HitCategories.elementRole`) and the rules' tables and constants from locals read once.
  /// The hits that rule others out are followed as the pass goes instead of gathered first: an
  /// element hit inside a vague phrase ("pt instructed in HEP", "tolerated tx well") is part of
  /// the boilerplate, and a code signal inside a functional activity ("balance tasks" of "balance
  /// tasks to improve safe transfers") counts as that activity. Hits come in text order, so a
  /// phrase that contains a hit either came before it (and reaches past its end) or starts at the
  /// same token and comes after it. Each list is allocated at its first element
  /// (`HitCategories.listRoom`), and the elements are written into a copy of `absent` by index,
  /// without hashing a key.
  func extract(
    _ doc: NoteDocument, categories: HitCategories, minutes documented: DocumentedMinutes
  ) -> Extraction {
    let matches = doc.matches
    let modifiers = doc.modifiers
    let statements = doc.statements
    let roles = categories.elementRole
    let excludedBy = categories.excludedBy
    let requirement = categories.requirement
    let requiresOutcome = categories.requiresOutcome
    let linkRole = categories.linkRole
    let signalCode = categories.signalCode
    let weight = categories.weight
    let isSymptomRating = categories.isSymptomRating
    let plausibility = categories.plausibility
    let maskTargets = categories.maskTargets
    let disqualifying = Self.disqualifying
    let notDelivered = Self.notDelivered
    let listRoom = HitCategories.listRoom
    // The goal links, found when a hit first needs them: a note with no purpose clause and no
    // activity that needs one (four in ten of the benchmark's) is spared the search.
    var foundLinks: FunctionalLinks?
    func links() -> FunctionalLinks {
      if let foundLinks { return foundLinks }
      let links = FunctionalLinks(doc, categories: categories)
      foundLinks = links
      return links
    }
    let goalLinkage = ElementKind.goalLinkage.ordinal
    let responseOrdinal = ElementKind.patientResponse.ordinal

    /// Whether hit `k` is a functional activity: a dynamic task in a statement that names a
    /// functional outcome.
    func isActivity(_ k: Int) -> Bool {
      guard case .element(.functionalTask) = roles[Int(matches[k].entry)] else { return false }
      return requiresOutcome[Int(matches[k].entry)] && links().links(statements[k])
    }
    /// Whether a hit after element hit `n` that starts where it does contains it as a vague phrase
    /// (a first token's hits come shortest first), or masks its kind (`bit`) as a `not_element`
    /// phrase: one walk for both. A vague phrase counts here only when its `requires=` is met: "PT
    /// instructed" with the breathing taught after it is no bare "Pt instructed", and the
    /// instruction stands.
    func phraseAfter(_ n: Int, _ bit: UInt16, vague: Bool) -> Bool {
      var k = n + 1
      while k < matches.count, matches[k].first == matches[n].first {
        switch roles[Int(matches[k].entry)] {
        case .vaguePhrase:
          if vague, Self.meets(requirement[Int(matches[k].entry)], matches[k], in: doc.text) {
            return true
          }
        case .mask: if maskTargets[Int(matches[k].entry)] & bit != 0 { return true }
        default: break
        }
        k += 1
      }
      return false
    }
    /// Whether a functional activity after hit `n` overlaps it.
    func activityAfter(_ n: Int) -> Bool {
      var k = n + 1
      while k < matches.count, matches[k].first <= matches[n].last {
        if isActivity(k) { return true }
        k += 1
      }
      return false
    }

    var evidence = ElementEvidence()
    var setAside = SetAsideHits()
    func add(_ hit: consuming Evidence, to kind: Int) { evidence.append(hit, to: kind) }
    var vague: [Evidence] = []
    var signals: [CodeSignal] = []
    func credit(_ code: Int16, _ weight: Double, _ evidence: consuming Evidence) {
      for i in signals.indices where signals[i].code == code {
        signals[i].weight += weight
        signals[i].evidence.append(evidence)
        return
      }
      if signals.isEmpty { signals.reserveCapacity(listRoom) }
      var list: [Evidence] = []
      list.reserveCapacity(listRoom)
      list.append(evidence)
      signals.append(CodeSignal(code: code, weight: weight, evidence: list))
    }
    // The furthest last token of the vague phrases and of the functional activities met so far.
    var vagueReach = -1
    var activityReach = -1
    // The furthest last token of the element hits counted so far, and of the goal links.
    var contentReach = -1
    var linkReach = -1
    // The furthest last token of the `not_element` phrases met so far, and the element kinds they
    // mask (of the phrases reaching that far: masks are rare and seldom overlap). A hit that starts
    // inside such a phrase is masked ("son required 2 verbal cues for guarding": the `cues for`).
    var maskReach = -1
    var maskKinds: UInt16 = 0
    /// Whether element hit `n` is masked for the element of `bit`: it starts inside a
    /// `not_element` phrase met before it, or one that starts where it does (`phraseAfter`, which
    /// also reports a vague phrase containing it when `vague`).
    func masked(_ n: Int, _ bit: UInt16, vague: Bool) -> Bool {
      maskReach >= Int(matches[n].first) && maskKinds & bit != 0
        || phraseAfter(n, bit, vague: vague)
    }
    var cursor = EvidenceCursor(doc)
    for n in matches.indices {
      let match = matches[unchecked: n]
      let entry = Int(match.entry)
      switch roles[unchecked: entry] {
      case .none: continue
      case .goalsHeader:
        // A list of goals under a "Goals:" / "STG:" header is the plan of care the session serves
        // (not one sent elsewhere: "Goals: see initial eval", a `not_element` phrase).
        if ContextAnalyzer.isInHeaderPosition(match, in: doc.text),
          Self.listsGoals(after: match, in: doc.text),
          !Self.labelsEmptyField(match, in: doc.text),
          !phraseAfter(n, 1 << UInt16(goalLinkage), vague: false)
        {
          add(cursor.evidence(match), to: goalLinkage)
        }
      case .element(let kind):
        let activity = isActivity(n)
        if activity { activityReach = max(activityReach, Int(match.last)) }
        let mods = modifiers[n]
        guard mods.isDisjoint(with: disqualifying[kind.ordinal].union(excludedBy[entry])) else {
          setAside.note(n, of: kind.ordinal)
          continue
        }
        switch plausibility[entry] {
        case .any: break
        case .never: continue
        case .within(let bounds):
          // A joint's arc from zero is its range's end: "flex AROM 0-132" (the same words with
          // one value, "flex AROM 95", are the entry the walk keeps over `measure.rom_arc`).
          guard let value = doc.slotValue(match),
            bounds.contains(value) || Self.isArc(match, in: doc.text)
          else { continue }
        }
        let bit: UInt16 = 1 << UInt16(kind.ordinal)
        // A particular task named in boilerplate ("Worked on transfers.", "Gait training
        // performed") is still the task a reviewer reads (it is vague as well); "functional
        // activities performed" names none (`outcome=no`).
        let named = kind == .functionalTask && linkRole[entry] == .outcome
        if !named && vagueReach >= Int(match.last) || masked(n, bit, vague: !named) {
          continue
        }
        // A goal phrase inside the goal link counted before it is that link's evidence again:
        // "in prep for RTW" holds "for RTW".
        if kind == .goalLinkage && linkReach >= Int(match.last) { continue }
        if kind == .objectiveMeasure,
          documented.stated.contains(where: { $0.tokens.overlaps(match.tokenRange) })
        {
          continue
        }  // 16' of TherAct
        if !Self.meets(requirement[entry], match, in: doc.text) { continue }
        if Self.followsEmptyBox(match, in: doc.text) || Self.labelsEmptyField(match, in: doc.text) {
          continue
        }
        if kind == .functionalTask && requiresOutcome[entry] && !activity { continue }  // a drill
        // Walking with no dose is a status, unless its statement says what the walk is for ("cone
        // taps during amb to simulate stepping around clutter at home").
        if case .dosage = requirement[entry],
          !Self.statementHasDosage(statements[n], around: n, in: doc, categories: categories),
          !Self.headsDosedLine(n, in: doc, categories: categories),
          !links().links(statements[n])
        {
          continue
        }
        if case .pair = requirement[entry],
          !Self.statementHasPair(statements[n], around: n, in: doc, categories: categories)
        {
          continue
        }
        if case .bracketed = requirement[entry],
          !Self.isEarlierValueInBrackets(n, in: doc, categories: categories, minutes: documented)
        {
          continue
        }
        let hit = cursor.evidence(match)
        if kind == .functionalTask { credit(signalCode[entry], weight[entry], hit) }
        // "Lateral hops over line x20 (pain 2/10)": a symptom rated during the work is how the
        // patient responded to it (unless a phrase masks it as a response: "dizziness 3/10 on
        // arrival").
        if kind == .objectiveMeasure, isSymptomRating[entry],
          mods.isDisjoint(with: disqualifying[responseOrdinal].union(.reported)),
          !masked(n, 1 << UInt16(responseOrdinal), vague: false),
          Self.statementHasWork(statements[n], around: n, in: doc, categories: categories)
        {
          add(hit, to: responseOrdinal)
        }
        add(hit, to: kind.ordinal)
        contentReach = max(contentReach, Int(match.last))
      case .goalPurpose:
        // A `not_element` phrase that names purposes in its targets takes the link: "to return
        // demonstrate" names no return.
        guard !masked(n, HitCategories.purposeMask, vague: false),
          let link = links().link(purpose: n)
        else { continue }
        var span = match
        let outcome = matches[link.outcome]
        span.first = min(match.first, outcome.first)
        span.last = max(match.last, outcome.last)
        add(cursor.evidence(span), to: goalLinkage)
        linkReach = max(linkReach, Int(span.last))
      case .vaguePhrase:
        if Self.followsEmptyBox(match, in: doc.text) { continue }
        // Boilerplate words inside a longer element that began before them are its content:
        // "FALL PREVENTION EDUCATION PROVIDED" names what was taught.
        if contentReach >= Int(match.last) { continue }
        vagueReach = max(vagueReach, Int(match.last))
        let mods = modifiers[n]
        guard !mods.contains(.negated), mods.isDisjoint(with: excludedBy[entry]) else { continue }
        if !Self.meets(requirement[entry], match, in: doc.text) { continue }
        if vague.isEmpty { vague.reserveCapacity(listRoom) }
        vague.append(cursor.evidence(match))
      case .mask:
        let kinds = maskTargets[entry]
        if Int(match.last) > maskReach {
          maskReach = Int(match.last)
          maskKinds = kinds
        } else if Int(match.last) == maskReach {
          maskKinds |= kinds
        }
      case .codeSignal:
        guard modifiers[n].isDisjoint(with: notDelivered), signalCode[entry] >= 0 else { continue }
        if activityReach >= Int(match.first) || activityAfter(n) { continue }
        credit(signalCode[entry], weight[entry], cursor.evidence(match))
      }
    }
    var elements = Self.absent
    var index = elements.startIndex
    while index != elements.endIndex {
      let kind = elements.keys[index]
      if kind == .timedMinutes {
        elements.values[index] = Self.timedMinutes(documented, in: doc)
      } else {
        let list = evidence.take(kind.ordinal)
        if !list.isEmpty { elements.values[index] = ElementResult(evidence: list) }
      }
      elements.formIndex(after: &index)
    }
    var codeSignals = Self.noSignals
    for i in signals.indices {
      // Moved out of the scratch list, not copied from it and released with it.
      var list: [Evidence] = []
      swap(&list, &signals[i].evidence)
      codeSignals[categories.codes[Int(signals[i].code)]] = (signals[i].weight, list)
    }
    return Extraction(
      elements: elements, vaguePhrases: vague, codeSignals: codeSignals,
      setAside: setAside)
  }

  /// Whether a hit of statement `statement` satisfies `test` (given its index). Hit `n` is in the
  /// statement, and a statement's hits are consecutive.
  @inline(__always)
  static func statement(
    _ statement: Int32, around n: Int, in doc: NoteDocument, has test: (Int) -> Bool
  ) -> Bool {
    let statements = doc.statements
    var first = n
    while first > 0, statements[first - 1] == statement { first -= 1 }
    var k = first
    while k < statements.count, statements[k] == statement {
      if test(k) { return true }
      k += 1
    }
    return false
  }

  /// Whether work was done today in statement `statement` (a functional task or a code signal
  /// that was delivered and not only reported): a rating there is the patient's response to it.
  static func statementHasWork(
    _ statement: Int32, around n: Int, in doc: NoteDocument, categories: HitCategories
  ) -> Bool {
    Self.statement(statement, around: n, in: doc) { k in
      let category = categories.category(of: doc.matches[k])
      return (category == categories.functionalTask || category == categories.codeSignal)
        && doc.modifiers[k].isDisjoint(with: notDelivered.union(.reported))
    }
  }

  /// Whether statement `statement` doses its work (`requires=dosage`): an assist level, a cue, a
  /// distance, a time or minutes that is not negated ("w/o AD" is a device, not a dose), nor
  /// anything else in `excluded`.
  static func statementHasDosage(
    _ statement: Int32, around n: Int, in doc: NoteDocument, categories: HitCategories,
    excluding excluded: ContextModifiers = .negated
  ) -> Bool {
    Self.statement(statement, around: n, in: doc) { k in
      categories.isDosage[Int(doc.matches[k].entry)] && doc.modifiers[k].isDisjoint(with: excluded)
    }
  }

  /// Whether hit `n` heads its line with a colon and the line under it, the next statement, doses
  /// the work (`requires=dosage`): "Ambulation:\n2 laps in lobby w/ IV pole, SBA". The dose must be
  /// today's and the patient's, as the heading's own context does not reach the line below it
  /// ("Walking:\nLTG: 300' w/ SPC mod I" is a goal, "Ambulation:\nPt reports 2 blocks" a report).
  static func headsDosedLine(_ n: Int, in doc: NoteDocument, categories: HitCategories) -> Bool {
    let tokens = doc.text.tokens
    var colon = Int(doc.matches[n].last)
    if !doc.text.isByte(tokens[colon], UInt8(ascii: ":")) { colon += 1 }
    guard colon + 1 < tokens.count, doc.text.isByte(tokens[colon], UInt8(ascii: ":")),
      tokens[colon + 1].flags.contains(.lineStart)
    else { return false }
    let statements = doc.statements
    var k = n + 1
    while k < statements.count, statements[k] == statements[n] { k += 1 }
    guard k < statements.count, statements[k] == statements[n] + 1 else { return false }
    return statementHasDosage(
      statements[k], around: k, in: doc, categories: categories,
      excluding: notDelivered.union(.reported))
  }

  /// Whether statement `statement` holds two values to compare (`requires=pair`): two hits of
  /// one `comparableAs` kind that do not overlap, neither negated nor someone else's, and of two
  /// levels when they are assist levels. Read only for the few contrast words that ask.
  static func statementHasPair(
    _ statement: Int32, around n: Int, in doc: NoteDocument, categories: HitCategories
  ) -> Bool {
    var seen: [(kind: Int32, level: Int32, last: Int32)] = []
    return Self.statement(statement, around: n, in: doc) { k in
      let entry = Int(doc.matches[k].entry)
      let kind = categories.comparableAs[entry]
      guard kind >= 0, doc.modifiers[k].isDisjoint(with: [.negated, .otherPerson]) else {
        return false
      }
      let level = categories.levelNumber[entry]
      let first = doc.matches[k].first
      if seen.contains(where: {
        $0.kind == kind && $0.last < first
          && (kind != HitCategories.comparableAssist || $0.level != level)
      }) {
        return true
      }
      seen.append((kind, level, doc.matches[k].last))
      return false
    }
  }

  /// Whether hit `n` stands inside round brackets on its line that hold a value of their own (a
  /// number outside the hit, or the one that ends it: "last 25.2") and open right after a
  /// measured value (`requires=bracketed`): an objective measure of its statement, not ruled out
  /// by its context, ending at most `bracketReach` words before the bracket ("12/20 targets on L
  /// (8/20 on 3/13)"), or a number of the same kind, with at most a unit after it, just before it
  /// ("ACL-RSI 72 (61 at 7 mo)") that is not a figure of the note's minutes ("38 min (was 28)").
  /// Brackets with no number count when their statement holds two values of one kind ("CGA today
  /// (mod A at eval)"). Read only for the few words of earlier times that ask.
  static func isEarlierValueInBrackets(
    _ n: Int, in doc: NoteDocument, categories: HitCategories, minutes documented: DocumentedMinutes
  ) -> Bool {
    let text = doc.text
    let tokens = text.tokens
    let match = doc.matches[n]
    // The opening bracket, back from the hit on its line, with no closing one between.
    var open = Int(match.first)
    while true {
      guard open > 0, !tokens[open].flags.contains(.lineStart) else { return false }
      open -= 1
      if text.isByte(tokens[open], UInt8(ascii: ")")) { return false }
      if text.isByte(tokens[open], UInt8(ascii: "(")) { break }
    }
    // The closing bracket on the same line, and the kinds of value (a number, a ratio) in the
    // brackets: outside the hit, or ending it ("last 25.2"; the 6 of "6 wks ago" dates).
    var numbers = false
    var ratios = false
    var close = open + 1
    while true {
      guard close < tokens.count, !tokens[close].flags.contains(.lineStart) else { return false }
      let token = tokens[close]
      if text.isByte(token, UInt8(ascii: ")")) { break }
      if text.isByte(token, UInt8(ascii: "(")) { return false }
      if close < Int(match.first) || close >= Int(match.last) {
        if token.kind == .number { numbers = true }
        if token.kind == .ratio { ratios = true }
      }
      close += 1
    }
    guard open > 0 else { return false }
    // An earlier level told in words has no number: "CGA today (mod A at eval)" holds two assist
    // levels to compare, as `requires=pair` reads them.
    guard numbers || ratios else {
      return statementHasPair(doc.statements[n], around: n, in: doc, categories: categories)
    }
    // A number of the same kind just before the bracket, or a unit after one ("3x (last visit
    // 2/4)" counts visits, not a value then and now).
    var before = open - 1
    if tokens[before].kind != .number && tokens[before].kind != .ratio, before > 0,
      !tokens[before].flags.contains(.lineStart)
    {
      before -= 1
    }
    if tokens[before].kind == .number && numbers || tokens[before].kind == .ratio && ratios,
      tokens[before].sentence == tokens[open].sentence,
      !documented.stated.contains(where: { $0.tokens.contains(before) })
    {
      return true
    }
    // Else a measure of the statement ending within a few words of the bracket.
    let measures = ElementExtractor.disqualifying[ElementKind.objectiveMeasure.ordinal]
    return statement(doc.statements[n], around: n, in: doc) { k in
      let measure = doc.matches[k]
      guard categories.category(of: measure) == categories.objectiveMeasure,
        Int(measure.last) < open, doc.modifiers[k].isDisjoint(with: measures)
      else { return false }
      var words = 0
      for t in (Int(measure.last) + 1)..<open where tokens[t].kind != .joiner { words += 1 }
      return words <= bracketReach
    }
  }

  /// Words allowed between a measure and the brackets of its earlier value ("on L" of "12/20
  /// targets on L (8/20 on 3/13)").
  static let bracketReach = 3

  /// The timed-minutes element: the figures a reviewer takes as the visit's treatment minutes
  /// (`DocumentedMinutes.treatmentFigures`: per code, total timed, total treatment time); failing
  /// them a single time in/out span; failing that the durations of activities with no code.
  static func timedMinutes(_ documented: DocumentedMinutes, in doc: NoteDocument) -> ElementResult {
    // The per-code figures straight into the element's lists (`treatmentFigures` builds a list of
    // figures to map twice).
    // Read in place: a figure taken out of the list whole was copied, its role's code and all.
    let stated = documented.stated
    var evidence: [Evidence] = []
    var values: [Int] = []
    for i in stated.indices where DocumentedMinutes.isTreatment(stated[i].role) {
      if evidence.isEmpty {
        evidence.reserveCapacity(stated.count)
        values.reserveCapacity(stated.count)
      }
      evidence.append(stated[i].evidence)
      values.append(stated[i].minutes)
    }
    if !evidence.isEmpty { return ElementResult(evidence: evidence, values: values) }
    // No per-code figure: the total timed, else the total treatment time.
    let figures = documented.treatmentFigures
    if !figures.isEmpty {
      return ElementResult(evidence: figures.map(\.evidence), values: figures.map(\.minutes))
    }
    // Time in/out, or a span per session ("Session 1 (0930-1015) … Session 2 (1400-1430)"): each
    // span's minutes, when every span reads as one.
    let ranges = documented.timeRanges
    if !ranges.isEmpty, ranges.allSatisfy({ $0.problem == nil }) {
      return ElementResult(
        evidence: ranges.map {
          Evidence(
            text: doc.text.text($0.span.range), span: $0.span, entryID: "minutes.time_range")
        },
        values: ranges.map(\.minutes))
    }
    let activities = documented.activityFigures
    return ElementResult(evidence: activities.map(\.evidence), values: activities.map(\.minutes))
  }

  /// Words an assist level "I" is followed by; after the pronoun "I" comes a verb.
  static let afterAssistLetter = KeySet(
    [
      "w", "with", "w/o", "without", "after", "for", "on", "in", "x", "at", "using", "including",
      "throughout", "and", "to", "from", "but",
      "level", "surfaces", "today", "all", "household", "community", "except", "once", "when",
      "via", "by", "set", "setup", "following",
      "or", "vs", "then", "now", "this", "w/c", "wc", "ADLs", "mobility", "transfers", "ambulation",
      "amb", "gait", "within", "d/c",
    ].map(TokenKey.of))

  /// Whether a bare capital `I` rates a task: nothing follows it in its sentence but punctuation,
  /// a number or a word assist levels are followed by, or a comma closes it after what it rates
  /// ("10 steps I, no LOB": the pronoun is followed by its verb; "I, the treating PT, ..." opens
  /// its sentence).
  static func ratesTask(_ match: LexiconMatch, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    let first = Int(match.first)
    let opensSentence = first == 0 || tokens[first - 1].sentence != tokens[first].sentence
    var i = Int(match.last) + 1
    while i < tokens.count, tokens[i].kind == .joiner {
      if !opensSentence && text.isByte(tokens[i], UInt8(ascii: ",")) { return true }
      i += 1
    }
    guard i < tokens.count, tokens[i].sentence == tokens[Int(match.last)].sentence,
      !tokens[i].flags.contains(.lineStart)
    else { return true }
    return tokens[i].kind != .word || afterAssistLetter.contains(tokens[i].key)
  }

  /// Words that say nothing after a phrase: "No complaints this date.", "HEP updated today." end
  /// with a date of the visit, not with content.
  static let sayNothingAfter = KeySet(
    [
      "today", "this", "date", "session", "visit", "tx", "treatment", "at", "time", "present",
      "now",
    ].map(TokenKey.of))

  /// Whether nothing but punctuation and the date of the visit (`sayNothingAfter`) follows a hit
  /// in its sentence (or before a `;`, unless `atSemicolon` is false: "P: Continue; add turns in
  /// narrow spaces" continues with what comes next), and no colon makes it a label.
  static func endsStatement(
    _ match: LexiconMatch, in text: TokenizedText, atSemicolon: Bool = true
  ) -> Bool {
    let tokens = text.tokens
    var i = Int(match.last) + 1
    // A phrase with a colon after it is a label of what follows ("SKILLED SERVICES PROVIDED:").
    if i < tokens.count, text.isByte(tokens[i], UInt8(ascii: ":")) { return false }
    while i < tokens.count, tokens[i].sentence == tokens[Int(match.last)].sentence {
      if tokens[i].kind != .joiner && tokens[i].kind != .symbol
        && !sayNothingAfter.contains(tokens[i].key)
      {
        return false
      }
      if atSemicolon && text.isByte(tokens[i], UInt8(ascii: ";")) { return true }
      i += 1
    }
    return true
  }

  /// Whether `match` has what its entry's `requires=` asks to stand beside it (`.outcome` is the
  /// goal-link stage's to decide, so it passes here).
  static func meets(
    _ requirement: HitAttributes.Requirement, _ match: LexiconMatch, in text: TokenizedText
  ) -> Bool {
    switch requirement {
    case .content: listsGoals(after: match, in: text)
    case .notPronoun: ratesTask(match, in: text)
    case .statementEnd: endsStatement(match, in: text)
    case .alone:
      endsStatement(match, in: text, atSemicolon: false) && startsStatement(match, in: text)
    case .object: hasObject(match, in: text)
    case .arc: isArc(match, in: text)
    case .value: hasValueAfterColon(match, in: text)
    case .column: headsTableColumn(match, in: text)
    case .none, .outcome, .dosage, .pair, .bracketed: true
    }
  }

  /// Whether `match` is the item of an unticked box of a template, "[ ] Fatigued", "☐ Pain
  /// limited": the nearest box before it on its line, at most one word before it, is empty. A
  /// ticked one ("[X] Tolerated tx well", "☒") reports what was checked.
  static func followsEmptyBox(_ match: LexiconMatch, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    var i = Int(match.first)
    var words = 0
    // Unchecked: from the hit's first token back to the start of its line, at 0 at the furthest.
    while i > 0, !tokens[unchecked: i].flags.contains(.lineStart) {
      i -= 1
      let token = tokens[unchecked: i]
      switch token.kind {
      case .joiner:
        if text.isByte(token, UInt8(ascii: "]")) {
          return i > 0 && text.isByte(tokens[i - 1], UInt8(ascii: "["))
        }
      case .symbol:
        return text.bytes[Int(token.start)...].starts(with: emptyBallotBox)
      default:
        words += 1
        if words > 1 { return false }
      }
    }
    return false
  }

  /// Whether token `i` opens an EMR's unfilled placeholder: "***" or "{{field}}", a symbol
  /// doubled (a lone "*" marks a bullet or a footnote).
  static func isPlaceholder(at i: Int, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    guard i + 1 < tokens.count, tokens[i + 1].start == tokens[i].end else { return false }
    let b = text.bytes[Int(tokens[i].start)]
    return (b == UInt8(ascii: "*") || b == UInt8(ascii: "{")) && text.isByte(tokens[i + 1], b)
  }

  /// ☐ (U+2610) in UTF-8.
  static let emptyBallotBox: [UInt8] = [0xE2, 0x98, 0x90]

  /// Whether `match` labels a template field left empty: a blank after its colon ("Fatigue: ____",
  /// "Pain post: ___/10", a smart phrase's unfilled "***" or "{{topic}}"), or boxes on the rest of
  /// its line none of which is ticked ("ADLs: ☐ dressing ☐ toileting", "Pt ed: [ ] HEP [ ] DME",
  /// "Goals: ☐ met ☐ partially met"). The label names a field of the form, not what was done; a
  /// ticked box ("☒ dressing", "[x] HEP") or a word before the first box ("ADLs: dressing w/ min A
  /// ☐ toileting") says something.
  ///
  /// Inlined for its first test, which settles almost every hit: a label ends with its colon,
  /// written against it ("Fatigue:", or the hit's own "Pt ed:"); a box's item ("[x] CGA [ ] Min")
  /// is followed by the next box.
  @inline(__always)
  static func labelsEmptyField(_ match: LexiconMatch, in text: TokenizedText) -> Bool {
    let end = Int(text.tokens[Int(match.last)].end)
    let colon = UInt8(ascii: ":")
    guard text.bytes[end - 1] == colon || end < text.bytes.count && text.bytes[end] == colon
    else { return false }
    return fieldIsEmpty(after: match, in: text)
  }

  /// Whether the field after a label's colon is a blank or holds only unticked boxes to the end
  /// of its line (`labelsEmptyField`).
  @inline(never)
  static func fieldIsEmpty(after match: LexiconMatch, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    var i = Int(match.last) + 1
    if i < tokens.count, text.isByte(tokens[i], UInt8(ascii: ":")) { i += 1 }
    var boxes = 0
    while i < tokens.count, !tokens[unchecked: i].flags.contains(.lineStart) {
      let token = tokens[unchecked: i]
      switch token.kind {
      case .symbol:
        let bytes = text.bytes[Int(token.start)...]
        if bytes.first == UInt8(ascii: "_") || isPlaceholder(at: i, in: text) {
          if boxes == 0 { return true }
        } else if bytes.starts(with: emptyBallotBox) {
          boxes += 1
        } else {
          return false  // a ticked box, an arrow: something was recorded
        }
      case .joiner:
        if text.isByte(token, UInt8(ascii: "[")) {
          guard i + 1 < tokens.count, text.isByte(tokens[i + 1], UInt8(ascii: "]")) else {
            return false  // "[x]" ticked, or a bracketed remark
          }
          boxes += 1
          i += 1
        }
      default:
        if boxes == 0 { return false }
      }
      i += 1
    }
    return boxes > 0
  }

  /// Whether nothing but punctuation or a label ("Plan:", "P:") comes before `match` in its
  /// sentence (or after a `;`).
  static func startsStatement(_ match: LexiconMatch, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    var i = Int(match.first) - 1
    while i >= 0, tokens[i].sentence == tokens[Int(match.first)].sentence {
      if text.isByte(tokens[i], UInt8(ascii: ":")) || text.isByte(tokens[i], UInt8(ascii: ";")) {
        return true
      }
      if tokens[i].kind != .joiner && tokens[i].kind != .symbol { return false }
      i -= 1
    }
    return true
  }

  /// Whether the slot of `match` is a joint's arc (`requires=arc`): a number token of two parts
  /// joined by a dash ("5-112") whose second lies in 20–180 and above its first.
  static func isArc(_ match: LexiconMatch, in text: TokenizedText) -> Bool {
    let slot = Int(match.slot1 >= 0 ? match.slot1 : match.slot0)
    guard slot >= 0, text.tokens[slot].kind == .number else { return false }
    var first = -1
    var value = -1
    for b in text.bytes[text.tokens[slot].range] {
      if b >= 0x30 && b <= 0x39 {
        value = max(value, 0) * 10 + Int(b - 0x30)
        if value > 999 { return false }
      } else if b == UInt8(ascii: "-"), value >= 0, first < 0 {
        first = value
        value = -1
      } else {
        return false
      }
    }
    return first >= 0 && (20...180).contains(value) && value > first
  }

  /// Whether a value stands right after the first colon, `=` or `|` after `match` on its line,
  /// within `valueReach` tokens (`requires=value`): a number, a score or a time, joiners and a
  /// side between ("TUG w/ RW: 18.4 s", "30-sec chair stand (via video): 9", "Grip (Jamar II): R
  /// 34 / L 62"), and not a dose ("SLS: 3x30 s").
  static func hasValueAfterColon(_ match: LexiconMatch, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    var i = Int(match.last) + 1
    let end = min(tokens.count, i + valueReach)
    func skipJoiners() {
      while i < tokens.count, tokens[i].kind == .joiner, !tokens[i].flags.contains(.lineStart) {
        i += 1
      }
    }
    while i < end, !tokens[i].flags.contains(.lineStart) {
      let token = tokens[i]
      i += 1
      guard token.kind == .symbol,
        text.isByte(token, UInt8(ascii: ":")) || text.isByte(token, UInt8(ascii: "="))
          || text.isByte(token, UInt8(ascii: "|"))
      else { continue }
      skipJoiners()
      if i < tokens.count, sides.contains(tokens[i].key), !tokens[i].flags.contains(.lineStart) {
        i += 1
        skipJoiners()
      }
      guard i < tokens.count, !tokens[i].flags.contains(.lineStart),
        valueKinds.contains(tokens[i].kind)
      else { return false }
      return i + 1 == tokens.count || !doseMarks.contains(tokens[i + 1].key)
    }
    return false
  }

  /// Whether `match` names a column of a table's header row and the row below holds a value
  /// (`requires=column`): the hit's line is cut by `|` and holds no number, the next line is cut by
  /// `|` too and holds a number, a score or a time that is no dose ("R knee | AROM | PROM" over
  /// "flex | 112 | 118", "HR | BP | SpO2" over "Pre 74 | 118/72 | 98"; not an exercise
  /// flowsheet's "PROM flex/abd/ER | per protocol |" over "Scap squeezes | 2x15 |"). Rows longer
  /// than `tableRowReach` tokens are no table's, which keeps a hit's look at its rows constant.
  static func headsTableColumn(_ match: LexiconMatch, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    func isBar(_ i: Int) -> Bool {
      tokens[i].kind == .symbol && text.isByte(tokens[i], UInt8(ascii: "|"))
    }
    // A number glued to the word before it is part of a name ("SpO2", "Post5"); one beside a dose
    // mark is a dose, as in an exercise flowsheet's rows ("Scap squeezes | 2x15 |").
    func isValue(_ i: Int) -> Bool {
      valueKinds.contains(tokens[i].kind)
        && !(i > 0 && tokens[i - 1].kind == .word && tokens[i - 1].end == tokens[i].start)
        && !(i > 0 && doseMarks.contains(tokens[i - 1].key))
        && !(i + 1 < tokens.count && doseMarks.contains(tokens[i + 1].key))
    }
    var i = Int(match.first)
    var reach = tableRowReach
    while i > 0, !tokens[i].flags.contains(.lineStart) {
      i -= 1
      reach -= 1
      if reach == 0 { return false }
    }
    // The header row: cells cut by bars, no values.
    var bars = 0
    let headerEnd = i + tableRowReach
    repeat {
      if isBar(i) { bars += 1 } else if isValue(i) { return false }
      i += 1
    } while i < tokens.count && i < headerEnd && !tokens[i].flags.contains(.lineStart)
    guard bars > 0, i < tokens.count, tokens[i].flags.contains(.lineStart) else { return false }
    // The row below: cut by bars too, with a value in it.
    var rowBars = 0
    var rowValues = 0
    let rowEnd = i + tableRowReach
    repeat {
      if isBar(i) { rowBars += 1 } else if isValue(i) { rowValues += 1 }
      i += 1
    } while i < tokens.count && i < rowEnd && !tokens[i].flags.contains(.lineStart)
    return rowBars > 0 && rowValues > 0
  }

  /// The kinds of token a test's value is written as (`requires=value`, `requires=column`): a
  /// number, a score or a time.
  static let valueKinds: [TokenKind] = [.number, .ratio, .time]

  /// The most tokens a table's row may have (`requires=column`).
  static let tableRowReach = 64

  /// A side written before a test's value: "Grip: R 34 / L 62".
  static let sides = KeySet(["R", "L", "B", "rt", "lt", "right", "left", "bilat"].map(TokenKey.of))

  /// What makes a number after a test's name a dose: "3x30 s", "2 × 10", "2 sets" (a count of
  /// repetitions is a chair-stand score: "9 reps").
  static let doseMarks = KeySet(["x", "×", "sets"].map(TokenKey.of))

  /// How far after a test's name its colon and value may stand (`requires=value`).
  static let valueReach = 12

  /// Whether at least two words or numbers follow `match` in its statement (`requires=object`).
  /// The items of a template's empty boxes name nothing done: "Education: [ ] HEP  [ ] Safety"
  /// has no object; each box's item runs to the next box.
  static func hasObject(_ match: LexiconMatch, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    var words = 0
    var unticked = false
    var i = Int(match.last) + 1
    while i < tokens.count, tokens[i].sentence == tokens[Int(match.last)].sentence,
      !text.isByte(tokens[i], UInt8(ascii: ";"))
    {
      let token = tokens[i]
      if token.kind == .joiner {
        if text.isByte(token, UInt8(ascii: "[")) {
          unticked = false
        } else if text.isByte(token, UInt8(ascii: "]")),
          text.isByte(tokens[i - 1], UInt8(ascii: "["))
        {
          unticked = true
        }
      } else if token.kind != .symbol, !unticked {
        words += 1
        if words == 2 { return true }
      }
      i += 1
    }
    return false
  }

  /// Words that do not state a goal: "Goals: see POC", "Goals: ongoing", a template's "Goals: N/A",
  /// and a goal table's column headings ("GOALS (from POC)   STATUS", "Goal | Status").
  static let noGoalWords = KeySet(
    [
      "see", "per", "poc", "plan", "of", "care", "eval", "evaluation", "above", "below", "ongoing",
      "same", "n", "a", "na", "tbd", "pending",
      "reviewed", "unchanged", "as", "continue", "cont", "in", "chart", "flowsheet", "initial",
      "ie", "prior", "note", "status", "goal", "goals",
    ].map(TokenKey.of))

  /// Whether a goals header or label ("Goals:", "LTG:") is followed by goals: at least two words or
  /// numbers that say something, on its line or, when it stands alone, on the next two (a table's
  /// column headings may stand between: "Goal status:" over "Goal | Status" over the goals).
  static func listsGoals(after header: LexiconMatch, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    var i = Int(header.last) + 1
    var content = 0
    var lines = 0
    while i < tokens.count, content < 2 {
      if tokens[i].flags.contains(.lineStart) {
        lines += 1
        if lines > 2 || content > 0 { break }
      }
      if (tokens[i].kind == .word || tokens[i].kind == .number || tokens[i].kind == .ratio)
        && !noGoalWords.contains(tokens[i].key)
      {
        content += 1
      }
      i += 1
    }
    return content >= 2
  }

  /// The evidence of each element while a note is read, by `ElementKind.ordinal`: a list per kind
  /// in a stored property of its own, so adding to one checks that list alone (a list of lists
  /// checked the outer one too, and was one more allocation a note).
  struct ElementEvidence {
    private var functionalTask: [Evidence] = []
    private var timedMinutes: [Evidence] = []
    private var assistLevel: [Evidence] = []
    private var cueing: [Evidence] = []
    private var goalLinkage: [Evidence] = []
    private var objectiveMeasure: [Evidence] = []
    private var patientResponse: [Evidence] = []
    private var skilledIntervention: [Evidence] = []

    /// Adds `evidence` to the list of the element whose ordinal is `kind`.
    mutating func append(_ evidence: consuming Evidence, to kind: Int) {
      switch kind {
      case 0: Self.append(evidence, to: &functionalTask)
      case 1: Self.append(evidence, to: &timedMinutes)
      case 2: Self.append(evidence, to: &assistLevel)
      case 3: Self.append(evidence, to: &cueing)
      case 4: Self.append(evidence, to: &goalLinkage)
      case 5: Self.append(evidence, to: &objectiveMeasure)
      case 6: Self.append(evidence, to: &patientResponse)
      default: Self.append(evidence, to: &skilledIntervention)
      }
    }

    /// A list is allocated at its first element, with room for a note's usual count.
    private static func append(_ evidence: consuming Evidence, to list: inout [Evidence]) {
      if list.isEmpty { list.reserveCapacity(HitCategories.listRoom) }
      list.append(evidence)
    }

    /// The evidence of the element whose ordinal is `kind`, moved out (the list is left empty):
    /// copied, it was retained for the result and released with these lists.
    mutating func take(_ kind: Int) -> [Evidence] {
      switch kind {
      case 0: Self.take(&functionalTask)
      case 1: Self.take(&timedMinutes)
      case 2: Self.take(&assistLevel)
      case 3: Self.take(&cueing)
      case 4: Self.take(&goalLinkage)
      case 5: Self.take(&objectiveMeasure)
      case 6: Self.take(&patientResponse)
      default: Self.take(&skilledIntervention)
      }
    }

    private static func take(_ list: inout [Evidence]) -> [Evidence] {
      var taken: [Evidence] = []
      swap(&taken, &list)
      return taken
    }
  }

  /// One code's signal weight and evidence while a note is read.
  struct CodeSignal {
    /// The code's number in `HitCategories.codes`.
    var code: Int16
    var weight: Double
    var evidence: [Evidence]
  }
}
