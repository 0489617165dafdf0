import Foundation
import Testing

/// Runs the built `noteaudit` binary and returns its exit status, stdout and stderr.
struct CLIRun {
  var status: Int32
  var stdout: String
  var stderr: String
}

enum CLI {
  static let binary: URL = {
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var dir = here.deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("noteaudit")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "../../.build/debug/noteaudit"
    ).standardized
  }()

  static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../SampleNotes").standardized

  /// Runs `noteaudit` (or another `tool`, such as `ldd` on the binary) with `arguments`.
  static func run(
    _ arguments: [String], stdin: String? = nil, cwd: URL? = nil,
    environment: [String: String] = [:], tool: String? = nil
  ) throws -> CLIRun {
    let process = Process()
    process.executableURL = tool.map(URL.init(fileURLWithPath:)) ?? binary
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env.merge(environment) { _, new in new }
    process.environment = env
    if let cwd { process.currentDirectoryURL = cwd }
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes to the end before waiting so a large report cannot block the child.
    // The group's wait orders the reader's write before our read (polling isFinished does not:
    // ThreadSanitizer reports a data race).
    final class Box: @unchecked Sendable { var data = Data() }
    let errData = Box()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
      errData.data = err.fileHandleForReading.readDataToEndOfFile()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    group.wait()
    return CLIRun(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData.data, as: UTF8.self))
  }

  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "noteaudit-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

@Suite struct ExitStatusTests {
  static let strong = "pt-strong-transfers.txt"
  static let weak = "pt-weak-97530-vague.txt"

  @Test func zeroWhenEveryNotePasses() throws {
    let run = try CLI.run(["check", CLI.samples.appendingPathComponent(Self.strong).path])
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.contains("pt-strong-transfers.txt: strong (score"))
  }

  @Test func oneWhenANoteIsUnderThePassMark() throws {
    let run = try CLI.run(["check", CLI.samples.appendingPathComponent(Self.weak).path])
    #expect(run.status == 1)
    #expect(run.stdout.contains(": weak (score"))
  }

  @Test func passMarkIsConfigurable() throws {
    let run = try CLI.run([
      "check", "--fail-under", "weak", CLI.samples.appendingPathComponent(Self.weak).path,
    ])
    #expect(run.status == 0)
  }

  @Test func twoForUsageErrorsWithASuggestion() throws {
    let run = try CLI.run(["check", "--fromat", "json", "x.txt"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("unknown option '--fromat' (did you mean '--format'?)"))
    #expect(try CLI.run(["check", "--fail-under", "great"]).status == 2)
    #expect(try CLI.run(["bogus"]).status == 2)
  }

  @Test func threeForUnreadableInputAndItWinsOverOne() throws {
    let dir = try CLI.temporaryDirectory()
    let run = try CLI.run([
      "check", dir.appendingPathComponent("missing.txt").path,
      CLI.samples.appendingPathComponent(Self.weak).path,
    ])
    #expect(run.status == 3)
    #expect(run.stderr.contains("missing.txt"))
    #expect(run.stdout.contains(": weak (score"), "the readable note is still checked")
  }

  @Test func readsStandardInput() throws {
    let run = try CLI.run(
      ["check", "--format", "json"], stdin: "Pt performed sit to stand x5 with CGA for 10 min.")
    #expect(run.status == 1)
    #expect(run.stdout.hasPrefix("{\"schema\":\"noteaudit/3\""))
  }

  @Test func helpAndVersion() throws {
    let help = try CLI.run(["check", "--help"])
    #expect(help.status == 0)
    for option in ["--format", "--fail-under", "--lexicons", "--output", "--redact", "EXAMPLES"] {
      #expect(help.stdout.contains(option))
    }
    let version = try CLI.run(["--version"])
    #expect(version.status == 0 && version.stdout.hasPrefix("noteaudit "))
  }
}

/// `--explain` lists every lexicon hit on stderr with its context, so a lexicon editor sees why a
/// phrase counted or not; the report on stdout is the same as without it.
@Suite struct ExplainTests {
  @Test func everyHitWithItsContextAndIgnoredHeadersSaySo() throws {
    let note = CLI.samples.appendingPathComponent("pt-goal-section-not-today.txt").path
    let plain = try CLI.run(["check", note])
    let run = try CLI.run(["check", "--explain", note])
    #expect(run.status == plain.status && run.stdout == plain.stdout)
    let lines = run.stderr.split(separator: "\n").map(String.init)
    // A cue inside a goal is hypothetical; today's minutes carry no modifier.
    #expect(lines.contains("\(note):5:68: cueing cue.verbal 'min verbal cues' [hypothetical]"))
    #expect(
      lines.contains("\(note):11:10: timed_minutes minutes.plain 'x 26 min' (minutes of 97530)"))
    // "Goals" opens its line: a header. "POC" after it on the same line is not.
    #expect(lines.contains("\(note):4:1: section section.goals 'Goals' [hypothetical]"))
    #expect(
      lines.contains(
        "\(note):4:13: section section.plan 'POC' [hypothetical] (not a header here: a header starts its line and ends with ':' or the line)"
      ))
    #expect(lines.count == lines.filter { $0.hasPrefix("\(note):") }.count)
  }
}
