import Foundation
import NoteAudit
import Testing

/// `noteaudit native-host` driven as Chrome drives it: 32-bit length-prefixed JSON on stdio.
@Suite struct NativeHostProtocolTests {
  static func host(_ arguments: [String] = ["native-host"]) throws -> EditorProcess {
    try EditorProcess(arguments, framing: .native)
  }

  @Test func helloNamesTheVersionAndTheNoteLimit() throws {
    let host = try Self.host()
    host.send(["id": 1, "type": "hello"])
    let hello = try #require(host.next())
    #expect(hello["type"]?.string == "hello")
    #expect(hello["id"]?.int == 1)
    #expect(hello["maxNoteBytes"]?.int == Analyzer.defaultMaxNoteBytes)
    host.closeInput()
    #expect(host.exitStatus() == 0)
  }

  @Test func aCheckReportsGradeMissingElementsAndVaguePhrasesInUTF16Offsets() throws {
    let host = try Self.host()
    let text = "Café ’ 🙂 Pt tolerated treatment well.\nSit-to-stand x5 with CGA."
    host.send(["id": 2, "type": "check", "doc": "tab-1/f1", "text": .string(text)])
    let report = try #require(host.next())
    #expect(report["type"]?.string == "report")
    #expect(report["doc"]?.string == "tab-1/f1")
    #expect(report["grade"]?.string == "weak")
    #expect(report["passes"]?.bool == false)
    let missing = report["missing"]?.array ?? []
    let minutes = try #require(missing.first { $0["element"]?.string == "timed_minutes" })
    #expect(minutes["message"]?.string == "no direct treatment minutes documented")
    #expect(minutes["suggestion"]?.string?.isEmpty == false)
    let vague = try #require(report["vague"]?.array?.first)
    #expect(vague["text"]?.string == "tolerated treatment well")
    // JavaScript indices: "Café ’ 🙂 Pt " is 13 UTF-16 units.
    #expect(vague["start"]?.int == 13)
    #expect(vague["end"]?.int == 37)
    let utf16 = Array(text.utf16)
    #expect(String(decoding: utf16[13..<37], as: UTF16.self) == "tolerated treatment well")
  }

  @Test func addingMinutesRemovesTheMissingMinutesAndRaisesTheGrade() throws {
    let host = try Self.host()
    let weak =
      "PT Daily Note\nSit-to-stand transfers from 18\" chair x5 with CGA. Verbal cues for hand placement.\nPt tolerated treatment well. Continue per POC.\n"
    host.send(["id": 1, "type": "check", "doc": "d", "text": .string(weak)])
    let before = try #require(host.next())
    host.send([
      "id": 2, "type": "check", "doc": "d",
      "text": .string(
        weak + "Therapeutic activities (97530): 23 min. Total treatment time 30 min.\n"),
    ])
    let after = try #require(host.next())
    func missing(_ r: WireJSON) -> [String] {
      r["missing"]?.array?.compactMap { $0["element"]?.string } ?? []
    }
    #expect(missing(before).contains("timed_minutes"))
    #expect(!missing(after).contains("timed_minutes"))
    #expect(before["grade"]?.string == "weak")
    #expect(after["grade"]?.string == "adequate")
    host.send(["id": 3, "type": "close", "doc": "d"])
    #expect(host.next()?["type"]?.string == "closed")
  }

  @Test func badMessagesGetErrorAnswersAndTheHostGoesOn() throws {
    let host = try Self.host()
    host.sendRaw(NativeFrameReader.frame(Array("{not json".utf8)))
    #expect(host.next()?["type"]?.string == "error")
    host.send(["id": 3, "type": "teleport"])
    let unknown = try #require(host.next())
    #expect(unknown["id"]?.int == 3)
    #expect(unknown["message"]?.string?.contains("unknown message type") == true)
    host.send(["id": 4, "type": "check"])
    #expect(host.next()?["message"]?.string?.contains("needs") == true)
    host.sendRaw([0, 0, 0, 0])
    #expect(host.next()?["message"]?.string?.contains("empty") == true)
    var invalid = Array(#"{"id":5,"type":"check","doc":"x","text":"Pt "#.utf8)
    invalid += [0xFF, 0xC3] + Array(#" tolerated treatment well"}"#.utf8)
    host.sendRaw(NativeFrameReader.frame(invalid))
    #expect(host.next()?["type"]?.string == "report")
    host.send(["id": 6, "type": "hello"])
    #expect(host.next()?["type"]?.string == "hello")
  }

  @Test func aFiftyMegabyteMessageIsRefusedAndTheHostGoesOn() throws {
    let host = try Self.host()
    let text = String(repeating: "a", count: 50 * 1024 * 1024)
    host.send(["id": 77, "type": "check", "doc": "big", "text": .string(text)])
    let refused = try #require(host.next(timeout: 60))
    #expect(refused["id"]?.int == 77)
    #expect(refused["type"]?.string == "error")
    #expect(refused["message"]?.string?.contains("refused") == true)
    host.send(["id": 78, "type": "hello"])
    #expect(host.next()?["id"]?.int == 78)
  }

  @Test func aTruncatedMessageAtTheEndIsACleanExit() throws {
    let host = try Self.host()
    host.sendRaw([200, 0, 0, 0] + Array("{\"type\":".utf8))
    host.closeInput()
    #expect(host.exitStatus() == 0)
    #expect(host.unread().isEmpty)
  }

  @Test(
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"),
      "needs script(1) for a terminal"))
  func startedByHandOnATerminalItExplainsAndExits() throws {
    let run = try CLI.run(
      ["-qec", "\(CLI.binary.path) native-host", "/dev/null"], tool: "/usr/bin/script")
    #expect(run.status == 2)
    #expect(run.stdout.contains("is started by the browser extension, not by hand"))
  }

  @Test func theBrowsersLaunchFormServes() throws {
    let host = try Self.host(["chrome-extension://celbacjmghdhiefimialomibcodchaji/"])
    host.send(["id": 1, "type": "hello"])
    #expect(host.next()?["type"]?.string == "hello")
  }

  @Test func installWritesTheManifestForTheExtensionsFixedID() throws {
    let profile = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: profile) }
    let run = try CLI.run([
      "native-host", "install", "--browser", "chromium", "--user-data-dir", profile.path,
    ])
    #expect(run.status == 0)
    let path = profile.appendingPathComponent("NativeMessagingHosts/org.noteaudit.host.json")
    let manifest = try WireJSON.parse(Array(try Data(contentsOf: path)))
    #expect(manifest["name"]?.string == "org.noteaudit.host")
    #expect(manifest["type"]?.string == "stdio")
    #expect(manifest["allowed_origins"] == ["chrome-extension://celbacjmghdhiefimialomibcodchaji/"])
    #expect(manifest["path"]?.string == CLI.binary.resolvingSymlinksInPath().path)
    // The id in the extension's manifest is the one its key gives.
    let extensionManifest = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Extensions/chromium/manifest.json").standardized
    let key = try #require(
      try WireJSON.parse(Array(try Data(contentsOf: extensionManifest)))["key"]?.string)
    #expect(!key.isEmpty)

    let printed = try CLI.run(["native-host", "install", "--print", "--browser", "chrome"])
    #expect(
      printed.stdout.contains(
        "\"allowed_origins\": [\"chrome-extension://celbacjmghdhiefimialomibcodchaji/\"]"))
    let bad = try CLI.run(["native-host", "install", "--browser", "safari"])
    #expect(bad.status == 2)
  }
}
