extension ElementExtractor {
  /// Every hit of `doc` with its category and context (`NoteDocument.explanation`), and for the
  /// hits whose fate the element stage decides beyond their context, that decision: a minute mark
  /// read as minutes or feet, a dynamic activity counted as functional or as a drill, a purpose
  /// clause that does or does not link a goal. This is what `noteaudit check --explain` prints.
  package func explanation(of doc: NoteDocument, minutes: DocumentedMinutes? = nil)
    -> [HitExplanation]
  {
    let categories = categories?.resolved(for: doc.lexicon) ?? HitCategories(doc.lexicon)
    let minutes = minutes ?? MinutesParser.parse(doc, categories: categories)
    let links = FunctionalLinks(doc, categories: categories)
    var explanation = doc.explanation
    func quoted(_ first: Int32, _ last: Int32) -> String {
      let tokens = doc.text.tokens
      return "'\(doc.text.text(Int(tokens[Int(first)].start)..<Int(tokens[Int(last)].end)))'"
    }
    for (n, match) in doc.matches.enumerated() {
      let category = categories.category(of: match)
      let statement = doc.statements[n]
      let requirement = categories.requirement[Int(match.entry)]
      if !Self.meets(requirement, match, in: doc.text) {
        explanation[n].decision = "not counted: " + Self.unmet(requirement)
      } else if Self.followsEmptyBox(match, in: doc.text),
        Self.isElementOrVague(
          categories.elementRole[Int(match.entry)])
      {
        explanation[n].decision = "not counted: the item of an unticked box"
      } else if case .element = categories.elementRole[Int(match.entry)],
        Self.labelsEmptyField(match, in: doc.text)
      {
        explanation[n].decision = "not counted: the label of an empty field (blank, no box ticked)"
      } else if case .dosage = requirement,
        !Self.statementHasDosage(statement, around: n, in: doc, categories: categories),
        links.link(of: statement) == nil
      {
        explanation[n].decision =
          "not counted: a status, its statement doses no work (no assist, cue, distance or time) and names no purpose (requires=dosage)"
      } else if case .pair = requirement,
        !Self.statementHasPair(statement, around: n, in: doc, categories: categories)
      {
        explanation[n].decision = "not counted: " + Self.unmet(requirement)
      } else if case .bracketed = requirement,
        !Self.isEarlierValueInBrackets(n, in: doc, categories: categories, minutes: minutes)
      {
        explanation[n].decision = "not counted: " + Self.unmet(requirement)
      } else if case .mask = categories.elementRole[Int(match.entry)] {
        explanation[n].decision = "not an element: what it contains is not counted (not_element)"
      } else if category == categories.functionalTask, categories.requiresOutcome[Int(match.entry)]
      {
        if let link = links.link(of: statement) {
          let purpose = doc.matches[link.purpose], outcome = doc.matches[link.outcome]
          explanation[n].decision = "functional: tied to \(quoted(purpose.first, outcome.last))"
        } else {
          explanation[n].decision =
            "drill: its statement names no functional outcome, so it signals 97112"
        }
      } else if category == categories.goalPurpose {
        if let link = links.link(purpose: n) {
          explanation[n].decision =
            "goal link: names the functional outcome \(quoted(doc.matches[link.outcome].first, doc.matches[link.outcome].last))"
        } else {
          explanation[n].decision =
            "no goal link: no functional outcome within \(FunctionalLinks.window) words (an impairment alone is not a goal)"
        }
      } else if category == categories.timedMinutes {
        if let stated = minutes.stated.first(where: {
          $0.tokens.contains(Int(match.first)) || $0.tokens.contains(Int(match.last))
        }) {
          switch stated.role {
          case .code(let code): explanation[n].decision = "minutes of \(code)"
          case .totalTimed: explanation[n].decision = "total timed minutes"
          case .totalTreatment: explanation[n].decision = "total treatment time, not timed minutes"
          case .unattributed: explanation[n].decision = "minutes with no code"
          }
        } else if doc.text.tokens[Int(match.last)].kind == .symbol {
          explanation[n].decision =
            "not minutes: a minute mark counts beside a code name or in a billing line, and not where it reads as feet"
        }
      }
    }
    return explanation
  }

  /// Whether a hit of this role counts as an element or a vague phrase (and so not as the item
  /// of an unticked box).
  static func isElementOrVague(_ role: HitCategories.ElementRole) -> Bool {
    switch role {
    case .element, .vaguePhrase: true
    default: false
    }
  }

  /// Why a hit whose `requires=` is not met does not count, for `--explain`.
  static func unmet(_ requirement: HitAttributes.Requirement) -> String {
    switch requirement {
    case .content: "an empty label, nothing stated after it (requires=content)"
    case .notPronoun: "the pronoun I, not an assist level (requires=not_pronoun)"
    case .statementEnd: "words follow it in its statement (requires=end)"
    case .alone: "other words stand in its statement (requires=alone)"
    case .object: "it names nothing taught after it (requires=object)"
    case .dosage: "a status, its statement doses no work (requires=dosage)"
    case .pair: "no two values of one kind in its statement to compare (requires=pair)"
    case .arc: "not a joint's arc of motion, two numbers joined by a dash (requires=arc)"
    case .value: "no value after a colon, '=' or '|' later on its line (requires=value)"
    case .column: "not a table's header over a row with a value (requires=column)"
    case .bracketed:
      "not an earlier value in brackets after a measured one (requires=bracketed)"
    case .none, .outcome: ""
    }
  }
}
