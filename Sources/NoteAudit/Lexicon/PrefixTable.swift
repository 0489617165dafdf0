/// Prefix patterns (`ambulat*`) grouped by their first three folded bytes, in one flat
/// open-addressing table.
///
/// `Lexicon.keys(for:)` looks a head up for every word the head filter passes: a multiply-shift
/// hash and a probe or two over one array are several times cheaper than a `Dictionary` lookup,
/// which hashes with SipHash.
struct PrefixTable: Sendable {
  typealias Prefix = (bytes: [UInt8], key: UInt64)

  private struct Slot: Sendable {
    /// A head is 24 bits, so `empty` is no head.
    var head: UInt32
    var start: Int32
    var end: Int32
  }

  private static let empty = UInt32.max
  private var slots: [Slot]
  private var shift: UInt64
  /// Every prefix, each head's together and in the order they were given.
  private(set) var prefixes: [Prefix] = []
  /// The most prefixes one head has.
  private(set) var largestGroup = 0

  init(_ groups: [UInt32: [Prefix]]) {
    var size = 16
    while size < groups.count * 2 { size *= 2 }
    slots = Array(repeating: Slot(head: PrefixTable.empty, start: 0, end: 0), count: size)
    shift = 64 - UInt64(size.trailingZeroBitCount)
    for (head, group) in groups {
      var i = home(head)
      while slots[i].head != PrefixTable.empty { i = (i + 1) & (size - 1) }
      slots[i] = Slot(
        head: head, start: Int32(prefixes.count), end: Int32(prefixes.count + group.count))
      prefixes += group
      largestGroup = max(largestGroup, group.count)
    }
  }

  @inline(__always)
  private func home(_ head: UInt32) -> Int {
    Int(truncatingIfNeeded: (UInt64(head) &* 0x9E37_79B9_7F4A_7C15) &>> shift)
  }

  /// Where the prefixes of `head` are in `prefixes` (empty when none). The table is never full, so
  /// a probe ends.
  @inline(__always)
  func group(of head: UInt32) -> Range<Int> {
    let mask = slots.count &- 1
    var i = home(head)
    while true {
      let slot = slots[i]
      if slot.head == head { return Int(slot.start)..<Int(slot.end) }
      if slot.head == PrefixTable.empty { return 0..<0 }
      i = (i &+ 1) & mask
    }
  }
}
