import Foundation
import NoteAudit
import Testing

/// `noteaudit lsp` driven through its standard input and output, message by message.
@Suite struct LanguageServerProtocolTests {
  static let weakNote = """
    PT Daily Note
    Sit-to-stand transfers from 18" chair x5 with CGA. Verbal cues for hand placement.
    Pt tolerated treatment well. Continue per POC.

    """
  /// Non-ASCII before the vague phrase on its line: é (2 bytes, 1 UTF-16 unit), ’ (3, 1), 🙂 (4, 2).
  static let accentedLine = "Café ’ 🙂 Pt tolerated treatment well."

  @Test func initializeAnnouncesCapabilitiesAndUTF16ByDefault() throws {
    let server = try EditorProcess(["lsp"], framing: .lsp)
    server.request(1, "initialize", LSP.initialize())
    let result = try #require(server.response(1)?["result"])
    let capabilities = try #require(result["capabilities"])
    #expect(capabilities["positionEncoding"]?.string == "utf-16")
    #expect(capabilities["textDocumentSync"]?["change"]?.int == 2)
    #expect(capabilities["textDocumentSync"]?["openClose"]?.bool == true)
    #expect(capabilities["hoverProvider"]?.bool == true)
    #expect(capabilities["codeActionProvider"]?["codeActionKinds"] == ["quickfix"])
    #expect(capabilities["diagnosticProvider"]?["interFileDependencies"]?.bool == false)
    #expect(result["serverInfo"]?["name"]?.string == "noteaudit")
    server.request(2, "shutdown")
    #expect(server.response(2)?["result"] == .null)
    server.notify("exit")
    #expect(server.exitStatus() == 0)
  }

  @Test func utf8IsChosenWhenTheClientOffersIt() throws {
    let server = try EditorProcess(["lsp"], framing: .lsp)
    server.request(1, "initialize", LSP.initialize(utf8: true))
    #expect(server.response(1)?["result"]?["capabilities"]?["positionEncoding"]?.string == "utf-8")
  }

  @Test func requestsBeforeInitializeAreRefused() throws {
    let server = try EditorProcess(["lsp"], framing: .lsp)
    server.request(
      7, "textDocument/hover",
      ["textDocument": ["uri": "file:///a.txt"], "position": LSP.position(0, 0)])
    #expect(server.response(7)?["error"]?["code"]?.int == -32002)
    server.request(8, "initialize", LSP.initialize())
    #expect(server.response(8)?["result"] != nil)
    server.request(9, "initialize", LSP.initialize())
    #expect(server.response(9)?["error"]?["code"]?.int == -32600)
  }

  @Test func openPublishesEveryFindingAndTheVerdict() throws {
    let server = try LSP.started()
    server.notify("textDocument/didOpen", LSP.open("file:///weak.txt", Self.weakNote, version: 3))
    let publish = try #require(server.notification("textDocument/publishDiagnostics"))
    #expect(publish["params"]?["uri"]?.string == "file:///weak.txt")
    #expect(publish["params"]?["version"]?.int == 3)
    let diagnostics = try #require(publish["params"]?["diagnostics"]?.array)
    let minutes = try #require(
      diagnostics.first { $0["code"]?.string == "element.timed-minutes.missing" })
    #expect(minutes["severity"]?.int == 1)
    #expect(minutes["source"]?.string == "noteaudit")
    #expect(
      minutes["message"]?.string?.hasPrefix(
        "no direct treatment minutes documented\nSuggestion: State the direct") == true)
    #expect(minutes["codeDescription"]?["href"]?.string?.hasSuffix("Docs/Rules.md") == true)
    #expect(minutes["range"]?["start"] == LSP.position(0, 0))
    let vague = try #require(diagnostics.first { $0["code"]?.string == "vague.phrase" })
    #expect(vague["severity"]?.int == 2)
    #expect(vague["range"]?["start"] == LSP.position(2, 3))
    #expect(vague["range"]?["end"] == LSP.position(2, 27))
    let verdict = try #require(diagnostics.last)
    #expect(verdict["code"]?.string == "noteaudit.verdict")
    #expect(verdict["message"]?.string?.hasPrefix("NoteAudit: weak (score") == true)
    #expect(verdict["data"]?["missing"]?.array?.contains("timed_minutes") == true)
  }

  @Test(arguments: [(false, 13, 37), (true, 18, 42)])
  func rangesAreInTheNegotiatedEncoding(utf8: Bool, start: Int, end: Int) throws {
    let server = try LSP.started(utf8: utf8)
    server.notify(
      "textDocument/didOpen",
      LSP.open("file:///accents.txt", "PT note\n" + Self.accentedLine + "\n"))
    let publish = try #require(server.notification("textDocument/publishDiagnostics"))
    let vague = try #require(
      publish["params"]?["diagnostics"]?.array?.first { $0["code"]?.string == "vague.phrase" })
    // "Café ’ 🙂 Pt " is 13 UTF-16 units and 18 bytes; "tolerated treatment well" 24 of either.
    #expect(vague["range"]?["start"] == LSP.position(1, start))
    #expect(vague["range"]?["end"] == LSP.position(1, end))
  }

  @Test(arguments: [false, true])
  func incrementalEditsAfterNonASCIIApplyAtTheRightPlace(utf8: Bool) throws {
    let server = try LSP.started(["--debounce-ms", "0"], utf8: utf8)
    let uri = "file:///edit.txt"
    server.notify("textDocument/didOpen", LSP.open(uri, "Café ’ 🙂 Pt did it.\n"))
    _ = server.notification("textDocument/publishDiagnostics")
    // Replace "did it" (after 13 UTF-16 units / 18 bytes) with "tolerated treatment well".
    let start = utf8 ? 18 : 13
    server.notify(
      "textDocument/didChange",
      LSP.change(
        uri, version: 2, from: (0, start), to: (0, start + 6), text: "tolerated treatment well"))
    let publish = try #require(server.notification("textDocument/publishDiagnostics"))
    #expect(publish["params"]?["version"]?.int == 2)
    let vague = try #require(
      publish["params"]?["diagnostics"]?.array?.first { $0["code"]?.string == "vague.phrase" })
    #expect(vague["range"]?["start"] == LSP.position(0, start))
    #expect(vague["message"]?.string?.contains("'tolerated treatment well'") == true)
  }

  @Test func changesAreDebouncedIntoOnePublish() throws {
    let server = try LSP.started(["--debounce-ms", "300"])
    let uri = "file:///typing.txt"
    server.notify("textDocument/didOpen", LSP.open(uri, Self.weakNote))
    #expect(
      LSP.codes(server.notification("textDocument/publishDiagnostics")).contains(
        "element.timed-minutes.missing"))
    let started = Date()
    let line = "Therapeutic activities (97530): 23 min. Total treatment time 30 min.\n"
    // Typed in three pieces at the end (line 3).
    var column = 0
    for (version, piece) in [
      (2, String(line.prefix(20))), (3, String(line.dropFirst(20).prefix(20))),
      (4, String(line.dropFirst(40))),
    ] {
      server.notify(
        "textDocument/didChange",
        LSP.change(uri, version: version, from: (3, column), to: (3, column), text: piece))
      column += piece.utf16.count
    }
    let publish = try #require(server.notification("textDocument/publishDiagnostics"))
    #expect(Date().timeIntervalSince(started) >= 0.29)
    #expect(publish["params"]?["version"]?.int == 4)
    #expect(!LSP.codes(publish).contains("element.timed-minutes.missing"))
    #expect(server.notification("textDocument/publishDiagnostics", timeout: 0.6) == nil)
  }

  @Test func fullTextChangesReplaceTheNote() throws {
    let server = try LSP.started(["--debounce-ms", "0"])
    let uri = "file:///full.txt"
    server.notify("textDocument/didOpen", LSP.open(uri, "x"))
    _ = server.notification("textDocument/publishDiagnostics")
    server.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": .string(uri), "version": 2],
        "contentChanges": [["text": .string(Self.weakNote)]],
      ])
    let publish = server.notification("textDocument/publishDiagnostics")
    #expect(LSP.codes(publish).contains("vague.phrase"))
  }

  @Test func pullingClientsGetDiagnosticsOnRequestAndNoPush() throws {
    let server = try LSP.started(pull: true)
    let uri = "file:///pull.txt"
    server.notify("textDocument/didOpen", LSP.open(uri, Self.weakNote))
    server.request(5, "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
    let report = try #require(server.response(5)?["result"])
    #expect(report["kind"]?.string == "full")
    let codes = report["items"]?.array?.compactMap { $0["code"]?.string } ?? []
    #expect(codes.contains("element.timed-minutes.missing"))
    #expect(codes.last == "noteaudit.verdict")
    #expect(
      server.unread().allSatisfy { $0["method"]?.string != "textDocument/publishDiagnostics" })
  }

  @Test func closingClearsTheDiagnostics() throws {
    let server = try LSP.started()
    let uri = "file:///close.txt"
    server.notify("textDocument/didOpen", LSP.open(uri, Self.weakNote))
    _ = server.notification("textDocument/publishDiagnostics")
    server.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
    let cleared = server.notification("textDocument/publishDiagnostics")
    #expect(cleared?["params"]?["diagnostics"] == [])
  }

  @Test func hoverShowsTheElementAndItsContext() throws {
    let server = try LSP.started()
    let uri = "file:///hover.txt"
    server.notify(
      "textDocument/didOpen",
      LSP.open(uri, "Sit to stand x5 with CGA.\nNo cues needed.\nLTG: pt will amb 300 ft.\n"))
    _ = server.notification("textDocument/publishDiagnostics")
    server.request(
      2, "textDocument/hover",
      ["textDocument": ["uri": .string(uri)], "position": LSP.position(0, 22)])
    let hover = try #require(server.response(2)?["result"])
    let text = hover["contents"]?["value"]?.string ?? ""
    #expect(text.contains("**assist level** — counts for this note: 'CGA'"))
    #expect(hover["range"]?["start"] == LSP.position(0, 21))
    server.request(
      3, "textDocument/hover",
      ["textDocument": ["uri": .string(uri)], "position": LSP.position(1, 4)])
    #expect(
      server.response(3)?["result"]?["contents"]?["value"]?.string?.contains(
        "not today's treatment: negated") == true)
    server.request(
      4, "textDocument/hover",
      ["textDocument": ["uri": .string(uri)], "position": LSP.position(2, 15)])
    #expect(
      server.response(4)?["result"]?["contents"]?["value"]?.string?.contains("a goal or plan")
        == true)
    server.request(
      5, "textDocument/hover",
      ["textDocument": ["uri": .string(uri)], "position": LSP.position(0, 1)])
    let nothing = server.response(5)
    #expect(nothing?["result"] == .null || nothing?["result"]?["contents"] != nil)
  }

  @Test func codeActionsInsertAMinutesLineTemplate() throws {
    let server = try LSP.started()
    let uri = "file:///fix.txt"
    server.notify("textDocument/didOpen", LSP.open(uri, Self.weakNote))
    let publish = try #require(server.notification("textDocument/publishDiagnostics"))
    let minutes = try #require(
      publish["params"]?["diagnostics"]?.array?.first {
        $0["code"]?.string == "element.timed-minutes.missing"
      })
    server.request(
      2, "textDocument/codeAction",
      [
        "textDocument": ["uri": .string(uri)], "range": minutes["range"]!,
        "context": ["diagnostics": [minutes]],
      ])
    let actions = try #require(server.response(2)?["result"]?.array)
    let insert = try #require(actions.first { $0["title"]?.string == "Insert a minutes line" })
    #expect(insert["kind"]?.string == "quickfix")
    #expect(insert["diagnostics"] == [minutes])
    let edit = try #require(insert["edit"]?["changes"]?[uri]?.array?.first)
    #expect(edit["range"]?["start"] == LSP.position(3, 0))
    #expect(edit["newText"]?.string?.hasPrefix("Therapeutic activities (97530): __ min.") == true)
  }

  @Test func shutdownThenExitEndsWithZeroAndExitAloneWithOne() throws {
    let polite = try LSP.started()
    polite.request(2, "shutdown")
    _ = polite.response(2)
    polite.request(
      3, "textDocument/hover",
      ["textDocument": ["uri": "file:///a"], "position": LSP.position(0, 0)])
    #expect(polite.response(3)?["error"]?["code"]?.int == -32600)
    polite.notify("exit")
    #expect(polite.exitStatus() == 0)

    let abrupt = try LSP.started()
    abrupt.notify("exit")
    #expect(abrupt.exitStatus() == 1)
  }

  @Test func theServerEndsCleanlyWhenStandardInputCloses() throws {
    let server = try LSP.started()
    server.sendRaw(Array("Content-Length: 120\r\n\r\n{\"jsonrpc\":".utf8))  // truncated mid-message
    server.closeInput()
    #expect(server.exitStatus() == 0)
  }

  @Test func malformedMessagesGetErrorsAndTheServerKeepsGoing() throws {
    let server = try LSP.started()
    server.sendRaw(LSPFrameReader.frame(Array("{\"jsonrpc\": \"2.0\", \"id\": 4, ".utf8)))
    #expect(server.next { $0["error"]?["code"]?.int == -32700 } != nil)
    server.sendRaw(LSPFrameReader.frame(Array("[1, 2]".utf8)))
    #expect(server.next { $0["error"]?["code"]?.int == -32600 } != nil)
    server.sendRaw(Array("this is not a header\r\n\r\n".utf8))
    #expect(server.next { $0["error"]?["code"]?.int == -32700 } != nil)
    server.sendRaw(Array("Content-Length: twelve\r\n\r\n".utf8))
    server.request(5, "textDocument/unknownThing")
    #expect(server.response(5)?["error"]?["code"]?.int == -32601)
    server.notify("$/unknownNotification")
    server.notify("workspace/didChangeConfiguration", ["settings": [:]])
    server.request(6, "shutdown")
    #expect(server.response(6)?["result"] == .null)
  }

  @Test func aWrongContentLengthIsAnsweredAndLaterMessagesStillWork() throws {
    let server = try LSP.started()
    let body = Array(#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#.utf8)
    server.sendRaw(
      Array("Content-Length: \(body.count - 10)\r\n\r\n".utf8) + body + Array("\r\n".utf8))
    #expect(server.next { $0["error"] != nil } != nil)
    for id in 10...12 { server.request(id, "textDocument/unknown") }
    #expect(server.response(12)?["error"]?["code"]?.int == -32601)
  }

  @Test func aFiftyMegabyteMessageIsRefusedWithItsIDAndTheServerGoesOn() throws {
    let server = try LSP.started()
    let text = String(repeating: "Pt amb 150 ft with RW. ", count: 50 * 1024 * 1024 / 23)
    server.request(
      42, "textDocument/hover",
      [
        "textDocument": ["uri": "file:///big.txt"], "position": LSP.position(0, 0),
        "padding": .string(text),
      ])
    let refused = try #require(server.response(42, timeout: 60))
    #expect(refused["error"]?["code"]?.int == -32600)
    #expect(refused["error"]?["message"]?.string?.contains("refused") == true)
    server.request(43, "shutdown")
    #expect(server.response(43)?["result"] == .null)
  }

  @Test func aNoteOverTheLimitIsAnalysedUpToItAndFlagged() throws {
    let server = try LSP.started(["--max-note-bytes", "200"])
    server.notify(
      "textDocument/didOpen",
      LSP.open("file:///long.txt", String(repeating: "Pt amb 150 ft with RW, CGA. ", count: 20)))
    #expect(
      LSP.codes(server.notification("textDocument/publishDiagnostics")).contains("note.truncated"))
  }

  @Test func invalidUTF8InANoteIsCheckedNotFatal() throws {
    let server = try LSP.started()
    var bytes = Array(
      #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///bad.txt","version":1,"languageId":"plaintext","text":"Pt "#
        .utf8)
    bytes += [0xFF, 0xFE, 0xC3] + Array(#" tolerated treatment well."}}}"#.utf8)
    server.sendRaw(LSPFrameReader.frame(bytes))
    let publish = server.notification("textDocument/publishDiagnostics")
    #expect(LSP.codes(publish).contains("vague.phrase"))
  }
}
