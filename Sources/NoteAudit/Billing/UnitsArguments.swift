/// `CODE=MINUTES` words, as `noteaudit units` takes them, read into services for
/// `UnitsCalculator`.
///
/// ```swift
/// let services = try UnitsArguments.parse(["97112=20", "g0283=15"])
/// // [97112: 20 min, G0283: 15 min]
/// UnitsCalculator.units(for: services, method: .cms).totalUnits   // 3
/// ```
public enum UnitsArguments {
  /// A `CODE=MINUTES` argument that cannot be used; `description` is the message for the user.
  public struct ArgumentError: Error, Hashable, Sendable, CustomStringConvertible {
    public var argument: String
    public var message: String
    public var description: String { "'\(argument)': \(message)" }
  }

  /// Parses `CODE=MINUTES` words; the code must be in `CPTCatalog`, minutes a whole number 0…1440
  /// (`ServiceMinutes.maximumMinutes`).
  /// A code given twice keeps both entries (the calculator sums them, as for a service done in two
  /// blocks).
  public static func parse(_ arguments: [String]) throws(ArgumentError) -> [ServiceMinutes] {
    try arguments.map { argument throws(ArgumentError) in
      func fail(_ message: String) -> ArgumentError {
        ArgumentError(argument: argument, message: message)
      }
      let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2 else { throw fail("expected CODE=MINUTES, e.g. 97530=23") }
      let code = String(parts[0]).trimmingWhitespace().uppercased()
      let minutesText = String(parts[1]).trimmingWhitespace()
      guard !code.isEmpty else { throw fail("missing the code before '='") }
      guard let known = CPTCatalog.code(code) else {
        throw fail(
          "unknown code \(code): not a therapy code NoteAudit knows\(Spelling.hint(for: code, in: CPTCatalog.all.map(\.code), quote: .none))"
        )
      }
      guard !minutesText.isEmpty else { throw fail("missing the minutes after '='") }
      if minutesText.hasPrefix("-") { throw fail("minutes cannot be negative") }
      guard minutesText.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
      else {
        throw fail("minutes must be a whole number, got '\(minutesText)'")
      }
      guard let minutes = Int(minutesText), minutes <= ServiceMinutes.maximumMinutes else {
        throw fail("more than \(ServiceMinutes.maximumMinutes) minutes (24 hours) for one code")
      }
      return ServiceMinutes(code: known.code, minutes: minutes)
    }
  }
}
