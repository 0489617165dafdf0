import Testing
@testable import NoteAudit

@Suite struct BillingCommandTests {
  @Test func textTableWithChoiceSentence() {
    let (output, status) = UnitsCommand.run(arguments: ["97112=20", "97110=20", "97150=30"], method: .cms, format: "text")
    #expect(status == 0)
    #expect(output == """
      Code   Minutes  Units  Kind
      97112       20      2  timed
      97110       20      1  timed
      97150       30      1  untimed
      Total timed minutes: 40 (CMS total-time): 3 timed units; 4 units in all.
      Clinician's choice: 1 unit goes to one of 97112 or 97110 (equal remaining minutes); bill each such unit on one code only.

      """)
  }

  @Test func jsonIsExactAndDeterministic() {
    let (output, status) = UnitsCommand.run(arguments: ["97530=23", "97110=10"], method: .cms, format: "json")
    #expect(status == 0)
    #expect(output == #"{"method":"cms","total_timed_minutes":33,"total_units":2,"codes":[{"code":"97530","minutes":23,"units":1},{"code":"97110","minutes":10,"units":1}],"choices":[]}"# + "\n")
    let tie = UnitsCommand.run(arguments: ["97112=7", "97110=7", "97140=7"], method: .cms, format: "json").output
    #expect(tie.hasSuffix(#""choices":[{"units":1,"codes":["97112","97110","97140"]}]}"# + "\n"))
    let ama = UnitsCommand.run(arguments: ["97530=23", "97110=10"], method: .ama, format: "json").output
    #expect(ama.hasPrefix(#"{"method":"ama","total_timed_minutes":33,"total_units":3,"#))
  }

  @Test func lowercaseHCPCSAndRepeatedCodesAreAccepted() throws {
    let services = try UnitsCommand.parse(["g0283=15", "97140=10", "97140=5"])
    #expect(services == [.init(code: "G0283", minutes: 15), .init(code: "97140", minutes: 10), .init(code: "97140", minutes: 5)])
  }

  @Test(arguments: [
    ("97530=abc", "error: '97530=abc': minutes must be a whole number, got 'abc'\n"),
    ("=5", "error: '=5': missing the code before '='\n"),
    ("97530", "error: '97530': expected CODE=MINUTES, e.g. 97530=23\n"),
    ("97530=", "error: '97530=': missing the minutes after '='\n"),
    ("97530=-5", "error: '97530=-5': minutes cannot be negative\n"),
    ("97530=23.5", "error: '97530=23.5': minutes must be a whole number, got '23.5'\n"),
    ("97530=1441", "error: '97530=1441': more than 1440 minutes (24 hours) for one code\n"),
    ("97530=99999999999999999999", "error: '97530=99999999999999999999': more than 1440 minutes (24 hours) for one code\n"),
    ("97531=10", "error: '97531=10': unknown code 97531: not a therapy code NoteAudit knows (did you mean 97530?)\n"),
    ("12345=10", "error: '12345=10': unknown code 12345: not a therapy code NoteAudit knows\n"),
  ])
  func malformedArgumentsGiveAClearMessage(argument: String, message: String) {
    let (output, status) = UnitsCommand.run(arguments: ["97110=10", argument], method: .cms, format: "text")
    #expect(status == UnitsCommand.usageExitCode)
    #expect(output == message)
  }

  @Test func noArgumentsOrUnknownFormatAreUsageErrors() {
    #expect(UnitsCommand.run(arguments: [], method: .cms, format: "text").exitCode == 2)
    #expect(UnitsCommand.run(arguments: ["97530=23"], method: .cms, format: "xml").output == "error: unknown format 'xml' (expected text or json)\n")
  }
}
