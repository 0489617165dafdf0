/// A note cut into tokens, with its line index: the one stream every later stage reads.
package struct TokenizedText: Sendable {
  /// The note's original bytes (offsets in tokens and spans point here).
  package let bytes: [UInt8]
  package let tokens: [Token]
  package let lines: LineIndex
  /// Number of sentences (token `sentence` values are below this).
  package let sentenceCount: Int
  /// How many bytes come before the first byte that is not ASCII (all of them in most notes): a
  /// column before it is its offset from the line start, with no scalars to count.
  let asciiPrefix: Int
  /// How many tokens are words, and the index of the first invalid one (-1 when none): counted as
  /// they are cut, for the scorer and the invalid-UTF-8 finding, instead of in a pass over the
  /// tokens.
  let wordCount: Int
  let firstInvalid: Int
  /// The indexes of the first and the last clock time, number of nine bytes, or four-digit number
  /// a dash or `to` follows (-1 when none):
  /// where the search for time ranges begins and ends (`forEachTimeCandidate`), noted as tokens
  /// are cut since most notes have none or only a few near their start.
  let firstTimeCandidate: Int
  let lastTimeCandidate: Int

  /// Tokenizes `text`.
  package init(_ text: String) {
    self.init(bytes: Array(text.utf8))
  }

  /// Tokenizes raw bytes; invalid UTF-8 is kept (as `.invalid` tokens), never shifting offsets.
  package init(bytes: [UInt8]) {
    self.bytes = bytes
    let result = bytes.withUnsafeBufferPointer(Tokenizer.tokenize)
    self.tokens = result.tokens
    self.lines = result.lines
    self.sentenceCount = result.sentenceCount
    self.asciiPrefix = result.asciiPrefix
    self.wordCount = result.wordCount
    self.firstInvalid = result.firstInvalid
    self.firstTimeCandidate = result.firstTimeCandidate
    self.lastTimeCandidate = result.lastTimeCandidate
  }

  /// The text of a byte range, with invalid UTF-8 shown as U+FFFD (one per maximal subpart).
  ///
  /// The bytes are copied straight into the string: `String(decoding:)` validates a copy of them
  /// first, which cost as much again as the copy, and the string initializer that writes in place
  /// checks a short string (most evidence is under 16 bytes) for ASCII with one mask.
  package func text(_ range: Range<Int>) -> String { Self.text(range, of: bytes) }

  /// `text(_:)` of a text's bytes, for readers that hold the bytes rather than the whole text.
  static func text(_ range: Range<Int>, of bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { bytes in
      let lo = max(0, min(range.lowerBound, bytes.count))
      let hi = max(lo, min(range.upperBound, bytes.count))
      let source = UnsafeBufferPointer(rebasing: bytes[lo..<hi])
      return String(unsafeUninitializedCapacity: source.count) {
        $0.initialize(fromContentsOf: source)
      }
    }
  }

  /// The index of the first token in `lower..<upper` that starts at or after byte `offset`, or
  /// `upper` when none does: a binary search, since token starts ascend.
  func firstToken(startingAt offset: Int, in lower: Int, _ upper: Int) -> Int {
    var low = lower
    var high = upper
    while low < high {
      let mid = (low + high) / 2
      if Int(tokens[mid].start) < offset { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// The number of Unicode scalars that start in `bytes[from..<to]` (`LineIndex.scalarStarts`):
  /// the column distance between two offsets on a line.
  func scalarStarts(from: Int, to: Int) -> Int { Self.scalarStarts(from: from, to: to, in: bytes) }

  /// `scalarStarts(from:to:)` of a text's bytes.
  static func scalarStarts(from: Int, to: Int, in bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { LineIndex.scalarStarts($0, from: from, to: min(to, $0.count)) }
  }

  /// The text of one token.
  package func text(of token: Token) -> String { text(token.range) }

  /// A span with line and column for a byte range.
  package func span(_ range: Range<Int>) -> SourceSpan {
    Self.span(range, of: bytes, lines: lines, asciiPrefix: asciiPrefix)
  }

  /// `span(_:)` of a text's bytes, line index and ASCII prefix.
  static func span(_ range: Range<Int>, of bytes: [UInt8], lines: LineIndex, asciiPrefix: Int)
    -> SourceSpan
  {
    let start = range.lowerBound
    if start >= 0, start <= asciiPrefix {
      // Only ASCII before it: the column is the offset from the line start.
      let line = lines.lineIndex(of: start)
      return SourceSpan(
        start: start, end: range.upperBound, line: line + 1,
        column: 1 + start - Int(lines.lineStarts[line]))
    }
    let (line, column) = bytes.withUnsafeBufferPointer { lines.location(of: start, in: $0) }
    return SourceSpan(start: start, end: range.upperBound, line: line, column: column)
  }

  /// Evidence for the tokens `first...last`.
  package func evidence(tokens first: Int, _ last: Int, entryID: String) -> Evidence {
    let range = Int(tokens[first].start)..<Int(tokens[last].end)
    return Evidence(text: text(range), span: span(range), entryID: entryID)
  }
}

/// Cuts UTF-8 bytes into tokens in one pass.
///
/// Rules (see Docs/Tokenization.md): letters form words (digits split off: `23min` is `23`, `min`,
/// so `<num> min` matches both spellings); digits form numbers, decimals, ranges (`8-10`), ratios
/// (`4/5`, `4-/5`), clock times (`10:02`, `9:45am`) and dates (`11/16/06`, `2026-03-04`, and
/// `03/09` when a part has a leading zero); `-`, `/`, `(`, `)`, `[`, `]`, `.`, `,` are joiners, and
/// `_` touching a letter or digit; a run of `_` touching none is one symbol (an empty field);
/// every other printable character is a one-character symbol. A sentence ends at `.`, `!` or `?`
/// (and any closing quotes or parenthesis after it) followed by a line break, the end, or a space
/// and a capital, a digit or a bullet (unless the word before is a title such as `Dr.`), and at a
/// line break followed by a blank line, a bullet, a capital or a digit, or after a line ending in
/// `:`.
package enum Tokenizer {
  /// `"`, `'` and `)` as bits of a 64-bit set: what may close a sentence after its stop.
  static let closingMarks: UInt64 = 1 << 0x22 | 1 << 0x27 | 1 << 0x29

  struct Output {
    var tokens: [Token]
    var lines: LineIndex
    var sentenceCount: Int
    /// The offset of the first byte that is not ASCII (the length when there is none).
    var asciiPrefix: Int
    /// `TokenizedText.wordCount`, `firstInvalid`, `firstTimeCandidate` and `lastTimeCandidate`.
    var wordCount: Int
    var firstInvalid: Int
    var firstTimeCandidate: Int
    var lastTimeCandidate: Int
  }

  enum ByteClass: UInt8 {
    case space, newline, letter, digit, joiner, stop, symbol, apostrophe, high
  }

  /// The class of every byte value, the bytes from 0x80 `.high`: read through a pointer, as the
  /// tokenizer looks up every byte that is not a space. An array of the ASCII bytes' classes cost
  /// 4 more instructions a byte: its index checked against its count and the byte against 0x80.
  nonisolated(unsafe) static let byteClass: UnsafePointer<ByteClass> = {
    let table = UnsafeMutablePointer<ByteClass>.allocate(capacity: 256)
    table.initialize(repeating: .high, count: 256)
    table.update(repeating: .symbol, count: 128)
    for b in 0..<32 { table[b] = .space }
    table[0x0A] = .newline
    table[0x0D] = .newline
    table[0x20] = .space
    table[0x7F] = .space
    for b in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(b)] = .letter }
    for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(b)] = .letter }
    for b in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(b)] = .digit }
    // `_` too: template blanks around a value (`__22__ min`) must not hide it (an empty field
    // alone is one symbol: `blankFieldEnd`).
    for c in "-/(),[]_" { table[Int(c.asciiValue!)] = .joiner }
    table[Int(UInt8(ascii: "."))] = .stop
    table[Int(UInt8(ascii: "!"))] = .stop
    table[Int(UInt8(ascii: "?"))] = .stop
    table[Int(UInt8(ascii: "'"))] = .apostrophe
    return UnsafePointer(table)
  }()

  /// The key of each one-byte ASCII token (a joiner, a stop, a symbol): looked up, not hashed
  /// again for every such token.
  static let asciiKeys: [UInt64] = (0..<128).map {
    TokenKey.finish(TokenKey.mix(TokenKey.offset, UInt8($0)))
  }

  /// Words after which a period does not end a sentence.
  static let titles = [
    "dr", "mr", "mrs", "ms", "vs", "approx", "appr", "e", "i", "st", "etc", "w", "s", "b", "obj",
  ]
  static let titleKeys: Set<UInt64> = Set(titles.map(TokenKey.of))
  /// "no", which before a period and a number abbreviates "number", not a sentence.
  static let numberAbbreviation = TokenKey.of("no")
  /// The title keys as a bit filter: most short words before a period are ruled out by one bit
  /// test, without hashing them into the set.
  static let titleFilter: KeyFilter = {
    var filter = KeyFilter()
    for key in titleKeys { filter.insert(key) }
    return filter
  }()
  /// The longest title in bytes: longer words skip the set lookup.
  static let titleLength = titles.map(\.utf8.count).max() ?? 0

  /// Numbers written as words, by key: "one" to "nineteen" and the tens. Dictated notes spell them
  /// out ("twenty-two minutes", "moderate assistance of one").
  static let numberWordValues: [UInt64: Int] = {
    let ones = [
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    var values: [UInt64: Int] = [:]
    for (n, word) in ones.enumerated() { values[TokenKey.of(word)] = n }
    for (n, word) in tens.enumerated() { values[TokenKey.of(word)] = 20 + 10 * n }
    return values
  }()
  /// The number-word keys as a bit filter: most words are ruled out without a dictionary lookup.
  static let numberWordFilter: KeyFilter = {
    var filter = KeyFilter()
    for key in numberWordValues.keys { filter.insert(key) }
    return filter
  }()

  /// The key of a prescription shorthand written with a macron, read as the word it stands for:
  /// c̄ "with", s̄ "without", p̄ "after", ā "before", q̄ "every" (the letter and U+0304, or the
  /// precomposed ā), so the patterns' "with", "after" and "before" match "amb c̄ RW" and "pain 5/10
  /// ā tx, 2/10 p̄ tx". Nil for any other word in `p[start..<end]`. Asked only for words that end
  /// in a byte above ASCII.
  static func macronShorthandKey(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> UInt64?
  {
    switch end &- start {
    case 3 where p[start + 1] == 0xCC && p[start + 2] == 0x84:
      switch p[start] | 0x20 {
      case UInt8(ascii: "c"): return macronShorthandKeys.with
      case UInt8(ascii: "s"): return macronShorthandKeys.without
      case UInt8(ascii: "p"): return macronShorthandKeys.after
      case UInt8(ascii: "a"): return macronShorthandKeys.before
      case UInt8(ascii: "q"): return macronShorthandKeys.every
      default: return nil
      }
    case 2 where p[start] == 0xC4 && (p[start + 1] == 0x80 || p[start + 1] == 0x81):
      return macronShorthandKeys.before
    default:
      return nil
    }
  }
  static let macronShorthandKeys = (
    with: TokenKey.of("with"), without: TokenKey.of("without"), after: TokenKey.of("after"),
    before: TokenKey.of("before"), every: TokenKey.of("every")
  )

  /// The end of a ones word ("two") right after a tens word, past one `-` or space, or nil.
  static func onesWordEnd(_ p: UnsafeBufferPointer<UInt8>, after i: Int) -> Int? {
    guard let (value, j) = numberWord(p, after: i, joinedBy: UInt8(ascii: "-")), value >= 1,
      value <= 9
    else { return nil }
    return j
  }

  /// The value and end of a number word after one space (or `joiner`) at `i`, or nil.
  static func numberWord(
    _ p: UnsafeBufferPointer<UInt8>, after i: Int, joinedBy joiner: UInt8 = 0x20
  ) -> (value: Int, end: Int)? {
    guard let (key, end) = word(p, after: i, joinedBy: joiner), let value = numberWordValues[key]
    else { return nil }
    return (value, end)
  }

  /// The key and end of the ASCII letters after one space (or `joiner`) at `i`, or nil.
  static func word(
    _ p: UnsafeBufferPointer<UInt8>, after i: Int, joinedBy joiner: UInt8 = 0x20
  ) -> (key: UInt64, end: Int)? {
    guard i + 1 < p.count, p[i] == joiner || p[i] == 0x20 else { return nil }
    var j = i + 1
    while j < p.count, (p[j] | 0x20) &- 0x61 < 26 { j += 1 }
    return j > i + 1 ? (TokenKey.ofFolded(p, (i + 1)..<j), j) : nil
  }

  static let hundredKey = TokenKey.of("hundred")
  static let pointKey = TokenKey.of("point")
  static let andKey = TokenKey.of("and")

  /// The end of a number word whose `value` the word ending at `i` has: a tens word takes the ones
  /// word after its hyphen or space with it ("twenty-two"); any other ends at `i`.
  static func tensAndOnesEnd(_ p: UnsafeBufferPointer<UInt8>, after i: Int, value: Int) -> Int {
    value >= 20 ? onesWordEnd(p, after: i) ?? i : i
  }

  /// The end of a number said the way dictation writes it, from the end `i` of its first word of
  /// `value`: its tens-and-ones pair, hundreds after a ones word ("one hundred fifty feet", "two
  /// hundred and twenty") and the digits after "point" ("twenty seven point five centimeters",
  /// "zero point four"); `i` when nothing follows. "At one point she" and "three point gait" stay
  /// words: only number words continue a number. Out of line, as only number words reach it.
  @inline(never)
  static func spokenNumberEnd(_ p: UnsafeBufferPointer<UInt8>, after i: Int, value: Int) -> Int {
    var end = tensAndOnesEnd(p, after: i, value: value)
    if value >= 1, value <= 9, let hundred = word(p, after: end), hundred.key == hundredKey {
      end = hundred.end
      var next = end
      if let and = word(p, after: next), and.key == andKey { next = and.end }
      if let (rest, restEnd) = numberWord(p, after: next), rest >= 1 {
        end = tensAndOnesEnd(p, after: restEnd, value: rest)
      }
    }
    guard let point = word(p, after: end), point.key == pointKey else { return end }
    var digitsEnd = point.end
    while let (digit, next) = numberWord(p, after: digitsEnd), digit <= 9 { digitsEnd = next }
    return digitsEnd > point.end ? digitsEnd : end
  }

  /// What a non-ASCII scalar is to the tokenizer.
  enum ScalarClass { case space, newline, letter, joiner, symbol, number, apostrophe }

  static func classify(_ v: UInt32) -> ScalarClass {
    switch v {
    case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
    case 0x85, 0x2028, 0x2029: return .newline
    case 0x2018, 0x2019: return .apostrophe
    case 0x2010...0x2015, 0x2044, 0x2215: return .joiner
    case 0xBC...0xBE, 0x2150...0x215E: return .number
    case 0x80...0xBF, 0xD7, 0xF7, 0x2016...0x2017, 0x201A...0x206F, 0x2070...0x2BFF: return .symbol
    default: return .letter
    }
  }

  /// Decodes the scalar at `i` (a non-ASCII lead byte); nil when the bytes are not valid UTF-8.
  @inline(__always)
  static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int)? {
    let n = p.count
    let b0 = p[i]
    func cont(_ k: Int) -> UInt32? {
      guard i + k < n else { return nil }
      let c = p[i + k]
      return c & 0xC0 == 0x80 ? UInt32(c & 0x3F) : nil
    }
    if b0 >= 0xC2 && b0 <= 0xDF {
      guard let c1 = cont(1) else { return nil }
      return (UInt32(b0 & 0x1F) << 6 | c1, 2)
    } else if b0 >= 0xE0 && b0 <= 0xEF {
      guard let c1 = cont(1), let c2 = cont(2) else { return nil }
      let v = UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2
      guard v >= 0x800, !(0xD800...0xDFFF).contains(v) else { return nil }
      return (v, 3)
    } else if b0 >= 0xF0 && b0 <= 0xF4 {
      guard let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) else { return nil }
      let v = UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
      guard v >= 0x10000, v <= 0x10FFFF else { return nil }
      return (v, 4)
    }
    return nil
  }

  /// The tokens so far and the flags the next token will get. A struct with mutating methods
  /// rather than closures over local variables: captured variables are boxed and every access to
  /// them is checked for exclusivity at run time, which cost a third of the tokenizer's time.
  struct State {
    /// The tokens so far, `tokens[0..<count]`, in a scratch block (`BlockCache`) grown by doubling:
    /// written through a pointer, with no uniqueness check per token as an array append makes.
    /// `tokenize` copies them into the result's array once and gives the block back.
    var tokens: UnsafeMutablePointer<Token>
    var count = 0
    var capacity: Int
    /// The block's size in bytes.
    var blockSize: Int
    var sentence: Int32 = 0
    /// The words so far, and the index of the first invalid token (-1 while none).
    var words = 0
    var firstInvalid = -1
    /// The indexes of the first and the last token that may be part of a time range (-1 while
    /// none).
    var firstTimeCandidate = -1
    var lastTimeCandidate = -1
    /// The next token starts a new sentence.
    var sentenceBreak = false
    /// The flags the next token gets from what came before it (a line break, a space, the text
    /// start), gathered as they happen so `emit` reads them in one go.
    var pending: Token.Flags = [.lineStart, .spaceBefore, .sentenceStart]
    /// Offsets where lines start, as `LineIndex` counts them (after `\n`, `\r\n` or a lone `\r`);
    /// `tokenize` puts the first, 0, once it has sized the list.
    var lineStarts: [Int32] = []

    /// Room for at least `capacity` tokens before the first doubling.
    init(capacity: Int) {
      (tokens, self.capacity, blockSize) = State.block(for: max(capacity, 4))
    }

    /// A scratch block with room for at least `capacity` tokens, how many, and its size.
    private static func block(for capacity: Int) -> (UnsafeMutablePointer<Token>, Int, Int) {
      let (block, size) = BlockCache.take(byteCount: capacity * MemoryLayout<Token>.stride)
      let room = size / MemoryLayout<Token>.stride
      return (block.bindMemory(to: Token.self, capacity: room), room, size)
    }

    func giveBack() { BlockCache.give(UnsafeMutableRawPointer(tokens), size: blockSize) }

    var last: Token? { count > 0 ? tokens[count - 1] : nil }

    /// Called after a four-digit number was emitted: when a dash or `to` and another four-digit
    /// number stand before it, the first number opens a 24-hour range written apart ("0815–0841",
    /// "1002 to 1040") and is noted as a time candidate. Four-digit numbers alone are many (years,
    /// feet, an ISO date's year before its dash), and a walk from a date at the top of a note to
    /// the signature's at the bottom would read every token between.
    mutating func closesRangeApart() {
      guard count >= 3 else { return }
      let joiner = tokens[count - 2], first = tokens[count - 3]
      guard first.kind == .number, first.end &- first.start == 4,
        (joiner.kind == .joiner && joiner.key == TokenizedText.dash)
          || (joiner.kind == .word && joiner.key == TokenizedText.toWord)
      else { return }
      if firstTimeCandidate < 0 || firstTimeCandidate > count - 3 { firstTimeCandidate = count - 3 }
      lastTimeCandidate = max(lastTimeCandidate, count - 3)
    }

    mutating func grow() {
      let (grown, room, size) = State.block(for: capacity * 2)
      grown.moveInitialize(from: tokens, count: count)
      giveBack()
      (tokens, capacity, blockSize) = (grown, room, size)
    }

    @inline(__always)
    mutating func emit(
      _ start: Int, _ end: Int, _ key: UInt64, _ kind: TokenKind, caps: Bool = false
    ) {
      var flags = pending
      if sentenceBreak {
        // A break before the first token starts no new sentence: the first one has begun.
        if count > 0 {
          sentence += 1
          flags.insert(.sentenceStart)
        }
        sentenceBreak = false
      }
      if caps { flags.insert(.allCaps) }
      // `kind` is a constant where this is inlined: only the word and invalid paths count.
      if kind == .word { words &+= 1 }
      if kind == .invalid, firstInvalid < 0 { firstInvalid = count }
      // Only the number paths test this: elsewhere `kind` is a constant that is neither.
      if kind == .time || (kind == .number && end &- start == 9) {
        if firstTimeCandidate < 0 { firstTimeCandidate = count }
        lastTimeCandidate = count
      }
      if count == capacity { grow() }
      // `tokenize` checked that offsets fit in 32 bits.
      (tokens + count).initialize(
        to: Token(
          start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), key: key,
          sentence: sentence, kind: kind,
          flags: flags))
      count &+= 1
      pending = []
    }

    /// Handles a line break at `j` (already known to be one); returns the index after it.
    mutating func lineBreak(_ p: UnsafeBufferPointer<UInt8>, at j: Int, length: Int) -> Int {
      let n = p.count
      var k = j + length
      // Does the next line start a new sentence?
      var blank = false
      var m = k
      while m < n {
        let b = p[m]
        if b == 0x0A || b == 0x0D { blank = true; break }
        if b == 0x20 || b == 0x09 { m += 1; continue }
        break
      }
      if let last, p[Int(last.start)] == UInt8(ascii: ":") { sentenceBreak = true }
      if blank || m >= n {
        sentenceBreak = true
      } else {
        let b = p[m]
        if (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-")
          || b == UInt8(ascii: "*")
          || b == UInt8(ascii: "#") || b >= 0x80 || b == UInt8(ascii: "(") || b == UInt8(ascii: "[")
        {
          sentenceBreak = true
        }
      }
      pending.formUnion([.lineStart, .spaceBefore])
      k = max(k, j + length)
      return k
    }
  }

  static func tokenize(_ p: UnsafeBufferPointer<UInt8>) -> Output {
    let n = p.count
    // Token offsets are 32-bit (a note is capped far below this before it gets here): checked
    // once here rather than for every token.
    precondition(n <= Int(Int32.max), "text of 2 GB or more")
    var state = State(capacity: n / 4 + 4)
    // Room for a line every 32 bytes, so a note's line starts are allocated once.
    state.lineStarts.reserveCapacity(n / 32 + 2)
    state.lineStarts.append(0)
    // The tables as locals: read through the lazy globals, each word paid for the global's
    // initialisation check and a reload of its table.
    let classes = byteClass
    let byteKeys = asciiKeys
    let titleLength = titleLength
    let titleFilter = titleFilter
    let numberWordFilter = numberWordFilter
    var i = 0
    var asciiPrefix = n

    @inline(__always)
    func asciiLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Whether the scalar at `j` continues a word.
    func letterAt(_ j: Int) -> Int? {  // returns byte length of the letter, or nil
      guard j < n else { return nil }
      let b = p[j]
      if b < 0x80 { return asciiLetter(b) ? 1 : nil }
      guard let (v, len) = decode(p, j), classify(v) == .letter else { return nil }
      return len
    }

    while i < n {
      let b = p[i]
      if b == 0x20 {  // the most common byte, spared the class lookup
        state.pending.insert(.spaceBefore)
        i += 1
        continue
      }
      let cls = classes[Int(b)]
      switch cls {
      case .space:
        state.pending.insert(.spaceBefore)
        i += 1
      case .newline:
        let len = (b == 0x0D && i + 1 < n && p[i + 1] == 0x0A) ? 2 : 1
        state.lineStarts.append(Int32(truncatingIfNeeded: i + len))
        i = state.lineBreak(p, at: i, length: len)
      case .letter, .high:
        if cls == .high {
          asciiPrefix = min(asciiPrefix, i)
          guard let (v, len) = decode(p, i) else {
            state.emit(i, i + 1, 0, .invalid)
            i += 1
            continue
          }
          switch classify(v) {
          case .space:
            state.pending.insert(.spaceBefore)
            i += len
            continue
          case .newline:
            i = state.lineBreak(p, at: i, length: len)
            continue
          case .joiner:
            state.emit(
              i, i + len, TokenKey.finish(TokenKey.mix(TokenKey.offset, UInt8(ascii: "-"))), .joiner
            )
            i += len
            continue
          case .number:
            var h = TokenKey.offset
            for k in i..<(i + len) { h = TokenKey.mix(h, p[k]) }
            state.emit(i, i + len, TokenKey.finish(h), .number)
            i += len
            continue
          case .symbol, .apostrophe:
            var h = TokenKey.offset
            // Curly quotes and the prime marks (`16′`, `12″`) read as the ASCII marks patterns use.
            if v == 0x2018 || v == 0x2019 || v == 0x2032 {
              h = TokenKey.mix(h, UInt8(ascii: "'"))
            } else if v == 0x201C || v == 0x201D || v == 0x2033 {
              h = TokenKey.mix(h, UInt8(ascii: "\""))
            } else {
              for k in i..<(i + len) { h = TokenKey.mix(h, p[k]) }
            }
            state.emit(i, i + len, TokenKey.finish(h), .symbol)
            i += len
            continue
          case .letter:
            break
          }
        }
        // A word: letters (ASCII or not) and apostrophes between letters.
        let start = i
        var h = TokenKey.offset
        var caps = true
        var sawASCIILetter = false
        while i < n {
          // A run of ASCII letters, the common case, in a tight loop: `c | 0x20` folds a capital,
          // and bit 0x20 of a letter is set only in lower case.
          let run = i
          var lowerBits: UInt8 = 0
          while i < n {
            let c = p[i]
            let folded = c | 0x20
            guard folded &- 0x61 < 26 else { break }
            lowerBits |= c
            h = TokenKey.mix(h, folded)
            i += 1
          }
          if i > run {
            sawASCIILetter = true
            if lowerBits & 0x20 != 0 { caps = false }
            guard i < n else { break }
          }
          let c = p[i]
          if c < 0x80 {
            if c == UInt8(ascii: "'"), i > start, letterAt(i + 1) != nil {
              h = TokenKey.mix(h, c)
              i += 1
              continue
            }
            break
          }
          asciiPrefix = min(asciiPrefix, i)
          if c == 0xE2, i + 2 < n, p[i + 1] == 0x80, p[i + 2] == 0x99, i > start,
            letterAt(i + 3) != nil
          {
            h = TokenKey.mix(h, UInt8(ascii: "'"))
            i += 3
            continue
          }
          guard let (v, len) = decode(p, i), classify(v) == .letter else { break }
          if c == 0xC3, len == 2, p[i + 1] >= 0x80, p[i + 1] <= 0x9E, p[i + 1] != 0x97 {
            h = TokenKey.mix(TokenKey.mix(h, 0xC3), p[i + 1] + 0x20)
            caps = caps && true
          } else {
            for k in i..<(i + len) { h = TokenKey.mix(h, p[k]) }
          }
          i += len
        }
        var key = TokenKey.finish(h)
        if p[i &- 1] >= 0x80, let shorthand = macronShorthandKey(p, start, i) { key = shorthand }
        // Wrapping: the word ends after it starts, and the overflow check was paid by every word.
        if i &- start >= 3, i &- start <= 9, numberWordFilter.mayContain(key),
          let value = numberWordValues[key]
        {
          // A number written as a word ("twenty-two minutes") is a number token with the words
          // of its tens and ones, hundreds and decimals (`spokenNumberEnd`).
          let end = spokenNumberEnd(p, after: i, value: value)
          state.emit(start, end, end == i ? key : TokenKey.ofFolded(p, start..<end), .number)
          i = end
        } else {
          state.emit(start, i, key, .word, caps: caps && sawASCIILetter)
        }
      case .digit:
        let number = scanNumber(p, i)
        state.emit(i, number.end, number.key, number.kind)
        if number.kind == .number && number.end &- i == 4 { state.closesRangeApart() }
        i = number.end
      case .joiner:
        if b == UInt8(ascii: "_"), let end = blankFieldEnd(p, at: i) {
          state.emit(i, end, byteKeys[Int(b)], .symbol)
          i = end
          continue
        }
        state.emit(i, i + 1, byteKeys[Int(b)], .joiner)
        i += 1
      case .stop:
        // A period inside a number is handled by scanNumber; here it ends a sentence or joins.
        let prev = state.last
        state.emit(
          i, i + 1, byteKeys[Int(b)], b == UInt8(ascii: ".") ? .joiner : .symbol)
        var j = i + 1
        while j < n
          && (p[j] == UInt8(ascii: ".") || p[j] == UInt8(ascii: "!") || p[j] == UInt8(ascii: "?"))
        { j += 1 }
        // A closing quote or parenthesis may follow the stop (`didn't sleep." BP 124/70`): the
        // sentence still ends there, and the quote opens the next one.
        while j < n {
          let c = p[j]
          if c < 0x40 && Self.closingMarks & (1 << UInt64(c)) != 0 {
            j += 1
          } else if c == 0xE2, j + 2 < n, p[j + 1] == 0x80, p[j + 2] == 0x9D || p[j + 2] == 0x99 {
            j += 3
          } else {
            break
          }
        }
        var k = j
        while k < n && (p[k] == 0x20 || p[k] == 0x09) { k += 1 }
        let followedBySpace = k > j
        let nextByte: UInt8? = k < n ? p[k] : nil
        var ends = false
        if let c = nextByte {
          if c == 0x0A || c == 0x0D {
            ends = true
          } else if followedBySpace
            && ((c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-")
              || c == UInt8(ascii: "*"))
          {
            ends = true
          }
        } else {
          ends = true
        }
        // A period after a title with more text on its line ("Dr. Smith"), or after "no" before a
        // number ("LT goal no. 2": "number"), abbreviates; it ends no sentence.
        if ends, b == UInt8(ascii: "."), let prev, prev.kind == .word {
          let isTitle =
            Int(prev.end - prev.start) <= titleLength && titleFilter.mayContain(prev.key)
            && titleKeys.contains(prev.key) && (nextByte.map({ $0 != 0x0A && $0 != 0x0D }) ?? false)
          if isTitle
            || (followedBySpace && prev.end - prev.start == 2
              && prev.key == Self.numberAbbreviation
              && (nextByte.map({ $0 >= 0x30 && $0 <= 0x39 }) ?? false))
          {
            ends = false
          }
        }
        if ends { state.sentenceBreak = true }
        i += 1
      case .apostrophe, .symbol:
        state.emit(i, i + 1, byteKeys[Int(b)], .symbol)
        i += 1
      }
    }
    defer { state.giveBack() }
    return Output(
      tokens: Array(UnsafeBufferPointer(start: state.tokens, count: state.count)),
      lines: LineIndex(lineStarts: state.lineStarts, of: p),
      sentenceCount: state.count == 0 ? 0 : Int(state.sentence) + 1, asciiPrefix: asciiPrefix,
      wordCount: state.words,
      firstInvalid: state.firstInvalid, firstTimeCandidate: state.firstTimeCandidate,
      lastTimeCandidate: state.lastTimeCandidate)
  }

  /// The end of a template's empty fill-in field at `start` ("Pain: __/10", "HR: ___"): a run
  /// of underscores with no letter or digit touching it. Such a run is a symbol, so a label and
  /// the scale after an empty field ("__/10") do not read as a value; underscores around a value
  /// (`___25___ min`) stay joiners and leave it readable.
  @inline(never)  // rare: kept out of the hot loop's body
  static func blankFieldEnd(_ p: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
    @inline(__always) func isAlphanumeric(_ c: UInt8) -> Bool {
      let cls = byteClass[Int(c)]
      return cls == .letter || cls == .digit
    }
    if start > 0, isAlphanumeric(p[start - 1]) || p[start - 1] == UInt8(ascii: "_") { return nil }
    var end = start + 1
    while end < p.count, p[end] == UInt8(ascii: "_") { end += 1 }
    if end < p.count, isAlphanumeric(p[end]) { return nil }
    return end
  }

  /// Scans a number starting at the digit `start`: where it ends, what it is and its key.
  @inline(__always)
  static func scanNumber(_ p: UnsafeBufferPointer<UInt8>, _ start: Int) -> (
    end: Int, kind: TokenKind, key: UInt64
  ) {
    let n = p.count
    @inline(__always) func digit(_ j: Int) -> Bool { j < n && p[j] >= 0x30 && p[j] <= 0x39 }
    @inline(__always) func digits(from j: Int) -> Int {
      var k = j
      while digit(k) { k += 1 }
      return k
    }
    var i = digits(from: start)
    var kind = TokenKind.number
    if i < n {
      let c = p[i]
      if c == UInt8(ascii: "."), digit(i + 1) {
        i = digits(from: i + 1)
        if i < n, p[i] == UInt8(ascii: "-"), digit(i + 1) {  // 2.5-3.5
          i = digits(from: i + 1)
          if i < n, p[i] == UInt8(ascii: "."), digit(i + 1) { i = digits(from: i + 1) }
        }
      } else if c == UInt8(ascii: ":"), digit(i + 1), digit(i + 2), !digit(i + 3), i - start <= 2 {
        kind = .time
        i += 3
        func letter(_ k: Int) -> Bool { k < n && (p[k] | 0x20) &- 0x61 < 26 }
        // A meridiem glued on, spelled out or cut to its letter: "9:45am", "1:05p-1:50p".
        if i < n, (p[i] | 0x20) == UInt8(ascii: "a") || (p[i] | 0x20) == UInt8(ascii: "p") {
          if (i + 1 < n && (p[i + 1] | 0x20) == UInt8(ascii: "m")) && !letter(i + 2) {
            i += 2
          } else if !letter(i + 1) {
            i += 1
          }
        }
      } else if c == UInt8(ascii: "/"), digit(i + 1), i - start < 5 {
        // Not after five digits either: `97545/97546` is two codes.
        let slash = i
        i = digits(from: i + 1)
        kind = .ratio
        if i < n, p[i] == UInt8(ascii: "/"), digit(i + 1) {
          i = digits(from: i + 1)
          kind = .date
        } else if slash - start == 2, i - slash == 3,
          p[start] == UInt8(ascii: "0") || p[slash + 1] == UInt8(ascii: "0")
        {
          kind = .date  // 03/09, 12/05: a month and day, not a score
        }
      } else if (c == UInt8(ascii: "+") || c == UInt8(ascii: "-")), i + 1 < n,
        p[i + 1] == UInt8(ascii: "/"), digit(i + 2)
      {
        i = digits(from: i + 2)  // 4-/5, 4+/5
        kind = .ratio
      } else if c == UInt8(ascii: "-"), digit(i + 1), i - start < 5 {
        // Not after five digits: `97530-23` is a code and its minutes, not a range.
        let firstLength = i - start
        let second = digits(from: i + 1)
        if firstLength == 4, second - (i + 1) == 2, second < n, p[second] == UInt8(ascii: "-"),
          digit(second + 1)
        {
          i = digits(from: second + 1)  // 2026-03-04
          kind = .date
        } else {
          i = second  // 8-10
          if i < n, p[i] == UInt8(ascii: "."), digit(i + 1) { i = digits(from: i + 1) }
        }
      }
    }
    var h = TokenKey.offset
    for k in start..<i { h = TokenKey.mix(h, p[k] >= 0x41 && p[k] <= 0x5A ? p[k] | 0x20 : p[k]) }
    return (i, kind, TokenKey.finish(h))
  }
}
