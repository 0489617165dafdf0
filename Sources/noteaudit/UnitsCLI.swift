import NoteAudit

/// `noteaudit units [--method cms|ama] [--format text|json] CODE=MINUTES ...`: the library parses
/// the arguments and computes the units; this renders them and picks the exit status.
///
/// ```text
/// $ noteaudit units 97112=20 97110=20
/// Code   Minutes  Units  Kind
/// 97112       20      2  timed
/// 97110       20      1  timed
/// Total timed minutes: 40 (CMS total-time): 3 timed units; 3 units in all.
/// Clinician's choice: 1 unit goes to one of 97112 or 97110 (equal remaining minutes); bill each such unit on one code only.
/// ```
enum UnitsCLI {
  static func run(_ argv: [String]) throws(UsageError) -> Int32 {
    let args = try Arguments(
      argv,
      options: [
        .init(name: "method", short: "m", takesValue: true),
        .init(name: "format", short: "f", takesValue: true),
        .init(name: "help", short: "h", takesValue: false),
      ])
    if args.flag("help") { Console.out(Help.units); return ExitStatus.ok }
    let methodName = args.value("method") ?? "cms"
    guard let method = UnitsMethod(rawValue: methodName) else {
      throw UsageError(message: "unknown method '\(methodName)' (expected cms or ama)")
    }
    let (output, status) = report(
      arguments: args.positionals, method: method, format: args.value("format") ?? "text")
    if status == ExitStatus.ok { Console.out(output) } else { Console.err(output) }
    return status
  }

  /// Parses, computes and renders.
  ///
  /// - Parameters:
  ///   - arguments: the `CODE=MINUTES` words (a code given twice has its minutes summed, as for a
  ///     service done in two blocks).
  ///   - method: CMS total-time or AMA per-code.
  ///   - format: `text` or `json`.
  /// - Returns: on success the report and `ExitStatus.ok`; otherwise an `error: …` line (for
  ///   stderr) and `ExitStatus.usage`.
  static func report(arguments: [String], method: UnitsMethod, format: String) -> (
    output: String, status: Int32
  ) {
    guard format == "text" || format == "json" else {
      return ("error: unknown format '\(format)' (expected text or json)\n", ExitStatus.usage)
    }
    let services: [ServiceMinutes]
    do {
      services = try UnitsArguments.parse(arguments)
    } catch {
      return ("error: \(error)\n", ExitStatus.usage)
    }
    guard !services.isEmpty else {
      return (
        "error: give at least one CODE=MINUTES, e.g. 'noteaudit units 97530=23 97110=10'\n",
        ExitStatus.usage
      )
    }
    let result = UnitsCalculator.units(for: services, method: method)
    return (format == "json" ? json(result) : text(result), ExitStatus.ok)
  }

  /// A small aligned table, the totals line and the choices sentence.
  static func text(_ result: UnitsResult) -> String {
    let header = ["Code", "Minutes", "Units", "Kind"]
    let rows = result.lines.map {
      [$0.code, String($0.minutes), String($0.units), $0.isTimed ? "timed" : "untimed"]
    }
    let widths = (0..<3).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
    func row(_ cells: [String]) -> String {
      let code = cells[0] + String(repeating: " ", count: widths[0] - cells[0].count)
      let numbers = (1..<3).map {
        String(repeating: " ", count: widths[$0] - cells[$0].count) + cells[$0]
      }
      return ([code] + numbers + [cells[3]]).joined(separator: "  ") + "\n"
    }
    var out = row(header)
    for r in rows { out += row(r) }
    out += "Total timed minutes: \(result.totalTimedMinutes) (\(result.method.displayName)): "
    out +=
      "\(result.timedUnits) timed unit\(result.timedUnits == 1 ? "" : "s"); \(result.totalUnits) unit\(result.totalUnits == 1 ? "" : "s") in all.\n"
    if let sentence = result.choicesSentence { out += sentence + "\n" }
    return out
  }

  /// `{"method", "total_timed_minutes", "total_units", "codes": [{"code", "minutes", "units"}],
  /// "choices": [{"units", "codes"}]}` on one line, keys in this order. Codes come from the catalog,
  /// so no value needs escaping.
  static func json(_ result: UnitsResult) -> String {
    let codes = result.lines.map {
      "{\"code\":\"\($0.code)\",\"minutes\":\($0.minutes),\"units\":\($0.units)}"
    }
    let choices = result.choices.map { choice in
      "{\"units\":\(choice.units),\"codes\":[\(choice.codes.map { "\"\($0)\"" }.joined(separator: ","))]}"
    }
    return
      "{\"method\":\"\(result.method.rawValue)\",\"total_timed_minutes\":\(result.totalTimedMinutes),"
      + "\"total_units\":\(result.totalUnits),\"codes\":[\(codes.joined(separator: ","))],"
      + "\"choices\":[\(choices.joined(separator: ","))]}\n"
  }
}
