/// The hash the tokenizer and the lexicon agree on for a token's case-folded text.
///
/// FNV-1a over folded bytes with a final avalanche: fixed, seedless and identical across processes
/// (unlike Swift's `Hasher`), so a lexicon compiled in one run matches tokens of any other.
package enum TokenKey {
  static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  @inline(__always)
  static func mix(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* prime }

  @inline(__always)
  static func finish(_ h: UInt64) -> UInt64 {
    var z = h
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// The key of the bytes `range` of `p`, case-folded (ASCII).
  static func ofFolded(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var h = offset
    for i in range { h = mix(h, p[i] >= 0x41 && p[i] <= 0x5A ? p[i] | 0x20 : p[i]) }
    return finish(h)
  }

  /// The key of `text` as the tokenizer would compute it for a single token.
  package static func of(_ text: String) -> UInt64 {
    var h = offset
    for b in CaseFolding.folded(Array(text.utf8)) { h = mix(h, b) }
    return finish(h)
  }
}

/// Case folding on UTF-8 bytes: ASCII letters, Latin-1 capitals (`À`–`Þ` but `×`), and the curly
/// apostrophe `’` (folded to `'`, so `pt’s` and `pt's` are one word).
enum CaseFolding {
  static func folded(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b >= 0x41 && b <= 0x5A {
        out.append(b | 0x20)
      } else if b == 0xC3, i + 1 < bytes.count, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9E,
        bytes[i + 1] != 0x97
      {
        out.append(0xC3)
        out.append(bytes[i + 1] + 0x20)
        i += 1
      } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
        out.append(UInt8(ascii: "'"))
        i += 2
      } else {
        out.append(b)
      }
      i += 1
    }
    return out
  }
}
