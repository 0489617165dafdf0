/// Turns context-aware lexicon hits into the eight documentation elements, vague phrases and code
/// signals.
///
/// What counts as "done today": a hit that is not negated, not a goal or plan, not history or prior
/// level of function, not done by someone else, not only reported by the patient and not a home
/// program. Two elements relax that on purpose: `goal_linkage` is goal language by nature (only
/// negation removes it), and `patient_response` and `objective_measure` may come from the patient's
/// own report ("pain 6/10 at rest").
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

  /// `ElementKind.allCases`, built once (the synthesized property builds an array per call).
  static let kinds: [ElementKind] = {
    precondition(ElementKind.allCases.count <= ElementCounts.scalarCount, "ElementCounts has a lane and EvidenceLists a list per element kind")
    return ElementKind.allCases
  }()

  /// A count per element kind (by `ordinal`), held in registers rather than a heap array.
  typealias ElementCounts = SIMD8<Int32>
  /// Every element absent: copied per note and filled in, which beats hashing eight keys into a
  /// new dictionary.
  static let absent = Dictionary(uniqueKeysWithValues: kinds.map { ($0, ElementResult()) })

  /// No code signals, with room for a few: copied per note and filled in. Its first insertion
  /// copies the table, which allocates from the storage's own type; sizing a new dictionary looked
  /// that type (with its tuple value) up at run time, costing as much again as the allocation.
  static let noSignals = [String: (weight: Double, evidence: [Evidence])](minimumCapacity: 8)

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

  /// - Parameter minutes: the note's minutes as the billing parser reads them, when the caller has
  ///   them already (the analyzer parses once for elements and billing).
  public func extract(_ doc: NoteDocument, minutes: DocumentedMinutes? = nil) -> Extraction {
    let categories = categories?.for(doc.lexicon) ?? HitCategories(doc.lexicon)
    return extract(doc, categories: categories, minutes: minutes ?? MinutesParser.parse(doc, categories: categories))
  }

  func extract(_ doc: NoteDocument, categories: HitCategories, minutes documented: DocumentedMinutes) -> Extraction {
    let lexicon = doc.lexicon
    let tokens = doc.text.tokens
    let disqualifying = ElementExtractor.disqualifying
    var evidence = EvidenceLists()
    var minuteValues: [Int] = []
    var vague: [Evidence] = []
    // The hits that rule other hits out, gathered in one pass. An element hit inside a vague
    // phrase ("pt instructed in HEP", "tolerated tx well") is part of the boilerplate, not
    // evidence.
    var notTreatmentTime: [ClosedRange<Int>] = []
    var totalTimeLabels: [LexiconMatch] = []
    var vagueRanges: [ClosedRange<Int>] = []
    // Each element's hits counted first, so its evidence list is allocated once, not once per
    // growth. In a vector: a list of counts was an allocation per note.
    var hits = ElementCounts()
    var signalHits = 0
    for match in doc.matches {
      let category = categories.of(match)
      guard categories.isExtracted[Int(category)] else { continue }
      if let kind = categories.element[Int(category)] { hits[kind.ordinal] &+= 1 }
      switch category {
      case categories.codeSignal: signalHits += 1
      // A hit or two of each at most: appended as found rather than counted for a second pass.
      case categories.notTreatmentTime: notTreatmentTime.append(match.tokenRange)
      case categories.totalTimeLabel: totalTimeLabels.append(match)
      case categories.vaguePhrase: vagueRanges.append(match.tokenRange)
      default: break
      }
    }
    if !vagueRanges.isEmpty { vague.reserveCapacity(vagueRanges.count) }
    for n in ElementExtractor.kinds.indices where hits[n] > 0 { evidence.with(n) { $0.reserveCapacity(Int(hits[n])) } }
    if hits[ElementKind.timedMinutes.ordinal] > 0 { minuteValues.reserveCapacity(Int(hits[ElementKind.timedMinutes.ordinal])) }
    signalHits += Int(hits[ElementKind.functionalTask.ordinal])
    // A few codes at most: a list searched in place, made a dictionary once at the end, rather
    // than hashing the code twice for every hit.
    var signals: [CodeSignal] = []
    if signalHits > 0 { signals.reserveCapacity(min(signalHits, 8)) }
    // The evidence is consumed, so appending it moves it rather than copying its strings.
    func credit(_ code: String, _ weight: Double, _ evidence: consuming Evidence) {
      if let i = signals.firstIndex(where: { $0.code == code }) {
        signals[i].weight += weight
        signals[i].evidence.append(evidence)
      } else {
        var list: [Evidence] = []
        list.reserveCapacity(signalHits)
        list.append(evidence)
        signals.append(CodeSignal(code: code, weight: weight, evidence: list))
      }
    }
    let statesMinutes = ElementExtractor.statesMinutes(documented, categories: categories)
    var treatmentTime: (evidence: Evidence, value: Int)?
    var cursor = EvidenceCursor(doc)

    for (n, match) in doc.matches.enumerated() {
      let category = categories.of(match)
      guard categories.isExtracted[Int(category)] else { continue }
      let mods = doc.modifiers[n]
      if let kind = categories.element[Int(category)] {
        guard mods.isDisjoint(with: disqualifying[kind.ordinal]) else { continue }
        guard plausible(match, in: doc) else { continue }
        if vagueRanges.contains(where: { $0.contains(Int(match.first)) && $0.contains(Int(match.last)) }) { continue }
        if kind == .timedMinutes {
          if notTreatmentTime.contains(where: { $0.overlaps(match.tokenRange) }) { continue }
          guard let value = doc.slotValue(match), value >= 1, value <= 600 else { continue }
          if statesMinutes, !ElementExtractor.statesMinutes(documented, at: Int(tokens[Int(match.first)].start)) { continue }
          // "Total treatment time: 53 min" includes untimed services: it stands for the timed
          // minutes only when the note gives no other minutes.
          if totalTimeLabels.contains(where: { $0.last < match.first && match.first - $0.last <= 3 && tokens[Int($0.last)].sentence == tokens[Int(match.first)].sentence }) {
            if treatmentTime == nil { treatmentTime = (cursor.evidence(match), Int(value.rounded())) }
            continue
          }
          minuteValues.append(Int(value.rounded()))
        }
        let hit = cursor.evidence(match)
        if kind == .functionalTask {
          let attributes = lexicon.hitAttributes[Int(match.entry)]
          credit(attributes.code ?? "97530", attributes.weight, copy hit)
        }
        evidence.with(kind.ordinal) { $0.append(hit) }
      } else if category == categories.vaguePhrase {
        if !mods.contains(.negated) { vague.append(cursor.evidence(match)) }
      } else if category == categories.codeSignal {
        guard mods.isDisjoint(with: [.negated, .hypothetical, .historical, .otherPerson, .homeProgram]) else { continue }
        let attributes = lexicon.hitAttributes[Int(match.entry)]
        guard let code = attributes.code else { continue }
        credit(code, attributes.weight, cursor.evidence(match))
      }
    }
    // Minute values come only with their evidence, so an element without evidence stays absent.
    let timed = ElementKind.timedMinutes.ordinal
    if evidence.with(timed) { $0.isEmpty } {
      if let treatmentTime {
        evidence.with(timed) { $0 = [treatmentTime.evidence] }
        minuteValues = [treatmentTime.value]
      } else if documented.timeRanges.count == 1, let range = documented.timeRanges.first, range.problem == nil {
        // Failing any stated minutes, a session time in/out ("1310-1342") documents them.
        let text = EvidenceCursor.text(range.span.range, of: doc.text.bytes)
        evidence.with(timed) { $0 = [Evidence(text: text, span: range.span, entryID: "minutes.time_range")] }
        minuteValues = [range.minutes]
      }
    }
    // Every kind is a key of `absent` already: its values are replaced through their indices, so
    // no key is hashed.
    var elements = ElementExtractor.absent
    var i = elements.startIndex
    while i != elements.endIndex {
      let kind = elements.keys[i]
      if !evidence.with(kind.ordinal) { $0.isEmpty } {
        elements.values[i] = ElementResult(evidence: evidence.with(kind.ordinal) { $0 }, values: kind == .timedMinutes ? minuteValues : [])
      }
      elements.formIndex(after: &i)
    }
    var codeSignals = ElementExtractor.noSignals
    for signal in signals { codeSignals[signal.code] = (signal.weight, signal.evidence) }
    return Extraction(elements: elements, vaguePhrases: vague, codeSignals: codeSignals)
  }

  /// One evidence list per element kind (by `ordinal`), held inline: an array of the lists cost an
  /// allocation per note.
  struct EvidenceLists {
    private var lists: ([Evidence], [Evidence], [Evidence], [Evidence], [Evidence], [Evidence], [Evidence], [Evidence]) =
      ([], [], [], [], [], [], [], [])

    /// Runs `body` on the list of the element kind `ordinal`, in place.
    mutating func with<Result>(_ ordinal: Int, _ body: (inout [Evidence]) -> Result) -> Result {
      switch ordinal {
      case 0: body(&lists.0)
      case 1: body(&lists.1)
      case 2: body(&lists.2)
      case 3: body(&lists.3)
      case 4: body(&lists.4)
      case 5: body(&lists.5)
      case 6: body(&lists.6)
      default: body(&lists.7)
      }
    }
  }

  /// One code's signal weight and evidence while a note is read (a struct: an array of tuples has
  /// its type metadata looked up at run time for every allocation).
  struct CodeSignal {
    var code: String
    var weight: Double
    var evidence: [Evidence]
  }

  /// Whether the note states its treatment minutes (the byte offsets of those minutes hits are
  /// `statesMinutes(_:at:)`): minutes written with a code (`97110 x 25'`, `TherAct: 23 min`) and a
  /// total timed (`Total timed: 38 min`). Once a note says how long each code took, its other
  /// minute values are durations inside an activity ("bike 6 min", "2 min movement break", "x 2
  /// min holds"). False when the note ties no minutes to a code or total: then every minutes hit
  /// counts. Needs the lexicon's own `code_name` entries, so the spans are those of its minutes
  /// hits.
  ///
  /// The total timed stays a value beside per-code minutes: SampleNotes/README.md defines the
  /// minutes as "per-code minutes, a total timed figure, a time in/out span".
  ///
  /// A few offsets at most, read where they are (`statesMinutes(_:at:)`): a list of them cost an
  /// allocation per note, a set hashing as well.
  static func statesMinutes(_ documented: DocumentedMinutes, categories: HitCategories) -> Bool {
    guard categories.codeName >= 0 else { return false }
    return documented.totalTimedEvidence != nil || documented.evidence.values.contains { !$0.isEmpty }
  }

  /// Whether the minutes hit at byte `offset` is one of those `statesMinutes` finds.
  static func statesMinutes(_ documented: DocumentedMinutes, at offset: Int) -> Bool {
    // Read in place: `joined()` copies every evidence value (its strings retained and released).
    for list in documented.evidence.values {
      for i in list.indices where list[i].span.start == offset { return true }
    }
    return documented.totalTimedEvidence?.span.start == offset
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

/// A `range=LOW-HIGH` attribute (decimals allowed, e.g. `0-56`, `0.1-3.5`).
public struct PlausibleRange: Sendable {
  var low: Double
  var high: Double

  init?(_ text: String) {
    let parts = text.split(separator: "-", maxSplits: 1).map { Double(String($0).trimmingWhitespace()) }
    guard parts.count == 2, let low = parts[0], let high = parts[1], low <= high else { return nil }
    self.low = low
    self.high = high
  }

  func contains(_ value: Double) -> Bool { value >= low && value <= high }
}
