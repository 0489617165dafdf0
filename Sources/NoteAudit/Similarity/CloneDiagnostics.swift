import Foundation

/// Why a pair of tonight's notes was (or would be) judged a clone: the quantities verification
/// compares, recomputed for a few pairs (`noteaudit-bench clones --pair-features`). A debugging aid,
/// not part of detection: it learns the templates and weights again.
package struct ClonePairDiagnosis: Sendable {
  package var sameProvider: Bool
  package var sameClinic: Bool
  /// Content shingles (weight > 0) of each note, and their weight sums.
  package var content: (Int, Int)
  package var totals: (Int, Int)
  /// Shared content shingles, and their weight (Σmin).
  package var shared: Int
  package var sharedWeight: Int
  /// Shared content shingles by their (lower) weight, index = weight 0…8.
  package var sharedByWeight: [Int]
  /// Shared content shingles seen in at most `ShingleRarity.allowance` sampled patients of the
  /// batch (or never sampled).
  package var sharedUnsampled: Int
  /// Weighted (cross-patient) measures.
  package var jaccard: Double
  package var containment: Double
  package var valueAgreement: Double
  package var byValue: (jaccard: Double, containment: Double)
  /// Plain (unweighted) measures of the content shingles.
  package var plainJaccard: Double
  package var plainContainment: Double
  package var sharesMeasures: Bool
  /// Measurements (`numbers`) in common over the note with fewer (1 when it has fewer than two).
  package var measureShare: Double
  /// Shared shingles with numbers, and of them those whose values agree (unweighted).
  package var sharedNumeric: Int
  package var sharedAgreeing: Int
  /// Weight above 1 (`w − 1`) of each note's content, of the shared content, and of the shared
  /// content whose values agree.
  package var rareTotals: (Int, Int)
  package var sharedRare: Int
  package var sharedRareAgreeing: Int
  /// The same counting each agreeing shingle with numbers as rare as it is with its values: the
  /// distinctive weight the evidence rule reads (`Resemblance.distinctiveWeight`).
  package var sharedValuedAgreeing: Int
}

extension CloneDetector {
  /// Diagnoses pairs of tonight's notes (indices in the order added).
  package func diagnose(_ pairs: [(Int, Int)]) -> [ClonePairDiagnosis] {
    let (templates, rarity) = learn()
    let global = counts(
      sampled(patientNotes, sample: configuration.templateSamplePatients * Self.globalSampleFactor))
    var out: [ClonePairDiagnosis] = []
    withContent(templates, rarity) { content in
      let (values, starts, w, tags, t, c) = (
        content.values, content.starts, content.weights, content.valueTags, content.totals,
        content.contentCounts
      )
      for (a, b) in pairs {
        let r = content.resemblance(a, b, weighted: true, values: true)
        let p = content.resemblance(a, b, weighted: false, values: false)
        var byWeight = [Int](repeating: 0, count: Int(ShingleRarity.maxWeight) + 1)
        var (shared, sharedWeight, unsampled, numeric, agreeing) = (0, 0, 0, 0, 0)
        var (sharedRare, sharedRareAgreeing) = (0, 0)
        func rare(_ n: Int) -> Int {
          (starts[n]..<starts[n + 1]).reduce(0) { $0 + max(0, Int(ShingleRarity.plain(w[$1])) - 1) }
        }
        SortedHashes.forEachCommon(
          values, starts[a]..<starts[a + 1], starts[b]..<starts[b + 1]
        ) {
          i, j in
          let weight = min(ShingleRarity.plain(w[i]), ShingleRarity.plain(w[j]))
          guard weight > 0 else { return }
          byWeight[Int(weight)] += 1
          shared += 1
          sharedWeight += Int(weight)
          sharedRare += Int(weight) - 1
          if tags[i] == tags[j] { sharedRareAgreeing += Int(weight) - 1 }
          if (tags[i] | tags[j]) != 0 {
            numeric += 1
            if tags[i] == tags[j] { agreeing += 1 }
          }
          if let k = Self.index(of: values[i], in: global.shingles) {
            if Int(global.patients[k]) <= ShingleRarity.allowance { unsampled += 1 }
          } else {
            unsampled += 1
          }
        }
        out.append(
          ClonePairDiagnosis(
            sameProvider: providerOfNote[a] == providerOfNote[b],
            sameClinic: clinicOfNote[a] == clinicOfNote[b],
            content: (Int(c[a]), Int(c[b])), totals: (Int(t[a]), Int(t[b])),
            shared: shared, sharedWeight: sharedWeight, sharedByWeight: byWeight,
            sharedUnsampled: unsampled, jaccard: r.jaccard, containment: r.containment,
            valueAgreement: r.valueAgreement, byValue: r.byValue,
            plainJaccard: p.jaccard, plainContainment: p.containment,
            sharesMeasures: sharesMeasures(a, b), measureShare: measureShare(a, b),
            sharedNumeric: numeric,
            sharedAgreeing: agreeing, rareTotals: (rare(a), rare(b)),
            sharedRare: sharedRare, sharedRareAgreeing: sharedRareAgreeing,
            sharedValuedAgreeing: r.distinctiveWeight))
      }
    }
    return out
  }

  func measureShare(_ a: Int, _ b: Int) -> Double {
    let (x, y) = (numbers.range(a), numbers.range(b))
    let smaller = min(x.count, y.count)
    guard smaller >= 2 else { return 1 }
    var common = 0
    numbers.values.withUnsafeBufferPointer {
      SortedHashes.forEachCommon($0, x, y) { _, _ in common += 1 }
    }
    return Double(common) / Double(smaller)
  }

  /// Binary search in an ascending array.
  static func index(of x: UInt32, in sorted: [UInt32]) -> Int? {
    var (lo, hi) = (0, sorted.count)
    while lo < hi {
      let mid = (lo + hi) / 2
      if sorted[mid] < x { lo = mid + 1 } else { hi = mid }
    }
    return lo < sorted.count && sorted[lo] == x ? lo : nil
  }
}
