/// Why the history store could not be used; every message names the file.
public enum HistoryError: Error, Hashable, Sendable, CustomStringConvertible {
  case cannotOpen(path: String, reason: String)
  case notADatabase(path: String)
  case notWritable(path: String)
  case schemaVersionMismatch(path: String, found: Int, expected: Int)
  /// The store has fingerprints but its key file is gone: they could never be matched again.
  case keyMissing(keyPath: String, storePath: String)
  case keyUnreadable(keyPath: String, reason: String)
  /// The key file can be read by others than its owner.
  case keyExposed(keyPath: String)
  /// The key file is not the one the store was written with.
  case keyMismatch(keyPath: String, storePath: String)
  /// `begin` while a run is open, or `insert`/`commit` without one.
  case noRunOpen(path: String)
  case runAlreadyOpen(path: String)
  case sqlite(path: String, code: Int32, message: String)

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason): "\(path): cannot open the history store: \(reason)"
    case .notADatabase(let path): "\(path): not a NoteAudit history store (not an SQLite database)"
    case .notWritable(let path): "\(path): the history store is not writable"
    case .schemaVersionMismatch(let path, let found, let expected):
      "\(path): history store schema version \(found), this NoteAudit reads version \(expected)"
    case .keyMissing(let keyPath, let storePath):
      "\(keyPath): key file missing; the fingerprints in \(storePath) were keyed with it and cannot be used without it"
    case .keyUnreadable(let keyPath, let reason):
      "\(keyPath): cannot read the history key: \(reason)"
    case .keyExposed(let keyPath):
      "\(keyPath): the history key is readable by other users; run chmod 600 on it"
    case .keyMismatch(let keyPath, let storePath):
      "\(keyPath): this key is not the one \(storePath) was written with"
    case .noRunOpen(let path): "\(path): no run is open (call begin first)"
    case .runAlreadyOpen(let path): "\(path): a run is already open (commit or roll it back first)"
    case .sqlite(let path, let code, let message): "\(path): SQLite error \(code): \(message)"
    }
  }
}
