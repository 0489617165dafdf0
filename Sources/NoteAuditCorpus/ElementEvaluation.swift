import Foundation
import NoteAudit

/// A note labelled by a reviewer: which elements it documents, its direct minutes, the code its
/// content fits and whether it holds boilerplate. Read from JSON Lines
/// (`{"id", "text", "expected": {"functional_task": true, ...}, "minutes", "best_code", "vague"}`).
public struct LabeledNote: Decodable, Sendable {
  public var id: String
  public var text: String
  public var expected: [String: Bool]
  public var minutes: [Int]
  public var best_code: String
  public var vague: Bool
}

/// Precision and recall of one yes/no decision over a labelled set.
public struct BinaryScore: Sendable, Hashable, CustomStringConvertible {
  public var truePositives = 0
  public var falsePositives = 0
  public var falseNegatives = 0
  public var trueNegatives = 0

  public mutating func add(predicted: Bool, actual: Bool) {
    switch (predicted, actual) {
    case (true, true): truePositives += 1
    case (true, false): falsePositives += 1
    case (false, true): falseNegatives += 1
    case (false, false): trueNegatives += 1
    }
  }

  public var precision: Double {
    truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
  }
  public var recall: Double {
    truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
  }
  public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
  public var accuracy: Double {
    let all = truePositives + falsePositives + falseNegatives + trueNegatives
    return all == 0 ? 1 : Double(truePositives + trueNegatives) / Double(all)
  }

  public var description: String {
    func f(_ x: Double) -> String { String(format: "%.2f", x) }
    return "P \(f(precision))  R \(f(recall))  F1 \(f(f1))  (tp \(truePositives), fp \(falsePositives), fn \(falseNegatives), tn \(trueNegatives))"
  }
}

/// Element detection measured against reviewer labels.
public struct AccuracyReport: Sendable {
  public var elements: [ElementKind: BinaryScore] = [:]
  public var vague = BinaryScore()
  public var notes = 0
  public var minutesExact = 0
  public var bestCodeCorrect = 0
  /// One line per disagreement: `id: element expected X, found Y (evidence)`.
  public var disagreements: [String] = []

  /// Micro-averaged over all eight elements.
  public var overall: BinaryScore {
    elements.values.reduce(into: BinaryScore()) {
      $0.truePositives += $1.truePositives
      $0.falsePositives += $1.falsePositives
      $0.falseNegatives += $1.falseNegatives
      $0.trueNegatives += $1.trueNegatives
    }
  }

  public var table: String {
    var lines = ElementKind.allCases.map { kind in
      "\(kind.rawValue.padding(toLength: 22, withPad: " ", startingAt: 0)) \(elements[kind] ?? BinaryScore())"
    }
    lines.append("\("all elements".padding(toLength: 22, withPad: " ", startingAt: 0)) \(overall)")
    lines.append("\("vague phrases".padding(toLength: 22, withPad: " ", startingAt: 0)) \(vague)")
    lines.append("minutes exactly right  \(minutesExact)/\(notes)")
    lines.append("best code right        \(bestCodeCorrect)/\(notes)")
    return lines.joined(separator: "\n")
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
      report.notes += 1
      for kind in ElementKind.allCases {
        guard let actual = note.expected[kind.rawValue] else { continue }
        let element = result.element(kind)
        report.elements[kind, default: BinaryScore()].add(predicted: element.present, actual: actual)
        if element.present != actual {
          let found = element.evidence.prefix(3).map { "\($0.entryID) '\($0.text)'" }.joined(separator: ", ")
          report.disagreements.append("\(note.id): \(kind.rawValue) expected \(actual), found \(element.present)\(found.isEmpty ? "" : " (\(found))")")
        }
      }
      report.vague.add(predicted: !result.vaguePhrases.isEmpty, actual: note.vague)
      if Set(result.element(.timedMinutes).values) == Set(note.minutes) {
        report.minutesExact += 1
      } else {
        report.disagreements.append("\(note.id): minutes expected \(note.minutes), found \(result.element(.timedMinutes).values)")
      }
      if result.codeFit.best == note.best_code {
        report.bestCodeCorrect += 1
      } else {
        report.disagreements.append("\(note.id): best code expected \(note.best_code), found \(result.codeFit.best)")
      }
    }
    return report
  }
}
