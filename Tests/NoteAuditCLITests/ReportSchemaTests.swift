import Foundation
import Testing

/// The published schema is what the reports really are: Scripts/validate-report.sh writes JSON and
/// JSON Lines reports of the sample notes and of 500 generated notes (clones, visit findings, a bad
/// record), with the default options and with every option that adds fields, and validates each
/// object with Python's jsonschema (pinned in a virtual environment it creates under .build). It
/// runs when python3 is installed; with NOTEAUDIT_REQUIRE_BROWSER=1 (CI) a validator that cannot
/// run is a failure.
@Suite struct ReportSchemaTests {
  @Test(
    .enabled(
      if: EditorClientTests.installed("python3") || EditorClientTests.required,
      "python3 is not installed"))
  func reportsFollowTheirPublishedSchema() throws {
    #expect(
      EditorClientTests.installed("python3"),
      "NOTEAUDIT_REQUIRE_BROWSER=1 but python3 is missing: run Scripts/setup.sh --browser")
    let run = try EditorClientTests.script("validate-report.sh")
    if run.status == 2 && !EditorClientTests.required {
      print("report schema validator not run: no virtual environment (offline?)\n\(run.output)")
      return
    }
    #expect(run.status == 0, "\(run.output)")
    // For each of the 3 option sets: 2 JSON documents, and the JSON Lines reports' note, batch and
    // summary lines (over 500 from the generated notes alone).
    let counts = run.output.firstMatch(of: /jsonschema 4\.26\.0: (\d+) passed, 0 failed/)
    #expect(counts.flatMap { Int($0.1) }.map { $0 > 3 * 500 } == true, "\(run.output)")
  }
}
