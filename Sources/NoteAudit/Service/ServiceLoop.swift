import Foundation

/// Frames handed from the reading thread to the server's loop. The reader never waits for the
/// loop, so a debounce deadline can pass while the client is quiet, and an oversized message is
/// answered while the rest of it is still being skipped.
final class FrameQueue: @unchecked Sendable {
  private let condition = NSCondition()
  private var frames: [Frame] = []
  private var queuedBytes = 0
  /// The reader waits while this many frames, or this many bytes, are unread (one frame is always
  /// taken, whatever its size), so a client that floods faster than notes are analysed cannot
  /// grow memory without bound.
  private let maxFrames = 1024
  private let maxBytes = 16 << 20

  private static func size(_ frame: Frame) -> Int {
    switch frame {
    case .message(let bytes): bytes.count
    case .tooLarge(_, let head): head.count
    case .malformed, .end: 0
    }
  }

  func push(_ frame: Frame) {
    condition.lock()
    while !frames.isEmpty, frames.count >= maxFrames || queuedBytes + Self.size(frame) > maxBytes {
      condition.wait()
    }
    frames.append(frame)
    queuedBytes += Self.size(frame)
    condition.broadcast()
    condition.unlock()
  }

  /// The next frame, or nil once `deadline` passes first.
  func pop(until deadline: ContinuousClock.Instant?) -> Frame? {
    condition.lock()
    defer { condition.unlock() }
    while frames.isEmpty {
      if let deadline {
        let left = ContinuousClock.now.duration(to: deadline)
        if left <= .zero { return nil }
        let (seconds, attoseconds) = left.components
        _ = condition.wait(
          until: Date(timeIntervalSinceNow: Double(seconds) + Double(attoseconds) * 1e-18))
      } else {
        condition.wait()
      }
    }
    let frame = frames.removeFirst()
    queuedBytes -= Self.size(frame)
    condition.broadcast()
    return frame
  }
}

extension LanguageServer {
  /// Serves LSP over `input` and `output` (standard input and output) until `exit` or the end of
  /// the input; returns the exit status (0 after `shutdown` then `exit`, or at the end of the
  /// input; 1 for `exit` without `shutdown`).
  public func run(input: Int32 = 0, output: Int32 = 1) -> Int32 {
    let queue = FrameQueue()
    let limit = options.maxMessageBytes
    let reader = Thread {
      var frames = LSPFrameReader(input: ByteInput(fd: input), maxBytes: limit)
      while true {
        let frame = frames.next()
        queue.push(frame)
        if frame == .end { return }
      }
    }
    reader.stackSize = 1 << 20
    reader.start()
    let clock = ContinuousClock()
    while true {
      let frame = queue.pop(until: nextDeadline)
      var out = frame.map { receive($0, now: clock.now) } ?? []
      out += due(now: clock.now)
      for message in out
      where !ByteOutput.write(LSPFrameReader.frame(message.serialized()), to: output) {
        return 0  // the client is gone
      }
      if let exitStatus { return exitStatus }
      if frame == .end { return 0 }
    }
  }
}
