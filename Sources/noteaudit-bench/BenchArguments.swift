/// `--name value` options of the bench commands; unknown options are a usage error.
struct BenchArguments {
  private var values: [String: String] = [:]

  struct Invalid: Error, CustomStringConvertible {
    var description: String
  }

  init(_ arguments: [String], known: Set<String>) throws(Invalid) {
    var i = 0
    while i < arguments.count {
      let word = arguments[i]
      guard word.hasPrefix("--"), known.contains(String(word.dropFirst(2))) else {
        throw Invalid(
          description:
            "unknown option '\(word)' (options: \(known.sorted().map { "--\($0)" }.joined(separator: ", ")))"
        )
      }
      guard i + 1 < arguments.count else { throw Invalid(description: "\(word) needs a value") }
      values[String(word.dropFirst(2))] = arguments[i + 1]
      i += 2
    }
  }

  func string(_ name: String) -> String? { values[name] }

  /// A positive integer option, or `fallback` when absent.
  func int(_ name: String, default fallback: Int) throws(Invalid) -> Int {
    guard let text = values[name] else { return fallback }
    guard let n = Int(text), n > 0 else {
      throw Invalid(description: "--\(name) takes a positive integer, not '\(text)'")
    }
    return n
  }

  /// A comma-separated list of positive integers.
  func ints(_ name: String, default fallback: [Int]) throws(Invalid) -> [Int] {
    guard let text = values[name] else { return fallback }
    let parts = text.split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
    guard !parts.isEmpty else {
      throw Invalid(description: "--\(name) takes positive integers separated by commas")
    }
    return parts
  }

  /// Runs a command body, turning argument errors into a usage message and status 2.
  static func parse(
    _ arguments: [String], known: Set<String>, _ body: (BenchArguments) throws(Invalid) -> Int32
  ) -> Int32 {
    do {
      return try body(BenchArguments(arguments, known: known))
    } catch {
      FileOutput.error("noteaudit-bench: \(error)\n")
      return 2
    }
  }
}
