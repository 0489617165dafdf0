/// Standard base64 (RFC 4648, `+/`, padding optional, line breaks and spaces ignored).
package enum Base64 {
  /// The 64 digits in order: written by `write`, read back through `table`.
  static let alphabet: StaticString =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

  /// Each byte's digit value, 0xFF for a byte that is none.
  private static let table: [UInt8] = {
    var t = [UInt8](repeating: 0xFF, count: 256)
    for i in 0..<alphabet.utf8CodeUnitCount { t[Int(alphabet.utf8Start[i])] = UInt8(i) }
    return t
  }()

  package static func decode(_ text: String) -> [UInt8]? {
    var text = text
    return text.withUTF8 { decode($0) }
  }

  /// Four characters to three bytes at a time while they are plain base64 (a note's attachment is
  /// the largest thing a FHIR reader decodes); white space, padding and errors on the slow path.
  static func decode(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var out = [UInt8](repeating: 0, count: input.count / 4 * 3 + 3)
    var written = 0
    let ok = out.withUnsafeMutableBufferPointer { o in
      table.withUnsafeBufferPointer { t in
        var i = 0
        while i + 4 <= input.count {
          let a = t[Int(input[i])], b = t[Int(input[i + 1])], c = t[Int(input[i + 2])],
            d = t[Int(input[i + 3])]
          guard (a | b | c | d) & 0xC0 == 0 else { break }
          let v = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
          o[written] = UInt8(truncatingIfNeeded: v >> 16)
          o[written + 1] = UInt8(truncatingIfNeeded: v >> 8)
          o[written + 2] = UInt8(truncatingIfNeeded: v)
          written += 3
          i += 4
        }
        var buffer: UInt32 = 0
        var bits = 0
        var padding = 0
        while i < input.count {
          let byte = input[i]
          i += 1
          switch byte {
          case 0x20, 0x09, 0x0A, 0x0D: continue
          case UInt8(ascii: "="):
            padding += 1
            continue
          default: break
          }
          let value = t[Int(byte)]
          guard value != 0xFF, padding == 0 else { return false }
          buffer = buffer << 6 | UInt32(value)
          bits += 6
          if bits >= 8 {
            bits -= 8
            o[written] = UInt8(truncatingIfNeeded: buffer >> UInt32(bits))
            written += 1
          }
        }
        return padding <= 2 && bits < 6
      }
    }
    guard ok else { return nil }
    out.removeLast(out.count - written)
    return out
  }

  /// `bytes` in padded base64.
  package static func encode(_ bytes: some Sequence<UInt8>) -> String {
    let bytes = Array(bytes)
    let count = encodedLength(of: bytes.count)
    guard count > 0 else { return "" }
    return String(unsafeUninitializedCapacity: count) { out in
      bytes.withUnsafeBufferPointer { write($0, to: out.baseAddress!) - out.baseAddress! }
    }
  }

  /// The length of `count` bytes in padded base64.
  static func encodedLength(of count: Int) -> Int { (count + 2) / 3 * 4 }

  /// Writes `bytes` in padded base64 at `out`, which has room for `encodedLength(of:)` bytes, three
  /// bytes to four characters at a time; returns the position after it. The one encoder: `encode`
  /// and the report buffer's shard answers (a kilobyte of facts a note) both write through it.
  static func write(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>)
    -> UnsafeMutablePointer<UInt8>
  {
    let digit = alphabet.utf8Start
    let n = bytes.count
    var out = out
    var i = 0
    while i + 3 <= n {
      let v = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
      out[0] = digit[Int(v >> 18)]
      out[1] = digit[Int(v >> 12 & 63)]
      out[2] = digit[Int(v >> 6 & 63)]
      out[3] = digit[Int(v & 63)]
      out += 4
      i += 3
    }
    if i < n {
      let second = i + 1 < n ? UInt32(bytes[i + 1]) : 0
      let v = UInt32(bytes[i]) << 16 | second << 8
      out[0] = digit[Int(v >> 18)]
      out[1] = digit[Int(v >> 12 & 63)]
      out[2] = i + 1 < n ? digit[Int(v >> 6 & 63)] : UInt8(ascii: "=")
      out[3] = UInt8(ascii: "=")
      out += 4
    }
    return out
  }
}
