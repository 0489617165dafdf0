import Foundation
import NoteAudit

/// `noteaudit-bench editors`: keystroke-to-diagnostics through each editor protocol, measured on
/// the real binary over pipes, and the server's memory over many edits.
///
/// - LSP: a `didChange` typing one character into a 2 KB note, timed until its
///   `publishDiagnostics` arrives; run with the default 150 ms debounce (the figure minus the
///   debounce is the server's share) and with `--debounce-ms 0`.
/// - Native host: a `check` of the 2 KB note with one character changed, timed until the answer.
/// - Memory: resident memory of the server process (`VmRSS`) after 0 … N edits, each one
///   analysed (`--debounce-ms 0`, waiting for every publish), and the same for the host.
enum EditorBench {
  static func run(arguments: [String]) -> Int32 {
    BenchArguments.parse(arguments, known: ["binary", "samples", "edits"]) {
      args throws(BenchArguments.Invalid) in
      let binary = args.string("binary") ?? ".build/release/noteaudit"
      let samples = try args.int("samples", default: 300)
      let edits = try args.int("edits", default: 10_000)
      guard FileManager.default.isExecutableFile(atPath: binary) else {
        FileOutput.error(
          "noteaudit-bench: \(binary) not found (swift build -c release --product noteaudit)\n")
        return 2
      }
      let note = twoKilobyteNote()
      print("note: \(note.utf8.count) bytes; \(samples) keystrokes per run; binary \(binary)")
      print(
        AnalyzeBench.pad("protocol", 34) + AnalyzeBench.pad("median", 11)
          + AnalyzeBench.pad("p95", 11) + "max")
      for debounce in [150, 0] {
        let times = lspLatencies(binary: binary, note: note, samples: samples, debounce: debounce)
        row("LSP didChange→publish (\(debounce) ms)", times)
        if debounce > 0 { row("  minus the debounce", times.map { $0 - Double(debounce) / 1000 }) }
      }
      row("native host check→answer", nativeLatencies(binary: binary, note: note, samples: samples))
      print("\nmemory over \(edits) edits (RSS of the server process):")
      lspMemory(binary: binary, note: note, edits: edits)
      nativeMemory(binary: binary, note: note, edits: edits)
      return 0
    }
  }

  static func row(_ name: String, _ seconds: [Double]) {
    let sorted = seconds.sorted()
    let p95 = sorted[min(sorted.count - 1, sorted.count * 95 / 100)]
    print(
      AnalyzeBench.pad(name, 34)
        + AnalyzeBench.pad(Measure.milliseconds(Measure.median(sorted)), 11)
        + AnalyzeBench.pad(Measure.milliseconds(p95), 11) + Measure.milliseconds(sorted.last ?? 0))
  }

  /// A realistic note of about 2 KB: a strong sample note, padded with treatment lines.
  static func twoKilobyteNote() -> String {
    var note = """
      PT Daily Note - Outpatient Neuro
      DOS: 03/04/2026   Visit 7 of 12 (POC cert 02/10/2026-05/04/2026)
      Dx: L CVA w/ R hemiparesis; R knee OA
      S: Pt reports 2 near-falls at home this wk when getting up from low couch. R knee pain 3/10 at start.
      O:
      TherAct (97530) x 23 min:
      - STS from 17" mat to 19" chair w/o armrests, 3 sets of 5: min A x1 for anterior wt shift -> CGA by 3rd set. VCs for nose-over-toes; TC at R knee to prevent buckling.
      - SPT w/c <> mat toward R side x4 w/ RW: min A, 2-3 VCs per trial for sequencing.
      5xSTS: 21.4 sec (eval 02/10: 29.8 sec). No LOB during STS.
      A: Pt required skilled facilitation of anterior wt shift and graded reduction of assist for STS. Progressing toward STG #2 (STS from standard chair w/ SBA by 03/24).
      P: Progress STS to 17" surface w/o UE; car transfer w/ pt's own vehicle next visit.
      Total timed: 23 min (97530 x 2 units). Total treatment time: 23 min.

      """
    let filler =
      "- Car transfer simulator (seat ht 21\"): mod A 1st trial -> min A 2nd trial; demo + VCs for sit-then-swing technique.\n"
    while note.utf8.count + filler.utf8.count <= 2048 { note += filler }
    return note
  }

  /// A started service with a reader over its output.
  final class Server {
    let process = Process()
    let input = Pipe()
    let output = Pipe()
    var lsp: LSPFrameReader
    var native: NativeFrameReader

    init(binary: String, arguments: [String]) {
      process.executableURL = URL(fileURLWithPath: binary)
      process.arguments = arguments
      process.standardInput = input
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      let fd = output.fileHandleForReading.fileDescriptor
      lsp = LSPFrameReader(input: ByteInput(fd: fd), maxBytes: 1 << 26)
      native = NativeFrameReader(input: ByteInput(fd: fd), maxBytes: 1 << 26)
      try? process.run()
    }

    func send(lsp message: WireJSON) {
      input.fileHandleForWriting.write(Data(LSPFrameReader.frame(message.serialized())))
    }
    func send(native message: WireJSON) {
      input.fileHandleForWriting.write(Data(NativeFrameReader.frame(message.serialized())))
    }

    /// The next LSP message that `matches`.
    func receiveLSP(_ matches: (WireJSON) -> Bool) -> WireJSON? {
      while true {
        guard case .message(let bytes) = lsp.next() else { return nil }
        if let message = try? WireJSON.parse(bytes), matches(message) { return message }
      }
    }

    func receiveNative() -> WireJSON? {
      guard case .message(let bytes) = native.next() else { return nil }
      return try? WireJSON.parse(bytes)
    }

    /// Resident memory of the server process in bytes (Linux), 0 elsewhere.
    var resident: Int {
      guard
        let status = try? String(
          contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
      else { return 0 }
      return (Int(line.split(separator: " ").dropFirst().first { Int($0) != nil } ?? "") ?? 0)
        * 1024
    }

    func stop() {
      try? input.fileHandleForWriting.close()
      process.waitUntilExit()
    }
  }

  static func startLSP(binary: String, note: String, debounce: Int) -> Server {
    let server = Server(binary: binary, arguments: ["lsp", "--debounce-ms", String(debounce)])
    server.send(lsp: [
      "jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]],
    ])
    _ = server.receiveLSP { $0["id"]?.int == 1 }
    server.send(lsp: ["jsonrpc": "2.0", "method": "initialized", "params": [:]])
    server.send(lsp: [
      "jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": [
        "textDocument": [
          "uri": "file:///bench.txt", "languageId": "plaintext", "version": 1,
          "text": .string(note),
        ]
      ],
    ])
    _ = server.receiveLSP { $0["method"]?.string == "textDocument/publishDiagnostics" }
    return server
  }

  /// Types one character at the end of the first line (version `version`).
  static func keystroke(_ server: Server, version: Int, column: Int) {
    let at: WireJSON = ["line": 0, "character": WireJSON(column)]
    server.send(lsp: [
      "jsonrpc": "2.0", "method": "textDocument/didChange",
      "params": [
        "textDocument": ["uri": "file:///bench.txt", "version": WireJSON(version)],
        "contentChanges": [["range": ["start": at, "end": at], "text": "x"]],
      ],
    ])
  }

  static func waitForPublish(_ server: Server, version: Int) {
    _ = server.receiveLSP {
      $0["method"]?.string == "textDocument/publishDiagnostics"
        && $0["params"]?["version"]?.int == version
    }
  }

  static func lspLatencies(binary: String, note: String, samples: Int, debounce: Int) -> [Double] {
    let server = startLSP(binary: binary, note: note, debounce: debounce)
    defer { server.stop() }
    let firstLine = note.prefix { $0 != "\n" }.utf16.count
    let clock = ContinuousClock()
    var times: [Double] = []
    for i in 0..<samples {
      let version = i + 2
      let elapsed = clock.measure {
        keystroke(server, version: version, column: firstLine + i)
        waitForPublish(server, version: version)
      }
      times.append(seconds(elapsed))
    }
    return times
  }

  static func nativeLatencies(binary: String, note: String, samples: Int) -> [Double] {
    let server = Server(binary: binary, arguments: ["native-host"])
    defer { server.stop() }
    // The first answer waits for the lexicons to load: not a keystroke.
    server.send(native: ["id": -1, "type": "check", "doc": "tab-1/f1", "text": .string(note)])
    _ = server.receiveNative()
    let clock = ContinuousClock()
    var times: [Double] = []
    var text = note
    for i in 0..<samples {
      text.insert("x", at: text.firstIndex(of: "\n") ?? text.endIndex)
      let elapsed = clock.measure {
        server.send(native: [
          "id": WireJSON(i), "type": "check", "doc": "tab-1/f1", "text": .string(text),
        ])
        _ = server.receiveNative()
      }
      times.append(seconds(elapsed))
    }
    return times
  }

  static func checkpoints(_ edits: Int) -> Set<Int> {
    [0, edits / 100, edits / 10, edits / 2, edits]
  }

  static func lspMemory(binary: String, note: String, edits: Int) {
    let server = startLSP(binary: binary, note: note, debounce: 0)
    defer { server.stop() }
    let firstLine = note.prefix { $0 != "\n" }.utf16.count
    var line = "  LSP (every edit analysed):"
    for i in 0...edits {
      if checkpoints(edits).contains(i) { line += " \(i): \(Measure.megabytes(server.resident));" }
      guard i < edits else { break }
      // Type a character, then delete it every other edit, so the note stays about 2 KB.
      let version = i + 2
      let column = firstLine + (i % 2)
      if i % 2 == 0 {
        keystroke(server, version: version, column: column)
      } else {
        let start: WireJSON = ["line": 0, "character": WireJSON(firstLine)]
        let end: WireJSON = ["line": 0, "character": WireJSON(firstLine + 1)]
        server.send(lsp: [
          "jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": [
            "textDocument": ["uri": "file:///bench.txt", "version": WireJSON(version)],
            "contentChanges": [["range": ["start": start, "end": end], "text": ""]],
          ],
        ])
      }
      waitForPublish(server, version: version)
    }
    print(line)
  }

  static func nativeMemory(binary: String, note: String, edits: Int) {
    let server = Server(binary: binary, arguments: ["native-host"])
    defer { server.stop() }
    server.send(native: ["id": -1, "type": "check", "doc": "tab-1/f1", "text": .string(note)])
    _ = server.receiveNative()
    var line = "  native host (every check analysed):"
    for i in 0...edits {
      if checkpoints(edits).contains(i) { line += " \(i): \(Measure.megabytes(server.resident));" }
      guard i < edits else { break }
      let text = i % 2 == 0 ? note + "x" : note
      server.send(native: [
        "id": WireJSON(i), "type": "check", "doc": "tab-1/f1", "text": .string(text),
      ])
      _ = server.receiveNative()
    }
    print(line)
  }

  static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
  }
}
