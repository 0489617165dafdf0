import Foundation
import Testing

@testable import NoteAudit

/// A compiled lexicon image (`noteaudit lexicon compile`) gives the lexicon compiling gives, or is
/// not used at all: after an edit, when damaged, when its tables could not be a trie.
@Suite struct LexiconImageTests {
  static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../..").standardized

  /// A copy of the bundled lexicons in a folder of its own (an image is written beside them).
  static func bundledCopy() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "noteaudit-image-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let lexicons = checkout.appendingPathComponent("Lexicons")
    for name in try FileManager.default.contentsOfDirectory(atPath: lexicons.path)
    where name.hasSuffix(".lex") || name.hasSuffix(".json") {
      try FileManager.default.copyItem(
        at: lexicons.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    return folder
  }

  static func sampleTexts() throws -> [String] {
    let samples = checkout.appendingPathComponent("SampleNotes")
    return try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted()
      .filter { $0.hasSuffix(".txt") }
      .map { try String(contentsOf: samples.appendingPathComponent($0), encoding: .utf8) }
  }

  /// Everything the walk over a note reads, and every hit in the sample notes, are the same.
  static func expectSame(_ a: Lexicon, _ b: Lexicon, on texts: [String]) {
    #expect(a.entries == b.entries)
    #expect(a.categoryOfEntry == b.categoryOfEntry)
    #expect(
      a.nodes.map { [$0.acceptStart, $0.acceptEnd, $0.hasEdges ? 1 : 0] }
        == b.nodes.map { [$0.acceptStart, $0.acceptEnd, $0.hasEdges ? 1 : 0] })
    #expect(a.acceptList == b.acceptList)
    #expect(
      a.edges.slots.map { "\($0.key) \($0.from) \($0.to)" }
        == b.edges.slots.map { "\($0.key) \($0.from) \($0.to)" })
    #expect(Set(a.prefixes.prefixes.map(\.key)) == Set(b.prefixes.prefixes.map(\.key)))
    #expect(a.keysPerToken == b.keysPerToken)
    for text in texts {
      #expect(a.matches(in: TokenizedText(text)) == b.matches(in: TokenizedText(text)))
    }
  }

  @Test func theBundledLexiconsReadBackAsCompiled() throws {
    let folder = try Self.bundledCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    let saved = try LexiconLoader.saveImage(directories: [folder.path])
    #expect(saved.path == folder.appendingPathComponent(".compiled-lexicon").path)
    #expect(saved.loaded.problems.isEmpty)
    let read = LexiconLoader.load(directories: [folder.path])
    #expect(read.image == .used)
    #expect(read.problems.isEmpty)
    #expect(read.lexicon.entries.count == saved.loaded.lexicon.entries.count)
    let texts = try Self.sampleTexts()
    #expect(texts.count >= 10)
    Self.expectSame(read.lexicon, saved.loaded.lexicon, on: texts)
    // The prefix patterns (`ambulat*`) keep their groups and the order a token offers them in.
    #expect(read.lexicon.prefixes.prefixes.count > 0)
    for prefix in saved.loaded.lexicon.prefixes.prefixes {
      let head = Lexicon.head(prefix.bytes)
      #expect(
        read.lexicon.prefixes.group(of: head).map { read.lexicon.prefixes.prefixes[$0].key }
          == saved.loaded.lexicon.prefixes.group(of: head).map {
            saved.loaded.lexicon.prefixes.prefixes[$0].key
          })
    }
  }

  /// Entries that do not compile are dropped and reported with their file and line, from the image
  /// as when compiling; the entry numbers of the hits are the kept entries'.
  @Test func problemsAndDroppedEntriesComeBackWithTheirPlaces() throws {
    let folder = try Self.bundledCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(
      """
      @category functional_task
      site.broken = (unclosed group
      site.ladder = ride (the|a) unicycle
      site.slot = <nope> reps

      """.utf8
    ).write(to: folder.appendingPathComponent("zz_site.lex"))
    let saved = try LexiconLoader.saveImage(directories: [folder.path])
    let read = LexiconLoader.load(directories: [folder.path])
    #expect(read.image == .used)
    #expect(saved.loaded.problems.count == 2)
    #expect(read.problems == saved.loaded.problems)
    #expect(read.problems.map(\.line) == [2, 4])
    #expect(read.problems.allSatisfy { $0.file.hasSuffix("zz_site.lex") })
    #expect(!read.lexicon.entries.contains { $0.id == "site.broken" })
    let hits = read.lexicon.matches(in: TokenizedText("Pt able to ride a unicycle with CGA."))
    #expect(hits.contains { read.lexicon.entry(of: $0).id == "site.ladder" })
    Self.expectSame(read.lexicon, saved.loaded.lexicon, on: try Self.sampleTexts())
  }

  /// An entry edited, added or removed after the image was made: the image is out of date and the
  /// lexicon is compiled, with the edit in it.
  @Test func anEditedLexiconIsCompiledAgain() throws {
    let folder = try Self.bundledCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try LexiconLoader.saveImage(directories: [folder.path])
    let file = folder.appendingPathComponent("functional_tasks.lex")
    let text = try String(contentsOf: file, encoding: .utf8)
    try Data((text + "\ntask.zipline = ride (the|a) zipline\n").utf8).write(to: file)
    let read = LexiconLoader.load(directories: [folder.path])
    #expect(read.image == .outOfDate(path: folder.appendingPathComponent(".compiled-lexicon").path))
    let hits = read.lexicon.matches(in: TokenizedText("Pt able to ride the zipline at camp."))
    #expect(hits.map { read.lexicon.entry(of: $0).id } == ["task.zipline"])
    // Layered: an image made for the folder alone is not the image of a site folder on top of it.
    let site = try Self.bundledCopy()
    defer { try? FileManager.default.removeItem(at: site) }
    #expect(LexiconLoader.load(directories: [folder.path, site.path]).image == .none)
  }

  /// A damaged image (cut short, a byte changed, another file) is out of date, never a crash, and
  /// the lexicon is the compiled one.
  @Test func aDamagedImageIsNotUsed() throws {
    let folder = try Self.bundledCopy()
    defer { try? FileManager.default.removeItem(at: folder) }
    let saved = try LexiconLoader.saveImage(directories: [folder.path])
    let image = try [UInt8](Data(contentsOf: URL(fileURLWithPath: saved.path)))
    let texts = Array(try Self.sampleTexts().prefix(3))
    var damaged: [[UInt8]] = [
      [], Array(image.prefix(20)), Array(image.dropLast()), Array("not an image".utf8),
    ]
    for offset in [10, 60, image.count / 2, image.count - 1] {
      var bytes = image
      bytes[offset] ^= 0x40
      damaged.append(bytes)
    }
    for bytes in damaged {
      try Data(bytes).write(to: URL(fileURLWithPath: saved.path))
      let read = LexiconLoader.load(directories: [folder.path])
      #expect(read.image == .outOfDate(path: saved.path))
      Self.expectSame(read.lexicon, saved.loaded.lexicon, on: texts)
    }
  }

  /// Tables that pass the checksum but could not be a trie's (a made-up or mis-written image) are
  /// refused: the walk reads them unchecked.
  @Test func tablesThatCouldNotBeATrieAreRefused() throws {
    let text = """
      @category functional_task
      t.a = (walk|step) to chair
      t.b = sit to (stand|chair)

      """
    let entries = LexiconParser(text: text, file: "t.lex").entries
    let good = CompiledLexicon(compiling: entries)
    let key: UInt64 = 42
    #expect(
      LexiconImage.decode(LexiconImage.encode(good, key: key), key: key, entryCount: 2) != nil)
    #expect(LexiconImage.decode(LexiconImage.encode(good, key: key), key: 43, entryCount: 2) == nil)
    #expect(
      LexiconImage.decode(LexiconImage.encode(good, key: key), key: key, entryCount: 1) == nil)
    var broken: [CompiledLexicon] = []
    var c = good
    c.acceptList[0] = 2  // only two entries were kept
    broken.append(c)
    c = good
    c.nodes[1].acceptEnd = Int32(c.acceptList.count + 1)
    broken.append(c)
    c = good
    c.kept = [1, 0]
    broken.append(c)
    c = good
    c.problems = [CompiledLexicon.Problem(entry: 7, message: "no such entry")]
    broken.append(c)
    c = good
    c.prefixGroups = [0: [(Array("ab".utf8), 1)]]
    broken.append(c)
    for tables in broken {
      #expect(
        LexiconImage.decode(LexiconImage.encode(tables, key: key), key: key, entryCount: 2) == nil)
    }
    // The edge table: the occupied slots where they were, or nothing.
    let slots = good.edges.slots
    let places = slots.indices.filter { slots[$0].from >= 0 }.map { Int32($0) }
    let occupied = places.map { slots[Int($0)] }
    func table(size: Int = slots.count, places: [Int32] = places, _ occupied: [TrieEdges.Slot])
      -> [String]?
    {
      TrieEdges(size: size, places: places, slots: occupied, nodeCount: good.nodes.count)?.slots
        .map { "\($0.key) \($0.from) \($0.to)" }
    }
    #expect(table(occupied) == slots.map { "\($0.key) \($0.from) \($0.to)" })
    var loop = occupied
    loop[1].to = loop[1].from
    var missing = occupied
    missing[1].to = Int32(good.nodes.count)
    var twice = places
    twice[1] = twice[0]
    #expect(table(loop) == nil)
    #expect(table(missing) == nil)
    #expect(table(places: twice, occupied) == nil)
    #expect(table(size: slots.count - 1, occupied) == nil)
    #expect(table(places: Array(places.dropLast()), occupied) == nil)
    // Larger than a trie reserves for its edges: a file cannot make a load allocate at will.
    #expect(table(size: 1 << 20, occupied) == nil)
  }
}
