import Dispatch

/// Deterministic parallel loops: item `i`'s result lands at `i`, whichever thread ran it.
package enum Parallel {
  /// Work items per chunk, so small batches stay on one thread.
  package static let chunk = 256

  /// Element `i` of the result is `transform(i)`.
  ///
  /// - Parameter chunk: items per task; 1 for a few large items (LSH bands, template groups).
  package static func map<T: Sendable>(count: Int, chunk: Int = chunk, _ transform: @Sendable (Int) -> T) -> [T] {
    let chunk = max(1, chunk)
    guard count > chunk else { return (0..<count).map(transform) }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer {
      results.deinitialize()
      results.deallocate()
    }
    nonisolated(unsafe) let out = results
    forEach(count: count, chunk: chunk) { out[$0] = transform($0) }
    return results.compactMap { $0 }
  }

  /// Runs `body(i)` for every `i` in `0..<count`, chunks on all cores; `body` must only write what
  /// item `i` owns.
  package static func forEach(count: Int, chunk: Int = chunk, _ body: @Sendable (Int) -> Void) {
    let chunk = max(1, chunk)
    guard count > chunk else {
      for i in 0..<count { body(i) }
      return
    }
    DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
      for i in c * chunk..<min(count, (c + 1) * chunk) { body(i) }
    }
  }
}
