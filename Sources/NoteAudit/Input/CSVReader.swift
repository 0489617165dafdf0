#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads CSV with a header row (RFC 4180: quoted fields with commas, `""` and line breaks; CRLF or
/// LF; a leading BOM), matching columns to record fields by header name. Records stream from a
/// `ByteStream`; a record is at most `InputOptions.maxLineBytes` long.
///
/// Malformed records are reported and skipped without losing the rest of the file: a quote that
/// never closes is reported on the line where it opened and reading resumes on the next line, so a
/// stray quote cannot silently swallow the file into one field.
final class CSVReader {
  private enum State {
    case fieldStart, unquoted, quoted, afterQuote
  }

  private enum Scan {
    case record(line: Int)
    case blank
    case end
    case failure(InputError)
  }

  private let stream: ByteStream
  private let file: String
  private let options: InputOptions
  /// The header's fields by column; nil until the header is read.
  private var columns: [FieldName?]?
  private var finished = false
  private var checkedBOM = false
  /// The 1-based line of the byte at `stream.start`.
  private var line = 1
  /// The current record's cells, unescaped, one after another; `cellEnds` marks where each ends.
  private var cells: [UInt8] = []
  private var cellEnds: [Int] = []

  init(stream: ByteStream, file: String, options: InputOptions) {
    self.stream = stream
    self.file = file
    self.options = options
  }

  func next() -> InputItem? {
    guard !finished else { return nil }
    if !checkedBOM {
      checkedBOM = true
      skipBOM()
    }
    while true {
      switch scanRecord() {
      case .end:
        finished = true
        guard let error = stream.takeReadError() else { return nil }
        return .failure(
          InputError(origin: origin(line), message: "read failed: \(systemErrorMessage(error))"))
      case .blank:
        continue
      case .failure(let error):
        return .failure(error)
      case .record(let start):
        guard let columns else {
          if let problem = readHeader() {
            finished = true
            return .failure(InputError(origin: origin(start), message: problem))
          }
          continue
        }
        return makeRecord(columns: columns, line: start)
      }
    }
  }

  private func origin(_ line: Int) -> RecordOrigin { RecordOrigin(file: file, line: line) }

  private func skipBOM() {
    while stream.available < 3 && stream.refill() > 0 {}
    let b = stream.base + stream.start
    if stream.available >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { stream.start += 3 }
  }

  /// Maps the header cells to fields; a message when the header lacks a required column.
  private func readHeader() -> String? {
    var mapped: [FieldName?] = []
    for i in cellEnds.indices {
      let name = withCell(i) { FieldName(header: String(decoding: $0, as: UTF8.self)) }
      mapped.append(name.flatMap { mapped.contains($0) ? nil : $0 })
    }
    for required in [FieldName.id, .text] where !mapped.contains(required) {
      return
        "the CSV header has no \"\(required.key)\" column (nor \(required.aliases.joined(separator: ", ")))"
    }
    columns = mapped
    return nil
  }

  private func withCell<T>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    let from = i == 0 ? 0 : cellEnds[i - 1]
    return cells.withUnsafeBufferPointer { all in
      body(UnsafeBufferPointer(rebasing: all[from..<cellEnds[i]]))
    }
  }

  private func makeRecord(columns: [FieldName?], line: Int) -> InputItem {
    guard cellEnds.count <= columns.count else {
      return .failure(
        InputError(
          origin: origin(line),
          message:
            "\(cellEnds.count) fields but the header has \(columns.count) (an unquoted comma?)"))
    }
    var fields = RecordFields()
    for (i, field) in columns.enumerated() where i < cellEnds.count {
      guard let field else { continue }
      let failure = withCell(i) { cell -> RecordFailure? in
        do throws(RecordFailure) {
          try fields.assign(field, cell: cell, maxNoteBytes: options.maxNoteBytes)
          return nil
        } catch {
          return error
        }
      }
      if let failure { return .failure(InputError(origin: origin(line), message: failure.message)) }
    }
    return fields.record(origin: origin(line))
  }

  /// Reads one record's cells into `cells`, consuming it (or, when it is malformed, what must be
  /// skipped) from the stream.
  private func scanRecord() -> Scan {
    cells.removeAll(keepingCapacity: true)
    cellEnds.removeAll(keepingCapacity: true)
    let startLine = line
    var breaks = 0  // line breaks inside quoted cells so far
    var pos = 0  // relative to stream.start
    var state = State.fieldStart
    var quoteLine = startLine
    var quotePos = 0
    var quotedAny = false
    while true {
      if pos > options.maxLineBytes {
        if state == .quoted || state == .afterQuote {
          return unbalanced(
            quoteLine: quoteLine, quotePos: quotePos,
            detail: "runs past the \(options.maxLineBytes)-byte record limit")
        }
        stream.start += pos
        stream.skipLine()
        line += breaks + 1
        return .failure(
          InputError(
            origin: origin(startLine),
            message: "record exceeds the \(options.maxLineBytes)-byte limit; skipped"))
      }
      if pos == stream.available {
        if stream.refill() == 0 {
          if state == .quoted {
            return unbalanced(quoteLine: quoteLine, quotePos: quotePos, detail: "never closes")
          }
          if pos == 0 && cellEnds.isEmpty { return .end }
          return finishRecord(
            consumed: pos, breaks: breaks, startLine: startLine, state: state, quoted: quotedAny)
        }
        continue
      }
      let b = stream.base[stream.start + pos]
      pos += 1
      switch state {
      case .fieldStart, .unquoted:
        switch b {
        case UInt8(ascii: "\"") where state == .fieldStart:
          state = .quoted
          quotedAny = true
          quoteLine = startLine + breaks
          quotePos = pos - 1
        case UInt8(ascii: ","):
          cellEnds.append(cells.count)
          state = .fieldStart
        case UInt8(ascii: "\n"):
          return finishRecord(
            consumed: pos, breaks: breaks, startLine: startLine, state: state, quoted: quotedAny)
        default:
          cells.append(b)
          state = .unquoted
        }
      case .quoted:
        if b == UInt8(ascii: "\"") {
          state = .afterQuote
        } else {
          if b == UInt8(ascii: "\n") { breaks += 1 }
          cells.append(b)
        }
      case .afterQuote:
        switch b {
        case UInt8(ascii: "\""):
          cells.append(b)
          state = .quoted
        case UInt8(ascii: ","):
          cellEnds.append(cells.count)
          state = .fieldStart
        case UInt8(ascii: "\n"):
          return finishRecord(
            consumed: pos, breaks: breaks, startLine: startLine, state: state, quoted: quotedAny)
        case UInt8(ascii: "\r"):
          break
        default:
          // A quote that closed on a later line and is followed by text most likely paired with
          // another stray quote, swallowing the lines between: resume after the opening line.
          if startLine + breaks > quoteLine {
            return unbalanced(
              quoteLine: quoteLine, quotePos: quotePos,
              detail: "closes on line \(startLine + breaks) before more text")
          }
          stream.start += pos - 1
          stream.skipLine()
          line += breaks + 1
          return .failure(
            InputError(
              origin: origin(startLine),
              message:
                "unexpected character after a closing quote (a stray quote inside a field?); record skipped"
            ))
        }
      }
    }
  }

  /// Ends the last cell (dropping the `\r` of a CRLF after an unquoted cell) and consumes the record.
  private func finishRecord(consumed: Int, breaks: Int, startLine: Int, state: State, quoted: Bool)
    -> Scan
  {
    if state == .unquoted && cells.last == 0x0D { cells.removeLast() }
    cellEnds.append(cells.count)
    stream.start += consumed
    line += breaks + 1
    if cellEnds.count == 1 && cells.isEmpty && !quoted { return .blank }
    return .record(line: startLine)
  }

  /// Reports a quote that does not close and resumes on the line after the one where it opened
  /// (the record's bytes are all still buffered: it is within the record limit).
  private func unbalanced(quoteLine: Int, quotePos: Int, detail: String) -> Scan {
    let from = stream.base + stream.start + quotePos
    if let found = memchr(from, 0x0A, stream.available - quotePos) {
      stream.start =
        UnsafeMutableRawPointer(found).assumingMemoryBound(to: UInt8.self) - stream.base + 1
    } else {
      stream.start += stream.available
    }
    line = quoteLine + 1
    return .failure(
      InputError(
        origin: origin(quoteLine),
        message:
          "unbalanced quote: the quoted field opened on this line \(detail); record skipped, reading resumes on the next line"
      ))
  }
}
