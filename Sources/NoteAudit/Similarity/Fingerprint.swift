/// What a note's text contributes to clone detection, computed in one pass over its tokens.
///
/// The normalised stream skips joiners, symbols and invalid bytes, keeps words by their case-folded
/// key, keeps numbers and ratios by value for the exact hash but as class placeholders (`#`, `#/#`)
/// in the shingles, and masks dates and clock times everywhere (a re-dated copy is still a copy).
///
/// Similarity is judged on word 3-shingles of the number-masked stream, cut at sentence, line and
/// label boundaries (`Segment`): a copy whose only changes are
/// reps, minutes or measures keeps similarity 1.0 and is told apart by `exactHash` ≠ with
/// `maskedHash` =, which is what the "only the numbers changed" detail needs. The same masked stream
/// is what template learning counts, so a template's `Pain: _/10` field is one shingle in every note.
///
/// Memory: the sorted, de-duplicated shingle hashes truncated to 32 bits (4 B per distinct shingle)
/// plus three 64-bit hashes; the MinHash signature is derived on demand (`minHash`), because the one
/// the index needs is computed after template shingles are removed.
package struct Fingerprint: Sendable, Hashable {
  /// Hash of the normalised stream with numbers by value (dates and times masked); keyed when the
  /// fingerprint is (`init(_:keyed:)`).
  package var exactHash: UInt64
  /// Hash of the normalised stream with numbers masked too; keyed when the fingerprint is.
  package var maskedHash: UInt64
  /// 64-bit SimHash over the (keyed) masked shingles.
  package var simHash: UInt64
  /// Distinct masked word 3-shingles within segments, keyed, truncated to their upper 32 bits, sorted ascending.
  package var shingles: [UInt32]
  /// Parallel to `shingles`: 0 for a shingle without a number, else an 8-bit hash (1…255) of the
  /// values of its numbers and ratios. Across patients a shared sentence counts only with the same
  /// values (`CloneDetector`, Docs/CloneDetection.md); never stored in the history.
  package var valueTags: [UInt8]
  /// Distinct measurements: each number or ratio by value with the word before it (`x 10`, `pain 3/10`),
  /// keyed, upper 32 bits, sorted. Two notes written independently from the same phrases rarely
  /// carry the same measures; a reused note mostly does (Docs/CloneDetection.md, cross-patient).
  package var numbers: [UInt32]
  /// Tokens in the normalised stream.
  package var tokenCount: Int

  /// Width of a shingle in normalised tokens.
  package static let shingleWidth = 3

  /// Class placeholders in the normalised stream (fixed values, part of the scheme).
  enum Placeholder {
    static let number: UInt64 = 0x4e55_4d42_4552_0001
    static let ratio: UInt64 = 0x5241_5449_4f00_0002
    static let date: UInt64 = 0x4441_5445_0000_0003
    static let time: UInt64 = 0x5449_4d45_0000_0004
    /// Pads a segment shorter than a shingle.
    static let edge: UInt64 = 0x4544_4745_0000_0005
  }

  /// Fingerprints a tokenized note.
  ///
  /// - Parameters:
  ///   - text: the note, tokenized once for the whole audit.
  ///   - keyed: applied to every 64-bit shingle and measurement hash before it is kept, and to the
  ///     two whole-note hashes (a per-installation secret for the history store, so nothing stored
  ///     can be matched by a dictionary of phrases or confirmed against a guessed note); identity
  ///     when nil. A pseudo-random function keeps equality, all the clone check asks of
  ///     `exactHash` and `maskedHash`, so keyed notes compare exactly as plain ones do.
  package init(_ text: TokenizedText, keyed: (@Sendable (UInt64) -> UInt64)? = nil) {
    var exact: UInt64 = 0x6e6f_7465_6175_6474
    var masked = exact
    var count = 0
    var hashes: [UInt64] = []
    hashes.reserveCapacity(text.tokens.count)
    var tags: [UInt8] = []
    tags.reserveCapacity(text.tokens.count)
    var segment = Segment()
    var measures: [UInt64] = []
    var previousWord: UInt64 = 0
    text.bytes.withUnsafeBufferPointer { bytes in
      for token in text.tokens {
        if !token.flags.isDisjoint(with: [.sentenceStart, .lineStart]) {
          segment.end(into: &hashes, &tags)
        }
        guard let (value, placeholder) = Self.normalised(token) else {
          if token.kind != .invalid, Int(token.start) < bytes.count,
            Self.endsSegment(
              bytes[Int(token.start)], spaceBefore: token.flags.contains(.spaceBefore))
          {
            segment.end(into: &hashes, &tags)
          }
          continue
        }
        if token.kind == .number || token.kind == .ratio {
          if segment.words >= 2 {
            measures.append(SimilarityHash.shingle(Placeholder.number, previousWord, value))
          }
        } else if token.kind == .word {
          previousWord = value
        }
        exact = SimilarityHash.combine(exact, value)
        masked = SimilarityHash.combine(masked, placeholder)
        count += 1
        let number =
          token.kind == .number || token.kind == .ratio ? SimilarityHash.mix(value) | 1 : 0
        segment.append(
          placeholder, number: number, isWord: token.kind == .word, into: &hashes, &tags)
      }
    }
    segment.end(into: &hashes, &tags)
    if let keyed {
      for i in hashes.indices { hashes[i] = keyed(hashes[i]) }
      for i in measures.indices { measures[i] = keyed(measures[i]) }
      exact = keyed(exact)
      masked = keyed(masked)
    }
    self.numbers = SortedHashes.unique(
      measures.map { UInt32(truncatingIfNeeded: $0 >> 32) }.sorted())
    self.exactHash = exact
    self.maskedHash = masked
    self.tokenCount = count
    self.simHash = SimHash.of(hashes)
    (self.shingles, self.valueTags) = Self.sortedTagged(
      zip(hashes, tags).map { UInt64($0 >> 32) << 32 | UInt64($1) })
  }

  /// Sorts `shingle << 32 | tag` entries and splits them into distinct shingles with one tag each:
  /// a shingle that occurs with several values (`x # reps` twice) gets a combination of its
  /// distinct tags, still 0 only without numbers.
  static func sortedTagged(_ entries: [UInt64]) -> (shingles: [UInt32], tags: [UInt8]) {
    var entries = entries
    entries.sort()
    var shingles: [UInt32] = []
    var tags: [UInt8] = []
    shingles.reserveCapacity(entries.count)
    tags.reserveCapacity(entries.count)
    entries.withUnsafeBufferPointer { e in
      var i = 0
      while i < e.count {
        var tag = UInt8(truncatingIfNeeded: e[i])
        var j = i + 1
        while j < e.count && e[j] >> 32 == e[i] >> 32 {
          if e[j] != e[j - 1] { tag = max(1, tag &* 31 &+ UInt8(truncatingIfNeeded: e[j])) }
          j += 1
        }
        shingles.append(UInt32(truncatingIfNeeded: e[i] >> 32))
        tags.append(tag)
        i = j
      }
    }
    return (shingles, tags)
  }

  /// A token's value in the exact stream and in the masked stream; nil for the tokens skipped
  /// (symbols, joiners, invalid bytes).
  @inline(__always)
  static func normalised(_ token: Token) -> (value: UInt64, placeholder: UInt64)? {
    switch token.kind {
    case .word: (token.key, token.key)
    case .number: (token.key, Placeholder.number)
    case .ratio: (token.key, Placeholder.ratio)
    case .date: (Placeholder.date, Placeholder.date)
    case .time: (Placeholder.time, Placeholder.time)
    case .symbol, .joiner, .invalid: nil
    }
  }

  /// `:` and `;` end a segment, and so does a dash with a space before it (`97530 x 16 min - Gait`);
  /// a hyphen inside a word (`hemi-walker`) does not.
  @inline(__always)
  static func endsSegment(_ byte: UInt8, spaceBefore: Bool) -> Bool {
    byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";")
      || (byte == UInt8(ascii: "-") && spaceBefore)
  }

  /// The running segment of the normalised stream: shingles never cross a sentence, a line or a
  /// label, so text moved into another template or rendered in another layout (other labels, one
  /// line per service or running prose) keeps every shingle inside its sentences; only the
  /// template's own segments differ, and those are learnt as template.
  struct Segment {
    var w0: UInt64 = 0
    var w1: UInt64 = 0
    /// Value hashes of `w0`, `w1` when they are numbers (odd), else 0.
    var n0: UInt64 = 0
    var n1: UInt64 = 0
    var length = 0
    /// Words so far: a number after fewer than two is a label's or a service line's (minutes, a
    /// code, a total), laid out differently by every provider, not a measurement.
    var words = 0

    /// Adds a token (`number`: its value hash when it is a number or ratio, else 0); a full window
    /// gives a shingle and its value tag.
    @inline(__always)
    mutating func append(
      _ token: UInt64, number: UInt64, isWord: Bool, into hashes: inout [UInt64],
      _ tags: inout [UInt8]
    ) {
      length += 1
      if isWord { words += 1 }
      if length >= Fingerprint.shingleWidth {
        hashes.append(SimilarityHash.shingle(w0, w1, token))
        tags.append(Self.tag(n0, n1, number))
      }
      w0 = w1
      w1 = token
      n0 = n1
      n1 = number
    }

    /// Closes the segment: one shorter than a shingle (a label, `Pain 3/10`) is one shingle of its own.
    @inline(__always)
    mutating func end(into hashes: inout [UInt64], _ tags: inout [UInt8]) {
      if length == 1 {
        hashes.append(SimilarityHash.shingle(Placeholder.edge, Placeholder.edge, w1))
        tags.append(Self.tag(0, 0, n1))
      }
      if length == 2 {
        hashes.append(SimilarityHash.shingle(Placeholder.edge, w0, w1))
        tags.append(Self.tag(0, n0, n1))
      }
      self = Segment()
    }

    /// 0 when no position holds a number, else 1…255 from the values by position.
    @inline(__always)
    static func tag(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt8 {
      guard a | b | c != 0 else { return 0 }
      let t = UInt8(truncatingIfNeeded: SimilarityHash.shingle(a, b, c) >> 56)
      return t == 0 ? 1 : t
    }
  }

  /// Builds a fingerprint from its parts (tests, stores).
  ///
  /// - Parameter valueTags: parallel to `shingles` (see `valueTags`); empty or missing entries are 0.
  package init(
    exactHash: UInt64, maskedHash: UInt64, simHash: UInt64, shingles: [UInt32],
    valueTags: [UInt8] = [], numbers: [UInt32] = [],
    tokenCount: Int
  ) {
    self.numbers = SortedHashes.unique(numbers.sorted())
    self.exactHash = exactHash
    self.maskedHash = maskedHash
    self.simHash = simHash
    (self.shingles, self.valueTags) = Self.sortedTagged(
      shingles.indices.map {
        UInt64(shingles[$0]) << 32 | UInt64(valueTags.indices.contains($0) ? valueTags[$0] : 0)
      })
    self.tokenCount = tokenCount
  }

  /// The 128-slot one-permutation MinHash signature of all shingles (template included).
  package var minHash: [UInt32] { MinHash.signature(of: shingles) }

  /// Fingerprints many notes on all cores; result `i` belongs to `texts[i]` whatever the thread timing.
  package static func make(_ texts: [TokenizedText], keyed: (@Sendable (UInt64) -> UInt64)? = nil)
    -> [Fingerprint]
  {
    Parallel.map(count: texts.count) { Fingerprint(texts[$0], keyed: keyed) }
  }
}

/// 64-bit SimHash (Charikar): bit `i` is set when most features have bit `i` set.
package enum SimHash {
  /// SimHash of unweighted 64-bit features; 0 for none.
  ///
  /// Counts bits eight lanes at a time (SWAR): `lanes[j]` holds, in byte `k`, how many features had
  /// bit `8k + j` set; it is flushed to wide counters every 255 features, before a byte can overflow.
  /// About 8 adds per feature instead of 64.
  package static func of(_ features: [UInt64]) -> UInt64 {
    guard !features.isEmpty else { return 0 }
    var counts = [Int](repeating: 0, count: 64)
    var lanes = [UInt64](repeating: 0, count: 8)
    var pending = 0
    func flush() {
      for j in 0..<8 {
        for k in 0..<8 { counts[8 * k + j] += Int((lanes[j] >> UInt64(8 * k)) & 0xff) }
        lanes[j] = 0
      }
      pending = 0
    }
    for f in features {
      for j in 0..<8 { lanes[j] &+= (f >> UInt64(j)) & 0x0101_0101_0101_0101 }
      pending += 1
      if pending == 255 { flush() }
    }
    flush()
    let half = features.count / 2
    var result: UInt64 = 0
    for bit in 0..<64 where counts[bit] > half { result |= 1 << UInt64(bit) }
    return result
  }

  /// Number of differing bits.
  package static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }
}

/// Helpers over ascending arrays of 32-bit hashes.
enum SortedHashes {
  /// Removes adjacent duplicates from a sorted array.
  static func unique(_ sorted: [UInt32]) -> [UInt32] {
    guard sorted.count > 1 else { return sorted }
    var out = sorted
    var n = 1
    for i in 1..<out.count where out[i] != out[n - 1] {
      out[n] = out[i]
      n += 1
    }
    out.removeLast(out.count - n)
    return out
  }

  /// Calls `body(i, j)` for every `values[i] == values[j]` of two ascending, duplicate-free runs
  /// `a` and `b` of one flat buffer (a merge walk).
  @inline(__always)
  static func forEachCommon(
    _ values: UnsafeBufferPointer<UInt32>, _ a: Range<Int>, _ b: Range<Int>,
    _ body: (Int, Int) -> Void
  ) {
    var i = a.lowerBound
    var j = b.lowerBound
    while i < a.upperBound && j < b.upperBound {
      let x = values[i]
      let y = values[j]
      if x == y {
        body(i, j)
        i += 1
        j += 1
      } else if x < y {
        i += 1
      } else {
        j += 1
      }
    }
  }
}
