/// A note after tokenizing, lexicon matching and context: the one intermediate form that every later
/// stage (elements, scoring, billing, similarity) reads.
public struct NoteDocument: Sendable {
  public let text: TokenizedText
  public let lexicon: Lexicon
  /// Every lexicon hit, in text order.
  public let matches: [LexiconMatch]
  /// Context modifiers of each hit (same order as `matches`).
  public let modifiers: [ContextModifiers]
  /// The statement of each hit (same order as `matches`): a sentence, cut again at `;`. Hits of
  /// one statement share the number, which ascends through the note.
  public let statements: [Int32]
  /// Per statement number: whether the statement is a billing line ("Timed codes: 97530 - 13 min",
  /// "Total timed: 38", "Time in 10:02"), a statement of today's visit wherever it stands.
  public let billingStatements: [Bool]

  /// - Parameter context: borrowed: passed by value, the analyzer's context rules were copied (a
  ///   retain per table) for every note.
  public init(text: TokenizedText, lexicon: Lexicon, context: borrowing ContextAnalyzer) {
    self.text = text
    self.lexicon = lexicon
    let matches = lexicon.matches(in: text)
    self.matches = matches
    let noteContext = context.context(for: matches, in: text)
    self.modifiers = noteContext.modifiers
    self.statements = noteContext.statements
    self.billingStatements = noteContext.billingStatements
  }

  /// Whether statement `statement` is a billing line.
  public func isBilling(statement: Int32) -> Bool {
    Int(statement) < billingStatements.count && billingStatements[Int(statement)]
  }

  /// The hits of one category with their modifiers.
  public func hits(_ category: String) -> [(match: LexiconMatch, modifiers: ContextModifiers)] {
    guard let c = lexicon.category(named: category) else { return [] }
    var out: [(LexiconMatch, ContextModifiers)] = []
    for (n, m) in matches.enumerated() where lexicon.categoryOfEntry[Int(m.entry)] == c {
      out.append((m, modifiers[n]))
    }
    return out
  }

  /// Evidence for a hit.
  public func evidence(_ match: LexiconMatch) -> Evidence {
    text.evidence(tokens: Int(match.first), Int(match.last), entryID: lexicon.entry(of: match).id)
  }

  /// The numeric value of the hit's last filled slot (see `TokenizedText.slotValue`).
  public func slotValue(_ match: LexiconMatch) -> Double? { text.slotValue(of: match) }
}

/// One lexicon hit as `noteaudit check --explain` shows it: where, which entry, which category,
/// and the context that decides whether it counts.
public struct HitExplanation: Sendable, Hashable, CustomStringConvertible {
  public var evidence: Evidence
  public var category: String
  public var modifiers: ContextModifiers
  /// A `section` hit that does not open a section where it stands (mid-sentence "per POC"): a
  /// lexicon editor should see that it was found and why it changed nothing.
  public var isIgnoredHeader = false
  /// What the element stage decided about the hit beyond its context, when that is not plain: a
  /// minute mark read as feet, an activity that is a drill, a purpose that names no functional
  /// outcome.
  public var decision: String?

  public var description: String {
    let context = modifiers.isEmpty ? "" : " [\(modifiers.names.joined(separator: ", "))]"
    let ignored = isIgnoredHeader ? " (not a header here: a header starts its line and ends with ':' or the line)" : ""
    let decided = decision.map { " (\($0))" } ?? ""
    return "\(evidence.span.line):\(evidence.span.column): \(category) \(evidence.entryID) '\(evidence.text)'\(context)\(ignored)\(decided)"
  }
}

extension NoteDocument {
  /// Every hit with its category and context, in text order.
  public var explanation: [HitExplanation] {
    zip(matches, modifiers).map { match, modifiers in
      let category = lexicon.category(of: match)
      var hit = HitExplanation(evidence: evidence(match), category: category, modifiers: modifiers)
      hit.isIgnoredHeader = category == "section" && !ContextAnalyzer.isInHeaderPosition(match, in: text)
      return hit
    }
  }
}
