/// A list of plain values in a buffer allocated once with room for all it will ever hold, for a
/// note's scratch lists: an `Array` looks its element type's metadata up on every allocation and
/// checks uniqueness and capacity on every append, which cost more than the work in a short list.
///
/// The owner sizes it, never appends past `capacity`, and calls `deallocate` when done.
struct FixedList<Element> {
  let base: UnsafeMutablePointer<Element>
  private(set) var count = 0

  init(capacity: Int) {
    base = .allocate(capacity: max(capacity, 1))
  }

  var isEmpty: Bool { count == 0 }

  @inline(__always)
  mutating func append(_ element: Element) {
    (base + count).initialize(to: element)
    count &+= 1
  }

  @inline(__always)
  subscript(index: Int) -> Element {
    get { base[index] }
    nonmutating set { base[index] = newValue }
  }

  /// Keeps the first `count` elements.
  mutating func truncate(to count: Int) {
    (base + count).deinitialize(count: self.count - count)
    self.count = count
  }

  var elements: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(start: base, count: count) }

  func deallocate() {
    base.deinitialize(count: count)
    base.deallocate()
  }
}
