import Foundation
import NoteAudit

/// `noteaudit config check [FILE]`
enum ConfigCLI {
  static func run(_ argv: [String]) throws(UsageError) -> Int32 {
    guard
      let args = try Arguments.ofCheck(
        argv, help: Help.config, usage: "noteaudit config check [FILE]")
    else {
      return ExitStatus.ok
    }
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
