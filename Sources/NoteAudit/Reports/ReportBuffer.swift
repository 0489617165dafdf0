/// A growable byte buffer that report writers append into.
///
/// Writers never do I/O: they append UTF-8 bytes here and a `ReportStream` hands the buffer to an
/// `OutputSink` in large chunks. Escaping for each output language (JSON, HTML, CSV) lives here,
/// working on UTF-8 bytes, so that every writer escapes the same way and the hot path never
/// allocates intermediate `String`s.
public struct ReportBuffer: Sendable {
  /// The bytes, in storage of the buffer's own: a report is appended in hundreds of short pieces a
  /// note, and `Array.append(contentsOf:)` costs ~100 instructions a piece where a `memcpy` into
  /// reserved space costs a few. Copied on write, like an array.
  private var storage: Storage

  public init(capacity: Int = 1 << 16) {
    storage = Storage(capacity: capacity)
  }

  /// The bytes written so far (a copy).
  public var bytes: [UInt8] { withBytes { Array($0) } }

  /// How many bytes have been written.
  public var count: Int { storage.count }

  /// Calls `body` with the bytes written so far, without copying them.
  public func withBytes<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E)
    -> R
  {
    try body(UnsafeBufferPointer(start: storage.base, count: storage.count))
  }

  /// The buffer as text (for tests and small reports).
  public var string: String { withBytes { String(decoding: $0, as: UTF8.self) } }

  mutating func removeAll() {
    if !isKnownUniquelyReferenced(&storage) { storage = Storage(capacity: storage.capacity) }
    storage.count = 0
  }

  /// Room for `extra` more bytes in storage this buffer alone owns; returns where they go.
  @inline(__always)
  private mutating func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
    if !isKnownUniquelyReferenced(&storage) || storage.capacity - storage.count < extra {
      storage = storage.copy(minimumCapacity: storage.count + extra)
    }
    return storage.base + storage.count
  }

  /// Appends raw bytes.
  @inline(__always)
  mutating func append(bytes source: UnsafeBufferPointer<UInt8>) {
    guard let from = source.baseAddress, !source.isEmpty else { return }
    reserve(source.count).update(from: from, count: source.count)
    storage.count += source.count
  }

  /// Appends raw bytes.
  mutating func append(bytes source: some Collection<UInt8>) {
    let done: Void? = source.withContiguousStorageIfAvailable { append(bytes: $0) }
    if done == nil { for b in source { append(byte: b) } }
  }

  /// The growable memory behind a `ReportBuffer`; only a uniquely referenced one is written to.
  private final class Storage: @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    var count = 0

    init(capacity: Int) {
      self.capacity = max(capacity, 16)
      base = .allocate(capacity: self.capacity)
    }

    /// A copy with room for at least `minimumCapacity` bytes (growing by doubling).
    func copy(minimumCapacity: Int) -> Storage {
      let copy = Storage(capacity: max(minimumCapacity, capacity * 2))
      copy.base.update(from: base, count: count)
      copy.count = count
      return copy
    }

    deinit { base.deallocate() }
  }

  // MARK: Raw text

  /// Appends a literal (`",\"start\":"`): its bytes are at hand, with none of a `String`'s checks.
  @inline(__always)
  mutating func append(_ s: StaticString) {
    s.withUTF8Buffer { append(bytes: $0) }
  }

  @inline(__always)
  mutating func append(string s: String) {
    var s = s
    s.withUTF8 { append(bytes: $0) }
  }

  @inline(__always)
  mutating func append(byte: UInt8) {
    reserve(1).pointee = byte
    storage.count += 1
  }

  mutating func append(contentsOf other: ReportBuffer) { other.withBytes { append(bytes: $0) } }

  /// Appends a decimal integer without creating a `String`.
  mutating func append(int value: Int) {
    write(reserving: ReservedBytes.intRoom) { $0.put(int: value) }
  }

  /// Calls `body` to write at most `capacity` bytes straight into room reserved for them: one
  /// capacity and uniqueness check for many pieces (a piece of JSON evidence is a dozen). A piece
  /// that would pass the end of the room stops the program before it is written (a miscounted
  /// reservation is a bug, like an array index out of range).
  @inline(__always)
  mutating func write(reserving capacity: Int, _ body: (inout ReservedBytes) -> Void) {
    let start = reserve(capacity)
    var bytes = ReservedBytes(next: start, end: start + capacity)
    body(&bytes)
    storage.count += bytes.next - start
  }

  /// Appends a number with at most `places` decimals, trailing zeros dropped (`0.9`, `0.8125`, `1`).
  ///
  /// Deterministic on every platform (no locale, no shortest-round-trip subtleties) and always
  /// valid JSON: a non-finite value is written as `0`.
  mutating func append(decimal value: Double, places: Int = 4) {
    guard value.isFinite else {
      append(byte: UInt8(ascii: "0"))
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
    if scaled < 0 { append(byte: UInt8(ascii: "-")) }
    let magnitude = scaled.magnitude
    append(int: Int(magnitude / UInt(scale)))
    var fraction = Int(magnitude % UInt(scale))
    guard fraction != 0 else { return }
    var width = places
    while fraction % 10 == 0 {
      fraction /= 10
      width -= 1
    }
    append(byte: UInt8(ascii: "."))
    var divisor = 1
    for _ in 1..<max(width, 1) { divisor *= 10 }
    while divisor > 0 {
      append(byte: UInt8(truncatingIfNeeded: (fraction / divisor) % 10) &+ 48)
      divisor /= 10
    }
  }

  // MARK: JSON

  /// Appends `s` as a quoted JSON string.
  ///
  /// Escapes `"`, `\` and control characters; with `htmlSafe` also `<`, `>`, `&` and U+2028/2029,
  /// so the JSON can sit inside an HTML `<script>` element (no `</script>` or `<!--` can form).
  mutating func append(jsonString s: String, htmlSafe: Bool = false) {
    var s = s
    s.withUTF8 { appendJSONQuoted($0, htmlSafe: htmlSafe) }
  }

  /// Appends `key` (a literal such as `,"provider":`) and `value` as a JSON string, when there is
  /// a value: an optional field.
  mutating func append(_ key: StaticString, jsonString value: String?, htmlSafe: Bool = false) {
    guard let value else { return }
    key.withUTF8Buffer { append(bytes: $0) }
    append(jsonString: value, htmlSafe: htmlSafe)
  }

  /// Appends UTF-8 bytes as a quoted JSON string: one JSON document carried inside another (a
  /// report line inside a shard answer), escaped from the bytes it was rendered into, with no
  /// `String` made of them.
  mutating func append(jsonQuoted utf8: UnsafeBufferPointer<UInt8>) {
    appendJSONQuoted(utf8, htmlSafe: false)
  }

  /// Appends `key` and `bytes` in base64 (RFC 4648, padded), quoted: what `Base64.encode` makes,
  /// written straight into the buffer — base64 needs no JSON escaping, and a shard answer carries
  /// a kilobyte of it a note.
  mutating func append(_ key: StaticString, quotedBase64 bytes: [UInt8]) {
    append(key, base64: bytes, quoted: true)
  }

  /// Appends `key` and `bytes` in base64, quoted or not (a field of a tab-separated line).
  mutating func append(_ key: StaticString, base64 bytes: [UInt8], quoted: Bool = false) {
    append(key)
    bytes.withUnsafeBufferPointer { bytes in
      write(reserving: Base64.encodedLength(of: bytes.count) + 2) {
        $0.put(base64: bytes, quoted: quoted)
      }
    }
  }

  /// Appends bytes `range` of `note` as a quoted JSON string, each run of whitespace (line breaks
  /// too) collapsed to one space: a context snippet (`EvidenceDisplay`).
  mutating func append(jsonSnippet range: Range<Int>, of note: NoteText, htmlSafe: Bool = false) {
    note.utf8.withUnsafeBufferPointer { all in
      appendJSONQuoted(
        UnsafeBufferPointer(rebasing: all[range]), htmlSafe: htmlSafe, collapsingSpaces: true)
    }
  }

  /// Appends `utf8` as a quoted JSON string.
  private mutating func appendJSONQuoted(
    _ utf8: UnsafeBufferPointer<UInt8>, htmlSafe: Bool, collapsingSpaces: Bool = false
  ) {
    write(reserving: ReservedBytes.jsonRoom(utf8.count)) {
      $0.put(jsonQuoted: utf8, htmlSafe: htmlSafe, collapsingSpaces: collapsingSpaces)
    }
  }

  /// Appends a JSON array: `[`, each element written by `element` with commas between, `]`.
  mutating func appendJSONArray<S: Sequence>(
    _ items: S, _ element: (inout ReportBuffer, S.Element) -> Void
  ) {
    append(byte: UInt8(ascii: "["))
    var first = true
    for item in items {
      if !first { append(byte: UInt8(ascii: ",")) }
      first = false
      element(&self, item)
    }
    append(byte: UInt8(ascii: "]"))
  }

  /// Appends a JSON object with `keys` in the order given, each value written by `value`.
  mutating func appendJSONObject(keys: [String], _ value: (inout ReportBuffer, String) -> Void) {
    appendJSONObject(pairs: keys.lazy.map { (key: $0, value: $0) }) { value(&$0, $1.key) }
  }

  /// Appends `dictionary` as a JSON object, keys in ascending order, each value written by
  /// `value` (given the key too): one sort of the pairs, no lookup per key.
  mutating func appendJSONObject<Value>(
    sortedByKey dictionary: [String: Value],
    _ value: (inout ReportBuffer, _ key: String, _ value: Value) -> Void
  ) {
    appendJSONObject(pairs: dictionary.sorted { $0.key < $1.key }) { value(&$0, $1.key, $1.value) }
  }

  private mutating func appendJSONObject<Pairs: Sequence, Value>(
    pairs: Pairs, _ value: (inout ReportBuffer, (key: String, value: Value)) -> Void
  ) where Pairs.Element == (key: String, value: Value) {
    append(byte: UInt8(ascii: "{"))
    var first = true
    for pair in pairs {
      if !first { append(byte: UInt8(ascii: ",")) }
      first = false
      append(jsonString: pair.key)
      append(byte: UInt8(ascii: ":"))
      value(&self, pair)
    }
    append(byte: UInt8(ascii: "}"))
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
          append(bytes: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
        }
        entity.withUTF8Buffer { append(bytes: $0) }
        runStart = i + 1
      }
      if runStart < utf8.count {
        append(bytes: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
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
      if needsQuotes { append(byte: UInt8(ascii: "\"")) }
      if formula { append(byte: UInt8(ascii: "'")) }
      for b in utf8 {
        if b == UInt8(ascii: "\"") { append(byte: b) }
        append(byte: b)
      }
      if needsQuotes { append(byte: UInt8(ascii: "\"")) }
    }
  }

  // MARK: Markdown

  /// Appends `s` as the text of a Markdown table cell: ASCII punctuation that Markdown or its
  /// embedded HTML would interpret is backslash-escaped and line breaks become spaces.
  mutating func append(markdownCell s: String) {
    for b in s.utf8 {
      switch b {
      case 0x0A, 0x0D, 0x09: append(byte: 0x20)
      case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "_"),
        UInt8(ascii: "`"),
        UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
        UInt8(ascii: "#"),
        UInt8(ascii: "&"), UInt8(ascii: "!"):
        append(byte: UInt8(ascii: "\\"))
        append(byte: b)
      default: append(byte: b)
      }
    }
  }
}

/// Room reserved in a `ReportBuffer` (`write(reserving:_:)`), written front to back: whoever
/// reserves adds up the worst case of every piece (`jsonRoom`, `intRoom`, the literals' lengths),
/// and every piece checks that it fits (`precondition`, in release builds too) before it is
/// written: one comparison a piece, not a byte.
struct ReservedBytes {
  fileprivate(set) var next: UnsafeMutablePointer<UInt8>
  /// One past the last reserved byte.
  private let end: UnsafeMutablePointer<UInt8>

  fileprivate init(next: UnsafeMutablePointer<UInt8>, end: UnsafeMutablePointer<UInt8>) {
    self.next = next
    self.end = end
  }

  /// Stops the program unless `count` more bytes fit in the room reserved.
  @inline(__always)
  private func ensureRoom(_ count: Int) {
    precondition(count <= end - next, "wrote past the room reserved in a ReportBuffer")
  }

  /// The most bytes `count` bytes take as a quoted JSON string (each one as `\u00XX`).
  static func jsonRoom(_ count: Int) -> Int { count * 6 + 2 }
  /// The most bytes an integer takes (`-9223372036854775808`).
  static let intRoom = 20

  @inline(__always)
  mutating func put(_ byte: UInt8) {
    ensureRoom(1)
    next.pointee = byte
    next += 1
  }

  @inline(__always)
  mutating func put(_ s: StaticString) {
    s.withUTF8Buffer { put($0) }
  }

  @inline(__always)
  mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    ensureRoom(bytes.count)
    next.update(from: base, count: bytes.count)
    next += bytes.count
  }

  /// `bytes` in padded base64 (`Base64.write`), between quotes when `quoted`.
  mutating func put(base64 bytes: UnsafeBufferPointer<UInt8>, quoted: Bool) {
    ensureRoom(Base64.encodedLength(of: bytes.count) + 2)
    var out = next
    if quoted {
      out[0] = UInt8(ascii: "\"")
      out += 1
    }
    out = Base64.write(bytes, to: out)
    if quoted {
      out[0] = UInt8(ascii: "\"")
      out += 1
    }
    next = out
  }

  /// A decimal integer, two digits at a time from the last.
  mutating func put(int value: Int) {
    if value < 0 { put(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits = 1
    var limit: UInt = 10
    while digits < 20 && magnitude >= limit {
      digits += 1
      limit = limit &* 10
    }
    ensureRoom(digits)
    let pairs: StaticString = """
      0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849\
      5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899
      """
    var at = next + digits
    next = at
    while magnitude >= 10 {
      let pair = Int(magnitude % 100) &* 2
      magnitude /= 100
      at -= 2
      at[0] = pairs.utf8Start[pair]
      at[1] = pairs.utf8Start[pair &+ 1]
    }
    if at > next - digits { (at - 1).pointee = UInt8(truncatingIfNeeded: magnitude) &+ 48 }
  }

  /// `utf8` as a quoted JSON string.
  ///
  /// Escapes `"`, `\\` and control characters; with `htmlSafe` also `<`, `>`, `&` and U+2028/2029,
  /// so the JSON can sit inside an HTML `<script>` element (no `</script>` or `<!--` can form).
  /// With `collapsingSpaces` each run of whitespace (line breaks too) becomes one space.
  mutating func put(
    jsonQuoted utf8: UnsafeBufferPointer<UInt8>, htmlSafe: Bool, collapsingSpaces: Bool = false
  ) {
    let n = utf8.count
    put(UInt8(ascii: "\""))
    if let base = utf8.baseAddress {
      var runStart = 0
      @inline(__always) func copyRun(to end: Int) {
        guard runStart < end else { return }
        put(UnsafeBufferPointer(start: base + runStart, count: end - runStart))
      }
      var i = 0
      while i < n {
        // Eight bytes at a time while none needs a look: most of a report is text copied as is.
        while i + 8 <= n {
          let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
          guard !Self.mayNeedEscape(word, htmlSafe: htmlSafe, collapsingSpaces: collapsingSpaces)
          else { break }
          // A space last in the eight is looked at again with the byte after it (a run to collapse?).
          i += collapsingSpaces && word >> 56 == 0x20 ? 7 : 8
        }
        guard i < n else { break }
        let b = base[i]
        // Fast path: almost every byte is copied as is (a space too, unless a run to collapse).
        if b > 0x20 && b != 0x22 && b != 0x5C
          && !(htmlSafe && (b == 0x3C || b == 0x3E || b == 0x26 || b == 0xE2))
        {
          i += 1
          continue
        }
        if collapsingSpaces && b.isBlank {
          if b == 0x20 && (i + 1 == n || !base[i + 1].isBlank) {
            i += 1
            continue
          }
          copyRun(to: i)
          put(0x20)
          i += 1
          while i < n && base[i].isBlank { i += 1 }
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
        where htmlSafe && i + 2 < n && base[i + 1] == 0x80
          && (base[i + 2] == 0xA8 || base[i + 2] == 0xA9):
          escape = base[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
        default: escape = nil
        }
        guard let escape else {
          i += 1
          continue
        }
        copyRun(to: i)
        if escape.utf8CodeUnitCount == 0 {
          let hex: StaticString = "0123456789abcdef"
          put("\\u00")
          put(hex.utf8Start[Int(b >> 4)])
          put(hex.utf8Start[Int(b & 0xF)])
        } else {
          put(escape)
        }
        i += b == 0xE2 ? 3 : 1
        runStart = i
      }
      copyRun(to: n)
    }
    put(UInt8(ascii: "\""))
  }

  /// Whether any of the eight bytes in `word` (little-endian) may need escaping (or, collapsing
  /// spaces, starts a run of them): a byte below 0x20, `"`, `\\`, with `htmlSafe` `<`, `>`, `&`
  /// or the lead byte of U+2028/9, and two spaces side by side. Bit tricks on the whole word.
  @inline(__always)
  private static func mayNeedEscape(_ w: UInt64, htmlSafe: Bool, collapsingSpaces: Bool) -> Bool {
    @inline(__always) func has(_ byte: UInt8) -> Bool { ByteWord.bytes(w, equalTo: byte) != 0 }
    if ByteWord.bytes(w, below: 0x20) != 0 || has(0x22) || has(0x5C) { return true }
    if htmlSafe && (has(0x3C) || has(0x3E) || has(0x26) || has(0xE2)) { return true }
    if collapsingSpaces {
      // Byte k is zero when bytes k and k + 1 are both spaces; the last byte has no pair here.
      let spaces = w ^ (ByteWord.ones &* 0x20)
      return ByteWord.bytes(spaces | (spaces >> 8) | (0xFF << 56), below: 1) != 0
    }
    return false
  }
}
