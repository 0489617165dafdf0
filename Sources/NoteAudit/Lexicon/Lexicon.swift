/// One lexicon hit in a note: which entry matched which tokens.
package struct LexiconMatch: Sendable, Hashable {
  /// Index into `Lexicon.entries`.
  package var entry: Int32
  /// First and last token (inclusive) of the match.
  package var first: Int32
  package var last: Int32
  /// Token indices of the first two slots the pattern filled (`-1` when none): the `23` of `<num> min`.
  package var slot0: Int32
  package var slot1: Int32

  package var tokenRange: ClosedRange<Int> { Int(first)...Int(last) }
}

/// The attributes of an entry that the element, scoring and billing stages consult per hit.
package struct HitAttributes: Sendable {
  /// `code=`: the CPT code a functional task or code signal supports.
  package var code: String?
  /// `weight=` as a number, 1 when absent or not a number.
  package var weight: Double
  /// `range=LOW-HIGH`: whether the hit's slot value must lie in a range.
  package var plausibility: Plausibility
  /// `requires=`: what must stand beside a hit for it to count (see `Requirement`).
  package var requirement: Requirement

  package enum Requirement: Sendable {
    case none
    /// `requires=outcome`: a dynamic activity that is functional only when its statement names a
    /// functional outcome ("balance tasks to improve safe bathroom transfers"), a drill otherwise.
    case outcome
    /// `requires=content`: a label that counts only when something follows it ("Goal: amb 150'
    /// SBA", not a template's empty "Goal:").
    case content
    /// `requires=end`: a phrase that counts only when nothing follows it in its statement: "HEP
    /// updated." is boilerplate, "HEP updated w/ prone hang" is not.
    case statementEnd
    /// `requires=alone`: a phrase that counts only as a whole statement, after nothing but a
    /// label: "Cont." and "Plan: cont." say nothing, "pt wants to cont." or "cont w/ stairs" do.
    case alone
    /// `requires=not_pronoun`: a capital `I` that is an assist level, not the pronoun: the word
    /// after it (if any in its sentence) is one an assist level is followed by ("I w/ RW", "I
    /// after demo", "I for all ADLs"), never a verb ("I want").
    case notPronoun
    /// `requires=object`: instruction that counts only with what was taught after it in its
    /// statement, two words at least: "Instructed in HEP." and "Pt educated." could be written of
    /// any visit; "instructed in pursed lip breathing during stairs" could not.
    case object
    /// `requires=dosage`: a plain walking word that counts as a task only when its statement doses
    /// the work (an assist level, a cue, a distance, a time or minutes) or names what it is for:
    /// "Amb 150' RW SBA" is training, "Pt ambulating w/o AD." and "walked into clinic" are a status.
    case dosage
    /// `requires=pair`: a word of time or contrast that is a response only when its statement holds
    /// two values of one kind to compare, two assist levels, two cue amounts or two values of one
    /// `measure=`: "mod A at start of session, min A by last 3 reps", "pain 6/10 before manual,
    /// 3/10 after", "RPE 13 today vs RPE 15 2 wks ago" (not "Bed mob SBA, transfers CGA").
    case pair
    /// `requires=bracketed`: a word of an earlier time that is a response only inside brackets
    /// that open right after a measured value and hold a value of their own: the earlier value
    /// beside today's, "24.5 cm (last 25.2)", "ACL-RSI 72 (61 at 7 mo)", "12.1 s (pre-injury
    /// 11.6)" (not "(onset 6 wks ago)" after a diagnosis, nor a minutes line's "(was 28)").
    case bracketed
    /// `requires=arc`: a value that is a joint's arc of motion, two numbers joined by a dash with
    /// the second in 20–180 and above the first ("AROM 5-112", "PROM 0-95"), not a dose ("AROM
    /// 2x10") nor a range of repetitions ("AROM 10-15").
    case arc
    /// `requires=value`: a test named apart from its value, which counts only when the value
    /// stands after the first colon, `=` or `|` later on its line: "TUG w/ RW: 18.4 s",
    /// "30-sec chair stand via video: 9 reps" (not "TUG next visit" nor "TUG w/ RW: deferred").
    case value
    /// `requires=column`: a measure named in a table's header row, which counts only when the row
    /// below it holds a value: "R knee | AROM | PROM" over "flex | 112 | 118" (not a header over an
    /// empty row).
    case column

    /// The values `requires=` takes, as written in lexicon files.
    static let names: [String: Requirement] = [
      "outcome": .outcome, "content": .content, "end": .statementEnd, "not_pronoun": .notPronoun,
      "object": .object, "dosage": .dosage, "alone": .alone, "pair": .pair,
      "bracketed": .bracketed, "arc": .arc, "value": .value, "column": .column,
    ]

    init?(name: String) {
      guard let requirement = Self.names[name] else { return nil }
      self = requirement
    }
  }

  package var requiresOutcome: Bool { if case .outcome = requirement { true } else { false } }

  package enum Plausibility: Sendable {
    /// No `range` attribute: every value counts.
    case any
    case within(PlausibleRange)
    /// A `range` attribute that does not parse: no value counts.
    case never
  }

  init(_ entry: LexiconEntry) {
    code = entry.attributes["code"]
    weight = entry.attributes["weight"].flatMap(Double.init) ?? 1
    requirement = entry.attributes["requires"].flatMap(Requirement.init(name:)) ?? .none
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
  package func slotValue(of match: LexiconMatch) -> Double? {
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
package final class Lexicon: Sendable {
  package let entries: [LexiconEntry]
  /// Dense category numbers, one per entry, for cheap comparisons in later stages.
  package let categoryOfEntry: [Int16]
  package let categories: [String]
  /// Category numbers by name (later stages ask for a few per note).
  let categoryNumbers: [String: Int16]
  /// Per entry, the attributes later stages read on every hit, parsed once here rather than looked
  /// up (and converted) per hit.
  package let hitAttributes: [HitAttributes]
  /// Trie node 0 is the root; `edges` maps (node, key) to the next node. The trie is minimised into
  /// a DAG (see `MinimalTrie`), so the table is small enough to stay in cache.
  let edges: TrieEdges
  /// The entries the nodes accept (see `Node`), each node's in entry order.
  let acceptList: [Int32]
  /// Prefix patterns grouped by their first three folded bytes.
  let prefixes: PrefixTable
  /// The first three bytes of every prefix pattern, each with bit 0x20 set: most words are ruled
  /// out here without folding them or a dictionary lookup. (Setting the bit in a token's bytes
  /// gives what it gives in their folded form, so the filter passes every word a prefix fits.)
  let prefixHeads: KeyFilter
  /// The keys on any edge, and on the root's edges: a note's token keys are filtered through these
  /// once, so the walk neither probes for words no entry contains nor starts at tokens no entry
  /// starts with.
  let edgeKeys: EdgeKeyFilter
  /// Per node: what it accepts and whether the walk goes on from it, one load per node reached.
  let nodes: [Node]
  /// The most keys one token can offer (its text, a capitals variant, the prefixes it satisfies or
  /// three for a number), so a note's keys fit a buffer sized once.
  let keysPerToken: Int

  struct Node {
    /// Entries accepted here: `acceptList[acceptStart..<acceptEnd]`.
    var acceptStart: Int32
    var acceptEnd: Int32
    /// Whether the node has any outgoing edge (the walk stops early at leaves).
    var hasEdges: Bool
  }

  /// Compiles entries (already de-duplicated by id), reporting patterns that do not compile.
  package convenience init(entries input: [LexiconEntry], problems: inout [LexiconProblem]) {
    let compiled = CompiledLexicon(compiling: input)
    problems += compiled.problems(of: input)
    self.init(entries: input, compiled: compiled)
  }

  /// The lexicon of `input` from its compiled tables, compiled now or read from a
  /// `LexiconImage`: the entries that compiled, in order, with what later stages read per hit.
  init(entries input: [LexiconEntry], compiled: CompiledLexicon) {
    let kept = compiled.kept.map { input[Int($0)] }
    var categories: [String] = []
    var categoryNumbers: [String: Int16] = [:]
    var categoryOfEntry: [Int16] = []
    for entry in kept {
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
    self.entries = kept
    self.edges = compiled.edges
    self.edgeKeys = EdgeKeyFilter(compiled.edges)
    self.nodes = compiled.nodes
    self.acceptList = compiled.acceptList
    self.prefixes = PrefixTable(compiled.prefixGroups)
    self.keysPerToken = max(3, 2 + self.prefixes.largestGroup)
    var heads = KeyFilter()
    for head in compiled.prefixGroups.keys { heads.insert(UInt64(head | 0x20_2020)) }
    self.prefixHeads = heads
    self.categories = categories
    self.categoryNumbers = categoryNumbers
    self.categoryOfEntry = categoryOfEntry
    self.hitAttributes = kept.map(HitAttributes.init)
  }

  /// Token keys of the CPT codes NoteAudit knows: stored (no lazy-global check per look-up) in a
  /// flat table (no SipHash per number token).
  let cptCodeKeys = KeySet(CPTCatalog.all.map { TokenKey.of($0.code) })

  @inline(__always)
  static func head(_ bytes: [UInt8]) -> UInt32 {
    UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])
  }

  /// The category number of `name`, or nil when no entry uses it.
  package func category(named name: String) -> Int16? {
    categoryNumbers[name]
  }

  package func category(of match: LexiconMatch) -> String {
    categories[Int(categoryOfEntry[Int(match.entry)])]
  }
  package func entry(of match: LexiconMatch) -> LexiconEntry { entries[Int(match.entry)] }

  /// Every match in `text`, longest first within a category: a match contained in a longer match of
  /// the same category is dropped ("sit to stand transfer" over "transfer").
  ///
  /// - Complexity: O(n · d) for n tokens and d the depth reached from each token.
  package func matches(in text: TokenizedText) -> [LexiconMatch] {
    if text.tokens.isEmpty { return [] }
    let offered = keys(for: text)
    if offered.startCount == 0 { return [] }
    return edges.withLookup { edges in
      nodes.withUnsafeBufferPointer { nodes in
        acceptList.withUnsafeBufferPointer { acceptList in
          categoryOfEntry.withUnsafeBufferPointer { categoryOfEntry in
            var arena = ScratchArena(
              byteCount: ScratchArena.size(of: Walk.Frame.self, offered.steps.count)
                + Pruner.size(categories: categories.count, capacity: offered.startCount / 2))
            var walk = Walk(
              edges: edges, nodes: nodes, acceptList: acceptList, offered: offered,
              stack: arena.take(Walk.Frame.self, offered.steps.count),
              pruner: Pruner(
                categoryOfEntry: categoryOfEntry, categories: categories.count, arena: &arena,
                capacity: offered.startCount / 2))
            for start in offered.walkStarts {
              walk.walk(from: start)
              walk.pruner.endGroup()
            }
            return walk.pruner.result
          }
        }
      }
    }
  }

  /// One note's walk through the trie over pointers into the lexicon's tables and the note's keys
  /// (valid for the walk only): no bounds checks or reference counting in the innermost loop, which
  /// runs for every trie edge a note follows. A struct with a mutating method rather than a closure
  /// over local variables, whose boxed captures are checked for exclusivity on every access.
  /// Not copyable: it owns its `Pruner`.
  private struct Walk: ~Copyable {
    let edges: TrieEdges.Lookup
    let nodes: UnsafeBufferPointer<Node>
    let acceptList: UnsafeBufferPointer<Int32>
    let steps: UnsafeMutableBufferPointer<OfferedKeys.Step>
    let keys: UnsafeMutableBufferPointer<OfferedKeys.Key>
    /// Where to go on once the current path is done: a node, a token, the next of the token's keys
    /// to try and the slots filled on the way there. A frame is pushed only when the walk steps on
    /// from a token with keys left to try; the path moves forward a token per frame, so one frame
    /// per token is room enough.
    let stack: UnsafeMutableBufferPointer<Frame>
    /// Takes the matches as they are found, one walk start (a group) at a time.
    var pruner: Pruner

    struct Frame {
      var node: Int32
      var token: Int32
      var key: Int32
      var slots: Slots
    }

    /// The first two slots filled on a path (token indices, -1 while unfilled), packed in one word
    /// the walk keeps in a register; filling one is rare (numbers, times, scores), so it is a call
    /// off the hot path rather than selects on every step.
    struct Slots {
      var bits: UInt64 = .max
      var slot0: Int32 { Int32(truncatingIfNeeded: bits) }
      var slot1: Int32 { Int32(truncatingIfNeeded: bits >> 32) }

      /// These slots with token `i` in the first one still unfilled (unchanged when both are).
      @inline(never)
      func filling(_ i: Int32) -> Slots {
        let token = UInt64(UInt32(bitPattern: i))
        if slot0 < 0 { return Slots(bits: bits & 0xFFFF_FFFF_0000_0000 | token) }
        if slot1 < 0 { return Slots(bits: bits & 0x0000_0000_FFFF_FFFF | token << 32) }
        return self
      }
    }

    init(
      edges: TrieEdges.Lookup, nodes: UnsafeBufferPointer<Node>,
      acceptList: UnsafeBufferPointer<Int32>,
      offered: borrowing OfferedKeys, stack: UnsafeMutableBufferPointer<Frame>,
      pruner: consuming Pruner
    ) {
      self.edges = edges
      self.nodes = nodes
      self.acceptList = acceptList
      self.steps = offered.steps
      self.keys = offered.keys
      self.stack = stack
      self.pruner = pruner
    }

    /// Follows every path of edges from the root over the keys of token `first` and the tokens
    /// after it (their `next`s), emitting what the nodes reached accept.
    ///
    /// Depth first, in key order: a key's accepts, then everything reached through it, then the
    /// next key's. A loop with a stack of the keys left to try rather than a recursive call per
    /// token: most tokens lead on over one key at most, and then no frame is pushed.
    mutating func walk(from first: Int32) {
      var node: Int32 = 0
      var i = Int(first)
      var k = Int(steps[i].keyStart)
      var end = Int(steps[i + 1].keyStart)
      var slots = Slots()
      var depth = 0
      while true {
        if k == end {
          guard depth > 0 else { return }
          depth &-= 1
          let frame = stack[depth]
          (node, i, k, slots) = (frame.node, Int(frame.token), Int(frame.key), frame.slots)
          end = Int(steps[i + 1].keyStart)
          continue
        }
        let key = keys[k]
        k &+= 1
        guard let target = edges.target(from: node, key: key.key) else { continue }
        let last = Int32(truncatingIfNeeded: i)
        let filled = key.fillsSlot ? slots.filling(last) : slots
        let reached = nodes[Int(target)]
        let next = Int(steps[i].next)
        let goesOn = reached.hasEdges && next >= 0
        // A counted loop, not a range: a range checks that its bounds are ordered.
        var a = Int(reached.acceptStart)
        while a < Int(reached.acceptEnd) {
          pruner.add(
            LexiconMatch(
              entry: acceptList[a], first: first, last: last, slot0: filled.slot0,
              slot1: filled.slot1))
          a &+= 1
        }
        guard goesOn else { continue }
        if k < end {
          stack[depth] = Frame(
            node: node, token: last, key: Int32(truncatingIfNeeded: k), slots: slots)
          depth &+= 1
        }
        (node, i, slots) = (target, next, filled)
        k = Int(steps[i].keyStart)
        end = Int(steps[i + 1].keyStart)
      }
    }
  }

  /// Drops matches contained in a longer (or equal, earlier-entry) match of the same category, as
  /// they arrive: the walk emits them grouped by their first token, in ascending order, so no sort
  /// of the whole list is needed. Within each group (a handful of matches) the longest match of each
  /// category, the lowest entry on a tie (the first of equals), survives when it reaches past every
  /// earlier kept match of its category. The result is ordered by first token, last token, entry.
  ///
  /// Its tables are taken from a note's `ScratchArena` and read through pointers: this runs for
  /// every match the walk finds. Not copyable: it owns the survivors' buffer and frees it.
  private struct Pruner: ~Copyable {
    let categoryOfEntry: UnsafeBufferPointer<Int16>
    /// Per category: the last token of the furthest-reaching match kept so far (`reach`), and where
    /// its best match of the current group is in `group` (`slot`, -1 when none).
    let perCategory: UnsafeMutableBufferPointer<(reach: Int32, slot: Int32)>
    /// The current group's best match per category, `group[0..<groupCount]` (a group holds at most
    /// one match per category), in the order the categories first appear.
    let group: UnsafeMutableBufferPointer<(match: LexiconMatch, category: Int)>
    var groupCount = 0
    /// The survivors so far, `kept[0..<keptCount]`, in a buffer grown by doubling: no uniqueness
    /// check per insertion as an array makes. `result` copies them into an array of their number.
    /// The first buffer is taken from the arena (no allocation for most notes); a grown one is
    /// allocated and owned.
    private var kept: UnsafeMutablePointer<LexiconMatch>
    private var keptCount = 0
    private var keptCapacity: Int
    private var ownsKept = false

    /// Room for `capacity` survivors before the first doubling; the tables are valid while `arena` is.
    init(
      categoryOfEntry: UnsafeBufferPointer<Int16>, categories: Int, arena: inout ScratchArena,
      capacity: Int
    ) {
      self.categoryOfEntry = categoryOfEntry
      perCategory = arena.take((reach: Int32, slot: Int32).self, categories)
      perCategory.initialize(repeating: (-1, -1))
      group = arena.take((match: LexiconMatch, category: Int).self, categories)
      keptCapacity = Self.keptRoom(capacity)
      kept = arena.take(LexiconMatch.self, keptCapacity).baseAddress!
    }

    /// The survivors the first buffer holds for `capacity` asked for.
    private static func keptRoom(_ capacity: Int) -> Int { max(capacity, 8) }

    var result: [LexiconMatch] { Array(UnsafeBufferPointer(start: kept, count: keptCount)) }

    deinit { if ownsKept { kept.deallocate() } }

    /// The bytes its tables and first buffer (for `capacity` survivors) take from a `ScratchArena`.
    static func size(categories: Int, capacity: Int) -> Int {
      ScratchArena.size(of: (reach: Int32, slot: Int32).self, categories)
        + ScratchArena.size(of: (match: LexiconMatch, category: Int).self, categories)
        + ScratchArena.size(of: LexiconMatch.self, keptRoom(capacity))
    }

    /// Takes a match of the current group.
    @inline(__always)
    mutating func add(_ m: LexiconMatch) {
      let c = Int(categoryOfEntry[Int(m.entry)])
      let at = Int(perCategory[c].slot)
      if at < 0 {
        perCategory[c].slot = Int32(truncatingIfNeeded: groupCount)
        group[groupCount] = (m, c)
        groupCount &+= 1
      } else if m.last > group[at].match.last
        || (m.last == group[at].match.last && m.entry < group[at].match.entry)
      {
        group[at].match = m
      }
    }

    /// Keeps the current group's survivors, inserted in (last, entry) order after the earlier
    /// groups', and starts the next group.
    mutating func endGroup() {
      // Most groups hold no match or one, which goes after the earlier groups' as it is.
      if groupCount <= 1 {
        guard groupCount == 1 else { return }
        groupCount = 0
        let (m, c) = group[0]
        perCategory[c].slot = -1
        if m.last <= perCategory[c].reach { return }
        perCategory[c].reach = m.last
        if keptCount == keptCapacity { grow() }
        (kept + keptCount).initialize(to: m)
        keptCount &+= 1
        return
      }
      let groupKept = keptCount
      for (m, c) in group[0..<groupCount] {
        perCategory[c].slot = -1
        if m.last <= perCategory[c].reach { continue }  // inside (or equal to) a kept longer match
        perCategory[c].reach = m.last
        if keptCount == keptCapacity { grow() }
        var at = keptCount
        while at > groupKept, (m.last, m.entry) < (kept[at - 1].last, kept[at - 1].entry) {
          at -= 1
        }
        if at < keptCount { (kept + at + 1).moveInitialize(from: kept + at, count: keptCount - at) }
        (kept + at).initialize(to: m)
        keptCount &+= 1
      }
      groupCount = 0
    }

    private mutating func grow() {
      let grown = UnsafeMutablePointer<LexiconMatch>.allocate(capacity: keptCapacity * 2)
      grown.moveInitialize(from: kept, count: keptCount)
      if ownsKept { kept.deallocate() }
      kept = grown
      ownsKept = true
      keptCapacity *= 2
    }
  }

  /// `raw` (grouped by first token, in ascending order, as the walk emits them) without the matches
  /// contained in a longer match of the same category (see `Pruner`).
  func pruneContained(_ raw: [LexiconMatch]) -> [LexiconMatch] {
    categoryOfEntry.withUnsafeBufferPointer { categoryOfEntry in
      var arena = ScratchArena(
        byteCount: Pruner.size(categories: categories.count, capacity: raw.count))
      var pruner = Pruner(
        categoryOfEntry: categoryOfEntry, categories: categories.count, arena: &arena,
        capacity: raw.count)
      for (n, m) in raw.enumerated() {
        if n > 0 && m.first != raw[n - 1].first { pruner.endGroup() }
        pruner.add(m)
      }
      pruner.endGroup()
      return pruner.result
    }
  }

  /// The trie keys a note's tokens offer, flattened: token i's are
  /// `keys[steps[i].keyStart..<steps[i + 1].keyStart]`.
  ///
  /// Only keys some edge may carry are kept, and joiners offer none (the walk skips them), so the
  /// walk probes the edge table only for keys that may lead somewhere. The lists live in one
  /// `ScratchArena` it owns: they are valid while it is, and go with it.
  struct OfferedKeys: ~Copyable {
    struct Key {
      var key: UInt64
      /// The key is a slot (`<num>`, ...) the token fills.
      var fillsSlot: Bool
    }

    /// Per token (and one past the last): where its keys start, and (for a token that is not a
    /// joiner, the only kind a walk reads) the token a walk reads after it: the next one in its
    /// sentence that is not a joiner, -1 at the end of the sentence.
    struct Step {
      var keyStart: Int32
      var next: Int32
    }

    private var arena: ScratchArena
    let steps: UnsafeMutableBufferPointer<Step>
    /// Room for every key the tokens may offer; the first `steps.last.keyStart` are set.
    let keys: UnsafeMutableBufferPointer<Key>
    /// Room for a walk start at every token; the first `startCount` are set.
    let starts: UnsafeMutableBufferPointer<Int32>
    var startCount = 0

    init(tokens count: Int, keysPerToken: Int) {
      arena = ScratchArena(
        byteCount: ScratchArena.size(of: Step.self, count + 1)
          + ScratchArena.size(of: Key.self, count * keysPerToken)
          + ScratchArena.size(of: Int32.self, count))
      steps = arena.take(Step.self, count + 1)
      keys = arena.take(Key.self, count * keysPerToken)
      starts = arena.take(Int32.self, count)
    }

    /// Tokens where a walk may begin: some key of theirs may be on a root edge. In text order.
    var walkStarts: UnsafeMutableBufferPointer<Int32> {
      UnsafeMutableBufferPointer(rebasing: starts[0..<startCount])
    }
  }

  /// The keys every token of `text` offers (see `OfferedKeys`).
  func keys(for text: TokenizedText) -> OfferedKeys {
    let count = text.tokens.count
    var offered = OfferedKeys(tokens: count, keysPerToken: keysPerToken)
    let (steps, keys, starts) = (offered.steps, offered.keys, offered.starts)
    var n = 0
    var startCount = 0
    // The filters as locals: read through the lexicon object, every lookup reloaded the object's
    // field before the table.
    let edgeKeys = edgeKeys
    let prefixHeads = prefixHeads
    text.bytes.withUnsafeBufferPointer { bytes in
      text.tokens.withUnsafeBufferPointer { tokens in
        var startsHere = false
        /// The last token that is not a joiner and its sentence: the next one in that sentence is
        /// its `next`.
        var previousWord = -1
        var previousSentence: Int32 = -1
        /// Keeps `key` for the current token when some edge may carry it.
        @inline(__always)
        func offer(_ key: UInt64, slot: Bool) {
          let answer = edgeKeys.answer(key)
          guard answer.mayCarry else { return }
          keys.initializeElement(at: n, to: OfferedKeys.Key(key: key, fillsSlot: slot))
          n &+= 1
          if answer.mayStart { startsHere = true }
        }
        for index in 0..<count {
          let token = tokens[index]
          steps.initializeElement(
            at: index, to: OfferedKeys.Step(keyStart: Int32(truncatingIfNeeded: n), next: -1))
          if token.kind != .joiner {
            if previousSentence == token.sentence {
              steps[previousWord].next = Int32(truncatingIfNeeded: index)
            }
            previousWord = index
            previousSentence = token.sentence
          }
          startsHere = false
          switch token.kind {
          case .word:
            offer(token.key, slot: false)
            let length = Int(token.end &- token.start)
            if length == 1, token.flags.contains(.allCaps) {
              offer(token.key ^ PatternSymbol.capitalSalt, slot: false)
            }
            if length >= 3 {
              let s = Int(token.start)
              let raw = UInt32(bytes[s]) << 16 | UInt32(bytes[s + 1]) << 8 | UInt32(bytes[s + 2])
              if prefixHeads.mayContain(UInt64(raw | 0x20_2020)) {
                let group = prefixes.group(
                  of: UInt32(fold(bytes[s])) << 16 | UInt32(fold(bytes[s + 1])) << 8
                    | UInt32(fold(bytes[s + 2])))
                for (prefix, key) in prefixes.prefixes[group] where prefix.count <= length {
                  var ok = true
                  for (k, b) in prefix.enumerated() where fold(bytes[s + k]) != b {
                    ok = false
                    break
                  }
                  if ok { offer(key, slot: false) }
                }
              }
            }
          case .number:
            offer(token.key, slot: false)
            // A CPT code ("97530 x2") is a name, never a count, a distance or minutes.
            if token.end &- token.start == 5, cptCodeKeys.contains(token.key) { break }
            offer(Slot.num.key, slot: true)
            if NumberValue.isInteger(bytes, token.range) || NumberValue.isWord(bytes, token.range) {
              offer(Slot.int.key, slot: true)
            }
          case .ratio:
            offer(token.key, slot: false)
            offer(Slot.score.key, slot: true)
            if NumberValue.isGrade(bytes, token.range) { offer(Slot.grade.key, slot: true) }
          case .time:
            offer(token.key, slot: false)
            offer(Slot.time.key, slot: true)
          case .date:
            offer(token.key, slot: false)
            offer(Slot.date.key, slot: true)
          case .symbol, .invalid:
            offer(token.key, slot: false)
          case .joiner:
            break
          }
          if startsHere {
            starts.initializeElement(at: startCount, to: Int32(truncatingIfNeeded: index))
            startCount &+= 1
          }
        }
      }
    }
    steps.initializeElement(
      at: count, to: OfferedKeys.Step(keyStart: Int32(truncatingIfNeeded: n), next: -1))
    offered.startCount = startCount
    return offered
  }

  @inline(__always)
  func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}
