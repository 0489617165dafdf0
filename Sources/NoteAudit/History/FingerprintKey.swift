/// A per-installation secret that keys every fingerprint before it is stored.
///
/// Stored fingerprints (note, patient, provider and clinic keys, band keys, template shingle keys)
/// are SipHash-2-4 pseudo-random functions of the plain hashes under a 128-bit key, so a store
/// cannot be joined with another organisation's store, and a dictionary of likely shingles or
/// patient ids hashed without the key matches nothing in it. The 32-byte secret holds two
/// independent 128-bit keys: one for 64-bit values, one for strings (ids), so the two domains
/// never share outputs by construction.
public struct FingerprintKey: Sendable, Hashable {
  private let k0: UInt64, k1: UInt64, k2: UInt64, k3: UInt64

  /// The key from 32 secret bytes; nil when `bytes` is not exactly 32 long.
  public init?(bytes: [UInt8]) {
    guard bytes.count == 32 else { return nil }
    func word(_ i: Int) -> UInt64 {
      (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[i * 8 + $1]) << (8 * UInt64($1)) }
    }
    k0 = word(0)
    k1 = word(1)
    k2 = word(2)
    k3 = word(3)
  }

  /// Keys a 64-bit hash (a shingle, band or content hash): SipHash-2-4 of its 8 little-endian bytes.
  @inlinable public func keyed(_ value: UInt64) -> UInt64 {
    var state = SipHashState(k0: valueKey.0, k1: valueKey.1)
    state.compress(value)
    return state.finalize(lengthByte: 8)
  }

  /// Keys a string (a record, patient, provider or clinic id): SipHash-2-4 of its UTF-8 bytes.
  public func keyed(string: String) -> UInt64 {
    var state = SipHashState(k0: k2, k1: k3)
    var tail: UInt64 = 0
    var count = 0
    for byte in string.utf8 {
      tail |= UInt64(byte) << (8 * UInt64(count & 7))
      count += 1
      if count & 7 == 0 {
        state.compress(tail)
        tail = 0
      }
    }
    return state.finalize(lengthByte: UInt64(truncatingIfNeeded: count), tail: tail)
  }

  @usableFromInline var valueKey: (UInt64, UInt64) { (k0, k1) }

  /// SipHash-2-4 of `bytes` under the value key; exposed for the reference test vectors.
  static func sipHash(k0: UInt64, k1: UInt64, bytes: [UInt8]) -> UInt64 {
    var state = SipHashState(k0: k0, k1: k1)
    var tail: UInt64 = 0
    for (i, byte) in bytes.enumerated() {
      tail |= UInt64(byte) << (8 * UInt64(i & 7))
      if i & 7 == 7 {
        state.compress(tail)
        tail = 0
      }
    }
    return state.finalize(lengthByte: UInt64(truncatingIfNeeded: bytes.count), tail: tail)
  }
}

/// The SipHash-2-4 state (Aumasson and Bernstein, 2012): two compression rounds per 8-byte word,
/// four finalisation rounds.
@usableFromInline struct SipHashState {
  @usableFromInline var v0: UInt64, v1: UInt64, v2: UInt64, v3: UInt64

  @inlinable init(k0: UInt64, k1: UInt64) {
    v0 = k0 ^ 0x736f_6d65_7073_6575
    v1 = k1 ^ 0x646f_7261_6e64_6f6d
    v2 = k0 ^ 0x6c79_6765_6e65_7261
    v3 = k1 ^ 0x7465_6462_7974_6573
  }

  @inlinable mutating func round() {
    v0 &+= v1
    v1 = v1 << 13 | v1 >> 51
    v1 ^= v0
    v0 = v0 << 32 | v0 >> 32
    v2 &+= v3
    v3 = v3 << 16 | v3 >> 48
    v3 ^= v2
    v0 &+= v3
    v3 = v3 << 21 | v3 >> 43
    v3 ^= v0
    v2 &+= v1
    v1 = v1 << 17 | v1 >> 47
    v1 ^= v2
    v2 = v2 << 32 | v2 >> 32
  }

  @inlinable mutating func compress(_ m: UInt64) {
    v3 ^= m
    round()
    round()
    v0 ^= m
  }

  /// Ends the message: the last block is the remaining bytes (`tail`) with the length's low byte on top.
  @inlinable mutating func finalize(lengthByte: UInt64, tail: UInt64 = 0) -> UInt64 {
    compress(tail | (lengthByte & 0xff) << 56)
    v2 ^= 0xff
    round()
    round()
    round()
    round()
    return v0 ^ v1 ^ v2 ^ v3
  }
}
