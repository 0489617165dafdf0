/// The lexicon trie, minimised into a DAG, built straight from the compiled patterns without
/// expanding them.
///
/// The bundled patterns stand for ~244,000 token sequences. Walking each of them into a trie (a
/// node per distinct prefix, ~340,000) and merging the nodes with equal futures afterwards was
/// most of a lexicon load, and grew with every optional word added. Here a node is found as the
/// set of pattern positions that may come next (symbols, and the ends of the entries accepted
/// there), as a regular-expression compiler finds the states of its automaton: after `(walk|step)`
/// in `(walk|step) to chair` both words lead to the one set `{to}`, so an alternative costs a
/// position, not a copy of everything after it. Each set's node is classified as soon as the nodes
/// below it are (bottom-up, as the minimisation did): it joins an earlier class that accepts the
/// same entries and has the same edges to the same classes, or starts a new one.
///
/// The result is the minimal automaton of the expanded sequences, which is unique, so the walk
/// over a note finds exactly what it found in the minimised expansion: as many nodes and edges
/// (numbered bottom-up and reversed, so the root is 0), each node's accepts in entry order. A
/// node's positions are grouped by key, so its class is found after those of its children in key
/// order. Its lists are `Pile`s read and written through pointers; not copyable, as they are.
struct MinimalTrie: ~Copyable {
  /// Per pattern position (one per item of every pattern added; a choice's is unused): the key a
  /// token must offer there, and the set of what may come after it.
  private var keyOf = Pile<UInt64>()
  private var followOf = Pile<Int32>()
  /// Sets of positions, `members[setStart[s]..<setStart[s + 1]]`, each sorted with no repeats.
  /// An entry's end is the member `Int32.min + entry`, so ends sort first, in entry order.
  private var members = Pile<Int32>()
  private var setStart = Pile<Int32>()
  /// Per set: its node's class, -1 until classified.
  private var classOfSet = Pile<Int32>()
  /// The sets made as unions, by content.
  private var unions = HashedNumbers()
  /// The first sets of the patterns added.
  private var starts = Pile<Int32>()

  /// Per class (a node of the minimised trie, numbered bottom-up): the entries it accepts, and its
  /// edges (key, class reached) sorted by key.
  private var classAccepts = Pile<Int32>()
  private var classAcceptStart = Pile<Int32>()
  private var classEdges = Pile<Edge>()
  private var classEdgeStart = Pile<Int32>()
  /// The classes, by content.
  private var classes = HashedNumbers()

  /// Stacks for the nodes being classified, the one below in the recursion above the one that
  /// called it: each call pushes its part and truncates back to where it started.
  private var pairs = Pile<Edge>()
  private var scratch = Pile<Int32>()
  private var edges = Pile<Edge>()

  /// A key with where it leads: a follow set (a node's positions) or a class (an edge).
  private struct Edge: Equatable {
    var key: UInt64
    var to: Int32
  }

  init() {
    setStart.append(0)
    classAcceptStart.append(0)
    classEdgeStart.append(0)
  }

  /// Adds the sequences of `pattern` as sequences `entry` accepts.
  mutating func add(_ pattern: CompiledPattern, entry: Int32) {
    let base = Int32(truncatingIfNeeded: keyOf.count)
    for item in pattern.items {
      switch item {
      case .symbol(let key): keyOf.append(key)
      case .prefix(let n): keyOf.append(pattern.prefixes[Int(n)].key)
      case .choice: keyOf.append(0)
      }
      followOf.append(-1)
    }
    let end = newSet(Int32.min + entry)
    starts.append(close(pattern.root, of: pattern, base: base, then: end))
  }

  /// The set of positions that may come first in `run` when `after` may come after it, setting
  /// the follow sets of the run's symbols on the way. Each run is closed once: it is an
  /// alternative of one choice, whose continuation is known when the choice is reached.
  private mutating func close(
    _ run: Range<Int32>, of pattern: CompiledPattern, base: Int32, then after: Int32
  ) -> Int32 {
    var next = after
    var j = run.upperBound
    while j > run.lowerBound {
      j -= 1
      switch pattern.items[Int(j)] {
      case .symbol, .prefix:
        followOf[Int(base + j)] = next
        next = newSet(base + j)
      case .choice(let first, let count):
        let mark = scratch.count
        for a in first..<first + count {
          scratch.append(close(pattern.alternatives[Int(a)], of: pattern, base: base, then: next))
        }
        next = union(ofSetsFrom: mark)
        scratch.truncate(to: mark)
      }
    }
    return next
  }

  /// A new set of one member.
  private mutating func newSet(_ member: Int32) -> Int32 {
    members.append(member)
    return endSet()
  }

  /// Makes the members appended since the last set a set, and returns its number.
  private mutating func endSet() -> Int32 {
    setStart.append(Int32(truncatingIfNeeded: members.count))
    classOfSet.append(-1)
    return Int32(truncatingIfNeeded: setStart.count - 2)
  }

  private func set(_ s: Int32) -> UnsafeMutableBufferPointer<Int32> {
    members.buffer(Int(setStart[Int(s)])..<Int(setStart[Int(s) + 1]))
  }

  /// The union of the sets `scratch[mark...]` (which it leaves there): the set itself when they
  /// are all one, otherwise an equal set made before, otherwise a new one.
  private mutating func union(ofSetsFrom mark: Int) -> Int32 {
    let start = scratch.count
    let first = scratch[mark]
    var other = mark + 1
    while other < start && scratch[other] == first { other += 1 }
    if other == start { return first }
    for k in mark..<start { scratch.append(contentsOf: set(scratch[k])) }
    var all = scratch.buffer(start..<scratch.count)
    all.sort()
    var kept = 1
    for k in 1..<all.count where all[k] != all[kept - 1] {
      all[kept] = all[k]
      kept += 1
    }
    let sorted = UnsafeMutableBufferPointer(rebasing: all[0..<kept])
    defer { scratch.truncate(to: start) }
    let hash = Self.hash(sorted)
    if let found = unions.first(hash, where: { set($0).elementsEqual(sorted) }) { return found }
    members.append(contentsOf: sorted)
    let new = endSet()
    unions.insert(new, hash: hash)
    return new
  }

  /// The class of the node of set `s`, classifying it (and the nodes below it) first if need be.
  /// The recursion goes a token deeper a call: no deeper than the longest pattern (64 tokens).
  private mutating func node(_ s: Int32) -> Int32 {
    if classOfSet[Int(s)] >= 0 { return classOfSet[Int(s)] }
    let pairMark = pairs.count
    let acceptMark = scratch.count
    for m in set(s) {
      if m < 0 {
        scratch.append(m &- Int32.min)
      } else {
        pairs.append(Edge(key: keyOf[Int(m)], to: followOf[Int(m)]))
      }
    }
    let c = classify(pairsFrom: pairMark, acceptsFrom: acceptMark)
    classOfSet[Int(s)] = c
    return c
  }

  /// The class of a node whose positions are `pairs[pairMark...]` (key, follow set) and whose
  /// accepted entries are `scratch[acceptMark...]`, in entry order; takes both off the stacks.
  private mutating func classify(pairsFrom pairMark: Int, acceptsFrom acceptMark: Int) -> Int32 {
    let end = pairs.count
    Self.sort(pairs.buffer(pairMark..<end), 0, end - pairMark)
    let edgeMark = edges.count
    var i = pairMark
    while i < end {
      let key = pairs[i].key
      var j = i + 1
      while j < end && pairs[j].key == key { j += 1 }
      var target = pairs[i].to
      var other = i + 1
      while other < j && pairs[other].to == target { other += 1 }
      if other < j {
        let mark = scratch.count
        for k in i..<j { scratch.append(pairs[k].to) }
        target = union(ofSetsFrom: mark)
        scratch.truncate(to: mark)
      }
      edges.append(Edge(key: key, to: node(target)))
      i = j
    }
    let c = intern(
      accepts: scratch.buffer(acceptMark..<scratch.count),
      edges: edges.buffer(edgeMark..<edges.count))
    pairs.truncate(to: pairMark)
    scratch.truncate(to: acceptMark)
    edges.truncate(to: edgeMark)
    return c
  }

  /// Sorts `pairs[lower..<upper]` (a node's positions) by key: the order of equal keys does not
  /// matter, as a key's positions are one group. Most nodes have a handful, sorted by insertion in
  /// place; larger ones (the root has thousands) are split around a median of three first. Not the
  /// standard sort, a merge sort through a closure: it cost twice as much.
  private static func sort(_ pairs: UnsafeMutableBufferPointer<Edge>, _ lower: Int, _ upper: Int) {
    var lower = lower
    var upper = upper
    while upper - lower > 16 {
      let a = pairs[lower].key
      let b = pairs[(lower + upper) / 2].key
      let c = pairs[upper - 1].key
      let pivot = max(min(a, b), min(max(a, b), c))
      var i = lower - 1
      var j = upper
      while true {
        repeat { i += 1 } while pairs[i].key < pivot
        repeat { j -= 1 } while pairs[j].key > pivot
        if i >= j { break }
        pairs.swapAt(i, j)
      }
      // `pairs[lower...j]` are at most the pivot, the rest at least: the smaller side recursively.
      if j + 1 - lower < upper - j - 1 {
        sort(pairs, lower, j + 1)
        lower = j + 1
      } else {
        sort(pairs, j + 1, upper)
        upper = j + 1
      }
    }
    guard upper - lower > 1 else { return }
    for i in (lower + 1)..<upper {
      let pair = pairs[i]
      var j = i
      while j > lower, pair.key < pairs[j - 1].key {
        pairs[j] = pairs[j - 1]
        j -= 1
      }
      pairs[j] = pair
    }
  }

  /// The class of the node accepting `accepts` with `edges`: an earlier one with the same, or a
  /// new one. (Neither buffer is in a list it appends to.)
  private mutating func intern(
    accepts: UnsafeMutableBufferPointer<Int32>, edges: UnsafeMutableBufferPointer<Edge>
  ) -> Int32 {
    var hash = Self.hash(accepts)
    for edge in edges {
      hash =
        (hash ^ edge.key ^ UInt64(UInt32(bitPattern: edge.to)) &* 0x9E37_79B9_7F4A_7C15)
        &* 0xD6E8_FEB8_6659_FD93
    }
    let found = classes.first(hash) { c in
      classAccepts.buffer(Int(classAcceptStart[Int(c)])..<Int(classAcceptStart[Int(c) + 1]))
        .elementsEqual(accepts)
        && classEdges.buffer(Int(classEdgeStart[Int(c)])..<Int(classEdgeStart[Int(c) + 1]))
          .elementsEqual(edges)
    }
    if let found { return found }
    let c = Int32(truncatingIfNeeded: classEdgeStart.count - 1)
    classAccepts.append(contentsOf: accepts)
    classAcceptStart.append(Int32(truncatingIfNeeded: classAccepts.count))
    classEdges.append(contentsOf: edges)
    classEdgeStart.append(Int32(truncatingIfNeeded: classEdges.count))
    classes.insert(c, hash: hash)
    return c
  }

  /// An FNV-1a hash of set members or entries.
  private static func hash(_ values: UnsafeMutableBufferPointer<Int32>) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for v in values { hash = (hash ^ UInt64(UInt32(bitPattern: v))) &* 0x0000_0100_0000_01B3 }
    return hash
  }

  /// The minimised trie of the patterns added: its edges, its nodes (the root 0) and what they
  /// accept, as `Lexicon` stores them.
  mutating func minimized() -> (edges: TrieEdges, nodes: [Lexicon.Node], acceptList: [Int32]) {
    let root: Int32
    if starts.count == 0 {
      root = endSet()
    } else {
      scratch.append(contentsOf: starts.buffer(0..<starts.count))
      root = union(ofSetsFrom: 0)
      scratch.truncate(to: 0)
    }
    let last = node(root)
    // Classes were numbered bottom-up, so the root's is the last: number them the other way round.
    var edges = TrieEdges(capacity: classEdges.count * 2)
    var nodes: [Lexicon.Node] = []
    nodes.reserveCapacity(Int(last) + 1)
    var acceptList: [Int32] = []
    acceptList.reserveCapacity(classAccepts.count)
    for c in stride(from: Int(last), through: 0, by: -1) {
      let from = last - Int32(c)
      let start = Int32(acceptList.count)
      acceptList += classAccepts.buffer(Int(classAcceptStart[c])..<Int(classAcceptStart[c + 1]))
      for edge in classEdges.buffer(Int(classEdgeStart[c])..<Int(classEdgeStart[c + 1])) {
        edges.insert(from: from, key: edge.key, to: last - edge.to)
      }
      nodes.append(
        Lexicon.Node(
          acceptStart: start, acceptEnd: Int32(acceptList.count),
          hasEdges: classEdgeStart[c + 1] > classEdgeStart[c]))
    }
    return (edges, nodes, acceptList)
  }
}

/// A growing list of plain values read and written through a pointer: no uniqueness check per
/// append as an array makes, and no reference counting. A buffer it hands out is valid until the
/// next append (which may move the elements). Not copyable: it owns its memory and frees it.
private struct Pile<Element: BitwiseCopyable>: ~Copyable {
  private var base = UnsafeMutablePointer<Element>.allocate(capacity: 256)
  private var capacity = 256
  private(set) var count = 0

  deinit { base.deallocate() }

  subscript(i: Int) -> Element {
    get { base[i] }
    set { base[i] = newValue }
  }

  mutating func append(_ element: Element) {
    if count == capacity { grow(to: count + 1) }
    (base + count).initialize(to: element)
    count &+= 1
  }

  /// Appends `elements`, which must not be in this pile.
  mutating func append(contentsOf elements: UnsafeMutableBufferPointer<Element>) {
    if count + elements.count > capacity { grow(to: count + elements.count) }
    (base + count).initialize(from: elements.baseAddress!, count: elements.count)
    count &+= elements.count
  }

  /// Keeps the first `count` elements.
  mutating func truncate(to count: Int) { self.count = count }

  /// Elements `range`, valid until the next append.
  func buffer(_ range: Range<Int>) -> UnsafeMutableBufferPointer<Element> {
    UnsafeMutableBufferPointer(start: base + range.lowerBound, count: range.count)
  }

  private mutating func grow(to needed: Int) {
    while capacity < needed { capacity *= 2 }
    let grown = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
    grown.moveInitialize(from: base, count: count)
    base.deallocate()
    base = grown
  }
}

/// Numbers (of sets, of classes) found by a hash of their content: open addressing over (hash,
/// number + 1), 0 marking an empty slot, at most half full; the caller compares the contents.
private struct HashedNumbers {
  private var slots = [(hash: UInt64, number: Int32)](repeating: (0, 0), count: 1024)
  private var count = 0

  /// The number stored with `hash` for which `same` holds, or nil.
  func first(_ hash: UInt64, where same: (Int32) -> Bool) -> Int32? {
    let mask = slots.count - 1
    var i = Self.home(hash, mask: mask)
    while slots[i].number != 0 {
      if slots[i].hash == hash && same(slots[i].number - 1) { return slots[i].number - 1 }
      i = (i + 1) & mask
    }
    return nil
  }

  mutating func insert(_ number: Int32, hash: UInt64) {
    Self.place((hash, number + 1), in: &slots)
    count += 1
    if count * 2 > slots.count {
      let old = slots
      slots = Array(repeating: (0, 0), count: old.count * 2)
      for slot in old where slot.number != 0 { Self.place(slot, in: &slots) }
    }
  }

  private static func place(
    _ slot: (hash: UInt64, number: Int32), in slots: inout [(hash: UInt64, number: Int32)]
  ) {
    let mask = slots.count - 1
    var i = home(slot.hash, mask: mask)
    while slots[i].number != 0 { i = (i + 1) & mask }
    slots[i] = slot
  }

  /// A slot for `hash` from all its bits.
  private static func home(_ hash: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: ((hash ^ hash >> 29) &* 0xBF58_476D_1CE4_E5B9) >> 32) & mask
  }
}
