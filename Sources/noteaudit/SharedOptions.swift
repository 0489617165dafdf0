import Foundation
import NoteAudit

/// The options `check`, `audit` and the editor hosts read the same way.
enum SharedOptions {
  /// `--config FILE`, else `.noteaudit.json` in the working directory, else the defaults; nil (after
  /// each problem on stderr) when the file cannot be read or has errors.
  static func configuration(_ args: Arguments) -> Configuration? {
    do {
      if let path = args.value("config") { return try Configuration.load(from: path) }
      return try Configuration.discover(in: FileManager.default.currentDirectoryPath)
        ?? Configuration()
    } catch {
      for problem in error.problems { Console.err("error: \(problem)\n") }
      return nil
    }
  }

  /// `--max-note-bytes`, else the configuration's, else the analyzer's default.
  static func maxNoteBytes(_ args: Arguments, _ configuration: Configuration) throws(UsageError)
    -> Int
  {
    try args.value("max-note-bytes").map { text throws(UsageError) in
      guard let n = Int(text), n > 0 else {
        throw UsageError(message: "--max-note-bytes takes a positive number of bytes")
      }
      return n
    } ?? configuration.maxNoteBytes ?? Analyzer.defaultMaxNoteBytes
  }
}
