import NoteAudit
import NoteAuditCorpus

/// `noteaudit-bench accuracy FILE...`: element detection against adjudicated labels
/// (Benchmarks/accuracy/PROTOCOL.md), as the Markdown tables BENCHMARKS.md records: per decision
/// precision, recall and F1 with 95% intervals, the precision of "missing" findings, per style, and
/// every disagreement with `--disagreements yes`.
enum AccuracyBench {
  static func run(arguments: [String]) -> Int32 {
    let files = arguments.prefix { !$0.hasPrefix("--") }
    return BenchArguments.parse(
      Array(arguments.dropFirst(files.count)), known: ["disagreements", "styles"]
    ) { args throws(BenchArguments.Invalid) in
      guard !files.isEmpty else {
        throw BenchArguments.Invalid(description: "accuracy needs labelled JSON Lines files")
      }
      let analyzer: Analyzer
      var notes: [LabeledNote] = []
      do {
        analyzer = try Analyzer.bundled()
        for file in files { notes += try ElementEvaluation.load(file) }
      } catch {
        FileOutput.error("noteaudit-bench: \(error)\n")
        return 3
      }
      let report = ElementEvaluation.evaluate(notes, analyzer: analyzer)
      print("## \(files.joined(separator: " + "))\n\n\(report.table)\n")
      if args.string("styles") == "yes" { print("\(report.styleTable)\n") }
      if args.string("disagreements") == "yes" {
        print(report.disagreements.joined(separator: "\n"))
      }
      return 0
    }
  }
}
