import NoteAudit

/// A usage error: printed with the command's usage line, exit status 2.
struct UsageError: Error {
  var message: String
}

/// Hand-written argument parsing (no dependencies): `--name value`, `--name=value`, flags, `--` to
/// end options, `-` as a positional (stdin).
struct Arguments {
  /// An option a command accepts.
  struct Option {
    var name: String
    var short: Character?
    var takesValue: Bool
    var repeatable: Bool = false
  }

  private(set) var values: [String: [String]] = [:]
  private(set) var flags: Set<String> = []
  private(set) var positionals: [String] = []

  init(_ argv: [String], options: [Option]) throws(UsageError) {
    var i = 0
    var optionsEnded = false
    while i < argv.count {
      let arg = argv[i]
      i += 1
      if optionsEnded || arg == "-" || !arg.hasPrefix("-") {
        positionals.append(arg)
        continue
      }
      if arg == "--" {
        optionsEnded = true
        continue
      }
      var name: String
      var inlineValue: String?
      if arg.hasPrefix("--") {
        name = String(arg.dropFirst(2))
        if let eq = name.firstIndex(of: "=") {
          inlineValue = String(name[name.index(after: eq)...])
          name = String(name[..<eq])
        }
      } else {
        guard arg.count == 2, let option = options.first(where: { $0.short == arg.last }) else {
          throw UsageError(message: "unknown option '\(arg)'")
        }
        name = option.name
      }
      guard let option = options.first(where: { $0.name == name }) else {
        let hint = suggestOption(name, options.map(\.name))
        throw UsageError(message: "unknown option '--\(name)'\(hint)")
      }
      if option.takesValue {
        let value: String
        if let inlineValue {
          value = inlineValue
        } else {
          guard i < argv.count else {
            throw UsageError(message: "option '--\(name)' needs a value")
          }
          value = argv[i]
          i += 1
        }
        if !option.repeatable, values[name] != nil {
          throw UsageError(message: "option '--\(name)' given twice")
        }
        values[name, default: []].append(value)
      } else {
        guard inlineValue == nil else {
          throw UsageError(message: "option '--\(name)' takes no value")
        }
        flags.insert(name)
      }
    }
  }

  func value(_ name: String) -> String? { values[name]?.last }
  func all(_ name: String) -> [String] { values[name] ?? [] }
  func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// " (did you mean '--format'?)" for a close option name.
func suggestOption(_ name: String, _ names: [String]) -> String {
  Spelling.hint(for: name, in: names, prefix: "--")
}

extension Arguments {
  /// The arguments of a `noteaudit <tool> check …` command (`config check`, `lexicon check`), or
  /// nil when the user asked for `help`, which is printed.
  static func ofCheck(
    _ argv: [String], help: String, usage: String
  ) throws(UsageError) -> Arguments? {
    try ofSubcommand(argv, ["check"], help: help, usage: usage)?.arguments
  }

  /// The subcommand (one of `names`) and arguments of a `noteaudit <tool> <subcommand> …`
  /// command (`lexicon compile`), or nil when the user asked for `help`, which is printed.
  static func ofSubcommand(
    _ argv: [String], _ names: [String], help: String, usage: String
  ) throws(UsageError) -> (name: String, arguments: Arguments)? {
    guard let name = argv.first, names.contains(name) else {
      if argv.contains("--help") || argv.contains("-h") {
        Console.out(help)
        return nil
      }
      throw UsageError(message: "expected '\(usage)'")
    }
    let args = try Arguments(
      Array(argv.dropFirst()), options: [Option(name: "help", short: "h", takesValue: false)])
    if args.flag("help") {
      Console.out(help)
      return nil
    }
    return (name, args)
  }
}
