/// Views of an analysis that several report formats show the same way.
extension NoteAnalysis {
  /// One result per element in `ElementKind` order, read in one pass over the dictionary (no
  /// hashing: the writers call this for every note).
  var elementsInOrder: [(kind: ElementKind, result: ElementResult)] {
    var results = ElementKind.allCases.map { (kind: $0, result: ElementResult()) }
    for (kind, result) in elements {
      if let i = ElementKind.allCases.firstIndex(of: kind) { results[i].result = result }
    }
    return results
  }

  /// Elements not found, in `ElementKind` order.
  var missingElements: [ElementKind] { elementsInOrder.filter { !$0.result.present }.map(\.kind) }

  /// The `count` most severe findings (ties in the analyzer's order).
  func topFindings(_ count: Int) -> [Finding] {
    findings.enumerated().sorted {
      $0.element.severity != $1.element.severity
        ? $0.element.severity > $1.element.severity : $0.offset < $1.offset
    }.prefix(count).map(\.element)
  }

  /// The distinct clone kinds, in match order.
  var cloneKinds: [String] {
    var kinds: [String] = []
    for clone in clones where !kinds.contains(clone.kind) { kinds.append(clone.kind) }
    return kinds
  }
}
