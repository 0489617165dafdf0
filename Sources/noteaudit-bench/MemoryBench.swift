import NoteAudit
import NoteAuditCorpus

/// `noteaudit-bench memory`: streams generated notes through `Analyzer.analyze` one at a time and
/// reports resident memory at each checkpoint. Per-note work is released after
/// each note, so resident memory must stay flat as the count grows tenfold.
enum MemoryBench {
  static func run(arguments: [String]) -> Int32 {
    BenchArguments.parse(arguments, known: ["counts", "seed"]) {
      args throws(BenchArguments.Invalid) in
      let checkpoints = try args.ints("counts", default: [10_000, 100_000]).sorted()
      let seed = try args.int("seed", default: 1)
      guard let analyzer = try? Analyzer.bundled() else {
        FileOutput.error("noteaudit-bench: the analyzer could not be built\n")
        return 3
      }
      var configuration = CorpusGenerator.Configuration()
      configuration.recordsGroundTruth = false
      var generator = CorpusGenerator(seed: UInt64(seed), configuration: configuration)
      let before = Measure.resident()
      print("after loading: RSS \(Measure.megabytes(before.current))")
      print(AnalyzeBench.pad("notes", 10) + AnalyzeBench.pad("RSS", 12) + "peak RSS")
      var done = 0
      var checksum = 0
      for checkpoint in checkpoints {
        while done < checkpoint {
          checksum &+= AnalyzeBench.digest(analyzer.analyze(generator.next().record))
          done += 1
        }
        let (current, peak) = Measure.resident()
        print(
          AnalyzeBench.pad(String(done), 10) + AnalyzeBench.pad(Measure.megabytes(current), 12)
            + Measure.megabytes(peak))
      }
      print("checksum \(checksum)")
      return 0
    }
  }
}
