// Array reads without the bounds check, for indexes that are in bounds by construction.

extension Array {
  /// The element at `i`, read through the array's buffer: no bounds check in an optimized build
  /// (a debug build still checks). For the per-hit loops: the hits and their parallel lists at an
  /// index of the hits', the per-entry tables (a hit's entry is an entry of the lexicon the tables
  /// were built for) and a hit's tokens. Each checked read cost two instructions, four for an
  /// index converted from `Int32` (its sign and the count), per hit and per table, in every pass
  /// over a note's hits.
  @inline(__always)
  subscript(unchecked i: Int) -> Element { withUnsafeBufferPointer { $0[i] } }
}
