#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One message cut from a byte stream, or what went wrong with it.
package enum Frame: Sendable, Equatable {
  /// A message's bytes (not yet known to be JSON).
  case message([UInt8])
  /// A message longer than the limit: `head` holds its first bytes (to find its request id);
  /// the rest is skipped while the caller answers.
  case tooLarge(declared: Int, head: [UInt8])
  /// Bytes that are not a frame (a header line without a colon, a missing `Content-Length`):
  /// reported once per run of such bytes, then skipped until a good frame starts.
  case malformed(String)
  /// The stream ended (possibly in the middle of a message).
  case end
}

/// Buffered reads from a file descriptor: lines, exact counts, and skipping. Never blocks except
/// in `read(2)`, never traps on a closed or failing descriptor (it reads as the end).
package struct ByteInput: Sendable {
  let fd: Int32
  private var buffer: [UInt8]
  private var start = 0
  private var end = 0
  private var atEnd = false
  /// Bytes of a refused message still to skip before the next frame.
  private var pendingSkip = 0

  package init(fd: Int32, bufferSize: Int = 1 << 16) {
    self.fd = fd
    self.buffer = [UInt8](repeating: 0, count: bufferSize)
  }

  /// Reads more bytes into the buffer; false at the end of the stream.
  private mutating func fill() -> Bool {
    if atEnd { return false }
    if start == end {
      start = 0
      end = 0
    } else if end == buffer.count {
      // Move the unread bytes to the front.
      buffer.replaceSubrange(0..<(end - start), with: buffer[start..<end])
      end -= start
      start = 0
    }
    while true {
      let n = buffer.withUnsafeMutableBufferPointer { p in
        systemRead(fd, p.baseAddress! + end, p.count - end)
      }
      if n > 0 {
        end += n
        return true
      }
      if n < 0 && errno == EINTR { continue }
      atEnd = true
      return false
    }
  }

  package enum Line: Equatable {
    case line([UInt8])
    /// Longer than the maximum: skipped up to its end.
    case tooLong
    case end
  }

  /// The next line without its `\n` (and `\r`).
  package mutating func readLine(max: Int) -> Line {
    var line: [UInt8] = []
    var overflow = false
    while true {
      if start == end, !fill() { return .end }  // a line the stream cut off is not a line
      var i = start
      while i < end, buffer[i] != 0x0A { i += 1 }
      if !overflow {
        line.append(contentsOf: buffer[start..<i])
        if line.count > max {
          overflow = true
          line = []
        }
      }
      if i < end {
        start = i + 1
        if overflow { return .tooLong }
        if line.last == 0x0D { line.removeLast() }
        return .line(line)
      }
      start = end
    }
  }

  /// Exactly `count` bytes; nil when the stream ends first.
  package mutating func read(count: Int) -> [UInt8]? {
    var out: [UInt8] = []
    out.reserveCapacity(count)
    while out.count < count {
      if start == end, !fill() { return nil }
      let take = min(count - out.count, end - start)
      out.append(contentsOf: buffer[start..<(start + take)])
      start += take
    }
    return out
  }

  /// Up to `count` bytes (fewer at the end of the stream).
  package mutating func read(upTo count: Int) -> [UInt8] {
    var out: [UInt8] = []
    while out.count < count {
      if start == end, !fill() { break }
      let take = min(count - out.count, end - start)
      out.append(contentsOf: buffer[start..<(start + take)])
      start += take
    }
    return out
  }

  /// A message of `length` bytes too long to take: its first bytes (to find its request id), the
  /// rest skipped by `skipRefused()` before the next frame is read, so the caller can answer first.
  package mutating func refuse(length: Int) -> Frame {
    let head = read(upTo: min(length, 4096))
    pendingSkip = length - head.count
    return .tooLarge(declared: length, head: head)
  }

  /// Skips what is left of a refused message.
  package mutating func skipRefused() {
    skip(pendingSkip)
    pendingSkip = 0
  }

  /// Skips `count` bytes (or to the end of the stream) without keeping them.
  package mutating func skip(_ count: Int) {
    var left = count
    while left > 0 {
      if start == end, !fill() { return }
      let take = min(left, end - start)
      start += take
      left -= take
    }
  }
}

/// LSP's base protocol: `Content-Length: N\r\n` (other headers ignored), a blank line, N bytes.
package struct LSPFrameReader: Sendable {
  package var input: ByteInput
  /// The largest message accepted.
  package let maxBytes: Int
  private var inJunk = false
  static let maxHeaderLine = 4096

  package init(input: ByteInput, maxBytes: Int) {
    self.input = input
    self.maxBytes = maxBytes
  }

  package mutating func next() -> Frame {
    input.skipRefused()
    var contentLength: Int?
    var headers = 0
    while true {
      switch input.readLine(max: Self.maxHeaderLine) {
      case .end:
        return .end
      case .tooLong:
        contentLength = nil
        headers = 0
        if let junk = junk("a header line longer than \(Self.maxHeaderLine) bytes") { return junk }
      case .line(let line):
        if line.isEmpty {
          if headers == 0 { continue }  // blank lines between messages
          guard let length = contentLength else {
            headers = 0
            if let junk = junk("a header without Content-Length") { return junk }
            continue
          }
          inJunk = false
          if length > maxBytes { return input.refuse(length: length) }
          guard let body = input.read(count: length) else { return .end }
          return .message(body)
        }
        headers += 1
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
          contentLength = nil
          headers = 0
          if let junk = junk("bytes that are not a header ('Name: value')") { return junk }
          continue
        }
        let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
        let value = trimmingSpaces(String(decoding: line[(colon + 1)...], as: UTF8.self))
        if name == "content-length" {
          if let n = Int(value), n >= 0 {
            contentLength = n
          } else if !value.isEmpty, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            contentLength = Int.max  // digits, but too many for an Int: over any limit
          } else {
            contentLength = nil
            headers = 0
            if let junk = junk("a Content-Length that is not a number") { return junk }
          }
        }
      }
    }
  }

  /// The error for the first bad bytes of a run; nil for the rest of the run.
  private mutating func junk(_ reason: String) -> Frame? {
    if inJunk { return nil }
    inJunk = true
    return .malformed(reason)
  }
}

/// Chrome's native messaging: a 32-bit length in native byte order, then that many bytes of
/// UTF-8 JSON.
package struct NativeFrameReader: Sendable {
  package var input: ByteInput
  package let maxBytes: Int

  package init(input: ByteInput, maxBytes: Int) {
    self.input = input
    self.maxBytes = maxBytes
  }

  package mutating func next() -> Frame {
    input.skipRefused()
    guard let prefix = input.read(count: 4) else { return .end }
    let length = Int(
      UInt32(prefix[0]) | UInt32(prefix[1]) << 8 | UInt32(prefix[2]) << 16 | UInt32(prefix[3]) << 24
    )
    if length == 0 { return .malformed("an empty message") }
    if length > maxBytes { return input.refuse(length: length) }
    guard let body = input.read(count: length) else { return .end }
    return .message(body)
  }

  /// A message framed for the browser.
  package static func frame(_ body: [UInt8]) -> [UInt8] {
    let n = UInt32(body.count)
    return [UInt8(n & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n >> 16 & 0xFF), UInt8(n >> 24)] + body
  }
}

extension LSPFrameReader {
  /// A message framed for the client.
  package static func frame(_ body: [UInt8]) -> [UInt8] {
    Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
  }
}

/// Whole writes to a file descriptor; false once the reader is gone (EPIPE) or the write failed.
package enum ByteOutput {
  package static func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if n <= 0 {
          if n < 0 && errno == EINTR { continue }
          return false
        }
        offset += n
      }
      return true
    }
  }
}

/// The request id in the first bytes of a message too large to parse (`"id": 12` or
/// `"id": "abc"`), so its error answer can name the request.
package func requestID(inHead head: [UInt8]) -> WireJSON {
  let pattern = Array("\"id\"".utf8)
  guard head.count > pattern.count else { return .null }
  var i = 0
  while i + pattern.count <= head.count {
    if Array(head[i..<(i + pattern.count)]) == pattern {
      var j = i + pattern.count
      while j < head.count, head[j] == 0x20 || head[j] == 0x09 { j += 1 }
      guard j < head.count, head[j] == UInt8(ascii: ":") else {
        i += 1
        continue
      }
      j += 1
      while j < head.count, head[j] == 0x20 || head[j] == 0x09 { j += 1 }
      var k = j
      if j < head.count, head[j] == UInt8(ascii: "\"") {
        k += 1
        while k < head.count, head[k] != UInt8(ascii: "\""), k - j < 200 { k += 1 }
        if k < head.count, let value = try? WireJSON.parse(Array(head[j...k])) { return value }
      } else {
        while k < head.count, (head[k] >= 0x30 && head[k] <= 0x39) || head[k] == UInt8(ascii: "-") {
          k += 1
        }
        if k > j, let value = try? WireJSON.parse(Array(head[j..<k])) { return value }
      }
      return .null
    }
    i += 1
  }
  return .null
}

/// `text` without leading and trailing spaces and tabs (a header value).
private func trimmingSpaces(_ text: String) -> String {
  var s = Substring(text)
  while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
  while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
  return String(s)
}

@inline(__always)
private func systemRead(_ fd: Int32, _ p: UnsafeMutablePointer<UInt8>, _ n: Int) -> Int {
  #if canImport(Glibc)
    Glibc.read(fd, p, n)
  #elseif canImport(Musl)
    Musl.read(fd, p, n)
  #elseif canImport(Darwin)
    Darwin.read(fd, p, n)
  #endif
}

@inline(__always)
private func systemWrite(_ fd: Int32, _ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(fd, p, n)
  #elseif canImport(Musl)
    Musl.write(fd, p, n)
  #elseif canImport(Darwin)
    Darwin.write(fd, p, n)
  #endif
}
