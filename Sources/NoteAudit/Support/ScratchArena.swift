#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One block of memory carved into typed buffers, for a note's scratch lists in the matcher and
/// the context pass: no `Array` (whose allocation looks its element type's metadata up, and whose
/// appends check uniqueness and capacity), and no `malloc` per list or even per note: the block
/// comes from a few kept per thread (`BlockCache`) and goes back there, so a thread analysing note
/// after note reuses the same few blocks. (A block of several kilobytes cost `malloc` and `free`
/// hundreds of instructions each.)
///
/// The owner adds up `size(of:_:)` for every buffer it will `take` and takes them; the arena gives
/// its block back when it goes out of scope (`deinit`), so the buffers are valid exactly as long
/// as the arena is: keep it in a local variable (or a stored property of a value) that outlives
/// every use of them. Plain values only: nothing in it is deinitialized.
///
/// ```swift
/// var arena = ScratchArena(byteCount: ScratchArena.size(of: Int.self, n))
/// let scratch = arena.take(Int.self, n)   // valid until `arena` goes out of scope
/// ```
struct ScratchArena: ~Copyable {
  private let base: UnsafeMutableRawPointer
  /// The block's size, at least the bytes asked for.
  private let blockSize: Int
  private let byteCount: Int
  private var used = 0

  /// The bytes `take(T.self, count)` needs, padding for its alignment included.
  static func size<T>(of _: T.Type, _ count: Int) -> Int {
    MemoryLayout<T>.stride * count + MemoryLayout<T>.alignment - 1
  }

  init(byteCount: Int) {
    self.byteCount = byteCount
    (base, blockSize) = BlockCache.take(byteCount: byteCount)
  }

  /// The next `count` elements' worth of memory, bound to `T`, uninitialized.
  mutating func take<T>(_: T.Type, _ count: Int) -> UnsafeMutableBufferPointer<T> {
    let start = (used + MemoryLayout<T>.alignment - 1) & -MemoryLayout<T>.alignment
    used = start + MemoryLayout<T>.stride * count
    precondition(used <= byteCount, "scratch arena sized too small")
    return UnsafeMutableBufferPointer(
      start: (base + start).bindMemory(to: T.self, capacity: count), count: count)
  }

  /// Gives the block back to this thread's cache (or frees it).
  deinit { BlockCache.give(base, size: blockSize) }
}

/// The few scratch blocks each thread keeps between notes, behind a thread-specific key: no lock,
/// and a thread's blocks are freed when it exits. At most `slots` blocks of at most `largest`
/// bytes each are kept, so a huge note's blocks are not held on to.
enum BlockCache {
  static let slots = 4
  static let largest = 1 << 20

  /// Per thread: `slots` pairs of (block address, size), 0 for an empty slot.
  private typealias Slots = UnsafeMutablePointer<Int>

  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { slots in BlockCache.release(slots) }
    return key
  }()

  /// A block of at least `byteCount` bytes (aligned for any scalar) and its size: the smallest
  /// cached one big enough, else a new one.
  static func take(byteCount: Int) -> (UnsafeMutableRawPointer, Int) {
    let wanted = max(byteCount, 64)
    if let slots = pthread_getspecific(key)?.assumingMemoryBound(to: Int.self) {
      var best = -1
      for s in 0..<Self.slots where slots[2 * s] != 0 && slots[2 * s + 1] >= wanted {
        if best < 0 || slots[2 * s + 1] < slots[2 * best + 1] { best = s }
      }
      if best >= 0, let block = UnsafeMutableRawPointer(bitPattern: slots[2 * best]) {
        let size = slots[2 * best + 1]
        slots[2 * best] = 0
        return (block, size)
      }
    }
    // Rounded up, so a slightly longer note next time still fits.
    let size = (wanted + 4095) & ~4095
    return (UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16), size)
  }

  /// Keeps `block` for this thread's next `take`, in place of a smaller one when every slot is
  /// full; frees what it does not keep.
  static func give(_ block: UnsafeMutableRawPointer, size: Int) {
    guard size <= largest, let slots = threadSlots() else { return block.deallocate() }
    var target = -1
    for s in 0..<Self.slots {
      if slots[2 * s] == 0 {
        target = s
        break
      }
      if slots[2 * s + 1] < size && (target < 0 || slots[2 * s + 1] < slots[2 * target + 1]) {
        target = s
      }
    }
    guard target >= 0 else { return block.deallocate() }
    UnsafeMutableRawPointer(bitPattern: slots[2 * target])?.deallocate()
    slots[2 * target] = Int(bitPattern: block)
    slots[2 * target + 1] = size
  }

  /// This thread's slots, made on first use.
  private static func threadSlots() -> Slots? {
    if let slots = pthread_getspecific(key) { return slots.assumingMemoryBound(to: Int.self) }
    let slots = Slots.allocate(capacity: 2 * Self.slots)
    slots.initialize(repeating: 0, count: 2 * Self.slots)
    guard pthread_setspecific(key, slots) == 0 else {
      slots.deallocate()
      return nil
    }
    return slots
  }

  /// Frees a thread's blocks and slots (the key's destructor, at thread exit).
  static func release(_ pointer: UnsafeMutableRawPointer?) {
    guard let slots = pointer?.assumingMemoryBound(to: Int.self) else { return }
    for s in 0..<Self.slots { UnsafeMutableRawPointer(bitPattern: slots[2 * s])?.deallocate() }
    slots.deallocate()
  }
}

/// A list of plain values in a buffer with room for all it will ever hold (taken from a
/// `ScratchArena`): appends neither grow nor check uniqueness. The owner sizes the buffer for
/// every append; one that would still pass its end stops the program (like an array index out of
/// range) rather than write past it.
struct FixedList<Element> {
  let storage: UnsafeMutableBufferPointer<Element>
  private(set) var count = 0

  init(_ storage: UnsafeMutableBufferPointer<Element>) {
    self.storage = storage
  }

  var isEmpty: Bool { count == 0 }

  @inline(__always)
  mutating func append(_ element: Element) {
    precondition(count < storage.count, "FixedList sized too small")
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

  var elements: UnsafeMutableBufferPointer<Element> {
    UnsafeMutableBufferPointer(rebasing: storage[0..<count])
  }
}
