/// The lexicon trie's edges in one open-addressing hash table keyed by (node, symbol key).
///
/// The matcher looks an edge up for every key every note token offers, so this is the hottest
/// lookup in analysis. One flat table with linear probing and a multiply-shift hash of the
/// already-hashed 64-bit symbol key is several times cheaper than a `Dictionary` per node
/// (SipHash, a heap object per node), and it makes the compiled lexicon a handful of arrays.
struct TrieEdges: Sendable {
  struct Slot: Sendable {
    var key: UInt64
    var from: Int32  // -1: empty
    var to: Int32
  }

  private(set) var slots: [Slot]
  private var shift: UInt64
  private(set) var count = 0

  /// An empty table that takes `capacity` edges without growing.
  init(capacity: Int = 0) { self.init(emptyOfSize: Self.size(for: capacity)) }

  /// An empty table of `size` slots, a power of two of at least 64.
  private init(emptyOfSize size: Int) {
    slots = Array(repeating: Slot(key: 0, from: -1, to: 0), count: size)
    shift = 64 - UInt64(size.trailingZeroBitCount)
  }

  /// The table size for `count` edges: a power of two at least 64, at most half full.
  /// The table of `size` slots with `slots[n]` at `places[n]` and the rest empty (a
  /// `LexiconImage` saves the occupied slots where they are, so none is hashed or probed for
  /// again), or nil when `insert` could not have made it for nodes `0..<nodeCount`: a power-of-two
  /// size of at least 64, at most half full and at least an eighth (the size the minimised trie
  /// reserves, which also bounds what a file can make us allocate), one edge a slot, every edge
  /// between nodes that exist and going to a higher one, as the minimised trie numbers them (so no
  /// path can loop).
  init?(size: Int, places: [Int32], slots occupied: [Slot], nodeCount: Int) {
    guard size >= 64, size & (size - 1) == 0, places.count == occupied.count,
      occupied.count * 2 <= size, size <= max(64, occupied.count * 8)
    else { return nil }
    self.init(emptyOfSize: size)
    for (place, slot) in zip(places, occupied) {
      guard place >= 0, place < size, slots[Int(place)].from < 0, slot.from >= 0,
        slot.to > slot.from, slot.to < nodeCount
      else { return nil }
      slots[Int(place)] = slot
    }
    count = occupied.count
  }

  private static func size(for count: Int) -> Int {
    var size = 64
    while size < count * 2 { size *= 2 }
    return size
  }

  @inline(__always)
  private func home(_ from: Int32, _ key: UInt64) -> Int { TrieEdges.home(from, key, shift: shift) }

  @inline(__always)
  private static func home(_ from: Int32, _ key: UInt64, shift: UInt64) -> Int {
    // `shift` is below 64 (`size` is at least 64), so a masking shift says all.
    Int(
      truncatingIfNeeded: ((key ^ (UInt64(UInt32(bitPattern: from)) &* 0x9E37_79B9_7F4A_7C15))
        &* 0xD6E8_FEB8_6659_FD93) &>> shift)
  }

  /// The table read through a pointer, for the matcher's inner loop: no bounds check or reference
  /// counting per probe. Valid inside `withLookup` only.
  struct Lookup {
    let slots: UnsafeBufferPointer<Slot>
    let shift: UInt64

    /// The node reached from `from` over `key`, or nil. The table is never full, so a probe ends.
    @inline(__always)
    func target(from: Int32, key: UInt64) -> Int32? {
      let mask = slots.count &- 1
      var i = TrieEdges.home(from, key, shift: shift)
      while true {
        let slot = slots[i]
        if slot.from == from && slot.key == key { return slot.to }
        if slot.from < 0 { return nil }
        i = (i &+ 1) & mask
      }
    }
  }

  func withLookup<R>(_ body: (Lookup) -> R) -> R {
    slots.withUnsafeBufferPointer { body(Lookup(slots: $0, shift: shift)) }
  }

  /// Adds an edge (the caller checked it is not there yet); keeps the table at most half full.
  /// Through a pointer, as the lexicon builds a table of every edge at every load.
  mutating func insert(from: Int32, key: UInt64, to: Int32) {
    if (count + 1) * 2 > slots.count { grow() }
    let shift = shift
    slots.withUnsafeMutableBufferPointer {
      Self.place(Slot(key: key, from: from, to: to), in: $0, shift: shift)
    }
    count += 1
  }

  /// Puts `slot` in the first empty place from its home; the table is never full, so one is found.
  @inline(__always)
  private static func place(_ slot: Slot, in slots: UnsafeMutableBufferPointer<Slot>, shift: UInt64)
  {
    let mask = slots.count &- 1
    var i = home(slot.from, slot.key, shift: shift)
    while slots[i].from >= 0 { i = (i &+ 1) & mask }
    slots[i] = slot
  }

  private mutating func grow() {
    let old = slots
    let grown = Self(emptyOfSize: old.count * 2)
    (slots, shift) = (grown.slots, grown.shift)
    let shift = shift
    slots.withUnsafeMutableBufferPointer { slots in
      old.withUnsafeBufferPointer { old in
        for slot in old where slot.from >= 0 { Self.place(slot, in: slots, shift: shift) }
      }
    }
  }
}

/// Two `KeyFilter`s in one table, the keys on any trie edge and those on the root's edges (node
/// 0), their words side by side: a note's token key is hashed and bounds-checked once for both
/// answers, which come from one cache line.
struct EdgeKeyFilter: Sendable {
  private var words = [(any: UInt64, root: UInt64)](repeating: (0, 0), count: 1 << 10)

  /// What the filter says of one key: `mayCarry` is false when no edge carries it, `mayStart`
  /// (only ever true with `mayCarry`) when no root edge does.
  struct Answer {
    var mayCarry: Bool
    var mayStart: Bool
  }

  /// The filters of `edges`.
  init(_ edges: TrieEdges) {
    for slot in edges.slots where slot.from >= 0 {
      let (w, bit) = KeyFilter.position(slot.key)
      words[w].any |= bit
      if slot.from == 0 { words[w].root |= bit }
    }
  }

  /// Read unchecked, as `KeyFilter.mayContain` is: the word is in bounds by construction.
  @inline(__always)
  func answer(_ key: UInt64) -> Answer {
    let (w, bit) = KeyFilter.position(key)
    let word = words[unchecked: w]
    return Answer(mayCarry: word.any & bit != 0, mayStart: word.root & bit != 0)
  }
}
