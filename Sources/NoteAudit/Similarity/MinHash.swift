/// One-permutation MinHash with optimal densification, and LSH band keys.
///
/// One permutation (a fixed 64-bit mix of each shingle) splits the hash space into 128 bins and keeps
/// the minimum per bin (Li, Owen, Zhang 2012): about 4 ns per shingle instead of 128 independent
/// permutations. Empty bins are filled by optimal densification (Shrivastava 2017): bin `i` copies
/// the first non-empty bin on its own fixed pseudo-random probe sequence, which keeps the signature
/// locality-sensitive for short notes. Slot equality then estimates Jaccard similarity.
package enum MinHash {
  /// Slots per signature.
  package static let slots = 128
  /// LSH bands and rows per band: b·r = all 128 slots.
  ///
  /// Recall first (Docs/CloneDetection.md): with P(s) = 1 − (1 − s^r)^b, b = 32 and r = 4 give
  /// P(0.3) = 0.23, P(0.4) = 0.56, P(0.5) = 0.87, P(0.55) = 0.94, P(0.6) = 0.985, P(0.7) = 0.9997.
  /// A cross-patient clone passes on containment ≥ 0.8 with a Jaccard as low as 0.5 (a body in
  /// another provider's layout, a sentence replaced), so the curve must already be high at 0.5;
  /// every candidate is verified exactly.
  package static let bands = 32
  package static let rows = 4
  /// Value of a slot when the note has no shingles at all.
  static let empty = UInt32.max
  /// Seed of the one permutation (part of the scheme).
  static let seed: UInt64 = 0x6f70_6821_7365_6564

  /// The signature of a set of shingle hashes (any order; duplicates are harmless).
  package static func signature(of shingles: [UInt32]) -> [UInt32] {
    signature(weighted: shingles.lazy.map { ($0, 1) })
  }

  /// The signature of a weighted set: a shingle of integer weight w counts as w distinct elements
  /// (itself and w − 1 salted copies), so slot equality estimates the generalised Jaccard
  /// Σmin(w) / Σmax(w). Weight 0 (template) leaves the shingle out; weight 1 is the plain signature.
  static func signature(weighted shingles: some Sequence<(UInt32, UInt8)>) -> [UInt32] {
    var sig = [UInt32](repeating: empty, count: slots)
    var filled = [Bool](repeating: false, count: slots)
    var any = false
    sig.withUnsafeMutableBufferPointer { s in
      filled.withUnsafeMutableBufferPointer { f in
        for (x, weight) in shingles {
          for copy in 0..<UInt64(weight) {
            let h = SimilarityHash.mix(UInt64(x) ^ seed ^ copy << 32)
            let bin = Int(truncatingIfNeeded: h >> 57)
            let value = UInt32(truncatingIfNeeded: h)
            if value < s[bin] || !f[bin] { s[bin] = value }
            f[bin] = true
            any = true
          }
        }
        if any { densify(s, f) }
      }
    }
    return sig
  }

  /// Fills empty bins from non-empty ones along each bin's own probe sequence.
  private static func densify(
    _ s: UnsafeMutableBufferPointer<UInt32>, _ f: UnsafeMutableBufferPointer<Bool>
  ) {
    for i in 0..<slots where !f[i] {
      var attempt: UInt64 = 1
      while true {
        let j = Int(
          truncatingIfNeeded: SimilarityHash.mix(UInt64(i) << 32 | attempt) % UInt64(slots))
        if f[j] {
          s[i] = s[j]
          break
        }
        attempt += 1
      }
    }
  }

  /// Fraction of equal slots: an unbiased estimate of the Jaccard similarity.
  package static func estimate(_ a: [UInt32], _ b: [UInt32]) -> Double {
    let n = min(a.count, b.count)
    guard n > 0 else { return 0 }
    var equal = 0
    for i in 0..<n where a[i] == b[i] { equal += 1 }
    return Double(equal) / Double(n)
  }

  /// One 32-bit key per band: notes sharing any band key are LSH candidates.
  ///
  /// 32 bits keep the index small (64 B per note); a chance collision only adds a candidate, which
  /// verification then rejects.
  package static func bandKeys(of signature: [UInt32]) -> [UInt32] {
    var keys = [UInt32](repeating: 0, count: bands)
    guard signature.count >= bands * rows else { return keys }
    for band in 0..<bands {
      var h = UInt64(band) &+ 0x6c73_6862_616e_6473
      for row in 0..<rows { h = SimilarityHash.combine(h, UInt64(signature[band * rows + row])) }
      keys[band] = UInt32(truncatingIfNeeded: h >> 32)
    }
    return keys
  }
}
