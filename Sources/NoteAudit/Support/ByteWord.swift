/// Eight bytes read as one little-endian word, for the scans that look at eight bytes at a time
/// (the JSON Lines reader, the report writer's escaping): which bytes of the word are below a bound
/// or equal to a byte, answered for all eight at once with a few integer operations.
///
/// Each answer has the high bit set in the bytes that match. The lowest set bit is always exact,
/// so `trailingZeroBitCount / 8` is the first match; a higher one may be a false positive (a borrow
/// from a lower match), which a yes/no answer or a first-match search never sees.
enum ByteWord {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The bytes of `word` below `bound` (at most 0x80).
  @inline(__always)
  static func bytes(_ word: UInt64, below bound: UInt8) -> UInt64 {
    (word &- ones &* UInt64(bound)) & ~word & highs
  }

  /// The bytes of `word` equal to `byte`.
  @inline(__always)
  static func bytes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
    bytes(word ^ (ones &* UInt64(byte)), below: 1)
  }
}
