/// One entry of a lexicon file: an id, the category it marks, its pattern alternatives and
/// attributes, and where it was written (for `file:line` messages).
package struct LexiconEntry: Sendable, Hashable {
  package var id: String
  package var category: String
  /// The alternatives as written (before expansion), e.g. `(min|minimal) (assist|A)`.
  package var patterns: [String]
  package var attributes: [String: String]
  package var file: String
  package var line: Int

  package init(
    id: String, category: String, patterns: [String], attributes: [String: String], file: String,
    line: Int
  ) {
    self.id = id
    self.category = category
    self.patterns = patterns
    self.attributes = attributes
    self.file = file
    self.line = line
  }
}

/// A problem in a lexicon file, reported as `file:line: message`; the line is skipped and the
/// rest of the file still loads.
public struct LexiconProblem: Error, Sendable, Hashable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String { "\(file):\(line): \(message)" }
}

/// The categories a lexicon entry may belong to (see Docs/LexiconFormat.md).
package enum LexiconCategory {
  package static let elements: [String] = ElementKind.allCases.map(\.rawValue)
  package static let context: Set<String> = [
    "negation", "pseudo", "hypothetical", "historical", "other_person", "reported", "terminator",
    "billing_marker", "fact_marker", "plan_marker",
  ]
  package static let other: Set<String> = [
    "vague_phrase", "code_signal", "code_name", "not_treatment_time", "shared_session", "section",
    "total_timed_label",
    "total_time_label", "time_in_label", "time_out_label", "progress_report", "goal_purpose",
    "functional_outcome", "not_element",
  ]
  package static let all: Set<String> = Set(elements).union(context).union(other)

  /// Attribute keys each category understands (beyond the common `suggestion`, `note`).
  static let knownAttributes: Set<String> = [
    "code", "level", "type", "measure", "suggestion", "weight", "direction", "scope", "targets",
    "context", "note",
    "message", "severity", "range", "requires", "ignores", "ends", "scale", "reach", "excluded_by",
    "outcome", "report", "names",
  ]
}
