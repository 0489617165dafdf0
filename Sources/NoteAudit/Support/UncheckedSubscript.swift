// Array reads without the bounds check, for indexes that are in bounds by construction.

extension Array {
  /// The element at `i`, read through the array's buffer: no bounds check in an optimized build
  /// (a debug build still checks). For the per-hit loops' per-entry tables (a hit's entry is an
  /// entry of the lexicon the tables were built for) and a hit's tokens: each checked read of an
  /// index converted from `Int32` cost four instructions (its sign and the count), per hit and
  /// per table, in every pass over a note's hits.
  @inline(__always)
  subscript(unchecked i: Int) -> Element { withUnsafeBufferPointer { $0[i] } }
}
