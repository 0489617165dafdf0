/// A note after tokenizing, lexicon matching and context: the one intermediate form that every later
/// stage (elements, scoring, billing, similarity) reads.
package struct NoteDocument: Sendable {
  package let text: TokenizedText
  package let lexicon: Lexicon
  /// Every lexicon hit, in text order.
  package let matches: [LexiconMatch]
  /// Context modifiers of each hit (same order as `matches`).
  package let modifiers: [ContextModifiers]
  /// The statement of each hit (same order as `matches`): a sentence, cut again at `;`. Hits of
  /// one statement share the number, which ascends through the note.
  package let statements: [Int32]
  /// Per statement number: whether the statement is a billing line ("Timed codes: 97530 - 13 min",
  /// "Total timed: 38", "Time in 10:02"), a statement of today's visit wherever it stands.
  package let billingStatements: [Bool]

  /// `text` is stored last, when it is no longer read: stored first and read after, it was copied
  /// (a retain of each of its lists) for the document and released again.
  ///
  /// - Parameter context: borrowed: passed by value, the analyzer's context rules were copied (a
  ///   retain per table) for every note.
  package init(text: TokenizedText, lexicon: Lexicon, context: borrowing ContextAnalyzer) {
    let matches = lexicon.matches(in: text)
    let noteContext = context.context(for: matches, in: text)
    self.lexicon = lexicon
    self.matches = matches
    self.modifiers = noteContext.modifiers
    self.statements = noteContext.statements
    self.billingStatements = noteContext.billingStatements
    self.text = text
  }

  /// Whether statement `statement` is a billing line.
  package func isBilling(statement: Int32) -> Bool {
    Int(statement) < billingStatements.count && billingStatements[Int(statement)]
  }

  /// The hits of one category with their modifiers.
  package func hits(_ category: String) -> [(match: LexiconMatch, modifiers: ContextModifiers)] {
    guard let c = lexicon.category(named: category) else { return [] }
    var out: [(LexiconMatch, ContextModifiers)] = []
    for (n, m) in matches.enumerated() where lexicon.categoryOfEntry[Int(m.entry)] == c {
      out.append((m, modifiers[n]))
    }
    return out
  }

  /// Evidence for a hit.
  package func evidence(_ match: LexiconMatch) -> Evidence {
    text.evidence(tokens: Int(match.first), Int(match.last), entryID: lexicon.entry(of: match).id)
  }

  /// The numeric value of the hit's last filled slot (see `TokenizedText.slotValue`).
  package func slotValue(_ match: LexiconMatch) -> Double? { text.slotValue(of: match) }
}

extension NoteDocument {
  /// Every hit with its category and context, in text order.
  package var explanation: [HitExplanation] {
    zip(matches, modifiers).map { match, modifiers in
      let category = lexicon.category(of: match)
      var hit = HitExplanation(evidence: evidence(match), category: category, modifiers: modifiers)
      hit.isIgnoredHeader =
        category == "section" && !ContextAnalyzer.isInHeaderPosition(match, in: text)
      return hit
    }
  }
}
