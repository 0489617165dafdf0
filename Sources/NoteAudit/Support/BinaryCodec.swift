/// A compact, versionless byte encoding for values one process hands another of the same build
/// (the facts a Spark map step passes to the batch step): LEB128 integers, length-prefixed UTF-8,
/// fixed 64-bit hashes. Only the reader checks: a short or malformed buffer is an error, never a
/// crash, because the bytes cross a process boundary.
package struct BinaryWriter {
  package private(set) var bytes: [UInt8] = []

  package init() {}

  package mutating func unsigned(_ value: UInt64) {
    var v = value
    while v >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  /// Zig-zag, so small negative numbers stay short.
  package mutating func signed(_ value: Int) {
    let v = Int64(value)
    unsigned(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
  }

  package mutating func fixed(_ value: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
    }
  }

  package mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  package mutating func string(_ value: String) {
    unsigned(UInt64(value.utf8.count))
    bytes.append(contentsOf: value.utf8)
  }

  /// A presence byte, then the value when present.
  package mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
    bool(value != nil)
    if let value { write(&self, value) }
  }

  package mutating func array<T>(_ values: [T], _ write: (inout BinaryWriter, T) -> Void) {
    unsigned(UInt64(values.count))
    for value in values { write(&self, value) }
  }

  /// Plain values as they lie in memory, after their count: for a large table that the same build
  /// reads back on the same machine (a lexicon image's trie), where a value at a time would cost
  /// more than the table saves.
  package mutating func raw<T: BitwiseCopyable>(_ values: [T]) {
    unsigned(UInt64(values.count))
    values.withUnsafeBytes { bytes.append(contentsOf: $0) }
  }
}

/// Reads what `BinaryWriter` wrote, in the same order.
package struct BinaryReader {
  package struct Malformed: Error, Hashable, Sendable {
    package var offset: Int
  }

  private let bytes: [UInt8]
  private var index = 0

  package init(_ bytes: [UInt8]) { self.bytes = bytes }

  package var isAtEnd: Bool { index == bytes.count }

  private mutating func byte() throws(Malformed) -> UInt8 {
    guard index < bytes.count else { throw Malformed(offset: index) }
    defer { index += 1 }
    return bytes[index]
  }

  package mutating func unsigned() throws(Malformed) -> UInt64 {
    var value: UInt64 = 0
    for shift in stride(from: 0, to: 64, by: 7) {
      let b = try byte()
      value |= UInt64(b & 0x7F) << UInt64(shift)
      if b < 0x80 { return value }
    }
    throw Malformed(offset: index)
  }

  package mutating func signed() throws(Malformed) -> Int {
    let v = try unsigned()
    return Int(Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1))))
  }

  /// An unsigned value that must fit `limit` (a count, a small number): what keeps a corrupt
  /// length from asking for gigabytes.
  package mutating func count(atMost limit: Int) throws(Malformed) -> Int {
    let v = try unsigned()
    guard v <= UInt64(limit) else { throw Malformed(offset: index) }
    return Int(v)
  }

  package mutating func fixed() throws(Malformed) -> UInt64 {
    var value: UInt64 = 0
    for shift in stride(from: 0, to: 64, by: 8) { value |= UInt64(try byte()) << UInt64(shift) }
    return value
  }

  package mutating func bool() throws(Malformed) -> Bool {
    switch try byte() {
    case 0: return false
    case 1: return true
    default: throw Malformed(offset: index - 1)
    }
  }

  package mutating func string() throws(Malformed) -> String {
    let declared = try unsigned()
    guard declared <= UInt64(bytes.count - index) else { throw Malformed(offset: index) }
    let length = Int(declared)
    defer { index += length }
    return String(decoding: bytes[index..<index + length], as: UTF8.self)
  }

  package mutating func optional<T>(_ read: (inout BinaryReader) throws(Malformed) -> T)
    throws(Malformed) -> T?
  {
    try bool() ? try read(&self) : nil
  }

  /// Each element takes at least one byte, so a count past the bytes left is malformed.
  package mutating func array<T>(_ read: (inout BinaryReader) throws(Malformed) -> T)
    throws(Malformed) -> [T]
  {
    let n = try unsigned()
    guard n <= UInt64(bytes.count - index) else { throw Malformed(offset: index) }
    var values: [T] = []
    values.reserveCapacity(Int(n))
    for _ in 0..<Int(n) { values.append(try read(&self)) }
    return values
  }

  /// Values `BinaryWriter.raw` wrote, copied at once. Any bytes make some value of the plain
  /// types it is meant for (integers and structs of them), so only the length is checked.
  package mutating func raw<T: BitwiseCopyable>(_: T.Type) throws(Malformed) -> [T] {
    let stride = MemoryLayout<T>.stride
    let declared = try unsigned()
    guard declared <= UInt64((bytes.count - index) / stride) else { throw Malformed(offset: index) }
    let n = Int(declared)
    let start = index
    index += n * stride
    return [T](unsafeUninitializedCapacity: n) { buffer, count in
      bytes.withUnsafeBytes {
        UnsafeMutableRawBufferPointer(buffer).copyMemory(
          from: UnsafeRawBufferPointer(rebasing: $0[start..<start + n * stride]))
      }
      count = n
    }
  }
}
