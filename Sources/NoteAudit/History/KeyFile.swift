#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The key file beside a history (`<store>.key`, `<table>.key`): 32 secret bytes, mode 0600. One
/// set of rules for the SQLite store and a cluster's history table: a key readable by others is
/// refused, a history with data but no key is refused (its fingerprints could never be matched
/// again), and a new history gets a new key from /dev/urandom.
extension FingerprintKey {
  /// A keyed hash of a constant, kept with the history: a history opened with another key file is
  /// refused, not silently unmatched.
  var check: UInt64 { keyed(string: "noteaudit history key check") }

  /// The key in `keyPath`, or nil when there is no such file.
  ///
  /// Any file the caller can open is read, a pipe too (`/dev/fd/N`: how a cluster job hands the
  /// key to a child process without writing it to an executor's disk); whatever it is, a mode
  /// that lets others read it is refused.
  public static func load(keyPath: String) throws(HistoryError) -> FingerprintKey? {
    var info = stat()
    guard stat(keyPath, &info) == 0 else { return nil }
    guard info.st_mode & 0o077 == 0 else { throw .keyExposed(keyPath: keyPath) }
    let bytes = try readAll(keyPath, count: 33)
    guard let key = FingerprintKey(bytes: bytes) else {
      throw .keyUnreadable(keyPath: keyPath, reason: "expected 32 bytes, found \(bytes.count)")
    }
    return key
  }

  /// The key in `keyPath`, or a new one written there (32 bytes from /dev/urandom, mode 0600) for
  /// a history with nothing in it yet.
  static func loadOrCreate(keyPath: String, storePath: String, storeHasData: Bool)
    throws(HistoryError) -> FingerprintKey
  {
    if let key = try load(keyPath: keyPath) { return key }
    if storeHasData { throw .keyMissing(keyPath: keyPath, storePath: storePath) }
    let secret = try readAll("/dev/urandom", count: 32)
    guard secret.count == 32, let key = FingerprintKey(bytes: secret) else {
      throw .keyUnreadable(keyPath: "/dev/urandom", reason: "short read")
    }
    let fd = open(keyPath, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      throw .keyUnreadable(keyPath: keyPath, reason: String(cString: strerror(errno)))
    }
    defer { close(fd) }
    fchmod(fd, 0o600)
    let written = secret.withUnsafeBytes { write(fd, $0.baseAddress, 32) }
    guard written == 32, fsync(fd) == 0 else {
      unlink(keyPath)
      throw .keyUnreadable(keyPath: keyPath, reason: "cannot write the new key")
    }
    return key
  }

  /// Up to `count` bytes of a file.
  private static func readAll(_ path: String, count: Int) throws(HistoryError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      throw .keyUnreadable(keyPath: path, reason: String(cString: strerror(errno)))
    }
    defer { close(fd) }
    var bytes = [UInt8](repeating: 0, count: count)
    var filled = 0
    while filled < count {
      let n = bytes.withUnsafeMutableBytes { buffer in
        buffer.baseAddress.map { read(fd, $0 + filled, count - filled) } ?? 0
      }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { break }
      filled += n
    }
    return Array(bytes[..<filled])
  }
}
