import Foundation
import NoteAudit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `noteaudit`: argv → options → library → writer → exit status. No analysis logic lives here.
@main
enum NoteAuditTool {
  static let version = "0.1.0"

  static func main() {
    signal(SIGPIPE, SIG_IGN)
    let argv = Array(CommandLine.arguments.dropFirst())
    exit(run(argv))
  }

  /// Runs one invocation; returns the exit status.
  static func run(_ argv: [String]) -> Int32 {
    guard let first = argv.first else {
      Console.err(Help.overview)
      return ExitStatus.usage
    }
    let rest = Array(argv.dropFirst())
    do throws(UsageError) {
      switch first {
      case "-h", "--help", "help": Console.out(Help.overview); return ExitStatus.ok
      case "--version":
        Console.out(
          "noteaudit \(version)\nlexicons: \(LexiconLocator.bundledDirectory() ?? "not found (set NOTEAUDIT_LEXICONS)")\n"
        )
        return ExitStatus.ok
      case "check": return try AuditCLI(mode: .check).run(rest)
      case "audit": return try AuditCLI(mode: .audit).run(rest)
      case "lexicon": return try LexiconCLI.run(rest)
      case "units": return try UnitsCLI.run(rest)
      case "config": return try ConfigCLI.run(rest)
      case "history": return try HistoryCLI.run(rest)
      case "lsp": return try LSPServerCLI.run(rest)
      case "native-host": return try NativeHostCLI.run(rest)
      case "shard": return try ShardCLI.run(rest)
      case let origin where origin.hasPrefix("chrome-extension://"):
        return try NativeHostCLI.run(argv)  // started by the browser
      default:
        throw UsageError(
          message: "unknown command '\(first)'\(Spelling.hint(for: first, in: Help.commands))")
      }
    } catch {
      Console.err("error: \(error.message)\nSee 'noteaudit --help' for more information.\n")
      return ExitStatus.usage
    }
  }
}
