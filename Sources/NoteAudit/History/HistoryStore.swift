import CSQLite
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Fingerprints of earlier runs, kept in SQLite so tonight's notes are checked against earlier
/// nights' — never the note text: keyed hashes, and the note's id as given unless the store keeps
/// ids keyed too (`HistoryIDs.keyed`).
///
/// One run is one transaction: `begin()`, any number of `insert` and `addTemplates`, then
/// `commit()`. A run killed at any point leaves the store as it was before `begin()` (SQLite's
/// write-ahead log, `synchronous=FULL`). Every row carries the run and the fingerprint scheme;
/// queries only see rows of this store's scheme.
///
/// A note goes in and comes out as a `HistoricalFingerprint`, the clone detector's own record of
/// it, keyed before it arrives (`HistorySession`); the store writes its fields and reads them back
/// and computes no hash of its own — but once, when it migrates a store of schema 1 or 2, whose
/// whole-note hashes it re-keys with the key `HistorySession.keyed` applies. The columns
/// `provider_key` and `clinic_key` of schema 1 and 2 are kept, left NULL (nothing ever filled
/// them).
///
/// The secret that keys fingerprints lives beside the store as `<store>.key` (32 random bytes,
/// mode 0600), created with the store. The store file is created with mode 0600 too.
///
/// Not thread-safe: use one instance from one thread (or task) at a time.
public final class HistoryStore {
  /// 3: the whole-note hashes (`exact_hash`, `masked_hash`) are keyed like every other value
  /// derived from a note (`HistoricalFingerprint`); 2 stored them as computed, seedless. 2: notes
  /// keep their id beside the keyed fingerprints (`note_id`), and the store its id mode
  /// (`meta.id_mode`). A store of version 1 or 2 is migrated on open (`migrate`): its whole-note
  /// hashes re-keyed, and a version-1 store into the keyed id mode it was made in.
  public static let schemaVersion = 3
  public let path: String
  public var keyPath: String { path + ".key" }
  public let scheme: FingerprintScheme
  /// The installation's key; use it to key ids and shingles before storing or querying.
  public let key: FingerprintKey
  /// Whether notes keep their ids as given or only keyed hashes of them.
  public private(set) var ids: HistoryIDs = .plain

  private let db: SQLiteConnection
  private var schemeID: Int64?
  private var runID: Int64?
  private var runNotes = 0
  private var statements: [String: Statement] = [:]
  /// Notes of the open run not yet written (see `flushPending`); queries write them first.
  private var pendingNotes: [HistoricalFingerprint] = []
  private static let noteBatch = 1 << 14

  /// Opens (or creates) the store at `path`, creating its key file on first use.
  ///
  /// - Parameter ids: how notes keep their ids from now on; nil keeps the store's mode (`plain`
  ///   for a new store). Switching a store to `keyed` erases the ids it holds in one transaction;
  ///   switching to `plain` keeps the ids of the notes stored from then on.
  public init(path: String, scheme: FingerprintScheme, ids requested: HistoryIDs? = nil)
    throws(HistoryError)
  {
    self.path = path
    self.scheme = scheme
    let existed = access(path, F_OK) == 0
    if existed {
      guard access(path, R_OK | W_OK) == 0 else { throw .notWritable(path: path) }
    } else {
      try Self.createPrivateFile(path)
    }
    key = try FingerprintKey.loadOrCreate(
      keyPath: path + ".key", storePath: path, storeHasData: existed && Self.fileSize(path) > 0)
    db = try SQLiteConnection(path: path)
    // secure_delete: a deleted or overwritten id is zeroed on its page, not left in free space.
    try db.execute(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-65536; PRAGMA secure_delete=ON;"
    )
    try migrate(newStoreIDs: requested ?? .plain)
    ids = try storedIDMode()
    if let requested, requested != ids { try setIDMode(requested) }
    schemeID = try lookUpScheme()
  }

  // MARK: Runs

  /// Opens a run (one transaction). Throws if one is already open.
  public func begin() throws(HistoryError) {
    guard runID == nil else { throw .runAlreadyOpen(path: path) }
    try db.execute("BEGIN IMMEDIATE")
    do {
      if schemeID == nil {
        try statement(
          "INSERT INTO schemes(normalizer, shingle_width, seed, slots, bands) VALUES (?,?,?,?,?)"
        ).run([
          .int(Int64(scheme.normalizer)), .int(Int64(scheme.shingleWidth)), .hash(scheme.seed),
          .int(Int64(scheme.slots)), .int(Int64(scheme.bands)),
        ])
        schemeID = sqlite3_last_insert_rowid(db.handle)
      }
      try statement(
        "INSERT INTO runs(scheme, started, notes, committed) VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ','now'), 0, 0)"
      )
      .run([.int(schemeID ?? 0)])
      runID = sqlite3_last_insert_rowid(db.handle)
      runNotes = 0
    } catch {
      try? db.execute("ROLLBACK")
      throw error
    }
  }

  /// Adds (or replaces, for a note key seen before) one note's fingerprints to the open run.
  package func insert(_ fingerprint: HistoricalFingerprint) throws(HistoryError) {
    guard runID != nil else { throw .noRunOpen(path: path) }
    pendingNotes.append(fingerprint)
    if pendingNotes.count >= Self.noteBatch { try flushPending() }
  }

  /// Writes the buffered rows of the open run, each table in key order: sorted batches keep the
  /// B-tree writes local instead of one random page per row. With the 64 MB page cache this took
  /// 100,000 notes × 16 bands from 15.6 s to about 4 s (release build, this machine).
  private func flushPending() throws(HistoryError) {
    guard let runID, let schemeID, !pendingNotes.isEmpty else { return }
    pendingNotes.sort { $0.noteKey < $1.noteKey }
    let insertNote = try statement(
      """
      INSERT OR REPLACE INTO notes(scheme, note_key, run, patient_key, provider_key, clinic_key, day,
        exact_hash, masked_hash, simhash, minhash, band_keys, note_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
      """)
    var bands: [(band: Int64, key: Int64, note: Int64)] = []
    bands.reserveCapacity(pendingNotes.count * scheme.bands)
    for fingerprint in pendingNotes {
      try insertNote.run([
        .int(schemeID), .hash(fingerprint.noteKey), .int(runID),
        .optionalHash(fingerprint.patientKey), .null, .null,
        fingerprint.date.map { .int(Int64($0.dayNumber)) } ?? .null, .hash(fingerprint.exactHash),
        .hash(fingerprint.maskedHash), .hash(fingerprint.simHash),
        .blob(Self.bytes(fingerprint.minHash)),
        // 64-bit words, as every schema has kept band keys.
        .blob(Self.bytes(fingerprint.bandKeys.map(UInt64.init))),
        ids == .plain ? fingerprint.noteID.map { .text($0) } ?? .null : .null,
      ])
      let note = Int64(bitPattern: fingerprint.noteKey)
      for (i, bandKey) in fingerprint.bandKeys.enumerated() {
        bands.append((Int64(i), Int64(bandKey), note))
      }
    }
    bands.sort { ($0.band, $0.key, $0.note) < ($1.band, $1.key, $1.note) }
    let insertBand = try statement(
      "INSERT OR IGNORE INTO bands(scheme, band, band_key, note_key) VALUES (?,?,?,?)")
    for row in bands {
      try insertBand.run([.int(schemeID), .int(row.band), .int(row.key), .int(row.note)])
    }
    runNotes += pendingNotes.count
    pendingNotes.removeAll(keepingCapacity: true)
  }

  /// Adds to the document-frequency counts of keyed template shingles (shingle key → notes it was
  /// seen in this run). Nothing but the tests writes or reads these counts yet (internal: reached
  /// through `@testable import`).
  func addTemplateCounts(_ counts: [UInt64: Int]) throws(HistoryError) {
    guard runID != nil, let schemeID else { throw .noRunOpen(path: path) }
    let upsert = try statement(
      """
      INSERT INTO template_df(scheme, shingle_key, count) VALUES (?,?,?)
      ON CONFLICT(scheme, shingle_key) DO UPDATE SET count = count + excluded.count
      """)
    for (shingle, count) in counts {
      try upsert.run([.int(schemeID), .hash(shingle), .int(Int64(count))])
    }
  }

  /// Adds template shingles (keyed 32-bit shingle hashes) by a keyed clinic or provider (0 for
  /// shingles that are template everywhere) to what earlier runs learnt, inside the open run.
  public func addTemplates(_ byClinic: [UInt64: [UInt32]]) throws(HistoryError) {
    guard runID != nil, let schemeID else { throw .noRunOpen(path: path) }
    let existing = try templates()
    let upsert = try statement(
      "INSERT OR REPLACE INTO templates(scheme, clinic_key, shingles) VALUES (?,?,?)")
    for (clinic, shingles) in byClinic.sorted(by: { $0.key < $1.key }) {
      let merged = Array(Set(shingles).union(existing[clinic] ?? [])).sorted()
      try upsert.run([.int(schemeID), .hash(clinic), .blob(Self.bytes(merged))])
    }
  }

  /// Template shingles learnt by earlier runs, by keyed clinic (0: everywhere).
  public func templates() throws(HistoryError) -> [UInt64: [UInt32]] {
    guard let schemeID else { return [:] }
    let query = try statement("SELECT clinic_key, shingles FROM templates WHERE scheme = ?")
    try query.bind([.int(schemeID)])
    var result: [UInt64: [UInt32]] = [:]
    while try query.step() { result[UInt64(bitPattern: query.int(0))] = Self.words(query.blob(1)) }
    return result
  }

  /// Commits the open run: all its rows become visible at once.
  public func commit() throws(HistoryError) {
    guard let runID else { throw .noRunOpen(path: path) }
    try flushPending()
    try statement("UPDATE runs SET notes = ?, committed = 1 WHERE id = ?").run([
      .int(Int64(runNotes)), .int(runID),
    ])
    try db.execute("COMMIT")
    self.runID = nil
  }

  /// Abandons the open run, if any: none of its rows are kept.
  public func rollback() {
    guard runID != nil else { return }
    pendingNotes.removeAll()
    try? db.execute("ROLLBACK")
    runID = nil
  }

  // MARK: Queries

  // Look-ups by key that only the tests use (a run reads the store once, through
  // `forEachFingerprint`): internal, reached through `@testable import`.

  /// Stored notes sharing at least one band key (same band number) with `bandKeys`, each once.
  func candidates(bandKeys: [UInt32]) throws(HistoryError) -> [HistoricalFingerprint] {
    guard let schemeID else { return [] }
    try flushPending()
    let query = try statement(
      "SELECT note_key FROM bands WHERE scheme = ? AND band = ? AND band_key = ?")
    var seen = Set<UInt64>()
    var keys: [UInt64] = []
    for (i, bandKey) in bandKeys.enumerated() {
      try query.bind([.int(schemeID), .int(Int64(i)), .int(Int64(bandKey))])
      while try query.step() {
        let key = UInt64(bitPattern: query.int(0))
        if seen.insert(key).inserted { keys.append(key) }
      }
    }
    var result: [HistoricalFingerprint] = []
    for key in keys {
      if let fingerprint = try fingerprint(noteKey: key) { result.append(fingerprint) }
    }
    return result
  }

  /// The stored notes of one patient (keyed), oldest first.
  func candidates(patientKey: UInt64) throws(HistoryError) -> [HistoricalFingerprint] {
    try fingerprints(where: "patient_key = ? ORDER BY day, note_key", [.hash(patientKey)])
  }

  /// Stored notes with the same exact-content hash.
  func candidates(exactHash: UInt64) throws(HistoryError) -> [HistoricalFingerprint] {
    try fingerprints(where: "exact_hash = ?", [.hash(exactHash)])
  }

  /// The stored note with this key, if any.
  func fingerprint(noteKey: UInt64) throws(HistoryError) -> HistoricalFingerprint? {
    try fingerprints(where: "note_key = ?", [.hash(noteKey)]).first
  }

  /// Calls `body` with every stored fingerprint of the scheme, in note-key order, without holding
  /// them all: for nights large enough that an in-memory join beats one query per note.
  package func forEachFingerprint(_ body: (HistoricalFingerprint) throws -> Void) throws {
    guard let schemeID else { return }
    try flushPending()
    let query = try db.prepare(
      "SELECT \(Self.columns) FROM notes WHERE scheme = ? ORDER BY note_key")
    try query.bind([.int(schemeID)])
    while try query.step() { try body(Self.fingerprint(from: query)) }
  }

  /// Document-frequency counts for the given keyed shingles; shingles never seen are absent.
  func documentFrequencies(for shingleKeys: [UInt64]) throws(HistoryError) -> [UInt64: Int] {
    guard let schemeID else { return [:] }
    let query = try statement("SELECT count FROM template_df WHERE scheme = ? AND shingle_key = ?")
    var result: [UInt64: Int] = [:]
    for shingle in shingleKeys {
      try query.bind([.int(schemeID), .hash(shingle)])
      if try query.step() { result[shingle] = Int(query.int(0)) }
    }
    return result
  }

  // MARK: Maintenance

  /// Counts over the whole store (all schemes).
  public func stats() throws(HistoryError) -> HistoryStats {
    let query = try db.prepare(
      """
      SELECT (SELECT count(*) FROM notes), (SELECT count(DISTINCT patient_key) FROM notes),
        (SELECT min(day) FROM notes), (SELECT max(day) FROM notes),
        (SELECT count(*) FROM runs WHERE committed = 1), (SELECT count(*) FROM schemes),
        (SELECT count(*) FROM template_df), (SELECT count(*) FROM notes WHERE note_id IS NOT NULL)
      """)
    try query.bind([])
    _ = try query.step()
    func date(_ column: Int32) -> ServiceDate? {
      query.isNull(column) ? nil : ServiceDate(daysSince1970: Int(query.int(column)))
    }
    return HistoryStats(
      notes: Int(query.int(0)), patients: Int(query.int(1)), firstDate: date(2), lastDate: date(3),
      runs: Int(query.int(4)), schemes: Int(query.int(5)), templateShingles: Int(query.int(6)),
      sizeBytes: Self.fileSize(path) + Self.fileSize(path + "-wal"), ids: ids,
      notesWithIDs: Int(query.int(7)))
  }

  /// Deletes the fingerprints of notes dated before `date` (all schemes) and returns how many.
  /// Template counts are kept: they are not dated.
  @discardableResult
  public func prune(before date: ServiceDate) throws(HistoryError) -> Int {
    guard runID == nil else { throw .runAlreadyOpen(path: path) }
    try db.execute("BEGIN IMMEDIATE")
    do {
      let day = SQLValue.int(Int64(date.dayNumber))
      try statement(
        "DELETE FROM bands WHERE (scheme, note_key) IN (SELECT scheme, note_key FROM notes WHERE day < ?)"
      ).run([day])
      try statement("DELETE FROM notes WHERE day < ?").run([day])
      let removed = Int(sqlite3_changes(db.handle))
      try db.execute("COMMIT")
      return removed
    } catch {
      try? db.execute("ROLLBACK")
      throw error
    }
  }

  /// SQLite's own consistency check (`PRAGMA integrity_check`): "ok" when the file is sound.
  public func integrityCheck() throws(HistoryError) -> String {
    let query = try db.prepare("PRAGMA integrity_check")
    try query.bind([])
    var lines: [String] = []
    while try query.step() { lines.append(query.text(0)) }
    return lines.joined(separator: "\n")
  }

  // MARK: Internals

  private func statement(_ sql: String) throws(HistoryError) -> Statement {
    if let cached = statements[sql] { return cached }
    let prepared = try db.prepare(sql)
    statements[sql] = prepared
    return prepared
  }

  private static let columns =
    "note_key, patient_key, day, exact_hash, masked_hash, simhash, minhash, band_keys, note_id"

  private func fingerprints(where condition: String, _ values: [SQLValue]) throws(HistoryError)
    -> [HistoricalFingerprint]
  {
    guard let schemeID else { return [] }
    try flushPending()
    let query = try statement("SELECT \(Self.columns) FROM notes WHERE scheme = ? AND \(condition)")
    try query.bind([.int(schemeID)] + values)
    var result: [HistoricalFingerprint] = []
    while try query.step() { result.append(Self.fingerprint(from: query)) }
    return result
  }

  private static func fingerprint(from row: Statement) -> HistoricalFingerprint {
    func hash(_ column: Int32) -> UInt64? {
      row.isNull(column) ? nil : UInt64(bitPattern: row.int(column))
    }
    return HistoricalFingerprint(
      noteID: row.isNull(8) ? nil : row.text(8), noteKey: hash(0) ?? 0, patientKey: hash(1),
      date: row.isNull(2) ? nil : ServiceDate(daysSince1970: Int(row.int(2))),
      exactHash: hash(3) ?? 0, maskedHash: hash(4) ?? 0, simHash: hash(5) ?? 0,
      minHash: words(row.blob(6)),
      bandKeys: (words(row.blob(7)) as [UInt64]).map { UInt32(truncatingIfNeeded: $0) })
  }

  /// Little-endian bytes of fixed-width words (portable blobs).
  static func bytes<T: FixedWidthInteger>(_ words: [T]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(words.count * T.bitWidth / 8)
    for word in words {
      for shift in stride(from: 0, to: T.bitWidth, by: 8) {
        out.append(UInt8(truncatingIfNeeded: word >> shift))
      }
    }
    return out
  }

  static func words<T: FixedWidthInteger>(_ bytes: [UInt8]) -> [T] {
    let width = T.bitWidth / 8
    return stride(from: 0, to: bytes.count - bytes.count % width, by: width).map { start in
      (0..<width).reduce(T.zero) { $0 | T(truncatingIfNeeded: bytes[start + $1]) << (8 * $1) }
    }
  }

  /// Creates the tables of a new store, or brings an older one to `schemaVersion`.
  private func migrate(newStoreIDs: HistoryIDs) throws(HistoryError) {
    let found = try storedSchemaVersion()
    if found == Self.schemaVersion {
      try checkKey()
      return
    }
    if found == 1 || found == 2 {
      try checkKey()
      try db.execute("BEGIN IMMEDIATE")
      do {
        if found == 1 {
          // Version 1 kept no ids (keyed hashes only): its notes stay so, and so does the store
          // until it is opened with `--history-ids plain`.
          try db.execute(
            """
            ALTER TABLE notes ADD COLUMN note_id TEXT;
            INSERT OR REPLACE INTO meta(name, value) VALUES ('id_mode', 1);
            """)
        }
        try rekeyWholeNoteHashes()
        try db.execute("PRAGMA user_version = \(Self.schemaVersion)")
        try db.execute("COMMIT")
      } catch {
        try? db.execute("ROLLBACK")
        throw error
      }
      // The unkeyed hashes stay on the store's old pages until a checkpoint copies the new ones
      // over them from the write-ahead log and empties it (`secure_delete` zeroes the index
      // cells they leave).
      try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
      return
    }
    guard found == 0 else {
      throw .schemaVersionMismatch(path: path, found: found, expected: Self.schemaVersion)
    }
    let tables = try db.prepare("SELECT count(*) FROM sqlite_master")
    try tables.bind([])
    _ = try tables.step()
    guard tables.int(0) == 0 else {
      throw .schemaVersionMismatch(path: path, found: 0, expected: Self.schemaVersion)
    }
    try db.execute(
      """
      BEGIN IMMEDIATE;
      CREATE TABLE meta(name TEXT PRIMARY KEY, value INTEGER NOT NULL);
      CREATE TABLE schemes(id INTEGER PRIMARY KEY, normalizer INTEGER NOT NULL, shingle_width INTEGER NOT NULL,
        seed INTEGER NOT NULL, slots INTEGER NOT NULL, bands INTEGER NOT NULL,
        UNIQUE(normalizer, shingle_width, seed, slots, bands));
      CREATE TABLE runs(id INTEGER PRIMARY KEY, scheme INTEGER NOT NULL, started TEXT NOT NULL,
        notes INTEGER NOT NULL, committed INTEGER NOT NULL);
      CREATE TABLE notes(scheme INTEGER NOT NULL, note_key INTEGER NOT NULL, run INTEGER NOT NULL,
        patient_key INTEGER, provider_key INTEGER, clinic_key INTEGER, day INTEGER,
        exact_hash INTEGER NOT NULL, masked_hash INTEGER NOT NULL, simhash INTEGER NOT NULL, minhash BLOB NOT NULL, band_keys BLOB NOT NULL,
        note_id TEXT, PRIMARY KEY(scheme, note_key)) WITHOUT ROWID;
      CREATE INDEX notes_patient ON notes(scheme, patient_key);
      CREATE INDEX notes_exact ON notes(scheme, exact_hash);
      CREATE INDEX notes_day ON notes(day);
      CREATE TABLE bands(scheme INTEGER NOT NULL, band INTEGER NOT NULL, band_key INTEGER NOT NULL,
        note_key INTEGER NOT NULL, PRIMARY KEY(scheme, band, band_key, note_key)) WITHOUT ROWID;
      CREATE TABLE template_df(scheme INTEGER NOT NULL, shingle_key INTEGER NOT NULL, count INTEGER NOT NULL,
        PRIMARY KEY(scheme, shingle_key)) WITHOUT ROWID;
      CREATE TABLE templates(scheme INTEGER NOT NULL, clinic_key INTEGER NOT NULL, shingles BLOB NOT NULL,
        PRIMARY KEY(scheme, clinic_key)) WITHOUT ROWID;
      PRAGMA user_version = \(Self.schemaVersion);
      """)
    do {
      try statement("INSERT INTO meta(name, value) VALUES ('key_check', ?)").run([.hash(key.check)])
      try statement("INSERT INTO meta(name, value) VALUES ('id_mode', ?)").run([
        .int(newStoreIDs == .keyed ? 1 : 0)
      ])
      try db.execute("COMMIT")
    } catch {
      try? db.execute("ROLLBACK")
      throw error
    }
  }

  /// The store's `user_version` (0 for a new file). The statement is finalised on return: one
  /// left on its row would hold a read open and lock the tables a migration alters.
  private func storedSchemaVersion() throws(HistoryError) -> Int {
    let version = try db.prepare("PRAGMA user_version")
    try version.bind([])
    _ = try version.step()
    return Int(version.int(0))
  }

  /// Schema 3: keys the whole-note hashes of every stored note (all schemes) as this version
  /// computes them, `FingerprintKey.keyed(_:)` of the seedless hash (what `HistorySession.keyed`
  /// hands the fingerprinting). Keying is a function of the stored value alone, so a re-keyed row
  /// is the row this version would have written for the note, and clone findings against it are
  /// the same. Inside the migration's transaction; rows in key order, read before any is written.
  private func rekeyWholeNoteHashes() throws(HistoryError) {
    let query = try db.prepare(
      "SELECT scheme, note_key, exact_hash, masked_hash FROM notes ORDER BY scheme, note_key")
    try query.bind([])
    var rows: [(scheme: Int64, note: Int64, exact: UInt64, masked: UInt64)] = []
    while try query.step() {
      rows.append(
        (
          query.int(0), query.int(1), UInt64(bitPattern: query.int(2)),
          UInt64(bitPattern: query.int(3))
        ))
    }
    let update = try db.prepare(
      "UPDATE notes SET exact_hash = ?, masked_hash = ? WHERE scheme = ? AND note_key = ?")
    for row in rows {
      try update.run([
        .hash(key.keyed(row.exact)), .hash(key.keyed(row.masked)), .int(row.scheme),
        .int(row.note),
      ])
    }
  }

  private func storedIDMode() throws(HistoryError) -> HistoryIDs {
    // Not cached: a cached statement left on its row would keep a read open (and the checkpoint
    // of `setIDMode` waiting).
    let query = try db.prepare("SELECT value FROM meta WHERE name = 'id_mode'")
    try query.bind([])
    return try query.step() && query.int(0) == 0 ? .plain : .keyed
  }

  /// Switches the store's id mode; to `keyed`, the ids it holds are erased in the same transaction.
  private func setIDMode(_ mode: HistoryIDs) throws(HistoryError) {
    try db.execute("BEGIN IMMEDIATE")
    do {
      if mode == .keyed {
        try db.execute("UPDATE notes SET note_id = NULL WHERE note_id IS NOT NULL")
      }
      try statement("INSERT OR REPLACE INTO meta(name, value) VALUES ('id_mode', ?)").run([
        .int(mode == .keyed ? 1 : 0)
      ])
      try db.execute("COMMIT")
    } catch {
      try? db.execute("ROLLBACK")
      throw error
    }
    // The old pages with ids are in the write-ahead log until a checkpoint copies the new ones
    // back and empties it.
    if mode == .keyed { try db.execute("PRAGMA wal_checkpoint(TRUNCATE)") }
    ids = mode
  }

  private func checkKey() throws(HistoryError) {
    let query = try db.prepare("SELECT value FROM meta WHERE name = 'key_check'")
    try query.bind([])
    guard try query.step(), UInt64(bitPattern: query.int(0)) == key.check else {
      throw .keyMismatch(keyPath: keyPath, storePath: path)
    }
  }

  private func lookUpScheme() throws(HistoryError) -> Int64? {
    let query = try statement(
      "SELECT id FROM schemes WHERE normalizer = ? AND shingle_width = ? AND seed = ? AND slots = ? AND bands = ?"
    )
    try query.bind([
      .int(Int64(scheme.normalizer)), .int(Int64(scheme.shingleWidth)), .hash(scheme.seed),
      .int(Int64(scheme.slots)), .int(Int64(scheme.bands)),
    ])
    return try query.step() ? query.int(0) : nil
  }

  // MARK: Files

  private static func createPrivateFile(_ path: String) throws(HistoryError) {
    let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
    fchmod(fd, 0o600)
    close(fd)
  }

  static func fileSize(_ path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }
}

extension ServiceDate {
  /// The date `days` days after 1970-01-01 (inverse of `dayNumber`).
  public init(daysSince1970 days: Int) {
    let z = days + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let month = mp < 10 ? mp + 3 : mp - 9
    self.init(
      year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: doy - (153 * mp + 2) / 5 + 1)
  }
}
