import Foundation
import NoteAudit

/// `noteaudit lexicon check [DIR...]`: validates lexicon files, one `file:line: message` per problem.
/// `noteaudit lexicon compile [DIR...]`: the same, then saves the compiled lexicon in the last folder
/// (`LexiconLoader.saveImage`).
enum LexiconCLI {
  static func run(_ argv: [String]) throws(UsageError) -> Int32 {
    guard
      let (command, args) = try Arguments.ofSubcommand(
        argv, ["check", "compile"], help: Help.lexicon,
        usage: "noteaudit lexicon check|compile [DIR...]")
    else {
      return ExitStatus.ok
    }
    var directories: [String] = []
    if let bundled = LexiconLocator.bundledDirectory() { directories.append(bundled) }
    directories += args.positionals
    guard !directories.isEmpty else {
      Console.err(
        "error: the bundled lexicons were not found; name a folder or set NOTEAUDIT_LEXICONS\n")
      return ExitStatus.unreadableInput
    }
    // A site folder is checked layered on the bundled lexicons, as `--lexicons DIR` uses it (so its
    // `@remove` lines find their targets); the bundled folder itself is checked once.
    var seen = Set<String>()
    let layers = directories.filter {
      seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path)
        .inserted
    }
    let loaded: LexiconLoader.Loaded
    var saved: LexiconLoader.SavedImage?
    if command == "compile" {
      do {
        let image = try LexiconLoader.saveImage(directories: layers)
        saved = image
        loaded = image.loaded
      } catch {
        Console.err("\(error.file): error: \(error.message)\n")
        return ExitStatus.unreadableInput
      }
    } else {
      loaded = LexiconLoader.load(directories: layers)
    }
    for problem in loaded.problems {
      Console.out("\(problem.file):\(problem.line): error: \(problem.message)\n")
    }
    let counts = Dictionary(grouping: loaded.lexicon.entries, by: \.category).mapValues(\.count)
    let summary = counts.keys.sorted().map { "\($0) \(counts[$0]!)" }.joined(separator: ", ")
    Console.err(
      "\(loaded.lexicon.entries.count) entries (\(summary)); \(loaded.problems.count) problem(s)\n")
    if let saved {
      Console.err("wrote \(saved.path) (\(saved.bytes) bytes)\n")
    } else if case .outOfDate(let path) = loaded.image {
      Console.err(
        "note: \(path) is out of date (the lexicons or noteaudit changed since it was made); "
          + "'noteaudit lexicon compile' makes it current\n")
    }
    return loaded.problems.isEmpty ? ExitStatus.ok : ExitStatus.belowPassMark
  }
}
