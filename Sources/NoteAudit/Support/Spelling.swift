/// "Did you mean …?" suggestions for misspelt options, categories, attributes and config keys.
public enum Spelling {
  /// The candidate closest to `word` within an edit distance of 2 (ties: alphabetical), or nil.
  public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
    var best: (String, Int)?
    for candidate in candidates {
      let d = editDistance(word, candidate)
      if d <= 2, best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) { best = (candidate, d) }
    }
    return best?.0
  }

  /// Levenshtein distance over UTF-8 bytes.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.utf8)
    let b = Array(b.utf8)
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

/// " (did you mean 'x'?)" or "".
func suggestion(for word: String, in candidates: some Sequence<String>) -> String {
  Spelling.closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
}
