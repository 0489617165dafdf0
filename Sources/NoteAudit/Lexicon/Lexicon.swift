/// One lexicon hit in a note: which entry matched which tokens.
public struct LexiconMatch: Sendable, Hashable {
  /// Index into `Lexicon.entries`.
  public var entry: Int32
  /// First and last token (inclusive) of the match.
  public var first: Int32
  public var last: Int32
  /// Token indices of the first two slots the pattern filled (`-1` when none): the `23` of `<num> min`.
  public var slot0: Int32
  public var slot1: Int32

  public var tokenRange: ClosedRange<Int> { Int(first)...Int(last) }
}

/// The attributes of an entry that the element, scoring and billing stages consult per hit.
public struct HitAttributes: Sendable {
  /// `code=`: the CPT code a functional task or code signal supports.
  public var code: String?
  /// `weight=` as a number, 1 when absent or not a number.
  public var weight: Double
  /// `range=LOW-HIGH`: whether the hit's slot value must lie in a range.
  public var plausibility: Plausibility

  public enum Plausibility: Sendable {
    /// No `range` attribute: every value counts.
    case any
    case within(PlausibleRange)
    /// A `range` attribute that does not parse: no value counts.
    case never
  }

  init(_ entry: LexiconEntry) {
    code = entry.attributes["code"]
    weight = entry.attributes["weight"].flatMap(Double.init) ?? 1
    if let range = entry.attributes["range"] {
      plausibility = PlausibleRange(range).map(Plausibility.within) ?? .never
    } else {
      plausibility = .any
    }
  }
}

extension TokenizedText {
  /// The numeric value of a hit's last filled slot — the one next to the unit: `23` in
  /// `<num> min`, and in `97530 (<num>): <num> '` too — if any.
  public func slotValue(of match: LexiconMatch) -> Double? {
    let slot = match.slot1 >= 0 ? match.slot1 : match.slot0
    guard slot >= 0, Int(slot) < tokens.count else { return nil }
    return NumberValue.value(of: tokens[Int(slot)], in: self)
  }
}

/// Lexicon entries compiled into a token-level trie.
///
/// Matching starts a walk at every token and follows trie edges, so its cost grows with the length of
/// the note (times the depth of the longest phrase that matches there), not with the number of
/// entries. Each token offers the trie a few keys: its folded text, a capitals-only variant for
/// one-letter words, the prefix patterns (`ambulat*`) it satisfies and the slots (`<num>`,
/// `<grade>`, ...) its kind fills (a CPT code such as `97530` fills none).
public final class Lexicon: Sendable {
  public let entries: [LexiconEntry]
  /// Dense category numbers, one per entry, for cheap comparisons in later stages.
  public let categoryOfEntry: [Int16]
  public let categories: [String]
  /// Category numbers by name (later stages ask for a few per note).
  let categoryNumbers: [String: Int16]
  /// Per entry, the attributes later stages read on every hit, parsed once here rather than looked
  /// up (and converted) per hit.
  public let hitAttributes: [HitAttributes]
  /// Trie node 0 is the root; `edges` maps (node, key) to the next node.
  let edges: TrieEdges
  /// Whether a node has any outgoing edge (the walk stops early at leaves).
  let hasEdges: [Bool]
  /// Entries accepted at node n: `acceptList[acceptStart[n]..<acceptStart[n + 1]]`, in the order
  /// they were added.
  let acceptStart: [Int32]
  let acceptList: [Int32]
  /// Prefix patterns grouped by their first three folded bytes.
  let prefixes: [UInt32: [(bytes: [UInt8], key: UInt64)]]
  /// One bit per pair of first two folded bytes that some prefix pattern starts with: most words
  /// are ruled out here without a dictionary lookup.
  let prefixPairs: [UInt64]

  /// Compiles entries (already de-duplicated by id), reporting patterns that do not compile.
  public init(entries input: [LexiconEntry], problems: inout [LexiconProblem]) {
    var kept: [LexiconEntry] = []
    var keptPatterns: [[CompiledPattern]] = []
    var categories: [String] = []
    var categoryNumbers: [String: Int16] = [:]
    var categoryOfEntry: [Int16] = []
    for entry in input {
      var patterns: [CompiledPattern] = []
      var failed = false
      var messages: Set<String> = []
      for pattern in entry.patterns {
        switch PatternCompiler.compile(pattern) {
        case .success(let compiled): patterns.append(compiled)
        case .failure(let f):
          let message = "entry '\(entry.id)': \(f)"
          if messages.insert(message).inserted {
            problems.append(LexiconProblem(file: entry.file, line: entry.line, message: message))
          }
          failed = true
        }
      }
      if failed && patterns.isEmpty { continue }
      let sequences = patterns.reduce(0) { $0 + $1.count }
      if sequences > PatternCompiler.maxExpansions {
        problems.append(LexiconProblem(file: entry.file, line: entry.line, message: "entry '\(entry.id)' expands to \(sequences) sequences (at most \(PatternCompiler.maxExpansions))"))
        continue
      }
      kept.append(entry)
      keptPatterns.append(patterns)
      let category: Int16
      if let known = categoryNumbers[entry.category] {
        category = known
      } else {
        category = Int16(categories.count)
        categories.append(entry.category)
        categoryNumbers[entry.category] = category
      }
      categoryOfEntry.append(category)
    }
    // The walk's steps bound the edges, so the edge table is allocated once instead of doubling
    // (and rehashing) a dozen times.
    var trie = TrieBuilder(capacity: keptPatterns.joined().reduce(0) { $0 + $1.steps })
    for (n, patterns) in keptPatterns.enumerated() {
      trie.entry = Int32(n)
      for pattern in patterns { pattern.expand(into: &trie, from: 0) }
    }
    trie.edges.shrinkToFit()
    let (edges, hasEdges, accepts, prefixes) = (trie.edges, trie.hasEdges, trie.accepts, trie.prefixes)
    // Accepts as one array ordered by node (a stable counting sort keeps each node's order).
    var acceptStart = [Int32](repeating: 0, count: hasEdges.count + 1)
    for a in accepts { acceptStart[Int(a.node) + 1] += 1 }
    for n in 0..<hasEdges.count { acceptStart[n + 1] += acceptStart[n] }
    var fill = acceptStart
    var acceptList = [Int32](repeating: 0, count: accepts.count)
    for a in accepts {
      acceptList[Int(fill[Int(a.node)])] = a.entry
      fill[Int(a.node)] += 1
    }
    self.entries = kept
    self.edges = edges
    self.hasEdges = hasEdges
    self.acceptStart = acceptStart
    self.acceptList = acceptList
    self.prefixes = prefixes
    var pairs = [UInt64](repeating: 0, count: 1024)
    for head in prefixes.keys {
      let pair = Int(head >> 8)
      pairs[pair >> 6] |= 1 << UInt64(pair & 63)
    }
    self.prefixPairs = pairs
    self.categories = categories
    self.categoryNumbers = categoryNumbers
    self.categoryOfEntry = categoryOfEntry
    self.hitAttributes = kept.map(HitAttributes.init)
  }

  /// Adds the expansions of each entry's patterns to the trie, one symbol at a time from the node
  /// the shared prefix reached.
  private struct TrieBuilder: CompiledPattern.Sink {
    var edges: TrieEdges
    var hasEdges = [false]
    var accepts: [(node: Int32, entry: Int32)] = []
    /// Per node: the entry accepted last (entries arrive in order).
    var lastAccepted: [Int32] = [-1]
    var prefixes: [UInt32: [(bytes: [UInt8], key: UInt64)]] = [:]
    var seenPrefixes = Set<UInt64>()
    /// The entry whose patterns are being added.
    var entry: Int32 = 0

    /// A builder with room for `capacity` edges.
    init(capacity: Int) {
      edges = TrieEdges(capacity: capacity)
      hasEdges.reserveCapacity(capacity + 1)
      lastAccepted.reserveCapacity(capacity + 1)
    }

    mutating func prefix(_ bytes: [UInt8], key: UInt64) {
      if seenPrefixes.insert(key).inserted { prefixes[Lexicon.head(bytes), default: []].append((bytes, key)) }
    }

    mutating func step(_ key: UInt64, from node: Int32) -> Int32 {
      // Most steps leave a node made on this very path, which has no edges to look up yet.
      if hasEdges[Int(node)], let next = edges.target(from: node, key: key) { return next }
      let next = Int32(hasEdges.count)
      edges.insert(from: node, key: key, to: next)
      hasEdges[Int(node)] = true
      hasEdges.append(false)
      lastAccepted.append(-1)
      return next
    }

    mutating func accept(_ node: Int32) {
      if lastAccepted[Int(node)] != entry {
        lastAccepted[Int(node)] = entry
        accepts.append((node, entry))
      }
    }
  }

  /// Token keys of the CPT codes NoteAudit knows.
  static let cptCodeKeys: Set<UInt64> = Set(CPTCatalog.all.map { TokenKey.of($0.code) })

  @inline(__always)
  static func head(_ bytes: [UInt8]) -> UInt32 {
    UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])
  }

  /// The category number of `name`, or nil when no entry uses it.
  public func category(named name: String) -> Int16? {
    categoryNumbers[name]
  }

  public func category(of match: LexiconMatch) -> String { categories[Int(categoryOfEntry[Int(match.entry)])] }
  public func entry(of match: LexiconMatch) -> LexiconEntry { entries[Int(match.entry)] }

  /// Every match in `text`, longest first within a category: a match contained in a longer match of
  /// the same category is dropped ("sit to stand transfer" over "transfer").
  ///
  /// - Complexity: O(n · d) for n tokens and d the depth reached from each token.
  public func matches(in text: TokenizedText) -> [LexiconMatch] {
    let tokens = text.tokens
    if tokens.isEmpty { return [] }
    let (symbolStart, symbols) = keys(for: text)
    var walk = Walk(lexicon: self, tokens: tokens, symbolStart: symbolStart, symbols: symbols)
    for start in tokens.indices where tokens[start].kind != .joiner {
      walk.walk(node: 0, at: start, first: start)
    }
    return pruneContained(walk.raw)
  }

  /// One note's walk through the trie: the tokens, the keys each offers, and the hits so far. A
  /// struct with a mutating method rather than a closure over local variables, whose boxed
  /// captures are checked for exclusivity on every access.
  private struct Walk {
    let edges: TrieEdges
    let hasEdges: [Bool]
    let acceptStart: [Int32]
    let acceptList: [Int32]
    let tokens: [Token]
    let symbolStart: [Int32]
    let symbols: [(UInt64, Bool)]
    var raw: [LexiconMatch] = []
    /// Token indices of the slots filled on the current path.
    var slotStack: [Int32] = []

    init(lexicon: Lexicon, tokens: [Token], symbolStart: [Int32], symbols: [(UInt64, Bool)]) {
      edges = lexicon.edges
      hasEdges = lexicon.hasEdges
      acceptStart = lexicon.acceptStart
      acceptList = lexicon.acceptList
      self.tokens = tokens
      self.symbolStart = symbolStart
      self.symbols = symbols
      slotStack.reserveCapacity(8)
    }

    mutating func walk(node: Int32, at position: Int, first: Int) {
      let sentence = tokens[first].sentence
      var i = position
      // Skip joiners inside the sentence.
      while i < tokens.count, tokens[i].kind == .joiner, tokens[i].sentence == sentence, i > first { i += 1 }
      guard i < tokens.count, tokens[i].sentence == sentence, tokens[i].kind != .joiner else { return }
      for s in Int(symbolStart[i])..<Int(symbolStart[i + 1]) {
        let (key, isSlot) = symbols[s]
        guard let target = edges.target(from: node, key: key) else { continue }
        if isSlot { slotStack.append(Int32(i)) }
        for a in Int(acceptStart[Int(target)])..<Int(acceptStart[Int(target) + 1]) {
          raw.append(LexiconMatch(
            entry: acceptList[a], first: Int32(first), last: Int32(i),
            slot0: slotStack.count > 0 ? slotStack[0] : -1, slot1: slotStack.count > 1 ? slotStack[1] : -1))
        }
        if hasEdges[Int(target)] { walk(node: target, at: i + 1, first: first) }
        if isSlot { slotStack.removeLast() }
      }
    }
  }


  /// Drops matches contained in a longer (or equal, earlier-entry) match of the same category.
  ///
  /// The walk emits matches grouped by their first token, in ascending order, so no sort of the
  /// whole list is needed: within each group (a handful of matches) the longest match of each
  /// category, the lowest entry on a tie, survives when it reaches past every earlier kept match of
  /// its category. The result is ordered by first token, last token, entry.
  func pruneContained(_ raw: [LexiconMatch]) -> [LexiconMatch] {
    if raw.count < 2 { return raw }
    var kept: [LexiconMatch] = []
    kept.reserveCapacity(raw.count)
    /// Per category: the last token of the furthest-reaching match kept so far.
    var reach = [Int32](repeating: -1, count: categories.count)
    var group: [LexiconMatch] = []
    var groupStart = 0
    while groupStart < raw.count {
      let first = raw[groupStart].first
      var groupEnd = groupStart + 1
      while groupEnd < raw.count, raw[groupEnd].first == first { groupEnd += 1 }
      // The best match of each category in this group (the first of equals, as a stable sort keeps).
      group.removeAll(keepingCapacity: true)
      for n in groupStart..<groupEnd {
        let m = raw[n]
        let c = categoryOfEntry[Int(m.entry)]
        var i = 0
        while i < group.count, categoryOfEntry[Int(group[i].entry)] != c { i += 1 }
        if i == group.count {
          group.append(m)
        } else if m.last > group[i].last || (m.last == group[i].last && m.entry < group[i].entry) {
          group[i] = m
        }
      }
      // Keep the survivors, inserted in (last, entry) order after the earlier groups.
      let groupKept = kept.count
      for m in group {
        let c = Int(categoryOfEntry[Int(m.entry)])
        if m.last <= reach[c] { continue }  // inside (or equal to) a kept longer match
        reach[c] = m.last
        var at = kept.count
        while at > groupKept, (m.last, m.entry) < (kept[at - 1].last, kept[at - 1].entry) { at -= 1 }
        kept.insert(m, at: at)
      }
      groupStart = groupEnd
    }
    return kept
  }

  /// The trie keys each token offers, flattened: token i's keys are
  /// `symbols[symbolStart[i]..<symbolStart[i+1]]`, each with whether it fills a slot.
  func keys(for text: TokenizedText) -> ([Int32], [(UInt64, Bool)]) {
    let tokens = text.tokens
    var symbolStart = [Int32]()
    symbolStart.reserveCapacity(tokens.count + 1)
    var symbols: [(UInt64, Bool)] = []
    symbols.reserveCapacity(tokens.count * 2)
    text.bytes.withUnsafeBufferPointer { bytes in
      for token in tokens {
        symbolStart.append(Int32(symbols.count))
        symbols.append((token.key, false))
        switch token.kind {
        case .word:
          if token.end - token.start == 1, token.flags.contains(.allCaps) {
            symbols.append((token.key ^ PatternSymbol.capitalSalt, false))
          }
          if !prefixes.isEmpty, token.end - token.start >= 3 {
            let s = Int(token.start)
            let pair = Int(fold(bytes[s])) << 8 | Int(fold(bytes[s + 1]))
            let headKey = UInt32(pair) << 8 | UInt32(fold(bytes[s + 2]))
            if prefixPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0, let candidates = prefixes[headKey] {
              for (prefix, key) in candidates where prefix.count <= token.end - token.start {
                var ok = true
                for (k, b) in prefix.enumerated() where fold(bytes[s + k]) != b {
                  ok = false
                  break
                }
                if ok { symbols.append((key, false)) }
              }
            }
          }
        case .number:
          // A CPT code ("97530 x2") is a name, never a count, a distance or minutes.
          if token.end - token.start == 5, Lexicon.cptCodeKeys.contains(token.key) { break }
          symbols.append((Slot.num.key, true))
          if NumberValue.isInteger(bytes, token.range) { symbols.append((Slot.int.key, true)) }
        case .ratio:
          symbols.append((Slot.score.key, true))
          if NumberValue.isGrade(bytes, token.range) { symbols.append((Slot.grade.key, true)) }
        case .time:
          symbols.append((Slot.time.key, true))
        case .date:
          symbols.append((Slot.date.key, true))
        case .symbol, .joiner, .invalid:
          break
        }
      }
    }
    symbolStart.append(Int32(symbols.count))
    return (symbolStart, symbols)
  }

  @inline(__always)
  func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}
