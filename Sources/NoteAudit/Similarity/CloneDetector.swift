/// Finds cloned notes in a batch (and against earlier nights) from their fingerprints.
///
/// Two passes over fingerprints held in memory (the notes themselves are not):
/// 1. **Templates.** Document frequency over distinct patients, per clinic and over the batch, on a
///    bounded sample of patients; shingles at or above the configured frequency are template
///    (`TemplateModel`, merged with any model seeded from history).
/// 2. **Clones.** Each note's shingles minus its clinic's and the global template shingles are its
///    clinical content; notes with too little content are not judged. Pairs within a patient are
///    all compared exactly (a series is short); pairs across patients come from LSH banding of the
///    content signatures (16 bands × 8 rows) and are verified by exact Jaccard. Verified pairs at or
///    above the threshold are classified and joined into groups by union-find.
///
/// Output order depends only on the order notes were added, never on thread timing.
public struct CloneDetector: Sendable {
  public var configuration: CloneConfiguration
  let keyed: (@Sendable (UInt64) -> UInt64)?

  var ids: [String] = []
  var patientOfNote: [Int32] = []
  var clinicOfNote: [Int32] = []
  var hasPatientID: [Bool] = []
  var dates: [ServiceDate?] = []
  var exactHashes: [UInt64] = []
  var maskedHashes: [UInt64] = []
  var simHashes: [UInt64] = []
  var shingles: [[UInt32]] = []
  var numbers: [[UInt32]] = []

  var patientIndex: [String: Int32] = [:]
  var patientKeys: [UInt64] = []
  var patientNotes: [[Int32]] = []
  var clinics = Names()
  var providers = Names()
  /// Provider of each note (an index in `providers`; `""` when the record names none).
  var providerOfNote: [Int32] = []

  var history: [HistoricalFingerprint] = []
  var seeded = TemplateModel()

  /// - Parameters:
  ///   - configuration: threshold and template settings.
  ///   - keyed: the same transform given to `Fingerprint`; also keys patient ids for history.
  public init(configuration: CloneConfiguration = CloneConfiguration(), keyed: (@Sendable (UInt64) -> UInt64)? = nil) {
    self.configuration = configuration
    self.keyed = keyed
  }

  /// Number of tonight's notes added.
  public var count: Int { ids.count }

  /// The key a patient id is stored under in the history store.
  public func patientKey(_ patientID: String) -> UInt64 {
    let h = SimilarityHash.string(patientID)
    return keyed.map { $0(h) } ?? h
  }

  /// Adds tonight's note; returns its index (the order of `CloneResult.matches`).
  @discardableResult
  public mutating func add(_ fingerprint: Fingerprint, note: CloneNote) -> Int {
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
    patientOfNote.append(patient)
    clinicOfNote.append(clinic)
    providerOfNote.append(providers.index(note.provider ?? ""))
    hasPatientID.append(note.patientID != nil)
    dates.append(note.date)
    exactHashes.append(fingerprint.exactHash)
    maskedHashes.append(fingerprint.maskedHash)
    simHashes.append(fingerprint.simHash)
    shingles.append(fingerprint.shingles)
    numbers.append(fingerprint.numbers)
    return index
  }

  /// Adds an earlier night's note: matched against tonight's through LSH, verified on signatures.
  public mutating func addHistory(_ fingerprint: HistoricalFingerprint) {
    history.append(fingerprint)
  }

  /// Template shingles known from earlier nights, used together with those learnt from the batch.
  public mutating func seedTemplates(_ model: TemplateModel) {
    seeded = seeded.merging(model)
  }

  // MARK: Pass 1: templates

  /// Template shingles of this batch (merged with the seeded model).
  public func learnTemplates() -> TemplateModel {
    guard configuration.learnsTemplates else { return seeded }
    let global = frequentShingles(
      patientNotes, sample: configuration.templateSamplePatients * 10,
      patientRule: (configuration.globalTemplateFraction, configuration.globalTemplateMinPatients))
    let byClinic = frequentShingles(
      by: clinicOfNote, names: clinics.names,
      patientRule: (configuration.clinicTemplateFraction, configuration.clinicTemplateMinPatients), noteRule: true)
    // Providers: the signature, the way they write service lines and totals, their stock sentences.
    // Patients only: a provider with two patients could otherwise make a clone between them template.
    var byProvider = frequentShingles(
      by: providerOfNote, names: providers.names,
      patientRule: (configuration.providerTemplateFraction, configuration.providerTemplateMinPatients), noteRule: false)
    byProvider[""] = nil
    return TemplateModel(global: global, byClinic: byClinic, byProvider: byProvider).merging(seeded)
  }

  /// Template shingles per group (clinic or provider) of notes, by group name; groups with none left out.
  func frequentShingles(
    by groupOfNote: [Int32], names: [String], patientRule: (fraction: Double, minimum: Int), noteRule: Bool
  ) -> [String: [UInt32]] {
    // Each patient's notes per group (a note counts for the clinic whose template it sits in).
    var series = [[[Int32]]](repeating: [], count: names.count)
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
    var out: [String: [UInt32]] = [:]
    for (g, patients) in series.enumerated() where !patients.isEmpty {
      let frequent = frequentShingles(
        patients, sample: configuration.templateSamplePatients, patientRule: patientRule, noteRule: noteRule)
      if !frequent.isEmpty { out[names[g]] = frequent }
    }
    return out
  }

  /// Sampled notes per patient in template learning.
  static let templateNotesPerPatient = 3

  /// Shingles frequent enough among the sampled patients to be template, by either of two rules:
  ///
  /// - **Patients**: present in at least max(`minimum`, `fraction` × sampled) distinct patients. The
  ///   rule for large batches: a cross-patient clone family touches a few patients, a header all.
  /// - **Notes**: present in at least half of the sampled notes (and at least 3) and in at least
  ///   2 patients (`templateNoteFraction`). The rule for small batches, where no shingle can reach
  ///   the patient minimum: a header is in every note of the clinic, a clone in a few, and one
  ///   patient's own carried-forward text never counts (it is in one patient only).
  ///
  /// `patients` holds each patient's note indices. Patients are sampled at an even stride in the
  /// order they appeared (deterministic); each contributes up to `templateNotesPerPatient` notes.
  func frequentShingles(
    _ patients: [[Int32]], sample: Int, patientRule: (fraction: Double, minimum: Int), noteRule: Bool = true
  ) -> [UInt32] {
    let stride = max(1, (patients.count + max(1, sample) - 1) / max(1, sample))
    // Each sampled shingle occurrence as `shingle << 32 | patient ordinal`, one per note.
    var occurrences: [UInt64] = []
    var sampledPatients = 0
    var sampledNotes = 0
    for k in Swift.stride(from: 0, to: patients.count, by: stride) {
      for note in patients[k].prefix(Self.templateNotesPerPatient) {
        for x in shingles[Int(note)] { occurrences.append(UInt64(x) << 32 | UInt64(sampledPatients)) }
        sampledNotes += 1
      }
      sampledPatients += 1
    }
    let needPatients = max(patientRule.minimum, Int((patientRule.fraction * Double(sampledPatients)).rounded(.up)))
    let needNotes = max(3, Int((configuration.templateNoteFraction * Double(sampledNotes)).rounded(.up)))
    guard sampledPatients >= min(needPatients, noteRule ? 2 : needPatients) else { return [] }
    occurrences.sort()
    var frequent: [UInt32] = []
    var i = 0
    while i < occurrences.count {
      let shingle = occurrences[i] >> 32
      var notes = 0
      var distinct = 0
      var j = i
      while j < occurrences.count && occurrences[j] >> 32 == shingle {
        if j == i || occurrences[j] != occurrences[j - 1] { distinct += 1 }
        notes += 1
        j += 1
      }
      if distinct >= needPatients || (noteRule && distinct >= 2 && notes >= needNotes) {
        frequent.append(UInt32(truncatingIfNeeded: shingle))
      }
      i = j
    }
    return frequent
  }

  // MARK: Pass 2: clones

  /// Runs both passes.
  ///
  /// - Parameter exporting: also return tonight's judged notes as `HistoricalFingerprint`s for the
  ///   history store (costs a signature per note).
  public func detect(exporting: Bool = false) -> CloneResult {
    let templates = learnTemplates()
    let content = clinicalContent(templates)
    let judged = content.map { $0.count >= max(1, configuration.minContentShingles) }
    var pairs = seriesPairs(content, judged)
    pairs += bandPairs(content, judged)
    pairs.sort { ($0.first, $0.second) < ($1.first, $1.second) }
    let exported: [HistoricalFingerprint] =
      exporting
      ? ids.indices.filter { judged[$0] }.map { i in
        HistoricalFingerprint(
          noteKey: ids[i], patientKey: patientKeys[Int(patientOfNote[i])], date: date(i),
          exactHash: exactHashes[i], maskedHash: maskedHashes[i], simHash: simHashes[i],
          minHash: MinHash.signature(of: content[i]))
      } : []
    return CloneResult(
      pairs: pairs, matches: matches(pairs), groups: groups(pairs), templates: templates, judged: judged,
      contentShingles: content.map(\.count), exported: exported)
  }

  /// Each note's shingles minus the global template and its clinic's and provider's template shingles.
  func clinicalContent(_ templates: TemplateModel) -> [[UInt32]] {
    let perClinic: [[UInt32]] = clinics.names.map { name in
      SortedHashes.unique(((templates.byClinic[name] ?? []) + templates.global).sorted())
    }
    let perProvider: [[UInt32]] = providers.names.map { templates.byProvider[$0] ?? [] }
    let (clinicOf, providerOf, all) = (clinicOfNote, providerOfNote, shingles)
    return Parallel.map(count: all.count) { i in
      SortedHashes.subtracting(SortedHashes.subtracting(all[i], perClinic[Int(clinicOf[i])]), perProvider[Int(providerOf[i])])
    }
  }

  /// All judged pairs within each patient's series, verified exactly.
  func seriesPairs(_ content: [[UInt32]], _ judged: [Bool]) -> [ClonePair] {
    let series = patientNotes.filter { $0.count > 1 }
    let this = self
    return Parallel.map(count: series.count) { s -> [ClonePair] in
      let notes = series[s].filter { judged[Int($0)] }
      var found: [ClonePair] = []
      for x in notes.indices {
        for y in notes.indices where y > x {
          let a = Int(notes[x])
          let b = Int(notes[y])
          if let pair = this.verified(a, b, SortedHashes.resemblance(content[a], content[b])) { found.append(pair) }
        }
      }
      return found
    }.flatMap { $0 }
  }

  /// Pairs across patients (and against history) from LSH banding, verified.
  func bandPairs(_ content: [[UInt32]], _ judged: [Bool]) -> [ClonePair] {
    let tonight = ids.count
    let judgedNotes = ids.indices.filter { judged[$0] }
    let keys: [[UInt32]] = Parallel.map(count: judgedNotes.count) { MinHash.bandKeys(of: MinHash.signature(of: content[judgedNotes[$0]])) }
    var candidates: [UInt64] = []
    var entries: [UInt64] = []
    entries.reserveCapacity(judgedNotes.count + history.count)
    for band in 0..<MinHash.bands {
      entries.removeAll(keepingCapacity: true)
      for (k, note) in judgedNotes.enumerated() { entries.append(UInt64(keys[k][band]) << 32 | UInt64(note)) }
      for (h, stored) in history.enumerated() where stored.bandKeys.count == MinHash.bands {
        entries.append(UInt64(stored.bandKeys[band]) << 32 | UInt64(tonight + h))
      }
      entries.sort()
      collectCandidates(entries, into: &candidates)
    }
    if judgedNotes.count <= configuration.exhaustivePairsLimit {
      // A small batch compares every cross-patient pair exactly: LSH finds pairs by Jaccard, and
      // a body moved into a clinic whose template cannot be learnt (one patient) passes only by
      // containment, far below the LSH curve.
      for (x, a) in judgedNotes.enumerated() {
        for b in judgedNotes[(x + 1)...] where patientOfNote[a] != patientOfNote[b] {
          candidates.append(UInt64(a) << 32 | UInt64(b))
        }
      }
    }
    candidates.sort()
    let unique = candidates.enumerated().filter { $0.offset == 0 || candidates[$0.offset - 1] != $0.element }.map(\.element)
    let this = self
    return Parallel.map(count: unique.count) { c -> ClonePair? in
      let a = Int(unique[c] >> 32)
      let b = Int(unique[c] & 0xffff_ffff)
      if b < tonight { return this.verified(a, b, SortedHashes.resemblance(content[a], content[b])) }
      let estimate = MinHash.estimate(MinHash.signature(of: content[a]), this.history[b - tonight].minHash)
      return this.verified(a, b, (estimate, 0))
    }.compactMap { $0 }
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

  /// The pair as a clone when its Jaccard similarity or containment reaches its threshold (or the
  /// notes are exact copies); the similarity reported is the Jaccard, or the containment when only
  /// that passed.
  func verified(_ a: Int, _ b: Int, _ resemblance: (jaccard: Double, containment: Double)) -> ClonePair? {
    let tonight = ids.count
    let fromHistory = b >= tonight
    let exactB = fromHistory ? history[b - tonight].exactHash : exactHashes[b]
    let maskedB = fromHistory ? history[b - tonight].maskedHash : maskedHashes[b]
    let exact = exactHashes[a] == exactB
    let patientA = hasPatientID[a] ? patientKeys[Int(patientOfNote[a])] : 0
    let patientB = fromHistory ? history[b - tonight].patientKey : hasPatientID[b] ? patientKeys[Int(patientOfNote[b])] : 0
    let samePatient = patientA != 0 && patientA == patientB
    let containment = samePatient ? configuration.copyForwardContainmentThreshold : configuration.containmentThreshold
    let similarity: Double
    if exact || resemblance.jaccard >= configuration.threshold {
      similarity = resemblance.jaccard
    } else if resemblance.containment >= containment && resemblance.jaccard >= configuration.containmentJaccardFloor
      && (samePatient || fromHistory || sharesMeasures(a, b))
    {
      similarity = resemblance.containment
    } else {
      return nil
    }
    let kind: CloneKind
    var detail: [String] = []
    if exact {
      kind = .exact
      detail.append(patientA == 0 || patientB == 0 ? "same normalised text" : patientA == patientB ? "same patient" : "different patients")
    } else if patientA == 0 || patientB == 0 {
      kind = .nearDuplicate
    } else if samePatient {
      kind = .copyForward
    } else {
      kind = .crossPatient
    }
    if !exact && maskedHashes[a] == maskedB { detail.append("only numbers changed") }
    if fromHistory { detail.append("earlier run") }
    return ClonePair(first: a, second: b, similarity: exact ? 1 : similarity, kind: kind, detail: detail.joined(separator: "; "))
  }

  /// Whether two notes of different patients carry mostly the same measurements: what tells a reused
  /// note with a sentence changed from two notes written from the same stock phrases, when the wording
  /// alone is between the containment and the Jaccard thresholds. Notes with fewer than two
  /// measurements pass (nothing to compare).
  func sharesMeasures(_ a: Int, _ b: Int) -> Bool {
    let smaller = min(numbers[a].count, numbers[b].count)
    guard smaller >= 2 else { return true }
    let common = SortedHashes.intersectionCount(numbers[a], numbers[b])
    return Double(common) >= configuration.crossPatientMeasureAgreement * Double(smaller)
  }

  /// The date of the note at `index` (tonight's first, then history's).
  public func date(_ index: Int) -> ServiceDate? {
    index < ids.count ? dates[index] : history[index - ids.count].date
  }

  /// The id of the note at `index` (tonight's first, then history's note keys).
  public func id(_ index: Int) -> String { index < ids.count ? ids[index] : history[index - ids.count].noteKey }

  func patientKey(ofIndex index: Int) -> UInt64 {
    index < ids.count ? (hasPatientID[index] ? patientKeys[Int(patientOfNote[index])] : 0) : history[index - ids.count].patientKey
  }

  /// Each tonight note's matches, best first, at most `maxMatchesPerNote`.
  func matches(_ pairs: [ClonePair]) -> [[CloneMatch]] {
    var byNote = [[(Int, ClonePair)]](repeating: [], count: ids.count)
    for pair in pairs {
      byNote[pair.first].append((pair.second, pair))
      if pair.second < ids.count { byNote[pair.second].append((pair.first, pair)) }
    }
    return byNote.map { list in
      list.sorted { ($0.1.similarity, -$0.0) > ($1.1.similarity, -$1.0) }.prefix(configuration.maxMatchesPerNote).map {
        CloneMatch(other: id($0.0), similarity: $0.1.similarity, kind: $0.1.kind.rawValue, detail: $0.1.detail)
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
        id: "G\(number + 1)", kind: kind.rawValue, members: list.map(id), similarity: links.map(\.similarity).min() ?? 1)
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
public struct CloneResult: Sendable {
  /// Verified pairs, sorted by (first, second).
  public var pairs: [ClonePair]
  /// Per tonight note (in the order added): its matches, best first.
  public var matches: [[CloneMatch]]
  public var groups: [CloneGroup]
  /// The template model used (batch-learnt merged with seeded): what the history store keeps.
  public var templates: TemplateModel
  /// Per tonight note: whether it had enough clinical content to be judged.
  public var judged: [Bool]
  /// Per tonight note: distinct shingles left after template removal.
  public var contentShingles: [Int]
  /// Tonight's judged notes for the history store (empty unless `detect(exporting: true)`).
  public var exported: [HistoricalFingerprint]
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
