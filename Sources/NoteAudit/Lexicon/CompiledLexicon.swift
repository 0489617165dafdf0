/// What compiling a lexicon's entries gives: which entries compiled, what is wrong with those
/// that did not, and the tables the walk over a note reads (the minimised trie and the prefix
/// patterns). Entry numbers are positions in the entries compiled.
///
/// It is all `Lexicon` needs besides the entries themselves, and all a `LexiconImage` saves: a
/// process that checks one note reads it back instead of compiling ~940 entries' patterns and
/// minimising their trie, which was three fifths of a `check`.
struct CompiledLexicon {
  /// The entries that compiled, in order. An entry is dropped when none of its patterns compiles
  /// or it expands to too many sequences.
  var kept: [Int32]
  var problems: [Problem]
  /// The minimised trie (see `Lexicon.edges`); its accepts number the kept entries.
  var edges: TrieEdges
  var nodes: [Lexicon.Node]
  var acceptList: [Int32]
  /// The prefix patterns (`ambulat*`) by their first three folded bytes, each group in the order
  /// the expansions first reach them (the order a token offers their keys in).
  var prefixGroups: [UInt32: [PrefixTable.Prefix]]

  /// A compile problem of entry `entry`, said without its place (the entry's file and line are
  /// added when it is reported, so a moved folder reports its own paths).
  struct Problem: Equatable {
    var entry: Int32
    var message: String
  }

  /// The problems as `file:line: message` of `input`'s entries.
  func problems(of input: [LexiconEntry]) -> [LexiconProblem] {
    problems.map {
      let entry = input[Int($0.entry)]
      return LexiconProblem(file: entry.file, line: entry.line, message: $0.message)
    }
  }
}

// In an extension, so that the memberwise initialiser (a `LexiconImage` read back) stays.
extension CompiledLexicon {
  /// Compiles `input` (entries already de-duplicated by id).
  init(compiling input: [LexiconEntry]) {
    // Compiling the pattern strings is a third of a load and each entry's is its own: both cores
    // (Docs/Performance.md, "Loading the lexicons"). The results are taken in entry order below.
    let compiled = Parallel.map(count: input.count, chunk: 32) { n in
      var compiler = PatternCompiler()
      return input[n].patterns.map { compiler.compile($0) }
    }
    var kept: [Int32] = []
    var problems: [Problem] = []
    // The trie is built from the patterns' trees; only the few patterns with a prefix token are
    // expanded, for the order their prefixes are first reached in.
    var trie = MinimalTrie()
    var prefixes = PrefixCollector()
    for (n, (entry, results)) in zip(input, compiled).enumerated() {
      var patterns: [CompiledPattern] = []
      var failed = false
      var messages: Set<String> = []
      for result in results {
        switch result {
        case .success(let compiled): patterns.append(compiled)
        case .failure(let f):
          let message = "entry '\(entry.id)': \(f)"
          if messages.insert(message).inserted {
            problems.append(Problem(entry: Int32(n), message: message))
          }
          failed = true
        }
      }
      if failed && patterns.isEmpty { continue }
      let sequences = patterns.reduce(0) { $0 + $1.count }
      if sequences > PatternCompiler.maxExpansions {
        problems.append(
          Problem(
            entry: Int32(n),
            message:
              "entry '\(entry.id)' expands to \(sequences) sequences (at most \(PatternCompiler.maxExpansions))"
          ))
        continue
      }
      for pattern in patterns {
        trie.add(pattern, entry: Int32(kept.count))
        if !pattern.prefixes.isEmpty { pattern.expand(into: &prefixes, from: ()) }
      }
      kept.append(Int32(n))
    }
    let minimized = trie.minimized()
    self.init(
      kept: kept, problems: problems, edges: minimized.edges, nodes: minimized.nodes,
      acceptList: minimized.acceptList, prefixGroups: prefixes.groups)
  }

  /// Records the prefix patterns in the order the expansions first reach them.
  private struct PrefixCollector: CompiledPattern.Sink {
    var groups: [UInt32: [PrefixTable.Prefix]] = [:]
    var seen = Set<UInt64>()

    mutating func prefix(_ bytes: [UInt8], key: UInt64) {
      if seen.insert(key).inserted { groups[Lexicon.head(bytes), default: []].append((bytes, key)) }
    }
    func step(_ key: UInt64, from state: Void) {}
    func accept(_ state: Void) {}
  }
}
