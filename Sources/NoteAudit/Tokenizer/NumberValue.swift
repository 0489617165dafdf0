/// Reads the values of number-like tokens on demand (the tokenizer only classifies them).
package enum NumberValue {
  /// Whether the bytes are digits only.
  static func isInteger(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    for i in range where bytes[i] < 0x30 || bytes[i] > 0x39 { return false }
    return !range.isEmpty
  }

  /// Whether a ratio is a muscle grade: `0/5`…`5/5` with an optional `+`/`-`.
  static func isGrade(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard range.count >= 3, bytes[range.upperBound - 1] == UInt8(ascii: "5"),
      bytes[range.upperBound - 2] == UInt8(ascii: "/")
    else { return false }
    let first = bytes[range.lowerBound]
    guard first >= 0x30 && first <= 0x35 else { return false }
    return range.count == 3
      || (range.count == 4
        && (bytes[range.lowerBound + 1] == UInt8(ascii: "+")
          || bytes[range.lowerBound + 1] == UInt8(ascii: "-")))
  }

  /// The value of a number token (the upper end of a range `8-10` is ignored: 8), or nil.
  package static func value(of token: Token, in text: TokenizedText) -> Double? {
    guard token.kind == .number else { return nil }
    // Digits only, at most twelve (the usual "23", "150"): read in integer arithmetic, which gives
    // the same value as the loop below with one conversion instead of one per digit.
    if token.end - token.start <= 12 {
      let digits = text.bytes.withUnsafeBufferPointer { bytes -> Int? in
        var v = 0
        for i in Int(token.start)..<Int(token.end) {
          let d = bytes[i] &- 0x30
          guard d <= 9 else { return nil }
          v = v &* 10 &+ Int(d)
        }
        return v
      }
      if let digits { return Double(digits) }
    }
    var whole = 0.0
    var fraction = 0.0
    var scale = 0.1
    var inFraction = false
    var sawDigit = false
    for i in token.range {
      let b = text.bytes[i]
      if b >= 0x30 && b <= 0x39 {
        sawDigit = true
        if inFraction {
          fraction += Double(b - 0x30) * scale
          scale /= 10
        } else {
          whole = whole * 10 + Double(b - 0x30)
          if whole > 1e12 { return nil }
        }
      } else if b == UInt8(ascii: ".") && !inFraction {
        inFraction = true
      } else {
        break
      }
    }
    if !sawDigit {
      switch text.text(of: token) {
      case "½": return 0.5
      case "¼": return 0.25
      case "¾": return 0.75
      case let words: return wordValue(words)
      }
    }
    return whole + fraction
  }

  /// The value of a number written as words ("twenty-two", "twenty two", "seven", "one hundred
  /// and fifty", "twenty seven point five"), or nil.
  static func wordValue(_ words: String) -> Double? {
    var whole = 0
    var fraction = 0.0
    var scale: Double?
    for part in words.split(whereSeparator: { $0 == "-" || $0 == " " }) {
      let key = TokenKey.of(String(part))
      if key == Tokenizer.hundredKey {
        whole *= 100
      } else if key == Tokenizer.pointKey {
        scale = 0.1
      } else if key != Tokenizer.andKey {
        guard let value = Tokenizer.numberWordValues[key] else { return nil }
        if let place = scale {
          fraction += Double(value) * place
          scale = place / 10
        } else {
          whole += value
        }
      }
    }
    return Double(whole) + fraction
  }

  /// Whether a number token is written as words and whole ("twenty-two", "one hundred fifty"; not
  /// "three point two": of the number words only "point" holds a `p`).
  static func isWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard !range.isEmpty, (bytes[range.lowerBound] | 0x20) &- 0x61 < 26 else { return false }
    return !range.contains { bytes[$0] | 0x20 == UInt8(ascii: "p") }
  }

  /// Minutes since midnight of a clock-time token (`10:02`, `9:45pm`), or nil.
  package static func minutesOfDay(of token: Token, in text: TokenizedText) -> Int? {
    guard token.kind == .time else { return nil }
    var hours = 0
    var minutes = 0
    var seenColon = false
    var pm: Bool?
    for i in token.range {
      let b = text.bytes[i]
      if b >= 0x30 && b <= 0x39 {
        if seenColon {
          minutes = minutes * 10 + Int(b - 0x30)
        } else {
          hours = hours * 10 + Int(b - 0x30)
        }
      } else if b == UInt8(ascii: ":") {
        seenColon = true
      } else if (b | 0x20) == UInt8(ascii: "p") {
        pm = true
      } else if (b | 0x20) == UInt8(ascii: "a") {
        pm = false
      }
    }
    guard hours <= 24, minutes < 60 else { return nil }
    if let pm {
      guard hours >= 1 && hours <= 12 else { return nil }
      if pm && hours < 12 { hours += 12 }
      if !pm && hours == 12 { hours = 0 }
    }
    return (hours % 24) * 60 + minutes
  }
}
