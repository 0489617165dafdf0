import Foundation
import NoteAudit

/// `noteaudit lsp`: the language server over standard input and output. This parses the options,
/// builds the analyzer and the service, and hands the descriptors to `LanguageServer.run`.
enum LSPServerCLI {
  static let options: [Arguments.Option] = [
    .init(name: "lexicons", short: "l", takesValue: true, repeatable: true),
    .init(name: "config", short: "c", takesValue: true),
    .init(name: "max-note-bytes", short: nil, takesValue: true),
    .init(name: "debounce-ms", short: nil, takesValue: true),
    .init(name: "rules-url", short: nil, takesValue: true),
    .init(name: "stdio", short: nil, takesValue: false),
    .init(name: "help", short: "h", takesValue: false),
  ]

  static func run(_ argv: [String]) throws(UsageError) -> Int32 {
    let args = try Arguments(argv, options: options)
    if args.flag("help") {
      Console.out(Help.lsp)
      return ExitStatus.ok
    }
    guard args.positionals.isEmpty else {
      throw UsageError(message: "lsp takes no file: the editor sends the notes")
    }
    var debounce = Duration.milliseconds(150)
    if let text = args.value("debounce-ms") {
      guard let ms = Int(text), ms >= 0, ms <= 10_000 else {
        throw UsageError(message: "--debounce-ms takes 0 to 10000")
      }
      debounce = .milliseconds(ms)
    }
    guard let checker = try EditorServices.checker(args) else { return ExitStatus.unreadableInput }
    let service = NoteService(checker: checker)
    let server = LanguageServer(
      service: service,
      options: LanguageServer.Options(
        debounce: debounce,
        maxMessageBytes: LanguageServer.Options.messageLimit(
          forNoteBytes: checker.analyzer.maxNoteBytes),
        rulesURL: args.value("rules-url") ?? EditorServices.rulesDocument()))
    return server.run(input: 0, output: 1)
  }
}

/// What `lsp` and `native-host` share: the analyzer and configuration from the same options as
/// `check`, and where the rules documentation is.
enum EditorServices {
  /// The checker for `--lexicons`, `--config` (else `.noteaudit.json` here) and
  /// `--max-note-bytes`; nil (after a message on stderr) when the lexicons or the configuration
  /// cannot be read. Never writes note text anywhere.
  static func checker(_ args: Arguments) throws(UsageError) -> NoteChecker? {
    guard let configuration = SharedOptions.configuration(args) else { return nil }
    let maxNoteBytes = try SharedOptions.maxNoteBytes(args, configuration)
    do {
      let analyzer = try Analyzer.bundled(
        extraDirectories: configuration.lexicons + args.all("lexicons"), maxNoteBytes: maxNoteBytes,
        billing: BillingPolicy(configuration))
      return NoteChecker(analyzer: analyzer, configuration: configuration)
    } catch {
      Console.err("error: \(error)\n")
      return nil
    }
  }

  /// A `file:` URL of Docs/Rules.md when this binary still sits in its checkout (or one is
  /// installed beside it), for diagnostics' `codeDescription`.
  static func rulesDocument() -> String? {
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
      .resolvingSymlinksInPath()
    let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../..").standardized
    let candidates = [
      executable.deletingLastPathComponent().appendingPathComponent(
        "../share/noteaudit/Docs/Rules.md"
      ).standardized,
      checkout.appendingPathComponent("Docs/Rules.md"),
    ]
    return candidates.first { FileManager.default.fileExists(atPath: $0.path) }?.absoluteString
  }
}
