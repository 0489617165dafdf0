#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A report could not be written: the folder is missing or read-only, the disk is full, the
/// reader of a pipe went away.
public struct ReportOutputError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file named by `--output`, or `<stdout>`.
  public var path: String
  public var message: String
  /// The reader of standard output closed it (`noteaudit … | head`): not worth a message.
  public var isBrokenPipe: Bool

  public init(path: String, message: String, isBrokenPipe: Bool = false) {
    self.path = path
    self.message = message
    self.isBrokenPipe = isBrokenPipe
  }

  public var description: String { "\(path): \(message)" }

  static func system(_ path: String, _ action: String, errno code: Int32) -> ReportOutputError {
    ReportOutputError(
      path: path, message: "cannot \(action): \(String(cString: strerror(code)))",
      isBrokenPipe: code == EPIPE)
  }
}

/// Where a report goes: a file that appears only when complete, or standard output.
///
/// A file report is written to a temporary file (`.name.noteaudit-<pid>-<n>.tmp`, permission
/// 0600) in the destination's folder and renamed over the destination by `commit()`, so a run
/// that is killed or fails never leaves a half report, and readers never see one. If the sink is
/// released without `commit()`, the temporary file is removed. A destination that exists and is
/// not a regular file (`/dev/null`, `/dev/full`, a FIFO) is written directly.
///
/// A destination that is a symbolic link is replaced by the report (the link's target is left
/// alone).
///
/// Standard output is written in the large chunks the `ReportStream` hands over; `SIGPIPE` is
/// ignored so a closed pipe surfaces as `ReportOutputError.isBrokenPipe` instead of killing the
/// process.
public final class OutputSink {
  /// The name shown in errors.
  public let path: String
  private var fd: Int32
  private let temporaryPath: String?
  private var finished = false

  /// Standard output.
  public static func standardOutput() -> OutputSink {
    signal(SIGPIPE, SIG_IGN)
    return OutputSink(path: "<stdout>", fd: 1, temporaryPath: nil)
  }

  private init(path: String, fd: Int32, temporaryPath: String?) {
    self.path = path
    self.fd = fd
    self.temporaryPath = temporaryPath
  }

  /// Opens a report file at `path` (created 0600 on `commit()`).
  ///
  /// - Throws: `ReportOutputError` when the folder does not exist or is not writable, or the
  ///   path names a folder.
  public convenience init(file path: String) throws(ReportOutputError) {
    var info = stat()
    if stat(path, &info) == 0 {
      let type = info.st_mode & S_IFMT
      if type == S_IFDIR { throw ReportOutputError(path: path, message: "is a folder, not a file") }
      if type != S_IFREG {
        if type == S_IFIFO || type == S_IFSOCK { signal(SIGPIPE, SIG_IGN) }
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .system(path, "open for writing", errno: errno) }
        self.init(path: path, fd: fd, temporaryPath: nil)
        return
      }
    }
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    guard !name.isEmpty else {
      throw ReportOutputError(path: path, message: "is a folder, not a file")
    }
    var attempt = 0
    while true {
      let temporary = "\(folder).\(name).noteaudit-\(getpid())-\(attempt).tmp"
      let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      if fd >= 0 {
        self.init(path: path, fd: fd, temporaryPath: temporary)
        return
      }
      let code = errno
      attempt += 1
      if code != EEXIST || attempt > 100 {
        throw ReportOutputError(
          path: path,
          message:
            "cannot create the report in \(folder.isEmpty ? "." : folder): \(String(cString: strerror(code)))"
        )
      }
    }
  }

  deinit {
    if !finished { discard() }
  }

  /// Writes all of `bytes`, retrying short writes and interrupts.
  public func write(_ bytes: [UInt8]) throws(ReportOutputError) {
    try bytes.withUnsafeBufferPointer { buffer throws(ReportOutputError) in try write(buffer) }
  }

  /// Writes all of `bytes`, retrying short writes and interrupts.
  public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(ReportOutputError) {
    guard !finished else { throw ReportOutputError(path: path, message: "report already closed") }
    if let base = bytes.baseAddress {
      try all(bytes.count) { done in systemWrite(fd, base + done, bytes.count - done) }
    }
  }

  /// Calls `io(done)`, a write of what is left after the first `done` bytes returning how many it
  /// wrote, until `count` bytes are written: short writes and interrupts are retried, a failure
  /// discards the report.
  private func all(_ count: Int, _ io: (_ done: Int) -> Int) throws(ReportOutputError) {
    var done = 0
    while done < count {
      let n = io(done)
      if n > 0 {
        done += n
      } else if n < 0 && errno == EINTR {
        continue
      } else {
        let code = n == 0 ? EIO : errno
        discard()
        throw .system(path, "write the report", errno: code)
      }
    }
  }

  /// Finishes the report: flushes it to disk and renames it into place.
  public func commit() throws(ReportOutputError) {
    guard !finished else { return }
    guard let temporaryPath else {
      finished = true
      if fd > 2 { close(fd) }
      return
    }
    if fsync(fd) != 0 {
      let code = errno
      discard()
      throw .system(path, "write the report", errno: code)
    }
    if close(fd) != 0 {
      let code = errno
      fd = -1
      discard()
      throw .system(path, "write the report", errno: code)
    }
    fd = -1
    if rename(temporaryPath, path) != 0 {
      let code = errno
      discard()
      throw .system(path, "move the report into place", errno: code)
    }
    finished = true
  }

  /// Abandons the report: the temporary file is removed and the destination left untouched.
  public func discard() {
    guard !finished else { return }
    finished = true
    if fd > 2 { close(fd) }
    fd = -1
    if let temporaryPath { unlink(temporaryPath) }
  }
}

/// `write(2)`, named apart from `OutputSink.write(_:)`.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(fd, bytes, count)
}
