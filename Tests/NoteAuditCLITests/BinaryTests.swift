#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation
import Testing

/// Notes are PHI and NoteAudit never talks to a network: the built `noteaudit` binary must not
/// link FoundationNetworking (URLSession) nor import any socket API. Checked with `ldd` and `nm -D`.
@Suite struct NoNetworkTests {
  static let ready =
    FileManager.default.isExecutableFile(atPath: CLI.binary.path)
    && ["/usr/bin/ldd", "/usr/bin/nm"].allSatisfy(FileManager.default.isExecutableFile(atPath:))

  @Test(
    .enabled(
      if: ready,
      "skipped: needs .build/<config>/noteaudit beside the test bundle and /usr/bin/ldd, /usr/bin/nm"
    ))
  func theBinaryLinksNoNetworkingAndImportsNoSocketAPI() throws {
    let binary = CLI.binary.path
    let libraries = try CLI.run([binary], tool: "/usr/bin/ldd").stdout
    #expect(libraries.contains("libFoundation"))  // ldd really listed the libraries
    #expect(!libraries.contains("FoundationNetworking"))
    #expect(!libraries.contains("libcurl"))
    let imported = Set(
      try CLI.run(["-D", "--undefined-only", binary], tool: "/usr/bin/nm").stdout.split(
        separator: "\n"
      ).compactMap {
        $0.split(separator: " ").last?.split(separator: "@").first.map(String.init)
      })
    // nm really listed the imports (a sanitizer build defines its intercepted libc calls itself,
    // so no particular name is required).
    #expect(imported.count > 20)
    let network: Set = [
      "socket", "connect", "bind", "listen", "accept", "accept4", "sendto", "sendmsg", "recvfrom",
      "recvmsg",
      "getaddrinfo", "gethostbyname", "gethostbyname_r", "socketpair",
    ]
    #expect(imported.intersection(network).sorted() == [])
  }
}

/// A batch with two bad records, then a full disk or a folder that cannot be written: a clear error
/// naming the output, exit status 3, the bad records named by line, and no report or temporary
/// file left behind. With a good output the rest of the batch is reported.
@Suite struct ReportOutputFailureTests {
  static let batch = """
    {"id":"a","text":"Pt did sit to stand x5 with CGA and verbal cues, 25 min ther act."}
    {"id":"b"}
    not json
    {"id":"c","text":"Pt tolerated well."}

    """

  private func audit(output: String, in folder: URL) throws -> CLIRun {
    let input = folder.appendingPathComponent("in.jsonl")
    try Self.batch.write(to: input, atomically: true, encoding: .utf8)
    return try CLI.run(["audit", input.path, "--format", "json", "--output", output, "--quiet"])
  }

  private func inputErrors(_ folder: URL) -> String {
    "\(folder.path)/in.jsonl:2: error: missing \"text\"\n\(folder.path)/in.jsonl:3: error: invalid JSON at column 1: expected a record object '{'\n"
  }

  /// `/dev/full` (always full) is a Linux device; elsewhere there is nothing to write to.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func aFullDiskIsAClearErrorWithExitStatus3() throws {
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try audit(output: "/dev/full", in: folder)
    #expect(result.status == 3)
    #expect(
      result.stderr == inputErrors(folder)
        + "error: /dev/full: cannot write the report: No space left on device\n")
  }

  @Test func anUnwritableFolderIsAClearErrorAndLeavesNothing() throws {
    let folder = try CLI.temporaryDirectory()
    defer {
      chmod(folder.appendingPathComponent("out").path, 0o700)
      try? FileManager.default.removeItem(at: folder)
    }
    let out = folder.appendingPathComponent("out")
    // root writes into a mode-500 folder anyway; then a plain file stands in for the folder.
    let asRoot = getuid() == 0
    if asRoot {
      try Data().write(to: out)
    } else {
      try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
      chmod(out.path, 0o500)
    }
    let result = try audit(output: out.path + "/report.json", in: folder)
    #expect(result.status == 3)
    let reason = asRoot ? "Not a directory" : "Permission denied"
    #expect(
      result.stderr.hasSuffix(
        "error: \(out.path)/report.json: cannot create the report in \(out.path)/: \(reason)\n"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "in.jsonl", "out",
      ])
    if !asRoot { #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == []) }
  }

  @Test func theRestOfTheBatchIsReportedInAPrivateFile() throws {
    let folder = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let report = folder.appendingPathComponent("report.json")
    let result = try audit(output: report.path, in: folder)
    #expect(result.status == 3 && result.stderr == inputErrors(folder))
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any]
    let notes = json?["notes"] as? [[String: Any]] ?? []
    #expect(notes.compactMap { $0["id"] as? String } == ["a", "c"])
    let mode =
      try FileManager.default.attributesOfItem(atPath: report.path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "in.jsonl", "report.json",
      ])
  }
}
