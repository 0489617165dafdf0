import Dispatch
import Foundation

/// Deterministic parallel loops: item `i`'s result lands at `i`, whichever thread ran it.
package enum Parallel {
  /// Work items per chunk, so small batches stay on one thread.
  package static let chunk = 256

  /// Element `i` of the result is `transform(i)`.
  ///
  /// - Parameters:
  ///   - chunk: items per task; 1 for a few large items (LSH bands, template groups).
  ///   - workers: run on exactly this many threads (see `forEach`); nil for all cores.
  package static func map<T: Sendable>(
    count: Int, chunk: Int = chunk, workers: Int? = nil, _ transform: @Sendable (Int) -> T
  ) -> [T] {
    let chunk = max(1, chunk)
    guard count > chunk, workers ?? 2 > 1 else { return (0..<count).map(transform) }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    nonisolated(unsafe) let out = results
    forEach(count: count, chunk: chunk, workers: workers) { out[$0] = transform($0) }
    // Moved out, not copied: a copy of a result full of references (an analysed note) retains
    // each of them, and releasing the buffer releases them again.
    var moved: [T] = []
    moved.reserveCapacity(count)
    for i in 0..<count {
      if let value = results.moveElement(from: i) { moved.append(value) }
    }
    return moved
  }

  /// Runs `body(i)` for every `i` in `0..<count`, chunks on all cores; `body` must only write what
  /// item `i` owns.
  ///
  /// With `workers`, that many threads each take the next `chunk` items from a shared counter
  /// until none are left: a thread slowed down (another process on its core, a run of long notes)
  /// does not leave the others idle at the end, as fixed shares would. One worker runs the loop
  /// on the calling thread.
  package static func forEach(
    count: Int, chunk: Int = chunk, workers: Int? = nil, _ body: @Sendable (Int) -> Void
  ) {
    let chunk = max(1, chunk)
    guard count > chunk, workers ?? 2 > 1 else {
      for i in 0..<count { body(i) }
      return
    }
    guard let workers else {
      DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
        for i in c * chunk..<min(count, (c + 1) * chunk) { body(i) }
      }
      return
    }
    let next = ChunkCounter(count: count, chunk: chunk)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while let range = next.take() {
        for i in range { body(i) }
      }
    }
  }
}

/// The next chunk of `0..<count` for whichever worker asks first.
private final class ChunkCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var start = 0
  private let count: Int
  private let chunk: Int

  init(count: Int, chunk: Int) {
    self.count = count
    self.chunk = chunk
  }

  func take() -> Range<Int>? {
    lock.lock()
    defer { lock.unlock() }
    guard start < count else { return nil }
    let range = start..<min(count, start + chunk)
    start = range.upperBound
    return range
  }
}
