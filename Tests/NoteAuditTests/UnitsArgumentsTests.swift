import Testing

@testable import NoteAudit

/// `CODE=MINUTES` words read into services (`noteaudit units` renders them: UnitsCommandTests).
@Suite struct UnitsArgumentsTests {
  @Test func lowercaseHCPCSAndRepeatedCodesAreAccepted() throws {
    let services = try UnitsArguments.parse(["g0283=15", "97140=10", "97140=5"])
    #expect(
      services == [
        .init(code: "G0283", minutes: 15), .init(code: "97140", minutes: 10),
        .init(code: "97140", minutes: 5),
      ])
  }

  @Test(arguments: [
    ("97530=abc", "'97530=abc': minutes must be a whole number, got 'abc'"),
    ("=5", "'=5': missing the code before '='"),
    ("97530", "'97530': expected CODE=MINUTES, e.g. 97530=23"),
    ("97530=", "'97530=': missing the minutes after '='"),
    ("97530=-5", "'97530=-5': minutes cannot be negative"),
    ("97530=23.5", "'97530=23.5': minutes must be a whole number, got '23.5'"),
    ("97530=1441", "'97530=1441': more than 1440 minutes (24 hours) for one code"),
    (
      "97530=99999999999999999999",
      "'97530=99999999999999999999': more than 1440 minutes (24 hours) for one code"
    ),
    (
      "97531=10",
      "'97531=10': unknown code 97531: not a therapy code NoteAudit knows (did you mean 97530?)"
    ),
    ("12345=10", "'12345=10': unknown code 12345: not a therapy code NoteAudit knows"),
  ])
  func malformedArgumentsGiveAClearMessage(argument: String, message: String) {
    #expect(throws: UnitsArguments.ArgumentError.self) {
      try UnitsArguments.parse(["97110=10", argument])
    }
    do {
      _ = try UnitsArguments.parse(["97110=10", argument])
    } catch {
      #expect(error.description == message)
      #expect(error.argument == argument)
    }
  }
}
