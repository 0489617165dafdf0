/// One allocation carved into typed buffers, for a note's scratch lists in the matcher and the
/// context pass: one `malloc` and one `free` for all of them rather than a pair each (a pair cost
/// more than filling a short list), and no `Array` (whose allocation looks its element type's
/// metadata up, and whose appends check uniqueness and capacity).
///
/// The owner adds up `size(of:_:)` for every buffer it will `take`, takes them, and deallocates
/// the arena when the note is done. Plain values only: nothing in it is deinitialized.
struct ScratchArena {
  private let base: UnsafeMutableRawPointer
  private let byteCount: Int
  private var used = 0

  /// The bytes `take(T.self, count)` needs, padding for its alignment included.
  static func size<T>(of _: T.Type, _ count: Int) -> Int {
    MemoryLayout<T>.stride * count + MemoryLayout<T>.alignment - 1
  }

  init(byteCount: Int) {
    self.byteCount = byteCount
    base = .allocate(byteCount: max(byteCount, 1), alignment: 16)
  }

  /// The next `count` elements' worth of memory, bound to `T`, uninitialized.
  mutating func take<T>(_: T.Type, _ count: Int) -> UnsafeMutableBufferPointer<T> {
    let start = (used + MemoryLayout<T>.alignment - 1) & -MemoryLayout<T>.alignment
    used = start + MemoryLayout<T>.stride * count
    precondition(used <= byteCount, "scratch arena sized too small")
    return UnsafeMutableBufferPointer(start: (base + start).bindMemory(to: T.self, capacity: count), count: count)
  }

  func deallocate() { base.deallocate() }
}

/// A list of plain values in a buffer with room for all it will ever hold (taken from a
/// `ScratchArena`): appends check nothing; the owner never appends past the buffer's end.
struct FixedList<Element> {
  let storage: UnsafeMutableBufferPointer<Element>
  private(set) var count = 0

  init(_ storage: UnsafeMutableBufferPointer<Element>) {
    self.storage = storage
  }

  var isEmpty: Bool { count == 0 }

  @inline(__always)
  mutating func append(_ element: Element) {
    storage.initializeElement(at: count, to: element)
    count &+= 1
  }

  @inline(__always)
  subscript(index: Int) -> Element {
    get { storage[index] }
    nonmutating set { storage[index] = newValue }
  }

  /// Keeps the first `count` elements.
  mutating func truncate(to count: Int) { self.count = count }

  var elements: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(rebasing: storage[0..<count]) }
}
