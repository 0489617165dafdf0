import Dispatch
import Foundation
import NoteAudit
import NoteAuditCorpus

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `noteaudit-bench clones`: clone detection on the seeded corpus generator, streamed (the texts are
/// never kept), with time per phase, peak RSS and precision/recall per kind against the planted
/// ground truth. Optionally writes the same corpus as JSON Lines plus its truth CSV for
/// Benchmarks/datasketch_compare.py.
///
/// ```
/// swift run -c release noteaudit-bench clones --count 100000
/// swift run -c release noteaudit-bench clones --count 100000 --analysis
/// swift run -c release noteaudit-bench clones --count 100000 --write corpus.jsonl --truth truth.csv
/// ```
enum CloneBench {
  struct Options {
    var count = 100_000
    var seed: UInt64 = 2026
    var analysis = false
    var baseline = false
    var write: String?
    var truth: String?
    /// Sample false pairs printed with both texts (per kind), from a second generation pass.
    var falsePairs = 0
    /// Writes every verified cross-patient pair and missed cross-patient derivation with what
    /// verification measured (`CloneDetector.diagnose`) as tab-separated values.
    var pairFeatures: String?
    /// `CloneConfiguration.crossPatientEvidencePerEFold` (nil: the default).
    var evidenceRate: Double?
  }

  static let usage = """
    USAGE: noteaudit-bench clones [--count N] [--seed S] [--analysis] [--baseline] [--write FILE --truth FILE]
                                  [--false-pairs N] [--pair-features FILE] [--evidence-rate X]

      --count N      Notes to generate (default 100000).
      --seed S       Generator seed (default 2026).
      --analysis     Also run the element analysis (Analyzer.bundled) through the batch Auditor.
      --baseline     Also score the plain whole-note 3-shingle Jaccard >= 0.8 baseline.
      --write FILE   Write the corpus as JSON Lines (the noteaudit audit input format).
      --truth FILE   With --write: the ground truth as CSV id,clone_of,kind.
      --false-pairs N  Print up to N false pairs per kind and N missed cross-patient derivations with
                     both notes' texts (regenerates the corpus after the measured run).
      --pair-features FILE  Write each verified cross-patient pair and each missed cross-patient
                     derivation with its weighted/plain Jaccard, containment, value agreement,
                     shared shingles by weight, distinctive weight (sharedRareAgreeing; with
                     values' rarity, what the rule reads: sharedValuedAgreeing), measurement
                     share, providers (TSV; label F false, D planted derivation,
                     T same clone family, M missed derivation).
      --evidence-rate X  CloneConfiguration.crossPatientEvidencePerEFold (0: the rule before it,
                     measurements must agree), to compare.
    """

  static func run(arguments: [String]) -> Int32 {
    guard let options = parse(arguments) else {
      FileHandle.standardError.write(Data(usage.utf8))
      return 2
    }
    do {
      try bench(options)
      return 0
    } catch {
      FileHandle.standardError.write(Data("noteaudit-bench clones: \(error)\n".utf8))
      return 1
    }
  }

  static func parse(_ arguments: [String]) -> Options? {
    var options = Options()
    var i = 0
    func value() -> String? {
      i += 1
      return i < arguments.count ? arguments[i] : nil
    }
    while i < arguments.count {
      switch arguments[i] {
      case "--count":
        guard let v = value().flatMap(Int.init), v > 0 else { return nil }; options.count = v
      case "--seed":
        guard let v = value().flatMap(UInt64.init) else { return nil }; options.seed = v
      case "--analysis": options.analysis = true
      case "--baseline": options.baseline = true
      case "--write": guard let v = value() else { return nil }; options.write = v
      case "--truth": guard let v = value() else { return nil }; options.truth = v
      case "--false-pairs":
        guard let v = value().flatMap(Int.init), v >= 0 else { return nil }; options.falsePairs = v
      case "--evidence-rate":
        guard let v = value().flatMap(Double.init), v >= 0 else { return nil }
        options.evidenceRate = v
      case "--pair-features":
        guard let v = value() else { return nil }; options.pairFeatures = v
      default: return nil
      }
      i += 1
    }
    return options.truth == nil || options.write != nil ? options : nil
  }

  /// Notes generated, then fingerprinted on all cores, per step: bounds the texts held at once.
  static let chunk = 8192

  static func bench(_ options: Options) throws {
    let clock = ContinuousClock()
    let start = clock.now
    var generator = CorpusGenerator(seed: options.seed)
    var ours = CloneConfiguration()
    if let rate = options.evidenceRate { ours.crossPatientEvidencePerEFold = rate }
    var configurations = [ours]
    if options.baseline { configurations.append(.baseline) }
    var detectors = configurations.map { CloneDetector(configuration: $0) }
    var patients: [Int32] = []  // patient ordinal of note i (ids are N + ordinal)
    patients.reserveCapacity(options.count)
    var patientOrdinal: [String: Int32] = [:]
    let writer = try options.write.map(CorpusWriter.init)
    var generate = Duration.zero
    var fingerprint = Duration.zero
    var analysis = Duration.zero
    var tokens = 0
    let analyzer = options.analysis ? try Analyzer.bundled() : nil

    var made = 0
    while made < options.count {
      let n = min(chunk, options.count - made)
      var batch: [NoteRecord] = []
      batch.reserveCapacity(n)
      generate += clock.measure {
        for _ in 0..<n { batch.append(generator.next().record) }
      }
      let records = batch
      try writer?.append(records)
      for r in records {
        let pid = r.patientID ?? r.id
        let p = patientOrdinal[pid] ?? Int32(patientOrdinal.count)
        patientOrdinal[pid] = p
        patients.append(p)
      }
      var prints: [Fingerprint] = []
      fingerprint += clock.measure {
        let texts = Parallel.map(count: records.count) { TokenizedText(records[$0].text) }
        tokens += texts.reduce(0) { $0 + $1.tokens.count }
        prints = Parallel.map(count: texts.count) { Fingerprint(texts[$0]) }
      }
      if let analyzer {
        analysis += clock.measure {
          _ = Parallel.map(count: records.count) { analyzer.analyze(records[$0]).score }
        }
      }
      for (f, r) in zip(prints, records) {
        for d in detectors.indices { detectors[d].add(f, note: CloneNote(r)) }
      }
      made += n
    }
    try writer?.finish(truth: options.truth, generator.groundTruth)

    let truth = generator.groundTruth
    let derivations = Set(truth.pairs.map { CloneEvaluation.Pair($0.first, $0.second) })
    func patient(_ id: String) -> String? {
      Int(id.dropFirst()).flatMap { patients.indices.contains($0) ? String(patients[$0]) : nil }
    }
    var reports: [(String, Duration, CloneEvaluation.Report, Int)] = []
    var falsePairs: [(label: String, a: String, b: String)] = []
    for (d, name) in zip(detectors, ["ours", "baseline"]) {
      var result: CloneResult?
      let detect = clock.measure { result = d.detect() }
      let pairs = result?.pairs ?? []
      let predicted = Set(pairs.map { CloneEvaluation.Pair(d.id($0.first), d.id($0.second)) })
      let report = CloneEvaluation.evaluate(
        pairs: predicted, derivations: derivations, areClones: truth.areClones, patient: patient)
      reports.append((name, detect, report, result?.groups.count ?? 0))
      if name == "ours", let path = options.pairFeatures {
        try writeFeatures(
          path, detector: d, pairs: pairs, predicted: predicted, derivations: derivations,
          truth: truth, patient: patient)
      }
      if name == "ours" && options.falsePairs > 0 {
        falsePairs = sample(
          pairs.map { ($0, d.id($0.first), d.id($0.second)) }.filter {
            !truth.areClones($0.1, $0.2)
          }, options.falsePairs)
        let missed = truth.pairs.filter {
          $0.kind == .crossPatient && !predicted.contains(CloneEvaluation.Pair($0.first, $0.second))
        }
        let stride = max(1, missed.count / options.falsePairs)
        falsePairs += Swift.stride(from: 0, to: missed.count, by: stride).prefix(options.falsePairs)
          .map {
            ("missed \(CloneKind.crossPatient.rawValue)", missed[$0].first, missed[$0].second)
          }
      }
    }
    detectors = []
    let total = clock.now - start

    let count = options.count
    func rate(_ d: Duration) -> String { String(Int(Double(count) / max(seconds(d), 1e-9))) }
    print(
      "notes \(count)  patients \(patientOrdinal.count)  tokens \(tokens)  cores \(ProcessInfo.processInfo.activeProcessorCount)  seed \(options.seed)"
    )
    print("generate     \(format(generate))")
    print(
      "fingerprint  \(format(fingerprint))  (tokenize + fingerprint, \(rate(fingerprint)) notes/s)")
    if options.analysis {
      print("analysis     \(format(analysis))  (element analysis, \(rate(analysis)) notes/s)")
    }
    for (name, detect, report, groups) in reports {
      print("detect \(name)  \(format(detect))  groups \(groups)")
      print("  \(CloneKind.copyForward.rawValue)  \(report.copyForward)")
      print("  \(CloneKind.crossPatient.rawValue) \(report.crossPatient)")
    }
    let cloneCheck = fingerprint + (reports.first?.1 ?? .zero)
    print("clone check (fingerprint + detect): \(format(cloneCheck)), \(rate(cloneCheck)) notes/s")
    if options.analysis {
      print(
        "with analysis (fingerprint + analysis + detect): \(format(cloneCheck + analysis)), \(rate(cloneCheck + analysis)) notes/s"
      )
    }
    print("total wall \(format(total))  peak RSS \(peakRSSMegabytes()) MB")
    if !falsePairs.isEmpty { printFalsePairs(falsePairs, options) }
  }

  /// The `--pair-features` table: cross-patient pairs (verified, and missed derivations).
  static func writeFeatures(
    _ path: String, detector d: CloneDetector, pairs: [NoteAudit.ClonePair],
    predicted: Set<CloneEvaluation.Pair>, derivations: Set<CloneEvaluation.Pair>,
    truth: CloneGroundTruth, patient: (String) -> String?
  ) throws {
    var rows: [(Int, Int, String)] = []
    var index: [String: Int] = [:]
    for i in 0..<d.count { index[d.id(i)] = i }
    for p in pairs where p.second < d.count {
      let (a, b) = (d.id(p.first), d.id(p.second))
      guard let x = patient(a), let y = patient(b), x != y else { continue }
      let label =
        !truth.areClones(a, b)
        ? "F" : derivations.contains(CloneEvaluation.Pair(a, b)) ? "D" : "T"
      rows.append((p.first, p.second, label))
    }
    for p in derivations where !predicted.contains(p) {
      guard let x = patient(p.a), let y = patient(p.b), x != y,
        let a = index[p.a], let b = index[p.b]
      else { continue }
      rows.append((min(a, b), max(a, b), "M"))
    }
    let found = d.diagnose(rows.map { ($0.0, $0.1) })
    func f(_ x: Double) -> String { String(format: "%.3f", x) }
    var text =
      "label\ta\tb\tsameProvider\tsameClinic\tcontentA\tcontentB\ttotalA\ttotalB\tshared\tsharedWeight\tunsampled\twJ\twC\tvalueAgreement\tbvJ\tbvC\tpJ\tpC\tsharesMeasures\tnumeric\tagreeing\tw1\tw2\tw3\tw4\tw5\tw6\tw7\tw8\trareA\trareB\tsharedRare\tsharedRareAgreeing\tmeasureShare\tsharedValuedAgreeing\n"
    for (row, x) in zip(rows, found) {
      let fields: [String] = [
        row.2, d.id(row.0), d.id(row.1), x.sameProvider ? "1" : "0", x.sameClinic ? "1" : "0",
        "\(x.content.0)", "\(x.content.1)", "\(x.totals.0)", "\(x.totals.1)", "\(x.shared)",
        "\(x.sharedWeight)", "\(x.sharedUnsampled)", f(x.jaccard), f(x.containment),
        f(x.valueAgreement), f(x.byValue.jaccard), f(x.byValue.containment), f(x.plainJaccard),
        f(x.plainContainment), x.sharesMeasures ? "1" : "0", "\(x.sharedNumeric)",
        "\(x.sharedAgreeing)",
      ]
      let rare =
        [x.rareTotals.0, x.rareTotals.1, x.sharedRare, x.sharedRareAgreeing].map(String.init) + [
          f(x.measureShare), "\(x.sharedValuedAgreeing)",
        ]
      text +=
        (fields + x.sharedByWeight.dropFirst().map(String.init) + rare).joined(separator: "\t")
        + "\n"
    }
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
    }
  }

  /// Up to `n` false pairs of each kind, at an even stride through the detector's order, labelled.
  static func sample(_ pairs: [(NoteAudit.ClonePair, String, String)], _ n: Int) -> [(
    label: String, a: String, b: String
  )] {
    NoteAudit.CloneKind.allCases.flatMap { kind -> [(label: String, a: String, b: String)] in
      let list = pairs.filter { $0.0.kind == kind }
      let stride = max(1, list.count / n)
      return Swift.stride(from: 0, to: list.count, by: stride).prefix(n).map {
        let (pair, a, b) = list[$0]
        return ("false \(kind.rawValue)  similarity \(pair.similarity)  \(pair.detail)", a, b)
      }
    }
  }

  /// Regenerates the corpus up to the last note named and prints each pair with both notes: the
  /// texts are never kept during the measured run.
  static func printFalsePairs(_ pairs: [(label: String, a: String, b: String)], _ options: Options)
  {
    let wanted = Set(pairs.flatMap { [$0.a, $0.b] })
    var notes: [String: NoteRecord] = [:]
    var generator = CorpusGenerator(seed: options.seed)
    for _ in 0..<options.count where notes.count < wanted.count {
      let record = generator.next().record
      if wanted.contains(record.id) { notes[record.id] = record }
    }
    for (label, a, b) in pairs {
      print("\n=== \(a) / \(b)  \(label)")
      for id in [a, b] {
        guard let r = notes[id] else { continue }
        print(
          "--- \(id)  patient \(r.patientID ?? "-")  provider \(r.provider ?? "-")  clinic \(r.clinic ?? "-")"
        )
        print(r.text)
      }
    }
  }

  static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
  }

  static func format(_ d: Duration) -> String {
    String(format: "%.3f s", seconds(d))
  }

  /// Peak resident set of this process (Linux reports kilobytes, macOS bytes).
  static func peakRSSMegabytes() -> Int {
    var usage = rusage()
    #if canImport(Glibc)
      getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    #if canImport(Darwin)
      return Int(usage.ru_maxrss) / (1 << 20)
    #else
      return Int(usage.ru_maxrss) / 1024
    #endif
  }
}

/// Writes the bench corpus as JSON Lines as it is generated, and its ground truth at the end.
final class CorpusWriter {
  let handle: FileHandle

  init(path: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: nil) else {
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
    }
    handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
  }

  func append(_ records: [NoteRecord]) throws {
    var text = ""
    for r in records { text += CorpusGenerator.jsonLine(r) }
    try handle.write(contentsOf: Data(text.utf8))
  }

  /// Closes the corpus; with `path`, writes `id,clone_of,kind` per planted derivation.
  func finish(truth path: String?, _ truth: CloneGroundTruth) throws {
    try handle.close()
    guard let path else { return }
    var text = "id,clone_of,kind\n"
    for p in truth.pairs { text += "\(p.first),\(p.second),\(p.kind.rawValue)\n" }
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
    }
  }
}
