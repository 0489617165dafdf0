import Foundation
import NoteAudit

/// `noteaudit shard analyze` and `noteaudit shard batch`: the map and batch steps of a
/// distributed audit, JSON Lines over stdio (`ShardRun`, Docs/ShardProtocol.md). The options are
/// `audit`'s that change what the step decides, so a cluster run and `noteaudit audit` with the
/// same options give the same answers.
enum ShardCLI {
  static let options: [Arguments.Option] =
    AuditCLI.options.filter {
      [
        "fail-under", "lexicons", "config", "max-note-bytes", "include-text", "redact", "workers",
        "units-method", "no-clones", "clone-threshold", "help", "evidence-context",
        "evidence-limit", "suggestions",
      ].contains($0.name)
    } + [
      .init(name: "context", short: nil, takesValue: true),
      .init(name: "patients", short: nil, takesValue: true),
    ]

  static let steps = ["analyze", "batch", "plan", "templates", "weigh", "verify", "links"]

  static func run(_ argv: [String]) throws(UsageError) -> Int32 {
    guard let step = argv.first, steps.contains(step) else {
      if argv.contains("--help") || argv.contains("-h") {
        Console.out(Help.shard)
        return ExitStatus.ok
      }
      throw UsageError(
        message: "expected 'noteaudit shard STEP', STEP one of \(steps.joined(separator: ", "))")
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
    var context: [UInt8] = []
    if step == "weigh" {
      guard let path = args.value("context") else {
        throw UsageError(
          message: "shard weigh needs --context FILE (the line 'shard templates' wrote)")
      }
      guard let data = FileManager.default.contents(atPath: path) else {
        Console.err("error: \(path): cannot read the batch context\n")
        return ExitStatus.unreadableInput
      }
      context = Array(data)
    }
    var patients = 0
    if step == "verify" {
      guard let text = args.value("patients"), let n = Int(text), n >= 0 else {
        throw UsageError(message: "shard verify needs --patients N (the batch's patients)")
      }
      patients = n
    }
    let input = ShardRun.Input.fileDescriptor(0)
    do throws(ShardRun.Failure) {
      switch step {
      case "analyze":
        try ShardRun.analyze(
          input: input, analyzer: analyzer!, options: audit, report: report,
          inputOptions: InputOptions(maxNoteBytes: maxNoteBytes), to: .standardOutput())
      case "batch":
        try ShardRun.batch(input: input, options: audit, report: report, to: .standardOutput())
      case "plan": try ShardRun.plan(options: audit, to: .standardOutput())
      case "templates": try ShardRun.templates(input: input, options: audit, to: .standardOutput())
      case "weigh":
        try ShardRun.weigh(input: input, context: context, options: audit, to: .standardOutput())
      case "verify":
        try ShardRun.verify(
          input: input, patients: patients, options: audit, to: .standardOutput())
      default:
        try ShardRun.links(input: input, options: audit, report: report, to: .standardOutput())
      }
    } catch {
      Console.err("error: shard \(step): \(error)\n")
      return ExitStatus.unreadableInput
    }
    return ExitStatus.ok
  }
}
