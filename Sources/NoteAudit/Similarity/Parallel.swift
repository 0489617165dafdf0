import Dispatch

/// Deterministic parallel map: element `i` of the result is `transform(i)`, whichever thread ran it.
package enum Parallel {
  /// Work items per chunk, so small batches stay on one thread.
  package static let chunk = 256

  package static func map<T: Sendable>(count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    guard count > chunk else { return (0..<count).map(transform) }
    let chunks = (count + chunk - 1) / chunk
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer {
      results.deinitialize()
      results.deallocate()
    }
    nonisolated(unsafe) let out = results
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
      for i in c * chunk..<min(count, (c + 1) * chunk) { out[i] = transform(i) }
    }
    return results.compactMap { $0 }
  }
}
