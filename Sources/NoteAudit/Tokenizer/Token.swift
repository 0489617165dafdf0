/// What a token is, decided once by the tokenizer so every later stage reads the same stream.
package enum TokenKind: UInt8, Sendable {
  /// Letters, with digits after the first letter split off (`x3` is `x`, `3`); apostrophes
  /// inside a word stay in it (`pt's`).
  case word
  /// A number: `8`, `8.5`, a range `8-10`, `½`.
  case number
  /// A ratio `4/5`, `4-/5`, `4+/5`, `3/10`, `41/56`: MMT grades, pain and test scores, trials.
  case ratio
  /// A clock time `10:02`, `9:45am`.
  case time
  /// A date `11/16/06`, `2026-03-04`.
  case date
  /// One symbol: `°`, `'`, `"`, `#`, `%`, `:`, `;`, `<`, `>`, `→`, `↔`, `+`, `=`, `&`, `x`-like signs.
  case symbol
  /// A joiner the phrase matcher skips between words: `-`, `/`, `(`, `)`, `.`, `,`, `[`, `]`.
  case joiner
  /// Bytes that are not valid UTF-8 (each its own token, matching nothing).
  case invalid
}

/// A token: a byte range of the original text plus what the tokenizer learnt about it.
///
/// Tokens never copy text. `key` is a 64-bit hash of the case-folded bytes so the lexicon can look a
/// word up without building a `String`.
package struct Token: Sendable, Hashable {
  package var start: Int32
  package var end: Int32
  /// Hash of the case-folded token text (see `TokenKey`).
  package var key: UInt64
  /// Index of the sentence the token belongs to (0-based, increasing).
  package var sentence: Int32
  package var kind: TokenKind
  package var flags: Flags

  package struct Flags: OptionSet, Sendable, Hashable {
    package var rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }
    /// First token on its line.
    package static let lineStart = Flags(rawValue: 1)
    /// First token of its sentence.
    package static let sentenceStart = Flags(rawValue: 2)
    /// Whitespace (or the text start) precedes the token.
    package static let spaceBefore = Flags(rawValue: 4)
    /// Written in capitals only (`CGA`, `TUG`): lets a lexicon tell `A` (assist) from `a`.
    package static let allCaps = Flags(rawValue: 8)
  }

  package var range: Range<Int> { Int(start)..<Int(end) }
}
