import Foundation

/// A compiled lexicon saved beside its files by `noteaudit lexicon compile`, so that a process
/// checking one note reads the tables back (a few milliseconds) instead of compiling every
/// entry's patterns and minimising their trie (three fifths of a `check`, and growing with each
/// entry added).
///
/// An image is used only when the executable reading it is the one that wrote it (its size and
/// modification time) and the entries are the ones it was compiled from (their ids and patterns,
/// in order, after layering): a rebuilt tool or an edited lexicon compiles the files again, as if
/// there were no image, so the answers never depend on one. Nothing about a broken image (short,
/// corrupt, another format, tables that could not be a trie) is an error either: it reads as no
/// image. The file holds the lexicon's own tables and messages, no note text.
package enum LexiconImage {
  /// The image's name in the last lexicon folder loaded (the most specific layer: a site folder
  /// layered on the bundled one has its own image).
  static let fileName = ".compiled-lexicon"
  private static let magic = "NoteAudit compiled lexicon, format 1\n"

  /// Where the image of a lexicon loaded from `directories` is kept, or nil when the last of them
  /// is not a folder.
  static func path(for directories: [String]) -> String? {
    guard let last = directories.last else { return nil }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: last, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return nil }
    return (last as NSString).appendingPathComponent(fileName)
  }

  /// The compiled tables saved for `entries` at `path`, or nil when there is no image there or it
  /// was not made by this executable from these entries.
  static func read(_ path: String, entries: [LexiconEntry]) -> CompiledLexicon? {
    guard let key = key(for: entries), let data = FileManager.default.contents(atPath: path) else {
      return nil
    }
    return decode([UInt8](data), key: key, entryCount: entries.count)
  }

  /// Saves `compiled`, the tables of `entries`, at `path` (replaced at once, so a process loading
  /// the lexicon meanwhile reads the old image or the new one, never a part).
  static func write(_ compiled: CompiledLexicon, of entries: [LexiconEntry], to path: String)
    throws -> Int
  {
    guard let key = key(for: entries) else { throw UnknownExecutable() }
    let bytes = encode(compiled, key: key)
    try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    return bytes.count
  }

  /// The running executable could not be told apart from another build: no image is written or read.
  struct UnknownExecutable: Error, CustomStringConvertible {
    var description: String { "the running executable's file cannot be found to key the image by" }
  }

  /// What an image must have been made from: this executable and these entries' ids and patterns;
  /// nil when the executable's file cannot be found.
  static func key(for entries: [LexiconEntry]) -> UInt64? {
    guard let executableIdentity else { return nil }
    var key = combine(executableIdentity, UInt64(entries.count))
    for entry in entries {
      key = combine(key, hash(entry.id))
      key = combine(key, UInt64(entry.patterns.count))
      for pattern in entry.patterns { key = combine(key, hash(pattern)) }
    }
    return key
  }

  /// `hash` followed by `value`, in order: the tokenizer's FNV-1a step over a word, then its
  /// avalanche (`TokenKey`).
  private static func combine(_ hash: UInt64, _ value: UInt64) -> UInt64 {
    TokenKey.finish((hash ^ value) &* TokenKey.prime)
  }

  private static func hash(_ text: String) -> UInt64 {
    var text = text
    return text.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
  }

  /// The running executable's size and modification time (to the second, as an archive keeps it):
  /// any rebuild changes them, and with them how patterns compile.
  private static let executableIdentity: UInt64? = {
    guard let path = Bundle.main.executablePath,
      let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let size = attributes[.size] as? NSNumber,
      let modified = attributes[.modificationDate] as? Date
    else { return nil }
    return combine(
      size.uint64Value, UInt64(bitPattern: Int64(modified.timeIntervalSince1970.rounded(.down))))
  }()

  static func encode(_ compiled: CompiledLexicon, key: UInt64) -> [UInt8] {
    let tables = encodeTables(compiled)
    var image = BinaryWriter()
    image.string(magic)
    image.fixed(key)
    image.fixed(checksum(tables))
    image.raw(tables)
    return image.bytes
  }

  /// The image's tables, after its header.
  static func encodeTables(_ compiled: CompiledLexicon) -> [UInt8] {
    var tables = BinaryWriter()
    tables.raw(compiled.kept)
    tables.array(compiled.problems) {
      $0.unsigned(UInt64($1.entry))
      $0.string($1.message)
    }
    let slots = compiled.edges.slots
    let places = slots.indices.filter { slots[$0].from >= 0 }
    tables.unsigned(UInt64(slots.count))
    tables.raw(places.map { Int32($0) })
    tables.raw(places.map { slots[$0] })
    tables.raw(compiled.nodes.flatMap { [$0.acceptStart, $0.acceptEnd, $0.hasEdges ? 1 : 0] })
    tables.raw(compiled.acceptList)
    tables.array(Array(compiled.prefixGroups.values)) { $0.array($1) { $0.raw($1.bytes) } }
    return tables.bytes
  }

  /// The tables of an image made with `key` for `entryCount` entries, or nil: every number that
  /// names an entry, a node or a place in a list is checked, as the walk over a note reads them
  /// unchecked.
  static func decode(_ bytes: [UInt8], key: UInt64, entryCount: Int) -> CompiledLexicon? {
    var image = BinaryReader(bytes)
    guard (try? image.string()) == magic, (try? image.fixed()) == key,
      let sum = try? image.fixed(), let tableBytes = try? image.raw(UInt8.self), image.isAtEnd,
      checksum(tableBytes) == sum
    else { return nil }
    return tables(tableBytes, entryCount: entryCount)
  }

  /// The lexicon of `entries` with the tables `bytes` (an image after its header), or nil: what
  /// the fuzz harness feeds any bytes to, past the key and the checksum.
  package static func lexicon(tables bytes: [UInt8], entries: [LexiconEntry]) -> Lexicon? {
    tables(bytes, entryCount: entries.count).map { Lexicon(entries: entries, compiled: $0) }
  }

  /// The tables of an image after its header, for `entryCount` entries, or nil.
  static func tables(_ bytes: [UInt8], entryCount: Int) -> CompiledLexicon? {
    var tables = BinaryReader(bytes)
    do {
      let kept = try tables.raw(Int32.self)
      guard zip(kept, kept.dropFirst()).allSatisfy({ $0 < $1 }),
        kept.allSatisfy({ $0 >= 0 && $0 < entryCount })
      else { return nil }
      let problems = try tables.array { reader throws(BinaryReader.Malformed) in
        let entry = try reader.unsigned()
        guard entry < UInt64(entryCount) else { throw BinaryReader.Malformed(offset: 0) }
        return CompiledLexicon.Problem(entry: Int32(entry), message: try reader.string())
      }
      let size = try tables.count(atMost: 1 << 30)
      let places = try tables.raw(Int32.self)
      let slots = try tables.raw(TrieEdges.Slot.self)
      let nodeFields = try tables.raw(Int32.self)
      let acceptList = try tables.raw(Int32.self)
      let groups = try tables.array { reader throws(BinaryReader.Malformed) in
        try reader.array { reader throws(BinaryReader.Malformed) in try reader.raw(UInt8.self) }
      }
      guard tables.isAtEnd, nodeFields.count >= 3, nodeFields.count % 3 == 0,
        acceptList.allSatisfy({ $0 >= 0 && $0 < kept.count })
      else { return nil }
      var nodes: [Lexicon.Node] = []
      nodes.reserveCapacity(nodeFields.count / 3)
      for n in stride(from: 0, to: nodeFields.count, by: 3) {
        let (start, end, hasEdges) = (nodeFields[n], nodeFields[n + 1], nodeFields[n + 2])
        guard start >= 0, start <= end, end <= acceptList.count, hasEdges == 0 || hasEdges == 1
        else { return nil }
        nodes.append(Lexicon.Node(acceptStart: start, acceptEnd: end, hasEdges: hasEdges == 1))
      }
      guard
        let edges = TrieEdges(size: size, places: places, slots: slots, nodeCount: nodes.count)
      else { return nil }
      var prefixGroups: [UInt32: [PrefixTable.Prefix]] = [:]
      for group in groups {
        guard let first = group.first, first.count >= 3 else { return nil }
        let head = Lexicon.head(first)
        guard prefixGroups[head] == nil,
          group.allSatisfy({ $0.count >= 3 && Lexicon.head($0) == head })
        else { return nil }
        prefixGroups[head] = group.map { ($0, PatternSymbol.prefixKey($0)) }
      }
      return CompiledLexicon(
        kept: kept, problems: problems, edges: edges, nodes: nodes, acceptList: acceptList,
        prefixGroups: prefixGroups)
    } catch {
      return nil
    }
  }

  /// A checksum of the tables: a disk's damage to an edge's key would otherwise pass every check
  /// and silently lose a phrase.
  private static func checksum(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBytes(hash)
  }

  /// FNV-1a over eight bytes at a time, then the length, mixed: the patterns (470 KB) and the
  /// tables (2 MB) a byte at a time cost more than reading the image saves.
  private static func hash(_ raw: UnsafeRawBufferPointer) -> UInt64 {
    var hash = TokenKey.offset
    let words = raw.count / 8
    for w in 0..<words {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self)) &* TokenKey.prime
    }
    for b in raw[(words * 8)...] { hash = TokenKey.mix(hash, b) }
    return TokenKey.finish(hash ^ UInt64(raw.count))
  }
}
