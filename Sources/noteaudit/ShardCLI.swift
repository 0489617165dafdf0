import Foundation
import NoteAudit

/// `noteaudit shard STEP`: the steps of a distributed audit — the map step (`analyze`), the batch
/// step (`batch`) and the clone search in steps — JSON Lines over stdio (`ShardRun`,
/// Docs/ShardProtocol.md). The options are `audit`'s that change what a step decides, so a cluster
/// run and `noteaudit audit` with the same options give the same answers.
enum ShardCLI {
  static let options: [Arguments.Option] =
    AuditCLI.options.filter {
      [
        "fail-under", "lexicons", "config", "max-note-bytes", "include-text", "redact", "workers",
        "units-method", "no-clones", "clone-threshold", "help", "evidence-context",
        "evidence-limit", "suggestions", "history", "history-ids",
      ].contains($0.name)
    } + [
      .init(name: "context", short: nil, takesValue: true),
      .init(name: "patients", short: nil, takesValue: true),
      .init(name: "history-key", short: nil, takesValue: true),
      .init(name: "answers", short: nil, takesValue: true),
    ]

  static let steps = [
    "analyze", "batch", "plan", "templates", "weigh", "verify", "links", "history",
  ]

  /// The steps that key tonight's notes for a history table (`--history-key`).
  static let keyedSteps: Set = ["analyze", "batch", "templates", "weigh"]

  static func run(_ argv: [String]) throws(UsageError) -> Int32 {
    guard let stepName = argv.first, steps.contains(stepName) else {
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
    guard stepName == "analyze" || args.value("answers") == nil else {
      throw UsageError(message: "--answers goes with shard analyze only")
    }
    guard args.positionals.isEmpty else {
      throw UsageError(message: "shard \(stepName) reads stdin and takes no file")
    }
    guard let configuration = SharedOptions.configuration(args) else { return ExitStatus.usage }
    let audit = try AuditCLI(mode: .audit).auditOptions(args, configuration)
    let report = try AuditCLI.reportOptions(args, configuration)
    let maxNoteBytes = try SharedOptions.maxNoteBytes(args, configuration)
    let input = ShardRun.Input.fileDescriptor(0)
    let history: ShardRun.History?
    do {
      history = try Self.history(stepName, args, clones: audit.clones != nil)
    } catch let error as UsageError {
      throw error
    } catch {
      Console.err("error: \(error)\n")
      return ExitStatus.unreadableInput
    }
    // What the step needs beyond its input, read (and refused) before it reads a line.
    let step: () throws(ShardRun.Failure) -> Void
    switch stepName {
    case "analyze":
      let answers: ShardRun.Answers
      switch args.value("answers") {
      case nil, "json": answers = .json
      case "tabs": answers = .tabSeparated
      default: throw UsageError(message: "--answers takes json or tabs")
      }
      guard let analyzer = try AuditCLI.analyzer(args, configuration, maxNoteBytes: maxNoteBytes)
      else { return ExitStatus.unreadableInput }
      step = { () throws(ShardRun.Failure) in
        try ShardRun.analyze(
          input: input, analyzer: analyzer, options: audit, report: report,
          inputOptions: InputOptions(maxNoteBytes: maxNoteBytes), answers: answers,
          history: history, to: .standardOutput())
      }
    case "batch":
      step = { () throws(ShardRun.Failure) in
        try ShardRun.batch(
          input: input, options: audit, report: report, history: history, to: .standardOutput())
      }
    case "plan":
      step = { () throws(ShardRun.Failure) in
        try ShardRun.plan(options: audit, to: .standardOutput())
      }
    case "templates":
      step = { () throws(ShardRun.Failure) in
        try ShardRun.templates(
          input: input, options: audit, history: history, to: .standardOutput())
      }
    case "weigh":
      guard let path = args.value("context") else {
        throw UsageError(
          message: "shard weigh needs --context FILE (the line 'shard templates' wrote)")
      }
      guard let data = FileManager.default.contents(atPath: path) else {
        Console.err("error: \(path): cannot read the batch context\n")
        return ExitStatus.unreadableInput
      }
      step = { () throws(ShardRun.Failure) in
        try ShardRun.weigh(
          input: input, context: Array(data), options: audit, history: history,
          to: .standardOutput())
      }
    case "verify":
      guard let text = args.value("patients"), let patients = Int(text), patients >= 0 else {
        throw UsageError(message: "shard verify needs --patients N (the batch's patients)")
      }
      step = { () throws(ShardRun.Failure) in
        try ShardRun.verify(
          input: input, patients: patients, options: audit, to: .standardOutput())
      }
    case "history":
      guard let path = args.value("history") else {
        throw UsageError(message: "shard history needs --history DIR (the history table)")
      }
      guard audit.clones != nil else {
        throw UsageError(message: "--history needs clone detection (drop --no-clones)")
      }
      let table: HistoryTable
      do {
        table = try HistoryTable(path: path, ids: try Self.historyIDs(args))
      } catch {
        Console.err("error: \(error)\n")
        return ExitStatus.unreadableInput
      }
      step = { () throws(ShardRun.Failure) in try ShardRun.history(table, to: .standardOutput()) }
    default:
      step = { () throws(ShardRun.Failure) in
        try ShardRun.links(input: input, options: audit, report: report, to: .standardOutput())
      }
    }
    do throws(ShardRun.Failure) {
      try step()
    } catch {
      Console.err("error: shard \(stepName): \(error)\n")
      return ExitStatus.unreadableInput
    }
    return ExitStatus.ok
  }

  static func historyIDs(_ args: Arguments) throws(UsageError) -> HistoryIDs? {
    guard let name = args.value("history-ids") else { return nil }
    guard let mode = HistoryIDs(rawValue: name) else {
      throw UsageError(message: "--history-ids takes plain or keyed")
    }
    return mode
  }

  /// The history table a step keys for: `--history-key FILE` (the job hands the table's key over
  /// a pipe, `/dev/fd/N`) and `--history-ids`, on the steps that take them.
  static func history(_ step: String, _ args: Arguments, clones: Bool) throws -> ShardRun.History? {
    let ids = try historyIDs(args)
    if step == "history" {
      guard args.value("history-key") == nil else {
        throw UsageError(message: "shard history makes the key beside --history DIR itself")
      }
      return nil
    }
    guard let path = args.value("history-key") else {
      guard ids == nil, args.value("history") == nil else {
        throw UsageError(
          message: "shard \(step) takes the table's --history-key FILE, not --history")
      }
      return nil
    }
    guard keyedSteps.contains(step), args.value("history") == nil else {
      throw UsageError(
        message: "--history-key goes with shard \(keyedSteps.sorted().joined(separator: ", ")) only"
      )
    }
    guard clones else { throw UsageError(message: "--history-key needs clone detection") }
    guard let key = try FingerprintKey.load(keyPath: path) else {
      throw HistoryError.keyUnreadable(keyPath: path, reason: "no such file")
    }
    return ShardRun.History(key: key, ids: ids ?? .plain)
  }
}
