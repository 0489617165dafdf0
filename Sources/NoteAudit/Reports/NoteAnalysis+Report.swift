/// Views of an analysis that several report formats show the same way.
extension NoteAnalysis {
  /// `ElementKind.allCases` made once: the synthesised property builds a new array on every call,
  /// and the writers and the summary ask for every note.
  static let elementKinds = ElementKind.allCases

  /// One result per element in `ElementKind` order, read in one pass over the dictionary (no
  /// hashing: the writers call this for every note).
  var elementsInOrder: [(kind: ElementKind, result: ElementResult)] {
    var results = Self.elementKinds.map { (kind: $0, result: ElementResult()) }
    for (kind, result) in elements {
      if let i = Self.elementKinds.firstIndex(of: kind) { results[i].result = result }
    }
    return results
  }

  /// Elements not found, in `ElementKind` order.
  var missingElements: [ElementKind] { Array(MissingElements(self)) }
}

/// The elements a note misses, a bit each (by place in `ElementKind.allCases`): a summary counts
/// them for every note without an array.
struct MissingElements: Sequence, Sendable {
  private var bits: UInt32

  init(_ note: NoteAnalysis) {
    var present: UInt32 = 0
    for (kind, result) in note.elements where result.present {
      if let i = NoteAnalysis.elementKinds.firstIndex(of: kind) { present |= 1 << i }
    }
    bits = ~present & ((1 << NoteAnalysis.elementKinds.count) &- 1)
  }

  /// The missing elements in `ElementKind` order.
  func makeIterator() -> Iterator { Iterator(rest: bits) }

  struct Iterator: IteratorProtocol {
    var rest: UInt32

    mutating func next() -> ElementKind? {
      guard rest != 0 else { return nil }
      let i = rest.trailingZeroBitCount
      rest &= rest &- 1
      return NoteAnalysis.elementKinds[i]
    }
  }
}

extension [Finding] {
  /// The `count` most severe findings (ties in list order). A list's most severe findings are
  /// among those of its two halves, so a note's top three plus the batch's findings suffice.
  func mostSevere(_ count: Int) -> [Finding] {
    enumerated().sorted {
      $0.element.severity != $1.element.severity
        ? $0.element.severity > $1.element.severity : $0.offset < $1.offset
    }.prefix(count).map(\.element)
  }
}

extension [CloneMatch] {
  /// The distinct clone kinds, in match order.
  var kinds: [CloneKind] {
    var kinds: [CloneKind] = []
    for clone in self where !kinds.contains(clone.kind) { kinds.append(clone.kind) }
    return kinds
  }
}
