#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The progress line of a batch run on a terminal:
/// `12,000 notes · 9,850 notes/s · 0:01 elapsed · ETA 0:09`.
///
/// Redrawn in place (carriage return, erase line) at most every `interval`, so asking after every
/// note costs a clock read. The CLI creates one only when stderr is a terminal and `--quiet` is
/// not given; nothing here checks that.
public struct ProgressLine {
  private let total: Int?
  private let interval: Duration
  private let clock = ContinuousClock()
  private let start: ContinuousClock.Instant
  private var lastDraw: ContinuousClock.Instant
  private let output: (String) -> Void
  private var drawn = false

  /// - Parameters:
  ///   - total: the number of notes when known (enables the ETA).
  ///   - output: where the escapes and text go; standard error by default.
  public init(
    total: Int? = nil, interval: Duration = .milliseconds(250), output: ((String) -> Void)? = nil
  ) {
    self.total = total
    self.interval = interval
    self.output =
      output ?? { text in
        var text = text
        text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
      }
    start = clock.now
    lastDraw = start
  }

  /// Notes `done` so far; redraws when the interval has passed.
  public mutating func update(done: Int) {
    let now = clock.now
    guard now - lastDraw >= interval else { return }
    lastDraw = now
    drawn = true
    output("\r\u{1B}[K" + Self.text(done: done, total: total, elapsed: Self.seconds(now - start)))
  }

  /// Erases the line (call before printing the final messages).
  public mutating func finish() {
    if drawn { output("\r\u{1B}[K") }
    drawn = false
  }

  /// The line's text; `elapsed` in seconds.
  static func text(done: Int, total: Int?, elapsed: Double) -> String {
    var parts = ["\(grouped(done))\(total.map { " of \(grouped($0))" } ?? "") notes"]
    if elapsed > 0 { parts.append("\(grouped(rate(done, per: elapsed))) notes/s") }
    parts.append("\(clockTime(elapsed)) elapsed")
    if let total, done > 0, elapsed > 0, total >= done {
      parts.append("ETA \(clockTime(Double(total - done) * elapsed / Double(done)))")
    }
    return parts.joined(separator: " · ")
  }

  /// `count / seconds` as a whole number, 0 when the time is not positive, never overflowing.
  static func rate(_ count: Int, per seconds: Double) -> Int {
    guard seconds > 0 else { return 0 }
    let r = Double(count) / seconds
    return r.isNaN ? 0 : Int(min(r, 1e15))
  }

  static func grouped(_ n: Int) -> String {
    let digits = Array(String(n.magnitude))
    var out = n < 0 ? "-" : ""
    for (i, d) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(d)
    }
    return out
  }

  /// `m:ss`, or `h:mm:ss` from an hour.
  static func clockTime(_ seconds: Double) -> String {
    let s = Int(seconds.isFinite ? min(max(0, seconds.rounded()), 1e12) : 0)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return s >= 3600 ? "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))" : "\(s / 60):\(two(s % 60))"
  }

  static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
  }
}
