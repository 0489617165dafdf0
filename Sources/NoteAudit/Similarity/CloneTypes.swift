/// The metadata a note brings to the clone index (the text stays with the caller).
public struct CloneNote: Sendable, Hashable {
  public var id: String
  public var patientID: String?
  public var date: ServiceDate?
  public var provider: String?
  public var clinic: String?

  public init(
    id: String, patientID: String? = nil, date: ServiceDate? = nil, provider: String? = nil,
    clinic: String? = nil
  ) {
    self.id = id
    self.patientID = patientID
    self.date = date
    self.provider = provider
    self.clinic = clinic
  }

  /// The metadata of an input record.
  public init(_ record: NoteRecord) {
    self.init(
      id: record.id, patientID: record.patientID, date: record.date, provider: record.provider,
      clinic: record.clinic)
  }
}

/// One verified clone pair; `first` < `second` are indices in the detector (tonight's notes first,
/// then earlier nights' in the order added).
public struct ClonePair: Hashable, Sendable {
  public var first: Int
  public var second: Int
  /// Jaccard similarity of the template-stripped shingles, or their containment when only that
  /// reached its threshold (estimated from signatures when one side comes from the history store).
  public var similarity: Double
  public var kind: CloneKind
  public var detail: String
}

/// Tunables of clone detection; the defaults are the documented operating point.
public struct CloneConfiguration: Sendable, Hashable {
  /// Verified similarity at or above which a pair is a clone.
  public var threshold = 0.8
  /// Containment (shared shingles over the smaller note's) at or above which a pair of different
  /// patients is a clone even below `threshold`: a body moved into another clinic's template or
  /// rendered by another provider (other stock sentences, another layout) with a sentence replaced.
  public var containmentThreshold = 0.8
  /// The same within one patient's series (copy-forward): yesterday's note with a sentence reworded,
  /// added or dropped. Lower than across patients because fresh notes of one patient share less
  /// than notes of one provider for different patients do (Docs/CloneDetection.md).
  public var copyForwardContainmentThreshold = 0.75
  /// A containment match also needs at least this Jaccard similarity, so a short note is not a
  /// clone of every long note that happens to contain its few sentences.
  public var containmentJaccardFloor = 0.5
  /// The floor for a pair of different patients in a batch past `exhaustivePairsLimit`. Higher because chance pairs across patients grow
  /// with the square of the batch: two unrelated notes built from the same few stock sentences
  /// (a long note with 20–40 content shingles) reach 0.8 containment at Jaccard 0.5–0.6, and were
  /// most of the false cross-patient pairs at 300k and 1M notes (Docs/CloneDetection.md).
  public var crossPatientContainmentJaccardFloor = 0.6
  /// A cross-patient pair that passes only on containment also needs at least this share of the
  /// measurements (numbers with the word before them) of the note with fewer in common.
  public var crossPatientMeasureAgreement = 0.3
  /// A pair of different patients also needs at least this share (by weight) of its shared content
  /// shingles with numbers to carry the same values (minutes, reps, distances, assist levels),
  /// unless it passes with the disagreeing ones left out: two notes assembled from the same stock
  /// sentences with their own measurements are independent; a reused note keeps most values.
  public var crossPatientValueAgreement = 0.3
  /// Past `exhaustivePairsLimit`, a cross-patient match needs shared distinctive weight of at
  /// least this many units per e-fold of the batch's patients beyond
  /// `crossPatientEvidenceBasePatients`. Distinctive weight: `v − 1` summed over the shared
  /// content shingles whose values agree (or that carry none), where `v` is how rare the shingle
  /// is with its values (`ShingleCounts.valuedPatients`: a stock `x 6 wks` counts as the phrase, a
  /// count of reps almost as a sentence of its own), 1 for a phrase in ~5 % of patients. Chance
  /// pairs of notes built from the same stock sentences grow with the batch (a combination of
  /// sentences 1 patient in 100,000 writes is in about 7 patients' notes of a 10M-note batch), so
  /// the evidence that one note was made from the other must grow with its logarithm
  /// (Docs/CloneDetection.md, "Precision as the batch grows"). 0: off, and a containment match
  /// needs agreeing measurements (`crossPatientMeasureAgreement`) as in a small batch.
  public var crossPatientEvidencePerEFold = 3.0
  /// Patients at and below which that requirement is 0.
  public var crossPatientEvidenceBasePatients = 2000
  /// With the rule above, a match on containment alone needs this much more: the shorter note's
  /// sentences can sit in any longer note that happens to hold them, so chance has many more ways
  /// to make a containment match than to make two notes alike as a whole.
  public var crossPatientContainmentEvidence = 8
  /// With the rule above, a containment match whose measurements do not agree
  /// (`crossPatientMeasureAgreement`) is not rejected but needs this much more distinctive weight:
  /// agreeing measurements are evidence of their own, and their absence (a reused note
  /// renumbered) is not proof of chance.
  public var crossPatientUnmeasuredEvidence = 8
  /// Notes with fewer distinct shingles left after template removal are not judged.
  public var minContentShingles = 20
  /// Learn template shingles from the batch (off for the plain whole-note baseline).
  public var learnsTemplates = true
  /// Weigh content shingles by their rarity over the batch and within the note's provider
  /// (`ShingleRarity`); off, every content shingle weighs the same.
  public var weighsByRarity = true
  /// A shingle is template in a clinic when at least this fraction of the clinic's (sampled)
  /// patients have it, and at least `clinicTemplateMinPatients` of them.
  public var clinicTemplateFraction = 0.5
  public var clinicTemplateMinPatients = 5
  /// A shingle is template for a provider when at least this fraction of the provider's (sampled)
  /// patients have it, and at least `providerTemplateMinPatients` of them.
  public var providerTemplateFraction = 0.5
  public var providerTemplateMinPatients = 3
  /// The same over all patients of the batch (generic phrases, disclaimers shared by clinics).
  public var globalTemplateFraction = 0.3
  public var globalTemplateMinPatients = 30
  /// A shingle is also template (per clinic and over the batch) when at least this fraction of the
  /// sampled notes (and at least 3) have it, from at least 2 patients: how a batch of a handful of
  /// patients learns its clinics' headers, which no shingle of it can reach the patient minimums.
  public var templateNoteFraction = 0.5
  /// Patients sampled per clinic (and, times ten, overall) to learn templates: bounds the learning
  /// cost whatever the batch size while still seeing any shingle of a frequent template.
  public var templateSamplePatients = 2000
  /// LSH buckets larger than this are linked as a chain instead of all pairs (bounds the work on
  /// mass-copied text; the union-find groups come out the same).
  public var maxBucketPairs = 48
  /// LSH candidates verified per note at most: those sharing the most bands with it. Bounds the
  /// work when many notes of one provider look alike.
  public var maxCandidatesPerNote = 48
  /// Batches with at most this many judged notes compare every cross-patient pair exactly instead
  /// of relying on LSH alone (125,000 pairs at the default: milliseconds).
  public var exhaustivePairsLimit = 500
  /// Matches listed per note (the best by similarity); groups keep every member.
  public var maxMatchesPerNote = 20

  public init() {}

  /// The plain whole-note 3-shingle Jaccard baseline: no template learning, every note judged.
  public static var baseline: CloneConfiguration {
    var c = CloneConfiguration()
    c.learnsTemplates = false
    c.weighsByRarity = false
    c.minContentShingles = 1
    c.containmentThreshold = 2
    c.copyForwardContainmentThreshold = 2
    return c
  }
}

/// Template shingles learnt from a batch or seeded from history: removed before similarity is judged.
public struct TemplateModel: Sendable, Hashable {
  /// Shingles that are template in every clinic (sorted).
  public var global: [UInt32]
  /// Shingles that are template in one clinic (sorted), by clinic name (`""` for notes without one).
  public var byClinic: [String: [UInt32]]
  /// Shingles that are one provider's own template (sorted), by provider name: signature, line
  /// layout, stock sentences.
  public var byProvider: [String: [UInt32]]

  public init(
    global: [UInt32] = [], byClinic: [String: [UInt32]] = [:], byProvider: [String: [UInt32]] = [:]
  ) {
    self.global = SortedHashes.unique(global.sorted())
    self.byClinic = byClinic.mapValues { SortedHashes.unique($0.sorted()) }
    self.byProvider = byProvider.mapValues { SortedHashes.unique($0.sorted()) }
  }

  /// Union of two models.
  public func merging(_ other: TemplateModel) -> TemplateModel {
    TemplateModel(
      global: global + other.global, byClinic: byClinic.merging(other.byClinic) { $0 + $1 },
      byProvider: byProvider.merging(other.byProvider) { $0 + $1 })
  }
}

/// One note's fingerprints as the history store keeps them and the clone detector compares them:
/// keyed hashes and the note's id, never its text. The one type for a note of an earlier night, on
/// both sides: `CloneDetector.detect(exporting:)` makes one for each of tonight's judged notes,
/// `HistoryStore` writes it and reads it back as it is, and the next night `CloneDetector`
/// compares tonight's notes with it.
///
/// Every value derived from the note's content is keyed with the store's secret where it is
/// computed, with the functions the history session hands out: `AuditOptions.keyed` for the
/// shingles and the two whole-note hashes (`exactHash`, `maskedHash`, keyed in
/// `Fingerprint.init(_:keyed:)`) and the patient id, `AuditOptions.keyedID` for the note id. So
/// nothing in a store can be confirmed against a guessed note (hash its normalised text, look the
/// hash up) without the key. The secret stays in the history stage (the detector sees only those
/// functions), the store writes what it is given, and nothing converts between a detector's record
/// and a store's.
///
/// `simHash`, `minHash` and `bandKeys` are not keyed again: they are functions of the keyed
/// shingle hashes alone (the SimHash of the keyed shingles, the MinHash of their upper 32 bits,
/// band keys of that signature), so computing them for a guessed text already needs the key, and
/// tonight's notes, fingerprinted with the same key, compare with the stored ones directly
/// (band-key and slot equality; Hamming distance for the SimHash). The whole-note hashes were the
/// exception until store schema 3: seedless hashes of the text, stored as computed. A store
/// written before then is re-keyed when opened (`HistoryStore`): keying is a function of the
/// stored value, so the same key applied to an old row gives what this version writes for the
/// note.
public struct HistoricalFingerprint: Sendable, Hashable {
  /// The note's id as given: always for tonight's notes; for an earlier note when its store keeps
  /// ids (`HistoryIDs.plain`), else nil.
  public var noteID: String?
  /// Keyed hash of the note's id (`AuditOptions.keyedID`): the store's key for the note, and with
  /// `date` what tells an earlier note apart from tonight's (a note audited again is not a clone of
  /// itself) and names it when the store keeps no id (`name`).
  public var noteKey: UInt64
  /// Keyed hash of the patient id (`CloneDetector.patientKey`), nil when the note had none.
  public var patientKey: UInt64?
  public var date: ServiceDate?
  /// Keyed hash of the normalised content, numbers by value (`Fingerprint.exactHash`).
  public var exactHash: UInt64
  /// The same with numbers masked: equal when only numbers, dates or minutes changed.
  public var maskedHash: UInt64
  /// SimHash of the keyed shingles (`Fingerprint.simHash`).
  public var simHash: UInt64
  /// Signature of the template-stripped keyed shingles (`MinHash.slots` values).
  public var minHash: [UInt32]
  /// One key per LSH band, in band order: `MinHash.bandKeys(of: minHash)`.
  public var bandKeys: [UInt32]

  /// - Parameter bandKeys: the signature's band keys when already known (a stored note's); nil
  ///   derives them from `minHash`.
  public init(
    noteID: String?, noteKey: UInt64, patientKey: UInt64?, date: ServiceDate?, exactHash: UInt64,
    maskedHash: UInt64, simHash: UInt64, minHash: [UInt32], bandKeys: [UInt32]? = nil
  ) {
    self.noteID = noteID
    self.noteKey = noteKey
    self.patientKey = patientKey
    self.date = date
    self.exactHash = exactHash
    self.maskedHash = maskedHash
    self.simHash = simHash
    self.minHash = minHash
    self.bandKeys = bandKeys ?? MinHash.bandKeys(of: minHash)
  }

  /// What reports call the note: its id as given, or where the store keeps no id its date and a
  /// prefix of its keyed id (`earlier note 2026-03-02 #3fa2…`).
  public var name: String {
    noteID
      ?? "earlier note \(date?.description ?? "undated") #\(String(noteKey, radix: 16).prefix(8))"
  }
}
