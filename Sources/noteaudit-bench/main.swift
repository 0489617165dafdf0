// noteaudit-bench: the benchmarks behind BENCHMARKS.md. Build and run in release:
//   swift build -c release --product noteaudit-bench && .build/release/noteaudit-bench analyze
// Scripts/bench.sh runs every benchmark (including the end-to-end CLI runs) and prints a table.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

let usage = """
  usage: noteaudit-bench COMMAND [OPTIONS]

  commands:
    generate --count N [--seed S] [--out FILE] [--truth FILE] [--format jsonl|text|fhir]
        Write N seeded, realistic notes as JSON Lines (stdout by default), streaming;
        --format text writes the texts only, separated by blank lines; --format fhir a FHIR R4
        Bulk Data export (DocumentReference, Binary, Claim, … .ndjson) into the folder --out names.
        --truth FILE also writes the clone ground truth as CSV (id,clone_of,kind).
    analyze [--count 10000] [--runs 5] [--seed 1] [--load-runs 10]
        One core: load the lexicons, then analyse N generated notes held in memory, per stage.
        Reports notes/s and MB/s (MB = 10^6 bytes of UTF-8 note text), medians of the runs.
    clones [--count N] [--seed S] [--analysis] [--baseline] [--write FILE [--truth FILE]]
        Clone detection on the generated corpus, streamed: time per phase, peak RSS, and
        precision/recall per kind against the planted ground truth (see CloneBench.swift).
    similarity [--patients 1000] [--clinics 40] [--seed 3]
        Fingerprinting and detection on the small template-heavy fixture of the similarity
        tests (all cores): time per step and group precision/recall per kind.
    accuracy FILE... [--styles yes] [--disagreements yes]
        Element detection against adjudicated labels (Benchmarks/accuracy): precision,
        recall, F1 with 95% intervals, precision of "missing" findings, per style.
    memory [--counts 10000,100000] [--seed 1]
        Streams generated notes through the analyzer and prints resident memory at each
        count: per-note work must not accumulate.
    editors [--binary .build/release/noteaudit] [--samples 300] [--edits 10000]
        Keystroke-to-diagnostics for a 2 KB note through 'noteaudit lsp' (didChange ->
        publishDiagnostics, with the 150 ms debounce and without) and 'noteaudit native-host'
        (check -> answer), over pipes; then the server's RSS over N edits, each analysed.

  """

var arguments = Array(CommandLine.arguments.dropFirst())
let command = arguments.isEmpty ? "help" : arguments.removeFirst()
let status: Int32
switch command {
case "generate": status = GenerateCommand.run(arguments: arguments)
case "analyze": status = AnalyzeBench.run(arguments: arguments)
case "accuracy": status = AccuracyBench.run(arguments: arguments)
case "memory": status = MemoryBench.run(arguments: arguments)
case "clones": status = CloneBench.run(arguments: arguments)
case "similarity": status = SimilarityBench.run(arguments: arguments)
case "editors": status = EditorBench.run(arguments: arguments)
case "help", "-h", "--help":
  print(usage, terminator: "")
  status = 0
default:
  FileOutput.error("unknown command '\(command)'\n\(usage)")
  status = 2
}
exit(status)
