/// Turns context-aware lexicon hits into the eight documentation elements, vague phrases and code
/// signals.
///
/// What counts as "done today": a hit that is not negated, not a goal or plan, not history or prior
/// level of function, not done by someone else, not only reported by the patient and not a home
/// program. Two elements relax that on purpose: `goal_linkage` is goal language by nature (only
/// negation removes it), and `patient_response` and `objective_measure` may come from the patient's
/// own report ("pain 6/10 at rest").
public struct ElementExtractor: Sendable {
  public init() {}

  /// The result of extraction, before scoring.
  public struct Extraction: Sendable {
    public var elements: [ElementKind: ElementResult]
    public var vaguePhrases: [Evidence]
    /// Weighted evidence per CPT code, for code fit.
    public var codeSignals: [String: (weight: Double, evidence: [Evidence])]
  }

  static let disqualifying: [ElementKind: ContextModifiers] = {
    let all: ContextModifiers = [.negated, .hypothetical, .historical, .otherPerson, .reported, .homeProgram]
    var table: [ElementKind: ContextModifiers] = [:]
    for kind in ElementKind.allCases { table[kind] = all }
    table[.goalLinkage] = [.negated]
    table[.patientResponse] = [.negated, .hypothetical, .historical, .otherPerson]
    table[.objectiveMeasure] = [.negated, .hypothetical, .historical, .otherPerson, .homeProgram]
    table[.skilledIntervention] = [.negated, .hypothetical, .historical, .otherPerson, .reported]
    return table
  }()

  /// - Parameter minutes: the note's minutes as the billing parser reads them, when the caller has
  ///   them already (the analyzer parses once for elements and billing).
  public func extract(_ doc: NoteDocument, minutes: DocumentedMinutes? = nil) -> Extraction {
    let lexicon = doc.lexicon
    let documented = minutes ?? MinutesParser.parse(doc)
    var elements: [ElementKind: ElementResult] = [:]
    for kind in ElementKind.allCases { elements[kind] = ElementResult() }
    var vague: [Evidence] = []
    var signals: [String: (weight: Double, evidence: [Evidence])] = [:]

    let notTreatmentTime = doc.hits("not_treatment_time").map(\.match.tokenRange)
    let totalTimeLabels = doc.hits("total_time_label").map(\.match)
    let statedMinutes = ElementExtractor.statedMinutes(documented, in: doc)
    // An element hit inside a vague phrase ("pt instructed in HEP", "tolerated tx well") is part
    // of the boilerplate, not evidence.
    let vagueCategory = lexicon.category(named: "vague_phrase")
    let vagueRanges = doc.matches.filter { lexicon.categoryOfEntry[Int($0.entry)] == vagueCategory }.map(\.tokenRange)
    var treatmentTime: (evidence: Evidence, value: Int)?
    let categoryNumbers = Dictionary(uniqueKeysWithValues: ElementKind.allCases.compactMap { kind in
      lexicon.category(named: kind.rawValue).map { ($0, kind) }
    })
    let signalCategory = lexicon.category(named: "code_signal")

    for (n, match) in doc.matches.enumerated() {
      let category = lexicon.categoryOfEntry[Int(match.entry)]
      let mods = doc.modifiers[n]
      if let kind = categoryNumbers[category] {
        guard mods.isDisjoint(with: ElementExtractor.disqualifying[kind] ?? []) else { continue }
        guard plausible(match, in: doc) else { continue }
        if vagueRanges.contains(where: { $0.contains(Int(match.first)) && $0.contains(Int(match.last)) }) { continue }
        if kind == .timedMinutes {
          if notTreatmentTime.contains(where: { $0.overlaps(match.tokenRange) }) { continue }
          guard let value = doc.slotValue(match), value >= 1, value <= 600 else { continue }
          if !statedMinutes.isEmpty, !statedMinutes.contains(Int(doc.text.tokens[Int(match.first)].start)) { continue }
          // "Total treatment time: 53 min" includes untimed services: it stands for the timed
          // minutes only when the note gives no other minutes.
          if totalTimeLabels.contains(where: { $0.last < match.first && match.first - $0.last <= 3 && doc.text.tokens[Int($0.last)].sentence == doc.text.tokens[Int(match.first)].sentence }) {
            if treatmentTime == nil { treatmentTime = (doc.evidence(match), Int(value.rounded())) }
            continue
          }
          elements[kind]?.values.append(Int(value.rounded()))
        }
        let evidence = doc.evidence(match)
        elements[kind]?.evidence.append(evidence)
        if kind == .functionalTask {
          let attributes = lexicon.hitAttributes[Int(match.entry)]
          let code = attributes.code ?? "97530"
          signals[code, default: (0, [])].weight += attributes.weight
          signals[code, default: (0, [])].evidence.append(evidence)
        }
      } else if category == vagueCategory {
        if !mods.contains(.negated) { vague.append(doc.evidence(match)) }
      } else if category == signalCategory {
        guard mods.isDisjoint(with: [.negated, .hypothetical, .historical, .otherPerson, .homeProgram]) else { continue }
        let attributes = lexicon.hitAttributes[Int(match.entry)]
        guard let code = attributes.code else { continue }
        signals[code, default: (0, [])].weight += attributes.weight
        signals[code, default: (0, [])].evidence.append(doc.evidence(match))
      }
    }
    if let treatmentTime, elements[.timedMinutes]?.present == false {
      elements[.timedMinutes] = ElementResult(evidence: [treatmentTime.evidence], values: [treatmentTime.value])
    }
    // Failing any stated minutes, a session time in/out ("1310-1342") documents them.
    if elements[.timedMinutes]?.present == false, documented.timeRanges.count == 1, let range = documented.timeRanges.first,
      range.problem == nil
    {
      let text = doc.text.text(range.span.range)
      elements[.timedMinutes] = ElementResult(evidence: [Evidence(text: text, span: range.span, entryID: "minutes.time_range")], values: [range.minutes])
    }
    return Extraction(elements: elements, vaguePhrases: vague, codeSignals: signals)
  }

  /// Where the note states its treatment minutes (byte offset of each minutes hit), if it does:
  /// minutes written with a code (`97110 x 25'`, `TherAct: 23 min`) and a total timed (`Total
  /// timed: 38 min`). Once a note says how long each code took, its other minute values are
  /// durations inside an activity ("bike 6 min", "2 min movement break", "x 2 min holds"). Empty
  /// when the note ties no minutes to a code or total: then every minutes hit counts. Needs the
  /// lexicon's own `code_name` entries, so the spans are those of its minutes hits.
  ///
  /// The total timed stays a value beside per-code minutes: SampleNotes/README.md defines the
  /// minutes as "per-code minutes, a total timed figure, a time in/out span".
  static func statedMinutes(_ documented: DocumentedMinutes, in doc: NoteDocument) -> Set<Int> {
    guard doc.lexicon.category(named: "code_name") != nil else { return [] }
    let perCode = documented.evidence.values.joined().map(\.span.start)
    return Set(perCode + (documented.totalTimedEvidence.map { [$0.span.start] } ?? []))
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
