/// A growable byte buffer that report writers append into.
///
/// Writers never do I/O: they append UTF-8 bytes here and a `ReportStream` hands the buffer to an
/// `OutputSink` in large chunks. Escaping for each output language (JSON, HTML, CSV) lives here,
/// working on UTF-8 bytes, so that every writer escapes the same way and the hot path never
/// allocates intermediate `String`s.
public struct ReportBuffer: Sendable {
  /// The bytes written so far.
  public internal(set) var bytes: [UInt8]

  public init(capacity: Int = 1 << 16) {
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// The buffer as text (for tests and small reports).
  public var string: String { String(decoding: bytes, as: UTF8.self) }

  mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

  // MARK: Raw text

  @inline(__always)
  mutating func append(_ s: String) {
    var s = s
    s.withUTF8 { bytes.append(contentsOf: $0) }
  }

  @inline(__always)
  mutating func append(byte: UInt8) { bytes.append(byte) }

  mutating func append(contentsOf other: ReportBuffer) { bytes.append(contentsOf: other.bytes) }

  /// Appends a decimal integer without creating a `String`.
  mutating func append(int value: Int) {
    if value == 0 {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    var magnitude = value.magnitude
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var count = 0
      while magnitude > 0 {
        digits[count] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 48
        magnitude /= 10
        count += 1
      }
      for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(digits[i]) }
    }
  }

  /// Appends a number with at most `places` decimals, trailing zeros dropped (`0.9`, `0.8125`, `1`).
  ///
  /// Deterministic on every platform (no locale, no shortest-round-trip subtleties) and always
  /// valid JSON: a non-finite value is written as `0`.
  mutating func append(decimal value: Double, places: Int = 4) {
    guard value.isFinite else {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    var scale = 1
    for _ in 0..<places { scale *= 10 }
    let scaledDouble = (value * Double(scale)).rounded()
    guard abs(scaledDouble) < 9.0e15 else {
      append(int: Int(min(max(value, -9.0e15), 9.0e15).rounded()))
      return
    }
    let scaled = Int(scaledDouble)
    if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = scaled.magnitude
    append(int: Int(magnitude / UInt(scale)))
    var fraction = Int(magnitude % UInt(scale))
    guard fraction != 0 else { return }
    var width = places
    while fraction % 10 == 0 {
      fraction /= 10
      width -= 1
    }
    bytes.append(UInt8(ascii: "."))
    var divisor = 1
    for _ in 1..<max(width, 1) { divisor *= 10 }
    while divisor > 0 {
      bytes.append(UInt8(truncatingIfNeeded: (fraction / divisor) % 10) &+ 48)
      divisor /= 10
    }
  }

  // MARK: JSON

  /// Appends `s` as a quoted JSON string.
  ///
  /// Escapes `"`, `\` and control characters; with `htmlSafe` also `<`, `>`, `&` and U+2028/2029,
  /// so the JSON can sit inside an HTML `<script>` element (no `</script>` or `<!--` can form).
  mutating func append(jsonString s: String, htmlSafe: Bool = false) {
    bytes.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { appendJSONEscaped($0, htmlSafe: htmlSafe) }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends bytes `range` of `note` as a quoted JSON string, each run of whitespace (line breaks
  /// too) collapsed to one space: a context snippet (`EvidenceDisplay`).
  mutating func append(jsonSnippet range: Range<Int>, of note: NoteText, htmlSafe: Bool = false) {
    bytes.append(UInt8(ascii: "\""))
    note.utf8.withUnsafeBufferPointer { all in
      appendJSONEscaped(UnsafeBufferPointer(rebasing: all[range]), htmlSafe: htmlSafe, collapsingSpaces: true)
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func appendJSONEscaped(
    _ utf8: UnsafeBufferPointer<UInt8>, htmlSafe: Bool, collapsingSpaces: Bool = false
  ) {
    guard let base = utf8.baseAddress else { return }
    var runStart = 0
    var i = 0
    let n = utf8.count
    while i < n {
      // Eight bytes at a time while none needs a look: most of a report is text copied as is.
      while i + 8 <= n,
        !Self.mayNeedEscape(
          UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self), htmlSafe: htmlSafe,
          collapsingSpaces: collapsingSpaces)
      {
        i += 8
      }
      guard i < n else { break }
      let b = utf8[i]
      // Fast path: almost every byte is copied as is (a space too, unless a run to collapse).
      if b > 0x20 && b != 0x22 && b != 0x5C
        && !(htmlSafe && (b == 0x3C || b == 0x3E || b == 0x26 || b == 0xE2))
      {
        i += 1
        continue
      }
      if collapsingSpaces && NoteText.isSpace(b) {
        if b == 0x20 && (i + 1 == n || !NoteText.isSpace(utf8[i + 1])) {
          i += 1
          continue
        }
        if runStart < i {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
        }
        bytes.append(0x20)
        i += 1
        while i < n && NoteText.isSpace(utf8[i]) { i += 1 }
        runStart = i
        continue
      }
      if b == 0x20 {
        i += 1
        continue
      }
      let escape: StaticString?
      switch b {
      case UInt8(ascii: "\""): escape = "\\\""
      case UInt8(ascii: "\\"): escape = "\\\\"
      case 0x0A: escape = "\\n"
      case 0x0D: escape = "\\r"
      case 0x09: escape = "\\t"
      case 0x00..<0x20: escape = ""  // \u00XX below
      case UInt8(ascii: "<") where htmlSafe: escape = "\\u003c"
      case UInt8(ascii: ">") where htmlSafe: escape = "\\u003e"
      case UInt8(ascii: "&") where htmlSafe: escape = "\\u0026"
      case 0xE2
      where htmlSafe && i + 2 < n && utf8[i + 1] == 0x80
        && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
        escape = utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
      default: escape = nil
      }
      guard let escape else {
        i += 1
        continue
      }
      if runStart < i {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
      }
      if escape.utf8CodeUnitCount == 0 {
        appendUnicodeEscape(b)
      } else {
        escape.withUTF8Buffer { bytes.append(contentsOf: $0) }
      }
      i += b == 0xE2 ? 3 : 1
      runStart = i
    }
    if runStart < n { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n])) }
  }

  /// Whether any of the eight bytes in `word` may need escaping (or, collapsing spaces, starts a
  /// run of them): a byte below 0x20, `"`, `\\`, with `htmlSafe` `<`, `>`, `&` or the lead byte of
  /// U+2028/9, and two spaces side by side or one at the end. Bit tricks on the whole word.
  @inline(__always)
  private static func mayNeedEscape(_ word: UInt64, htmlSafe: Bool, collapsingSpaces: Bool) -> Bool {
    let w = UInt64(littleEndian: word)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
    @inline(__always) func has(_ byte: UInt64) -> Bool { hasZero(w ^ (ones &* byte)) }
    if (w &- ones &* 0x20) & ~w & highs != 0 || has(0x22) || has(0x5C) { return true }
    if htmlSafe && (has(0x3C) || has(0x3E) || has(0x26) || has(0xE2)) { return true }
    if collapsingSpaces {
      let spaces = w ^ (ones &* 0x20)
      return hasZero(spaces | (spaces >> 8))
    }
    return false
  }

  private mutating func appendUnicodeEscape(_ b: UInt8) {
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 48, 48])
    bytes.append(hex[Int(b >> 4)])
    bytes.append(hex[Int(b & 0xF)])
  }

  /// Appends a JSON array: `[`, each element written by `element` with commas between, `]`.
  mutating func appendJSONArray<S: Sequence>(
    _ items: S, _ element: (inout ReportBuffer, S.Element) -> Void
  ) {
    bytes.append(UInt8(ascii: "["))
    var first = true
    for item in items {
      if !first { bytes.append(UInt8(ascii: ",")) }
      first = false
      element(&self, item)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// Appends `items` to a JSON array left open after `count` elements (commas between).
  mutating func appendJSONElements<S: Sequence>(
    _ items: S, after count: Int, _ element: (inout ReportBuffer, S.Element) -> Void
  ) {
    var first = count == 0
    for item in items {
      if !first { bytes.append(UInt8(ascii: ",")) }
      first = false
      element(&self, item)
    }
  }

  /// Appends a JSON object with `keys` in the order given, each value written by `value`.
  mutating func appendJSONObject(
    keys: [String], htmlSafe: Bool = false, _ value: (inout ReportBuffer, String) -> Void
  ) {
    bytes.append(UInt8(ascii: "{"))
    for (i, key) in keys.enumerated() {
      if i > 0 { bytes.append(UInt8(ascii: ",")) }
      append(jsonString: key, htmlSafe: htmlSafe)
      bytes.append(UInt8(ascii: ":"))
      value(&self, key)
    }
    bytes.append(UInt8(ascii: "}"))
  }

  // MARK: HTML

  /// Appends `s` with `&`, `<`, `>`, `"` and `'` replaced by entities (safe in text and in
  /// quoted attribute values).
  mutating func append(html s: String) {
    var s = s
    s.withUTF8 { utf8 in
      var runStart = 0
      for i in 0..<utf8.count {
        let entity: StaticString
        switch utf8[i] {
        case UInt8(ascii: "&"): entity = "&amp;"
        case UInt8(ascii: "<"): entity = "&lt;"
        case UInt8(ascii: ">"): entity = "&gt;"
        case UInt8(ascii: "\""): entity = "&quot;"
        case UInt8(ascii: "'"): entity = "&#39;"
        default: continue
        }
        if runStart < i {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
        }
        entity.withUTF8Buffer { bytes.append(contentsOf: $0) }
        runStart = i + 1
      }
      if runStart < utf8.count {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
      }
    }
  }

  // MARK: CSV

  /// Appends one RFC 4180 field: quoted when it holds a comma, quote, CR or LF (quotes doubled),
  /// and made formula-safe: a cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`
  /// so a spreadsheet shows it as text instead of evaluating it.
  mutating func append(csvField s: String) {
    var s = s
    s.withUTF8 { utf8 in
      let first = utf8.first
      let formula =
        first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
        || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
      let needsQuotes = utf8.contains {
        $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
      }
      if needsQuotes { bytes.append(UInt8(ascii: "\"")) }
      if formula { bytes.append(UInt8(ascii: "'")) }
      for b in utf8 {
        if b == UInt8(ascii: "\"") { bytes.append(b) }
        bytes.append(b)
      }
      if needsQuotes { bytes.append(UInt8(ascii: "\"")) }
    }
  }

  // MARK: Markdown

  /// Appends `s` as the text of a Markdown table cell: ASCII punctuation that Markdown or its
  /// embedded HTML would interpret is backslash-escaped and line breaks become spaces.
  mutating func append(markdownCell s: String) {
    for b in s.utf8 {
      switch b {
      case 0x0A, 0x0D, 0x09: bytes.append(0x20)
      case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "_"),
        UInt8(ascii: "`"),
        UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
        UInt8(ascii: "#"),
        UInt8(ascii: "&"), UInt8(ascii: "!"):
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(b)
      default: bytes.append(b)
      }
    }
  }
}
