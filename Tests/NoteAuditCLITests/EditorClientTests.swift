import Foundation
import Testing

/// The real clients: headless Neovim against `noteaudit lsp` (Scripts/test-neovim.sh) and the
/// extension in headless Chromium with Selenium (Scripts/test-extension.sh). They run when the
/// tools are installed; with NOTEAUDIT_REQUIRE_BROWSER=1 (CI) a missing tool is a failure.
@Suite(.serialized) struct EditorClientTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../..").standardized
  static let required = ProcessInfo.processInfo.environment["NOTEAUDIT_REQUIRE_BROWSER"] == "1"

  static func installed(_ names: String...) -> Bool {
    let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(
      separator: ":")
    return names.allSatisfy { name in
      dirs.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }
  }

  /// Runs a script with the built binary; returns its status and output.
  static func script(_ name: String, _ arguments: [String] = []) throws -> (
    status: Int32, output: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments =
      [root.appendingPathComponent("Scripts/\(name)").path, CLI.binary.path] + arguments
    process.currentDirectoryURL = root
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test(
    .enabled(
      if: installed("nvim") || required, "nvim is not installed (Scripts/setup.sh --browser)"))
  func neovimShowsTheMissingMinutesOfAWeakNote() throws {
    #expect(
      Self.installed("nvim"),
      "NOTEAUDIT_REQUIRE_BROWSER=1 but nvim is missing: run Scripts/setup.sh --browser")
    let run = try Self.script("test-neovim.sh")
    #expect(run.status == 0, "\(run.output)")
    #expect(
      run.output.contains("[element.timed-minutes.missing] no direct treatment minutes documented"))
  }

  @Test(
    .enabled(
      if: installed("chromedriver", "python3")
        && (installed("chromium") || installed("google-chrome")) || required,
      "chromium, chromedriver or python3 is not installed (Scripts/setup.sh --browser)"))
  func theExtensionShowsAndClearsTheMissingMinutesInChromium() throws {
    #expect(
      Self.installed("chromedriver", "python3"),
      "NOTEAUDIT_REQUIRE_BROWSER=1 but chromedriver or python3 is missing")
    let run = try Self.script("test-extension.sh")
    #expect(run.status == 0, "\(run.output)")
    #expect(run.output.contains("weak note: grade weak"))
    #expect(run.output.contains("with minutes: grade adequate"))
  }
}
