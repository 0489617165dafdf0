import NoteAudit
import NoteAuditCorpus

/// `noteaudit-bench similarity`: fingerprinting and clone detection on the small template-heavy
/// fixture the similarity tests use (`SimilarityFixture`: made-up words in clinic templates,
/// copy-forward chains, bodies reused for other patients), all cores, with group precision and
/// recall against its clone families. `clones` measures the same steps on the realistic corpus.
///
/// ```
/// swift run -c release noteaudit-bench similarity --patients 10000
/// ```
enum SimilarityBench {
  static func run(arguments: [String]) -> Int32 {
    BenchArguments.parse(arguments, known: ["patients", "clinics", "seed"]) {
      args throws(BenchArguments.Invalid) in
      let patients = try args.int("patients", default: 1000)
      let clinics = try args.int("clinics", default: 40)
      let seed = try args.int("seed", default: 3)
      bench(patients: patients, clinics: clinics, seed: UInt64(seed))
      return 0
    }
  }

  static func bench(patients: Int, clinics: Int, seed: UInt64) {
    let fixture = SimilarityFixture(seed: seed, patients: patients, clinics: clinics)
    let records = fixture.notes.map(\.record)
    let clock = ContinuousClock()
    var texts: [TokenizedText] = []
    let tokenize = clock.measure {
      texts = Parallel.map(count: records.count) { TokenizedText(records[$0].text) }
    }
    let tokens = texts.reduce(0) { $0 + $1.tokens.count }
    var fingerprints: [Fingerprint] = []
    let fingerprint = clock.measure { fingerprints = Fingerprint.make(texts) }
    texts = []
    var result: CloneResult?
    let detect = clock.measure {
      var detector = CloneDetector()
      for (f, r) in zip(fingerprints, records) { detector.add(f, note: CloneNote(r)) }
      result = detector.detect()
    }
    let patientOf = fixture.patientOf
    let report = CloneEvaluation.evaluate(predicted: result?.groups ?? [], truth: fixture.families)
    { patientOf[$0] }
    let nanosecondsPerToken = CloneBench.seconds(fingerprint) * 1e9 / Double(max(tokens, 1))
    print(
      "notes \(records.count)  tokens \(tokens)  patients \(patients)  clinics \(clinics)  seed \(seed)"
    )
    print("tokenize     \(CloneBench.format(tokenize))")
    print(
      "fingerprint  \(CloneBench.format(fingerprint))  (\(Int(nanosecondsPerToken.rounded())) ns a token, wall)"
    )
    print("detect       \(CloneBench.format(detect))  groups \(result?.groups.count ?? 0)")
    print("  \(CloneKind.copyForward.rawValue)  \(report.copyForward)")
    print("  \(CloneKind.crossPatient.rawValue) \(report.crossPatient)")
  }
}
