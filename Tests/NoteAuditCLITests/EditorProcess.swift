import Foundation
import NoteAudit

/// The built `noteaudit` started as an editor service (`lsp` or `native-host`) with pipes, and a
/// reading thread that cuts its output into messages: what the protocol tests drive.
final class EditorProcess: @unchecked Sendable {
  enum Framing { case lsp, native }

  let process = Process()
  let framing: Framing
  private let input = Pipe()
  private let output = Pipe()
  private let condition = NSCondition()
  private var messages: [WireJSON] = []
  private var ended = false

  init(_ arguments: [String], framing: Framing, environment: [String: String] = [:]) throws {
    self.framing = framing
    process.executableURL = CLI.binary
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { _, new in new }
    process.environment = env
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let fd = output.fileHandleForReading.fileDescriptor
    let thread = Thread { [self] in
      var lsp = LSPFrameReader(input: ByteInput(fd: fd), maxBytes: 1 << 26)
      var native = NativeFrameReader(input: ByteInput(fd: fd), maxBytes: 1 << 26)
      while true {
        let frame = framing == .lsp ? lsp.next() : native.next()
        condition.lock()
        if case .message(let bytes) = frame, let message = try? WireJSON.parse(bytes) {
          messages.append(message)
        } else if frame == .end {
          ended = true
        }
        condition.broadcast()
        condition.unlock()
        if frame == .end { return }
      }
    }
    thread.start()
  }

  deinit {
    if process.isRunning { process.terminate() }
  }

  // MARK: Sending

  func sendRaw(_ bytes: [UInt8]) {
    // A write to a process that already exited raises SIGPIPE, which the test runner ignores.
    try? input.fileHandleForWriting.write(contentsOf: Data(bytes))
  }

  func send(_ message: WireJSON) {
    let body = message.serialized()
    sendRaw(framing == .lsp ? LSPFrameReader.frame(body) : NativeFrameReader.frame(body))
  }

  func request(_ id: Int, _ method: String, _ params: WireJSON = [:]) {
    send(["jsonrpc": "2.0", "id": WireJSON(id), "method": .string(method), "params": params])
  }

  func notify(_ method: String, _ params: WireJSON = [:]) {
    send(["jsonrpc": "2.0", "method": .string(method), "params": params])
  }

  func closeInput() { try? input.fileHandleForWriting.close() }

  // MARK: Receiving

  /// How long a message that should come is waited for. Generous: a freshly started server of the
  /// address-sanitized build loads its lexicons in seconds, and CI runs many at once on two cores
  /// (10 s was once too short); a message arrives as soon as it is written, so the wait lengthens
  /// only a failing test. A test that expects silence passes a short timeout of its own.
  static let patience: Double = 60

  /// The first unread message that `matches`, waiting up to `timeout` seconds; nil if none came.
  func next(timeout: Double = patience, where matches: (WireJSON) -> Bool = { _ in true })
    -> WireJSON?
  {
    let deadline = Date(timeIntervalSinceNow: timeout)
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let i = messages.firstIndex(where: matches) { return messages.remove(at: i) }
      if ended || !condition.wait(until: deadline) {
        return messages.firstIndex(where: matches).map { messages.remove(at: $0) }
      }
    }
  }

  func response(_ id: Int, timeout: Double = patience) -> WireJSON? {
    next(timeout: timeout) { $0["id"]?.int == id }
  }

  func notification(_ method: String, timeout: Double = patience) -> WireJSON? {
    next(timeout: timeout) { $0["method"]?.string == method }
  }

  /// Every message received and not yet read.
  func unread() -> [WireJSON] {
    condition.lock()
    defer { condition.unlock() }
    let all = messages
    messages = []
    return all
  }

  /// The exit status, waiting up to `timeout` seconds (nil if it still runs; it is then killed).
  func exitStatus(timeout: Double = patience) -> Int32? {
    let deadline = Date(timeIntervalSinceNow: timeout)
    while process.isRunning, Date() < deadline { usleep(10_000) }
    if process.isRunning {
      process.terminate()
      return nil
    }
    return process.terminationStatus
  }
}

/// LSP messages the tests send.
enum LSP {
  static func initialize(utf8: Bool = false, pull: Bool = false) -> WireJSON {
    var capabilities: [String: WireJSON] = [:]
    if utf8 { capabilities["general"] = ["positionEncodings": ["utf-8", "utf-16"]] }
    if pull { capabilities["textDocument"] = ["diagnostic": ["dynamicRegistration": false]] }
    return ["processId": nil, "rootUri": nil, "capabilities": .object(capabilities)]
  }

  static func open(_ uri: String, _ text: String, version: Int = 1) -> WireJSON {
    [
      "textDocument": [
        "uri": .string(uri), "languageId": "plaintext", "version": WireJSON(version),
        "text": .string(text),
      ]
    ]
  }

  static func position(_ line: Int, _ character: Int) -> WireJSON {
    ["line": WireJSON(line), "character": WireJSON(character)]
  }

  static func change(_ uri: String, version: Int, from: (Int, Int), to: (Int, Int), text: String)
    -> WireJSON
  {
    [
      "textDocument": ["uri": .string(uri), "version": WireJSON(version)],
      "contentChanges": [
        [
          "range": ["start": position(from.0, from.1), "end": position(to.0, to.1)],
          "text": .string(text),
        ]
      ],
    ]
  }

  /// A started and initialized server.
  static func started(_ extra: [String] = [], utf8: Bool = false, pull: Bool = false) throws
    -> EditorProcess
  {
    let server = try EditorProcess(["lsp"] + extra, framing: .lsp)
    server.request(1, "initialize", initialize(utf8: utf8, pull: pull))
    _ = server.response(1)
    server.notify("initialized")
    return server
  }

  static func codes(_ publish: WireJSON?) -> [String] {
    publish?["params"]?["diagnostics"]?.array?.compactMap { $0["code"]?.string } ?? []
  }
}
