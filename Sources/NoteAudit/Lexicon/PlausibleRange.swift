/// A `range=LOW-HIGH` attribute (decimals allowed, e.g. `0-56`, `0.1-3.5`): the values an entry's
/// slot may take for the hit to count, so `RR <num>` is a respiratory rate in "RR 18" but not in
/// "MRN RR-40117".
package struct PlausibleRange: Sendable {
  var low: Double
  var high: Double

  init?(_ text: String) {
    let parts = text.split(separator: "-", maxSplits: 1).map {
      Double(String($0).trimmingWhitespace())
    }
    guard parts.count == 2, let low = parts[0], let high = parts[1], low <= high else { return nil }
    self.low = low
    self.high = high
  }

  func contains(_ value: Double) -> Bool { value >= low && value <= high }
}
