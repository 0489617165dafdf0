/// How a history store keeps note ids (`--history-ids`).
public enum HistoryIDs: String, Sendable, CaseIterable {
  /// The id as given beside its keyed hash, so a clone of an earlier night's note names it (the
  /// reviewer's key to open it in the EHR).
  case plain
  /// Only the keyed hash of the id, for organisations that forbid identifiers at rest; an earlier
  /// note is then named by its date and a prefix of that hash.
  case keyed
}

/// The parameters fingerprints depend on; fingerprints of different schemes are never compared.
public struct FingerprintScheme: Hashable, Sendable, CustomStringConvertible {
  /// Version of the text normaliser (bump when normalisation changes).
  public var normalizer: Int
  public var shingleWidth: Int
  public var seed: UInt64
  public var slots: Int
  public var bands: Int

  public init(normalizer: Int, shingleWidth: Int, seed: UInt64, slots: Int, bands: Int) {
    self.normalizer = normalizer
    self.shingleWidth = shingleWidth
    self.seed = seed
    self.slots = slots
    self.bands = bands
  }

  public var description: String {
    "normalizer \(normalizer), \(shingleWidth)-shingles, seed \(seed), \(slots) slots, \(bands) bands"
  }
}

/// What `noteaudit history stats` prints.
public struct HistoryStats: Hashable, Sendable {
  public var notes: Int
  public var patients: Int
  public var firstDate: ServiceDate?
  public var lastDate: ServiceDate?
  /// Committed runs.
  public var runs: Int
  public var schemes: Int
  /// Distinct template shingle keys with document-frequency counts.
  public var templateShingles: Int
  /// Bytes on disk: the store plus its write-ahead log.
  public var sizeBytes: Int
  /// How the store keeps note ids.
  public var ids: HistoryIDs
  /// Notes stored with their id as given.
  public var notesWithIDs: Int
}
