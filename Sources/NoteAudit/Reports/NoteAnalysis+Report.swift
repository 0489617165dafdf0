/// Views of an analysis that several report formats show the same way.
extension NoteAnalysis {
  /// Elements not found, in `ElementKind` order.
  var missingElements: [ElementKind] { ElementKind.allCases.filter { !element($0).present } }

  /// The `count` most severe findings (ties in the analyzer's order).
  func topFindings(_ count: Int) -> [Finding] {
    findings.enumerated().sorted {
      $0.element.severity != $1.element.severity ? $0.element.severity > $1.element.severity : $0.offset < $1.offset
    }.prefix(count).map(\.element)
  }

  /// The distinct clone kinds, in match order.
  var cloneKinds: [String] {
    var kinds: [String] = []
    for clone in clones where !kinds.contains(clone.kind) { kinds.append(clone.kind) }
    return kinds
  }
}
