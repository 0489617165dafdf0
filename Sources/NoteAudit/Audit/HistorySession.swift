extension FingerprintScheme {
  /// The scheme of the fingerprints this version computes. Rows of another scheme in a store are
  /// never compared with tonight's (a changed normaliser or banding would make them meaningless).
  public static let current = FingerprintScheme(
    normalizer: 3, shingleWidth: Fingerprint.shingleWidth, seed: 1, slots: MinHash.slots,
    bands: MinHash.bands)
}

/// Connects a batch audit to a history store, so tonight's clone check sees earlier nights' notes.
///
/// The store holds keyed fingerprints, never text: shingle hashes are keyed before any
/// fingerprint is computed (`keyed`), patient, provider and clinic ids go in as keyed hashes, and
/// the note id goes in beside its keyed hash, so an earlier note comes back under its id as given
/// — unless the store keeps ids keyed (`HistoryIDs.keyed`), when it comes back under an opaque
/// name (`earlier note 2026-03-02 #3fa2…`).
///
/// ```swift
/// let history = try HistorySession(path: "audit.db")
/// var options = AuditOptions()
/// options.keyed = history.keyed
/// options.exportsFingerprints = true
/// options.historyName = history.historyName
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

  /// The per-installation keyed hash, for `AuditOptions.keyed`.
  public var keyed: @Sendable (UInt64) -> UInt64 {
    let key = store.key
    return { key.keyed($0) }
  }

  /// Every earlier note of the current scheme, ready for `Auditor.run(_:history:)`.
  public func earlierNotes() throws -> [HistoricalFingerprint] {
    var notes: [HistoricalFingerprint] = []
    try store.forEachFingerprint { stored in
      let name = Self.name(key: stored.noteKey, date: stored.date)
      var note = HistoricalFingerprint(
        noteKey: stored.noteID ?? name, patientKey: stored.patientKey ?? 0, date: stored.date,
        exactHash: stored.exactHash, maskedHash: stored.maskedHash, simHash: stored.simHash,
        minHash: stored.minHash)
      note.identity = name
      notes.append(note)
    }
    return notes
  }

  /// How an earlier note without its id is named in reports, and how every earlier note is told
  /// apart from tonight's: its date and a prefix of its keyed id.
  static func name(key: UInt64, date: ServiceDate?) -> String {
    "earlier note \(date?.description ?? "undated") #\(String(key, radix: 16).prefix(8))"
  }

  /// The name tonight's note would have in the history, so a note audited again is not reported as
  /// a clone of itself.
  public var historyName: @Sendable (String, ServiceDate?) -> String {
    let key = store.key
    return { id, date in HistorySession.name(key: key.keyed(string: id), date: date) }
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
      for note in notes {
        try store.insert(
          StoredFingerprint(
            noteKey: store.key.keyed(string: note.noteKey),
            patientKey: note.patientKey == 0 ? nil : note.patientKey,
            date: note.date, exactHash: note.exactHash, maskedHash: note.maskedHash,
            simHash: note.simHash,
            minHash: note.minHash, bandKeys: note.bandKeys.map(UInt64.init), noteID: note.noteKey))
      }
      try store.commit()
    } catch {
      store.rollback()
      throw error
    }
  }
}
