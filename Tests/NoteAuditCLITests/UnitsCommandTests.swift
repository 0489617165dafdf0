import Foundation
import Testing

/// `noteaudit units`: the table, the JSON and the usage errors, from the built binary.
@Suite struct UnitsCommandTests {
  @Test func textTableWithChoiceSentence() throws {
    let run = try CLI.run(["units", "97112=20", "97110=20", "97150=30"])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(
      run.stdout == """
        Code   Minutes  Units  Kind
        97112       20      2  timed
        97110       20      1  timed
        97150       30      1  untimed
        Total timed minutes: 40 (CMS total-time): 3 timed units; 4 units in all.
        Clinician's choice: 1 unit goes to one of 97112 or 97110 (equal remaining minutes); bill each such unit on one code only.

        """)
  }

  @Test func jsonIsExactAndDeterministic() throws {
    let run = try CLI.run(["units", "--format", "json", "97530=23", "97110=10"])
    #expect(run.status == 0)
    #expect(
      run.stdout
        == #"{"method":"cms","total_timed_minutes":33,"total_units":2,"codes":[{"code":"97530","minutes":23,"units":1},{"code":"97110","minutes":10,"units":1}],"choices":[]}"#
        + "\n")
    let tie = try CLI.run(["units", "--format", "json", "97112=7", "97110=7", "97140=7"]).stdout
    #expect(tie.hasSuffix(#""choices":[{"units":1,"codes":["97112","97110","97140"]}]}"# + "\n"))
    let ama = try CLI.run(["units", "--method", "ama", "--format", "json", "97530=23", "97110=10"])
      .stdout
    #expect(ama.hasPrefix(#"{"method":"ama","total_timed_minutes":33,"total_units":3,"#))
  }

  @Test func aMalformedArgumentIsAUsageErrorWithItsMessage() throws {
    let run = try CLI.run(["units", "97110=10", "97531=10"])
    #expect(run.status == 2)
    #expect(run.stdout == "")
    #expect(
      run.stderr
        == "error: '97531=10': unknown code 97531: not a therapy code NoteAudit knows (did you mean 97530?)\n"
    )
  }

  @Test func noArgumentsOrUnknownFormatAreUsageErrors() throws {
    let none = try CLI.run(["units"])
    #expect(none.status == 2)
    #expect(
      none.stderr
        == "error: give at least one CODE=MINUTES, e.g. 'noteaudit units 97530=23 97110=10'\n")
    let xml = try CLI.run(["units", "--format", "xml", "97530=23"])
    #expect(xml.status == 2)
    #expect(xml.stderr == "error: unknown format 'xml' (expected text or json)\n")
  }
}
