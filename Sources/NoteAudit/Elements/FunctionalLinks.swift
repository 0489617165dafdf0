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
  func links(_ statement: Int32) -> Bool { link(of: statement) != nil }

  /// The link of `statement`, if any.
  func link(of statement: Int32) -> Link? {
    for link in links where link.statement == statement { return link }
    return nil
  }

  /// The link whose purpose is hit `purpose`, if any.
  func link(purpose: Int) -> Link? {
    for link in links where link.purpose == purpose { return link }
    return nil
  }

  /// The links of `doc`.
  ///
  /// Only a statement that holds a purpose can link (a link's purpose and outcome share their
  /// statement), so the hits are searched for purposes, a load from a per-entry table
  /// (`HitCategories.linkRole`) each, and only the statements that hold one are read. The purposes
  /// still open in a statement are one list kept across statements and filtered in place.
  init(_ doc: borrowing NoteDocument, categories: HitCategories) {
    guard categories.goalPurpose >= 0 else { return }
    let matches = doc.matches
    let statements = doc.statements
    let modifiers = doc.modifiers
    let roles = categories.linkRole
    let reachesStatement = categories.reachesStatement
    var open: [Int] = []  // purposes of the current statement still looking for an outcome
    var lastOutcome = -1  // the last outcome of the current statement, for goal words after it
    var next = 0
    while next < matches.count {
      guard case .purpose = roles[unchecked: Int(matches[unchecked: next].entry)] else {
        next += 1
        continue
      }
      // The purpose's statement, whose hits are consecutive.
      let statement = statements[next]
      var start = next
      while start > 0, statements[start - 1] == statement { start -= 1 }
      var end = next + 1
      while end < matches.count, statements[end] == statement { end += 1 }
      next = end
      open.removeAll(keepingCapacity: true)
      lastOutcome = -1
      // The furthest last token of the purposes met so far: an outcome inside a purpose is the
      // purpose's words, not what it names ("work" of "work toward goals"); one that goes on
      // past it is ("safety at home" of "for safety at home").
      var purposeReach = -1
      for n in start..<end {
        let match = matches[n]
        switch roles[Int(match.entry)] {
        case .none: continue
        case .purpose:
          purposeReach = max(purposeReach, Int(match.last))
          guard !modifiers[n].contains(.negated) else { continue }
          // A goal word reaches back too: "progressing toward overground amb goal".
          if reachesStatement[Int(match.entry)], lastOutcome >= 0 {
            links.append(Link(purpose: n, outcome: lastOutcome, statement: statement))
          } else {
            open.append(n)
          }
        case .terminator:
          var kept = 0
          for p in open where reachesStatement[Int(matches[p].entry)] {
            open[kept] = p
            kept += 1
          }
          open.removeLast(open.count - kept)
        case .outcome:
          guard !modifiers[n].contains(.negated), purposeReach < Int(match.last),
            !Self.insidePurpose(n, until: end, matches, roles)
          else { continue }
          lastOutcome = n
          // An outcome right after the linked one extends it: "safe bathroom" + "transfers".
          if open.isEmpty, let last = links.last, last.statement == statement,
            last.outcome > last.purpose,
            match.last > matches[last.outcome].last,
            Int(match.first) <= Int(matches[last.outcome].last) + 2
          {
            links[links.count - 1].outcome = n
            continue
          }
          guard !open.isEmpty else { continue }
          // The nearest open purpose before the outcome that reaches it: a goal word anywhere in the
          // statement, a purpose within the window and with no comma between.
          var kept = 0
          var purpose = -1
          // Else one the outcome overlaps and goes on past: "to return" of "to return to work",
          // "for safety" of "for safety at home".
          var overlapped = -1
          for p in open
          where reachesStatement[Int(matches[p].entry)]
            || Self.reaches(matches[p], Int(match.first), doc.text)
          {
            open[kept] = p
            kept += 1
            if matches[p].last < match.first {
              purpose = p
            } else if matches[p].first < match.first && matches[p].last < match.last {
              overlapped = p
            }
          }
          if purpose < 0 { purpose = overlapped }
          open.removeLast(open.count - kept)
          guard purpose >= 0 else { continue }
          links.append(Link(purpose: purpose, outcome: n, statement: statement))
          open.removeAll(keepingCapacity: true)
        }
      }
    }
  }

  /// Verbs that go on a list of aims after a comma: "to improve strength, increase endurance and
  /// promote safe transfers" is one purpose, and its last aim is its outcome.
  static let aimVerbs = KeySet(
    [
      "improve", "increase", "decrease", "reduce", "promote", "support", "prevent", "maximize",
      "maximise", "restore", "enhance", "minimize",
      "lower", "facilitate", "allow", "enable", "progress", "achieve", "return", "resume",
    ].map(TokenKey.of))
  static let andWords = KeySet(["and", "&"].map(TokenKey.of))

  /// Whether a purpose that starts where outcome `n` does covers it (hits of one first token come
  /// shortest first, so it is among the hits after `n`): "Work" of "Work toward goals".
  static func insidePurpose(
    _ n: Int, until end: Int, _ matches: [LexiconMatch], _ roles: [HitCategories.LinkRole]
  ) -> Bool {
    var k = n + 1
    while k < end, matches[k].first == matches[n].first {
      if case .purpose = roles[Int(matches[k].entry)], matches[k].last >= matches[n].last {
        return true
      }
      k += 1
    }
    return false
  }

  /// Whether a purpose reaches the token `first`: at most `window` words after it, no comma between
  /// but one that goes on to another aim (`aimVerbs`), which starts the count again.
  static func reaches(_ purpose: LexiconMatch, _ first: Int, _ text: TokenizedText) -> Bool {
    let tokens = text.tokens
    var words = 0
    var i = Int(purpose.last) + 1
    while i < first {
      if tokens[i].kind == .joiner {
        if text.isByte(tokens[i], UInt8(ascii: ",")) {
          var next = i + 1
          if next < first, andWords.contains(tokens[next].key) { next += 1 }
          guard next < first, aimVerbs.contains(tokens[next].key) else { return false }
          words = 0
          i = next + 1
          continue
        }
      } else {
        words += 1
        if words > window { return false }
      }
      i += 1
    }
    return true
  }
}
