import Foundation
import Testing

@testable import NoteAudit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct TextPositionTests {
  /// é: 2 bytes, 1 UTF-16 unit; ’: 3 and 1; 🙂: 4 and 2.
  static let text = "Café ’ ok\r\n🙂 x\rlast"
  static let bytes = Array(text.utf8)
  static let lines = TextLines(bytes)

  @Test func linesEndAtLFCRLFAndLoneCR() {
    #expect(Self.lines.starts == [0, 14, 21])
    #expect(Self.lines.contentRange(ofLine: 0, in: Self.bytes) == 0..<12)
    #expect(Self.lines.contentRange(ofLine: 1, in: Self.bytes) == 14..<20)
  }

  @Test(arguments: [
    // byte, utf-16 position, utf-8 position
    (0, TextPosition(line: 0, character: 0), TextPosition(line: 0, character: 0)),
    (5, TextPosition(line: 0, character: 4), TextPosition(line: 0, character: 5)),  // after "Café"
    (9, TextPosition(line: 0, character: 6), TextPosition(line: 0, character: 9)),  // after "’"
    (18, TextPosition(line: 1, character: 2), TextPosition(line: 1, character: 4)),  // after "🙂"
    (21, TextPosition(line: 2, character: 0), TextPosition(line: 2, character: 0)),
    (25, TextPosition(line: 2, character: 4), TextPosition(line: 2, character: 4)),  // the end
  ])
  func bytesAndPositionsConvertBothWays(byte: Int, utf16: TextPosition, utf8: TextPosition) {
    #expect(Self.lines.position(ofByte: byte, in: Self.bytes, encoding: .utf16) == utf16)
    #expect(Self.lines.position(ofByte: byte, in: Self.bytes, encoding: .utf8) == utf8)
    #expect(Self.lines.byteOffset(of: utf16, in: Self.bytes, encoding: .utf16) == byte)
    #expect(Self.lines.byteOffset(of: utf8, in: Self.bytes, encoding: .utf8) == byte)
  }

  @Test func positionsInsideACharacterOrPastALineSnapToABoundary() {
    // Inside 🙂's surrogate pair (UTF-16) and inside "é" (UTF-8): the character's start.
    #expect(
      Self.lines.byteOffset(
        of: TextPosition(line: 1, character: 1), in: Self.bytes, encoding: .utf16) == 14)
    #expect(
      Self.lines.byteOffset(
        of: TextPosition(line: 0, character: 4), in: Self.bytes, encoding: .utf8) == 3)
    // Past the line's end: the end of its content, before "\r\n".
    #expect(
      Self.lines.byteOffset(
        of: TextPosition(line: 0, character: 99), in: Self.bytes, encoding: .utf16) == 12)
    // Past the last line: the end of the text.
    #expect(
      Self.lines.byteOffset(
        of: TextPosition(line: 9, character: 0), in: Self.bytes, encoding: .utf8) == 25)
    #expect(TextLines.utf16Offset(ofByte: 18, in: Self.bytes) == 13)
  }
}

@Suite struct WireJSONTests {
  @Test func parsesAndWritesTheShapesTheProtocolsUse() throws {
    let text =
      #"{"id": 12, "method": "x", "params": {"a": [true, false, null, -1.5e2, "q\"\\\/\n\u00e9\ud83d\ude42"]}}"#
    let value = try WireJSON.parse(Array(text.utf8))
    #expect(value["id"]?.int == 12)
    #expect(value["params"]?["a"] == [true, false, nil, -150.0, "q\"\\/\né🙂"])
    #expect(
      String(decoding: value.serialized(), as: UTF8.self)
        == #"{"id":12,"method":"x","params":{"a":[true,false,null,-150,"q\"\\/\né🙂"]}}"#)
    #expect(
      String(decoding: WireJSON.string("\u{01}\t").serialized(), as: UTF8.self) == #""\u0001\t""#)
  }

  @Test(arguments: [
    "", "{", "{\"a\" 1}", "[1,]", "tru", "\"abc", "1 2", "{\"a\":\"\u{01}\"}", "-", "\"\\x\"",
    "9.7e37777777",
  ])
  func badInputIsAnErrorNotATrap(_ text: String) {
    #expect(throws: WireJSONError.self) { try WireJSON.parse(Array(text.utf8)) }
  }

  @Test func deepNestingIsRefused() {
    let deep = Array(repeating: UInt8(ascii: "["), count: 100_000)
    #expect(throws: WireJSONError.self) { try WireJSON.parse(deep) }
  }

  @Test func invalidUTF8AndLoneSurrogatesBecomeReplacementCharacters() throws {
    let bytes = Array("\"a".utf8) + [0xFF, 0xC3] + Array("b\\ud800c\"".utf8)
    #expect(try WireJSON.parse(bytes) == .string("a\u{FFFD}\u{FFFD}b\u{FFFD}c"))
  }
}

@Suite struct FramingTests {
  /// Frames read from `bytes` written to a pipe (the writer closes it).
  static func frames(_ bytes: [UInt8], native: Bool = false, max: Int = 1000) -> [Frame] {
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    let writeEnd = fds[1]
    let writer = Thread {
      _ = ByteOutput.write(bytes, to: writeEnd)
      close(writeEnd)
    }
    writer.start()
    var lsp = LSPFrameReader(input: ByteInput(fd: fds[0], bufferSize: 16), maxBytes: max)
    var nat = NativeFrameReader(input: ByteInput(fd: fds[0], bufferSize: 16), maxBytes: max)
    var out: [Frame] = []
    while true {
      let frame = native ? nat.next() : lsp.next()
      out.append(frame)
      if frame == .end { break }
    }
    close(fds[0])
    return out
  }

  @Test func lspFramesWithCRLFOrLFAndOtherHeaders() {
    let input =
      "Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}"
      + "\r\n\ncontent-length:3\n\n[1]"
    #expect(
      Self.frames(Array(input.utf8)) == [
        .message(Array("{}".utf8)), .message(Array("[1]".utf8)), .end,
      ])
  }

  @Test func junkIsReportedOnceAndSkipped() {
    let input = "garbage\nmore garbage\n\nContent-Length: 2\r\n\r\n{}"
    #expect(
      Self.frames(Array(input.utf8)) == [
        .malformed("bytes that are not a header ('Name: value')"), .message(Array("{}".utf8)), .end,
      ])
  }

  @Test func anOversizedMessageIsCutToItsHeadAndSkipped() {
    let big = "{\"id\": 9, \"x\": \"" + String(repeating: "a", count: 5000) + "\"}"
    let input = "Content-Length: \(big.utf8.count)\r\n\r\n" + big + "Content-Length: 2\r\n\r\n{}"
    let frames = Self.frames(Array(input.utf8))
    guard case .tooLarge(let declared, let head) = frames.first else {
      Issue.record("expected tooLarge, got \(frames)")
      return
    }
    #expect(declared == big.utf8.count)
    #expect(head.count == 4096)
    #expect(requestID(inHead: head) == 9)
    #expect(Array(frames.dropFirst()) == [.message(Array("{}".utf8)), .end])
  }

  @Test func truncatedInputEnds() {
    #expect(Self.frames(Array("Content-Le".utf8)) == [.end])
    #expect(Self.frames(Array("Content-Length: 10\r\n\r\n{}".utf8)) == [.end])
    #expect(Self.frames([5, 0, 0], native: true) == [.end])
    #expect(Self.frames([5, 0, 0, 0, 1], native: true) == [.end])
  }

  @Test func nativeFramesAndTheirLimits() {
    let two =
      NativeFrameReader.frame(Array("{}".utf8)) + [0, 0, 0, 0]
      + NativeFrameReader.frame(Array("[]".utf8))
    #expect(
      Self.frames(two, native: true) == [
        .message(Array("{}".utf8)), .malformed("an empty message"), .message(Array("[]".utf8)),
        .end,
      ])
    let big = NativeFrameReader.frame(
      Array("{\"id\":\"abc\",".utf8) + Array(repeating: 0x20, count: 2000))
    let frames = Self.frames(big + NativeFrameReader.frame(Array("{}".utf8)), native: true)
    if case .tooLarge(_, let head) = frames.first {
      #expect(requestID(inHead: head) == "abc")
    } else {
      Issue.record("\(frames)")
    }
    #expect(frames.last == .end)
  }
}

@Suite struct NoteServiceTests {
  static let checker = NoteChecker(analyzer: try! Analyzer.bundled())

  @Test func editsApplyInOrderAndEachRevisionIsAnalysedOnce() throws {
    let service = NoteService(checker: Self.checker)
    try service.open("a", text: "Pt amb 150 ft.\n", version: 1)
    _ = service.report(for: "a")
    _ = service.report(for: "a")
    #expect(service.analysisCount == 1)
    let end = TextPosition(line: 1, character: 0)
    try service.edit(
      "a",
      changes: [
        .init(range: end..<end, text: "CGA x2.\n"),
        .init(
          range: TextPosition(line: 0, character: 0)..<TextPosition(line: 0, character: 2),
          text: "Patient"),
      ], version: 2)
    #expect(service.text(of: "a") == "Patient amb 150 ft.\nCGA x2.\n")
    #expect(service.report(for: "a")?.version == 2)
    #expect(service.analysisCount == 2)
    // same text: no new analysis
    try service.open("a", text: "Patient amb 150 ft.\nCGA x2.\n", version: 3)
    _ = service.report(for: "a")
    #expect(service.analysisCount == 2)
  }

  @Test func memoryIsBoundedByDocumentsAndSize() throws {
    let service = NoteService(
      checker: Self.checker, limits: .init(maxDocuments: 3, maxDocumentBytes: 100))
    for i in 0..<5 { try service.open("doc\(i)", text: "note \(i)", version: nil) }
    #expect(service.keys == ["doc2", "doc3", "doc4"])
    #expect(throws: NoteService.EditError.tooLarge(bytes: 101, limit: 100)) {
      try service.open("big", text: String(repeating: "x", count: 101), version: nil)
    }
    let end = TextPosition(line: 0, character: 6)
    #expect(throws: NoteService.EditError.tooLarge(bytes: 106, limit: 100)) {
      try service.edit(
        "doc4", changes: [.init(range: end..<end, text: String(repeating: "y", count: 100))],
        version: nil)
    }
    #expect(service.text(of: "doc4") == "note 4")
    #expect(throws: NoteService.EditError.unknownDocument) {
      try service.edit("doc0", changes: [], version: nil)
    }
  }

  @Test func checkerAppliesTheConfigurationsRuleOverrides() {
    var configuration = Configuration()
    configuration.rules = ["vague.phrase": .off, "element.cueing.missing": .info]
    let checker = NoteChecker(analyzer: Self.checker.analyzer, configuration: configuration)
    let analysis = checker.check("Pt tolerated treatment well.", id: "x").analysis
    #expect(!analysis.findings.contains { $0.rule == .vaguePhrase })
    #expect(analysis.findings.first { $0.rule == .cueingMissing }?.severity == .info)
  }
}

@Suite struct LanguageServerLogicTests {
  static func server(debounce: Duration = .milliseconds(150)) -> LanguageServer {
    let service = NoteService(checker: NoteServiceTests.checker)
    let server = LanguageServer(
      service: service, options: .init(debounce: debounce, maxMessageBytes: 1 << 20))
    _ = server.handle(
      ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]],
      now: .now)
    return server
  }

  @Test func aChangeIsPublishedOnceTheDebounceHasPassed() {
    let server = Self.server()
    let t0 = ContinuousClock.now
    let open = server.handle(
      [
        "jsonrpc": "2.0", "method": "textDocument/didOpen",
        "params": ["textDocument": ["uri": "u", "version": 1, "text": "Pt amb."]],
      ], now: t0)
    #expect(open.first?["method"]?.string == "textDocument/publishDiagnostics")
    let change: WireJSON = [
      "jsonrpc": "2.0", "method": "textDocument/didChange",
      "params": [
        "textDocument": ["uri": "u", "version": 2], "contentChanges": [["text": "Pt amb 150 ft."]],
      ],
    ]
    #expect(server.handle(change, now: t0).isEmpty)
    // typing on: the deadline moves
    #expect(server.handle(change, now: t0 + .milliseconds(100)).isEmpty)
    #expect(server.nextDeadline == t0 + .milliseconds(250))
    #expect(server.due(now: t0 + .milliseconds(200)).isEmpty)
    let published = server.due(now: t0 + .milliseconds(250))
    #expect(published.count == 1)
    #expect(published.first?["params"]?["version"]?.int == 2)
    #expect(server.nextDeadline == nil)
  }

  @Test func aRefusedEditDropsTheNoteAndItsDiagnostics() {
    let service = NoteService(
      checker: NoteServiceTests.checker, limits: .init(maxDocumentBytes: 20))
    let server = LanguageServer(service: service, options: .init(maxMessageBytes: 1 << 20))
    _ = server.handle(
      ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]],
      now: .now)
    _ = server.handle(
      [
        "jsonrpc": "2.0", "method": "textDocument/didOpen",
        "params": ["textDocument": ["uri": "u", "version": 1, "text": "Pt amb."]],
      ],
      now: .now)
    let out = server.handle(
      [
        "jsonrpc": "2.0", "method": "textDocument/didChange",
        "params": [
          "textDocument": ["uri": "u", "version": 2],
          "contentChanges": [["text": .string(String(repeating: "x", count: 21))]],
        ],
      ],
      now: .now)
    #expect(
      out.map { $0["method"]?.string } == ["window/logMessage", "textDocument/publishDiagnostics"])
    #expect(out.last?["params"]?["diagnostics"] == [])
    #expect(!service.contains("u"))
  }

  @Test func notificationsNeverGetResponsesButBadRequestsDo() {
    let server = Self.server()
    #expect(server.handle(["jsonrpc": "2.0", "method": "no/such/notification"], now: .now).isEmpty)
    let bad = server.handle(
      ["jsonrpc": "2.0", "id": "r1", "method": "textDocument/hover", "params": [:]], now: .now)
    #expect(bad.first?["error"]?["code"]?.int == -32602)
    #expect(bad.first?["id"] == "r1")
    let log = server.handle(
      [
        "jsonrpc": "2.0", "method": "textDocument/didChange",
        "params": ["textDocument": ["uri": "nope"], "contentChanges": []],
      ], now: .now)
    #expect(log.first?["method"]?.string == "window/logMessage")
    #expect(server.receive(.malformed("x"), now: .now).first?["error"]?["code"]?.int == -32700)
  }
}
