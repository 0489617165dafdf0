/// Clock times as notes write them: `10:02`, `9:45am`, and a 24-hour time without a colon after a
/// time label ("Time in 1310") or joined to another ("1400-1430").
extension TokenizedText {
  /// A 24-hour time written as four digits ("1310"): a number token `HHMM` with `HH` ≤ 23 and `MM`
  /// ≤ 59.
  func isMilitaryTime(_ token: Token) -> Bool {
    guard token.kind == .number, token.end - token.start == 4,
      bytes[token.range].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
    else { return false }
    let v = Int(NumberValue.value(of: token, in: self) ?? -1)
    return v / 100 <= 23 && v % 100 <= 59
  }

  /// Minutes since midnight of a clock time or a 24-hour time ("1310").
  func minutesOfDay(_ token: Token) -> Int? {
    if isMilitaryTime(token), let v = NumberValue.value(of: token, in: self) {
      return Int(v) / 100 * 60 + Int(v) % 100
    }
    return NumberValue.minutesOfDay(of: token, in: self)
  }

  /// The minutes of day of the time at token `index`, with a meridiem written apart after it
  /// ("1:00 pm", "12:15 am"): `pm` moves a morning hour past noon, `am` moves 12:xx to 0:xx.
  func minutesOfDay(at index: Int) -> Int? {
    guard var minutes = minutesOfDay(tokens[index]) else { return nil }
    switch meridiemApart(after: index) {
    case Self.pm? where minutes < 720: minutes += 720
    case Self.am? where minutes >= 720 && minutes < 780: minutes -= 720
    default: break
    }
    return minutes
  }

  /// Whether the time at token `index` has its own `am` or `pm`, glued ("9:45am", "1:05p") or
  /// after it.
  func hasMeridiem(after index: Int) -> Bool {
    if let last = bytes[tokens[index].range].last, (last | 0x20) &- 0x61 < 26 { return true }
    return meridiemApart(after: index) != nil
  }

  /// The `am` or `pm` written apart right after token `index` on its line, or nil.
  private func meridiemApart(after index: Int) -> UInt64? {
    let next = index + 1
    guard next < tokens.count, !tokens[next].flags.contains(.lineStart) else { return nil }
    let key = tokens[next].key
    return key == Self.am || key == Self.pm ? key : nil
  }

  static let am = TokenKey.of("am")
  static let pm = TokenKey.of("pm")

  /// The index of a time right after token `last` (a label: "Time in 10:02", "In: 1310"),
  /// skipping joiners, `:` and a table's `|` ("Session start | 1330"), or nil.
  func timeAfter(_ last: Int) -> Int? {
    var i = last + 1
    while i < tokens.count, i <= last + 3 {
      let token = tokens[i]
      if token.kind == .time || isMilitaryTime(token) { return i }
      guard
        token.kind == .joiner
          || (token.kind == .symbol
            && (isByte(token, UInt8(ascii: ":")) || isByte(token, UInt8(ascii: "|"))))
      else { return nil }
      i += 1
    }
    return nil
  }

  /// The index of a number right after token `last` (a label or a code name: "Total timed: 38",
  /// "TA 23"), skipping joiners, `:` and `=` (and `x`, with `acrossTimes`: "97530 x 2"; a table's
  /// `|`, with `acrossBorder`: "Total min | 45"), on the same line, or nil.
  func numberAfter(_ last: Int, acrossTimes: Bool = false, acrossBorder: Bool = false) -> Int? {
    var i = last + 1
    while i < tokens.count, i <= last + 3, !tokens[i].flags.contains(.lineStart) {
      let token = tokens[i]
      if token.kind == .number { return i }
      guard
        token.kind == .joiner || isByte(token, UInt8(ascii: ":"))
          || isByte(token, UInt8(ascii: "="))
          || (acrossBorder && isByte(token, UInt8(ascii: "|")))
          || (acrossTimes && TokenizedText.timesKeys.contains(token.key))
      else { return nil }
      i += 1
    }
    return nil
  }

  /// Calls `body` with the index of every clock time and of every number of nine or four bytes (the
  /// shape of a 24-hour range such as `1400-1430`, or of the first end of one written apart, which
  /// the tokenizer notes only when a dash or `to` and a second four-digit number follow it), in
  /// text order: a time range is made of nothing else, and the kinds read through a pointer cost
  /// half of a loop over the token values. The walk
  /// runs from the first such token the tokenizer saw to the last, and a note with none is not
  /// walked.
  func forEachTimeCandidate(_ body: (Int) -> Void) {
    guard firstTimeCandidate >= 0 else { return }
    tokens.withUnsafeBufferPointer { tokens in
      guard let base = tokens.baseAddress else { return }
      var token = base + firstTimeCandidate
      let end = base + lastTimeCandidate + 1
      while token < end {
        let kind = token.pointee.kind
        let length = token.pointee.end &- token.pointee.start
        if kind == .time || (kind == .number && (length == 9 || length == 4)) {
          body(token - base)
        }
        token += 1
      }
    }
  }

  /// `x`, `×`, `*`: "97530 x 2", "Ther ex x 15 min".
  static let timesKeys = KeySet(["x", "×", "*"].map(TokenKey.of))

  /// The start and end (minutes since midnight) of a 24-hour range written as one number token
  /// ("1400-1430", "0800-1200"), both ends valid times; nil for any other token.
  func militaryRange(_ token: Token) -> (start: Int, end: Int)? {
    guard token.kind == .number, token.end - token.start == 9,
      bytes[Int(token.start) + 4] == UInt8(ascii: "-")
    else { return nil }
    func clock(_ at: Int) -> Int? {
      var v = 0
      for k in at..<(at + 4) {
        let b = bytes[k]
        guard b >= 0x30 && b <= 0x39 else { return nil }
        v = v * 10 + Int(b - 0x30)
      }
      return v / 100 <= 23 && v % 100 <= 59 ? v / 100 * 60 + v % 100 : nil
    }
    guard let start = clock(Int(token.start)), let end = clock(Int(token.start) + 5) else {
      return nil
    }
    return (start, end)
  }
}

extension TokenizedText {
  /// Whether `token` is exactly the one byte `byte`.
  func isByte(_ token: Token, _ byte: UInt8) -> Bool {
    token.end - token.start == 1 && bytes[Int(token.start)] == byte
  }

  /// Whether token `i` is the last of its line, a full stop after it aside ("45 min.").
  func endsLine(at i: Int) -> Bool {
    var next = i + 1
    if next < tokens.count, !tokens[next].flags.contains(.lineStart),
      isByte(tokens[next], UInt8(ascii: "."))
    {
      next += 1
    }
    return next >= tokens.count || tokens[next].flags.contains(.lineStart)
  }

  /// Whether `token` is a dash: `-`, `–` and `—` share one key.
  func isDash(_ token: Token) -> Bool { token.key == Self.dash }

  /// The key every dash and hyphen has (`-`, `–`, `—`).
  static let dash = TokenKey.of("-")
  /// `to` between two times or figures: "10:02 to 10:40", "1002 to 1040".
  static let toWord = TokenKey.of("to")

  /// Whether `token` is a five-digit number, the shape of a CPT code (`97116`).
  func isCodeNumber(_ token: Token) -> Bool {
    guard token.kind == .number, token.end - token.start == 5 else { return false }
    for i in Int(token.start)..<Int(token.end)
    where bytes[i] < UInt8(ascii: "0") || bytes[i] > UInt8(ascii: "9") { return false }
    return true
  }
}
