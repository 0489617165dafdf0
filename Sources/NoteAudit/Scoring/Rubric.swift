import Foundation

/// How one CPT code's notes are scored: element weights, which elements are required, the messages
/// and suggestions for missing ones, penalties and grade thresholds. Loaded from `rubrics.json` in
/// the lexicon folders so a compliance lead can tune it without recompiling.
public struct Rubric: Sendable, Codable, Hashable {
  public struct ElementRule: Sendable, Codable, Hashable {
    public var weight: Double
    public var required: Bool?
    public var severity: Severity
    public var message: String
    public var suggestion: String
  }

  public struct Penalty: Sendable, Codable, Hashable {
    /// Points off per occurrence.
    public var penalty: Double
    /// At most this many points off in all.
    public var maxPenalty: Double
  }

  public struct CodeFitRule: Sendable, Codable, Hashable {
    /// Points off when the content fits another code better.
    public var penalty: Double
    /// Another code "fits better" when its signal weight is at least this many times this code's
    /// and at least `minWeight`.
    public var ratio: Double
    public var minWeight: Double
  }

  public struct Grades: Sendable, Codable, Hashable {
    public var strong: Double
    public var adequate: Double
  }

  public var code: String
  public var title: String
  public var elements: [String: ElementRule]
  public var vague: Penalty
  public var codeFit: CodeFitRule
  public var grades: Grades
  /// Fewer words than this is `note.too-short`.
  public var minWords: Int

  public func rule(for kind: ElementKind) -> ElementRule? { elements[kind.rawValue] }
}

/// The rubrics by code, layered like the lexicons (a later folder's `rubrics.json` replaces codes).
public struct RubricSet: Sendable {
  public var rubrics: [String: Rubric]
  /// The code scored when a note does not say otherwise.
  public var defaultCode: String

  struct File: Codable {
    var schema: String
    var rubrics: [Rubric]
  }

  public init(rubrics: [String: Rubric], defaultCode: String = "97530") {
    self.rubrics = rubrics
    self.defaultCode = defaultCode
  }

  /// Reads `rubrics.json` from each folder that has one; problems name the file.
  public static func load(directories: [String]) -> (RubricSet, [LexiconProblem]) {
    var rubrics: [String: Rubric] = [:]
    var problems: [LexiconProblem] = []
    for directory in directories {
      let path = (directory as NSString).appendingPathComponent("rubrics.json")
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      do {
        let file = try JSONDecoder().decode(File.self, from: data)
        guard file.schema == "noteaudit-rubric/1" else {
          problems.append(
            LexiconProblem(
              file: path, line: 1,
              message: "unknown schema '\(file.schema)' (expected noteaudit-rubric/1)"))
          continue
        }
        for rubric in file.rubrics {
          let unknown = Set(rubric.elements.keys).subtracting(ElementKind.allCases.map(\.rawValue))
          for key in unknown.sorted() {
            problems.append(
              LexiconProblem(
                file: path, line: 1,
                message:
                  "rubric \(rubric.code): unknown element '\(key)'\(Spelling.hint(for: key, in: ElementKind.allCases.map(\.rawValue)))"
              ))
          }
          rubrics[rubric.code] = rubric
        }
      } catch {
        problems.append(
          LexiconProblem(file: path, line: 1, message: "cannot read rubrics: \(describe(error))"))
      }
    }
    return (RubricSet(rubrics: rubrics), problems)
  }
}

/// A readable description of a decoding error (path of keys and what was wrong).
func describe(_ error: any Error) -> String {
  guard let decoding = error as? DecodingError else { return "\(error)" }
  func path(_ context: DecodingError.Context) -> String {
    let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(
      separator: ".")
    return keys.isEmpty ? "" : "at '\(keys)': "
  }
  switch decoding {
  case .keyNotFound(let key, let context): return "\(path(context))missing key '\(key.stringValue)'"
  case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
    return "\(path(context))\(context.debugDescription)"
  @unknown default: return "\(error)"
  }
}
