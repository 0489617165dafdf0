/// The logic of `noteaudit units [--method cms|ama] [--format text|json] CODE=MINUTES ...`, kept in the
/// library so the CLI only parses options and prints.
///
/// ```text
/// $ noteaudit units 97112=20 97110=20
/// Code   Minutes  Units  Kind
/// 97112       20      2  timed
/// 97110       20      1  timed
/// Total timed minutes: 40 (CMS total-time): 3 timed units; 3 units in all.
/// Clinician's choice: 1 unit goes to one of 97112 or 97110 (equal remaining minutes); bill each such unit on one code only.
/// ```
public enum UnitsCommand {
  /// Exit status for bad arguments (the CLI's usage status).
  public static let usageExitCode: Int32 = 2
  /// A day has 1,440 minutes: more for one code on one date of service is a typo.
  public static let maximumMinutes = 1440

  /// A `CODE=MINUTES` argument that cannot be used; `description` is the message for the user.
  public struct ArgumentError: Error, Hashable, Sendable, CustomStringConvertible {
    public var argument: String
    public var message: String
    public var description: String { "'\(argument)': \(message)" }
  }

  /// Parses, computes and renders.
  ///
  /// - Parameters:
  ///   - arguments: the `CODE=MINUTES` words (a code given twice has its minutes summed, as for a
  ///     service done in two blocks).
  ///   - method: CMS total-time or AMA per-code.
  ///   - format: `text` or `json`.
  /// - Returns: on success the report and 0; otherwise an `error: …` line (for stderr) and
  ///   `usageExitCode`.
  public static func run(arguments: [String], method: UnitsMethod, format: String) -> (output: String, exitCode: Int32) {
    guard format == "text" || format == "json" else {
      return ("error: unknown format '\(format)' (expected text or json)\n", usageExitCode)
    }
    let services: [ServiceMinutes]
    do {
      services = try parse(arguments)
    } catch {
      return ("error: \(error)\n", usageExitCode)
    }
    guard !services.isEmpty else {
      return ("error: give at least one CODE=MINUTES, e.g. 'noteaudit units 97530=23 97110=10'\n", usageExitCode)
    }
    let result = UnitsCalculator.units(for: services, method: method)
    return (format == "json" ? json(result) : text(result), 0)
  }

  /// Parses `CODE=MINUTES` words; the code must be in `CPTCatalog`, minutes a whole number 0…1440.
  public static func parse(_ arguments: [String]) throws(ArgumentError) -> [ServiceMinutes] {
    try arguments.map { argument throws(ArgumentError) in
      func fail(_ message: String) -> ArgumentError { ArgumentError(argument: argument, message: message) }
      let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2 else { throw fail("expected CODE=MINUTES, e.g. 97530=23") }
      let code = String(parts[0]).trimmingWhitespace().uppercased()
      let minutesText = String(parts[1]).trimmingWhitespace()
      guard !code.isEmpty else { throw fail("missing the code before '='") }
      guard let known = CPTCatalog.code(code) else {
        throw fail("unknown code \(code): not a therapy code NoteAudit knows\(Spelling.hint(for: code, in: CPTCatalog.all.map(\.code), quote: .none))")
      }
      guard !minutesText.isEmpty else { throw fail("missing the minutes after '='") }
      if minutesText.hasPrefix("-") { throw fail("minutes cannot be negative") }
      guard minutesText.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
        throw fail("minutes must be a whole number, got '\(minutesText)'")
      }
      guard let minutes = Int(minutesText), minutes <= maximumMinutes else {
        throw fail("more than \(maximumMinutes) minutes (24 hours) for one code")
      }
      return ServiceMinutes(code: known.code, minutes: minutes)
    }
  }

  /// A small aligned table, the totals line and the choices sentence.
  public static func text(_ result: UnitsResult) -> String {
    let header = ["Code", "Minutes", "Units", "Kind"]
    let rows = result.lines.map { [$0.code, String($0.minutes), String($0.units), $0.isTimed ? "timed" : "untimed"] }
    let widths = (0..<3).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
    func row(_ cells: [String]) -> String {
      let code = cells[0] + String(repeating: " ", count: widths[0] - cells[0].count)
      let numbers = (1..<3).map { String(repeating: " ", count: widths[$0] - cells[$0].count) + cells[$0] }
      return ([code] + numbers + [cells[3]]).joined(separator: "  ") + "\n"
    }
    var out = row(header)
    for r in rows { out += row(r) }
    out += "Total timed minutes: \(result.totalTimedMinutes) (\(result.method.displayName)): "
    out += "\(result.timedUnits) timed unit\(result.timedUnits == 1 ? "" : "s"); \(result.totalUnits) unit\(result.totalUnits == 1 ? "" : "s") in all.\n"
    if let sentence = result.choicesSentence { out += sentence + "\n" }
    return out
  }

  /// `{"method", "total_timed_minutes", "total_units", "codes": [{"code", "minutes", "units"}],
  /// "choices": [{"units", "codes"}]}` on one line, keys in this order. Codes come from the catalog,
  /// so no value needs escaping.
  public static func json(_ result: UnitsResult) -> String {
    let codes = result.lines.map { "{\"code\":\"\($0.code)\",\"minutes\":\($0.minutes),\"units\":\($0.units)}" }
    let choices = result.choices.map { choice in
      "{\"units\":\(choice.units),\"codes\":[\(choice.codes.map { "\"\($0)\"" }.joined(separator: ","))]}"
    }
    return "{\"method\":\"\(result.method.rawValue)\",\"total_timed_minutes\":\(result.totalTimedMinutes),"
      + "\"total_units\":\(result.totalUnits),\"codes\":[\(codes.joined(separator: ","))],"
      + "\"choices\":[\(choices.joined(separator: ","))]}\n"
  }
}
