import Foundation

/// The Swift side of a history table a cluster job keeps (`noteaudit_spark.py --history DIR`,
/// Docs/Spark.md): the fingerprints `HistoryStore` keeps in SQLite, as rows of Parquet files the
/// job reads and appends to. The job moves the rows; this type keeps what makes them safe to keep
/// and meaningful to compare — the key and the id mode — under the store's rules.
///
/// - The secret is `DIR.key`, beside the table (`FingerprintKey.loadOrCreate`: 32 bytes, 0600,
///   refused when others can read it; a table with rows and no key is refused). It never goes into
///   a row: rows hold keyed values only, as the store's columns do (`HistoricalFingerprint.row`).
/// - `DIR/_noteaudit_history.json` holds the table's format, a keyed check value (a table opened
///   with another key is refused, not silently unmatched) and its id mode. It is written here when
///   the table is made; a later change of id mode is written by the job once the run that applies
///   it committed (`metadata`).
///
/// The rows themselves, their run folders and their commit are the job's (Docs/Spark.md).
public struct HistoryTable: Sendable {
  /// The layout of the table's folder and rows this version reads and writes.
  public static let format = 1
  public static let metadataFile = "_noteaudit_history.json"

  public let path: String
  public var keyPath: String { path + ".key" }
  public let key: FingerprintKey
  /// How rows keep note ids from this run on.
  public let ids: HistoryIDs
  /// The table kept ids and is switched to keyed: this run's commit rewrites the stored rows
  /// without them (the store's `setIDMode` erases them in its transaction too).
  public let erasesIDs: Bool

  /// Opens the table at `path` (a folder), making the folder (0700), its key and its metadata
  /// when there is no table yet.
  ///
  /// - Parameter requested: how rows keep ids from now on; nil keeps the table's mode (`plain` for
  ///   a new table).
  public init(path: String, ids requested: HistoryIDs? = nil) throws(HistoryError) {
    self.path = path
    let metadataPath = (path as NSString).appendingPathComponent(Self.metadataFile)
    let existing = FileManager.default.contents(atPath: metadataPath)
    if existing == nil { try Self.createFolder(path) }
    key = try FingerprintKey.loadOrCreate(
      keyPath: path + ".key", storePath: path, storeHasData: existing != nil)
    guard let existing else {
      ids = requested ?? .plain
      erasesIDs = false
      try Self.write(Self.metadata(key: key, ids: ids), to: metadataPath)
      return
    }
    guard let object = try? WireJSON.parse(Array(existing)), let format = object["format"]?.int
    else { throw .notADatabase(path: metadataPath) }
    guard format == Self.format else {
      throw .schemaVersionMismatch(path: metadataPath, found: format, expected: Self.format)
    }
    guard object["key_check"]?.string == String(key.check) else {
      throw .keyMismatch(keyPath: path + ".key", storePath: path)
    }
    guard let stored = object["ids"]?.string.flatMap(HistoryIDs.init(rawValue:)) else {
      throw .notADatabase(path: metadataPath)
    }
    ids = requested ?? stored
    erasesIDs = stored == .plain && ids == .keyed
  }

  /// The metadata file's text for this run's id mode: what the job writes once the run committed.
  public var metadata: String { Self.metadata(key: key, ids: ids) }

  private static func metadata(key: FingerprintKey, ids: HistoryIDs) -> String {
    "{\"format\":\(format),\"key_check\":\"\(key.check)\",\"ids\":\"\(ids.rawValue)\"}\n"
  }

  private static func createFolder(_ path: String) throws(HistoryError) {
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw .cannotOpen(path: path, reason: "\(error.localizedDescription)")
    }
  }

  private static func write(_ metadata: String, to path: String) throws(HistoryError) {
    do {
      try Data(metadata.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw .cannotOpen(path: path, reason: "\(error.localizedDescription)")
    }
  }
}

// MARK: Rows

/// A history table's rows as JSON objects (Docs/ShardProtocol.md, "History"): the columns of the
/// job's Parquet files, one to one. 64-bit values are signed decimal strings (JSON numbers are
/// doubles on many readers, this tool's too), read back exactly; 32-bit ones are numbers.
extension HistoricalFingerprint {
  /// The note's row; `note_id` only when the table keeps ids.
  func appendRow(into out: inout ReportBuffer, ids: HistoryIDs) {
    out.append("{\"note_key\":")
    out.append(signed: noteKey)
    out.append(",\"patient_key\":")
    if let patientKey { out.append(signed: patientKey) } else { out.append("null") }
    out.append(",\"day\":")
    if let date { out.append(int: date.dayNumber) } else { out.append("null") }
    out.append(",\"exact_hash\":")
    out.append(signed: exactHash)
    out.append(",\"masked_hash\":")
    out.append(signed: maskedHash)
    out.append(",\"sim_hash\":")
    out.append(signed: simHash)
    out.append(",\"min_hash\":")
    out.appendJSONArray(minHash) { $0.append(int: Int($1)) }
    out.append(",\"band_keys\":")
    out.appendJSONArray(bandKeys) { $0.append(int: Int($1)) }
    out.append(",\"note_id\":", jsonString: ids == .plain ? noteID : nil)
    out.append("}")
  }

  /// A row `appendRow` wrote (of this scheme: `MinHash.slots` values, `MinHash.bands` band keys
  /// that are the signature's), or nil.
  init?(row: WireJSON) {
    guard let noteKey = row["note_key"]?.signed64, let exact = row["exact_hash"]?.signed64,
      let masked = row["masked_hash"]?.signed64, let sim = row["sim_hash"]?.signed64,
      let minHash = row["min_hash"]?.hashes32, minHash.count == MinHash.slots,
      let bandKeys = row["band_keys"]?.hashes32, bandKeys == MinHash.bandKeys(of: minHash)
    else { return nil }
    let patient = row["patient_key"] ?? .null
    let day = row["day"] ?? .null
    let noteID = row["note_id"] ?? .null
    guard patient.isNull || patient.signed64 != nil,
      day.isNull || day.int.map({ abs($0) < 3_000_000 }) == true,
      noteID.isNull || noteID.string != nil
    else { return nil }
    self.init(
      noteID: noteID.string, noteKey: noteKey, patientKey: patient.signed64,
      date: day.int.map(ServiceDate.init(daysSince1970:)), exactHash: exact, maskedHash: masked,
      simHash: sim, minHash: minHash, bandKeys: bandKeys)
  }
}

/// A template row: one keyed clinic's or provider's template shingles (`template_key` 0: the
/// global ones), as `HistoryKeying.stored` keys them.
enum TemplateRow {
  static func append(key: UInt64, shingles: [UInt32], into out: inout ReportBuffer) {
    out.append("{\"template_key\":")
    out.append(signed: key)
    out.append(",\"shingles\":")
    out.appendJSONArray(shingles) { $0.append(int: Int($1)) }
    out.append("}")
  }

  static func read(_ row: WireJSON) -> (key: UInt64, shingles: [UInt32])? {
    guard let key = row["template_key"]?.signed64, let shingles = row["shingles"]?.hashes32 else {
      return nil
    }
    return (key, shingles)
  }
}

extension WireJSON {
  /// A signed 64-bit decimal string as the bits of a hash.
  var signed64: UInt64? { string.flatMap { Int64($0) }.map { UInt64(bitPattern: $0) } }

  /// An array of 32-bit hashes.
  var hashes32: [UInt32]? {
    guard let values = array else { return nil }
    var hashes: [UInt32] = []
    hashes.reserveCapacity(values.count)
    for value in values {
      guard let n = value.int, let hash = UInt32(exactly: n) else { return nil }
      hashes.append(hash)
    }
    return hashes
  }
}

extension ReportBuffer {
  /// A hash's bits as a signed 64-bit decimal string.
  mutating func append(signed hash: UInt64) {
    append("\"")
    append(string: String(Int64(bitPattern: hash)))
    append("\"")
  }
}
