import Foundation
import NoteAudit

/// A note labelled by two reviewers and adjudicated (Benchmarks/accuracy/PROTOCOL.md): which
/// elements it documents, its direct minutes, the code its content fits and whether it holds
/// boilerplate. Read from JSON Lines (`{"id", "text", "expected": {"functional_task": true, ...},
/// "minutes", "best_code", "vague", "style"}`).
public struct LabeledNote: Decodable, Sendable {
  public var id: String
  public var text: String
  /// The decisions labelled (a phrasing probe labels only the ones it is about; `vague` may be one).
  public var expected: [String: Bool]
  /// The direct minutes; nil when the note is not labelled for them.
  public var minutes: [Int]?
  public var best_code: String?
  public var vague: Bool?
  /// The documentation style the note was written in (`snf-daily-skilled`, `dictated-narrative`…),
  /// or a probe's class.
  public var style: String?

  enum CodingKeys: String, CodingKey {
    case id, text, expected, minutes, best_code, vague, style, `class`
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    text = try c.decode(String.self, forKey: .text)
    expected = try c.decode([String: Bool].self, forKey: .expected)
    minutes = try c.decodeIfPresent([Int].self, forKey: .minutes)
    best_code = try c.decodeIfPresent(String.self, forKey: .best_code)
    vague = try c.decodeIfPresent(Bool.self, forKey: .vague) ?? expected["vague"]
    style =
      try c.decodeIfPresent(String.self, forKey: .style)
      ?? c.decodeIfPresent(String.self, forKey: .class)
  }
}

/// Precision and recall of one yes/no decision over a labelled set.
public struct BinaryScore: Sendable, Hashable, CustomStringConvertible {
  public var truePositives = 0
  public var falsePositives = 0
  public var falseNegatives = 0
  public var trueNegatives = 0

  public init() {}

  public mutating func add(predicted: Bool, actual: Bool) {
    switch (predicted, actual) {
    case (true, true): truePositives += 1
    case (true, false): falsePositives += 1
    case (false, true): falseNegatives += 1
    case (false, false): trueNegatives += 1
    }
  }

  public static func + (a: BinaryScore, b: BinaryScore) -> BinaryScore {
    var sum = a
    sum.truePositives += b.truePositives
    sum.falsePositives += b.falsePositives
    sum.falseNegatives += b.falseNegatives
    sum.trueNegatives += b.trueNegatives
    return sum
  }

  public var precision: Double {
    truePositives + falsePositives == 0
      ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
  }
  public var recall: Double {
    truePositives + falseNegatives == 0
      ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
  }
  public var f1: Double {
    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }
  /// How often "absent" is right: of the notes where the element was not found, the share where
  /// the labels say it is missing (the precision of a "missing" finding).
  public var absentPrecision: Double {
    trueNegatives + falseNegatives == 0
      ? 1 : Double(trueNegatives) / Double(trueNegatives + falseNegatives)
  }
  public var accuracy: Double {
    let all = truePositives + falsePositives + falseNegatives + trueNegatives
    return all == 0 ? 1 : Double(truePositives + trueNegatives) / Double(all)
  }

  /// 95% Wilson score intervals of precision, recall and absent precision.
  public var precisionInterval: ClosedRange<Double> {
    Wilson.interval(truePositives, of: truePositives + falsePositives)
  }
  public var recallInterval: ClosedRange<Double> {
    Wilson.interval(truePositives, of: truePositives + falseNegatives)
  }
  public var absentPrecisionInterval: ClosedRange<Double> {
    Wilson.interval(trueNegatives, of: trueNegatives + falseNegatives)
  }

  public var description: String {
    func f(_ x: Double) -> String { String(format: "%.2f", x) }
    return
      "P \(f(precision))  R \(f(recall))  F1 \(f(f1))  (tp \(truePositives), fp \(falsePositives), fn \(falseNegatives), tn \(trueNegatives))"
  }
}

/// The Wilson score interval of a proportion (95%, z = 1.96): unlike the normal approximation it
/// stays inside 0…1 and is honest at 30/30.
public enum Wilson {
  public static func interval(_ successes: Int, of trials: Int, z: Double = 1.959964)
    -> ClosedRange<Double>
  {
    guard trials > 0 else { return 0...1 }
    let n = Double(trials), p = Double(successes) / n
    let denominator = 1 + z * z / n
    let centre = (p + z * z / (2 * n)) / denominator
    let half = z * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot() / denominator
    return max(0, centre - half)...min(1, centre + half)
  }
}

/// One note's outcome: what was found for each decision, against its labels.
public struct NoteOutcome: Sendable {
  public var id: String
  public var style: String
  /// Per element (by `ElementKind.allCases` order, then vague phrases): (predicted, actual), nil
  /// where the note has no label.
  public var decisions: [(predicted: Bool, actual: Bool)?]
  public var minutesExact: Bool
  public var bestCodeRight: Bool
}

/// Element detection measured against reviewer labels.
public struct AccuracyReport: Sendable {
  /// The decisions scored: the eight elements, then vague phrases.
  public static let decisionNames = ElementKind.allCases.map(\.rawValue) + ["vague_phrase"]

  public var outcomes: [NoteOutcome] = []
  /// One line per disagreement: `id: element expected X, found Y (evidence)`.
  public var disagreements: [String] = []

  public var notes: Int { outcomes.count }
  public var minutesExact: Int { outcomes.count { $0.minutesExact } }
  public var bestCodeCorrect: Int { outcomes.count { $0.bestCodeRight } }

  /// The score of decision `index` (`decisionNames` order) over `outcomes`.
  static func score(_ index: Int, _ outcomes: some Sequence<NoteOutcome>) -> BinaryScore {
    var score = BinaryScore()
    for outcome in outcomes {
      if let d = outcome.decisions[index] { score.add(predicted: d.predicted, actual: d.actual) }
    }
    return score
  }

  public var elements: [ElementKind: BinaryScore] {
    Dictionary(
      uniqueKeysWithValues: ElementKind.allCases.enumerated().map { ($1, Self.score($0, outcomes)) }
    )
  }
  public var vague: BinaryScore { Self.score(ElementKind.allCases.count, outcomes) }

  /// Micro-averaged over the eight elements.
  public var overall: BinaryScore {
    (0..<ElementKind.allCases.count).map { Self.score($0, outcomes) }.reduce(BinaryScore(), +)
  }

  /// The mean F1 of the eight elements and vague phrases.
  public var macroF1: Double { Self.macroF1(outcomes) }

  static func macroF1(_ outcomes: some Collection<NoteOutcome>) -> Double {
    let names = decisionNames.indices
    return names.map { score($0, outcomes).f1 }.reduce(0, +) / Double(names.count)
  }

  /// A 95% percentile bootstrap interval (notes resampled, 2,000 times, seeded) of a statistic.
  public func bootstrap(_ statistic: ([NoteOutcome]) -> Double) -> ClosedRange<Double> {
    guard !outcomes.isEmpty else { return 0...1 }
    var random = BootstrapRandom(seed: 0x5EED)
    var values: [Double] = []
    values.reserveCapacity(2000)
    var sample = outcomes
    for _ in 0..<2000 {
      for i in sample.indices { sample[i] = outcomes[random.below(outcomes.count)] }
      values.append(statistic(sample))
    }
    values.sort()
    return values[50]...values[1949]
  }

  public var macroF1Interval: ClosedRange<Double> { bootstrap { Self.macroF1($0) } }

  /// The reports of each style, in name order.
  public var byStyle: [(style: String, report: AccuracyReport)] {
    Dictionary(grouping: outcomes, by: \.style).sorted { $0.key < $1.key }.map { style, outcomes in
      (style, AccuracyReport(outcomes: outcomes))
    }
  }

  /// A Markdown table: per decision P / R / F1 with 95% intervals, the missing-finding precision,
  /// the minutes and code figures.
  public var table: String {
    func f(_ x: Double) -> String { String(format: "%.2f", x) }
    func ci(_ r: ClosedRange<Double>) -> String { "[\(f(r.lowerBound))–\(f(r.upperBound))]" }
    var lines = [
      "| Decision | P [95% CI] | R [95% CI] | F1 [95% CI] | \"missing\" right [95% CI] | tp / fp / fn / tn |",
      "|---|---|---|---|---|---|",
    ]
    for (index, name) in Self.decisionNames.enumerated() {
      let s = Self.score(index, outcomes)
      let f1 = bootstrap { Self.score(index, $0).f1 }
      lines.append(
        "| \(name) | \(f(s.precision)) \(ci(s.precisionInterval)) | \(f(s.recall)) \(ci(s.recallInterval)) | \(f(s.f1)) \(ci(f1)) "
          + "| \(f(s.absentPrecision)) \(ci(s.absentPrecisionInterval)) | \(s.truePositives) / \(s.falsePositives) / \(s.falseNegatives) / \(s.trueNegatives) |"
      )
    }
    let all = overall
    lines.append(
      "| **elements (micro)** | \(f(all.precision)) \(ci(all.precisionInterval)) | \(f(all.recall)) \(ci(all.recallInterval)) | \(f(all.f1)) "
        + "| \(f(all.absentPrecision)) \(ci(all.absentPrecisionInterval)) | \(all.truePositives) / \(all.falsePositives) / \(all.falseNegatives) / \(all.trueNegatives) |"
    )
    lines.append(
      "| **macro F1 (8 elements + vague)** | | | \(f(macroF1)) \(ci(macroF1Interval)) | | |")
    lines.append("")
    lines.append(
      "Notes: \(notes). Direct minutes exactly right: \(minutesExact)/\(notes). Best-fitting code right: \(bestCodeCorrect)/\(notes)."
    )
    return lines.joined(separator: "\n")
  }

  /// One Markdown row per style: notes, macro F1, micro element F1, missing-finding precision.
  public var styleTable: String {
    func f(_ x: Double) -> String { String(format: "%.2f", x) }
    var lines = [
      "| Style | Notes | Macro F1 | Element P / R (micro) | \"missing\" right | Minutes exact |",
      "|---|---|---|---|---|---|",
    ]
    for (style, report) in byStyle {
      let all = report.overall
      lines.append(
        "| \(style) | \(report.notes) | \(f(report.macroF1)) | \(f(all.precision)) / \(f(all.recall)) | \(f(all.absentPrecision)) | \(report.minutesExact)/\(report.notes) |"
      )
    }
    return lines.joined(separator: "\n")
  }
}

/// SplitMix64: the bootstrap's resampling must be the same on every run and platform.
struct BootstrapRandom {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func below(_ n: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((z ^ (z >> 31)).multipliedFullWidth(by: UInt64(n)).high)
  }
}

public enum ElementEvaluation {
  /// Reads labelled notes from a JSON Lines file.
  public static func load(_ path: String) throws -> [LabeledNote] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return try text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.map {
      try JSONDecoder().decode(LabeledNote.self, from: Data($0.utf8))
    }
  }

  /// Analyses every note and compares with its labels.
  public static func evaluate(_ notes: [LabeledNote], analyzer: Analyzer) -> AccuracyReport {
    var report = AccuracyReport()
    for note in notes {
      let result = analyzer.analyze(NoteRecord(id: note.id, text: note.text))
      var decisions: [(predicted: Bool, actual: Bool)?] = []
      for kind in ElementKind.allCases {
        guard let actual = note.expected[kind.rawValue] else {
          decisions.append(nil)
          continue
        }
        let element = result.element(kind)
        decisions.append((element.present, actual))
        if element.present != actual {
          let found = element.evidence.prefix(3).map { "\($0.entryID) '\($0.text)'" }.joined(
            separator: ", ")
          report.disagreements.append(
            "\(note.id): \(kind.rawValue) expected \(actual), found \(element.present)\(found.isEmpty ? "" : " (\(found))")"
          )
        }
      }
      let foundVague = !result.vaguePhrases.isEmpty
      if let vague = note.vague {
        decisions.append((foundVague, vague))
        if foundVague != vague {
          let found = result.vaguePhrases.prefix(3).map { "'\($0.text)'" }.joined(separator: ", ")
          report.disagreements.append(
            "\(note.id): vague expected \(vague), found \(foundVague)\(found.isEmpty ? "" : " (\(found))")"
          )
        }
      } else {
        decisions.append(nil)
      }
      var minutesExact = true
      if let minutes = note.minutes,
        note.expected[ElementKind.timedMinutes.rawValue] != nil || !minutes.isEmpty
      {
        minutesExact = Set(result.element(.timedMinutes).values) == Set(minutes)
        if !minutesExact {
          report.disagreements.append(
            "\(note.id): minutes expected \(minutes), found \(result.element(.timedMinutes).values)"
          )
        }
      }
      var bestCodeRight = true
      if let bestCode = note.best_code {
        bestCodeRight = result.codeFit.best == bestCode
        if !bestCodeRight {
          report.disagreements.append(
            "\(note.id): best code expected \(bestCode), found \(result.codeFit.best)")
        }
      }
      report.outcomes.append(
        NoteOutcome(
          id: note.id, style: note.style ?? "unstyled", decisions: decisions,
          minutesExact: minutesExact, bestCodeRight: bestCodeRight))
    }
    return report
  }
}
