/// What the whole batch found about one note: the notes it duplicates and the findings only the
/// batch could make (clones; visit sequences, modifiers across visits, a provider's minutes per
/// unit).
///
/// A note's own analysis (`NoteAnalysis`) is complete when the note has been read; these results
/// are known only once every note has been. Reports write each note as it is analysed and these
/// after the last note, in one batch section that names the note by its `id` (Docs/Architecture.md).
public struct BatchNote: Hashable, Sendable {
  /// The id of the note the results concern (every note with this id, should ids repeat).
  public var id: String
  /// Other notes this one duplicates, most similar first.
  public var clones: [CloneMatch]
  /// Findings the batch adds to the note's own, with the rule overrides applied.
  public var findings: [Finding]

  public init(id: String, clones: [CloneMatch] = [], findings: [Finding] = []) {
    self.id = id
    self.clones = clones
    self.findings = findings
  }
}
