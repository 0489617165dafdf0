import Testing

@testable import NoteAudit
import NoteAuditCorpus

/// The clone search cut into steps (`ClonePhases.swift`) gives what one detector gives over the
/// whole batch: the steps are what a cluster runs in separate processes, this test plays the
/// cluster's part (sampling, splitting, pairing) in memory.
@Suite struct ClonePhasesTests {
  /// Generated notes' facts, in input order, with a template sample small enough that the groups'
  /// samples skip patients (stride > 1).
  static let batch: (facts: [BatchFacts], configuration: CloneConfiguration) = {
    var configuration = CloneConfiguration()
    configuration.templateSamplePatients = 40
    // The evidence a cross-patient containment match needs grows with the batch's patients from
    // 20, steeply: here it decides pairs, so verifying from two notes alone must be told the
    // batch's patient count (some hundreds) to agree.
    configuration.crossPatientEvidenceBasePatients = 20
    configuration.crossPatientEvidencePerEFold = 40
    var options = AuditOptions(workers: 2)
    options.clones = configuration
    var generator = CorpusGenerator(seed: 11)
    let records = (0..<3000).map { _ in InputItem.success(generator.next().record) }
    var facts: [BatchFacts] = []
    Auditor(analyzer: NoteCheckTests.analyzer, options: options).map(
      records, prepare: { _, facts in facts }, onResult: { facts.append($0) })
    return (facts, configuration)
  }()

  static func detector(_ facts: some Sequence<BatchFacts>) -> CloneDetector {
    var detector = CloneDetector(configuration: batch.configuration)
    for f in facts {
      if let (note, fingerprint) = f.clone { detector.add(fingerprint, note: note) }
    }
    return detector
  }

  /// The cluster's sampling (Docs/ShardProtocol.md): per group, patients in order of their first
  /// note in it, every k-th, each with its first notes in it; the rank of each note's patient.
  static func ranks(_ group: (CloneNote) -> String?, sample: Int) -> [Int: Int] {
    var patients: [String: [Int]] = [:]
    var order: [String: [String]] = [:]
    for (row, f) in batch.facts.enumerated() {
      guard let note = f.clone?.note, let g = group(note) else { continue }
      let patient = note.patientID.map { "p:" + $0 } ?? "r:\(row)"
      let key = g + "\u{0}" + patient
      if patients[key] == nil { order[g, default: []].append(key) }
      patients[key, default: []].append(row)
    }
    var ranks: [Int: Int] = [:]
    for (_, keys) in order {
      let stride = max(1, (keys.count + sample - 1) / sample)
      for (rank, key) in keys.enumerated() where rank % stride == 0 {
        for row in patients[key]!.prefix(CloneDetector.templateNotesPerPatient) {
          ranks[row] = rank
        }
      }
    }
    return ranks
  }

  @Test func theStepsGiveWhatOneDetectorGives() throws {
    let (facts, configuration) = Self.batch
    let whole = Self.detector(facts)
    let result = whole.detect()
    #expect(result.pairs.count > 100 && result.groups.count > 30)

    // 1. Templates from the sampled notes alone.
    let sample = configuration.templateSamplePatients
    let global = Self.ranks({ _ in "" }, sample: sample * CloneDetector.globalSampleFactor)
    let clinic = Self.ranks({ $0.clinic ?? "" }, sample: sample)
    let provider = Self.ranks({ $0.provider }, sample: sample)
    let sampledRows = facts.indices.filter {
      global[$0] != nil || clinic[$0] != nil || provider[$0] != nil
    }
    #expect(sampledRows.count < facts.count * 3 / 5)
    let context = Self.detector(sampledRows.map { facts[$0] }).learnt(
      samples: sampledRows.map { (global[$0], clinic[$0], provider[$0]) })
    #expect(context.templates == result.templates && !context.templates.byClinic.isEmpty)
    let shipped = try #require(BatchContext(encoded: context.encoded()))
    #expect(shipped.encoded() == context.encoded())

    // 2. Content in two shares, odd and even rows: the same judgement and content as the whole.
    var contents:
      [Int: (
        content: NoteContent, judged: Bool, bandKeys: [UInt32], exported: HistoricalFingerprint?
      )] = [:]
    for share in [facts.indices.filter { $0 % 2 == 0 }, facts.indices.filter { $0 % 2 == 1 }] {
      for (row, weighed) in zip(share, Self.detector(share.map { facts[$0] }).contents(shipped)) {
        contents[row] = weighed
      }
    }
    #expect(facts.indices.map { contents[$0]!.judged } == result.judged)
    #expect(facts.indices.map { Int(contents[$0]!.content.contentCount) } == result.contentShingles)

    // 3. Every pair the detector found, verified from the two notes' content alone.
    let large = result.judged.filter { $0 }.count > configuration.exhaustivePairsLimit
    let verdicts = CloneDetector.verify(
      result.pairs.map { pair in
        let (a, b) = (contents[pair.first]!.content, contents[pair.second]!.content)
        let same = a.patientKey != 0 && a.patientKey == b.patientKey
        let shipped = { (c: NoteContent) in NoteContent(encoded: c.encoded())! }
        return CandidatePair(
          first: shipped(a), second: shipped(b), mode: same ? .series : .band(largeBatch: large))
      }, configuration: configuration, patients: whole.patientKeys.count)
    #expect(
      zip(verdicts, result.pairs).allSatisfy { verdict, pair in
        verdict?.similarity == pair.similarity && verdict?.kind == pair.kind
          && verdict?.detail == pair.detail
      })

    // … and the pairs where the containment rule decides (a share of one note in the other, the
    // wording short of the Jaccard threshold): the rule whose evidence grows with the batch.
    let (templates, rarity) = whole.learn()
    let judged = facts.indices.filter { result.judged[$0] }
    let pairs = whole.withContent(templates, rarity) { content in
      judged.flatMap { a in
        judged.filter { b in
          guard b > a, whole.providerOfNote[a] == whole.providerOfNote[b] else { return false }
          let r = content.resemblance(a, b, weighted: true, values: true)
          return r.containment >= configuration.containmentThreshold
            && r.jaccard < configuration.threshold
        }.map { (a, $0) }
      }
    }
    let expected = whole.withContent(templates, rarity) { content in
      pairs.map { a, b in
        whole.verified(
          a, b, content.resemblance(a, b, weighted: true, values: true), largeBatch: true)
      }
    }
    let got = CloneDetector.verify(
      pairs.map {
        CandidatePair(
          first: contents[$0.0]!.content, second: contents[$0.1]!.content,
          mode: .band(largeBatch: true))
      }, configuration: configuration, patients: whole.patientKeys.count)
    #expect(expected.compactMap { $0 }.count > 3 && got.count == expected.count)
    #expect(
      zip(expected, got).allSatisfy { $0?.similarity == $1?.similarity && $0?.kind == $1?.kind })

    // 4. Links: the same matches and groups.
    let metas = facts.indices.map { row in
      let c = contents[row]!.content
      return NoteContent(
        encoded: NoteContent(id: c.id, date: c.date, patientKey: c.patientKey).encoded())!
    }
    let linked = CloneDetector.links(
      notes: metas, pairs: result.pairs.shuffled(), configuration: configuration
    ).result
    #expect(linked.matches == result.matches && linked.groups == result.groups)
  }

  /// What crosses a process boundary is refused when it is not what a step wrote, never a crash.
  @Test func corruptContextAndContentAreRefused() throws {
    let detector = Self.detector(Self.batch.facts.prefix(200))
    let content = detector.contents(BatchContext(templates: detector.learnTemplates()))
    let context = BatchContext(templates: detector.learnTemplates()).encoded()
    let note = content[0].content.encoded()
    #expect(BatchContext(encoded: context) != nil && NoteContent(encoded: note) != nil)
    #expect((0..<context.count).allSatisfy { BatchContext(encoded: Array(context[..<$0])) == nil })
    #expect((0..<note.count).allSatisfy { NoteContent(encoded: Array(note[..<$0])) == nil })
  }
}
