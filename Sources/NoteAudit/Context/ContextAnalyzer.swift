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
/// 3. **Moods.** A section's default applies statement by statement, and a statement can say
///    otherwise:
///    - a **billing statement** — a `billing_marker` ("Timed codes:", "Charges:"), a minutes label
///      with a number (`Total timed: 38`, `Tx time 45 min`), a time label with a time (`Time in
///      10:02`) or a code name with minutes (`97530 x 23 min`, `TA 23`) — states today's visit
///      wherever it stands: in a Plan, under the goals, after the signature;
///    - in a **Plan** section, a statement is a plan unless it reports what was done (a
///      `fact_marker`: "performed", "issued", "today") and names no plan (no `plan_marker` such as
///      "continue" or "progress to", and no hypothetical trigger such as "will" or "next session").
/// 4. `pseudo` hits mask any trigger they overlap ("no LOB" is a response, "without AD" a device).
/// 5. A trigger's scope runs from its edge to the end of its statement's sentence in its
///    `direction`, at most `scope` words (never more than `maxScope`), cut at a `terminator`
///    ("but", "however", ";") and at the next trigger of its own category (ConText's
///    `limit_scope`). It modifies an element hit whose first token lies inside the scope, unless
///    the two overlap, the element's category is not in the trigger's `targets`, or the element's
///    entry `ignores` that modifier (a comparison with the last visit is a response by nature).
public struct ContextAnalyzer: Sendable {
  let lexicon: Lexicon
  /// Per category number: the part its hits play here.
  let roles: [Role]
  /// Per entry: direction and scope of a trigger (nil for other entries), read once from
  /// attributes.
  let triggerRules: [TriggerRule?]
  /// Per entry: the categories a trigger may modify (`targets=`; all of them without it).
  let triggerTargets: CategoryRows
  /// Per entry: the context a `section` header sets (`context=`, `performed` when absent).
  let sectionContexts: [SectionContext]
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
    /// fact, unless it also names a plan.
    case factMarker
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
  }

  /// The longest reach of a trigger, in words, even when its scope is "to the end of the sentence":
  /// no trigger in a therapy note plausibly reaches further, and the cap keeps run-on notes linear.
  static let maxScope = 40

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
    var roles = [Role](repeating: .none, count: lexicon.categories.count)
    func assign(_ name: String, _ role: Role) {
      if let c = lexicon.category(named: name) { roles[Int(c)] = role }
    }
    assign("negation", .trigger(.negated, marksPlan: false))
    assign("hypothetical", .trigger(.hypothetical, marksPlan: true))
    assign("historical", .trigger(.historical, marksPlan: false))
    assign("other_person", .trigger(.otherPerson, marksPlan: false))
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
    assign("fact_marker", .factMarker)
    assign("plan_marker", .planMarker)
    self.roles = roles
    var rules = [TriggerRule?](repeating: nil, count: lexicon.entries.count)
    var targetSets = CategoryRows(rows: lexicon.entries.count, categories: lexicon.categories.count)
    var ignored = [ContextModifiers](repeating: [], count: lexicon.entries.count)
    for (index, entry) in lexicon.entries.enumerated() {
      if let names = entry.attributes["ignores"] {
        ignored[index] = ContextModifiers(names: names.split(separator: ",").map { String($0).trimmingWhitespace() })
      }
      guard case .trigger = roles[Int(lexicon.categoryOfEntry[index])] else { continue }
      var rule = TriggerRule()
      switch entry.attributes["direction"] {
      case "backward": rule.forward = false; rule.backward = true
      case "both": rule.backward = true
      default: break
      }
      if let scope = entry.attributes["scope"].flatMap(Int.init), scope > 0 { rule.scope = scope }
      rule.endsAtComma = entry.attributes["ends"] == "comma"
      if let targets = entry.attributes["targets"] {
        targetSets.set(row: index, to: targets.split(separator: ",").compactMap { lexicon.category(named: String($0).trimmingWhitespace()) })
      }
      rules[index] = rule
    }
    triggerRules = rules
    triggerTargets = targetSets
    self.ignored = ignored
    sectionContexts = lexicon.entries.map { SectionContext(rawValue: $0.attributes["context"] ?? "performed") ?? .performed }
  }

  /// A trigger with its resolved scope (token indices, inclusive).
  struct Scope {
    var kind: ContextModifiers
    var match: LexiconMatch
    var lower: Int
    var upper: Int
  }

  /// What a statement says of itself, gathered from its hits.
  struct StatementMarks: OptionSet {
    var rawValue: UInt8
    static let billing = StatementMarks(rawValue: 1)
    static let fact = StatementMarks(rawValue: 2)
    static let plan = StatementMarks(rawValue: 4)
    static let codeName = StatementMarks(rawValue: 8)
    static let minutes = StatementMarks(rawValue: 16)

    /// A billing line: a marker, or a code name with minutes.
    var isBilling: Bool { contains(.billing) || isSuperset(of: [.codeName, .minutes]) }
  }

  /// The context of every match in `matches` (same order): its modifiers and its statement.
  public func context(for matches: [LexiconMatch], in text: TokenizedText) -> NoteContext {
    let tokens = text.tokens
    if tokens.isEmpty || matches.isEmpty {
      return NoteContext(
        modifiers: [ContextModifiers](repeating: [], count: matches.count), statements: [Int32](repeating: 0, count: matches.count),
        billingStatements: [])
    }
    let categoryOfEntry = lexicon.categoryOfEntry

    // 1. Statements, and the hits that set context, in one pass.
    var statements = [Int32](repeating: 0, count: matches.count)
    var marks: [StatementMarks] = [[]]
    var sectionStarts: [(token: Int, context: SectionContext)] = []
    var terminators: [Int] = []
    var pseudoRanges: [ClosedRange<Int>] = []
    var triggers: [LexiconMatch] = []
    var statement: Int32 = 0
    var sentence = tokens[Int(matches[0].first)].sentence
    // A `;` ends a statement once the hits before it are placed: it is a terminator hit itself.
    var semicolonBefore = false
    for (n, m) in matches.enumerated() {
      let first = Int(m.first)
      if tokens[first].sentence != sentence || (semicolonBefore && first > terminators.last!) {
        sentence = tokens[first].sentence
        semicolonBefore = false
        statement += 1
        marks.append([])
      }
      statements[n] = statement
      switch roles[Int(categoryOfEntry[Int(m.entry)])] {
      case .none: break
      case .trigger(_, let marksPlan):
        triggers.append(m)
        if marksPlan { marks[Int(statement)].insert(.plan) }
      case .pseudo: pseudoRanges.append(m.tokenRange)
      case .terminator:
        terminators.append(first)
        if text.isByte(tokens[first], UInt8(ascii: ";")) { semicolonBefore = true }
      case .section:
        if Self.isInHeaderPosition(m, in: text) { sectionStarts.append((first, sectionContexts[Int(m.entry)])) }
      case .billingMarker: marks[Int(statement)].insert(.billing)
      case .minutesLabel: if text.numberAfter(Int(m.last)) != nil { marks[Int(statement)].insert(.billing) }
      case .timeLabel: if text.timeAfter(Int(m.last)) != nil { marks[Int(statement)].insert(.billing) }
      case .codeName:
        // A code name with a number ("TA 23", "97530 x 2") is a billing line too.
        marks[Int(statement)].insert(text.numberAfter(Int(m.last), acrossTimes: true) != nil ? [.codeName, .minutes] : .codeName)
      case .minutes: marks[Int(statement)].insert(.minutes)
      case .factMarker: marks[Int(statement)].insert(.fact)
      case .planMarker: marks[Int(statement)].insert(.plan)
      }
    }

    // 2. Pseudo-triggers mask overlapping triggers.
    if !pseudoRanges.isEmpty {
      triggers.removeAll { t in pseudoRanges.contains { $0.overlaps(t.tokenRange) } }
    }
    // 3. Scopes, sorted by their lower edge for the sweep below.
    var scopes: [Scope] = []
    if !triggers.isEmpty {
      scopes = self.scopes(of: triggers, terminators: terminators, in: text)
      scopes.sort { $0.lower < $1.lower }
    }
    // 4. Sections and moods, then triggers, for every match in text order.
    if sectionStarts.count > 1 { sectionStarts.sort { $0.token < $1.token } }
    let sections = sectionSpans(sectionStarts, in: text)
    var sectionIndex = 0
    var nextScope = 0
    var active: [Scope] = []
    var modifiers = [ContextModifiers](repeating: [], count: matches.count)
    for (n, m) in matches.enumerated() {
      let first = Int(m.first)
      var mods: ContextModifiers = []
      while sectionIndex < sections.count, sections[sectionIndex].end < first { sectionIndex += 1 }
      if sectionIndex < sections.count, sections[sectionIndex].start <= first {
        mods = Self.mood(of: sections[sectionIndex].context, marks[Int(statements[n])]).modifiers
      }
      if !scopes.isEmpty {
        while nextScope < scopes.count, scopes[nextScope].lower <= first {
          active.append(scopes[nextScope])
          nextScope += 1
        }
        active.removeAll { $0.upper < first }
        let category = categoryOfEntry[Int(m.entry)]
        for scope in active where scope.lower <= first {
          if scope.match.first <= m.last && m.first <= scope.match.last { continue }  // they overlap
          if !triggerTargets.contains(row: Int(scope.match.entry), category) { continue }
          mods.formUnion(scope.kind)
        }
      }
      modifiers[n] = mods.subtracting(ignored[Int(m.entry)])
    }
    return NoteContext(modifiers: modifiers, statements: statements, billingStatements: marks.map(\.isBilling))
  }

  /// The context a section gives a statement with these marks: a billing line is today's visit
  /// wherever it stands; a Plan statement that reports what was done, and names no plan, is too.
  static func mood(of section: SectionContext, _ marks: StatementMarks) -> SectionContext {
    if marks.isBilling { return .performed }
    if section == .plan, marks.contains(.fact), !marks.contains(.plan) { return .performed }
    return section
  }

  /// The scope of each trigger, at most one each way.
  func scopes(of triggers: [LexiconMatch], terminators: [Int], in text: TokenizedText) -> [Scope] {
    let tokens = text.tokens
    let categoryOfEntry = lexicon.categoryOfEntry
    // What stops a scope at a token: a terminator stops every scope; a trigger stops the scopes
    // of its kind that reach it (a forward scope at its first token, a backward one at its last).
    // Only the tokens the triggers span are marked, so the table is as long as the reach.
    let lower = max(0, Int(triggers.first!.first) - Self.maxScope * 4)
    let upper = min(tokens.count - 1, Int(triggers.last!.last) + Self.maxScope * 4)
    var terminatorAt = [Bool](repeating: false, count: upper - lower + 1)
    var startsAt = [ContextModifiers](repeating: [], count: upper - lower + 1)
    var endsAt = [ContextModifiers](repeating: [], count: upper - lower + 1)
    for t in terminators where t >= lower && t <= upper { terminatorAt[t - lower] = true }
    var kinds: [ContextModifiers] = []
    kinds.reserveCapacity(triggers.count)
    for t in triggers {
      guard case .trigger(let kind, _) = roles[Int(categoryOfEntry[Int(t.entry)])] else { continue }
      kinds.append(kind)
      startsAt[Int(t.first) - lower].formUnion(kind)
      endsAt[Int(t.last) - lower].formUnion(kind)
    }
    var scopes: [Scope] = []
    scopes.reserveCapacity(triggers.count * 2)
    for (t, kind) in zip(triggers, kinds) {
      guard let rule = triggerRules[Int(t.entry)] else { continue }
      let sentence = tokens[Int(t.first)].sentence
      let reach = min(rule.scope, Self.maxScope)
      func stops(at i: Int) -> Bool { rule.endsAtComma && text.isByte(tokens[i], UInt8(ascii: ",")) }
      if rule.forward {
        var end = Int(t.last)
        var i = end + 1
        var steps = 0
        while i <= upper, tokens[i].sentence == sentence, steps < reach, !terminatorAt[i - lower], !startsAt[i - lower].contains(kind), !stops(at: i) {
          if tokens[i].kind != .joiner { steps += 1 }
          end = i
          i += 1
        }
        if end > Int(t.last) { scopes.append(Scope(kind: kind, match: t, lower: Int(t.last) + 1, upper: end)) }
      }
      if rule.backward {
        var start = Int(t.first)
        var i = start - 1
        var steps = 0
        while i >= lower, tokens[i].sentence == sentence, steps < reach, !terminatorAt[i - lower], !endsAt[i - lower].contains(kind), !stops(at: i) {
          if tokens[i].kind != .joiner { steps += 1 }
          start = i
          i -= 1
        }
        if start < Int(t.first) { scopes.append(Scope(kind: kind, match: t, lower: start, upper: Int(t.first) - 1)) }
      }
    }
    return scopes
  }

  /// Token ranges (inclusive) that each section header governs: from the header to the next header
  /// or to the blank line that ends the paragraph of the section's first content.
  func sectionSpans(_ starts: [(token: Int, context: SectionContext)], in text: TokenizedText) -> [(start: Int, end: Int, context: SectionContext)] {
    let tokens = text.tokens
    let lineStarts = text.lines.lineStarts
    var spans: [(start: Int, end: Int, context: SectionContext)] = []
    spans.reserveCapacity(starts.count)
    for (k, header) in starts.enumerated() {
      let limit = k + 1 < starts.count ? starts[k + 1].token - 1 : tokens.count - 1
      // Tokens ascend, so each one's line is found by moving forward from the last one's, and
      // only at a token that starts a line (a blank line can only come before one).
      var current = text.lines.lineIndex(of: Int(tokens[header.token].start))
      var sawContent = false
      // "S: Pt reports ..." with its report on the header line covers the lines after it only while
      // they go on reporting ("Pt states ...", "Denies ..."): "VOR x2 standing" on the next line is
      // the treatment, not the patient's report.
      let inlineReport = header.context == .subjective
      var i = header.token + 1
      while i <= limit {
        let token = tokens[i]
        if token.flags.contains(.lineStart) {
          let previous = current
          while current + 1 < lineStarts.count, lineStarts[current + 1] <= token.start { current += 1 }
          if current - previous >= 2 && sawContent { break }
          if inlineReport && sawContent && !Self.reportStarters.contains(token.key) { break }
        }
        if !sawContent && token.kind != .symbol && token.kind != .joiner { sawContent = true }
        i += 1
      }
      spans.append((header.token, i - 1, header.context))
    }
    return spans
  }

  /// Words that open a line still reporting what the patient or family said.
  static let reportStarters: Set<UInt64> = Set(
    ["pt", "patient", "she", "he", "they", "reports", "reported", "states", "stated", "says", "said", "denies", "denied", "c/o", "c", "complains",
     "notes", "per", "family", "husband", "wife", "daughter", "son", "mom", "mother", "dad", "father", "parent", "parents", "caregiver", "cg",
     "\"", "“", "'", "also", "and", "but", "no", "has", "had", "feels", "felt", "pain", "hep", "using", "uses", "sleeping", "slept",
     "walking", "currently", "still", "goal", "goals", "wants", "would", "agreeable", "reports:"].map(TokenKey.of))

  /// Whether a section-header hit stands where a header does: first on its line (after a bullet at
  /// most) and followed by a colon or by the end of the line. "Plan:" starts a plan section; "per
  /// POC" in a sentence does not.
  static func isInHeaderPosition(_ m: LexiconMatch, in text: TokenizedText) -> Bool {
    let tokens = text.tokens
    let first = tokens[Int(m.first)]
    guard first.flags.contains(.lineStart) || (Int(m.first) > 0 && isBullet(tokens[Int(m.first) - 1], text) && tokens[Int(m.first) - 1].flags.contains(.lineStart)) else { return false }
    // The header may carry a parenthesis before its colon: "TherAct (97530):", "Treatment (25 min):".
    var next = Int(m.last) + 1
    if next < tokens.count, text.bytes[Int(tokens[next].start)] == UInt8(ascii: "(") {
      let line = text.lines.lineIndex(of: Int(tokens[Int(m.last)].start))
      var k = next
      while k < tokens.count, k - next < 12, text.lines.lineIndex(of: Int(tokens[k].start)) == line {
        if text.bytes[Int(tokens[k].start)] == UInt8(ascii: ")") {
          next = k + 1
          break
        }
        k += 1
      }
    }
    let followedByColon = next < tokens.count && text.bytes[Int(tokens[next].start)] == UInt8(ascii: ":")
    let aloneOnLine = next >= tokens.count || tokens[next].flags.contains(.lineStart)
    return followedByColon || aloneOnLine
  }

  static func isBullet(_ token: Token, _ text: TokenizedText) -> Bool {
    let b = text.bytes[Int(token.start)]
    return token.end - token.start <= 3 && (b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "#") || b >= 0x80)
  }

}

/// The context of a note's hits: what the context pass hands the document.
public struct NoteContext: Sendable {
  /// Per hit: why it might not count as today's treatment.
  public var modifiers: [ContextModifiers]
  /// Per hit: the statement it belongs to (a sentence, cut again at `;`), ascending through the
  /// note; hits of one statement share the number.
  public var statements: [Int32]
  /// Per statement number: whether it is a billing line (rule 3).
  public var billingStatements: [Bool]
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
