/// Purpose clauses that name a functional outcome: the link between what was done and why.
///
/// A `goal_purpose` hit ("to improve", "in order to", "so that pt can", "to achieve", "for safe")
/// links its statement to a plan-of-care goal when a functional outcome follows it within
/// `window` words, before a comma, a terminator or the end of the statement; a goal word
/// (`reach=statement`: "Goal:", "toward LTG of", "pt wants to") links with an outcome anywhere in
/// its statement, before or after it. The outcome is a functional task
/// ("to improve safety w/ bathroom transfers", "to achieve goal of I UB dressing") or a
/// `functional_outcome` ("in order to return home", "to reduce fall risk", "for community
/// access"). A purpose that names only an impairment ("to improve strength", "to increase ROM",
/// "to improve balance") links nothing: strength is not a goal a payer recognises until it is tied
/// to what the patient does with it.
///
/// A link does two things: it is goal-linkage evidence, and it makes the dynamic activities of its
/// statement functional ("Dynamic standing balance tasks to improve safe bathroom transfers"):
/// `functional_task` entries marked `requires=outcome` count only in a linked statement, and are
/// drills (97112) anywhere else.
struct FunctionalLinks {
  struct Link {
    /// Match indices (into `NoteDocument.matches`) of the purpose and of the outcome it names.
    var purpose: Int
    var outcome: Int
    var statement: Int32
  }

  /// Words (joiners not counted) allowed between a purpose and its outcome.
  static let window = 6

  var links: [Link] = []

  /// Whether a purpose in `statement` names a functional outcome.
  func links(_ statement: Int32) -> Bool { links.contains { $0.statement == statement } }

  /// The link of `statement`, if any.
  func link(of statement: Int32) -> Link? { links.first { $0.statement == statement } }

  init(_ doc: NoteDocument, categories: HitCategories) {
    guard categories.goalPurpose >= 0 else { return }
    let requiresOutcome = doc.lexicon.hitAttributes.map(\.requiresOutcome)
    var open: [Int] = []  // purposes of the current statement still looking for an outcome
    var outcomes: [Int] = []  // outcomes of the current statement, for goal words that come after
    var statement: Int32 = -1
    for (n, match) in doc.matches.enumerated() {
      if doc.statements[n] != statement {
        statement = doc.statements[n]
        open.removeAll()
        outcomes.removeAll()
      }
      let category = categories.category(of: match)
      if category == categories.goalPurpose {
        guard !doc.modifiers[n].contains(.negated) else { continue }
        // A goal word reaches back too: "progressing toward overground amb goal".
        if categories.reachesStatement[Int(match.entry)], let outcome = outcomes.last {
          links.append(Link(purpose: n, outcome: outcome, statement: statement))
        } else {
          open.append(n)
        }
        continue
      }
      if category == categories.terminator {
        open.removeAll { !categories.reachesStatement[Int(doc.matches[$0].entry)] }
        continue
      }
      let isOutcome =
        category == categories.functionalOutcome || (category == categories.functionalTask && !requiresOutcome[Int(match.entry)])
      guard isOutcome, !doc.modifiers[n].contains(.negated) else { continue }
      outcomes.append(n)
      // An outcome right after the linked one extends it: "safe bathroom" + "transfers".
      if open.isEmpty, let last = links.last, last.statement == statement, last.outcome > last.purpose,
        match.last > doc.matches[last.outcome].last, Int(match.first) <= Int(doc.matches[last.outcome].last) + 2
      {
        links[links.count - 1].outcome = n
        continue
      }
      // The nearest open purpose before the outcome that reaches it: a goal word anywhere in the
      // statement, a purpose within the window and with no comma between.
      open.removeAll { p in
        !categories.reachesStatement[Int(doc.matches[p].entry)] && !Self.reaches(doc.matches[p], Int(match.first), doc.text)
      }
      guard let purpose = open.last(where: { Int(doc.matches[$0].last) < Int(match.first) }) else { continue }
      links.append(Link(purpose: purpose, outcome: n, statement: statement))
      open.removeAll()
    }
  }

  /// Whether a purpose reaches the token `first`: at most `window` words after it, no comma between.
  static func reaches(_ purpose: LexiconMatch, _ first: Int, _ text: TokenizedText) -> Bool {
    let tokens = text.tokens
    var words = 0
    var i = Int(purpose.last) + 1
    while i < first {
      if tokens[i].kind == .joiner {
        if text.isByte(tokens[i], UInt8(ascii: ",")) { return false }
      } else {
        words += 1
        if words > window { return false }
      }
      i += 1
    }
    return true
  }
}
