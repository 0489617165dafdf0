// Hashed token-key sets: a bit filter (the tokenizer's titles, the lexicon's prefix heads) and a small
// exact set (the lexicon's CPT code keys).

/// One bit per hashed symbol key: a set of keys that answers "certainly not" with one bit test.
///
/// The tokenizer rules out most short words before a period as titles (`Dr.`) with it, and the
/// lexicon the tokens whose first letters begin no prefix pattern (`EdgeKeyFilter` places keys
/// the same way for the trie's edges).
struct KeyFilter: Sendable {
  private var bits = [UInt64](repeating: 0, count: 1 << 10)

  /// The word of `bits` and the bit in it that stand for `key` (`EdgeKeyFilter` places keys alike).
  @inline(__always)
  static func position(_ key: UInt64) -> (word: Int, bit: UInt64) {
    let b = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
    return (b >> 6, 1 << UInt64(b & 63))
  }

  mutating func insert(_ key: UInt64) {
    let (w, bit) = KeyFilter.position(key)
    bits[w] |= bit
  }

  /// Read unchecked: `position` gives a word below 1 << 10, the filter's size, so the array's
  /// bounds check was two instructions spent on every lookup (most words of a note).
  @inline(__always)
  func mayContain(_ key: UInt64) -> Bool {
    let (w, bit) = KeyFilter.position(key)
    return bits[unchecked: w] & bit != 0
  }
}

/// A small fixed set of hashed keys in one open-addressing table: a membership test is a multiply,
/// a shift and a probe or two, where a `Set` hashes the key again with SipHash.
struct KeySet: Sendable {
  /// 0 marks an empty slot; the key 0 itself is `hasZero`.
  private var slots: [UInt64]
  private var hasZero = false
  private var shift: UInt64

  init(_ keys: some Collection<UInt64>) {
    var size = 16
    while size < keys.count * 2 { size *= 2 }
    slots = Array(repeating: 0, count: size)
    shift = 64 - UInt64(size.trailingZeroBitCount)
    for key in keys where !contains(key) {
      if key == 0 {
        hasZero = true
        continue
      }
      var i = home(key)
      while slots[i] != 0 { i = (i + 1) & (size - 1) }
      slots[i] = key
    }
  }

  @inline(__always)
  private func home(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
  }

  /// Whether `key` is in the set. The table is never full, so a probe ends.
  @inline(__always)
  func contains(_ key: UInt64) -> Bool {
    if key == 0 { return hasZero }
    let mask = slots.count &- 1
    var i = home(key)
    while true {
      let slot = slots[i]
      if slot == key { return true }
      if slot == 0 { return false }
      i = (i &+ 1) & mask
    }
  }
}
