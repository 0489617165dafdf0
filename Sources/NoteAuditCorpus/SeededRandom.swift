/// xoshiro256** seeded through SplitMix64: the corpus must be byte-identical for a seed on every
/// platform and Swift version, so it never touches the standard library's `random` algorithms,
/// whose bounded-integer reduction is not specified.
struct SeededRandom {
  private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

  init(seed: UInt64) {
    var x = seed
    func splitMix() -> UInt64 {
      x &+= 0x9E37_79B9_7F4A_7C15
      var z = x
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    s0 = splitMix()
    s1 = splitMix()
    s2 = splitMix()
    s3 = splitMix()
  }

  mutating func next() -> UInt64 {
    let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = s3 << 45 | s3 >> 19
    return result
  }

  /// A value in `0..<n` by Lemire's multiply-high reduction (bias below 2^-50 for our small n).
  mutating func below(_ n: Int) -> Int {
    guard n > 1 else { return 0 }
    return Int(next().multipliedFullWidth(by: UInt64(n)).high)
  }

  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.upperBound - range.lowerBound + 1)
  }

  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool {
    Double(next() >> 11) * 0x1p-53 < p
  }

  mutating func pick<T>(_ items: [T]) -> T {
    items[below(items.count)]
  }
}

/// A growable UTF-8 byte buffer: notes are assembled as bytes and turned into a `String` once.
struct ByteText {
  var bytes: [UInt8] = []

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

  mutating func append(byte: UInt8) { bytes.append(byte) }

  mutating func append(int value: Int) {
    if value < 0 {
      bytes.append(UInt8(ascii: "-"))
      append(int: -value)
      return
    }
    if value >= 10 { append(int: value / 10) }
    bytes.append(UInt8(truncatingIfNeeded: 48 + value % 10))
  }

  /// `value` tenths as a one-decimal number: 142 → "14.2".
  mutating func append(tenths value: Int) {
    append(int: value / 10)
    bytes.append(UInt8(ascii: "."))
    bytes.append(UInt8(truncatingIfNeeded: 48 + value % 10))
  }

  /// Zero-padded to two digits, for dates and clock times.
  mutating func append(twoDigits value: Int) {
    bytes.append(UInt8(truncatingIfNeeded: 48 + (value / 10) % 10))
    bytes.append(UInt8(truncatingIfNeeded: 48 + value % 10))
  }
}
