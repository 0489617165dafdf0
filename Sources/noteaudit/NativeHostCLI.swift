import Foundation
import NoteAudit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `noteaudit native-host`: the browser extension's Native Messaging host, and
/// `noteaudit native-host install` to register it with Chromium or Chrome.
///
/// The browser starts the host itself, with the extension's origin as the only argument
/// (`noteaudit chrome-extension://<id>/`), so that form serves too.
enum NativeHostCLI {
  /// The host's registered name (the manifest's file name and `connectNative`'s argument).
  static let hostName = "org.noteaudit.host"
  /// The id fixed by the `key` in Extensions/chromium/manifest.json.
  static let extensionID = "celbacjmghdhiefimialomibcodchaji"

  static let options: [Arguments.Option] = [
    .init(name: "lexicons", short: "l", takesValue: true, repeatable: true),
    .init(name: "config", short: "c", takesValue: true),
    .init(name: "max-note-bytes", short: nil, takesValue: true),
    .init(name: "browser", short: "b", takesValue: true),
    .init(name: "user-data-dir", short: nil, takesValue: true),
    .init(name: "extension-id", short: nil, takesValue: true),
    .init(name: "print", short: nil, takesValue: false),
    .init(name: "help", short: "h", takesValue: false),
  ]

  static func run(_ argv: [String]) throws(UsageError) -> Int32 {
    let args = try Arguments(argv, options: options)
    if args.flag("help") {
      Console.out(Help.nativeHost)
      return ExitStatus.ok
    }
    switch args.positionals.first {
    case "install": return try install(args)
    case nil: return serve(args, startedByBrowser: false)
    case let origin? where origin.hasPrefix("chrome-extension://"):
      return serve(args, startedByBrowser: true)
    case let other?:
      throw UsageError(
        message:
          "unknown native-host command '\(other)'\(Spelling.hint(for: other, in: ["install"]))")
    }
  }

  /// Serves the extension over standard input and output until the browser closes the port.
  static func serve(_ args: Arguments, startedByBrowser: Bool) -> Int32 {
    if !startedByBrowser, Console.isTTY(0) {
      Console.err(
        "noteaudit native-host is started by the browser extension, not by hand.\n"
          + "Register it with 'noteaudit native-host install', then load Extensions/chromium (see README).\n"
      )
      return ExitStatus.usage
    }
    let checker: NoteChecker?
    do {
      checker = try EditorServices.checker(args)
    } catch {
      Console.err("error: \(error.message)\n")
      return ExitStatus.usage
    }
    guard let checker else { return ExitStatus.unreadableInput }
    let host = NativeHost(
      service: NoteService(checker: checker),
      maxMessageBytes: LanguageServer.Options.messageLimit(
        forNoteBytes: checker.analyzer.maxNoteBytes))
    return host.run(input: 0, output: 1)
  }

  /// Writes the host manifest for the browser (the one file this command writes) and prints its path.
  static func install(_ args: Arguments) throws(UsageError) -> Int32 {
    let browser = args.value("browser") ?? "chromium"
    guard ["chromium", "chrome"].contains(browser) else {
      throw UsageError(message: "--browser takes chromium or chrome")
    }
    let id = args.value("extension-id") ?? extensionID
    guard id.count == 32, id.allSatisfy({ ("a"..."p").contains($0) }) else {
      throw UsageError(message: "--extension-id takes the 32-letter id chrome://extensions shows")
    }
    guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().path else {
      Console.err("error: cannot tell where this noteaudit binary is\n")
      return ExitStatus.unreadableInput
    }
    let manifest = """
      {
        "name": "\(hostName)",
        "description": "NoteAudit: checks therapy notes on this computer",
        "path": "\(executable.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))",
        "type": "stdio",
        "allowed_origins": ["chrome-extension://\(id)/"]
      }

      """
    if args.flag("print") {
      Console.out(manifest)
      return ExitStatus.ok
    }
    let folder = manifestFolder(browser: browser, userDataDir: args.value("user-data-dir"))
    let path = folder + "/" + hostName + ".json"
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try Data(manifest.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      Console.err("error: cannot write \(path): \(error.localizedDescription)\n")
      return ExitStatus.unwritableOutput
    }
    Console.out("installed \(path)\nhost: \(executable)\nextension: chrome-extension://\(id)/\n")
    return ExitStatus.ok
  }

  /// Where the browser looks for per-user host manifests: under a profile given with
  /// `--user-data-dir` (Linux), else the browser's default user folder.
  static func manifestFolder(browser: String, userDataDir: String?) -> String {
    if let userDataDir { return userDataDir + "/NativeMessagingHosts" }
    let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
    #if os(macOS)
      let base =
        browser == "chrome"
        ? "Library/Application Support/Google/Chrome" : "Library/Application Support/Chromium"
    #else
      let config = ProcessInfo.processInfo.environment["XDG_CONFIG_HOME"] ?? (home + "/.config")
      let base = (browser == "chrome" ? config + "/google-chrome" : config + "/chromium")
        .replacingOccurrences(of: home + "/", with: "")
    #endif
    return (base.hasPrefix("/") ? base : home + "/" + base) + "/NativeMessagingHosts"
  }
}
