import Foundation

/// Finds cloned notes in a batch (and against earlier nights) from their fingerprints.
///
/// Two passes over fingerprints held in memory (the notes themselves are not):
/// 1. **Templates and rarity.** Document frequency over distinct patients, per clinic, per provider
///    and over the batch, on a bounded sample of patients; shingles at or above the configured
///    frequency are template (`TemplateModel`, merged with any model seeded from history), and
///    every other shingle gets a weight by how rare it is over the batch and within its provider's
///    patients (`ShingleRarity`).
/// 2. **Clones.** Each note's non-template shingles, weighted, are its clinical content; notes with
///    too little content are not judged. Pairs within a patient are all compared exactly (a series
///    is short); pairs across patients come from LSH banding of the weighted content signatures
///    (32 bands × 4 rows, at most `maxCandidatesPerNote` per note) and are verified by exact
///    weighted Jaccard. Verified pairs are classified and joined into groups by union-find.
///
/// Output order depends only on the order notes were added, never on thread timing.
package struct CloneDetector: Sendable {
  package var configuration: CloneConfiguration
  let keyed: (@Sendable (UInt64) -> UInt64)?
  let keyedID: (@Sendable (String) -> UInt64)?

  var ids: [String] = []
  /// Parallel to `ids`: each note's key in the history store (`noteKey`).
  var noteKeys: [UInt64] = []
  var patientOfNote: [Int32] = []
  var clinicOfNote: [Int32] = []
  var hasPatientID: [Bool] = []
  var dates: [ServiceDate?] = []
  var exactHashes: [UInt64] = []
  var maskedHashes: [UInt64] = []
  var simHashes: [UInt64] = []
  var shingles = HashRuns()
  /// Parallel to `shingles.values`: each shingle's `Fingerprint.valueTags` entry.
  var valueTags: [UInt8] = []
  var numbers = HashRuns()

  var patientIndex: [String: Int32] = [:]
  var patientKeys: [UInt64] = []
  var patientNotes: [[Int32]] = []
  var clinics = Names()
  var providers = Names()
  /// Provider of each note (an index in `providers`; `""` when the record names none).
  var providerOfNote: [Int32] = []

  var history: [HistoricalFingerprint] = []
  var seeded = TemplateModel()
  /// The patients of the whole batch when this detector holds only some of its notes (a cluster's
  /// verification step, `ClonePhases.swift`); nil: its own.
  var batchPatients: Int?

  /// - Parameters:
  ///   - configuration: threshold and template settings.
  ///   - keyed: the same transform given to `Fingerprint`; also keys patient ids for history.
  ///   - keyedID: keys note ids for history (`AuditOptions.keyedID`).
  package init(
    configuration: CloneConfiguration = CloneConfiguration(),
    keyed: (@Sendable (UInt64) -> UInt64)? = nil, keyedID: (@Sendable (String) -> UInt64)? = nil
  ) {
    self.configuration = configuration
    self.keyed = keyed
    self.keyedID = keyedID
  }

  /// Number of tonight's notes added.
  package var count: Int { ids.count }

  /// The key a patient id is stored under in the history store.
  package func patientKey(_ patientID: String) -> UInt64 {
    let h = SimilarityHash.string(patientID)
    return keyed.map { $0(h) } ?? h
  }

  /// The key a note id is stored under in the history store (a seedless hash without `keyedID`).
  package func noteKey(_ id: String) -> UInt64 {
    keyedID.map { $0(id) } ?? SimilarityHash.string(id)
  }

  /// Adds tonight's note; returns its index (the order of `CloneResult.matches`).
  @discardableResult
  package mutating func add(_ fingerprint: Fingerprint, note: CloneNote) -> Int {
    let index = ids.count
    let clinic = clinics.index(note.clinic ?? "")
    // A note without a patient id is its own patient: template frequency then counts notes.
    let patient: Int32
    if let pid = note.patientID, let p = patientIndex[pid] {
      patient = p
    } else {
      patient = Int32(patientKeys.count)
      if let pid = note.patientID { patientIndex[pid] = patient }
      patientKeys.append(note.patientID.map(patientKey) ?? 0)
      patientNotes.append([])
    }
    patientNotes[Int(patient)].append(Int32(index))
    ids.append(note.id)
    noteKeys.append(noteKey(note.id))
    patientOfNote.append(patient)
    clinicOfNote.append(clinic)
    providerOfNote.append(providers.index(note.provider ?? ""))
    hasPatientID.append(note.patientID != nil)
    dates.append(note.date)
    exactHashes.append(fingerprint.exactHash)
    maskedHashes.append(fingerprint.maskedHash)
    simHashes.append(fingerprint.simHash)
    shingles.append(fingerprint.shingles)
    valueTags.append(
      contentsOf: fingerprint.valueTags.count == fingerprint.shingles.count
        ? fingerprint.valueTags : [UInt8](repeating: 0, count: fingerprint.shingles.count))
    numbers.append(fingerprint.numbers)
    return index
  }

  /// Adds earlier nights' notes: matched against tonight's through LSH, verified on signatures.
  ///
  /// A note audited again is in the history too: one with the key and the date of a note already
  /// added tonight is left out, so only its fresh fingerprint takes part (add tonight's notes
  /// first).
  package mutating func addHistory(_ notes: [HistoricalFingerprint]) {
    guard !notes.isEmpty else { return }
    struct Identity: Hashable {
      var key: UInt64
      var date: ServiceDate?
    }
    let tonight = Set(ids.indices.map { Identity(key: noteKeys[$0], date: dates[$0]) })
    history.reserveCapacity(history.count + notes.count)
    for note in notes where !tonight.contains(Identity(key: note.noteKey, date: note.date)) {
      history.append(note)
    }
  }

  /// Template shingles known from earlier nights, used together with those learnt from the batch.
  package mutating func seedTemplates(_ model: TemplateModel) {
    seeded = seeded.merging(model)
  }

  // MARK: Pass 1: templates

  /// Template shingles of this batch (merged with the seeded model).
  package func learnTemplates() -> TemplateModel { learn().templates }

  /// Template shingles and shingle rarity, from one count of each group's sample.
  func learn() -> (templates: TemplateModel, rarity: ShingleRarity) {
    guard configuration.learnsTemplates else { return (seeded, ShingleRarity(contexts: [])) }
    let sample = configuration.templateSamplePatients
    let context = learnt(
      global: counts(sampled(patientNotes, sample: sample * Self.globalSampleFactor)),
      clinics: Dictionary(
        uniqueKeysWithValues: zip(
          clinics.names, counts(by: clinicOfNote, groups: clinics.names.count))),
      providers: Dictionary(
        uniqueKeysWithValues: zip(
          providers.names, counts(by: providerOfNote, groups: providers.names.count))))
    return (context.templates.merging(seeded), rarity(context))
  }

  /// The global sample draws this many times `templateSamplePatients` patients.
  static let globalSampleFactor = 10

  /// Templates and the counts rarity is weighed from, given each group's sample counts: the
  /// batch's (`global`), each clinic's and each provider's, by name (`""`: notes without one).
  func learnt(
    global: ShingleCounts, clinics: [String: ShingleCounts], providers: [String: ShingleCounts]
  ) -> BatchContext {
    let globalRule = (configuration.globalTemplateFraction, configuration.globalTemplateMinPatients)
    let clinicRule = (configuration.clinicTemplateFraction, configuration.clinicTemplateMinPatients)
    // Providers: the signature, the way they write service lines and totals, their stock sentences.
    // Patients only: a provider with two patients could otherwise make a clone between them template.
    let providerRule = (
      configuration.providerTemplateFraction, configuration.providerTemplateMinPatients
    )
    func byName(_ counts: [String: ShingleCounts], _ rule: (Double, Int), noteRule: Bool)
      -> [String: [UInt32]]
    {
      var out: [String: [UInt32]] = [:]
      for (name, counts) in counts where !name.isEmpty || noteRule {
        let frequent = self.frequent(counts, patientRule: rule, noteRule: noteRule)
        if !frequent.isEmpty { out[name] = frequent }
      }
      return out
    }
    let templates = TemplateModel(
      global: frequent(global, patientRule: globalRule),
      byClinic: byName(clinics, clinicRule, noteRule: true),
      byProvider: byName(providers, providerRule, noteRule: false))
    // Rarity is weighed over the batch and within each named provider.
    return configuration.weighsByRarity
      ? BatchContext(
        templates: templates, global: global, providers: providers.filter { !$0.key.isEmpty })
      : BatchContext(templates: templates)
  }

  /// Rarity over the batch and within each provider, as this detector numbers its providers
  /// (context 0 the batch, 1 + p provider p; none for notes without a provider).
  func rarity(_ context: BatchContext) -> ShingleRarity {
    guard configuration.weighsByRarity else { return ShingleRarity(contexts: []) }
    return ShingleRarity(
      contexts: [context.global]
        + providers.names.map {
          $0.isEmpty ? ShingleCounts() : context.providers[$0] ?? ShingleCounts()
        })
  }

  /// The sample counts of each group (clinic or provider) of notes; a note counts for the group
  /// whose template it sits in.
  func counts(by groupOfNote: [Int32], groups: Int) -> [ShingleCounts] {
    // Each group's patients, each with their notes in the group, in order of first appearance.
    var series = [[[Int32]]](repeating: [], count: groups)
    var seen: [Int64: Int] = [:]
    for note in ids.indices {
      let group = Int(groupOfNote[note])
      let key = Int64(group) << 32 | Int64(patientOfNote[note])
      if let k = seen[key] {
        series[group][k].append(Int32(note))
      } else {
        seen[key] = series[group].count
        series[group].append([Int32(note)])
      }
    }
    let (this, grouped) = (self, series)
    let sample = configuration.templateSamplePatients
    return Parallel.map(count: groups, chunk: 1) {
      this.counts(this.sampled(grouped[$0], sample: sample))
    }
  }

  /// Sampled notes per patient in template learning.
  static let templateNotesPerPatient = 3

  /// The patients a group's sample takes, each with up to `templateNotesPerPatient` of its
  /// notes: of `patients` (each patient's note indices, in order of first appearance), every
  /// k-th, at the stride that takes at most `sample` of them (deterministic).
  func sampled(_ patients: [[Int32]], sample: Int) -> [[Int32]] {
    let stride = max(1, (patients.count + max(1, sample) - 1) / max(1, sample))
    return Swift.stride(from: 0, to: patients.count, by: stride).map {
      Array(patients[$0].prefix(Self.templateNotesPerPatient))
    }
  }

  /// Distinct patients and notes per shingle among sampled patients (each one's sampled notes),
  /// and for a shingle with numbers how many of those patients one would find with the same
  /// values (`ShingleCounts.valuedPatients`).
  func counts(_ sampled: [[Int32]]) -> ShingleCounts {
    // Each sampled shingle occurrence as `shingle << 32 | patient ordinal << 8 | value tag`, one
    // per note, appended in ascending patient order: a radix sort on the shingle half orders them
    // by shingle and keeps each shingle's patients ascending.
    var occurrences: [UInt64] = []
    var result = ShingleCounts()
    for notes in sampled {
      for note in notes {
        for k in shingles.range(Int(note)) {
          occurrences.append(
            UInt64(shingles.values[k]) << 32 | UInt64(result.sampledPatients) << 8
              | UInt64(valueTags[k]))
        }
        result.sampledNotes += 1
      }
      result.sampledPatients += 1
    }
    precondition(result.sampledPatients < 1 << 24, "a sample holds fewer than 2^24 patients")
    RadixSort.sort(&occurrences, fromBit: 32)
    var tagPatients = [Int32](repeating: 0, count: 256)
    var i = 0
    while i < occurrences.count {
      let shingle = occurrences[i] >> 32
      var notes: Int32 = 0
      var distinct: Int32 = 0
      var j = i
      // Ordered pairs of these patients with the same values (Σ n_t (n_t − 1), by tag).
      var agreeing = 0
      while j < occurrences.count && occurrences[j] >> 32 == shingle {
        // A patient's first note counts for its values: a series carries its values forward.
        if j == i || occurrences[j] >> 8 != occurrences[j - 1] >> 8 {
          distinct += 1
          let tag = Int(occurrences[j] & 0xff)
          agreeing += 2 * Int(tagPatients[tag])
          tagPatients[tag] += 1
        }
        notes += 1
        j += 1
      }
      if notes > 1 {
        result.shingles.append(UInt32(truncatingIfNeeded: shingle))
        result.patients.append(distinct)
        result.notes.append(notes)
        result.valuedPatients.append(Self.valuedPatients(agreeing: agreeing, of: distinct))
      }
      for k in i..<j { tagPatients[Int(occurrences[k] & 0xff)] = 0 }
      i = j
    }
    return result
  }

  /// Of `patients` sampled patients with a shingle, `agreeing` ordered pairs of them carry the
  /// same values (value tag; a shingle without numbers: all of them): how many of the patients,
  /// expected, carry the values of one of them, i.e. `patients` times the chance that two of
  /// them agree (Σ n_t (n_t − 1) / (n (n − 1)) over the tags), rounded up. A stock sentence's fixed
  /// numbers (`x 6 wks`) agree in every patient, so the count stays the shingle's; a count of
  /// reps or a distance rarely, so the shingle with its values is much rarer.
  static func valuedPatients(agreeing: Int, of patients: Int32) -> Int32 {
    guard patients > 1 else { return patients }
    let chance = Double(agreeing) / (Double(patients) * Double(patients - 1))
    return Int32((chance * Double(patients)).rounded(.up))
  }

  /// Shingles frequent enough among the sampled patients to be template, by either of two rules:
  ///
  /// - **Patients**: present in at least max(`minimum`, `fraction` × sampled) distinct patients. The
  ///   rule for large batches: a cross-patient clone family touches a few patients, a header all.
  /// - **Notes**: present in at least half of the sampled notes (and at least 3) and in at least
  ///   2 patients (`templateNoteFraction`). The rule for small batches, where no shingle can reach
  ///   the patient minimum: a header is in every note of the clinic, a clone in a few, and one
  ///   patient's own carried-forward text never counts (it is in one patient only).
  func frequent(
    _ counts: ShingleCounts, patientRule: (fraction: Double, minimum: Int), noteRule: Bool = true
  ) -> [UInt32] {
    let needPatients = max(
      patientRule.minimum, Int((patientRule.fraction * Double(counts.sampledPatients)).rounded(.up))
    )
    let needNotes = max(
      3, Int((configuration.templateNoteFraction * Double(counts.sampledNotes)).rounded(.up)))
    guard counts.sampledPatients >= min(needPatients, noteRule ? 2 : needPatients) else {
      return []
    }
    return counts.shingles.indices.filter { k in
      let distinct = Int(counts.patients[k])
      return distinct >= needPatients
        || (noteRule && distinct >= 2 && Int(counts.notes[k]) >= needNotes)
    }.map { counts.shingles[$0] }
  }

  // MARK: Pass 2: clones

  /// Runs both passes.
  ///
  /// - Parameter exporting: also return tonight's judged notes as `HistoricalFingerprint`s for the
  ///   history store (costs a signature per note).
  package func detect(exporting: Bool = false) -> CloneResult {
    let (templates, rarity) = learn()
    var pairs: [ClonePair] = []
    var exported: [HistoricalFingerprint] = []
    var judged: [Bool] = []
    var contentCounts: [Int] = []
    withContent(templates, rarity) { content in
      judged = (0..<ids.count).map { self.judged(content, $0) }
      contentCounts = (0..<ids.count).map { Int(content.contentCounts[$0]) }
      pairs = seriesPairs(content, judged) + bandPairs(content, judged)
      if exporting {
        exported = ids.indices.filter { judged[$0] }.map {
          self.exported($0, content.signature($0))
        }
      }
    }
    pairs.sort { ($0.first, $0.second) < ($1.first, $1.second) }
    return CloneResult(
      pairs: pairs, matches: matches(pairs), groups: groups(pairs), templates: templates,
      judged: judged, contentShingles: contentCounts, exported: exported)
  }

  /// Tonight's note `i` as the history keeps it, with its content signature.
  func exported(_ i: Int, _ signature: [UInt32]) -> HistoricalFingerprint {
    HistoricalFingerprint(
      noteID: ids[i], noteKey: noteKeys[i],
      patientKey: hasPatientID[i] ? patientKeys[Int(patientOfNote[i])] : nil, date: date(i),
      exactHash: exactHashes[i], maskedHash: maskedHashes[i], simHash: simHashes[i],
      minHash: signature)
  }

  /// Whether a note has enough clinical content (non-template shingles) to be judged.
  func judged(_ content: WeightedRuns, _ note: Int) -> Bool {
    Int(content.contentCounts[note]) >= max(1, configuration.minContentShingles)
  }

  /// Calls `body` with every note's shingles weighed (`weigh`), valid during the call.
  func withContent<R>(
    _ templates: TemplateModel, _ rarity: ShingleRarity, _ body: (WeightedRuns) -> R
  ) -> R {
    var weights = [UInt8](repeating: 0, count: shingles.values.count)
    var totals = [Int32](repeating: 0, count: ids.count)
    var contentCounts = [Int32](repeating: 0, count: ids.count)
    shingles.values.withUnsafeBufferPointer { values in
      shingles.starts.withUnsafeBufferPointer { starts in
        weights.withUnsafeMutableBufferPointer { w in
          totals.withUnsafeMutableBufferPointer { t in
            contentCounts.withUnsafeMutableBufferPointer { c in
              weigh(templates, rarity, values: values, starts: starts, into: (w, t, c))
            }
          }
        }
      }
    }
    return withRuns(weights: weights, totals: totals, contentCounts: contentCounts, body)
  }

  /// Calls `body` with the notes' shingles and the given weights (parallel to
  /// `shingles.values`) and per-note totals and content counts, valid during the call: weighed
  /// here (`withContent`) or elsewhere (`verify`).
  func withRuns<R>(
    weights: [UInt8], totals: [Int32], contentCounts: [Int32], _ body: (WeightedRuns) -> R
  ) -> R {
    shingles.values.withUnsafeBufferPointer { values in
      shingles.starts.withUnsafeBufferPointer { starts in
        weights.withUnsafeBufferPointer { w in
          totals.withUnsafeBufferPointer { t in
            contentCounts.withUnsafeBufferPointer { c in
              valueTags.withUnsafeBufferPointer { tags in
                body(
                  WeightedRuns(
                    values: values, starts: starts, weights: w, valueTags: tags, totals: t,
                    contentCounts: c))
              }
            }
          }
        }
      }
    }
  }

  /// Each shingle's weight: 0 when it is template (global, the note's clinic's or provider's),
  /// else its rarity over the batch and within the note's provider, whichever is lower, packed
  /// with the same for the shingle with its values (`ShingleRarity.pack`); per note the sum of
  /// the weights and the number of content shingles.
  func weigh(
    _ templates: TemplateModel, _ rarity: ShingleRarity, values: UnsafeBufferPointer<UInt32>,
    starts: UnsafeBufferPointer<Int>,
    into out: (
      weights: UnsafeMutableBufferPointer<UInt8>, totals: UnsafeMutableBufferPointer<Int32>,
      counts: UnsafeMutableBufferPointer<Int32>
    )
  ) {
    let perClinic: [[UInt32]] = clinics.names.map { name in
      SortedHashes.unique(((templates.byClinic[name] ?? []) + templates.global).sorted())
    }
    let perProvider: [[UInt32]] = providers.names.map { templates.byProvider[$0] ?? [] }
    let providerContext: [Int] = providers.names.map { $0.isEmpty ? 0 : 1 }
    let (clinicOf, providerOf) = (clinicOfNote, providerOfNote)
    nonisolated(unsafe) let (v, st, o) = (values, starts, out)
    Parallel.forEach(count: ids.count) { note in
      let clinicTemplate = perClinic[Int(clinicOf[note])]
      let provider = Int(providerOf[note])
      let providerTemplate = perProvider[provider]
      let context = providerContext[provider] == 0 ? 0 : 1 + provider
      var (i, j) = (0, 0)
      var total: Int32 = 0
      var count: Int32 = 0
      for k in st[note]..<st[note + 1] {
        let x = v[k]
        while i < clinicTemplate.count && clinicTemplate[i] < x { i += 1 }
        while j < providerTemplate.count && providerTemplate[j] < x { j += 1 }
        var w: UInt8 = 0
        if !(i < clinicTemplate.count && clinicTemplate[i] == x)
          && !(j < providerTemplate.count && providerTemplate[j] == x)
        {
          w = rarity.weight(x, context: 0)
          if context != 0 {
            let p = rarity.weight(x, context: context)
            w = ShingleRarity.pack(
              min(ShingleRarity.plain(w), ShingleRarity.plain(p)),
              valued: min(ShingleRarity.valued(w), ShingleRarity.valued(p)))
          }
          total += Int32(ShingleRarity.plain(w))
          count += 1
        }
        o.weights[k] = w
      }
      o.totals[note] = total
      o.counts[note] = count
    }
  }

  /// All judged pairs within each patient's series, verified exactly.
  func seriesPairs(_ content: WeightedRuns, _ judged: [Bool]) -> [ClonePair] {
    let series = patientNotes.filter { $0.count > 1 }
    let this = self
    return Parallel.map(count: series.count) { s -> [ClonePair] in
      let notes = series[s].filter { judged[Int($0)] }
      var found: [ClonePair] = []
      for x in notes.indices {
        for y in notes.indices where y > x {
          let a = Int(notes[x])
          let b = Int(notes[y])
          if let pair = this.verified(a, b, .series, in: content) {
            found.append(pair)
          }
        }
      }
      return found
    }.flatMap { $0 }
  }

  /// Pairs across patients (and against history) from LSH banding, verified.
  ///
  /// Each band is indexed on its own (radix-sorted `key << 32 | note`, bands in parallel); the
  /// candidates of each note are counted by how many bands they share with it, and at most
  /// `maxCandidatesPerNote` of them, those sharing the most bands, are verified. Both caps (chained
  /// large buckets, candidates per note) keep the work linear in the number of notes when many
  /// notes of one provider look alike.
  func bandPairs(_ content: WeightedRuns, _ judged: [Bool]) -> [ClonePair] {
    let tonight = ids.count
    let judgedNotes = ids.indices.filter { judged[$0] }
    let bands = MinHash.bands
    var keys = [UInt32](repeating: 0, count: judgedNotes.count * bands)
    keys.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let out = buffer
      Parallel.forEach(count: judgedNotes.count) { k in
        for (band, key) in MinHash.bandKeys(of: content.signature(judgedNotes[k])).enumerated() {
          out[k * bands + band] = key
        }
      }
    }
    let (this, bandKeys) = (self, keys)
    keys = []
    var perBand: [[UInt64]] = Parallel.map(count: bands, chunk: 1) { band in
      var entries: [UInt64] = []
      entries.reserveCapacity(judgedNotes.count + this.history.count)
      for (k, note) in judgedNotes.enumerated() {
        entries.append(UInt64(bandKeys[k * bands + band]) << 32 | UInt64(note))
      }
      for (h, stored) in this.history.enumerated() where stored.bandKeys.count == bands {
        entries.append(UInt64(stored.bandKeys[band]) << 32 | UInt64(tonight + h))
      }
      RadixSort.sort(&entries, fromBit: 32)
      var candidates: [UInt64] = []
      this.collectCandidates(entries, into: &candidates)
      return candidates
    }
    let exhaustive = judgedNotes.count <= configuration.exhaustivePairsLimit
    if exhaustive {
      // A small batch compares every cross-patient pair exactly: LSH finds pairs by Jaccard, and
      // a body moved into a clinic whose template cannot be learnt (one patient) passes only by
      // containment, far below the LSH curve.
      var all: [UInt64] = []
      for (x, a) in judgedNotes.enumerated() {
        for b in judgedNotes[(x + 1)...] where patientOfNote[a] != patientOfNote[b] {
          all.append(UInt64(a) << 32 | UInt64(b))
        }
      }
      perBand.append(all)
    }
    // Candidates grouped by their first note (a counting sort), the other notes flat.
    var starts = [Int](repeating: 0, count: tonight + 1)
    for list in perBand { for c in list { starts[Int(c >> 32) + 1] += 1 } }
    for a in 0..<tonight { starts[a + 1] += starts[a] }
    var others = [UInt32](repeating: 0, count: starts[tonight])
    var next = starts
    for list in perBand {
      for c in list {
        let a = Int(c >> 32)
        others[next[a]] = UInt32(truncatingIfNeeded: c)
        next[a] += 1
      }
    }
    perBand = []
    next = []
    let cap = exhaustive ? Int.max : max(1, configuration.maxCandidatesPerNote)
    let grouped = (starts, others)
    return Parallel.map(count: tonight) { a -> [ClonePair] in
      let (starts, others) = grouped
      guard starts[a] < starts[a + 1] else { return [] }
      var list = Array(others[starts[a]..<starts[a + 1]])
      list.sort()
      // (bands shared, other note), most shared first.
      var ranked: [(Int, UInt32)] = []
      var i = 0
      while i < list.count {
        var j = i + 1
        while j < list.count && list[j] == list[i] { j += 1 }
        ranked.append((j - i, list[i]))
        i = j
      }
      if ranked.count > cap {
        ranked.sort { ($0.0, $1.1) > ($1.0, $0.1) }
        ranked.removeLast(ranked.count - cap)
      }
      return ranked.compactMap { _, other in
        let b = Int(other)
        if b < tonight {
          return this.verified(a, b, .band(largeBatch: !exhaustive), in: content)
        }
        let estimate = MinHash.estimate(content.signature(a), this.history[b - tonight].minHash)
        return this.verified(a, b, Resemblance(estimate: estimate))
      }
    }.flatMap { $0 }
  }

  /// Appends `a << 32 | b` for the notes sharing a band key (sorted `entries`), except pairs the
  /// series pass already compared and pairs of two earlier-night notes.
  func collectCandidates(_ entries: [UInt64], into candidates: inout [UInt64]) {
    let tonight = ids.count
    func consider(_ x: UInt64, _ y: UInt64) {
      let a = Int(x & 0xffff_ffff)
      let b = Int(y & 0xffff_ffff)
      guard a < tonight else { return }
      if b < tonight && patientOfNote[a] == patientOfNote[b] { return }
      candidates.append(UInt64(a) << 32 | UInt64(b))
    }
    var i = 0
    while i < entries.count {
      var j = i + 1
      while j < entries.count && entries[j] >> 32 == entries[i] >> 32 { j += 1 }
      if j - i <= configuration.maxBucketPairs {
        for x in i..<j { for y in x + 1..<j { consider(entries[x], entries[y]) } }
      } else {
        for x in i..<j - 1 { consider(entries[x], entries[x + 1]) }
      }
      i = j
    }
  }

  /// Two notes verified as `mode` says: a patient's series unweighted with numbers masked, notes
  /// across patients weighted with their values compared (`WeightedRuns.resemblance` says why).
  func verified(_ a: Int, _ b: Int, _ mode: CandidatePair.Mode, in content: WeightedRuns)
    -> ClonePair?
  {
    switch mode {
    case .series:
      verified(a, b, content.resemblance(a, b, weighted: false, values: false))
    case .band(let largeBatch):
      verified(
        a, b, content.resemblance(a, b, weighted: true, values: true), largeBatch: largeBatch)
    }
  }

  /// The pair as a clone when its Jaccard similarity or containment reaches its threshold (or the
  /// notes are exact copies); the similarity reported is the Jaccard, or the containment when only
  /// that passed.
  ///
  /// - Parameter largeBatch: the batch is past `exhaustivePairsLimit`, where chance pairs across
  ///   patients are many: their containment matches need `crossPatientContainmentJaccardFloor`.
  func verified(_ a: Int, _ b: Int, _ resemblance: Resemblance, largeBatch: Bool = false)
    -> ClonePair?
  {
    let tonight = ids.count
    let fromHistory = b >= tonight
    let exactB = fromHistory ? history[b - tonight].exactHash : exactHashes[b]
    let maskedB = fromHistory ? history[b - tonight].maskedHash : maskedHashes[b]
    let exact = exactHashes[a] == exactB
    let patientA = patientKey(ofIndex: a)
    let patientB = patientKey(ofIndex: b)
    let samePatient = patientA != 0 && patientA == patientB
    let containment =
      samePatient
      ? configuration.copyForwardContainmentThreshold : configuration.containmentThreshold
    let floor =
      samePatient || !largeBatch
      ? configuration.containmentJaccardFloor : configuration.crossPatientContainmentJaccardFloor
    // Two patients' notes with both ids: the numbers in the shared sentences must mostly agree,
    // unless the notes pass even with the sentences whose values differ left out.
    let comparesValues = !samePatient && !fromHistory && patientA != 0 && patientB != 0
    // Two patients' notes in a large batch are judged by their shared distinctive weight, which
    // must reach what chance gives a batch of this many patients (`requiredEvidence`).
    let weighsEvidence =
      largeBatch && comparesValues && configuration.crossPatientEvidencePerEFold > 0
    /// Whether a match is more than chance. Judged by evidence, the shared distinctive weight
    /// must reach `requiredEvidence`, a containment match's `crossPatientContainmentEvidence`
    /// more and `crossPatientUnmeasuredEvidence` more again when its measurements do not agree.
    /// Otherwise a Jaccard match is, and a containment match within a patient, against history
    /// or with agreeing measurements.
    func evidenced(containmentOnly: Bool) -> Bool {
      guard weighsEvidence else {
        return !containmentOnly || samePatient || fromHistory || sharesMeasures(a, b)
      }
      var needed = requiredEvidence()
      if containmentOnly {
        needed += Double(configuration.crossPatientContainmentEvidence)
        if !sharesMeasures(a, b) { needed += Double(configuration.crossPatientUnmeasuredEvidence) }
      }
      return Double(resemblance.distinctiveWeight) >= needed
    }
    /// The similarity to report when the wording passes, else nil.
    func passes(_ jaccard: Double, _ containmentShare: Double) -> Double? {
      if jaccard >= configuration.threshold && evidenced(containmentOnly: false) { return jaccard }
      if containmentShare >= containment && jaccard >= floor && evidenced(containmentOnly: true) {
        return containmentShare
      }
      return nil
    }
    let similarity: Double
    if exact {
      similarity = resemblance.jaccard
    } else if let s = passes(resemblance.jaccard, resemblance.containment),
      !comparesValues || resemblance.valueAgreement >= configuration.crossPatientValueAgreement
    {
      similarity = s
    } else if comparesValues,
      let s = passes(resemblance.byValue.jaccard, resemblance.byValue.containment)
    {
      similarity = s
    } else {
      return nil
    }
    let kind: CloneKind
    var detail: [String] = []
    if exact {
      kind = .exact
      detail.append(
        patientA == 0 || patientB == 0
          ? "same normalised text" : patientA == patientB ? "same patient" : "different patients")
    } else if patientA == 0 || patientB == 0 {
      kind = .nearDuplicate
    } else if samePatient {
      kind = .copyForward
    } else {
      kind = .crossPatient
    }
    if !exact && maskedHashes[a] == maskedB { detail.append("only numbers changed") }
    if fromHistory { detail.append("earlier run") }
    return ClonePair(
      first: a, second: b, similarity: exact ? 1 : similarity, kind: kind,
      detail: detail.joined(separator: "; "))
  }

  /// The distinctive weight a cross-patient match needs in this batch:
  /// `crossPatientEvidencePerEFold` × ln(patients / `crossPatientEvidenceBasePatients`), 0 for a
  /// batch of at most that many patients.
  func requiredEvidence() -> Double {
    let base = Double(max(1, configuration.crossPatientEvidenceBasePatients))
    return configuration.crossPatientEvidencePerEFold
      * max(0, log(Double(batchPatients ?? patientKeys.count) / base))
  }

  /// Whether two notes of different patients carry mostly the same measurements: what tells a reused
  /// note with a sentence changed from two notes written from the same stock phrases, when the wording
  /// alone is between the containment and the Jaccard thresholds. Notes with fewer than two
  /// measurements pass (nothing to compare).
  func sharesMeasures(_ a: Int, _ b: Int) -> Bool {
    let (x, y) = (numbers.range(a), numbers.range(b))
    let smaller = min(x.count, y.count)
    guard smaller >= 2 else { return true }
    var common = 0
    numbers.values.withUnsafeBufferPointer {
      SortedHashes.forEachCommon($0, x, y) { _, _ in common += 1 }
    }
    return Double(common) >= configuration.crossPatientMeasureAgreement * Double(smaller)
  }

  /// The date of the note at `index` (tonight's first, then history's).
  package func date(_ index: Int) -> ServiceDate? {
    index < ids.count ? dates[index] : history[index - ids.count].date
  }

  /// The id of the note at `index` (tonight's first, then history's names).
  package func id(_ index: Int) -> String {
    index < ids.count ? ids[index] : history[index - ids.count].name
  }

  func patientKey(ofIndex index: Int) -> UInt64 {
    index < ids.count
      ? (hasPatientID[index] ? patientKeys[Int(patientOfNote[index])] : 0)
      : history[index - ids.count].patientKey ?? 0
  }

  /// Each tonight note's matches, best first, at most `maxMatchesPerNote`.
  func matches(_ pairs: [ClonePair]) -> [[CloneMatch]] {
    var byNote = [[(Int, ClonePair)]](repeating: [], count: ids.count)
    for pair in pairs {
      byNote[pair.first].append((pair.second, pair))
      if pair.second < ids.count { byNote[pair.second].append((pair.first, pair)) }
    }
    return byNote.map { list in
      list.sorted { ($0.1.similarity, -$0.0) > ($1.1.similarity, -$1.0) }.prefix(
        configuration.maxMatchesPerNote
      ).map {
        let earlier = $0.0 >= ids.count
        return CloneMatch(
          other: id($0.0), similarity: $0.1.similarity, kind: $0.1.kind, detail: $0.1.detail,
          earlierRun: earlier,
          date: earlier ? date($0.0) : nil)
      }
    }
  }

  /// Connected components of the verified pairs.
  func groups(_ pairs: [ClonePair]) -> [CloneGroup] {
    var sets = UnionFind(count: ids.count + history.count)
    for pair in pairs { sets.union(pair.first, pair.second) }
    var members: [Int: [Int]] = [:]
    for pair in pairs {
      for n in [pair.first, pair.second] { members[sets.find(n), default: []].append(n) }
    }
    var edges: [Int: [ClonePair]] = [:]
    for pair in pairs { edges[sets.find(pair.first), default: []].append(pair) }
    let roots = members.keys.sorted { (members[$0]?.min() ?? 0) < (members[$1]?.min() ?? 0) }
    return roots.enumerated().map { number, root in
      let list = Array(Set(members[root] ?? [])).sorted()
      let links = edges[root] ?? []
      let kind: CloneKind
      if links.allSatisfy({ $0.kind == .exact }) {
        kind = .exact
      } else if links.contains(where: { $0.kind == .nearDuplicate }) {
        kind = .nearDuplicate
      } else {
        kind = Set(list.map(patientKey(ofIndex:))).count > 1 ? .crossPatient : .copyForward
      }
      return CloneGroup(
        id: "G\(number + 1)", kind: kind, members: list.map(id),
        similarity: links.map(\.similarity).min() ?? 1)
    }
  }
}

/// Names interned to dense indices in the order first seen.
struct Names: Sendable {
  private(set) var names: [String] = []
  private var index: [String: Int32] = [:]

  mutating func index(_ name: String) -> Int32 {
    if let i = index[name] { return i }
    let i = Int32(names.count)
    index[name] = i
    names.append(name)
    return i
  }
}

/// What `CloneDetector.detect` found.
package struct CloneResult: Sendable {
  /// Verified pairs, sorted by (first, second).
  package var pairs: [ClonePair]
  /// Per tonight note (in the order added): its matches, best first.
  package var matches: [[CloneMatch]]
  package var groups: [CloneGroup]
  /// The template model used (batch-learnt merged with seeded): what the history store keeps.
  package var templates: TemplateModel
  /// Per tonight note: whether it had enough clinical content to be judged.
  package var judged: [Bool]
  /// Per tonight note: distinct shingles left after template removal.
  package var contentShingles: [Int]
  /// Tonight's judged notes for the history store (empty unless `detect(exporting: true)`).
  package var exported: [HistoricalFingerprint]
}

/// Disjoint sets with path halving and union by size.
struct UnionFind {
  var parent: [Int32]
  var size: [Int32]

  init(count: Int) {
    parent = (0..<Int32(count)).map { $0 }
    size = [Int32](repeating: 1, count: count)
  }

  mutating func find(_ x: Int) -> Int {
    var x = x
    while Int(parent[x]) != x {
      parent[x] = parent[Int(parent[x])]
      x = Int(parent[x])
    }
    return x
  }

  mutating func union(_ a: Int, _ b: Int) {
    var ra = find(a)
    var rb = find(b)
    guard ra != rb else { return }
    if size[ra] < size[rb] { swap(&ra, &rb) }
    parent[rb] = Int32(ra)
    size[ra] += size[rb]
  }
}
