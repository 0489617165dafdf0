/// The clone search cut into steps that can run in different processes, for a batch too large
/// for one machine (Docs/ShardProtocol.md). A cluster computes what needs the whole batch — which
/// patients each group's sample takes, which notes share an LSH band, the connected components
/// of the verified pairs — and every decision stays here, made by the code `detect` runs, so the
/// answers are the same as one detector's over the whole batch:
///
/// 1. **Templates** (`learnt(samples:)`, one process): the sampled notes' counts → `BatchContext`.
/// 2. **Content** (`contents(_:)`, any partition): each note's shingles weighed with the context,
///    whether it is judged, its LSH band keys, and `NoteContent` for verification.
/// 3. **Verification** (`verify(_:)`, any partition): candidate pairs, both notes' content each.
/// 4. **Links** (`links(notes:pairs:)`, one connected component at a time): matches and groups.

/// What template learning found over the whole batch: the templates, and the sample counts rarity
/// is weighed from (the batch's, each named provider's). Bounded by the samples, not the batch.
package struct BatchContext: Sendable {
  package var templates = TemplateModel()
  var global = ShingleCounts()
  var providers: [String: ShingleCounts] = [:]

  init(
    templates: TemplateModel, global: ShingleCounts = ShingleCounts(),
    providers: [String: ShingleCounts] = [:]
  ) {
    self.templates = templates
    self.global = global
    self.providers = providers
  }

  package func encoded() -> [UInt8] {
    var w = BinaryWriter()
    func hashes(_ w: inout BinaryWriter, _ values: [UInt32]) {
      w.array(values) { $0.unsigned(UInt64($1)) }
    }
    func named<T>(
      _ w: inout BinaryWriter, _ dictionary: [String: T], _ write: (inout BinaryWriter, T) -> Void
    ) {
      w.array(dictionary.sorted { $0.key < $1.key }) { w, entry in
        w.string(entry.key)
        write(&w, entry.value)
      }
    }
    func counts(_ w: inout BinaryWriter, _ c: ShingleCounts) {
      w.unsigned(UInt64(c.sampledPatients))
      w.unsigned(UInt64(c.sampledNotes))
      hashes(&w, c.shingles)
      w.array(c.patients) { $0.unsigned(UInt64($1)) }
      w.array(c.notes) { $0.unsigned(UInt64($1)) }
      w.array(c.valuedPatients) { $0.unsigned(UInt64($1)) }
    }
    hashes(&w, templates.global)
    named(&w, templates.byClinic, hashes)
    named(&w, templates.byProvider, hashes)
    counts(&w, global)
    named(&w, providers, counts)
    return w.bytes
  }

  package init?(encoded bytes: [UInt8]) {
    typealias Failure = BinaryReader.Malformed
    var r = BinaryReader(bytes)
    func hashes(_ r: inout BinaryReader) throws(Failure) -> [UInt32] {
      try r.array { r throws(Failure) in UInt32(try r.count(atMost: Int(UInt32.max))) }
    }
    func named<T>(_ r: inout BinaryReader, _ read: (inout BinaryReader) throws(Failure) -> T)
      throws(Failure) -> [String: T]
    {
      let entries = try r.array { r throws(Failure) in (try r.string(), try read(&r)) }
      return Dictionary(entries, uniquingKeysWith: { a, _ in a })
    }
    func counts(_ r: inout BinaryReader) throws(Failure) -> ShingleCounts {
      var c = ShingleCounts()
      c.sampledPatients = try r.count(atMost: Int(Int32.max))
      c.sampledNotes = try r.count(atMost: Int(Int32.max))
      c.shingles = try hashes(&r)
      let small = { (r: inout BinaryReader) throws(Failure) in
        Int32(try r.count(atMost: Int(Int32.max)))
      }
      c.patients = try r.array(small)
      c.notes = try r.array(small)
      c.valuedPatients = try r.array(small)
      guard c.patients.count == c.shingles.count, c.notes.count == c.shingles.count,
        c.valuedPatients.count == c.shingles.count
      else {
        throw Failure(offset: 0)
      }
      return c
    }
    do throws(Failure) {
      templates = TemplateModel(
        global: try hashes(&r), byClinic: try named(&r, hashes), byProvider: try named(&r, hashes))
      global = try counts(&r)
      providers = try named(&r, counts)
    } catch {
      return nil
    }
    guard r.isAtEnd else { return nil }
  }
}

/// One note as verification and linking need it: its content shingles with their weights (template
/// shingles, weight 0, left out: they never count), the hashes and measurements `verified` reads,
/// and what a match names (id, date).
package struct NoteContent: Sendable {
  package var id: String
  package var date: ServiceDate?
  /// `CloneDetector.patientKey`; 0 for a note without a patient id.
  package var patientKey: UInt64
  var exactHash: UInt64 = 0
  var maskedHash: UInt64 = 0
  var numbers: [UInt32] = []
  var shingles: [UInt32] = []
  var weights: [UInt8] = []
  var valueTags: [UInt8] = []
  var total: Int32 = 0
  var contentCount: Int32 = 0

  /// What linking needs of a note: id, date, patient.
  package init(id: String, date: ServiceDate?, patientKey: UInt64) {
    self.id = id
    self.date = date
    self.patientKey = patientKey
  }

  package func encoded() -> [UInt8] {
    var w = BinaryWriter()
    w.string(id)
    w.write(date)
    w.fixed(patientKey)
    w.fixed(exactHash)
    w.fixed(maskedHash)
    w.array(numbers) { $0.unsigned(UInt64($1)) }
    w.array(shingles) { $0.unsigned(UInt64($1)) }
    w.array(weights) { $0.unsigned(UInt64($1)) }
    w.array(valueTags) { $0.unsigned(UInt64($1)) }
    w.unsigned(UInt64(total))
    w.unsigned(UInt64(contentCount))
    return w.bytes
  }

  package init?(encoded bytes: [UInt8]) {
    typealias Failure = BinaryReader.Malformed
    var r = BinaryReader(bytes)
    let hash32 = { (r: inout BinaryReader) throws(Failure) in
      UInt32(try r.count(atMost: Int(UInt32.max)))
    }
    let byte = { (r: inout BinaryReader) throws(Failure) in UInt8(try r.count(atMost: 255)) }
    do throws(Failure) {
      id = try r.string()
      date = try r.date()
      patientKey = try r.fixed()
      exactHash = try r.fixed()
      maskedHash = try r.fixed()
      numbers = try r.array(hash32)
      shingles = try r.array(hash32)
      weights = try r.array(byte)
      valueTags = try r.array(byte)
      total = Int32(try r.count(atMost: Int(Int32.max)))
      contentCount = Int32(try r.count(atMost: Int(Int32.max)))
    } catch {
      return nil
    }
    guard r.isAtEnd, weights.count == shingles.count, valueTags.count == shingles.count else {
      return nil
    }
  }
}

/// A pair of notes to verify, with how `detect` would compare them.
package struct CandidatePair: Sendable {
  package enum Mode: Sendable {
    /// One patient's series: unweighted, numbers masked.
    case series
    /// Across patients, from LSH bands; `largeBatch` past `exhaustivePairsLimit` judged notes.
    case band(largeBatch: Bool)
  }

  package var first: NoteContent
  package var second: NoteContent
  package var mode: Mode

  package init(first: NoteContent, second: NoteContent, mode: Mode) {
    self.first = first
    self.second = second
    self.mode = mode
  }
}

extension CloneDetector {
  /// A detector over notes already weighed elsewhere (`contents`): what `verify` and `links` read.
  init(configuration: CloneConfiguration, prepared notes: [NoteContent]) {
    self.init(configuration: configuration)
    for (i, note) in notes.enumerated() {
      ids.append(note.id)
      noteKeys.append(0)
      patientOfNote.append(Int32(i))
      patientKeys.append(note.patientKey)
      hasPatientID.append(note.patientKey != 0)
      clinicOfNote.append(0)
      providerOfNote.append(0)
      dates.append(note.date)
      exactHashes.append(note.exactHash)
      maskedHashes.append(note.maskedHash)
      simHashes.append(0)
      shingles.append(note.shingles)
      valueTags.append(contentsOf: note.valueTags)
      numbers.append(note.numbers)
    }
  }

  /// Step 1, the templates: the sampled notes (added in input order) and each one's place in its
  /// groups' samples — its patient's rank among the batch's, its clinic's and its provider's
  /// sampled patients (nil where the note is not in that sample) — to the batch's context.
  package func learnt(samples: [(global: Int?, clinic: Int?, provider: Int?)]) -> BatchContext {
    guard configuration.learnsTemplates else { return BatchContext(templates: TemplateModel()) }
    /// Each group's sampled patients' notes, patients by rank, in one pass over the samples.
    func series(groups: Int, of group: (Int) -> Int, _ rank: (Int) -> Int?) -> [[[Int32]]] {
      var byRank = [[Int: [Int32]]](repeating: [:], count: groups)
      for note in samples.indices {
        if let r = rank(note) { byRank[group(note)][r, default: []].append(Int32(note)) }
      }
      return byRank.map { ranks in ranks.keys.sorted().map { ranks[$0]! } }
    }
    func byName(_ names: [String], _ group: [Int32], _ rank: (Int) -> Int?)
      -> [String: ShingleCounts]
    {
      let sampled = series(groups: names.count, of: { Int(group[$0]) }, rank)
      return Dictionary(uniqueKeysWithValues: zip(names, sampled.map(counts)))
    }
    return learnt(
      global: counts(series(groups: 1, of: { _ in 0 }) { samples[$0].global }[0]),
      clinics: byName(clinics.names, clinicOfNote) { samples[$0].clinic },
      providers: byName(providers.names, providerOfNote) { samples[$0].provider })
  }

  /// Step 2, the content: each note (of any share of the batch) weighed with the batch's context;
  /// whether it is judged, and, when it is, its LSH band keys and content shingles (a note not
  /// judged is never verified) and, `exporting`, its row for the history (`detect(exporting:)`).
  package func contents(_ context: BatchContext, exporting: Bool = false) -> [(
    content: NoteContent, judged: Bool, bandKeys: [UInt32], exported: HistoricalFingerprint?
  )] {
    withContent(context.templates.merging(seeded), rarity(context)) { content in
      ids.indices.map { i in
        var note = NoteContent(id: ids[i], date: dates[i], patientKey: patientKey(ofIndex: i))
        note.exactHash = exactHashes[i]
        note.maskedHash = maskedHashes[i]
        note.numbers = Array(numbers[i])
        note.total = content.totals[i]
        note.contentCount = content.contentCounts[i]
        guard judged(content, i) else { return (note, false, [], nil) }
        for k in shingles.range(i) where content.weights[k] > 0 {
          note.shingles.append(content.values[k])
          note.weights.append(content.weights[k])
          note.valueTags.append(content.valueTags[k])
        }
        let signature = content.signature(i)
        return (
          note, true, MinHash.bandKeys(of: signature),
          exporting ? exported(i, signature) : nil
        )
      }
    }
  }

  /// Step 3, verification: each candidate as `detect` verifies it in a batch of `patients`
  /// patients (distinct patient ids, and each note without one); a pair's `first` and `second`
  /// are 0 and 1 (its candidate's notes).
  package static func verify(
    _ candidates: [CandidatePair], configuration: CloneConfiguration, patients: Int
  ) -> [ClonePair?] {
    var detector = CloneDetector(
      configuration: configuration, prepared: candidates.flatMap { [$0.first, $0.second] })
    detector.batchPatients = patients
    return detector.withRuns(
      weights: candidates.flatMap { $0.first.weights + $0.second.weights },
      totals: candidates.flatMap { [$0.first.total, $0.second.total] },
      contentCounts: candidates.flatMap { [$0.first.contentCount, $0.second.contentCount] }
    ) { content in
      candidates.indices.map { k in
        detector.verified(2 * k, 2 * k + 1, candidates[k].mode, in: content).map {
          ClonePair(
            first: 0, second: 1, similarity: $0.similarity, kind: $0.kind, detail: $0.detail)
        }
      }
    }
  }

  /// Step 3 against the history: tonight's note (as its history row) and an earlier night's that
  /// share a band, verified as `detect` verifies such a pair — on their signatures, the earlier
  /// note's text being long gone; `first` and `second` are 0 and 1.
  package static func verify(
    _ tonight: HistoricalFingerprint, against earlier: HistoricalFingerprint,
    configuration: CloneConfiguration
  ) -> ClonePair? {
    var note = NoteContent(id: "", date: tonight.date, patientKey: tonight.patientKey ?? 0)
    note.exactHash = tonight.exactHash
    note.maskedHash = tonight.maskedHash
    var detector = CloneDetector(configuration: configuration, prepared: [note])
    detector.history = [earlier]
    return detector.verified(
      0, 1, Resemblance(estimate: MinHash.estimate(tonight.minHash, earlier.minHash)))
  }

  /// Step 4, links: the matches of each note and the group of one connected component of verified
  /// pairs, its notes in input order and then its earlier nights' notes in the history's order (a
  /// pair's `first` and `second` index `notes` followed by `history`).
  package static func links(
    notes: [NoteContent], history: [HistoricalFingerprint] = [], pairs: [ClonePair],
    configuration: CloneConfiguration
  )
    -> (result: CloneResult, id: (Int) -> String, date: (Int) -> ServiceDate?)
  {
    var detector = CloneDetector(configuration: configuration, prepared: notes)
    detector.history = history
    let pairs = pairs.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    let result = CloneResult(
      pairs: pairs, matches: detector.matches(pairs), groups: detector.groups(pairs),
      templates: TemplateModel(), judged: [], contentShingles: [], exported: [])
    return (result, detector.id, detector.date)
  }
}
