import NoteAudit

/// `noteaudit shard analyze` and `noteaudit shard batch`: the map and batch steps of a
/// distributed audit, JSON Lines over stdio (`ShardRun`, Docs/ShardProtocol.md). The options are
/// `audit`'s that change what the step decides, so a cluster run and `noteaudit audit` with the
/// same options give the same answers.
enum ShardCLI {
  static let options: [Arguments.Option] = AuditCLI.options.filter {
    [
      "fail-under", "lexicons", "config", "max-note-bytes", "include-text", "redact", "workers",
      "units-method", "no-clones", "clone-threshold", "help", "evidence-context",
      "evidence-limit", "suggestions",
    ].contains($0.name)
  }

  static func run(_ argv: [String]) throws(UsageError) -> Int32 {
    guard let step = argv.first, step == "analyze" || step == "batch" else {
      if argv.contains("--help") || argv.contains("-h") {
        Console.out(Help.shard)
        return ExitStatus.ok
      }
      throw UsageError(message: "expected 'noteaudit shard analyze' or 'noteaudit shard batch'")
    }
    let args = try Arguments(Array(argv.dropFirst()), options: options)
    if args.flag("help") {
      Console.out(Help.shard)
      return ExitStatus.ok
    }
    guard args.positionals.isEmpty else {
      throw UsageError(message: "shard \(step) reads stdin and takes no file")
    }
    guard let configuration = SharedOptions.configuration(args) else { return ExitStatus.usage }
    let audit = try AuditCLI(mode: .audit).auditOptions(args, configuration)
    let report = try AuditCLI.reportOptions(args, configuration)
    let maxNoteBytes = try SharedOptions.maxNoteBytes(args, configuration)
    var analyzer: Analyzer?
    if step == "analyze" {
      analyzer = try AuditCLI.analyzer(args, configuration, maxNoteBytes: maxNoteBytes)
      if analyzer == nil { return ExitStatus.unreadableInput }
    }
    do throws(ShardRun.Failure) {
      if let analyzer {
        try ShardRun.analyze(
          input: .fileDescriptor(0), analyzer: analyzer, options: audit, report: report,
          inputOptions: InputOptions(maxNoteBytes: maxNoteBytes), to: .standardOutput())
      } else {
        try ShardRun.batch(
          input: .fileDescriptor(0), options: audit, report: report, to: .standardOutput())
      }
    } catch {
      Console.err("error: shard \(step): \(error)\n")
      return ExitStatus.unreadableInput
    }
    return ExitStatus.ok
  }
}
