import Foundation
import NoteAudit

extension CorpusGenerator {
  /// Writes the next `count` notes as JSON Lines (the `noteaudit audit` input format: `id`, `text`,
  /// `patient_id`, `date`, `discipline`, `visit`, `provider`, `clinic`, `payer`, `cpt`), streaming in
  /// 1 MB chunks. With `groundTruth`, also writes one CSV line `id,clone_of,kind` per cloned note
  /// (header first), so a benchmark in another language can score pairs.
  public mutating func writeJSONL(count: Int, to output: FileHandle, groundTruth: FileHandle? = nil)
    throws
  {
    var buffer = ByteText(capacity: 1 << 21)
    var truth: [UInt8] = Array("id,clone_of,kind\n".utf8)
    for _ in 0..<max(0, count) {
      let note = next()
      buffer.appendJSONLine(note.record)
      if let source = note.cloneOf, let kind = note.cloneKind {
        truth.append(contentsOf: note.record.id.utf8)
        truth.append(UInt8(ascii: ","))
        truth.append(contentsOf: source.utf8)
        truth.append(UInt8(ascii: ","))
        truth.append(contentsOf: kind.rawValue.utf8)
        truth.append(10)
      }
      if buffer.bytes.count >= 1 << 20 {
        try output.write(contentsOf: buffer.bytes)
        buffer.bytes.removeAll(keepingCapacity: true)
      }
      if let groundTruth, truth.count >= 1 << 16 {
        try groundTruth.write(contentsOf: truth)
        truth.removeAll(keepingCapacity: true)
      }
    }
    try output.write(contentsOf: buffer.bytes)
    if let groundTruth { try groundTruth.write(contentsOf: truth) }
  }

  /// One record as a JSON line (with the trailing newline), the way `writeJSONL` writes it.
  public static func jsonLine(_ record: NoteRecord) -> String {
    var text = ByteText()
    text.appendJSONLine(record)
    return String(decoding: text.bytes, as: UTF8.self)
  }
}

extension ByteText {
  mutating func appendJSONLine(_ record: NoteRecord) {
    append(#"{"id":"#)
    appendJSONString(record.id)
    func field(_ key: String, _ value: String?) {
      guard let value else { return }
      append(key)
      appendJSONString(value)
    }
    field(#","patient_id":"#, record.patientID)
    field(#","date":"#, record.date?.description)
    field(#","discipline":"#, record.discipline)
    if let visit = record.visit {
      append(#","visit":"#)
      append(int: visit)
    }
    field(#","provider":"#, record.provider)
    field(#","clinic":"#, record.clinic)
    field(#","payer":"#, record.payer)
    append(#","cpt":["#)
    for (i, line) in record.cpt.enumerated() {
      if i > 0 { append(byte: UInt8(ascii: ",")) }
      append(#"{"code":"#)
      appendJSONString(line.code)
      if let units = line.units {
        append(#","units":"#)
        append(int: units)
      }
      if let minutes = line.minutes {
        append(#","minutes":"#)
        append(int: minutes)
      }
      append(#","modifiers":["#)
      for (k, modifier) in line.modifiers.enumerated() {
        if k > 0 { append(byte: UInt8(ascii: ",")) }
        appendJSONString(modifier)
      }
      append("]}")
    }
    append(#"],"text":"#)
    appendJSONString(record.text)
    append("}\n")
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// A JSON string literal: quotes, backslashes and control bytes escaped; other UTF-8 passed
  /// through. Runs without escapes are copied in one piece.
  mutating func appendJSONString(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { source in
      var run = 0
      for i in source.indices {
        let byte = source[i]
        guard byte < 32 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
          continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[run..<i]))
        run = i + 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(contentsOf: [92, byte])
        case 10: bytes.append(contentsOf: [92, UInt8(ascii: "n")])
        case 13: bytes.append(contentsOf: [92, UInt8(ascii: "r")])
        case 9: bytes.append(contentsOf: [92, UInt8(ascii: "t")])
        default:
          let hex = Self.hexDigits
          bytes.append(contentsOf: [
            92, UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)],
          ])
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[run...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
