/// Stable least-significant-digit radix sort of 64-bit keys, 16 bits per pass.
///
/// LSH band entries (`key << 32 | note`) and template-learning occurrences (`shingle << 32 |
/// patient`) are appended in ascending order of their low half, so sorting by the high half alone
/// (two linear passes) gives the order a full comparison sort would, in O(n) instead of
/// O(n log n). Passes whose digit is the same for every key are skipped.
enum RadixSort {
  /// Below this many keys the standard library's sort is faster than the counting passes.
  static let smallCount = 2048

  /// Sorts `keys` ascending by bits `lowBit..<64`, keeping the existing order of keys equal there.
  static func sort(_ keys: inout [UInt64], fromBit lowBit: Int = 0) {
    guard keys.count > 1 else { return }
    if keys.count < smallCount {
      let mask: UInt64 = lowBit >= 64 ? 0 : ~0 << UInt64(lowBit)
      keys = keys.enumerated().sorted {
        ($0.element & mask, $0.offset) < ($1.element & mask, $1.offset)
      }.map(\.element)
      return
    }
    var scratch = [UInt64](repeating: 0, count: keys.count)
    var counts = [Int](repeating: 0, count: 1 << 16)
    for shift in stride(from: lowBit, to: 64, by: 16) {
      let s = UInt64(shift)
      let scattered = keys.withUnsafeBufferPointer { src in
        scratch.withUnsafeMutableBufferPointer { dst in
          counts.withUnsafeMutableBufferPointer { c -> Bool in
            c.update(repeating: 0)
            for k in src { c[Int(truncatingIfNeeded: (k >> s) & 0xffff)] += 1 }
            if c[Int(truncatingIfNeeded: (src[0] >> s) & 0xffff)] == src.count { return false }
            var total = 0
            for d in 0..<c.count {
              let n = c[d]
              c[d] = total
              total += n
            }
            for k in src {
              let d = Int(truncatingIfNeeded: (k >> s) & 0xffff)
              dst[c[d]] = k
              c[d] += 1
            }
            return true
          }
        }
      }
      if scattered { swap(&keys, &scratch) }
    }
  }
}
