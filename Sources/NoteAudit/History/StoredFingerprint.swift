/// How a history store keeps note ids (`--history-ids`).
public enum HistoryIDs: String, Sendable, CaseIterable {
  /// The id as given beside its keyed hash, so a clone of an earlier night's note names it (the
  /// reviewer's key to open it in the EHR).
  case plain
  /// Only the keyed hash of the id, for organisations that forbid identifiers at rest; an earlier
  /// note is then named by its date and a prefix of that hash.
  case keyed
}

/// What the history store keeps of one note: keyed identifiers and similarity fingerprints, never
/// its text, and its id as given when the store keeps ids (`HistoryIDs.plain`). The similarity
/// engine fills it; ids go through `FingerprintKey.keyed(string:)` and band keys through
/// `FingerprintKey.keyed(_:)` before they arrive here.
package struct StoredFingerprint: Hashable, Sendable {
  /// Keyed hash of the record id.
  package var noteKey: UInt64
  /// The record id as given; nil in a store that keeps ids keyed only.
  package var noteID: String?
  /// Keyed hash of the patient id, when the record has one.
  package var patientKey: UInt64?
  package var providerKey: UInt64?
  package var clinicKey: UInt64?
  package var date: ServiceDate?
  /// Hash of the normalised content (keyed by the caller if it should not be comparable across sites).
  package var exactHash: UInt64
  /// Hash of the content with numbers masked: equal when only numbers, dates or minutes changed.
  package var maskedHash: UInt64
  package var simHash: UInt64
  /// The MinHash signature (the scheme's slot count).
  package var minHash: [UInt32]
  /// One keyed key per LSH band, in band order.
  package var bandKeys: [UInt64]

  package init(
    noteKey: UInt64, patientKey: UInt64? = nil, providerKey: UInt64? = nil,
    clinicKey: UInt64? = nil,
    date: ServiceDate? = nil, exactHash: UInt64, maskedHash: UInt64 = 0, simHash: UInt64,
    minHash: [UInt32],
    bandKeys: [UInt64], noteID: String? = nil
  ) {
    self.noteKey = noteKey
    self.noteID = noteID
    self.patientKey = patientKey
    self.providerKey = providerKey
    self.clinicKey = clinicKey
    self.date = date
    self.exactHash = exactHash
    self.maskedHash = maskedHash
    self.simHash = simHash
    self.minHash = minHash
    self.bandKeys = bandKeys
  }

  /// The record's ids keyed with `key`, plus the given fingerprints.
  package init(
    record: NoteRecord, key: FingerprintKey, exactHash: UInt64, maskedHash: UInt64 = 0,
    simHash: UInt64,
    minHash: [UInt32], bandKeys: [UInt64]
  ) {
    self.init(
      noteKey: key.keyed(string: record.id),
      patientKey: record.patientID.map { key.keyed(string: $0) },
      providerKey: record.provider.map { key.keyed(string: $0) },
      clinicKey: record.clinic.map { key.keyed(string: $0) },
      date: record.date, exactHash: exactHash, maskedHash: maskedHash, simHash: simHash,
      minHash: minHash,
      bandKeys: bandKeys)
  }
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
