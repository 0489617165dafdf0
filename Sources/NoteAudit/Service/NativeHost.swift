/// `noteaudit native-host`: the browser extension's Native Messaging host (Chrome's protocol:
/// 32-bit length-prefixed JSON over standard input and output).
///
/// Requests (each may carry an `id`, echoed in its answer):
///
/// - `{"type": "hello"}` → `{"type": "hello", "version", "maxNoteBytes"}`
/// - `{"type": "check", "doc": "tab-3/field-1", "text": "…"}` → `{"type": "report", "doc",
///   "grade", "score", "passes", "summary", "missing": [{element, rule, message, suggestion}],
///   "vague": [{text, start, end, suggestion}], "findings": [{rule, severity, message,
///   suggestion, start?, end?}]}` with `start`/`end` in UTF-16 units of `text` (JavaScript's
///   string indices, for `setSelectionRange`);
/// - `{"type": "close", "doc": …}` → `{"type": "closed", "doc"}` (a tab went away).
///
/// Anything else, bad JSON, or a message over the limit gets `{"type": "error", "message"}`, and
/// the host goes on; at the end of the input it exits 0. Notes are kept per `doc` in a
/// `NoteService` (bounded), so an unchanged text is not analysed again.
public final class NativeHost {
  public let service: NoteService
  public let maxMessageBytes: Int
  /// Chrome refuses a message from the host over 1 MB: lists are cut to stay well under it.
  static let maxListed = 200

  public init(service: NoteService, maxMessageBytes: Int) {
    self.service = service
    self.maxMessageBytes = maxMessageBytes
  }

  /// The answer to one frame (nil at the end of the input).
  package func receive(_ frame: Frame) -> WireJSON? {
    switch frame {
    case .end: return nil
    case .malformed(let reason): return error(.null, "malformed message: \(reason)")
    case .tooLarge(let declared, let head):
      return error(
        requestID(inHead: head),
        "message of \(declared) bytes refused: the limit is \(maxMessageBytes) bytes (notes are analysed up to \(service.checker.analyzer.maxNoteBytes) bytes)"
      )
    case .message(let bytes):
      do {
        return handle(try WireJSON.parse(bytes))
      } catch {
        return self.error(.null, "not JSON: \(error)")
      }
    }
  }

  package func handle(_ message: WireJSON) -> WireJSON {
    let id = message["id"] ?? .null
    switch message["type"]?.string {
    case "hello":
      return [
        "id": id, "type": "hello", "version": "0.1.0",
        "maxNoteBytes": WireJSON(service.checker.analyzer.maxNoteBytes),
      ]
    case "check":
      guard let doc = message["doc"]?.string, let text = message["text"]?.string else {
        return error(id, "check needs \"doc\" and \"text\"")
      }
      do {
        try service.open(doc, text: text, version: nil)
      } catch {
        return self.error(id, "check refused: \(error)")
      }
      guard let report = service.report(for: doc) else {
        return error(id, "the note could not be kept")
      }
      return answer(report, doc: doc, id: id)
    case "close":
      guard let doc = message["doc"]?.string else { return error(id, "close needs \"doc\"") }
      service.close(doc)
      return ["id": id, "type": "closed", "doc": .string(doc)]
    case let type?:
      return error(id, "unknown message type '\(type)' (hello, check, close)")
    case nil:
      return error(id, "a message needs a \"type\"")
    }
  }

  private func answer(_ report: NoteService.Report, doc: String, id: WireJSON) -> WireJSON {
    let analysis = report.analysis
    func offset(_ byte: Int) -> WireJSON {
      WireJSON(TextLines.utf16Offset(ofByte: byte, in: report.bytes))
    }
    let missing: [WireJSON] = NoteVerdict.missingElements(analysis).map { kind in
      let finding = analysis.findings.first { $0.rule == kind.missingRule }
      return [
        "element": .string(kind.rawValue), "name": .string(kind.displayName),
        "rule": .string(kind.missingRule.rawValue),
        "message": .string(finding?.message ?? "no \(kind.displayName) documented"),
        "suggestion": .string(finding?.suggestion ?? ""),
      ]
    }
    let vague: [WireJSON] = analysis.vaguePhrases.prefix(Self.maxListed).map { phrase in
      let finding = analysis.findings.first { $0.span == phrase.span }
      return [
        "text": .string(phrase.text), "start": offset(phrase.span.start),
        "end": offset(phrase.span.end),
        "suggestion": .string(finding?.suggestion ?? ""),
      ]
    }
    let findings: [WireJSON] = analysis.findings.prefix(Self.maxListed).map { finding in
      var item: [String: WireJSON] = [
        "rule": .string(finding.rule.rawValue), "severity": .string(finding.severity.rawValue),
        "message": .string(finding.message),
        "suggestion": .string(finding.suggestion),
      ]
      if let span = finding.span {
        item["start"] = offset(span.start)
        item["end"] = offset(span.end)
      }
      return .object(item)
    }
    return [
      "id": id, "type": "report", "doc": .string(doc), "grade": .string(analysis.grade.rawValue),
      "score": WireJSON(analysis.score), "passes": .bool(report.passes),
      "summary": .string(NoteVerdict.summary(analysis, passes: report.passes)),
      "missing": .array(missing), "vague": .array(vague), "findings": .array(findings),
    ]
  }

  private func error(_ id: WireJSON, _ message: String) -> WireJSON {
    ["id": id, "type": "error", "message": .string(message)]
  }

  /// Serves until the end of `input`; returns the exit status (0).
  public func run(input: Int32 = 0, output: Int32 = 1) -> Int32 {
    var frames = NativeFrameReader(input: ByteInput(fd: input), maxBytes: maxMessageBytes)
    while let answer = receive(frames.next()) {
      guard ByteOutput.write(NativeFrameReader.frame(answer.serialized()), to: output) else {
        return 0
      }
    }
    return 0
  }
}
