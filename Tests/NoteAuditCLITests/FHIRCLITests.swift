import Foundation
import Testing

/// FHIR R4 input checked by a maintained FHIR model library rather than by our own reader alone:
/// Scripts/validate-fhir.sh validates the fixtures in Tests/FHIR and an export of 500 generated
/// notes (`noteaudit-bench generate --format fhir`) with Python's fhir.resources, pinned in a
/// virtual environment it creates under .build. It runs when python3 is installed; with
/// NOTEAUDIT_REQUIRE_BROWSER=1 (CI) a validator that cannot run is a failure.
@Suite struct FHIRValidatorTests {
  static var bench: URL {
    CLI.binary.deletingLastPathComponent().appendingPathComponent("noteaudit-bench")
  }

  @Test(
    .enabled(
      if: EditorClientTests.installed("python3") || EditorClientTests.required,
      "python3 is not installed"))
  func fixturesAndAGeneratedExportAreValidFHIRR4() throws {
    #expect(
      EditorClientTests.installed("python3"),
      "NOTEAUDIT_REQUIRE_BROWSER=1 but python3 is missing: run Scripts/setup.sh --browser")
    #expect(
      FileManager.default.isExecutableFile(atPath: Self.bench.path),
      "no noteaudit-bench beside \(CLI.binary.path)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [
      EditorClientTests.root.appendingPathComponent("Scripts/validate-fhir.sh").path,
      Self.bench.path,
    ]
    process.currentDirectoryURL = EditorClientTests.root
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    if process.terminationStatus == 2 && !EditorClientTests.required {
      print(
        "FHIR validator not run: the virtual environment could not be made (offline?)\n\(output)")
      return
    }
    #expect(process.terminationStatus == 0, "\(output)")
    #expect(output.contains("FHIR R4 4.0.1 (fhir.resources 6.1.0)"), "\(output)")
    #expect(
      output.contains("DocumentReference 503") && output.contains("Bundle 1")
        && output.contains(" 0 failed"), "\(output)")
  }
}

/// `noteaudit audit` on FHIR input: detected without a flag, forced with `--input-format fhir`,
/// bad resources on stderr as `file:line: error: …` with the rest audited, exit status 3.
@Suite struct FHIRCommandTests {
  static let fhir = EditorClientTests.root.appendingPathComponent("Tests/FHIR")

  @Test func anExportFolderIsAuditedWithoutAFlag() throws {
    let run = try CLI.run([
      "audit", "--format", "csv", "--no-clones", "-q",
      Self.fhir.appendingPathComponent("export").path,
    ])
    #expect(run.status == 1, "\(run.stderr)")  // doc-pt-3 is weak
    #expect(run.stderr.isEmpty)
    let rows = run.stdout.split(separator: "\r\n").dropFirst().map {
      $0.split(separator: ",").prefix(2).joined(separator: ",")
    }
    #expect(rows == ["note,doc-pt-1", "note,doc-ot-2", "note,doc-pt-3"])
  }

  @Test func badResourcesAreReportedAndTheRestAuditedWithExitStatus3() throws {
    let bad = Self.fhir.appendingPathComponent("bad").path
    let run = try CLI.run(["audit", "--format", "jsonl", "--no-clones", "-q", bad])
    #expect(run.status == 3)
    #expect(run.stdout.split(separator: "\n").filter { $0.hasPrefix("{\"id\":\"good-") }.count == 2)
    let errors = run.stderr.split(separator: "\n").map(String.init)
    #expect(errors.count == 5, "\(run.stderr)")
    #expect(
      errors.first
        == "\(bad)/DocumentReference.ndjson:2: error: DocumentReference broken-3 is not JSON: invalid JSON at column 64: expected a value; skipped"
    )
    #expect(
      errors.last
        == "\(bad)/Claim.ndjson:1: error: Claim claim-orphan: Encounter/enc-missing matches no DocumentReference's context.encounter; 1 line(s) not audited"
    )
    #expect(run.stdout.contains("\"input_errors\":5"))
  }

  @Test func inputFormatFHIRReadsABundleFromStdin() throws {
    let bundle = try String(
      contentsOf: Self.fhir.appendingPathComponent("bundle.json"), encoding: .utf8)
    let run = try CLI.run(
      ["audit", "--input-format", "fhir", "--format", "csv", "--no-clones", "-q", "-"],
      stdin: bundle)
    #expect(run.status == 1 && run.stderr.isEmpty, "\(run.stderr)")
    #expect(
      run.stdout.contains("\r\nnote,doc-pt-3,pat-1,") && run.stdout.contains("\r\nnote,doc-pt-1,"))
  }
}
