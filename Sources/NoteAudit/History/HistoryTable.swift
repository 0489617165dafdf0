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
