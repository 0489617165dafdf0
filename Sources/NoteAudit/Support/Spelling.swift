/// "Did you mean …?" for a misspelt command, option, format, code, lexicon category or attribute,
/// or configuration key: one edit distance, one way to phrase the question.
///
/// ```swift
/// Spelling.hint(for: "audti", in: ["audit", "check"])           // " (did you mean 'audit'?)"
/// Spelling.hint(for: "formt", in: ["format"], prefix: "--")     // " (did you mean '--format'?)"
/// Spelling.hint(for: "97531", in: ["97530"], quote: .none)      // " (did you mean 97530?)"
/// Spelling.hint(for: "xyz", in: ["audit"])                      // ""
/// ```
public enum Spelling {
  /// How a suggestion is set off in a message.
  public enum Quote: String, Sendable {
    case single = "'"
    case double = "\""
    /// Bare, for codes and numbers.
    case none = ""
  }

  /// `" (did you mean 'x'?)"` for the candidate closest to `word` (`closest(to:in:)`), or `""`
  /// when none is close: appended to an "unknown …" message.
  ///
  /// - Parameter prefix: written before the suggestion inside the quotes (`--` for an option).
  public static func hint(
    for word: String, in candidates: some Sequence<String>, quote: Quote = .single,
    prefix: String = ""
  ) -> String {
    closest(to: word, in: candidates).map { " (\(question($0, quote: quote, prefix: prefix)))" }
      ?? ""
  }

  /// `did you mean 'x'?`: the one phrasing of a suggestion.
  public static func question(_ suggestion: String, quote: Quote = .single, prefix: String = "")
    -> String
  {
    "did you mean \(quote.rawValue)\(prefix)\(suggestion)\(quote.rawValue)?"
  }

  /// The candidate closest to `word` within an edit distance of 2 (ties: alphabetical), or nil.
  public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
    let typed = Array(word.utf8)
    var best: (String, Int)?
    for candidate in candidates {
      let d = editDistance(typed, Array(candidate.utf8))
      if d <= 2, best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) {
        best = (candidate, d)
      }
    }
    return best?.0
  }

  /// The candidate closest to `word` ignoring case, within an edit distance of 2 or a third of
  /// `word`'s length if more (ties: the first listed), or nil: for configuration keys, whose
  /// camel case is easy to get wrong and which can be long.
  public static func closest(ignoringCaseTo word: String, in candidates: some Sequence<String>)
    -> String?
  {
    let typed = Array(word.lowercased().utf8)
    var best: (String, Int)?
    for candidate in candidates {
      let d = editDistance(typed, Array(candidate.lowercased().utf8))
      if best == nil || d < best!.1 { best = (candidate, d) }
    }
    guard let best, best.1 <= max(2, typed.count / 3) else { return nil }
    return best.0
  }

  /// Levenshtein distance over UTF-8 bytes.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    editDistance(Array(a.utf8), Array(b.utf8))
  }

  /// Levenshtein distance over bytes, one row at a time.
  static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty { return b.count }
    var row = Array(0...b.count)
    for i in 1...a.count {
      var previous = row[0]
      row[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let saved = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = saved
      }
    }
    return row[b.count]
  }
}
