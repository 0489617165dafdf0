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
  public var keyed: @Sendable (UInt64) -> UInt64 {
    let key = store.key
    return { key.keyed($0) }
  }

  /// The per-installation keyed hash of a note id, for `AuditOptions.keyedID`: the key a note is
  /// stored under.
  public var keyedID: @Sendable (String) -> UInt64 {
    let key = store.key
    return { key.keyed(string: $0) }
  }

  /// Every earlier note of the current scheme, ready for `Auditor.run(_:history:)`.
  public func earlierNotes() throws -> [HistoricalFingerprint] {
    var notes: [HistoricalFingerprint] = []
    try store.forEachFingerprint { notes.append($0) }
    return notes
  }

  /// The store key of a clinic's or a provider's template shingles (0 holds the global ones).
  static func templateKey(_ key: FingerprintKey, _ kind: String, _ name: String) -> UInt64 {
    key.keyed(string: "\(kind):\(name)") | 1
  }

  /// What earlier runs learnt is template, for tonight's clinics and providers: a small night then
  /// strips the same headers, footers and stock sentences its earlier notes were stored without.
  public var templates:
    @Sendable (_ clinics: Set<String>, _ providers: Set<String>) -> TemplateModel
  {
    let key = store.key
    let stored = (try? store.templates()) ?? [:]
    return { clinics, providers in
      func lookup(_ kind: String, _ names: Set<String>) -> [String: [UInt32]] {
        var found: [String: [UInt32]] = [:]
        for name in names {
          if let shingles = stored[HistorySession.templateKey(key, kind, name)] {
            found[name] = shingles
          }
        }
        return found
      }
      return TemplateModel(
        global: stored[0] ?? [], byClinic: lookup("clinic", clinics),
        byProvider: lookup("provider", providers))
    }
  }

  /// Stores tonight's fingerprints and learnt templates in one transaction: a run killed before
  /// `commit` leaves the store as it was.
  public func record(_ notes: [HistoricalFingerprint], templates: TemplateModel = TemplateModel())
    throws(HistoryError)
  {
    try store.begin()
    do {
      var byClinic: [UInt64: [UInt32]] = [0: templates.global]
      for (clinic, shingles) in templates.byClinic {
        byClinic[Self.templateKey(store.key, "clinic", clinic)] = shingles
      }
      for (provider, shingles) in templates.byProvider {
        byClinic[Self.templateKey(store.key, "provider", provider)] = shingles
      }
      try store.addTemplates(byClinic)
      for note in notes { try store.insert(note) }
      try store.commit()
    } catch {
      store.rollback()
      throw error
    }
  }
}
