import CSQLite
import Foundation
import Testing

@testable import NoteAudit
import NoteAuditCorpus

#if canImport(Glibc)
  import Glibc
#endif

/// Nothing a history store holds can be confirmed against a guessed note without the key: the
/// whole-note hashes are keyed like every other value derived from a note (schema 3), and a store
/// written before them (schema 2, whole-note hashes as computed) is re-keyed when opened and gives
/// the same clone findings.
@Suite struct HistoryKeyedHashesTests {
  /// Two nights of generated notes (copy-forward chains and cross-patient reuse span both).
  static let nights: (first: [InputItem], second: [InputItem]) = {
    var generator = CorpusGenerator(seed: 5)
    let records = (1...600).map { line -> InputItem in
      var record = generator.next().record
      record.origin = RecordOrigin(file: "notes.jsonl", line: line)
      return .success(record)
    }
    return (Array(records.prefix(300)), Array(records.dropFirst(300)))
  }()

  /// The unkeyed whole-note hashes of `items`, as this library fingerprints them (what a store
  /// must never hold): exact and masked.
  static func unkeyedHashes(_ items: [InputItem]) -> (exact: [String: UInt64], masked: [UInt64]) {
    var exact: [String: UInt64] = [:]
    var masked: [UInt64] = []
    for item in items {
      guard let record = try? item.get() else { continue }
      let text = AuditRunTests.analyzer.document(for: record.text).document.text
      let fingerprint = Fingerprint(text)
      exact[record.id] = fingerprint.exactHash
      masked.append(fingerprint.maskedHash)
    }
    return (exact, masked)
  }

  /// Audits `items` with the store at `path` (JSON Lines) and returns the report.
  static func audit(_ items: [InputItem], store path: String, ids: HistoryIDs? = nil) throws
    -> String
  {
    var options = AuditRunTests.options(.jsonl)
    options.history = try HistorySession(path: path, ids: ids)
    let (outcome, report, _, _) = try AuditRunTests.run(items, options: options)
    #expect(outcome.historyError == nil && outcome.outputError == nil)
    return report
  }

  /// Writes a fixed 32-byte key beside `path` (mode 0600) before its store exists.
  static func placeKey(_ path: String, byte: UInt8 = 0x5a) throws {
    let keyPath = path + ".key"
    try Data((0..<32).map { byte &+ UInt8($0) }).write(to: URL(fileURLWithPath: keyPath))
    chmod(keyPath, 0o600)
  }

  /// Every integer of every row of every table, and every 8-byte word (either byte order, at any
  /// offset) of every blob.
  static func storedValues(_ path: String) throws -> Set<UInt64> {
    var db: OpaquePointer?
    #expect(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK)
    defer { sqlite3_close(db) }
    func rows(_ sql: String, _ body: (OpaquePointer) -> Void) {
      var statement: OpaquePointer?
      #expect(sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK)
      defer { sqlite3_finalize(statement) }
      guard let statement else { return }
      while sqlite3_step(statement) == SQLITE_ROW { body(statement) }
    }
    var tables: [String] = []
    rows("SELECT name FROM sqlite_master WHERE type = 'table'") {
      tables.append(String(cString: sqlite3_column_text($0, 0)))
    }
    #expect(Set(tables).isSuperset(of: ["notes", "bands", "templates", "template_df", "meta"]))
    var values: Set<UInt64> = []
    for table in tables {
      rows("SELECT * FROM \(table)") { row in
        for column in 0..<sqlite3_column_count(row) {
          switch sqlite3_column_type(row, column) {
          case SQLITE_INTEGER:
            values.insert(UInt64(bitPattern: sqlite3_column_int64(row, column)))
          case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(row, column))
            guard count >= 8, let base = sqlite3_column_blob(row, column) else { continue }
            let bytes = Array(UnsafeRawBufferPointer(start: base, count: count))
            for start in 0...(count - 8) {
              let word = bytes[start..<start + 8].reversed().reduce(UInt64(0)) {
                $0 << 8 | UInt64($1)
              }
              values.insert(word)
              values.insert(word.byteSwapped)
            }
          default: continue
          }
        }
      }
    }
    return values
  }

  /// Which of `values` the store's files hold as the big-endian bytes SQLite writes an 8-byte
  /// integer as, at any offset: on a live page or left behind on an old one.
  static func found(_ values: Set<UInt64>, inFilesOf path: String) throws -> Set<UInt64> {
    var found: Set<UInt64> = []
    for file in [path, path + "-wal"] where FileManager.default.fileExists(atPath: file) {
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
      var word: UInt64 = 0
      for (i, byte) in bytes.enumerated() {
        word = word << 8 | UInt64(byte)
        if i >= 7 && values.contains(word) { found.insert(word) }
      }
    }
    return found
  }

  @Test func theStoreHoldsNoUnkeyedWholeNoteHashOfAnAuditedNote() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("audit.db")
    _ = try Self.audit(Self.nights.first, store: path)
    _ = try Self.audit(Self.nights.second, store: path)
    let unkeyed = Self.unkeyedHashes(Self.nights.first + Self.nights.second)
    let guesses = Set(unkeyed.exact.values).union(unkeyed.masked)
    #expect(guesses.count > 500)

    let stored = try Self.storedValues(path)
    #expect(stored.isDisjoint(with: guesses))
    #expect(try Self.found(guesses, inFilesOf: path).isEmpty)

    // What the store holds instead: the same hashes keyed with its secret, one per judged note
    // (the scan above would have seen them unkeyed).
    let key = try HistoryStore(path: path, scheme: .current).key
    var exactColumn: [UInt64] = []
    try HistoryStore(path: path, scheme: .current).forEachFingerprint {
      exactColumn.append($0.exactHash)
      if let id = $0.noteID, let plain = unkeyed.exact[id] {
        #expect($0.exactHash == key.keyed(plain))
      } else {
        Issue.record("an exported note without its id or its text: \($0.name)")
      }
    }
    #expect(exactColumn.count > 400 && stored.isSuperset(of: exactColumn))
    // SQLite writes an integer of magnitude under 2^47 in six bytes or fewer, where an eight-byte
    // scan cannot see it: with a random key about one run in seventy holds such a hash. The scan
    // must find every hash written whole.
    let wide = Set(exactColumn).filter {
      let value = Int64(bitPattern: $0)
      return value < -(1 << 47) || value >= 1 << 47
    }
    #expect(wide.count > 400)
    #expect(try Self.found(wide, inFilesOf: path) == wide)
  }

  /// A store as the previous version wrote it (schema 2: the whole-note hashes seedless, as
  /// computed) is re-keyed when opened: its rows become those a fresh store holds, none of the
  /// unkeyed hashes is left in its files, and the next night reports the same clones, byte for
  /// byte, as with a store this version wrote — in either id mode.
  @Test(arguments: HistoryIDs.allCases)
  func aSchema2StoreIsRekeyedOnOpenAndFindsTheSameClones(_ ids: HistoryIDs) throws {
    let folder = try TemporaryFolder()
    let fresh = folder.file("fresh.db")
    let old = folder.file("old.db")
    try Self.placeKey(fresh)
    try Self.placeKey(old)
    let first = try Self.audit(Self.nights.first, store: fresh, ids: ids)
    #expect(try Self.audit(Self.nights.first, store: old, ids: ids) == first)

    // Back to schema 2: each row's whole-note hashes as the previous version stored them.
    let key = try HistoryStore(path: old, scheme: .current).key
    var db: OpaquePointer?
    #expect(sqlite3_open(old, &db) == SQLITE_OK)
    var statement: OpaquePointer?
    let sql = "UPDATE notes SET exact_hash = ?, masked_hash = ? WHERE note_key = ?"
    #expect(sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK)
    #expect(sqlite3_exec(db, "BEGIN", nil, nil, nil) == SQLITE_OK)
    var written = 0
    var guesses: Set<UInt64> = []
    for item in Self.nights.first {
      let record = try item.get()
      let fingerprint = Fingerprint(
        AuditRunTests.analyzer.document(for: record.text).document.text)
      sqlite3_reset(statement)
      sqlite3_bind_int64(statement, 1, Int64(bitPattern: fingerprint.exactHash))
      sqlite3_bind_int64(statement, 2, Int64(bitPattern: fingerprint.maskedHash))
      sqlite3_bind_int64(statement, 3, Int64(bitPattern: key.keyed(string: record.id)))
      #expect(sqlite3_step(statement) == SQLITE_DONE)
      if sqlite3_changes(db) == 1 {
        guesses.formUnion([fingerprint.exactHash, fingerprint.maskedHash])
      }
      written += Int(sqlite3_changes(db))
    }
    sqlite3_finalize(statement)
    #expect(sqlite3_exec(db, "PRAGMA user_version = 2; COMMIT", nil, nil, nil) == SQLITE_OK)
    sqlite3_close(db)
    let before = try HistoryStore(path: fresh, scheme: .current).stats().notes
    #expect(written == before && written > 200)
    #expect(try Self.found(guesses, inFilesOf: old) == guesses)

    // Opened: migrated, its rows now the fresh store's.
    do {
      let store = try HistoryStore(path: old, scheme: .current)
      #expect(try store.integrityCheck() == "ok")
      var rows: [HistoricalFingerprint] = []
      try store.forEachFingerprint { rows.append($0) }
      var expected: [HistoricalFingerprint] = []
      try HistoryStore(path: fresh, scheme: .current).forEachFingerprint { expected.append($0) }
      #expect(rows.count == expected.count)
      #expect(zip(rows, expected).filter { $0 != $1 }.map(\.0.name) == [])
    }
    var version: OpaquePointer?
    sqlite3_open(old, &db)
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &version, nil)
    #expect(sqlite3_step(version) == SQLITE_ROW && sqlite3_column_int(version, 0) == 3)
    sqlite3_finalize(version)
    sqlite3_close(db)
    #expect(try Self.storedValues(old).isDisjoint(with: guesses))
    #expect(try Self.found(guesses, inFilesOf: old).isEmpty)

    let second = try Self.audit(Self.nights.second, store: fresh)
    #expect(second.contains(#""earlier_run":true"#))
    #expect(try Self.audit(Self.nights.second, store: old) == second)
  }
}
