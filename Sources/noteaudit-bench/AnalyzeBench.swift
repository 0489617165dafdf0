import Foundation
import NoteAudit
import NoteAuditCorpus

/// `noteaudit-bench analyze`: the single-note pipeline on one core over a generated corpus held in
/// memory, timed stage by stage (each stage includes the ones before it), plus lexicon load time.
enum AnalyzeBench {
  static func run(arguments: [String]) -> Int32 {
    BenchArguments.parse(arguments, known: ["count", "runs", "seed", "load-runs"]) {
      args throws(BenchArguments.Invalid) in
      let count = try args.int("count", default: 10_000)
      let runs = try args.int("runs", default: 5)
      let seed = try args.int("seed", default: 1)
      let loadRuns = try args.int("load-runs", default: 10)
      guard let directory = LexiconLocator.bundledDirectory() else {
        FileOutput.error("noteaudit-bench: the bundled lexicons were not found\n")
        return 3
      }
      let load = Measure.runs(loadRuns) {
        LexiconLoader.load(directories: [directory]).lexicon.entries.count
      }
      var built: Analyzer?
      let bundled = Measure.runs(loadRuns) {
        built = try? Analyzer.bundled()
        return built?.lexicon.entries.count ?? 0
      }
      guard let analyzer = built else {
        FileOutput.error("noteaudit-bench: the analyzer could not be built\n")
        return 3
      }
      print("lexicons: \(load.checksum) entries from \(directory)")
      print(
        "  LexiconLoader.load (read + parse + compile): median \(Measure.milliseconds(Measure.median(load.seconds))) of \(load.seconds.count)"
      )
      print(
        "  Analyzer.bundled (lexicons + rubrics + context rules): median \(Measure.milliseconds(Measure.median(bundled.seconds))) of \(bundled.seconds.count)"
      )

      let records = corpus(count: count, seed: seed)
      let totalBytes = records.reduce(0) { $0 + $1.text.utf8.count }
      let medianBytes = Measure.median(records.map { $0.text.utf8.count })
      let medianCharacters = Measure.median(records.map { $0.text.count })
      print(
        "corpus: \(count) notes (seed \(seed)), \(Measure.megabytes(totalBytes)) of text; median note \(medianBytes) bytes, \(medianCharacters) characters"
      )

      let lexicon = analyzer.lexicon
      let context = ContextAnalyzer(lexicon: lexicon)
      let stages: [(name: String, body: () -> Int)] = [
        ("tokenize", { records.reduce(0) { $0 &+ TokenizedText($1.text).tokens.count } }),
        (
          "+ lexicon match",
          { records.reduce(0) { $0 &+ lexicon.matches(in: TokenizedText($1.text)).count } }
        ),
        (
          "+ context",
          {
            records.reduce(0) { sum, record in
              sum
                &+ NoteDocument(
                  text: TokenizedText(record.text), lexicon: lexicon, context: context
                ).modifiers.reduce(0) { $0 &+ Int($1.rawValue) }
            }
          }
        ),
        ("analyze (all)", { records.reduce(0) { $0 &+ digest(analyzer.analyze($1)) } }),
      ]
      print("one core, \(runs) runs each (median; MB = 10^6 bytes of note text):")
      print(pad("stage", 18) + pad("median s", 10) + pad("notes/s", 10) + pad("MB/s", 8) + "spread")
      for stage in stages {
        let timing = Measure.runs(runs, stage.body)
        let seconds = Measure.median(timing.seconds)
        print(
          pad(stage.name, 18) + pad(String(format: "%.3f", seconds), 10)
            + pad(String(Int(Double(count) / seconds)), 10)
            + pad(String(format: "%.1f", Double(totalBytes) / 1e6 / seconds), 8)
            + Measure.spread(timing.seconds)
            + "  [checksum \(timing.checksum)]")
      }
      return 0
    }
  }

  /// `count` generated notes, held in memory.
  static func corpus(count: Int, seed: Int) -> [NoteRecord] {
    var configuration = CorpusGenerator.Configuration()
    configuration.recordsGroundTruth = false
    var generator = CorpusGenerator(seed: UInt64(seed), configuration: configuration)
    return (0..<count).map { _ in generator.next().record }
  }

  /// A number that changes when any analysis result changes in score, grade, findings or evidence.
  static func digest(_ analysis: NoteAnalysis) -> Int {
    var sum = analysis.score &* 31 &+ analysis.findings.count &* 7 &+ analysis.grade.hashValue % 1
    for kind in ElementKind.allCases {
      for evidence in analysis.element(kind).evidence {
        sum = sum &* 31 &+ evidence.span.start &+ evidence.span.end
      }
    }
    return sum
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
