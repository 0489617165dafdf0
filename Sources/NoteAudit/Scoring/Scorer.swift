/// Turns extracted elements into a score, a grade and findings under one code's rubric.
///
/// Score = the weights of the elements present (they add up to 100) − vague-phrase penalties − a
/// code-fit penalty, clamped to 0…100. Grade: `strong` at or above the rubric's strong mark with
/// every required element present; `adequate` at or above its adequate mark with every required
/// element present; `weak` otherwise.
///
/// Code fit compares the content with the codes billed on the record (or, with no claim data, the
/// rubric's code): another code "fits better" when its signal weight is at least `ratio` times the
/// billed codes' and at least `minWeight`. That is reported as a finding with its evidence and
/// costs `penalty` points.
public struct Scorer: Sendable {
  /// The codes whose fit is always reported in `code_fit.scores`.
  public static let fitCodes = ["97530", "97110", "97112", "97116", "97535", "97140"]
  static let zeroScores = Dictionary(uniqueKeysWithValues: fitCodes.map { ($0, 0.0) })

  public init() {}

  public struct Outcome: Sendable {
    public var score: Int
    public var grade: Grade
    public var codeFit: CodeFit
    public var findings: [Finding]
  }

  package func score(
    _ extraction: ElementExtractor.Extraction, rubric: Rubric, billedCodes: [String],
    wordCount: Int,
    vagueSuggestions: [String: String]
  ) -> Outcome {
    score(
      extraction, rubric: rubric, rules: Scorer.elementRules(rubric), billedCodes: billedCodes,
      wordCount: wordCount,
      vagueSuggestions: vagueSuggestions)
  }

  /// A rubric's rule per element, in `ElementKind.allCases` order: the rubric keys its rules by
  /// element name, so the analyzer resolves them once per rubric rather than per note.
  static func elementRules(_ rubric: Rubric) -> [Rubric.ElementRule?] {
    ElementKind.allCases.map(rubric.rule(for:))
  }

  /// - Parameter rules: `elementRules(rubric)`.
  func score(
    _ extraction: ElementExtractor.Extraction, rubric: Rubric, rules: [Rubric.ElementRule?],
    billedCodes: [String],
    wordCount: Int, vagueSuggestions: [String: String]
  ) -> Outcome {
    var findings: [Finding] = []
    // Room for every missing element, every vague phrase and a code-fit finding: one allocation.
    findings.reserveCapacity(rules.count + extraction.vaguePhrases.count + 2)
    var points = 0.0
    var requiredMissing = false
    if wordCount == 0 {
      findings.append(
        Finding(
          rule: .noteEmpty, severity: .error, message: "the note has no text",
          suggestion:
            "Document the session: the functional task, minutes, assist level, cueing, goal, measures and the patient's response."
        ))
    } else if wordCount < rubric.minWords {
      findings.append(
        Finding(
          rule: .noteTooShort, severity: .warning,
          message:
            "the note has \(wordCount) words: too little to show a skilled \(rubric.code) service",
          suggestion:
            "Describe what was done, how the patient performed (assist, cues, measures) and why it needed a therapist."
        ))
    }
    // The elements present, read in one pass over the dictionary rather than a lookup per kind.
    var present: UInt32 = 0
    for (kind, result) in extraction.elements where result.present { present |= 1 << kind.ordinal }
    for kind in ElementExtractor.kinds {
      guard let rule = rules[kind.ordinal] else { continue }
      if present & 1 << kind.ordinal != 0 {
        points += rule.weight
      } else {
        if rule.required == true { requiredMissing = true }
        findings.append(
          Finding(
            rule: kind.missingRule, severity: rule.severity, message: rule.message,
            suggestion: rule.suggestion))
      }
    }
    let vaguePenalty = min(
      rubric.vague.maxPenalty, Double(extraction.vaguePhrases.count) * rubric.vague.penalty)
    for phrase in extraction.vaguePhrases {
      let suggestion =
        vagueSuggestions[phrase.entryID]
        ?? "Replace it with what you observed: the task, the assist or cues needed, a measure, and how the patient responded."
      // Sized once: an interpolation grows its string past the literal's length.
      var message = "vague phrase '"
      message.reserveCapacity(message.utf8.count + phrase.text.utf8.count + 1)
      message += phrase.text
      message += "'"
      findings.append(
        Finding(
          rule: .vaguePhrase, severity: .warning, message: message, suggestion: suggestion,
          span: phrase.span))
    }

    // Code fit: each code's share of the signal weight.
    let total = extraction.codeSignals.values.reduce(0) { $0 + $1.weight }
    // The fit codes start at 0 from a table built once (copying it beats hashing six codes into a
    // new dictionary per note); every signalled code then gets its share.
    var scores = Scorer.zeroScores
    for (code, signal) in extraction.codeSignals {
      let share = total > 0 ? (signal.weight / total * 1000).rounded() / 1000 : 0
      // A fit code's entry is found by comparing the six short codes in place, not by hashing.
      if let i = scores.firstIndex(where: { $0.key == code }) {
        scores.values[i] = share
      } else {
        scores[code] = share
      }
    }
    // Same keys as the signals: mapping keeps their table instead of hashing each code again.
    let evidence = extraction.codeSignals.mapValues { $0.evidence }
    let reference = billedCodes.isEmpty ? [rubric.code] : billedCodes
    // A code or two against a signal or two: compared in place rather than hashed.
    let own =
      reference.lazy.map { code in
        extraction.codeSignals.first { $0.key == code }?.value.weight ?? 0
      }.max() ?? 0
    let best = extraction.codeSignals.max { a, b in
      a.value.weight < b.value.weight || (a.value.weight == b.value.weight && a.key > b.key)
    }
    var bestCode = reference.contains(rubric.code) ? rubric.code : reference[0]
    var codeFitPenalty = 0.0
    // Another code is named the best fit only on real evidence: more weight than the billed code,
    // at least `minWeight`, and no other code as heavy (a boilerplate list of code names is not
    // evidence for any one of them).
    // A tie between other codes (a boilerplate list naming several) names none of them.
    var heaviest = 0
    for signal in extraction.codeSignals.values where signal.weight == best?.value.weight {
      heaviest += 1
    }
    let tied = heaviest > 1
    if let best, best.value.weight > own, best.value.weight >= rubric.codeFit.minWeight, !tied {
      bestCode = best.key
      if !reference.contains(best.key), best.value.weight >= rubric.codeFit.ratio * max(own, 0.5) {
        codeFitPenalty = rubric.codeFit.penalty
        let shown = best.value.evidence.prefix(3).map { "'\($0.text)'" }.joined(separator: ", ")
        let billed = reference.joined(separator: "/")
        findings.append(
          Finding(
            rule: .codeFitOtherCode, severity: .warning,
            message:
              "the content fits \(best.key) (\(CodeNames.name(best.key))) better than \(billed): \(shown)",
            suggestion: CodeNames.fitSuggestion(billed: billed, better: best.key),
            span: best.value.evidence.first?.span))
      }
    }
    let score = Int(max(0, min(100, points - vaguePenalty - codeFitPenalty)).rounded())
    let grade: Grade
    if wordCount == 0 || requiredMissing {
      grade = .weak
    } else if Double(score) >= rubric.grades.strong {
      grade = .strong
    } else if Double(score) >= rubric.grades.adequate {
      grade = .adequate
    } else {
      grade = .weak
    }
    return Outcome(
      score: score, grade: grade,
      codeFit: CodeFit(best: bestCode, scores: scores, evidence: evidence), findings: findings)
  }

  /// Points each "missing" finding at the words the note set aside for its element, if any, and
  /// says what they were taken for: told "no cueing documented" beside "min VCs" in a goal, a
  /// therapist sees why and what to write, instead of a finding that looks plainly wrong. Run
  /// after `score`, and only for notes that set something aside, so that the evidence and the
  /// message are made only for the few findings that use them.
  static func pointMissing(
    _ findings: inout [Finding], at setAside: SetAsideHits, in doc: NoteDocument,
    categories: HitCategories
  ) {
    for kind in ElementExtractor.kinds {
      guard setAside.holds(kind),
        let i = findings.firstIndex(where: { $0.rule == kind.missingRule }),
        let hit = setAside.hit(of: kind, in: doc, categories: categories)
      else { continue }
      findings[i].message += hit.reason
      findings[i].span = hit.evidence.span
    }
  }
}

/// Short names of the codes NoteAudit reasons about, and what to do when content fits another code.
public enum CodeNames {
  public static func name(_ code: String) -> String {
    switch code {
    case "97530": "therapeutic activities"
    case "97110": "therapeutic exercise"
    case "97112": "neuromuscular re-education"
    case "97116": "gait training"
    case "97535": "self-care/home management training"
    case "97140": "manual therapy"
    default: "CPT \(code)"
    }
  }

  static func fitSuggestion(billed: String, better: String) -> String {
    let why: String
    switch better {
    case "97110":
      why =
        "Exercises for one parameter (strength, ROM, endurance) are 97110. To support 97530, describe the dynamic functional task they were part of, e.g. 'squats to retrieve items from floor level to simulate laundry'."
    case "97112":
      why =
        "Balance, coordination and proprioception re-education is 97112. To support 97530, describe the functional task trained (e.g. 'reaching into overhead cabinet while standing')."
    case "97116":
      why =
        "Gait training is 97116. To support 97530, describe the dynamic functional activity beyond walking itself (e.g. 'carrying a laundry basket 20 ft')."
    case "97535":
      why =
        "ADL and self-care training is 97535. Bill it as such, or describe the dynamic activity that makes it 97530."
    case "97140":
      why =
        "Mobilization and soft-tissue work are 97140; document them under that code with their own minutes."
    default:
      why =
        "Bill the code the content supports, or document the functional activity that makes it \(billed)."
    }
    return why
  }
}
