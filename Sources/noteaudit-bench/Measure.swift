import Foundation

/// Timing and memory readings for the benchmarks: `ContinuousClock`, medians of several runs,
/// and resident memory from `/proc/self/status`.
enum Measure {
  /// Seconds taken by each of `runs` calls of `body` (each returns a checksum so the work cannot be
  /// optimised away; all runs must agree).
  static func runs(_ runs: Int, _ body: () -> Int) -> (seconds: [Double], checksum: Int) {
    let clock = ContinuousClock()
    var seconds: [Double] = []
    var checksum: Int?
    for _ in 0..<runs {
      var sum = 0
      let elapsed = clock.measure { sum = body() }
      if let checksum, checksum != sum {
        FileOutput.error("warning: runs disagree (checksum \(checksum) vs \(sum))\n")
      }
      checksum = sum
      seconds.append(
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return (seconds, checksum ?? 0)
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }

  static func median(_ values: [Int]) -> Int {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
  }

  /// Current and peak resident set size in bytes (`VmRSS`, `VmHWM`); zeros where unavailable.
  static func resident() -> (current: Int, peak: Int) {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return (0, 0)
    }
    func kilobytes(_ key: String) -> Int {
      guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(key) }) else {
        return 0
      }
      return (Int(line.split(separator: " ").dropFirst().first { Int($0) != nil } ?? "") ?? 0)
        * 1024
    }
    return (kilobytes("VmRSS:"), kilobytes("VmHWM:"))
  }

  static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
  static func milliseconds(_ seconds: Double) -> String {
    String(format: "%.2f ms", seconds * 1000)
  }
  static func spread(_ seconds: [Double]) -> String {
    String(format: "min %.3f s, max %.3f s", seconds.min() ?? 0, seconds.max() ?? 0)
  }
}

/// Writes to stderr without buffering (progress and errors).
enum FileOutput {
  static func error(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
