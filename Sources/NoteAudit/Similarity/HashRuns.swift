import Foundation

/// Per-note runs of sorted 32-bit hashes in one flat array.
///
/// One allocation for a whole batch instead of one array per note: no per-note header or malloc
/// rounding (a million notes' shingles are ~600 MB either way, the headers were another ~100 MB),
/// and reading a run in a hot loop costs no retain/release.
struct HashRuns: Sendable {
  private(set) var values: [UInt32] = []
  private(set) var starts: [Int] = [0]

  var count: Int { starts.count - 1 }

  mutating func append(_ run: [UInt32]) {
    values.append(contentsOf: run)
    starts.append(values.count)
  }

  func range(_ i: Int) -> Range<Int> { starts[i]..<starts[i + 1] }

  /// Run `i` (template learning, measurements).
  subscript(i: Int) -> ArraySlice<UInt32> { values[range(i)] }
}

/// Each shingle's weight in similarity, parallel to a `HashRuns`: 0 for template, else
/// 1…`ShingleRarity.maxWeight` by how rare the shingle is (IDF-style), so shared stock phrasing
/// counts for little and shared specific sentences for much.
struct WeightedRuns: @unchecked Sendable {
  /// Valid while the arrays they point into are alive (`CloneDetector.detect` keeps them).
  let values: UnsafeBufferPointer<UInt32>
  let starts: UnsafeBufferPointer<Int>
  /// `ShingleRarity.pack`ed: the weight, and the weight of the shingle with its values.
  let weights: UnsafeBufferPointer<UInt8>
  /// Parallel to `values`: `Fingerprint.valueTags`.
  let valueTags: UnsafeBufferPointer<UInt8>
  /// Per note: sum of its weights, and how many shingles weigh more than 0 (its content).
  let totals: UnsafeBufferPointer<Int32>
  let contentCounts: UnsafeBufferPointer<Int32>

  /// Weighted (generalised) Jaccard Σmin/Σmax and weighted containment Σmin / min(Σa, Σb) of two
  /// notes; unweighted, the plain Jaccard and containment of their content (weight > 0) shingles.
  /// Numbers are masked in shingles; the value tags say which shared shingles also carry the same
  /// values (`Resemblance.byValue`, `valueAgreement`).
  ///
  /// One patient's notes are compared unweighted: rarity is what tells two patients' notes written
  /// from the same phrases from a reused note, while a patient's own series has no such chance
  /// pairs, and there a carried-forward note whose edits added rare sentences must still count.
  ///
  /// - Parameter values: also count the shared shingles whose values agree (else the pair is
  ///   taken as agreeing: one patient's series compares numbers masked).
  func resemblance(_ a: Int, _ b: Int, weighted: Bool, values comparesValues: Bool) -> Resemblance {
    var shared = 0
    var numeric = 0
    var agreeing = 0
    var distinctive = 0
    SortedHashes.forEachCommon(values, starts[a]..<starts[a + 1], starts[b]..<starts[b + 1]) {
      i, j in
      let w = min(ShingleRarity.plain(weights[i]), ShingleRarity.plain(weights[j]))
      let counted = weighted ? Int(w) : w > 0 ? 1 : 0
      shared += counted
      if comparesValues && (valueTags[i] | valueTags[j]) != 0 {
        numeric += counted
        if valueTags[i] == valueTags[j] { agreeing += counted }
      }
      // Only across patients (values compared) is the distinctive weight read; a shingle whose
      // values agree counts as rare as it is with these values.
      if comparesValues && w > 0 && valueTags[i] == valueTags[j] {
        distinctive +=
          Int(min(ShingleRarity.valued(weights[i]), ShingleRarity.valued(weights[j]))) - 1
      }
    }
    let (ta, tb) =
      weighted ? (Int(totals[a]), Int(totals[b])) : (Int(contentCounts[a]), Int(contentCounts[b]))
    var r = Resemblance(shared: shared, totals: (ta, tb), numeric: numeric, agreeing: agreeing)
    r.distinctiveWeight = distinctive
    return r
  }

  /// The note's content signature: each shingle repeated as often as its weight (`MinHash`), so slot
  /// equality estimates the weighted Jaccard that verification computes exactly.
  func signature(_ note: Int) -> [UInt32] {
    MinHash.signature(
      weighted: (starts[note]..<starts[note + 1]).lazy.map {
        (self.values[$0], ShingleRarity.plain(self.weights[$0]))
      })
  }
}

/// How much two notes' content overlaps (`WeightedRuns.resemblance`), from shared and total
/// (weighted) content shingles.
struct Resemblance: Sendable {
  /// Shared over the union.
  var jaccard: Double
  /// Shared over the smaller note's content.
  var containment: Double
  /// Of the shared weight in shingles with numbers, the share whose numbers have the same values
  /// too; 1 when the notes share no such shingle.
  var valueAgreement = 1.0
  /// Jaccard and containment counting a shingle with numbers as shared only when its values agree.
  var byValue: (jaccard: Double, containment: Double)
  /// Weight above the common floor (v − 1, `ShingleRarity`) of the shared shingles whose values
  /// agree (or that carry none), v the shingle's weight with its values (`ShingleRarity.valued`):
  /// the shared content that is not a stock phrase every provider's notes may hold, nor a stock
  /// phrase's fixed numbers (`CloneConfiguration.crossPatientEvidencePerEFold`). Comparisons of
  /// values only (across patients).
  var distinctiveWeight = 0

  init(shared: Int, totals: (Int, Int), numeric: Int, agreeing: Int) {
    func ratios(_ shared: Int) -> (Double, Double) {
      let union = totals.0 + totals.1 - shared
      let smaller = min(totals.0, totals.1)
      return (
        union <= 0 ? 0 : Double(shared) / Double(union),
        smaller <= 0 ? 0 : Double(shared) / Double(smaller)
      )
    }
    (jaccard, containment) = ratios(shared)
    byValue = ratios(shared - numeric + agreeing)
    valueAgreement = numeric == 0 ? 1 : Double(agreeing) / Double(numeric)
  }

  /// An estimated Jaccard (history pairs: signatures only, no values).
  init(estimate: Double) {
    (jaccard, containment) = (estimate, 0)
    byValue = (estimate, 0)
  }
}

/// How rare each shingle is, from document frequency over distinct patients in a sample: over the
/// whole batch and within each provider's patients.
///
/// A phrase in 10 % of a provider's patients is that provider's habit, not evidence that one note
/// was made from another; a sentence with its particular findings in two patients' notes is.
/// Frequency is counted from the same bounded samples template learning draws, and only from
/// contexts with at least `minPatients` sampled patients: in a small batch every weight stays at
/// the maximum, so it is judged exactly as before (plain Jaccard of the content shingles).
struct ShingleRarity: Sendable {
  static let maxWeight: UInt8 = 8
  /// A frequency over fewer patients says nothing about rarity.
  static let minPatients = 50
  /// Patients a shingle may be in without losing weight: a cross-patient clone family's.
  static let allowance = 2
  /// Frequency at and below which a shingle has the maximum weight.
  static let rareFrequency = 0.001

  /// Open addressing over `context << 32 | shingle` (context 0 = batch, 1 + provider index);
  /// only keys below the maximum weight are stored, with their weights `pack`ed.
  private var keys: [UInt64]
  private var weights: [UInt8]
  private let mask: Int
  private static let vacant = UInt64.max

  /// Quantised IDF: `maxWeight` × ln(1/f) / ln(1/rareFrequency), 1…maxWeight, where f is the share
  /// of the context's sampled patients beyond `allowance` that have the shingle.
  static func weight(patients: Int, sampled: Int) -> UInt8 {
    let excess = patients - allowance
    guard sampled >= minPatients, excess > 0 else { return maxWeight }
    let f = Double(excess) / Double(sampled)
    let r = max(0, log(1 / f) / log(1 / rareFrequency))
    let scaled = (Double(maxWeight) * r * r).rounded()
    return UInt8(min(Double(maxWeight), max(1, scaled)))
  }

  /// A shingle's weight and the weight of the shingle with its values (from
  /// `ShingleCounts.valuedPatients`, at least the weight) in one byte, 4 bits each: what `weigh`
  /// stores per shingle, so the values' evidence costs no memory.
  static func pack(_ weight: UInt8, valued: UInt8) -> UInt8 { weight | valued << 4 }
  static func plain(_ packed: UInt8) -> UInt8 { packed & 0x0f }
  static func valued(_ packed: UInt8) -> UInt8 { packed >> 4 }
  static let rarest = pack(maxWeight, valued: maxWeight)

  /// - Parameter contexts: per context (index = context number), the counted sample.
  init(contexts: [ShingleCounts]) {
    var entries: [(UInt64, UInt8)] = []
    for (c, counts) in contexts.enumerated() where counts.sampledPatients >= Self.minPatients {
      for k in counts.shingles.indices {
        let w = Self.weight(patients: Int(counts.patients[k]), sampled: counts.sampledPatients)
        guard w < Self.maxWeight else { continue }
        let valued = Self.weight(
          patients: Int(counts.valuedPatients[k]), sampled: counts.sampledPatients)
        entries.append((UInt64(c) << 32 | UInt64(counts.shingles[k]), Self.pack(w, valued: valued)))
      }
    }
    var capacity = 16
    while capacity < entries.count * 2 { capacity <<= 1 }
    mask = capacity - 1
    keys = [UInt64](repeating: Self.vacant, count: capacity)
    weights = [UInt8](repeating: Self.rarest, count: capacity)
    for (key, w) in entries {
      var slot = Self.slot(key, mask)
      while keys[slot] != Self.vacant { slot = (slot + 1) & mask }
      keys[slot] = key
      weights[slot] = w
    }
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: SimilarityHash.mix(key)) & mask
  }

  /// The shingle's weights in a context, `pack`ed (the maximum when the context never had it
  /// often).
  @inline(__always)
  func weight(_ shingle: UInt32, context: Int) -> UInt8 {
    let key = UInt64(context) << 32 | UInt64(shingle)
    var slot = Self.slot(key, mask)
    while true {
      let k = keys[slot]
      if k == key { return weights[slot] }
      if k == Self.vacant { return Self.rarest }
      slot = (slot + 1) & mask
    }
  }
}

/// Distinct sampled patients and notes per shingle of one group's sample (ascending shingles).
struct ShingleCounts: Sendable {
  var shingles: [UInt32] = []
  var patients: [Int32] = []
  var notes: [Int32] = []
  /// Of `patients`, how many carry the values of one of them (`CloneDetector.valuedPatients`):
  /// `patients` for a shingle without numbers or whose numbers are the same everywhere.
  var valuedPatients: [Int32] = []
  var sampledPatients = 0
  var sampledNotes = 0
}
