import Foundation
import NoteAudit

/// `noteaudit check` and `noteaudit audit`: one pipeline, two sets of defaults.
///
/// `check` is the therapist's pre-sign check: files or stdin, text output, no clone search.
/// `audit` is the reviewer's and the nightly job's batch: folders, JSONL, CSV, every format,
/// clone detection and the history store.
struct AuditCLI {
  enum Mode { case check, audit }
  let mode: Mode

  static let options: [Arguments.Option] = [
    .init(name: "format", short: "f", takesValue: true),
    .init(name: "output", short: "o", takesValue: true),
    .init(name: "fail-under", short: nil, takesValue: true),
    .init(name: "lexicons", short: "l", takesValue: true, repeatable: true),
    .init(name: "config", short: "c", takesValue: true),
    .init(name: "input-format", short: nil, takesValue: true),
    .init(name: "max-note-bytes", short: nil, takesValue: true),
    .init(name: "color", short: nil, takesValue: true),
    .init(name: "include-text", short: nil, takesValue: false),
    .init(name: "redact", short: nil, takesValue: false),
    .init(name: "quiet", short: "q", takesValue: false),
    .init(name: "workers", short: "j", takesValue: true),
    .init(name: "units-method", short: nil, takesValue: true),
    .init(name: "history", short: nil, takesValue: true),
    .init(name: "no-clones", short: nil, takesValue: false),
    .init(name: "clones", short: nil, takesValue: false),
    .init(name: "clone-threshold", short: nil, takesValue: true),
    .init(name: "help", short: "h", takesValue: false),
    .init(name: "explain", short: nil, takesValue: false),
    .init(name: "history-ids", short: nil, takesValue: true),
    .init(name: "evidence-context", short: nil, takesValue: false),
    .init(name: "evidence-limit", short: nil, takesValue: true),
    .init(name: "suggestions", short: nil, takesValue: false),
  ]

  /// The number of records when it is cheap to know (JSON Lines files: one per non-blank line), for
  /// the progress line's ETA; nil otherwise.
  static func countRecords(_ paths: [String], format: InputFormat?) -> Int? {
    var total = 0
    for path in paths {
      guard (format ?? InputFormat(inferringFrom: path)) == .jsonl, path != "-",
        let handle = FileHandle(forReadingAtPath: path)
      else { return nil }
      defer { try? handle.close() }
      var previous: UInt8 = 0x0A
      while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
        for byte in chunk {
          if byte == 0x0A && previous != 0x0A { total += 1 }
          previous = byte
        }
      }
      if previous != 0x0A { total += 1 }
    }
    return total
  }

  func run(_ argv: [String]) throws(UsageError) -> Int32 {
    let args = try Arguments(argv, options: Self.options)
    if args.flag("help") {
      Console.out(mode == .check ? Help.check : Help.audit)
      return ExitStatus.ok
    }
    // Configuration: --config FILE, else .noteaudit.json in the working directory; flags override.
    guard let configuration = SharedOptions.configuration(args) else { return ExitStatus.usage }
    let formatName = args.value("format") ?? configuration.output.format ?? "text"
    guard let format = ReportFormat(rawValue: formatName) else {
      let hint = Spelling.hint(for: formatName, in: ReportFormat.allCases.map(\.rawValue))
      throw UsageError(
        message:
          "unknown format '\(formatName)'\(hint); formats: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))"
      )
    }
    let audit = try auditOptions(args, configuration)
    var inputFormat: InputFormat?
    if let name = args.value("input-format") {
      guard let f = InputFormat(name: name) else {
        throw UsageError(message: "unknown input format '\(name)' (text, jsonl, csv, fhir)")
      }
      inputFormat = f
    }
    let maxNoteBytes = try SharedOptions.maxNoteBytes(args, configuration)
    let colorMode = args.value("color")
    if let colorMode, !["auto", "always", "never"].contains(colorMode) {
      throw UsageError(message: "--color takes auto, always or never")
    }

    // Inputs: check reads stdin when no file is named.
    var paths = args.positionals
    if paths.isEmpty {
      guard mode == .check else {
        throw UsageError(message: "name a folder, a .jsonl or .csv file, or '-' for stdin")
      }
      paths = ["-"]
    }

    guard let analyzer = try Self.analyzer(args, configuration, maxNoteBytes: maxNoteBytes) else {
      return ExitStatus.unreadableInput
    }

    // The history store: earlier nights' fingerprints in, tonight's out (keyed, never text).
    var history: HistorySession?
    var historyIDs: HistoryIDs?
    if let name = args.value("history-ids") {
      guard let mode = HistoryIDs(rawValue: name) else {
        throw UsageError(message: "--history-ids takes plain or keyed")
      }
      historyIDs = mode
    }
    if let path = args.value("history") ?? configuration.clone.history {
      guard audit.clones != nil else {
        throw UsageError(message: "--history needs clone detection (drop --no-clones)")
      }
      do {
        history = try HistorySession(path: path, ids: historyIDs)
      } catch {
        Console.err("error: \(error)\n")
        return ExitStatus.unreadableInput
      }
    }
    if historyIDs != nil && history == nil {
      throw UsageError(message: "--history-ids needs --history FILE")
    }
    var report = try Self.reportOptions(args, configuration)
    report.useColor =
      args.value("output") == nil && format == .text && Console.useColor(fd: 1, mode: colorMode)
    var options = AuditRun.Options(audit: audit, format: format, report: report, history: history)
    // The time goes only into the terminal summary: a file report stays byte-identical from run to run.
    options.recordsElapsedTime = format == .text

    let sink: OutputSink
    do {
      sink =
        try args.value("output").map { path throws(ReportOutputError) in try OutputSink(file: path)
        } ?? .standardOutput()
    } catch {
      Console.err("error: \(error)\n")
      return ExitStatus.unwritableOutput
    }
    var progress =
      mode == .audit && !args.flag("quiet") && Console.isTTY(2)
      ? ProgressLine(total: Self.countRecords(paths, format: inputFormat)) : nil
    let source = paths.lazy.flatMap { path in
      NoteSource(path: path, format: inputFormat, options: InputOptions(maxNoteBytes: maxNoteBytes))
    }
    let outcome = AuditRun(analyzer: analyzer, options: options).run(
      source, to: sink,
      onError: { error in Console.err("\(error.origin): error: \(error.message)\n") },
      onNote: { note in
        progress?.update(done: note.done)
        if let explanation = note.explanation { Console.err(explanation) }
      })
    progress?.finish()
    return Self.exitStatus(outcome)
  }

  /// The analyzer: the bundled lexicons, the configured folders and `--lexicons`, with the
  /// configured billing; nil, with the reason on stderr, when the lexicons cannot be read.
  static func analyzer(_ args: Arguments, _ configuration: Configuration, maxNoteBytes: Int)
    throws(UsageError) -> Analyzer?
  {
    var billing = BillingPolicy(configuration)
    if let name = args.value("units-method") {
      guard let method = UnitsMethod(rawValue: name) else {
        throw UsageError(message: "--units-method takes cms or ama")
      }
      billing.defaultMethod = method
    }
    let analyzer: Analyzer
    do {
      analyzer = try Analyzer.bundled(
        extraDirectories: configuration.lexicons + args.all("lexicons"), maxNoteBytes: maxNoteBytes,
        billing: billing)
    } catch {
      Console.err("error: \(error)\n")
      return nil
    }
    for problem in analyzer.problems {
      Console.err("\(problem.file):\(problem.line): warning: \(problem.message)\n")
    }
    return analyzer
  }

  /// How each note is written: `--include-text`, `--redact`, `--evidence-*`, `--suggestions`
  /// (colour is the caller's).
  static func reportOptions(_ args: Arguments, _ configuration: Configuration)
    throws(UsageError) -> ReportOptions
  {
    var evidenceLimit = ReportOptions().evidenceLimit
    if let text = args.value("evidence-limit") {
      guard let n = Int(text), n >= 0 else {
        throw UsageError(message: "--evidence-limit takes a whole number (0: every piece)")
      }
      evidenceLimit = n
    }
    return ReportOptions(
      includeText: args.flag("include-text") || (configuration.output.includeText ?? false),
      redact: args.flag("redact") || (configuration.output.redact ?? false),
      snippetContext: args.flag("evidence-context") ? ReportOptions.readerContext : 0,
      evidenceLimit: evidenceLimit, suggestions: args.flag("suggestions"),
      title: "NoteAudit report")
  }

  /// What each note and the batch report: `.noteaudit.json`, then the flags.
  func auditOptions(_ args: Arguments, _ configuration: Configuration) throws(UsageError)
    -> AuditOptions
  {
    var workers: Int?
    if let text = args.value("workers") {
      guard let n = Int(text), n > 0, n <= 256 else {
        throw UsageError(message: "--workers takes a number from 1 to 256")
      }
      workers = n
    }
    var audit = AuditOptions(configuration, workers: workers)
    if let text = args.value("fail-under") {
      guard let mark = Configuration.PassMark(parsing: text) else {
        throw UsageError(
          message:
            "--fail-under takes a grade (strong, adequate, weak) or a score 0-100, not '\(text)'")
      }
      audit.passMark = mark
    }
    if let text = args.value("clone-threshold") {
      guard let t = Double(text), t > 0, t <= 1 else {
        throw UsageError(message: "--clone-threshold takes a similarity between 0 and 1")
      }
      audit.clones?.threshold = t
    }
    // `check` compares the notes given only when asked; `audit` unless asked not to.
    if mode == .audit ? args.flag("no-clones") : !args.flag("clones") { audit.clones = nil }
    audit.explains = args.flag("explain")
    return audit
  }

  /// 3 when the history store or the report failed (a closed pipe aside) or an input could not be
  /// read, else 1 when a note is under the pass mark, else 0.
  static func exitStatus(_ outcome: AuditRun.Outcome) -> Int32 {
    if let error = outcome.historyError {
      Console.err("error: \(error)\n")
      return ExitStatus.unreadableInput
    }
    if let error = outcome.outputError {
      if error.isBrokenPipe {
        return outcome.inputErrors > 0 ? ExitStatus.unreadableInput : ExitStatus.ok
      }
      Console.err("error: \(error)\n")
      return ExitStatus.unwritableOutput
    }
    if outcome.inputErrors > 0 { return ExitStatus.unreadableInput }
    return outcome.failing > 0 ? ExitStatus.belowPassMark : ExitStatus.ok
  }
}
