import Foundation
import NoteAudit

/// `noteaudit history stats FILE` and `noteaudit history prune --before DATE FILE`.
enum HistoryCLI {
  static func run(_ argv: [String]) throws(UsageError) -> Int32 {
    guard let verb = argv.first, verb == "stats" || verb == "prune" else {
      if argv.contains("--help") || argv.contains("-h") {
        Console.out(Help.history); return ExitStatus.ok
      }
      throw UsageError(
        message:
          "expected 'noteaudit history stats FILE' or 'noteaudit history prune --before DATE FILE'")
    }
    let args = try Arguments(
      Array(argv.dropFirst()),
      options: [
        .init(name: "before", short: nil, takesValue: true),
        .init(name: "help", short: "h", takesValue: false),
      ])
    if args.flag("help") { Console.out(Help.history); return ExitStatus.ok }
    guard args.positionals.count == 1, let path = args.positionals.first else {
      throw UsageError(message: "name one history store")
    }
    guard FileManager.default.fileExists(atPath: path) else {
      Console.err("error: \(path): no such history store\n")
      return ExitStatus.unreadableInput
    }
    do {
      let session = try HistorySession(path: path)
      if verb == "stats" {
        let stats = try session.store.stats()
        let range =
          stats.firstDate.map { "\($0) to \(stats.lastDate?.description ?? "?")" }
          ?? "no dated notes"
        Console.out(
          """
          \(path)
            notes:      \(stats.notes)
            patients:   \(stats.patients)
            dates:      \(range)
            runs:       \(stats.runs)
            schemes:    \(stats.schemes) (current: \(FingerprintScheme.current))
            ids:        \(stats.ids == .plain ? "plain: note ids kept as given beside their keyed hashes" : "keyed: only keyed hashes of note ids") (\(stats.notesWithIDs) notes with ids)
            size:       \(stats.sizeBytes) bytes

          """)
      } else {
        guard let text = args.value("before") else {
          throw UsageError(message: "prune needs --before YYYY-MM-DD")
        }
        guard let date = ServiceDate(iso8601: text) else {
          throw UsageError(message: "--before takes a date as YYYY-MM-DD, not '\(text)'")
        }
        let removed = try session.store.prune(before: date)
        Console.out("\(path): removed \(removed) note fingerprint(s) dated before \(date)\n")
      }
      return ExitStatus.ok
    } catch let error as UsageError {
      throw error
    } catch {
      Console.err("error: \(error)\n")
      return ExitStatus.unreadableInput
    }
  }
}
