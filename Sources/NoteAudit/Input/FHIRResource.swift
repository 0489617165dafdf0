/// The top of one FHIR resource's JSON, read without building it: its `resourceType` and `id`,
/// the whole text checked as JSON on the way (so a line that is not JSON is found here).
struct FHIRHeader {
  var type: String?
  var id: String?

  private static let typeKey = Array("resourceType".utf8)
  private static let idKey = Array("id".utf8)

  /// Reads the resource object in `bytes` (nothing but spaces may follow it).
  ///
  /// - Parameter validating: check the whole text as JSON; without it, stop as soon as the type
  ///   and the id are known (they come first in any export seen so far), for a caller that parses
  ///   the resource anyway or does not need it.
  init(_ bytes: UnsafeBufferPointer<UInt8>, validating: Bool = true) throws(RecordFailure) {
    var header = FHIRHeader()
    try Self.read(bytes, into: &header, validating: validating)
    self = header
  }

  init(type: String? = nil, id: String? = nil) {
    self.type = type
    self.id = id
  }

  /// What a resource that is not JSON said before it went wrong: the type and id, when they came
  /// first, so that the error can name the resource.
  static func partial(_ bytes: UnsafeBufferPointer<UInt8>) -> FHIRHeader {
    var header = FHIRHeader()
    try? read(bytes, into: &header)
    return header
  }

  private static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, into header: inout FHIRHeader, validating: Bool = true
  ) throws(RecordFailure) {
    var scanner = JSONScanner(bytes)
    guard scanner.peek() == UInt8(ascii: "{") else {
      throw scanner.syntaxError("expected a resource object '{'")
    }
    scanner.offset += 1
    var first = true
    while let key = try scanner.nextMember(first: &first) {
      let which = scanner.withBytes(key) { FieldName.index(of: $0, in: [typeKey, idKey]) }
      if let which, scanner.peek() == UInt8(ascii: "\"") {
        let value = scanner.decodedText(try scanner.string()).string
        if which == 0 { header.type = value } else { header.id = value }
        if !validating && header.type != nil && header.id != nil { return }
      } else {
        try scanner.skipValue(depth: 1)
      }
    }
    scanner.skipWhitespace()
    guard scanner.offset == scanner.count else {
      throw scanner.syntaxError("unexpected text after the resource")
    }
  }

  /// The `resourceType` of the object at the start of `prefix`, found before the prefix ends or
  /// turns out not to be JSON; nil otherwise. Detects FHIR input without reading a file whole.
  static func sniffType(_ prefix: UnsafeBufferPointer<UInt8>) -> String? {
    var scanner = JSONScanner(prefix)
    guard scanner.peek() == UInt8(ascii: "{") else { return nil }
    scanner.offset += 1
    var first = true
    do throws(RecordFailure) {
      while let key = try scanner.nextMember(first: &first) {
        if scanner.withBytes(key, { FieldName.index(of: $0, in: [typeKey]) }) != nil {
          guard scanner.peek() == UInt8(ascii: "\"") else { return nil }
          return scanner.decodedText(try scanner.string()).string
        }
        try scanner.skipValue(depth: 1)
      }
    } catch {
      return nil
    }
    return nil
  }

  /// `DocumentReference d1`, or the type alone when the resource has no id.
  var name: String { [type ?? "resource", id].compactMap { $0 }.joined(separator: " ") }

  /// The byte ranges of the resources in a `Bundle`'s `entry[].resource`, relative to `bytes`.
  static func bundleEntries(_ bytes: UnsafeBufferPointer<UInt8>) throws(RecordFailure) -> [Range<
    Int
  >] {
    let entryKey = Array("entry".utf8)
    let resourceKey = Array("resource".utf8)
    var scanner = JSONScanner(bytes)
    var entries: [Range<Int>] = []
    guard scanner.peek() == UInt8(ascii: "{") else {
      throw scanner.syntaxError("expected a Bundle object '{'")
    }
    scanner.offset += 1
    var first = true
    while let key = try scanner.nextMember(first: &first) {
      guard scanner.withBytes(key, { FieldName.index(of: $0, in: [entryKey]) }) != nil,
        scanner.peek() == UInt8(ascii: "[")
      else {
        try scanner.skipValue(depth: 1)
        continue
      }
      scanner.offset += 1
      var firstEntry = true
      while try scanner.nextElement(first: &firstEntry) {
        guard scanner.peek() == UInt8(ascii: "{") else {
          try scanner.skipValue(depth: 2)
          continue
        }
        scanner.offset += 1
        var firstMember = true
        while let member = try scanner.nextMember(first: &firstMember) {
          if scanner.withBytes(member, { FieldName.index(of: $0, in: [resourceKey]) }) != nil {
            scanner.skipWhitespace()
            let start = scanner.offset
            try scanner.skipValue(depth: 3)
            entries.append(start..<scanner.offset)
          } else {
            try scanner.skipValue(depth: 3)
          }
        }
      }
    }
    return entries
  }
}

/// A FHIR reference (`Patient/123`, `https://ehr.example/fhir/Patient/123`,
/// `Patient/123/_history/2`) split into its resource type and id.
struct FHIRReference: Hashable {
  var type: String
  var id: String

  init(type: String, id: String) {
    self.type = type
    self.id = id
  }

  init?(_ reference: String?) {
    guard let text = reference, !text.isEmpty, !text.hasPrefix("#"), !text.hasPrefix("urn:") else {
      return nil
    }
    // The last two path segments, read from the end (a reference is read for every note, several
    // times: no array of parts), before `/_history/<version>` when there is one.
    let utf8 = text.utf8
    func segment(before end: String.Index) -> (Substring.UTF8View, String.Index)? {
      var end = end
      while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") {
        end = utf8.index(before: end)
      }
      guard end > utf8.startIndex else { return nil }
      let start =
        utf8[..<end].lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) }
        ?? utf8.startIndex
      return (text[start..<end].utf8, start)
    }
    guard var (last, lastStart) = segment(before: utf8.endIndex),
      var (previous, previousStart) = segment(before: lastStart)
    else { return nil }
    if previous.elementsEqual("_history".utf8) {
      guard let id = segment(before: previousStart), let type = segment(before: id.1) else {
        return nil
      }
      (last, lastStart) = id
      (previous, previousStart) = type
    }
    guard let first = previous.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else {
      return nil
    }
    type = String(Substring(previous))
    id = String(Substring(last))
  }

  /// The reference of a `Reference` object (`{"reference": "Patient/1", "display": …}`).
  init?(_ value: WireJSON?) {
    self.init(value?["reference"]?.string)
  }
}

extension WireJSON? {
  /// The elements of an array, or none (FHIR leaves empty arrays out).
  var elements: [WireJSON] { self?.array ?? [] }
}
