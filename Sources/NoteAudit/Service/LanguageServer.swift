/// `noteaudit lsp`: a Language Server Protocol 3.17 server for therapy notes.
///
/// Each finding becomes a diagnostic (range from its span, severity, `code` = the rule id,
/// `codeDescription` = the rules documentation, the suggestion in the message), plus one
/// document-level diagnostic with the verdict (grade, score, missing elements). Hover on a
/// detected element shows its kind and the context that decides whether it counts; code actions
/// insert a template line (minutes, total time, goal link, assist level).
///
/// The methods: `initialize` (positionEncoding `utf-8` when the client offers it, else `utf-16`),
/// `initialized`, `shutdown`, `exit`, `textDocument/didOpen|didChange|didClose` (full or
/// incremental sync), `textDocument/diagnostic` (pull), `textDocument/hover`,
/// `textDocument/codeAction`; `textDocument/publishDiagnostics` is pushed on open and, debounced,
/// on change, unless the client pulls (it declared `textDocument.diagnostic`), so a client never
/// shows a finding twice. `$/…` notifications and unknown notifications are ignored; unknown
/// requests get MethodNotFound.
///
/// This type is the protocol logic, driven by `receive(_:now:)` and `due(now:)` (what tests call);
/// `run(input:output:)` is the loop over standard input and output.
public final class LanguageServer {
  public struct Options: Sendable {
    /// How long after the last change a note is re-analysed and its diagnostics pushed.
    public var debounce: Duration
    /// The largest message accepted; a longer one is skipped and answered with an error.
    public var maxMessageBytes: Int
    /// Where `codeDescription.href` points (the rules documentation); none when nil.
    public var rulesURL: String?

    public init(
      debounce: Duration = .milliseconds(150), maxMessageBytes: Int, rulesURL: String? = nil
    ) {
      self.debounce = debounce
      self.maxMessageBytes = maxMessageBytes
      self.rulesURL = rulesURL
    }

    /// The message limit for a note limit: room for the note's JSON escaping and the envelope.
    public static func messageLimit(forNoteBytes noteBytes: Int) -> Int { 6 * noteBytes + 65_536 }
  }

  /// JSON-RPC and LSP error codes.
  enum ErrorCode {
    static let parseError = -32700
    static let invalidRequest = -32600
    static let methodNotFound = -32601
    static let invalidParams = -32602
    static let serverNotInitialized = -32002
  }

  enum State { case uninitialized, running, shutDown }

  public let service: NoteService
  public let options: Options
  private(set) var state = State.uninitialized
  /// Negotiated at `initialize`.
  public private(set) var encoding = PositionEncoding.utf16
  /// Whether diagnostics are pushed (the client does not pull).
  public private(set) var pushes = true
  /// Notes waiting for their debounced analysis, with when it is due.
  private var pending: [String: ContinuousClock.Instant] = [:]
  /// Set by `exit`: the process's exit status.
  public private(set) var exitStatus: Int32?

  public init(service: NoteService, options: Options) {
    self.service = service
    self.options = options
  }

  /// When the next debounced analysis is due.
  public var nextDeadline: ContinuousClock.Instant? { pending.values.min() }

  // MARK: - Messages in

  /// Handles one frame from the client; returns the messages to send.
  package func receive(_ frame: Frame, now: ContinuousClock.Instant) -> [WireJSON] {
    switch frame {
    case .end: return []
    case .malformed(let reason):
      return [errorResponse(id: .null, code: ErrorCode.parseError, "malformed message: \(reason)")]
    case .tooLarge(let declared, let head):
      return [
        errorResponse(
          id: requestID(inHead: head), code: ErrorCode.invalidRequest,
          "message of \(declared) bytes refused: the limit is \(options.maxMessageBytes) bytes (notes are analysed up to \(service.checker.analyzer.maxNoteBytes) bytes)"
        )
      ]
    case .message(let bytes):
      let message: WireJSON
      do {
        message = try WireJSON.parse(bytes)
      } catch {
        return [errorResponse(id: .null, code: ErrorCode.parseError, "not JSON: \(error)")]
      }
      return handle(message, now: now)
    }
  }

  /// Handles one parsed message.
  package func handle(_ message: WireJSON, now: ContinuousClock.Instant) -> [WireJSON] {
    guard case .object = message else {
      return [
        errorResponse(id: .null, code: ErrorCode.invalidRequest, "a message must be a JSON object")
      ]
    }
    let id = message["id"]
    guard let method = message["method"]?.string else {
      // A response to a request of ours (we send none) or garbage.
      if id != nil, message["result"] != nil || message["error"] != nil { return [] }
      return [errorResponse(id: id ?? .null, code: ErrorCode.invalidRequest, "no method")]
    }
    let params = message["params"] ?? .null
    if let id {
      return request(method, id: id, params: params, now: now)
    }
    return notification(method, params: params, now: now)
  }

  private func request(
    _ method: String, id: WireJSON, params: WireJSON, now: ContinuousClock.Instant
  ) -> [WireJSON] {
    if method == "initialize" {
      guard state == .uninitialized else {
        return [
          errorResponse(id: id, code: ErrorCode.invalidRequest, "initialize was already received")
        ]
      }
      return [response(id: id, initialize(params))]
    }
    switch state {
    case .uninitialized:
      return [
        errorResponse(id: id, code: ErrorCode.serverNotInitialized, "the server is not initialized")
      ]
    case .shutDown:
      return [errorResponse(id: id, code: ErrorCode.invalidRequest, "the server is shutting down")]
    case .running: break
    }
    switch method {
    case "shutdown":
      state = .shutDown
      pending = [:]
      return [response(id: id, .null)]
    case "textDocument/diagnostic":
      guard let uri = params["textDocument"]?["uri"]?.string else {
        return [invalidParams(id, "textDocument.uri is missing")]
      }
      let items = service.report(for: uri).map { diagnostics($0) } ?? []
      return [response(id: id, ["kind": "full", "items": .array(items)])]
    case "textDocument/hover":
      guard let uri = params["textDocument"]?["uri"]?.string,
        let position = position(params["position"])
      else {
        return [invalidParams(id, "textDocument.uri or position is missing")]
      }
      return [response(id: id, hover(uri, at: position))]
    case "textDocument/codeAction":
      guard let uri = params["textDocument"]?["uri"]?.string else {
        return [invalidParams(id, "textDocument.uri is missing")]
      }
      return [response(id: id, codeActions(uri, context: params["context"]))]
    default:
      return [errorResponse(id: id, code: ErrorCode.methodNotFound, "unknown method \(method)")]
    }
  }

  private func notification(_ method: String, params: WireJSON, now: ContinuousClock.Instant)
    -> [WireJSON]
  {
    if method == "exit" {
      exitStatus = state == .shutDown ? 0 : 1
      return []
    }
    guard state == .running else { return [] }
    switch method {
    case "textDocument/didOpen":
      guard let document = params["textDocument"], let uri = document["uri"]?.string,
        let text = document["text"]?.string
      else {
        return [log("didOpen without textDocument.uri and text")]
      }
      do {
        try service.open(uri, text: text, version: document["version"]?.int)
      } catch {
        return [log("didOpen refused: \(error)")]
      }
      pending[uri] = nil
      return pushes ? [publish(uri)] : []
    case "textDocument/didChange":
      guard let uri = params["textDocument"]?["uri"]?.string,
        let changes = params["contentChanges"]?.array
      else {
        return [log("didChange without textDocument.uri and contentChanges")]
      }
      var edits: [NoteService.TextChange] = []
      for change in changes {
        guard let text = change["text"]?.string else {
          return [log("didChange: a change without text")]
        }
        var range: Range<TextPosition>?
        if let r = change["range"] {
          guard let start = position(r["start"]), let end = position(r["end"]) else {
            return [log("didChange: a bad range")]
          }
          range = start..<max(start, end)
        }
        edits.append(NoteService.TextChange(range: range, text: text))
      }
      do {
        try service.edit(uri, changes: edits, version: params["textDocument"]?["version"]?.int)
      } catch .unknownDocument {
        return [log("didChange for a document that is not open")]
      } catch {
        // The editor's text and ours now differ: forget the note (and its diagnostics) rather
        // than check a text the therapist does not see. Reopening the file starts again.
        service.close(uri)
        pending[uri] = nil
        let cleared = notificationMessage(
          "textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []])
        return [log("didChange refused, the document is no longer checked: \(error)")]
          + (pushes ? [cleared] : [])
      }
      if pushes { pending[uri] = now + options.debounce }
      return []
    case "textDocument/didClose":
      guard let uri = params["textDocument"]?["uri"]?.string else { return [] }
      service.close(uri)
      pending[uri] = nil
      return pushes
        ? [
          notificationMessage(
            "textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []])
        ] : []
    default:
      return []  // initialized, $/cancelRequest, $/setTrace, didSave, configuration changes…
    }
  }

  /// The debounced analyses due by `now`, as publishDiagnostics notifications.
  package func due(now: ContinuousClock.Instant) -> [WireJSON] {
    let ready = pending.filter { $0.value <= now }.map(\.key).sorted()
    for uri in ready { pending[uri] = nil }
    return ready.filter { service.contains($0) }.map { publish($0) }
  }

  // MARK: - Answers

  private func initialize(_ params: WireJSON) -> WireJSON {
    state = .running
    let offered =
      params["capabilities"]?["general"]?["positionEncodings"]?.array?.compactMap(\.string) ?? []
    encoding = offered.contains(PositionEncoding.utf8.rawValue) ? .utf8 : .utf16
    service.encoding = encoding
    pushes = params["capabilities"]?["textDocument"]?["diagnostic"] == nil
    if let mode = params["initializationOptions"]?["diagnostics"]?.string {
      pushes = mode != "pull"
    }
    return [
      "capabilities": [
        "positionEncoding": .string(encoding.rawValue),
        "textDocumentSync": ["openClose": true, "change": 2],
        "hoverProvider": true,
        "codeActionProvider": ["codeActionKinds": ["quickfix"]],
        "diagnosticProvider": [
          "identifier": "noteaudit", "interFileDependencies": false, "workspaceDiagnostics": false,
        ],
      ],
      "serverInfo": ["name": "noteaudit", "version": "0.1.0"],
    ]
  }

  private func publish(_ uri: String) -> WireJSON {
    guard let report = service.report(for: uri) else {
      return notificationMessage(
        "textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []])
    }
    var params: [String: WireJSON] = [
      "uri": .string(uri), "diagnostics": .array(diagnostics(report)),
    ]
    if let version = report.version { params["version"] = WireJSON(version) }
    return notificationMessage("textDocument/publishDiagnostics", .object(params))
  }

  /// The note's findings and its verdict as LSP diagnostics.
  func diagnostics(_ report: NoteService.Report) -> [WireJSON] {
    let firstLine = range(report, bytes: report.lines.contentRange(ofLine: 0, in: report.bytes))
    var items: [WireJSON] = []
    for finding in report.analysis.findings {
      var message = finding.message
      if !finding.suggestion.isEmpty { message += "\nSuggestion: \(finding.suggestion)" }
      var item: [String: WireJSON] = [
        "range": finding.span.map { range(report, bytes: $0.range) } ?? firstLine,
        "severity": WireJSON(severity(finding.severity)),
        "code": .string(finding.rule.rawValue),
        "source": "noteaudit",
        "message": .string(message),
        "data": [
          "rule": .string(finding.rule.rawValue), "suggestion": .string(finding.suggestion),
        ],
      ]
      if let url = options.rulesURL { item["codeDescription"] = ["href": .string(url)] }
      items.append(.object(item))
    }
    var verdict: [String: WireJSON] = [
      "range": firstLine,
      "severity": WireJSON(report.passes ? 3 : 2),
      "code": "noteaudit.verdict",
      "source": "noteaudit",
      "message": .string(
        "NoteAudit: " + NoteVerdict.summary(report.analysis, passes: report.passes)),
      "data": [
        "grade": .string(report.analysis.grade.rawValue), "score": WireJSON(report.analysis.score),
        "passes": .bool(report.passes),
        "missing": .array(
          NoteVerdict.missingElements(report.analysis).map { .string($0.rawValue) }),
      ],
    ]
    if let url = options.rulesURL { verdict["codeDescription"] = ["href": .string(url)] }
    items.append(.object(verdict))
    return items
  }

  private func severity(_ severity: Severity) -> Int {
    switch severity {
    case .error: 1
    case .warning: 2
    case .info: 3
    }
  }

  private func range(_ report: NoteService.Report, bytes: Range<Int>) -> WireJSON {
    let start = report.position(ofByte: bytes.lowerBound, encoding: encoding)
    let end = report.position(ofByte: bytes.upperBound, encoding: encoding)
    return ["start": json(start), "end": json(end)]
  }

  private func json(_ p: TextPosition) -> WireJSON {
    ["line": WireJSON(p.line), "character": WireJSON(p.character)]
  }

  private func position(_ value: WireJSON?) -> TextPosition? {
    guard let line = value?["line"]?.int, let character = value?["character"]?.int, line >= 0,
      character >= 0
    else { return nil }
    return TextPosition(line: line, character: character)
  }

  /// What the hovered word counts as: the element it shows, the vague phrase it is, and each
  /// lexicon hit there with the context that keeps it from counting.
  private func hover(_ uri: String, at position: TextPosition) -> WireJSON {
    guard let report = service.report(for: uri) else { return .null }
    let offset = report.lines.byteOffset(of: position, in: report.bytes, encoding: encoding)
    var lines: [String] = []
    var span: Range<Int>?
    for kind in ElementKind.allCases {
      for evidence in report.analysis.element(kind).evidence
      where evidence.span.range.contains(offset) {
        lines.append(
          "**\(kind.displayName)** — counts for this note: '\(evidence.text)' (`\(evidence.entryID)`)"
        )
        span = span ?? evidence.span.range
      }
    }
    for vague in report.analysis.vaguePhrases where vague.span.range.contains(offset) {
      lines.append(
        "**vague phrase** '\(vague.text)' (`\(vague.entryID)`): say what you observed instead")
      span = span ?? vague.span.range
    }
    for hit in service.explanation(for: uri) ?? [] where hit.evidence.span.range.contains(offset) {
      var context = hit.modifiers.names.map(Self.contextName).joined(separator: ", ")
      context = context.isEmpty ? "context: today's treatment" : "not today's treatment: " + context
      var line = "`\(hit.category)` `\(hit.evidence.entryID)` '\(hit.evidence.text)' — \(context)"
      if let decision = hit.decision { line += " (\(decision))" }
      if hit.isIgnoredHeader { line += " (not a section header here)" }
      lines.append(line)
      span = span ?? hit.evidence.span.range
    }
    guard let span else { return .null }
    let value = "NoteAudit\n\n" + lines.map { "- " + $0 }.joined(separator: "\n")
    return [
      "contents": ["kind": "markdown", "value": .string(value)],
      "range": range(report, bytes: span),
    ]
  }

  static func contextName(_ modifier: String) -> String {
    switch modifier {
    case "negated": "negated"
    case "hypothetical": "a goal or plan (future)"
    case "historical": "history or prior level of function"
    case "other_person": "another person is the actor"
    case "reported": "reported by the patient"
    case "home_program": "home program"
    case "examined": "a report's finding, not treatment given"
    default: modifier
    }
  }

  /// A quick fix per finding with a template, each appending the template line to the note.
  private func codeActions(_ uri: String, context: WireJSON?) -> WireJSON {
    guard let report = service.report(for: uri) else { return [] }
    let asked = context?["diagnostics"]?.array ?? []
    let endOffset = report.bytes.count
    let end = report.position(ofByte: endOffset, encoding: encoding)
    let prefix = report.bytes.last.map { $0 == 0x0A || $0 == 0x0D } ?? true ? "" : "\n"
    var seen: Set<String> = []
    var actions: [WireJSON] = []
    for finding in report.analysis.findings {
      guard let template = NoteVerdict.template(forRule: finding.rule),
        seen.insert(template.text).inserted
      else { continue }
      let matching = asked.filter { $0["code"]?.string == finding.rule.rawValue }
      let edit: WireJSON = [
        "range": ["start": json(end), "end": json(end)],
        "newText": .string(prefix + template.text + "\n"),
      ]
      actions.append([
        "title": .string(template.title),
        "kind": "quickfix",
        "diagnostics": .array(matching),
        "edit": ["changes": .object([uri: [edit]])],
      ])
    }
    return .array(actions)
  }

  // MARK: - Envelopes

  private func response(id: WireJSON, _ result: WireJSON) -> WireJSON {
    ["jsonrpc": "2.0", "id": id, "result": result]
  }

  private func errorResponse(id: WireJSON, code: Int, _ message: String) -> WireJSON {
    ["jsonrpc": "2.0", "id": id, "error": ["code": WireJSON(code), "message": .string(message)]]
  }

  private func invalidParams(_ id: WireJSON, _ message: String) -> WireJSON {
    errorResponse(id: id, code: ErrorCode.invalidParams, message)
  }

  private func notificationMessage(_ method: String, _ params: WireJSON) -> WireJSON {
    ["jsonrpc": "2.0", "method": .string(method), "params": params]
  }

  /// A `window/logMessage` error (never note text: only the method and the reason).
  private func log(_ message: String) -> WireJSON {
    notificationMessage(
      "window/logMessage", ["type": 1, "message": .string("noteaudit: " + message)])
  }
}
