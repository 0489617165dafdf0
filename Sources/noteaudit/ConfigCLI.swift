import Foundation
import NoteAudit

/// `noteaudit config check [FILE]`
enum ConfigCLI {
  static func run(_ argv: [String]) throws(UsageError) -> Int32 {
    guard argv.first == "check" else {
      if argv.contains("--help") || argv.contains("-h") {
        Console.out(Help.config); return ExitStatus.ok
      }
      throw UsageError(message: "expected 'noteaudit config check [FILE]'")
    }
    let args = try Arguments(
      Array(argv.dropFirst()), options: [.init(name: "help", short: "h", takesValue: false)])
    if args.flag("help") { Console.out(Help.config); return ExitStatus.ok }
    let path = args.positionals.first ?? Configuration.fileName
    guard let data = FileManager.default.contents(atPath: path) else {
      Console.err("error: \(path): cannot read the configuration file\n")
      return ExitStatus.unreadableInput
    }
    let problems = Configuration.validate(data: Array(data), file: path)
    for problem in problems { Console.out("\(problem)\n") }
    Console.err(problems.isEmpty ? "\(path): ok\n" : "\(path): \(problems.count) problem(s)\n")
    return problems.isEmpty ? ExitStatus.ok : ExitStatus.belowPassMark
  }
}
