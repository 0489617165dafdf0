import CSQLite

/// A thin owner of one `sqlite3` handle and its prepared statements; errors name the store file.
final class SQLiteConnection {
  let path: String
  private(set) var handle: OpaquePointer?

  init(path: String) throws(HistoryError) {
    self.path = path
    var db: OpaquePointer?
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
    let rc = sqlite3_open_v2(path, &db, flags, nil)
    handle = db
    guard rc == SQLITE_OK else {
      let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      sqlite3_close_v2(db)
      handle = nil
      throw Self.classify(path: path, code: rc, message: message)
    }
    sqlite3_busy_timeout(db, 5000)
  }

  deinit { sqlite3_close_v2(handle) }

  /// Maps SQLite result codes to the errors a user can act on.
  static func classify(path: String, code: Int32, message: String) -> HistoryError {
    switch code & 0xff {
    case SQLITE_NOTADB: .notADatabase(path: path)
    case SQLITE_READONLY, SQLITE_PERM: .notWritable(path: path)
    case SQLITE_CANTOPEN: .cannotOpen(path: path, reason: message)
    default: .sqlite(path: path, code: code, message: message)
    }
  }

  func error(_ code: Int32) -> HistoryError {
    Self.classify(
      path: path, code: code, message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? "")
  }

  func execute(_ sql: String) throws(HistoryError) {
    var message: UnsafeMutablePointer<CChar>?
    let rc = sqlite3_exec(handle, sql, nil, nil, &message)
    defer { sqlite3_free(message) }
    guard rc == SQLITE_OK else {
      throw Self.classify(path: path, code: rc, message: message.map { String(cString: $0) } ?? "")
    }
  }

  func prepare(_ sql: String) throws(HistoryError) -> Statement {
    var statement: OpaquePointer?
    let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
    guard rc == SQLITE_OK, let statement else { throw error(rc) }
    return Statement(connection: self, statement: statement)
  }
}

/// A prepared statement, reset and rebound for each use.
final class Statement {
  private unowned let connection: SQLiteConnection
  private let statement: OpaquePointer

  fileprivate init(connection: SQLiteConnection, statement: OpaquePointer) {
    self.connection = connection
    self.statement = statement
  }

  deinit { sqlite3_finalize(statement) }

  /// Binds `values` (1-based, in order) after resetting the statement.
  func bind(_ values: [SQLValue]) throws(HistoryError) {
    sqlite3_reset(statement)
    sqlite3_clear_bindings(statement)
    for (i, value) in values.enumerated() {
      let index = Int32(i + 1)
      let rc: Int32
      switch value {
      case .int(let v): rc = sqlite3_bind_int64(statement, index, v)
      case .null: rc = sqlite3_bind_null(statement, index)
      case .text(let s): rc = sqlite3_bind_text(statement, index, s, -1, Self.transient)
      case .blob(let bytes):
        rc = bytes.withUnsafeBytes {
          sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), Self.transient)
        }
      }
      guard rc == SQLITE_OK else { throw connection.error(rc) }
    }
  }

  /// Steps once: true when a row is ready, false when done.
  func step() throws(HistoryError) -> Bool {
    let rc = sqlite3_step(statement)
    switch rc {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default: throw connection.error(rc)
    }
  }

  /// Runs a statement that returns no rows.
  func run(_ values: [SQLValue]) throws(HistoryError) {
    try bind(values)
    while try step() {}
  }

  func int(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

  func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

  func text(_ column: Int32) -> String {
    sqlite3_column_text(statement, column).map { String(cString: $0) } ?? ""
  }

  func blob(_ column: Int32) -> [UInt8] {
    let count = Int(sqlite3_column_bytes(statement, column))
    guard count > 0, let base = sqlite3_column_blob(statement, column) else { return [] }
    return Array(UnsafeRawBufferPointer(start: base, count: count))
  }

  /// SQLite copies bound text and blobs (`SQLITE_TRANSIENT`, which the C macro spells as -1).
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

enum SQLValue {
  case int(Int64)
  case text(String)
  case blob([UInt8])
  case null

  /// A 64-bit hash stored as SQLite's signed integer (same bits).
  static func hash(_ value: UInt64) -> SQLValue { .int(Int64(bitPattern: value)) }

  static func optionalHash(_ value: UInt64?) -> SQLValue { value.map(hash) ?? .null }
}
