import Dispatch

/// Maps a chunk of work items on all cores, keeping input order.
enum ParallelMap {
  /// `input.map(transform)`, computed by `workers` threads striding over the input. Each index is
  /// written exactly once by exactly one worker into a preallocated buffer, so no lock is needed.
  static func map<T, R>(_ input: [T], workers: Int, _ transform: (T) -> R) -> [R] {
    if workers <= 1 || input.count < 2 { return input.map(transform) }
    let buffer = UnsafeMutableBufferPointer<R?>.allocate(capacity: input.count)
    buffer.initialize(repeating: nil)
    defer {
      _ = buffer.deinitialize()
      buffer.deallocate()
    }
    withoutActuallyEscaping(transform) { transform in
      nonisolated(unsafe) let transform = transform
      nonisolated(unsafe) let input = input
      nonisolated(unsafe) let out = buffer
      let stripes = min(workers, input.count)
      DispatchQueue.concurrentPerform(iterations: stripes) { stripe in
        var i = stripe
        while i < input.count {
          out[i] = transform(input[i])
          i += stripes
        }
      }
    }
    return buffer.map { $0! }
  }
}
