import CSQLite
import Foundation
import Testing

@testable import NoteAudit

#if canImport(Glibc)
  import Glibc
#endif

/// A fresh folder per test, removed afterwards.
final class TemporaryFolder {
  let path: String
  init() throws {
    path =
      FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }
  deinit { try? FileManager.default.removeItem(atPath: path) }
  func file(_ name: String) -> String { path + "/" + name }
}

let testScheme = FingerprintScheme(normalizer: 1, shingleWidth: 3, seed: 0x5eed, slots: 8, bands: 4)

/// A made-up fingerprint whose fields all derive from `n` (band `b` key = n / 2 + b * 1000 so
/// neighbours share bands).
func sampleFingerprint(_ n: UInt64, patient: UInt64? = nil, day: Int = 20_000)
  -> HistoricalFingerprint
{
  HistoricalFingerprint(
    noteID: nil, noteKey: n &* 0x9E37_79B9_7F4A_7C15, patientKey: patient,
    date: ServiceDate(daysSince1970: day), exactHash: n % 3, maskedHash: 0, simHash: ~n,
    minHash: (0..<8).map { UInt32(truncatingIfNeeded: n &+ $0) },
    bandKeys: (0..<4).map { UInt32(n / 2) + $0 * 1000 })
}

extension HistoricalFingerprint {
  func with(noteID: String) -> HistoricalFingerprint {
    var copy = self
    copy.noteID = noteID
    return copy
  }
}

func fileMode(_ path: String) -> mode_t {
  var info = stat()
  return stat(path, &info) == 0 ? info.st_mode & 0o777 : 0xffff
}

@Suite struct HistoryStoreTests {
  @Test func sipHashMatchesTheReferenceVectors() {
    // Aumasson & Bernstein's vectors: key 00 01 .. 0f, message 00 01 .. (n-1).
    let k0: UInt64 = 0x0706_0504_0302_0100
    let k1: UInt64 = 0x0f0e_0d0c_0b0a_0908
    #expect(FingerprintKey.sipHash(k0: k0, k1: k1, bytes: []) == 0x726f_db47_dd0e_0e31)
    #expect(FingerprintKey.sipHash(k0: k0, k1: k1, bytes: Array(0..<8)) == 0x93f5_f579_9a93_2462)
    #expect(FingerprintKey.sipHash(k0: k0, k1: k1, bytes: Array(0..<15)) == 0xa129_ca61_49be_45e5)
    let key = FingerprintKey(bytes: Array(0..<16) + Array(repeating: 0, count: 16))
    #expect(key?.keyed(0x0706_0504_0302_0100) == 0x93f5_f579_9a93_2462)
    #expect(FingerprintKey(bytes: Array(0..<31)) == nil)
  }

  @Test func keyedHashesDependOnTheKey() throws {
    let a = try #require(FingerprintKey(bytes: Array(repeating: 1, count: 32)))
    let b = try #require(FingerprintKey(bytes: Array(repeating: 1, count: 31) + [2]))
    #expect(a.keyed(string: "P0000001") != b.keyed(string: "P0000001"))
    #expect(a.keyed(string: "P0000001") == a.keyed(string: "P0000001"))
    #expect(a.keyed(string: "P0000001") != a.keyed(string: "P0000002"))
    #expect(a.keyed(42) == a.keyed(42) && a.keyed(42) != a.keyed(43))
    // The string half of the secret: changing the last byte moves strings, not values.
    #expect(a.keyed(42) == b.keyed(42))
  }

  @Test func createsStoreAndKeyPrivatelyAndReusesTheKey() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("history.sqlite")
    let first = try HistoryStore(path: path, scheme: testScheme)
    let keyed = first.key.keyed(string: "N1")
    #expect(fileMode(path) == 0o600)
    #expect(fileMode(path + ".key") == 0o600)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path + ".key")).count == 32)
    let second = try HistoryStore(path: path, scheme: testScheme)
    #expect(second.key.keyed(string: "N1") == keyed)
    let other = try HistoryStore(path: folder.file("other.sqlite"), scheme: testScheme)
    #expect(other.key.keyed(string: "N1") != keyed)
    #expect(try first.integrityCheck() == "ok")
  }

  @Test func templatesAccumulateAcrossRunsAndARolledBackRunAddsNone() throws {
    let folder = try TemporaryFolder()
    let store = try HistoryStore(path: folder.file("h.sqlite"), scheme: testScheme)
    try store.begin()
    try store.addTemplates([0: [5, 3], 77: [9]])
    try store.commit()
    try store.begin()
    try store.addTemplates([0: [3, 4]])
    try store.commit()
    try store.begin()
    try store.addTemplates([77: [1]])
    store.rollback()
    #expect(try store.templates() == [0: [3, 4, 5], 77: [9]])
  }

  @Test func storesAndFindsFingerprints() throws {
    let folder = try TemporaryFolder()
    let store = try HistoryStore(path: folder.file("h.sqlite"), scheme: testScheme)
    try store.begin()
    for n in UInt64(0)..<10 {
      try store.insert(sampleFingerprint(n, patient: n % 2, day: 20_000 + Int(n)))
    }
    try store.commit()

    let five = sampleFingerprint(5, patient: 1, day: 20_005)
    #expect(try store.fingerprint(noteKey: five.noteKey) == five)
    #expect(try store.fingerprint(noteKey: 12345) == nil)
    // Notes 4 and 5 share every band key (n / 2); a query with one matching band finds both.
    let query: [UInt32] = [999_999, 1002, 999_998, 999_997]
    #expect(
      Set(try store.candidates(bandKeys: query).map(\.noteKey)) == [
        sampleFingerprint(4).noteKey, five.noteKey,
      ])
    // Band numbers matter: key 1002 in band 0 matches nothing.
    #expect(try store.candidates(bandKeys: [1002]).isEmpty)
    let patient = try store.candidates(patientKey: 1)
    #expect(patient.map(\.date?.dayNumber) == [20_001, 20_003, 20_005, 20_007, 20_009])
    #expect(try store.candidates(exactHash: 2).count == 3)

    let stats = try store.stats()
    #expect(stats.notes == 10 && stats.patients == 2 && stats.runs == 1 && stats.schemes == 1)
    #expect(stats.firstDate == ServiceDate(daysSince1970: 20_000))
    #expect(stats.lastDate == ServiceDate(daysSince1970: 20_009))
    #expect(stats.sizeBytes > 0)
  }

  @Test func countsTemplateShinglesAcrossRuns() throws {
    let folder = try TemporaryFolder()
    let store = try HistoryStore(path: folder.file("h.sqlite"), scheme: testScheme)
    try store.begin()
    try store.addTemplateCounts([1: 5, 2: 1])
    try store.commit()
    try store.begin()
    try store.addTemplateCounts([1: 3, 3: 2])
    try store.commit()
    #expect(try store.documentFrequencies(for: [1, 2, 3, 4]) == [1: 8, 2: 1, 3: 2])
    #expect(try store.stats().templateShingles == 3)
  }

  @Test func runsAreAllOrNothing() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("h.sqlite")
    do {
      let store = try HistoryStore(path: path, scheme: testScheme)
      try store.begin()
      try store.insert(sampleFingerprint(1))
      try store.commit()
      try store.begin()
      try store.insert(sampleFingerprint(2))
      #expect(throws: HistoryError.runAlreadyOpen(path: path)) { try store.begin() }
      store.rollback()
      try store.begin()
      try store.insert(sampleFingerprint(3))
      // Released without commit: the open run is abandoned.
    }
    let reopened = try HistoryStore(path: path, scheme: testScheme)
    #expect(try reopened.stats().notes == 1)
    #expect(try reopened.stats().runs == 1)
    #expect(try reopened.fingerprint(noteKey: sampleFingerprint(3).noteKey) == nil)
    #expect(throws: HistoryError.noRunOpen(path: path)) {
      try reopened.insert(sampleFingerprint(4))
    }
    #expect(throws: HistoryError.noRunOpen(path: path)) { try reopened.commit() }
  }

  @Test func schemesDoNotSeeEachOther() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("h.sqlite")
    let old = try HistoryStore(path: path, scheme: testScheme)
    try old.begin()
    try old.insert(sampleFingerprint(1, patient: 9))
    try old.commit()
    var newer = testScheme
    newer.slots = 16
    let store = try HistoryStore(path: path, scheme: newer)
    #expect(try store.candidates(patientKey: 9).isEmpty)
    #expect(try store.candidates(bandKeys: sampleFingerprint(1).bandKeys).isEmpty)
    try store.begin()
    try store.insert(sampleFingerprint(1, patient: 9))
    try store.commit()
    #expect(try store.candidates(patientKey: 9).count == 1)
    #expect(try store.stats().schemes == 2)
    #expect(try store.stats().notes == 2)
  }

  @Test func prunesNotesBeforeADate() throws {
    let folder = try TemporaryFolder()
    let store = try HistoryStore(path: folder.file("h.sqlite"), scheme: testScheme)
    try store.begin()
    for n in UInt64(0)..<10 { try store.insert(sampleFingerprint(n, day: 20_000 + Int(n))) }
    try store.commit()
    #expect(try store.prune(before: ServiceDate(daysSince1970: 20_004)) == 4)
    #expect(try store.stats().notes == 6)
    #expect(try store.stats().firstDate == ServiceDate(daysSince1970: 20_004))
    // The pruned notes' band rows are gone too.
    #expect(try store.candidates(bandKeys: sampleFingerprint(2).bandKeys).isEmpty)
    #expect(try store.candidates(bandKeys: sampleFingerprint(5).bandKeys).count == 2)
    #expect(try store.integrityCheck() == "ok")
  }

  @Test func refusesFilesItCannotUse() throws {
    let folder = try TemporaryFolder()
    let garbage = folder.file("notes.txt")
    try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: garbage))
    try Data(repeating: 1, count: 32).write(to: URL(fileURLWithPath: garbage + ".key"))
    chmod(garbage + ".key", 0o600)
    #expect(throws: HistoryError.notADatabase(path: garbage)) {
      try HistoryStore(path: garbage, scheme: testScheme)
    }

    let path = folder.file("h.sqlite")
    _ = try HistoryStore(path: path, scheme: testScheme)
    let keyPath = path + ".key"
    let secret = try Data(contentsOf: URL(fileURLWithPath: keyPath))
    chmod(keyPath, 0o644)
    #expect(throws: HistoryError.keyExposed(keyPath: keyPath)) {
      try HistoryStore(path: path, scheme: testScheme)
    }
    try Data(repeating: 7, count: 32).write(to: URL(fileURLWithPath: keyPath))
    chmod(keyPath, 0o600)
    #expect(throws: HistoryError.keyMismatch(keyPath: keyPath, storePath: path)) {
      try HistoryStore(path: path, scheme: testScheme)
    }
    try FileManager.default.removeItem(atPath: keyPath)
    #expect(throws: HistoryError.keyMissing(keyPath: keyPath, storePath: path)) {
      try HistoryStore(path: path, scheme: testScheme)
    }
    try secret.write(to: URL(fileURLWithPath: keyPath))
    chmod(keyPath, 0o600)

    var db: OpaquePointer?
    sqlite3_open(path, &db)
    sqlite3_exec(db, "PRAGMA user_version = 7", nil, nil, nil)
    sqlite3_close(db)
    #expect(throws: HistoryError.schemaVersionMismatch(path: path, found: 7, expected: 3)) {
      try HistoryStore(path: path, scheme: testScheme)
    }
    let missing = folder.file("no/such/dir/h.sqlite")
    #expect(throws: HistoryError.self) { try HistoryStore(path: missing, scheme: testScheme) }
    #expect(HistoryError.notADatabase(path: garbage).description.contains(garbage))
  }

  // MARK: Note ids

  @Test func idsAreKeptBesideTheKeyedHashesUnlessTheStoreIsKeyed() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("h.sqlite")
    var fingerprint = sampleFingerprint(1)
    fingerprint.noteID = "NOTE-ID-4711"
    do {
      let store = try HistoryStore(path: path, scheme: testScheme)
      #expect(store.ids == .plain)
      try store.begin()
      try store.insert(fingerprint)
      try store.commit()
      #expect(try store.fingerprint(noteKey: fingerprint.noteKey)?.noteID == "NOTE-ID-4711")
      #expect(try store.stats().notesWithIDs == 1)
    }
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: path)).range(of: Data("NOTE-ID-4711".utf8)) != nil)
    #expect(fileMode(path) == 0o600)

    // Switching to keyed erases the stored ids, from the file and its log too.
    do {
      let store = try HistoryStore(path: path, scheme: testScheme, ids: .keyed)
      #expect(try store.ids == .keyed && store.stats().ids == .keyed)
      #expect(try store.fingerprint(noteKey: fingerprint.noteKey)?.noteID == nil)
      try store.begin()
      try store.insert(sampleFingerprint(2, patient: 5).with(noteID: "NOTE-ID-4712"))
      try store.commit()
      #expect(try store.stats().notesWithIDs == 0)
    }
    for file in [path, path + "-wal"] where FileManager.default.fileExists(atPath: file) {
      let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
      #expect(bytes.range(of: Data("NOTE-ID-47".utf8)) == nil, "\(file)")
    }
    // The mode stays with the store; plain again keeps the ids stored from then on.
    #expect(try HistoryStore(path: path, scheme: testScheme).ids == .keyed)
    let plain = try HistoryStore(path: path, scheme: testScheme, ids: .plain)
    try plain.begin()
    try plain.insert(sampleFingerprint(3).with(noteID: "NOTE-ID-4713"))
    try plain.commit()
    #expect(try plain.stats().notesWithIDs == 1)
  }

  /// A store made by the version before ids (schema 1, these tables) is migrated on open: its
  /// fingerprints are kept, the whole-note hashes re-keyed (as schema 2 is, below), its notes
  /// have no ids and the store stays keyed.
  @Test func aVersion1StoreIsMigratedAndStaysKeyed() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("v1.sqlite")
    let fingerprint = sampleFingerprint(9, patient: 4)
    do {
      // The key file and key check as version 1 made them, from a store of today emptied of its tables.
      let store = try HistoryStore(path: path, scheme: testScheme)
      try store.begin()
      try store.insert(fingerprint)
      try store.commit()
    }
    var db: OpaquePointer?
    sqlite3_open(path, &db)
    let v1 = """
      BEGIN;
      CREATE TABLE notes_v1(scheme INTEGER NOT NULL, note_key INTEGER NOT NULL, run INTEGER NOT NULL,
        patient_key INTEGER, provider_key INTEGER, clinic_key INTEGER, day INTEGER,
        exact_hash INTEGER NOT NULL, masked_hash INTEGER NOT NULL, simhash INTEGER NOT NULL, minhash BLOB NOT NULL, band_keys BLOB NOT NULL,
        PRIMARY KEY(scheme, note_key)) WITHOUT ROWID;
      INSERT INTO notes_v1 SELECT scheme, note_key, run, patient_key, provider_key, clinic_key, day, exact_hash,
        masked_hash, simhash, minhash, band_keys FROM notes;
      DROP TABLE notes;
      ALTER TABLE notes_v1 RENAME TO notes;
      CREATE INDEX notes_patient ON notes(scheme, patient_key);
      CREATE INDEX notes_exact ON notes(scheme, exact_hash);
      CREATE INDEX notes_day ON notes(day);
      DELETE FROM meta WHERE name = 'id_mode';
      PRAGMA user_version = 1;
      COMMIT;
      """
    #expect(sqlite3_exec(db, v1, nil, nil, nil) == SQLITE_OK)
    sqlite3_close(db)

    let store = try HistoryStore(path: path, scheme: testScheme)
    #expect(store.ids == .keyed)
    var stored = fingerprint
    stored.noteID = nil
    stored.exactHash = store.key.keyed(fingerprint.exactHash)
    stored.maskedHash = store.key.keyed(fingerprint.maskedHash)
    #expect(try store.fingerprint(noteKey: fingerprint.noteKey) == stored)
    #expect(try store.integrityCheck() == "ok")
    try store.begin()
    try store.insert(sampleFingerprint(10).with(noteID: "kept-keyed"))
    try store.commit()
    #expect(try store.stats().notesWithIDs == 0 && store.stats().notes == 2)
  }

  // MARK: The detector's record

  /// What the clone check exports is what the store writes and reads back: the same value, with
  /// its id where the store keeps ids and without it (named by date and keyed id) where it does not.
  @Test func anExportedFingerprintComesBackAsItWasStored() throws {
    let folder = try TemporaryFolder()
    let store = try HistoryStore(path: folder.file("h.sqlite"), scheme: .current)
    let key = store.key
    var detector = CloneDetector(keyed: { key.keyed($0) }, keyedID: { key.keyed(string: $0) })
    for (n, body) in SimilarityDetectorTests.bodies(3).enumerated() {
      let text = SimilarityDetectorTests.clinic("Northside", body, day: 1 + n % 27)
      detector.add(
        Fingerprint(TokenizedText(text), keyed: { key.keyed($0) }),
        note: CloneNote(
          id: "N\(n)", patientID: n % 5 == 0 ? nil : "P\(n % 7)",
          date: n % 9 == 0 ? nil : ServiceDate(year: 2026, month: 2, day: 1 + n % 27)))
    }
    let exported = detector.detect(exporting: true).exported
    #expect(exported.count == 40)
    #expect(exported.allSatisfy { $0.bandKeys == MinHash.bandKeys(of: $0.minHash) })
    #expect(exported.contains { $0.patientKey == nil } && exported.contains { $0.date == nil })
    try store.begin()
    for note in exported { try store.insert(note) }
    try store.commit()
    func stored() throws -> [HistoricalFingerprint] {
      var notes: [HistoricalFingerprint] = []
      try store.forEachFingerprint { notes.append($0) }
      return notes
    }
    // In the store's order: by note key as SQLite compares it (signed).
    let byKey = exported.sorted { Int64(bitPattern: $0.noteKey) < Int64(bitPattern: $1.noteKey) }
    #expect(try stored() == byKey)
    #expect(exported.allSatisfy { $0.noteKey == key.keyed(string: $0.noteID ?? "") })

    let keyed = try HistoryStore(path: folder.file("h.sqlite"), scheme: .current, ids: .keyed)
    var notes: [HistoricalFingerprint] = []
    try keyed.forEachFingerprint { notes.append($0) }
    #expect(notes.map(\.noteID) == byKey.map { _ in nil })
    #expect(notes.map(\.bandKeys) == byKey.map(\.bandKeys))
    let first = try #require(notes.first)
    #expect(
      first.name
        == "earlier note \(first.date?.description ?? "undated") #\(String(first.noteKey, radix: 16).prefix(8))"
    )
  }

  /// A row as the version before one fingerprint type wrote it (its own stored record: provider
  /// and clinic keys, band keys as 64-bit words) reads as the detector's record: the table is
  /// the same (a store of that version has its whole-note hashes re-keyed when opened,
  /// `HistoryKeyedHashesTests`; this row is written into a store of today).
  @Test func aRowOfThePreviousRecordReadsAsTheDetectorsRecord() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("h.sqlite")
    let signature = (0..<UInt32(MinHash.slots)).map { $0 &* 0x9E37_79B9 }
    let bands = MinHash.bandKeys(of: signature)
    do {
      let store = try HistoryStore(path: path, scheme: testScheme)
      try store.begin()
      try store.commit()
    }
    var db: OpaquePointer?
    sqlite3_open(path, &db)
    let words = HistoryStore.bytes(bands.map(UInt64.init)).map { String(format: "%02x", $0) }
    let minHash = HistoryStore.bytes(signature).map { String(format: "%02x", $0) }
    let insert = """
      INSERT INTO notes(scheme, note_key, run, patient_key, provider_key, clinic_key, day,
        exact_hash, masked_hash, simhash, minhash, band_keys, note_id)
      VALUES (1, 77, 1, 5, 6, 7, 20500, 8, 9, 10, x'\(minHash.joined())', x'\(words.joined())', 'P-77');
      """
    #expect(sqlite3_exec(db, insert, nil, nil, nil) == SQLITE_OK)
    sqlite3_close(db)
    let store = try HistoryStore(path: path, scheme: testScheme)
    #expect(
      try store.fingerprint(noteKey: 77)
        == HistoricalFingerprint(
          noteID: "P-77", noteKey: 77, patientKey: 5, date: ServiceDate(daysSince1970: 20_500),
          exactHash: 8, maskedHash: 9, simHash: 10, minHash: signature))
  }

  // MARK: Killed mid-run

  static let childEnvironment = "NOTEAUDIT_HISTORY_CRASH_CHILD"
  static let childRows = 50_000

  /// The writer the crash test kills: not a test on its own (it only runs when the crash test
  /// starts this test binary again with the store path in the environment).
  @Test(.enabled(if: ProcessInfo.processInfo.environment[childEnvironment] != nil))
  func crashChildWriter() throws {
    let path = try #require(ProcessInfo.processInfo.environment[Self.childEnvironment])
    let store = try HistoryStore(path: path, scheme: testScheme)
    try store.begin()
    for n in 0..<Self.childRows {
      try store.insert(sampleFingerprint(1_000_000 + UInt64(n)))
      // Past the first batch of 16,384 rows, so SQLite pages of the open run are already written.
      if n == 16_500 { FileHandle.standardOutput.write(Data("HISTORY-CHILD-WRITING\n".utf8)) }
    }
    try store.commit()
    FileHandle.standardOutput.write(Data("HISTORY-CHILD-COMMITTED\n".utf8))
    sleep(60)
  }

  @Test func killedRunLeavesTheStoreConsistent() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("h.sqlite")
    do {
      let store = try HistoryStore(path: path, scheme: testScheme)
      try store.begin()
      for n in UInt64(0)..<500 { try store.insert(sampleFingerprint(n, patient: n % 7)) }
      try store.commit()
    }
    // Kill at different moments: early in the run, later in it, around the commit.
    var outcomes: Set<Int> = []
    for delay in [0, 30_000, 150_000, 400_000] {
      let child = Process()
      child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
      child.arguments = ["--testing-library", "swift-testing", "--filter", "crashChildWriter"]
      child.environment = ProcessInfo.processInfo.environment.merging([Self.childEnvironment: path])
      { $1 }
      let pipe = Pipe()
      child.standardOutput = pipe
      child.standardError = FileHandle.nullDevice
      try child.run()
      var seen = Data()
      while !String(decoding: seen, as: UTF8.self).contains("HISTORY-CHILD-WRITING") {
        let chunk = pipe.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        seen.append(chunk)
      }
      #expect(String(decoding: seen, as: UTF8.self).contains("HISTORY-CHILD-WRITING"))
      usleep(useconds_t(delay))
      kill(child.processIdentifier, SIGKILL)
      child.waitUntilExit()
      #expect(child.terminationReason == .uncaughtSignal)

      let store = try HistoryStore(path: path, scheme: testScheme)
      #expect(try store.integrityCheck() == "ok")
      let stats = try store.stats()
      let childNotes = stats.notes - 500
      #expect(childNotes == 0 || childNotes == Self.childRows, "partial run: \(childNotes) rows")
      outcomes.insert(childNotes)
      #expect(stats.runs == (childNotes == 0 ? 1 : 2))
      #expect(try store.candidates(patientKey: 3).count == 71)
      #expect(
        try store.fingerprint(noteKey: sampleFingerprint(499).noteKey)
          == sampleFingerprint(499, patient: 499 % 7))
      if childNotes == Self.childRows { break }
    }
    #expect(outcomes.contains(0), "no kill landed inside the run")
  }
}
