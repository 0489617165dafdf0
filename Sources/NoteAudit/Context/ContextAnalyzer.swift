/// Decides, for every lexicon hit, which context modifiers apply: a NegEx/ConText-style pass whose
/// triggers come from the lexicon (categories `negation`, `pseudo`, `hypothetical`, `historical`,
/// `other_person`, `terminator`, `section`).
///
/// Rules, in order:
/// 1. A `section` hit at the start of a line followed by `:` (or alone on its line) sets the context
///    of what follows it up to the next section header or the end of the paragraph (a blank line)
///    that holds the section's first content: "Diagnosis: s/p THA ..." does not make the narrative
///    paragraphs after it history, while "Goals:" alone on a line still covers the list below it.
///    A line that opens with a billing label ("Total timed: 38 min", "Time in 10:02") starts a
///    performed section of its own.
/// 2. `pseudo` hits mask any trigger they overlap ("no LOB" is a response, "without AD" a device).
/// 3. A trigger's scope runs from its edge to the end of its sentence in its `direction`
///    (`forward`, `backward`, `both`), at most `scope` words (and never more than 40), cut at a `terminator` ("but",
///    "however", ";") and at the next trigger of the same category (ConText's `limit_scope`).
/// 4. A trigger modifies an element hit whose first token lies inside its scope, unless the two
///    overlap (an entry such as "without assist" is itself the element) or the element's category
///    is not in the trigger's `targets`.
public struct ContextAnalyzer: Sendable {
  let lexicon: Lexicon
  /// Per category number: the modifier its triggers apply, empty for categories that are not
  /// triggers. The per-category and per-entry tables are arrays, not dictionaries: they are read
  /// for every hit.
  let triggerKinds: [ContextModifiers]
  let pseudo: Int16?
  let terminator: Int16?
  let section: Int16?
  /// Per category number: whether it is a billing-record label ("Total timed: 38 min", "Time in
  /// 10:02") that opens a line.
  let billingLabels: [Bool]
  /// Per entry: direction and scope of a trigger (nil for other entries), read once from
  /// attributes.
  let triggerRules: [TriggerRule?]
  /// Per entry: the categories a trigger may modify (`targets=`; every one without it). Apart from
  /// the rules, and bits rather than a `Set`: asked for every hit a scope covers.
  let triggerTargets: CategoryRows
  /// Per entry: the context a `section` header sets (`context=`, `performed` when absent or
  /// unknown), read once rather than through the attribute dictionary per header hit.
  let sectionContexts: [SectionContext]

  struct TriggerRule: Sendable {
    var forward = true
    var backward = false
    var scope = Int.max
  }

  /// The longest reach of a trigger, in words, even when its scope is "to the end of the sentence":
  /// no trigger in a therapy note plausibly reaches further, and the cap keeps run-on notes linear.
  static let maxScope = 40

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
    var kinds = [ContextModifiers](repeating: [], count: lexicon.categories.count)
    for (name, modifier) in [("negation", ContextModifiers.negated), ("hypothetical", .hypothetical), ("historical", .historical), ("other_person", .otherPerson)] {
      if let c = lexicon.category(named: name) { kinds[Int(c)] = modifier }
    }
    triggerKinds = kinds
    pseudo = lexicon.category(named: "pseudo")
    terminator = lexicon.category(named: "terminator")
    section = lexicon.category(named: "section")
    var labels = [Bool](repeating: false, count: lexicon.categories.count)
    for c in ["total_timed_label", "total_time_label", "time_in_label", "time_out_label"].compactMap(lexicon.category(named:)) {
      labels[Int(c)] = true
    }
    billingLabels = labels
    var rules = [TriggerRule?](repeating: nil, count: lexicon.entries.count)
    var targetSets = CategoryRows(rows: lexicon.entries.count, categories: lexicon.categories.count)
    for (index, entry) in lexicon.entries.enumerated() where !kinds[Int(lexicon.categoryOfEntry[index])].isEmpty {
      var rule = TriggerRule()
      switch entry.attributes["direction"] {
      case "backward": rule.forward = false; rule.backward = true
      case "both": rule.backward = true
      default: break
      }
      if let scope = entry.attributes["scope"].flatMap(Int.init), scope > 0 { rule.scope = scope }
      if let targets = entry.attributes["targets"] {
        targetSets.set(row: index, to: targets.split(separator: ",").compactMap { lexicon.category(named: String($0).trimmingWhitespace()) })
      }
      rules[index] = rule
    }
    triggerRules = rules
    triggerTargets = targetSets
    sectionContexts = lexicon.entries.map { SectionContext(rawValue: $0.attributes["context"] ?? "performed") ?? .performed }
  }

  /// A trigger with its resolved scope (token indices, inclusive). Its target categories stay in
  /// `triggerTargets` (looked up only for the matches a scope covers).
  struct Scope {
    var kind: ContextModifiers
    var match: LexiconMatch
    var lower: Int
    var upper: Int
  }

  /// The modifiers of each match in `matches` (same order).
  ///
  /// The per-note lists live in one `ScratchArena`, sized from the numbers of matches and tokens.
  public func modifiers(for matches: [LexiconMatch], in text: TokenizedText) -> [ContextModifiers] {
    let tokens = text.tokens
    if tokens.isEmpty || matches.isEmpty { return [ContextModifiers](repeating: [], count: matches.count) }
    // Read once: through the lexicon (a class) the table was retained and released per hit.
    let categoryOfEntry = lexicon.categoryOfEntry
    let (hits, words) = (matches.count, tokens.count)
    // Scopes are bucketed by their lower edge (see below): room for every bucket and two scopes
    // per hit.
    let bucketWidth = 64
    let bucketRoom = (words - 1) / bucketWidth + 2 + 2 * hits
    var arena = ScratchArena(
      byteCount: ScratchArena.size(of: (token: Int, context: SectionContext).self, hits)
        + ScratchArena.size(of: Int.self, hits) + ScratchArena.size(of: ClosedRange<Int>.self, hits)
        + ScratchArena.size(of: LexiconMatch.self, hits) + ScratchArena.size(of: Scope.self, 2 * hits)
        + ScratchArena.size(of: ContextModifiers.self, words) + ScratchArena.size(of: Stops.self, words)
        + ScratchArena.size(of: Int.self, bucketRoom) + ScratchArena.size(of: (start: Int, end: Int, context: SectionContext).self, hits))
    defer { arena.deallocate() }

    // 1. Sections (a context per token range, applied from the header on), terminators,
    // pseudo-triggers and triggers, in one pass over the hits.
    var sectionStarts = FixedList(arena.take((token: Int, context: SectionContext).self, hits))
    var terminators = FixedList(arena.take(Int.self, hits))
    var pseudoRanges = FixedList(arena.take(ClosedRange<Int>.self, hits))
    var triggers = FixedList(arena.take(LexiconMatch.self, hits))
    for m in matches {
      let category = categoryOfEntry[Int(m.entry)]
      if category == section, let context = sectionContext(of: m, in: text) {
        sectionStarts.append((Int(m.first), context))
      } else if billingLabels[Int(category)], text.tokens[Int(m.first)].flags.contains(.lineStart) {
        // A line of billing record ("Total treatment time 45 min") is what was done, even under
        // a "P:" paragraph.
        sectionStarts.append((Int(m.first), .performed))
      } else if category == terminator {
        terminators.append(Int(m.first))
      } else if category == pseudo {
        pseudoRanges.append(m.tokenRange)
      } else if !triggerKinds[Int(category)].isEmpty {
        triggers.append(m)
      }
    }
    // 2. Pseudo-triggers mask overlapping triggers.
    if !pseudoRanges.isEmpty {
      var kept = 0
      for t in triggers.elements where !pseudoRanges.elements.contains(where: { $0.overlaps(t.tokenRange) }) {
        triggers[kept] = t
        kept += 1
      }
      triggers.truncate(to: kept)
    }
    // 3. Scopes, and per token the kinds of the scopes that cover it: a hit on a token no scope
    // covers (most hits) skips the search below.
    var scopes = FixedList(arena.take(Scope.self, 2 * triggers.count))
    let covered = arena.take(ContextModifiers.self, words)
    if !triggers.isEmpty {
      self.scopes(of: triggers, terminators: terminators, in: tokens, stops: arena.take(Stops.self, words), into: &scopes)
      covered.initialize(repeating: [])
      for scope in scopes.elements {
        for t in scope.lower...scope.upper { covered[t].formUnion(scope.kind) }
      }
    }
    // 4. Apply to every match.
    var sectionStartList = sectionStarts.elements
    if zip(sectionStartList, sectionStartList.dropFirst()).contains(where: { $0.token > $1.token }) {
      sectionStartList.sort { $0.token < $1.token }
    }
    let sections = sectionSpans(sectionStartList, in: text, into: FixedList(arena.take((start: Int, end: Int, context: SectionContext).self, hits)))
    var sectionIndex = 0
    // Scopes are bucketed by their lower edge; a scope spans at most `maxScope` words (plus
    // joiners), so only nearby buckets can hold one that covers a match. One table holds both
    // halves of a counting sort (no dictionary per note): the first `bucketCount + 1` entries are
    // where each bucket's scope numbers start (the last one is the total), and the scope numbers
    // follow them, bucket by bucket.
    // (No scopes, no buckets: many notes have no trigger.)
    let bucketCount = scopes.isEmpty ? 0 : (words - 1) / bucketWidth + 1
    let buckets = arena.take(Int.self, scopes.isEmpty ? 0 : bucketCount + 1 + scopes.count)
    if !scopes.isEmpty {
      buckets.initialize(repeating: 0)
      // Counted into their own bucket, summed to each bucket's end, then placed from the back, so
      // each bucket's entry ends as its start (the last entry stays the total).
      for scope in scopes.elements { buckets[scope.lower / bucketWidth] += 1 }
      for b in 1...bucketCount { buckets[b] += buckets[b - 1] }
      for n in (0..<scopes.count).reversed() {
        let b = scopes[n].lower / bucketWidth
        buckets[b] -= 1
        buckets[bucketCount + 1 + buckets[b]] = n
      }
    }
    let reachBuckets = (ContextAnalyzer.maxScope * 4) / bucketWidth + 1
    // Filled in place: `Array(repeating:count:)` allocates through code specialised for the
    // element, where `unsafeUninitializedCapacity` went through the generic runtime.
    var result = [ContextModifiers](repeating: [], count: matches.count)
    result.withUnsafeMutableBufferPointer { result in
      for (n, m) in matches.enumerated() {
        var mods: ContextModifiers = []
        let first = Int(m.first)
        while sectionIndex < sections.count, sections[sectionIndex].end < first { sectionIndex += 1 }
        if sectionIndex < sections.count, sections[sectionIndex].start <= first { mods.formUnion(sections[sectionIndex].context.modifiers) }
        if !scopes.isEmpty && !covered[first].isEmpty {
          let category = categoryOfEntry[Int(m.entry)]
          let home = first / bucketWidth
          for b in max(0, home - reachBuckets)...home {
            for k in (bucketCount + 1 + buckets[b])..<(bucketCount + 1 + buckets[b + 1]) {
              let scope = scopes[buckets[k]]
              guard scope.lower <= first, first <= scope.upper else { continue }
              if scope.match.first <= m.last && m.first <= scope.match.last { continue }  // they overlap
              if !triggerTargets.contains(row: Int(scope.match.entry), category) { continue }
              mods.formUnion(scope.kind)
            }
          }
        }
        result[n] = mods
      }
    }
    return result
  }

  /// What stops a scope at a token: a terminator stops every scope; a trigger stops the scopes of
  /// its kind that reach it (a forward scope at its first token, a backward one at its last).
  struct Stops {
    var terminator = false
    var triggerStarts: ContextModifiers = []
    var triggerEnds: ContextModifiers = []
  }

  /// Appends the scope of each trigger to `scopes` (room for two per trigger). One per-token table
  /// (`stops`, room for a value per token) keeps every step O(1), so adversarial notes stay linear.
  func scopes(
    of triggers: FixedList<LexiconMatch>, terminators: FixedList<Int>, in tokens: [Token], stops: UnsafeMutableBufferPointer<Stops>,
    into scopes: inout FixedList<Scope>
  ) {
    let categoryOfEntry = lexicon.categoryOfEntry
    stops.initialize(repeating: Stops())
    for t in terminators.elements { stops[t].terminator = true }
    for t in triggers.elements {
      let kind = triggerKinds[Int(categoryOfEntry[Int(t.entry)])]
      stops[Int(t.first)].triggerStarts.formUnion(kind)
      stops[Int(t.last)].triggerEnds.formUnion(kind)
    }
    // At most one scope each way per trigger.
    for t in triggers.elements {
      let category = categoryOfEntry[Int(t.entry)]
      let kind = triggerKinds[Int(category)]
      guard let rule = triggerRules[Int(t.entry)] else { continue }
      let sentence = tokens[Int(t.first)].sentence
      let reach = min(rule.scope, ContextAnalyzer.maxScope)
      if rule.forward {
        var upper = Int(t.last)
        var i = Int(t.last) + 1
        var steps = 0
        while i < tokens.count, tokens[i].sentence == sentence, steps < reach, !stops[i].terminator, !stops[i].triggerStarts.contains(kind) {
          if tokens[i].kind != .joiner { steps += 1 }
          upper = i
          i += 1
        }
        if upper > Int(t.last) { scopes.append(Scope(kind: kind, match: t, lower: Int(t.last) + 1, upper: upper)) }
      }
      if rule.backward {
        var lower = Int(t.first)
        var i = Int(t.first) - 1
        var steps = 0
        while i >= 0, tokens[i].sentence == sentence, steps < reach, !stops[i].terminator, !stops[i].triggerEnds.contains(kind) {
          if tokens[i].kind != .joiner { steps += 1 }
          lower = i
          i -= 1
        }
        if lower < Int(t.first) { scopes.append(Scope(kind: kind, match: t, lower: lower, upper: Int(t.first) - 1)) }
      }
    }
  }

  /// Token ranges (inclusive) that each section header governs: from the header to the next header
  /// or to the blank line that ends the paragraph of the section's first content; appended to
  /// `spans` (room for one per header).
  func sectionSpans(
    _ starts: UnsafeMutableBufferPointer<(token: Int, context: SectionContext)>, in text: TokenizedText,
    into spans: FixedList<(start: Int, end: Int, context: SectionContext)>
  ) -> FixedList<(start: Int, end: Int, context: SectionContext)> {
    let tokens = text.tokens
    let lineStarts = text.lines.lineStarts
    var spans = spans
    tokens.withUnsafeBufferPointer { tokens in
      for (k, header) in starts.enumerated() {
        let limit = k + 1 < starts.count ? starts[k + 1].token - 1 : tokens.count - 1
        // Tokens ascend, so each one's line is found by moving forward from the last one's, and
        // only at a token that starts a line (a blank line can only come before one), not by a
        // binary search per token.
        var current = text.lines.lineIndex(of: Int(tokens[header.token].start))
        var sawContent = false
        var i = header.token + 1
        while i <= limit {
          let token = tokens[i]
          if token.flags.contains(.lineStart) {
            let previous = current
            while current + 1 < lineStarts.count, lineStarts[current + 1] <= token.start { current += 1 }
            if current - previous >= 2 && sawContent { break }
          }
          if !sawContent && token.kind != .symbol && token.kind != .joiner { sawContent = true }
          i += 1
        }
        spans.append((header.token, i - 1, header.context))
      }
    }
    return spans
  }

  /// The context of a section header hit, or nil when the hit is not in header position.
  func sectionContext(of m: LexiconMatch, in text: TokenizedText) -> SectionContext? {
    Self.isInHeaderPosition(m, in: text) ? sectionContexts[Int(m.entry)] : nil
  }

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
