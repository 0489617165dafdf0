#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A forward-only window over a file descriptor's bytes, refilled by large `read`s, so the
/// JSONL and CSV readers scan bytes in place without holding the file in memory.
///
/// The unconsumed bytes are `base[start..<end]`. `refill()` moves them to the front and reads
/// more after them, so callers keep positions relative to `start` across a refill. The buffer
/// grows only while one line or record is longer than it; the readers cap that length.
final class ByteStream {
  private(set) var base: UnsafeMutablePointer<UInt8>
  private(set) var capacity: Int
  /// First unconsumed byte.
  var start = 0
  /// One past the last byte read.
  private(set) var end = 0
  private(set) var atEOF = false
  /// `errno` of a failed `read`; the stream then behaves as if at its end.
  private(set) var readError: Int32?
  /// Lines ended so far by `nextLine`: the 1-based number of the line starting at `start`, minus one.
  var linesConsumed = 0
  /// Bytes of the input moved out of the buffer by `refill` (the input offset of `base[0]`).
  private(set) var discarded = 0
  /// The input offset of the first byte of the line `nextLine` returned last.
  private(set) var lastLineOffset = 0
  /// Whether that line ended in a `\r` that `nextLine` dropped: a reader that checks the length
  /// of a part of the line as `nextLine` would check the whole line counts it back.
  private(set) var lastLineDroppedCR = false
  private let fd: Int32
  private let ownsFD: Bool
  private let chunkSize: Int

  init(fd: Int32, ownsFD: Bool, chunkSize: Int = 1 << 20) {
    self.fd = fd
    self.ownsFD = ownsFD
    self.chunkSize = max(chunkSize, 16)
    capacity = self.chunkSize
    base = .allocate(capacity: capacity)
  }

  /// A stream over bytes already in memory (tests, fuzzing, a caller's buffer).
  init(bytes: [UInt8]) {
    fd = -1
    ownsFD = false
    chunkSize = max(bytes.count, 16)
    capacity = chunkSize
    base = .allocate(capacity: capacity)
    bytes.withUnsafeBufferPointer { b in
      if let p = b.baseAddress { base.update(from: p, count: b.count) }
    }
    end = bytes.count
    atEOF = true
  }

  deinit {
    base.deallocate()
    if ownsFD { close(fd) }
  }

  var available: Int { end - start }

  /// The `errno` of a failed read, once: the reader reports it as one error.
  func takeReadError() -> Int32? {
    defer { readError = nil }
    return readError
  }

  /// Discards bytes through the next `\n` (or to the end), reading as needed but never holding
  /// more than a buffer of the skipped line.
  func skipLine() {
    while true {
      if let found = memchr(base + start, 0x0A, end - start) {
        start = UnsafeMutableRawPointer(found).assumingMemoryBound(to: UInt8.self) - base + 1
        return
      }
      start = end
      if refill() == 0 { return }
    }
  }

  /// Moves the unconsumed bytes to the front and reads at least one more chunk's room.
  /// - Returns: the number of bytes added; 0 at the end of the input or after a read error.
  @discardableResult
  func refill() -> Int {
    guard !atEOF else { return 0 }
    let pending = end - start
    if start > 0 {
      if pending > 0 { base.update(from: base + start, count: pending) }
      discarded += start
      start = 0
      end = pending
    }
    if capacity - end < chunkSize {
      let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: end + max(chunkSize, capacity))
      grown.update(from: base, count: end)
      base.deallocate()
      base = grown
      capacity = end + max(chunkSize, capacity)
    }
    while true {
      let n = read(fd, base + end, capacity - end)
      if n > 0 {
        end += n
        return n
      }
      if n < 0 && errno == EINTR { continue }
      if n < 0 { readError = errno }
      atEOF = true
      return 0
    }
  }

  /// The next line, without its `\n` (and `\r` before it). The bytes are valid until the next call.
  enum Line {
    case bytes(UnsafeBufferPointer<UInt8>, number: Int)
    /// A line longer than the limit, skipped without buffering it whole.
    case tooLong(number: Int, length: Int)
  }

  func nextLine(maxBytes: Int) -> Line? {
    var scanned = 0
    while true {
      let avail = end - start
      if let found = memchr(base + start + scanned, 0x0A, avail - scanned) {
        let length =
          UnsafeMutableRawPointer(found).assumingMemoryBound(to: UInt8.self) - (base + start)
        if length > maxBytes { return skipLongLine(scanned: length) }
        return takeLine(length: length, consumed: length + 1)
      }
      scanned = avail
      if scanned > maxBytes { return skipLongLine(scanned: scanned) }
      if atEOF || refill() == 0 {
        if end - start == 0 { return nil }
        return takeLine(length: end - start, consumed: end - start)
      }
    }
  }

  private func takeLine(length: Int, consumed: Int) -> Line {
    var length = length
    lastLineDroppedCR = length > 0 && base[start + length - 1] == 0x0D
    if lastLineDroppedCR { length -= 1 }
    let line = UnsafeBufferPointer(start: base + start, count: length)
    lastLineOffset = discarded + start
    start += consumed
    linesConsumed += 1
    return .bytes(line, number: linesConsumed)
  }

  /// Discards the rest of an over-long line, one buffer at a time.
  private func skipLongLine(scanned: Int) -> Line {
    var length = scanned
    var searchFrom = scanned
    while true {
      let avail = end - start
      if let found = memchr(base + start + searchFrom, 0x0A, avail - searchFrom) {
        let at = UnsafeMutableRawPointer(found).assumingMemoryBound(to: UInt8.self) - (base + start)
        length += at - searchFrom
        start += at + 1
        break
      }
      length += avail - searchFrom
      start = end
      searchFrom = 0
      if refill() == 0 { break }
    }
    linesConsumed += 1
    return .tooLong(number: linesConsumed, length: length)
  }
}
