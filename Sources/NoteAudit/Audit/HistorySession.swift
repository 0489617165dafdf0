extension FingerprintScheme {
  /// The scheme of the fingerprints this version computes. Rows of another scheme in a store are
  /// never compared with tonight's (a changed normaliser or banding would make them meaningless).
  public static let current = FingerprintScheme(
    normalizer: 3, shingleWidth: Fingerprint.shingleWidth, seed: 1, slots: MinHash.slots,
    bands: MinHash.bands)
}

/// Connects a batch audit to a history store, so tonight's clone check sees earlier nights' notes.
///
/// The store holds keyed fingerprints, never text: shingle and patient hashes are keyed before any
/// fingerprint is computed from them, and so are the whole-note hashes (`keyed`; nothing stored
/// can be confirmed against a guessed note without the key); the note id is keyed too
/// (`keyedID`) and goes in beside its keyed hash, so an earlier note comes back under its id as
/// given — unless the store keeps ids keyed (`HistoryIDs.keyed`), when it comes back under an
/// opaque name
/// (`earlier note 2026-03-02 #3fa2…`, `HistoricalFingerprint.name`). What the clone check exports
/// is what the store writes and reads back (`HistoricalFingerprint`): nothing is converted here.
///
/// ```swift
/// let history = try HistorySession(path: "audit.db")
/// var options = AuditOptions()
/// options.keyed = history.keyed
/// options.exportsFingerprints = true
/// options.keyedID = history.keyedID
/// options.historyTemplates = history.templates
/// let batch = Auditor(analyzer: analyzer, options: options).run(source, history: try history.earlierNotes()) { _ in }
/// try history.record(batch.exported, templates: batch.templates)
/// ```
public final class HistorySession {
  public let store: HistoryStore

  /// Opens (or creates, 0600, with its key beside it) the store at `path`.
  ///
  /// - Parameter ids: how the store keeps note ids from now on (`--history-ids`); nil keeps its
  ///   mode (`plain` for a new store).
  public init(path: String, ids: HistoryIDs? = nil) throws(HistoryError) {
    store = try HistoryStore(path: path, scheme: .current, ids: ids)
  }

  /// The per-installation keyed hash, for `AuditOptions.keyed`: what shingle, measurement,
  /// patient and whole-note hashes are keyed with (and what `HistoryStore` re-keys the whole-note
  /// hashes of an older store with).
  public var keyed: @Sendable (UInt64) -> UInt64 { keying.keyed }

  /// The per-installation keyed hash of a note id, for `AuditOptions.keyedID`: the key a note is
  /// stored under.
  public var keyedID: @Sendable (String) -> UInt64 { keying.keyedID }

  /// Every earlier note of the current scheme, ready for `Auditor.run(_:history:)`.
  public func earlierNotes() throws -> [HistoricalFingerprint] {
    var notes: [HistoricalFingerprint] = []
    try store.forEachFingerprint { notes.append($0) }
    return notes
  }

  /// What earlier runs learnt is template, for tonight's clinics and providers: a small night then
  /// strips the same headers, footers and stock sentences its earlier notes were stored without.
  public var templates:
    @Sendable (_ clinics: Set<String>, _ providers: Set<String>) -> TemplateModel
  {
    HistoryKeying(key: store.key, stored: (try? store.templates()) ?? [:]).templates
  }

  private var keying: HistoryKeying { HistoryKeying(key: store.key) }

  /// Stores tonight's fingerprints and learnt templates in one transaction: a run killed before
  /// `commit` leaves the store as it was.
  public func record(_ notes: [HistoricalFingerprint], templates: TemplateModel = TemplateModel())
    throws(HistoryError)
  {
    try store.begin()
    do {
      try store.addTemplates(keying.stored(templates))
      for note in notes { try store.insert(note) }
      try store.commit()
    } catch {
      store.rollback()
      throw error
    }
  }
}

/// What a history hands an audit, wherever it is kept (`HistorySession`'s SQLite store, or a
/// cluster job's table through `noteaudit shard`, `HistoryTable`): the keyed hashes tonight's
/// fingerprints are made with, and the templates earlier runs learnt, stored under keyed names. One
/// type for both, so a note fingerprinted for either compares with the other's rows the same way.
package struct HistoryKeying: Sendable {
  package let key: FingerprintKey
  /// Template shingles earlier runs learnt, by keyed clinic or provider (`templateKey`; 0 holds the
  /// global ones).
  package var stored: [UInt64: [UInt32]]

  package init(key: FingerprintKey, stored: [UInt64: [UInt32]] = [:]) {
    self.key = key
    self.stored = stored
  }

  /// The keying with the templates of a table's rows: each key's rows of every run, united (what
  /// `HistoryStore.addTemplates` merges into one row).
  init(key: FingerprintKey, rows: [(key: UInt64, shingles: [UInt32])]) {
    var stored: [UInt64: Set<UInt32>] = [:]
    for row in rows { stored[row.key, default: []].formUnion(row.shingles) }
    self.init(key: key, stored: stored.mapValues { $0.sorted() })
  }

  var keyed: @Sendable (UInt64) -> UInt64 {
    let key = key
    return { key.keyed($0) }
  }

  var keyedID: @Sendable (String) -> UInt64 {
    let key = key
    return { key.keyed(string: $0) }
  }

  /// The options of an audit whose clone search takes this history in and hands tonight's
  /// fingerprints and templates out.
  package func configure(_ options: inout AuditOptions) {
    options.keyed = keyed
    options.keyedID = keyedID
    options.exportsFingerprints = true
    options.historyTemplates = templates
  }

  /// The store key of a clinic's or a provider's template shingles (0 holds the global ones).
  func templateKey(_ kind: String, _ name: String) -> UInt64 {
    key.keyed(string: "\(kind):\(name)") | 1
  }

  /// The stored templates of tonight's clinics and providers.
  var templates: @Sendable (_ clinics: Set<String>, _ providers: Set<String>) -> TemplateModel {
    let this = self
    return { clinics, providers in
      func lookup(_ kind: String, _ names: Set<String>) -> [String: [UInt32]] {
        var found: [String: [UInt32]] = [:]
        for name in names {
          if let shingles = this.stored[this.templateKey(kind, name)] { found[name] = shingles }
        }
        return found
      }
      return TemplateModel(
        global: this.stored[0] ?? [], byClinic: lookup("clinic", clinics),
        byProvider: lookup("provider", providers))
    }
  }

  /// A template model as it is stored: its shingles by keyed clinic or provider (0: global).
  package func stored(_ model: TemplateModel) -> [UInt64: [UInt32]] {
    var rows: [UInt64: [UInt32]] = [0: model.global]
    for (clinic, shingles) in model.byClinic { rows[templateKey("clinic", clinic)] = shingles }
    for (provider, shingles) in model.byProvider {
      rows[templateKey("provider", provider)] = shingles
    }
    return rows
  }
}
