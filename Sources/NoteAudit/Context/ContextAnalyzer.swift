/// Decides, for every lexicon hit, whether it states what happened in today's visit: a
/// NegEx/ConText-style pass whose triggers come from the lexicon (`context.lex`, `sections.lex`),
/// applied statement by statement.
///
/// Rules, in order:
/// 1. **Statements.** The note is cut into statements: a sentence (as the tokenizer ends them), cut
///    again at `;`. A statement is what a plan, a billing line or a goal applies to.
/// 2. **Sections.** A `section` hit at the start of a line followed by `:` (or alone on its line)
///    sets the default context of what follows it up to the next header, or to the blank line that
///    ends the paragraph of its first content ("Diagnosis: s/p THA" does not make the narrative
///    paragraphs after it history; "Goals:" alone on a line still covers the list below it).
///    A note whose headers of reports weigh 3 or more (`report=2`: "HISTORY OF PRESENT ILLNESS:",
///    "PAST MEDICAL HISTORY:", "PHYSICAL EXAMINATION:", "HOSPITAL COURSE:"; `report=1`:
///    "MEDICATIONS:", "ALLERGIES:") is an evaluation, a discharge summary or a physician's report:
///    what it says outside a treatment section (`context=treatment`: "TREATMENT PROVIDED:", a
///    code-name line) and its billing lines is `examined`, the patient's status found or
///    recounted ("GAIT: The patient ambulates with a straight cane"), not treatment given today.
///    No daily note of the evaluation's dev half weighs 3.
/// 3. **Moods.** A section's default applies statement by statement, and a statement can say
///    otherwise:
///    - a **billing statement** — a `billing_marker` ("Timed codes:", "Charges:"), a minutes label
///      with a number (`Total timed: 38`, `Tx time 45 min`), a time label with a time (`Time in
///      10:02`) or a code name with minutes (`97530 x 23 min`, `TA 23`) — states today's visit
///      wherever it stands: in a Plan, under the goals, after the signature;
///    - in a **Plan** section, a statement is a plan unless it reports what was done (a
///      `fact_marker`: "performed", "issued", "today") and names no plan (no `plan_marker` such as
///      "continue" or "progress to", and no hypothetical trigger such as "will" or "next session");
///    - under the **goals**, a statement is a goal unless it names today (a `fact_marker` with
///      `names=today`: "today", "this visit") and names no plan: "2) Sit EOB 15 min - met today w/
///      CGA" is today's; "1) Amb 150 ft SBA by 3/20 - progressing (cues only today)", "3) Stairs
///      w/ min A - not addressed this visit" and "STG 4: ... today" (the label is a hypothetical
///      trigger) stay goals (a target date and a goal left aside are `plan_marker`s).
/// 4. `pseudo` hits mask any trigger they overlap ("no LOB" is a response, "without AD" a device).
/// 5. A trigger's scope runs from its edge to the end of its statement's sentence in its
///    `direction`, at most `scope` words (never more than `maxScope`), cut at a `terminator`
///    ("but", "however", ";") and at the next trigger of its own category (ConText's
///    `limit_scope`). It modifies an element hit whose first token lies inside the scope, unless
///    the two overlap, the element's category is not in the trigger's `targets`, or the element's
///    entry `ignores` that modifier (a comparison with the last visit is a response by nature).
package struct ContextAnalyzer: Sendable {
  let lexicon: Lexicon
  /// Per entry: the part its hits play here (its category's), one load per hit.
  let roles: [Role]
  /// Per entry: direction and scope of a trigger (nil for other entries), read once from
  /// attributes.
  let triggerRules: [TriggerRule?]
  /// Per entry: the categories a trigger may modify (`targets=`; all of them without it).
  let triggerTargets: CategoryRows
  /// Per entry: the context a `section` header sets (`context=`, `performed` when absent).
  let sectionContexts: [SectionContext]
  /// Per entry: how much a header says the note is an evaluation or a report (`report=N`, 0 when
  /// absent).
  let reportWeights: [Int]
  /// Per entry: the modifiers an element entry is immune to (`ignores=historical,hypothetical`).
  let ignored: [ContextModifiers]

  /// What a category's hits do in this pass.
  enum Role: Equatable {
    case none
    /// Applies its modifier to what its scope covers; `marksPlan`: names a plan, for the mood of a
    /// Plan statement (a purpose clause is hypothetical about its outcome, but no plan).
    case trigger(ContextModifiers, marksPlan: Bool)
    case pseudo, terminator, section
    /// Makes its statement a billing line: `billing_marker` ("Timed codes:", "Charges:").
    case billingMarker
    /// A minutes label (`Total timed`, `Tx time`): a billing line when a number follows it.
    case minutesLabel
    /// A time label (`Time in`, `In`, `Start`): a billing line when a clock time follows it.
    case timeLabel
    /// A code name: with minutes in the same statement, the statement is a billing line.
    case codeName
    /// Minutes: with a code name in the same statement, the statement is a billing line.
    case minutes
    /// Reports what was done ("performed", "issued", "today"): a Plan statement holding one is a
    /// fact, unless it also names a plan. `today`: it names today's visit (`names=today`), which
    /// makes a statement under the goals a fact too; "met" or "achieved" alone may be any day's.
    case factMarker(today: Bool)
    /// Names a plan in a Plan section ("continue", "progress to", "begin") without reaching past
    /// it as a trigger does.
    case planMarker
  }

  struct TriggerRule: Sendable {
    var forward = true
    var backward = false
    var scope = Int.max
    /// `ends=comma`: the scope stops at a comma ("to improve strength, sit to stand x10").
    var endsAtComma = false
    /// The other words of `ends=`: the scope stops at them ("from mod A last visit to min A":
    /// `ends=comma,to` keeps the earlier visit's scope off what comes after `to`).
    var endWords: [UInt64] = []
  }

  /// The longest reach of a trigger, in words, even when its scope is "to the end of the sentence":
  /// no trigger in a therapy note plausibly reaches further, and the cap keeps run-on notes linear.
  static let maxScope = 40

  package init(lexicon: Lexicon) {
    self.lexicon = lexicon
    var roles = [Role](repeating: .none, count: lexicon.categories.count)
    func assign(_ name: String, _ role: Role) {
      if let c = lexicon.category(named: name) { roles[Int(c)] = role }
    }
    assign("negation", .trigger(.negated, marksPlan: false))
    assign("hypothetical", .trigger(.hypothetical, marksPlan: true))
    assign("historical", .trigger(.historical, marksPlan: false))
    assign("other_person", .trigger(.otherPerson, marksPlan: false))
    assign("reported", .trigger(.reported, marksPlan: false))
    // "to improve safety w/ transfers": the outcome is the aim, not work done (elements read the
    // same hits for goal links).
    assign("goal_purpose", .trigger(.hypothetical, marksPlan: false))
    assign("pseudo", .pseudo)
    assign("terminator", .terminator)
    assign("section", .section)
    assign("billing_marker", .billingMarker)
    for name in ["total_timed_label", "total_time_label"] { assign(name, .minutesLabel) }
    for name in ["time_in_label", "time_out_label"] { assign(name, .timeLabel) }
    assign("code_name", .codeName)
    assign("timed_minutes", .minutes)
    assign("fact_marker", .factMarker(today: false))
    assign("plan_marker", .planMarker)
    self.roles = zip(lexicon.categoryOfEntry, lexicon.entries).map { category, entry in
      let role = roles[Int(category)]
      return role == .factMarker(today: false) && entry.attributes["names"] == "today"
        ? .factMarker(today: true) : role
    }
    var rules = [TriggerRule?](repeating: nil, count: lexicon.entries.count)
    var targetSets = CategoryRows(rows: lexicon.entries.count, categories: lexicon.categories.count)
    var ignored = [ContextModifiers](repeating: [], count: lexicon.entries.count)
    for (index, entry) in lexicon.entries.enumerated() {
      if let names = entry.attributes["ignores"] {
        ignored[index] = ContextModifiers(
          names: names.split(separator: ",").map { String($0).trimmingWhitespace() })
      }
      guard case .trigger = roles[Int(lexicon.categoryOfEntry[index])] else { continue }
      var rule = TriggerRule()
      switch entry.attributes["direction"] {
      case "backward": rule.forward = false; rule.backward = true
      case "both": rule.backward = true
      default: break
      }
      if let scope = entry.attributes["scope"].flatMap(Int.init), scope > 0 { rule.scope = scope }
      for end in entry.attributes["ends"]?.split(separator: ",") ?? [] {
        let word = String(end).trimmingWhitespace()
        if word == "comma" {
          rule.endsAtComma = true
        } else {
          rule.endWords.append(TokenKey.of(word))
        }
      }
      if let targets = entry.attributes["targets"] {
        targetSets.set(
          row: index,
          to: targets.split(separator: ",").compactMap {
            lexicon.category(named: String($0).trimmingWhitespace())
          })
      }
      rules[index] = rule
    }
    triggerRules = rules
    triggerTargets = targetSets
    self.ignored = ignored
    sectionContexts = lexicon.entries.map {
      SectionContext(rawValue: $0.attributes["context"] ?? "performed") ?? .performed
    }
    reportWeights = lexicon.entries.map { $0.attributes["report"].flatMap { Int($0) } ?? 0 }
  }

  /// The weight of report headers that makes a note a report: a full name and another header, so
  /// that one "Past medical history:" line, or "Medications:" and "Allergies:" in a home-health
  /// template, does not.
  static let reportWeightOfAReport = 3

  /// What a statement says of itself, gathered from its hits.
  struct StatementMarks: OptionSet {
    var rawValue: UInt8
    static let billing = StatementMarks(rawValue: 1)
    static let fact = StatementMarks(rawValue: 2)
    static let plan = StatementMarks(rawValue: 4)
    static let codeName = StatementMarks(rawValue: 8)
    static let minutes = StatementMarks(rawValue: 16)
    static let today = StatementMarks(rawValue: 32)

    /// A billing line: a marker, or a code name with minutes.
    var isBilling: Bool { contains(.billing) || isSuperset(of: [.codeName, .minutes]) }
  }

  /// The context of every match in `matches` (same order): its modifiers and its statement.
  ///
  /// Matches come in text order (by first token), which the passes lean on: a section's hits and a
  /// scope's hits are runs of consecutive matches, found by stepping from a header or a trigger
  /// rather than kept in lists. Besides its three results the pass allocates one list, of the hits
  /// that set context (headers, triggers, pseudo-triggers, terminators), and, when there are
  /// triggers, one per-token table of what stops a scope.
  package func context(for matches: [LexiconMatch], in text: TokenizedText) -> NoteContext {
    let tokens = text.tokens
    if tokens.isEmpty || matches.isEmpty {
      return NoteContext(
        modifiers: [ContextModifiers](repeating: [], count: matches.count),
        statements: [Int32](repeating: 0, count: matches.count),
        billingStatements: [])
    }
    let roles = roles

    // 1. Statements, whether each is a billing line, and the hits that set context, in one pass.
    // A statement's marks are gathered while its hits go by: only whether it is a billing line is
    // kept; whether a Plan statement reports what was done is read again from its hits when a
    // Plan section asks (`reportsWhatWasDone`).
    var statements: [Int32] = []
    statements.reserveCapacity(matches.count)
    var billingStatements: [Bool] = []
    billingStatements.reserveCapacity(matches.count)
    var marks: StatementMarks = []
    // Match indices of headers in header position, triggers, pseudo-triggers and terminators.
    var special: [Int] = []
    special.reserveCapacity(matches.count)
    var statement: Int32 = 0
    var sentence = tokens[Int(matches[0].first)].sentence
    // A `;` ends a statement once the hits before it are placed: it is a terminator hit itself.
    var semicolonBefore = false
    var lastTerminator = -1
    var hasTrigger = false
    var hasPseudo = false
    var reportWeight = 0
    for n in matches.indices {
      let m = matches[n]
      let first = Int(m.first)
      if tokens[unchecked: first].sentence != sentence
        || (semicolonBefore && first > lastTerminator)
      {
        sentence = tokens[unchecked: first].sentence
        semicolonBefore = false
        statement += 1
        billingStatements.append(marks.isBilling)
        marks = []
      }
      statements.append(statement)
      switch roles[unchecked: Int(m.entry)] {
      case .none: break
      case .trigger(_, let marksPlan):
        special.append(n)
        hasTrigger = true
        if marksPlan { marks.insert(.plan) }
      case .pseudo:
        special.append(n)
        hasPseudo = true
      case .terminator:
        special.append(n)
        lastTerminator = first
        if text.isByte(tokens[first], UInt8(ascii: ";")) { semicolonBefore = true }
      case .section:
        // Most section hits stand mid-line ("balance", "tx", "per POC"): a header starts its line,
        // after a bullet at most, so those are passed over without the full test; mid-line, only
        // a one-character hit can be a SOAP letter after a sentence.
        if (tokens[first].flags.contains(.lineStart)
          || (first > 0 && tokens[first - 1].flags.contains(.lineStart)))
          && Self.isInHeaderPosition(m, in: text)
          || (m.first == m.last && tokens[first].end &- tokens[first].start == 1
            && Self.isInlineSOAPHeader(m, in: text))
        {
          special.append(n)
          reportWeight += reportWeights[Int(m.entry)]
        }
      case .billingMarker: marks.insert(.billing)
      case .minutesLabel: if text.numberAfter(Int(m.last)) != nil { marks.insert(.billing) }
      case .timeLabel: if text.timeAfter(Int(m.last)) != nil { marks.insert(.billing) }
      case .codeName:
        // A code name with a number ("TA 23", "97530 x 2") is a billing line too.
        marks.insert(
          text.numberAfter(Int(m.last), acrossTimes: true) != nil
            ? [.codeName, .minutes] : .codeName)
      case .minutes:
        marks.insert(.minutes)
        // A duration alone on its line ("45 min" under the recommendations), or after a word that
        // names the visit's time ("Time 45 min", "Tx 35 min"), states the visit.
        if tokens[unchecked: first].flags.contains(.lineStart)
          || Self.followsVisitTimeWord(first, in: text), text.endsLine(at: Int(m.last))
        {
          marks.insert(.billing)
        }
      case .factMarker: marks.insert(.fact)
      case .planMarker: marks.insert(.plan)
      }
    }
    billingStatements.append(marks.isBilling)

    // 2. Pseudo-triggers mask the triggers they overlap: those leave the list.
    // The masked triggers still end the scopes of their kind that reach them ("no trunk twist, no
    // cues needed by 3rd trip": the first `no` stops where the second begins).
    var masked: [Int] = []
    if hasTrigger && hasPseudo {
      hasTrigger = removeMaskedTriggers(from: &special, into: &masked, matches, text)
    }

    // 3. Sections and moods for every match, in text order. A header's section runs to the next
    // header or to the end of the paragraph of its first content (`sectionEnd`); headers at one
    // token each get a section, the first one only that token.
    var modifiers: [ContextModifiers] = []
    modifiers.reserveCapacity(matches.count)
    // The current header (its position in `special`, -1 past the last) and the one after it, its
    // first and last token and its context; and the current statement with what its marks make of
    // that context.
    var header = -1
    var following = nextHeader(after: -1, in: special, matches)
    var headerToken = Int.max
    var headerEnd = -1
    var context = SectionContext.performed
    func moveToNextHeader() {
      header = following
      guard header >= 0 else {
        (headerToken, headerEnd) = (Int.max, Int.max)
        return
      }
      following = nextHeader(after: header, in: special, matches)
      let m = matches[special[header]]
      (headerToken, headerEnd, context) = (
        Int(m.first), sectionEnd(of: header, before: following, in: special, matches, text),
        sectionContexts[Int(m.entry)]
      )
    }
    moveToNextHeader()
    var moodStatement: Int32 = -1
    var moodMods: ContextModifiers = []
    let ignored = ignored
    for n in matches.indices {
      let m = matches[unchecked: n]
      let first = Int(m.first)
      if headerEnd < first {
        while header >= 0, headerEnd < first { moveToNextHeader() }
        moodStatement = -1  // the mood is the new section's
      }
      var mods: ContextModifiers = []
      if headerToken <= first {
        if statements[unchecked: n] != moodStatement {
          moodStatement = statements[n]
          moodMods = moodModifiers(
            of: context, statementOf: n, statements, billingStatements, matches)
        }
        mods = moodMods
      }
      modifiers.append(mods.subtracting(ignored[unchecked: Int(m.entry)]))
    }
    if reportWeight >= Self.reportWeightOfAReport {
      markExamined(&modifiers, special, statements, billingStatements, matches)
    }

    // 4. Each trigger's scopes, applied to the hits whose first token they cover.
    if hasTrigger { applyScopes(special, stoppedBy: masked, matches, text, to: &modifiers) }

    return NoteContext(
      modifiers: modifiers, statements: statements, billingStatements: billingStatements)
  }

  /// Takes the triggers that overlap a pseudo-trigger out of `special` (those that open a clause
  /// into `masked`); returns whether any trigger is left. `special` comes in text order, so a
  /// pseudo-trigger before a trigger overlaps it when it reaches the trigger's first token (the
  /// furthest reach of those met so far says), and one after it when it starts by the trigger's
  /// last.
  func removeMaskedTriggers(
    from special: inout [Int], into masked: inout [Int], _ matches: [LexiconMatch],
    _ text: TokenizedText
  ) -> Bool {
    /// Only a masked trigger that opens a clause of a list ends the scopes before it ("…, no cues
    /// needed by 3rd trip"): in "unable w/o assist" the masked `w/o` is what `unable` negates.
    func opensClause(_ m: LexiconMatch, _ text: TokenizedText) -> Bool {
      let first = Int(m.first)
      return first > 0 && text.tokens[first - 1].kind == .joiner
        && text.isByte(text.tokens[first - 1], UInt8(ascii: ","))
    }
    var kept = 0
    var anyTrigger = false
    var pseudoReach = -1
    for s in special.indices {
      let n = special[s]
      let m = matches[n]
      switch roles[Int(m.entry)] {
      case .pseudo: pseudoReach = max(pseudoReach, Int(m.last))
      case .trigger:
        if pseudoReach >= Int(m.first) {
          if opensClause(m, text) { masked.append(n) }
          continue
        }
        var overlapped = false
        var k = s + 1
        while k < special.count, matches[special[k]].first <= m.last {
          if roles[Int(matches[special[k]].entry)] == .pseudo {
            overlapped = true
            break
          }
          k += 1
        }
        if overlapped {
          if opensClause(m, text) { masked.append(n) }
          continue
        }
        anyTrigger = true
      default: break
      }
      special[kept] = n
      kept += 1
    }
    special.removeLast(special.count - kept)
    return anyTrigger
  }

  /// Whether the line that token `i` starts opens with a label: one to three words, then a colon
  /// on the same line ("Sedation: none", "Pre: HR 92", "Lines: R PICC").
  static func opensWithLabel(_ i: Int, _ text: TokenizedText) -> Bool {
    let tokens = text.tokens
    var k = i
    while k < tokens.count, k < i + 3, tokens[k].kind == .word {
      k += 1
      guard k < tokens.count, !tokens[k].flags.contains(.lineStart) else { return false }
      if text.isByte(tokens[k], UInt8(ascii: ":")) { return true }
    }
    return false
  }

  /// The position in `special` of the first header after position `s`, or -1.
  func nextHeader(after s: Int, in special: [Int], _ matches: [LexiconMatch]) -> Int {
    var next = s + 1
    while next < special.count {
      // Unchecked: `special` holds indexes of hits.
      if roles[unchecked: Int(matches[unchecked: special[next]].entry)] == .section { return next }
      next += 1
    }
    return -1
  }

  /// The last token (inclusive) of the section that the header at position `s` of `special` opens:
  /// before the next header (at position `next`, -1 when none), and at the blank line that ends
  /// the paragraph of the section's first content.
  func sectionEnd(
    of s: Int, before next: Int, in special: [Int], _ matches: [LexiconMatch], _ text: TokenizedText
  ) -> Int {
    let tokens = text.tokens
    let lineStarts = text.lines.lineStarts
    let header = matches[special[s]]
    let token = Int(header.first)
    let limit = next >= 0 ? Int(matches[special[next]].first) - 1 : tokens.count - 1
    // Tokens ascend, so each one's line is found by moving forward from the last one's, and
    // only at a token that starts a line (a blank line can only come before one).
    var current = text.lines.lineIndex(of: Int(tokens[token].start))
    var sawContent = false
    // "S: Pt reports ..." with its report on the header line covers the lines after it only while
    // they go on reporting ("Pt states ...", "Denies ..."): "VOR x2 standing" on the next line is
    // the treatment, not the patient's report.
    let inlineReport = sectionContexts[Int(header.entry)] == .subjective
    // A history ends at a line that opens with a label of its own: after "Hx: 70M, septic shock"
    // come "Sedation: none" and "Pre: HR 92", today's, not the history's.
    let history = sectionContexts[Int(header.entry)] == .historical
    // A header inside a bullet with its content on its line ("- plan: amb BID, stairs tomorrow")
    // is that bullet's: the next bullet as far left ("- 25 min") is a new item of the list.
    var bulletColumn = -1
    if token > 0, tokens[token - 1].flags.contains(.lineStart),
      Self.isBullet(tokens[token - 1], text)
    {
      bulletColumn = Int(tokens[token - 1].start - lineStarts[current])
    }
    var i = token + 1
    // Unchecked: `limit` is a token before the next header's, or the last token.
    while i <= limit {
      let token = tokens[unchecked: i]
      if token.flags.contains(.lineStart) {
        let previous = current
        while current + 1 < lineStarts.count, lineStarts[current + 1] <= token.start {
          current += 1
        }
        if current - previous >= 2 && sawContent { break }
        if inlineReport && sawContent && !Self.reportStarters.contains(token.key) { break }
        if history && sawContent && Self.opensWithLabel(i, text) { break }
        if bulletColumn >= 0 && sawContent && Self.isBullet(token, text)
          && Int(token.start - lineStarts[current]) <= bulletColumn
        {
          break
        }
      }
      if !sawContent && token.kind != .symbol && token.kind != .joiner { sawContent = true }
      i += 1
      // Once the section has content only the tokens that start a line matter: on to the next.
      if sawContent, i <= limit, !tokens[i].flags.contains(.lineStart) {
        i =
          current + 1 < lineStarts.count
          ? text.firstToken(startingAt: Int(lineStarts[current + 1]), in: i, limit + 1) : limit + 1
      }
    }
    return i - 1
  }

  /// In a report, marks `examined` what stands outside its treatment sections and billing lines:
  /// the patient's status found or recounted. A pass of its own over the rare reports, so that
  /// daily notes pay nothing for it.
  func markExamined(
    _ modifiers: inout [ContextModifiers], _ special: [Int], _ statements: [Int32],
    _ billingStatements: [Bool], _ matches: [LexiconMatch]
  ) {
    var inTreatment = false
    var s = 0
    for n in matches.indices {
      while s < special.count, special[s] <= n {
        let header = matches[special[s]]
        if roles[Int(header.entry)] == .section {
          inTreatment = sectionContexts[Int(header.entry)] == .treatment
        }
        s += 1
      }
      if !inTreatment && !billingStatements[Int(statements[n])]
        && !ignored[Int(matches[n].entry)].contains(.examined)
      {
        modifiers[n].insert(.examined)
      }
    }
  }

  /// The modifiers a section gives the statement of hit `n`: none for a billing line, which is
  /// today's visit wherever it stands, nor for a Plan statement that reports what was done and
  /// names no plan, nor for a goal's statement that names today and no plan; else the section's.
  func moodModifiers(
    of section: SectionContext, statementOf n: Int, _ statements: [Int32],
    _ billingStatements: [Bool], _ matches: [LexiconMatch]
  ) -> ContextModifiers {
    if billingStatements[Int(statements[n])] { return [] }
    if section == .plan, reportsWhatWasDone(statementOf: n, statements, matches) { return [] }
    if section == .hypothetical,
      reportsWhatWasDone(statementOf: n, statements, matches, marker: .today)
    {
      return []
    }
    return section.modifiers
  }

  /// Whether the statement of hit `n` holds a `fact_marker` (`marker: .today`: one that names
  /// today) and names no plan (no `plan_marker`, no hypothetical trigger): read from its hits,
  /// which are consecutive.
  func reportsWhatWasDone(
    statementOf n: Int, _ statements: [Int32], _ matches: [LexiconMatch],
    marker: StatementMarks = .fact
  ) -> Bool {
    let statement = statements[n]
    var k = n
    while k > 0, statements[k - 1] == statement { k -= 1 }
    var marks: StatementMarks = []
    while k < statements.count, statements[k] == statement {
      switch roles[Int(matches[k].entry)] {
      case .factMarker(let today): marks.insert(today ? [.fact, .today] : .fact)
      case .planMarker, .trigger(_, marksPlan: true): marks.insert(.plan)
      default: break
      }
      k += 1
    }
    return marks.contains(marker) && !marks.contains(.plan)
  }

  /// What stops a scope at a token, as bits of one table entry: the kinds of the triggers that
  /// start there (a forward scope of that kind stops), shifted by `endsShift` the kinds of those
  /// that end there (a backward one stops), and a terminator, which stops every scope.
  static let endsShift: UInt16 = 8
  static let terminatorStop: UInt16 = 1 << 15

  /// Applies the scopes of the triggers in `special` (at most one each way per trigger) to the hits
  /// whose first token they cover: `modifiers[n]` gains the trigger's kind unless the two overlap,
  /// the hit's category is not among the trigger's targets or the hit's entry ignores the kind.
  ///
  /// A scope runs from the trigger's edge to the end of its sentence in its direction, at most
  /// `scope` words (never more than `maxScope`), stopped by a terminator, by a trigger of its own
  /// kind (also one a pseudo-trigger masked: `stoppedBy`), and (`ends=comma`) by a comma. One
  /// per-token table of those stops keeps every step O(1), so adversarial notes stay linear; it covers the tokens the triggers can reach, from
  /// `4 * maxScope` tokens before the first trigger to as many after the last.
  func applyScopes(
    _ special: [Int], stoppedBy masked: [Int], _ matches: [LexiconMatch], _ text: TokenizedText,
    to modifiers: inout [ContextModifiers]
  ) {
    let tokens = text.tokens
    let roles = roles
    let categoryOfEntry = lexicon.categoryOfEntry
    var firstTrigger = -1
    var lastTrigger = -1
    for n in special {
      guard case .trigger = roles[Int(matches[n].entry)] else { continue }
      if firstTrigger < 0 { firstTrigger = n }
      lastTrigger = n
    }
    let lower = max(0, Int(matches[firstTrigger].first) - Self.maxScope * 4)
    let upper = min(tokens.count - 1, Int(matches[lastTrigger].last) + Self.maxScope * 4)
    // Made from a repeated value: `Array(repeating:count:)` allocates through a stdlib entry point
    // that looks the storage type up at run time.
    var stops = Array(repeatElement(UInt16(0), count: upper - lower + 1))
    for n in special {
      let m = matches[n]
      switch roles[Int(m.entry)] {
      case .terminator:
        let t = Int(m.first)
        if t >= lower && t <= upper { stops[t - lower] |= Self.terminatorStop }
      case .trigger(let kind, _):
        stops[Int(m.first) - lower] |= UInt16(kind.rawValue)
        stops[Int(m.last) - lower] |= UInt16(kind.rawValue) << Self.endsShift
      default: break
      }
    }
    for n in masked {
      guard case .trigger(let kind, _) = roles[Int(matches[n].entry)] else { continue }
      let (first, last) = (Int(matches[n].first), Int(matches[n].last))
      if first >= lower && first <= upper { stops[first - lower] |= UInt16(kind.rawValue) }
      if last >= lower && last <= upper {
        stops[last - lower] |= UInt16(kind.rawValue) << Self.endsShift
      }
    }
    for j in special {
      let t = matches[j]
      guard case .trigger(let kind, _) = roles[Int(t.entry)], let rule = triggerRules[Int(t.entry)]
      else { continue }
      let sentence = tokens[Int(t.first)].sentence
      /// Whether the trigger opens its sentence or line: its comma ends no scope, since what it
      /// says is the whole sentence's ("At IE, BBS was 38/56"), and a past it names reaches the
      /// sentence's end ("At eval (2/1) pt required max A x2 ... and was limited by orthostasis").
      let fronted =
        t.first == 0
        || !tokens[unchecked: Int(t.first)].flags.isDisjoint(with: [.sentenceStart, .lineStart])
      let reach = fronted && kind == .historical ? Self.maxScope : min(rule.scope, Self.maxScope)
      // A trigger of the same kind ahead ends the scope and goes on with its own, except inside a
      // history that reaches the sentence's end: "Hx: prior PT in 2022 incl. biofeedback and internal
      // manual therapy per pt" stays history past the `prior`, whose six words stop short of it. (A
      // plan or a goal holding its `will`s the same way was tried and not kept: plan sentences carry
      // today's facts in asides, "Plan: continue ADL training (reminded x2 during session)".)
      let startStop =
        kind == .historical && reach == Self.maxScope
        ? Self.terminatorStop : Self.terminatorStop | UInt16(kind.rawValue)
      let endStop = Self.terminatorStop | UInt16(kind.rawValue) << Self.endsShift
      /// The byte of token `i` when it is a one-byte joiner (a parenthesis, a comma), else 0.
      func joinerByte(_ i: Int) -> UInt8 {
        let token = tokens[unchecked: i]
        guard token.kind == .joiner, token.end - token.start == 1 else { return 0 }
        return text.bytes[Int(token.start)]
      }
      /// The parenthesis that closes the one at token `i` (opening it when `step` is 1, closing it
      /// when the scan goes back and `step` is -1) when what they enclose is a date or a number
      /// and nothing else: "At last visit (3/4) pt c/o soreness" is one statement, the "(3/4)" no
      /// aside.
      func numbersOnlyAside(at i: Int, step: Int, closing: UInt8) -> Int? {
        var k = i + step
        while k >= lower, k <= upper, abs(k - i) < 8 {
          if joinerByte(k) == closing { return k != i + step ? k : nil }
          switch tokens[unchecked: k].kind {
          case .number, .ratio, .date, .time, .joiner: k += step
          default: return nil
          }
        }
        return nil
      }
      /// Whether the scope ends at token `i`: a comma (`ends=comma`), a word of `ends=`, or the
      /// parenthesis it leaves. A parenthesis is an aside: "min A (mod A last visit)" dates the
      /// aside, not the statement around it. `dateEnd` is the token that closes a date in
      /// parentheses the scan has entered, which it reads through.
      func endsScope(at i: Int, leaving parenthesis: UInt8, dateEnd: inout Int) -> Bool {
        let byte = joinerByte(i)
        if byte == 0 {
          let token = tokens[unchecked: i]
          return token.kind != .joiner && !rule.endWords.isEmpty
            && rule.endWords.contains(token.key)
        }
        if byte == parenthesis { return i != dateEnd }
        let opening: UInt8 =
          parenthesis == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: ")")
        if byte == opening,
          let end = numbersOnlyAside(
            at: i, step: parenthesis == UInt8(ascii: ")") ? 1 : -1, closing: parenthesis)
        {
          dateEnd = end
        }
        return rule.endsAtComma && byte == UInt8(ascii: ",")
          && !(fronted && (i == Int(t.last) + 1 || kind == .historical))
      }
      /// Gives hit `k`, whose first token the scope covers, the trigger's kind. The scans pass no
      /// hit that overlaps the trigger, which is its own statement's, except one that starts inside
      /// a forward hypothetical trigger and runs on past it: the trigger's last words name what the
      /// hit measures ("keep SpO2 ≥ 90%"). Another person's trigger ends in their act, and a hit
      /// that starts there is that act: "Staff instructed in HEP" is the staff being taught.
      func cover(_ k: Int) {
        let m = matches[k]
        if !triggerTargets.contains(row: Int(t.entry), categoryOfEntry[Int(m.entry)]) { return }
        modifiers[k].formUnion(kind.subtracting(ignored[Int(m.entry)]))
      }
      // Nor does a negation enter an aside after it: "she lives on the 2nd floor with no elevator
      // (LTG 2: 14 stairs w/ 1 rail)" negates the elevator, not the goal. (A goal's or a plan's
      // scope does go on into one: "STG (2 wks): amb 150' SBA".)
      // A negation's reach ends at a dash between spaces, the break of a clause: "socks w/o
      // flexing - supervision, 1 VC to avoid twist" (a hyphen inside words, "sit-to-stand", not).
      let asideStops = kind == .negated
      // The scans read the tokens and stops unchecked: they stay in `lower...upper`, which holds
      // the triggers and lies within the tokens.
      if rule.forward {
        var end = Int(t.last)
        var i = end + 1
        var steps = 0
        var dateEnd = -1
        while i <= upper, tokens[unchecked: i].sentence == sentence, steps < reach,
          stops[unchecked: i - lower] & startStop == 0,
          !(asideStops
            && (joinerByte(i) == UInt8(ascii: "(")
              || Self.isSpacedDash(tokens[unchecked: i], in: text))),
          !endsScope(at: i, leaving: UInt8(ascii: ")"), dateEnd: &dateEnd)
        {
          if tokens[unchecked: i].kind != .joiner { steps += 1 }
          end = i
          i += 1
        }
        // The hits after the trigger whose first token lies in `t.last + 1 ... end`, and those
        // that start inside a hypothetical one after its first token and end after it.
        var k = j + 1
        while k < matches.count, Int(matches[k].first) <= end {
          let m = matches[k]
          if m.first > t.last || (kind == .hypothetical && m.first > t.first && m.last > t.last) {
            cover(k)
          }
          k += 1
        }
      }
      // A scope that looks back ("next appt 1 wk", "last visit") stays on its own line: the line
      // above ("97140 8 min") is another statement even where no stop ends it.
      if rule.backward {
        var start = Int(t.first)
        var i = start - 1
        var steps = 0
        var dateEnd = -1
        while i >= lower, tokens[unchecked: i].sentence == sentence, steps < reach,
          !tokens[unchecked: i + 1].flags.contains(.lineStart),
          stops[unchecked: i - lower] & endStop == 0,
          !endsScope(at: i, leaving: UInt8(ascii: "("), dateEnd: &dateEnd)
        {
          if tokens[unchecked: i].kind != .joiner { steps += 1 }
          start = i
          i -= 1
        }
        // The hits whose first token lies in `start ...` and that end before the trigger.
        var k = j - 1
        while k >= 0, Int(matches[k].first) >= start {
          if matches[k].last < t.first { cover(k) }
          k -= 1
        }
      }
    }
  }

  /// Whether `token` is a dash with a space on each side (" - ", " – "): a break between clauses.
  static func isSpacedDash(_ token: Token, in text: TokenizedText) -> Bool {
    guard token.kind == .joiner, text.isDash(token), token.start > 0,
      Int(token.end) < text.bytes.count
    else { return false }
    return text.bytes[Int(token.start) - 1] == UInt8(ascii: " ")
      && text.bytes[Int(token.end)] == UInt8(ascii: " ")
  }

  /// Whether token `first` follows a word alone at its line's start that names the visit's time
  /// ("Time 45 min", "Tx 35 min"). Out of line: the context pass's loop stays as compiled.
  @inline(never)
  static func followsVisitTimeWord(_ first: Int, in text: TokenizedText) -> Bool {
    first > 0 && text.tokens[first - 1].flags.contains(.lineStart)
      && visitTimeWords.contains(text.tokens[first - 1].key)
  }

  /// Words that name a visit's time before its duration on a line of their own: "Time 45 min".
  static let visitTimeWords = KeySet(
    ["time", "tx", "treatment", "session", "visit", "therapy", "total"].map(TokenKey.of))

  /// Words that open a line still reporting what the patient or family said.
  static let reportStarters = KeySet(
    [
      "pt", "patient", "she", "he", "they", "reports", "reported", "states", "stated", "says",
      "said", "denies", "denied", "c/o", "c", "complains",
      "notes", "per", "family", "husband", "wife", "daughter", "son", "mom", "mother", "dad",
      "father", "parent", "parents", "caregiver", "cg",
      "\"", "“", "'", "also", "and", "but", "no", "has", "had", "feels", "felt", "pain", "hep",
      "using", "uses", "sleeping", "slept",
      "walking", "currently", "still", "goal", "goals", "wants", "would", "agreeable", "reports:",
    ].map(TokenKey.of))

  /// Whether a section-header hit stands where a header does: first on its line (after a bullet at
  /// most) and followed by a colon or by the end of the line. "Plan:" starts a plan section; "per
  /// POC" in a sentence does not.
  static func isInHeaderPosition(_ m: LexiconMatch, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    let first = tokens[Int(m.first)]
    guard
      first.flags.contains(.lineStart)
        || (Int(m.first) > 0 && isBullet(tokens[Int(m.first) - 1], text)
          && tokens[Int(m.first) - 1].flags.contains(.lineStart))
    else { return isInlineSOAPHeader(m, in: text) }
    // The header may carry a parenthesis before its colon: "TherAct (97530):", "Treatment (25 min):",
    // also one the header's own words opened ("HEP (issued 3/4):" matches as "HEP issued").
    var next = Int(m.last) + 1
    var opened = false
    for k in Int(m.first)...Int(m.last) {
      let b = text.bytes[Int(tokens[k].start)]
      if b == UInt8(ascii: "(") { opened = true } else if b == UInt8(ascii: ")") { opened = false }
    }
    if next < tokens.count, opened || text.bytes[Int(tokens[next].start)] == UInt8(ascii: "(") {
      let line = text.lines.lineIndex(of: Int(tokens[Int(m.last)].start))
      var k = next
      while k < tokens.count, k - next < 12, text.lines.lineIndex(of: Int(tokens[k].start)) == line
      {
        if text.bytes[Int(tokens[k].start)] == UInt8(ascii: ")") {
          next = k + 1
          break
        }
        k += 1
      }
    }
    let followedByColon =
      next < tokens.count && text.bytes[Int(tokens[next].start)] == UInt8(ascii: ":")
    let aloneOnLine = next >= tokens.count || tokens[next].flags.contains(.lineStart)
    return followedByColon || aloneOnLine
  }

  /// Whether a match is a SOAP letter written inside a line after a sentence, as notes flattened
  /// into one line hold them ("…going downstairs.' O: TE - SLR 2x10 …"): a capital S, O, A or P
  /// alone, a colon after it, and before it the end of a sentence (`.`, `!`, `?`, `;`, or a
  /// closing quote or parenthesis after one).
  static func isInlineSOAPHeader(_ m: LexiconMatch, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    let k = Int(m.first)
    guard m.first == m.last, k > 0, k + 1 < tokens.count, tokens[k].end - tokens[k].start == 1
    else { return false }
    let letter = text.bytes[Int(tokens[k].start)]
    guard
      letter == UInt8(ascii: "S") || letter == UInt8(ascii: "O") || letter == UInt8(ascii: "A")
        || letter == UInt8(ascii: "P"),
      text.bytes[Int(tokens[k + 1].start)] == UInt8(ascii: ":")
    else { return false }
    func endsSentence(_ t: Int) -> Bool {
      let b = text.bytes[Int(tokens[t].start)]
      return tokens[t].end - tokens[t].start == 1
        && (b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
          || b == UInt8(ascii: ";"))
    }
    if endsSentence(k - 1) { return true }
    let b = text.bytes[Int(tokens[k - 1].start)]
    let closes =
      b == UInt8(ascii: "'") || b == UInt8(ascii: "\"") || b == UInt8(ascii: ")")
      || b == 0xE2  // the closing curly quotes, U+2019 and U+201D
    return closes && k > 1 && endsSentence(k - 2)
  }

  static func isBullet(_ token: Token, _ text: TokenizedText) -> Bool {
    let b = text.bytes[Int(token.start)]
    return token.end - token.start <= 3
      && (b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "#") || b >= 0x80)
  }

}

/// The context of a note's hits: what the context pass hands the document.
package struct NoteContext: Sendable {
  /// Per hit: why it might not count as today's treatment.
  package var modifiers: [ContextModifiers]
  /// Per hit: the statement it belongs to (a sentence, cut again at `;`), ascending through the
  /// note; hits of one statement share the number.
  package var statements: [Int32]
  /// Per statement number: whether it is a billing line (rule 3).
  package var billingStatements: [Bool]
}

/// A set of category numbers per row (a lexicon entry), as one bit per category in a flat table:
/// a membership test is a load and a bit test. A row starts with every category in it.
struct CategoryRows: Sendable {
  private var words: [UInt64]
  /// Words per row.
  private let stride: Int

  init(rows: Int, categories: Int) {
    stride = max(1, (categories + 63) / 64)
    words = [UInt64](repeating: .max, count: rows * stride)
  }

  /// Makes row `row` hold exactly `categories`.
  mutating func set(row: Int, to categories: [Int16]) {
    for w in 0..<stride { words[row * stride + w] = 0 }
    for c in categories { words[row * stride + Int(c) / 64] |= 1 << UInt64(Int(c) % 64) }
  }

  func contains(row: Int, _ category: Int16) -> Bool {
    words[row * stride + Int(category) / 64] & (1 << UInt64(Int(category) % 64)) != 0
  }
}
