/// Note text made from raw bytes the way every reader needs it: cut to the byte limit at a UTF-8
/// boundary, with invalid UTF-8 replaced by U+FFFD, and flags saying whether either happened so
/// the scorer can report `note.truncated` and `note.invalid-utf8`.
struct DecodedText {
  var string: String
  var truncated: Bool
  var invalidUTF8: Bool

  /// - Parameters:
  ///   - bytes: the text as UTF-8 (possibly invalid).
  ///   - limit: the most bytes to keep; a longer text is cut before the first UTF-8 sequence that
  ///     would cross it.
  init(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
    var kept = bytes
    truncated = bytes.count > limit
    if truncated, let base = bytes.baseAddress {
      kept = UnsafeBufferPointer(
        start: base, count: DecodedText.boundary(in: bytes, atMost: max(0, limit)))
    }
    invalidUTF8 = !UTF8Check.isValid(kept)
    string = String(decoding: kept, as: UTF8.self)
    if invalidUTF8 && string.utf8.count > limit {
      // Each invalid byte became a 3-byte U+FFFD: cut again so the text as read stays within the
      // limit (otherwise the analyzer cuts it a second time and reports the inflated length).
      truncated = true
      let decoded = Array(string.utf8)
      string = decoded.withUnsafeBufferPointer {
        String(decoding: $0[..<DecodedText.boundary(in: $0, atMost: max(0, limit))], as: UTF8.self)
      }
    }
  }

  /// The largest cut `<= limit` that does not split a UTF-8 sequence (a cut is never moved back
  /// more than three bytes: further back the bytes are not valid UTF-8 anyway).
  static func boundary(in bytes: UnsafeBufferPointer<UInt8>, atMost limit: Int) -> Int {
    guard limit < bytes.count else { return bytes.count }
    var cut = limit
    while cut > 0, limit - cut < 3, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
    return bytes[cut] & 0xC0 == 0x80 ? limit : cut
  }
}

/// A UTF-8 validator (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF) with an
/// eight-bytes-at-a-time ASCII path, since notes are mostly ASCII.
enum UTF8Check {
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let p = bytes.baseAddress else { return true }
    let n = bytes.count
    var i = 0
    while i < n {
      if i + 8 <= n,
        UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        i += 8
        continue
      }
      let b = p[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch b {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; high = 0x9F
      case 0xF0: length = 4; low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; high = 0x8F
      default: return false
      }
      guard i + length <= n, (low...high).contains(p[i + 1]) else { return false }
      for k in 2..<length where p[i + k] & 0xC0 != 0x80 { return false }
      i += length
    }
    return true
  }
}
