/// Fixed, seedless 64-bit mixing for fingerprints.
///
/// Fingerprints are stored across runs (the `--history` store) and compared between processes, so
/// they must never use Swift's `Hasher`, which is randomly seeded per process. Everything here is
/// the splitmix64 finaliser (a bijection on 64 bits with full avalanche) over fixed constants.
package enum SimilarityHash {
  /// The splitmix64 finaliser.
  @inline(__always)
  package static func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// Order-sensitive combination of a running hash with one more value.
  @inline(__always)
  package static func combine(_ h: UInt64, _ x: UInt64) -> UInt64 {
    mix(h &* 0x2127_599b_f432_5c37 ^ x)
  }

  /// Hash of a word 3-shingle (ordered: `a b c` and `c b a` differ).
  @inline(__always)
  static func shingle(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
    mix(a &* 0x9fb2_1c65_1e98_df25 &+ b &* 0xc2b2_ae3d_27d4_eb4f &+ c &* 0x1656_67b1_9e37_79f9)
  }

  /// Hash of a string's UTF-8 bytes (patient ids, for history keys), FNV-1a then `mix`.
  package static func string(_ text: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
    return mix(h)
  }
}
