import Foundation
import NoteAudit
import NoteAuditCorpus

/// `noteaudit-bench generate`: seeded JSON Lines notes, streamed to a file or stdout; with
/// `--format fhir`, a FHIR R4 Bulk Data export of the same notes in the folder `--out` names.
enum GenerateCommand {
  static func run(arguments: [String]) -> Int32 {
    BenchArguments.parse(arguments, known: ["count", "seed", "out", "truth", "format"]) {
      args throws(BenchArguments.Invalid) in
      let count = try args.int("count", default: 1000)
      let seed = try args.int("seed", default: 1)
      let format = args.string("format") ?? "jsonl"
      guard ["jsonl", "text", "fhir"].contains(format) else {
        throw BenchArguments.Invalid(description: "--format is jsonl, text or fhir")
      }
      var configuration = CorpusGenerator.Configuration()
      configuration.recordsGroundTruth = false  // written as it goes with --truth; never held
      var generator = CorpusGenerator(seed: UInt64(seed), configuration: configuration)
      if format == "fhir" {
        guard let folder = args.string("out") else {
          throw BenchArguments.Invalid(description: "--format fhir needs --out FOLDER")
        }
        do {
          let writer = try FHIRExportWriter(folder: folder)
          for _ in 0..<count { try writer.add(generator.next().record) }
          try writer.finish()
        } catch {
          FileOutput.error("noteaudit-bench: cannot write the export: \(error)\n")
          return 3
        }
        return 0
      }
      do {
        let output = try args.string("out").map(createFile) ?? FileHandle.standardOutput
        let truth = try args.string("truth").map(createFile)
        if format == "text" {
          try writeText(count: count, generator: &generator, to: output)
        } else {
          try generator.writeJSONL(count: count, to: output, groundTruth: truth)
        }
        try output.close()
        try truth?.close()
      } catch {
        FileOutput.error("noteaudit-bench: cannot write: \(error)\n")
        return 3
      }
      return 0
    }
  }

  /// The notes' texts only, separated by a blank line (one note makes a `noteaudit check` input).
  static func writeText(count: Int, generator: inout CorpusGenerator, to output: FileHandle) throws
  {
    for n in 0..<count {
      try output.write(
        contentsOf: Array(((n > 0 ? "\n\n" : "") + generator.next().record.text).utf8))
    }
  }

  /// Creates (or truncates) `path` for writing.
  static func createFile(_ path: String) throws -> FileHandle {
    guard FileManager.default.createFile(atPath: path, contents: nil) else {
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
    }
    return try FileHandle(forWritingTo: URL(fileURLWithPath: path))
  }
}
