import Foundation
import NoteAudit
import Testing

@testable import NoteAuditCorpus

@Suite struct CorpusGeneratorTests {
  func notes(_ count: Int, seed: UInt64 = 7, configuration: CorpusGenerator.Configuration = .init())
    -> (notes: [GeneratedNote], truth: CloneGroundTruth)
  {
    var generator = CorpusGenerator(seed: seed, configuration: configuration)
    let notes = (0..<count).map { _ in generator.next() }
    return (notes, generator.groundTruth)
  }

  func jsonl(seed: UInt64, count: Int) throws -> (notes: Data, truth: Data) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "corpus-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let notesURL = dir.appendingPathComponent("notes.jsonl")
    let truthURL = dir.appendingPathComponent("truth.csv")
    _ = FileManager.default.createFile(atPath: notesURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: truthURL.path, contents: nil)
    let notes = try FileHandle(forWritingTo: notesURL)
    let truth = try FileHandle(forWritingTo: truthURL)
    var generator = CorpusGenerator(seed: seed, configuration: .init())
    try generator.writeJSONL(count: count, to: notes, groundTruth: truth)
    try notes.close()
    try truth.close()
    return (try Data(contentsOf: notesURL), try Data(contentsOf: truthURL))
  }

  @Test func sameSeedGivesIdenticalBytes() throws {
    let a = try jsonl(seed: 42, count: 1500)
    let b = try jsonl(seed: 42, count: 1500)
    let c = try jsonl(seed: 43, count: 1500)
    #expect(a.notes == b.notes)
    #expect(a.truth == b.truth)
    #expect(a.notes != c.notes)
    #expect(a.notes.filter { $0 == 10 }.count == 1500)
  }

  @Test func jsonLinesParseBackToTheRecord() throws {
    let (notes, _) = notes(300)
    for note in notes {
      let line = CorpusGenerator.jsonLine(note.record)
      #expect(line.hasSuffix("}\n"))
      let object = try #require(
        JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(object["id"] as? String == note.record.id)
      #expect(object["text"] as? String == note.record.text)
      #expect(object["patient_id"] as? String == note.record.patientID)
      #expect(object["date"] as? String == note.record.date?.description)
      #expect(object["visit"] as? Int == note.record.visit)
      let cpt = try #require(object["cpt"] as? [[String: Any]])
      #expect(cpt.map { $0["code"] as? String } == note.record.cpt.map(\.code))
      #expect(cpt.map { $0["units"] as? Int } == note.record.cpt.map(\.units))
      #expect(cpt.map { $0["modifiers"] as? [String] } == note.record.cpt.map(\.modifiers))
    }
  }

  @Test func escapesControlBytesQuotesAndBackslashes() {
    let record = NoteRecord(id: "a\"b\\c", text: "x\n\t\u{1}y \"18\" mat\"", cpt: [])
    #expect(
      CorpusGenerator.jsonLine(record)
        == #"{"id":"a\"b\\c","cpt":[],"text":"x\n\t\u0001y \"18\" mat\""}"# + "\n")
  }

  @Test func lengthsLookLikeDailyNotes() {
    let (notes, _) = notes(4000)
    let lengths = notes.map { $0.record.text.utf8.count }.sorted()
    let median = lengths[lengths.count / 2]
    #expect((600...1000).contains(median), "median \(median)")
    let short = notes.filter(\.isShort)
    #expect(short.count > 300 && short.count < 700)
    #expect(short.allSatisfy { $0.clinicalRange.count < 200 })
    // Variety: almost no two long notes are the same text.
    let long = notes.filter { !$0.isShort && $0.cloneKind == nil }.map(\.record.text)
    #expect(Set(long).count == long.count)
  }

  @Test func everyPhraseRendersWithoutHoles() {
    var rng = SeededRandom(seed: 1)
    let traits = EpisodeTraits(
      side: "R", part: "knee", device: "RW", condition: "TKA", assistLevel: 3)
    let pools: [[Phrase]] =
      NoteBody.Section.allCases.map(\.pool)
      + ["97530", "97116", "97110", "97112", "97535", "97140"].map {
        NoteBody.detailPool(for: $0)
      } + [Vocabulary.personal, Vocabulary.shortNotes.map(\.phrase)]
    for phrase in pools.joined() {
      var text = ByteText()
      text.append(phrase, traits: traits, rng: &rng)
      #expect(!text.bytes.contains(UInt8(ascii: "{")) && !text.bytes.contains(UInt8(ascii: "}")))
      #expect(text.bytes.count >= 8)
    }
  }

  @Test func clinicalRangeSeparatesBodyFromTemplate() {
    let (notes, _) = notes(500)
    for note in notes {
      let bytes = Array(note.record.text.utf8)
      #expect(note.clinicalRange.lowerBound > 0 && note.clinicalRange.upperBound < bytes.count)
      let header = String(decoding: bytes[..<note.clinicalRange.lowerBound], as: UTF8.self)
      let footer = String(decoding: bytes[note.clinicalRange.upperBound...], as: UTF8.self)
      #expect(header.hasPrefix(note.record.clinic ?? "?"))
      #expect(footer.contains(note.record.provider ?? "?"))
    }
  }

  /// Replaces both date spellings the templates use, so exact clones compare equal.
  func withoutDates(_ note: GeneratedNote) -> String {
    guard let date = note.record.date else { return note.record.text }
    var us = ByteText()
    NoteRenderer.appendDate(date, us: true, to: &us)
    return note.record.text.replacing(String(decoding: us.bytes, as: UTF8.self), with: "<date>")
      .replacing(date.description, with: "<date>")
  }

  @Test func groundTruthMatchesTheNotes() throws {
    let (notes, truth) = notes(6000)
    let byID = Dictionary(uniqueKeysWithValues: notes.enumerated().map { ($1.record.id, $0) })
    var kinds: [CloneKind: Int] = [:]
    var moved = 0
    for (i, note) in notes.enumerated() {
      guard let source = note.cloneOf, let kind = note.cloneKind else {
        #expect(
          note.cloneKind == nil && truth.group(of: note.record.id) == nil || note.cloneOf == nil)
        continue
      }
      kinds[kind, default: 0] += 1
      let j = try #require(byID[source])
      #expect(j < i)
      let original = notes[j]
      #expect(truth.areClones(note.record.id, source) && truth.areClones(source, note.record.id))
      #expect(!original.isShort && !note.isShort)
      switch kind {
      case .exact:
        #expect(withoutDates(note) == withoutDates(original))
      case .copyForward:
        #expect(note.record.patientID == original.record.patientID)
        #expect(try #require(note.record.date) > (try #require(original.record.date)))
        #expect(note.record.text != original.record.text)
      case .crossPatient:
        #expect(note.record.patientID != original.record.patientID)
        if note.templateMoved { moved += 1 }
        #expect(note.templateMoved == (note.record.clinic != original.record.clinic))
      case .nearDuplicate:
        Issue.record("the generator labels every clone with a patient-aware kind")
      }
    }
    #expect(truth.pairs.count == kinds.values.reduce(0, +))
    #expect(Set(truth.pairs).count == truth.pairs.count)
    #expect((kinds[.copyForward] ?? 0) > 800)
    #expect((kinds[.crossPatient] ?? 0) > 80)
    #expect((kinds[.exact] ?? 0) > 30)
    #expect(moved > 30)
    #expect(!truth.areClones("N00000000", "N00000000"))
  }

  @Test func eightMinuteRuleUnits() {
    #expect(CorpusGenerator.unitsByEightMinuteRule([23, 15]) == [2, 1])
    #expect(CorpusGenerator.unitsByEightMinuteRule([7, 7]) == [1, 0])
    #expect(CorpusGenerator.unitsByEightMinuteRule([33, 7]) == [2, 1])
    #expect(CorpusGenerator.unitsByEightMinuteRule([10, 10, 10]) == [1, 1, 0])
    #expect(CorpusGenerator.unitsByEightMinuteRule([]) == [])
  }

  @Test func billingAgreesWithTheTextUnlessADefectIsPlanted() {
    let (notes, _) = notes(3000)
    var defects = 0
    for note in notes {
      let text = note.record.text
      let billedMinutes = note.record.cpt.compactMap(\.minutes).reduce(0, +)
      let billedUnits = note.record.cpt.compactMap(\.units).reduce(0, +)
      guard let defect = note.billingDefect else {
        #expect(note.record.cpt.allSatisfy { text.contains($0.code) })
        let total = billedMinutes
        #expect(billedUnits <= total / 15 + 1)
        #expect(billedUnits >= total / 15)
        continue
      }
      defects += 1
      if defect == .undocumentedCode {
        #expect(note.record.cpt.contains { !text.contains($0.code) })
      }
    }
    #expect(defects > 150 && defects < 350)
  }
}
