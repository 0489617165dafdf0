/// What the first pass over an export keeps, so that the second can stream the notes: claim lines
/// by encounter, where each `Binary` is, and the names of practitioners and organizations. Its
/// size grows with the encounters and the claims' lines, never with the notes' text.
struct FHIRIndex {
  /// One `Claim` or `ExplanationOfBenefit` with its CPT lines.
  struct Claim {
    var name: String
    var origin: RecordOrigin
    var isClaim: Bool
    /// The `insurer` reference, named when a note takes the claim's lines (the Organization may
    /// come later in the export).
    var insurer: FHIRDocument.Reference?
    var lines: [(encounter: String, service: BilledService)] = []
    /// 1-based numbers of the items that name no encounter (they can match no note).
    var itemsWithoutEncounter: [Int] = []
  }

  /// Where a resource's bytes are, to read it again when a note needs it.
  struct Location {
    var file: Int
    var offset: Int
    var count: Int
    var origin: RecordOrigin
  }

  var claims: [Claim] = []
  var binaries: [String: Location] = [:]
  /// `Practitioner`, `PractitionerRole` and `Organization` names by reference.
  var names: [FHIRReference: String] = [:]
  /// Per encounter, the claims with lines for it (Claims before EOBs: an encounter with lines on a
  /// Claim takes none from an EOB, which restates the same services).
  private(set) var claimsByEncounter: [String: [Int]] = [:]

  mutating func add(claim: Claim) {
    let number = claims.count
    claims.append(claim)
    for encounter in Set(claim.lines.map(\.encounter)) {
      claimsByEncounter[encounter, default: []].append(number)
    }
  }

  /// The claim lines and payer for a note's encounters.
  func services(for encounters: [String]) -> (lines: [BilledService], payer: String?) {
    var lines: [BilledService] = []
    var payer: String?
    for encounter in encounters {
      let numbers = claimsByEncounter[encounter] ?? []
      let fromClaims = numbers.contains { claims[$0].isClaim }
      for n in numbers where claims[n].isClaim == fromClaims {
        let claim = claims[n]
        lines += claim.lines.filter { $0.encounter == encounter }.map(\.service)
        payer =
          payer
          ?? claim.insurer.flatMap {
            FHIRMapping.name(display: $0.display, target: $0.target, in: names)
          }
      }
    }
    return (lines, payer)
  }

  /// The claims (in input order) with lines for an encounter no note named, or with items
  /// naming no encounter: each an error at the claim, its lines not audited.
  func unmatchedClaims(usedEncounters: Set<String>) -> [InputError] {
    claims.compactMap { claim in
      var unmatched: [String] = []
      for (encounter, _) in claim.lines
      where !usedEncounters.contains(encounter) && !unmatched.contains(encounter) {
        unmatched.append(encounter)
      }
      var parts: [String] = []
      if !unmatched.isEmpty {
        let lines = claim.lines.filter { unmatched.contains($0.encounter) }.count
        let named =
          unmatched.prefix(3).map { "Encounter/\($0)" }.joined(separator: ", ")
          + (unmatched.count > 3 ? " and \(unmatched.count - 3) more" : "")
        parts.append(
          "\(named) matches no DocumentReference's context.encounter; \(lines) line(s) not audited")
      }
      if !claim.itemsWithoutEncounter.isEmpty {
        let items = claim.itemsWithoutEncounter.prefix(5).map(String.init).joined(separator: ", ")
        parts.append("item(s) \(items) name no encounter and match no note")
      }
      guard !parts.isEmpty else { return nil }
      return InputError(
        origin: claim.origin, message: "\(claim.name): " + parts.joined(separator: "; "))
    }
  }
}

/// The mapping from FHIR R4 resources to `NoteRecord`s and claim lines (Docs/FHIR.md).
package enum FHIRMapping {
  static let cptSystem = "http://www.ama-assn.org/go/cpt"
  /// NoteAudit's own extensions, for what FHIR R4 has no element for: the visit number of a
  /// `DocumentReference` (`valueInteger`) and the treatment minutes of a claim item
  /// (`valueInteger`). Optional: without them a note has no visit number and its lines no minutes.
  package static let visitExtension = "urn:noteaudit:fhir:visit-number"
  package static let minutesExtension = "urn:noteaudit:fhir:treatment-minutes"

  /// The types an export for NoteAudit holds: the notes, their text, their claims and what those
  /// refer to. Any other type is reported and skipped.
  static let expectedTypes: Set<String> = [
    "DocumentReference", "Binary", "Claim", "ExplanationOfBenefit", "Patient", "Practitioner",
    "PractitionerRole",
    "Organization", "Encounter", "Coverage", "Location", "Bundle",
  ]

  // MARK: Claims

  /// The CPT lines of a `Claim` or `ExplanationOfBenefit`, each with the encounter it is for.
  static func claim(_ bytes: UnsafeBufferPointer<UInt8>, header: FHIRHeader, origin: RecordOrigin)
    throws(RecordFailure)
    -> FHIRIndex.Claim
  {
    var claim = FHIRIndex.Claim(name: header.name, origin: origin, isClaim: header.type == "Claim")
    var s = JSONScanner(bytes)
    var number = 0
    try s.members(depth: 0, keys: FHIRDocument.keys("insurer", "item")) {
      (s: inout JSONScanner, key: Int?) throws(RecordFailure) in
      switch key {
      case 0: claim.insurer = try s.referenceValue(depth: 1)
      case 1:
        try s.elements(depth: 1) { (s: inout JSONScanner) throws(RecordFailure) in
          number += 1
          let item = try FHIRClaimItem(&s, depth: 2)
          // Not a CPT line (HCPCS, revenue codes): not ours to audit.
          guard let code = item.code, !code.isEmpty else { return }
          let service = BilledService(
            code: code, units: item.units, minutes: item.minutes, modifiers: item.modifiers,
            charge: item.charge)
          if item.encounters.isEmpty { claim.itemsWithoutEncounter.append(number) }
          for encounter in item.encounters { claim.lines.append((encounter, service)) }
        }
      default: try s.skipValue(depth: 1)
      }
    }
    return claim
  }

  /// The name a reference stands for: its `display`, else the name of the resource in the export,
  /// else the referenced id.
  static func name(display: String?, target: FHIRReference?, in names: [FHIRReference: String])
    -> String?
  {
    if let display, !display.isEmpty { return display }
    guard let target else { return nil }
    return names[target] ?? target.id
  }

  /// The name of a `Practitioner` (`name[0].text`, else given and family names) or an
  /// `Organization` (`name`).
  static func resourceName(_ resource: WireJSON) -> String? {
    if let name = resource["name"]?.string { return name }
    guard let first = resource["name"].elements.first else { return nil }
    if let text = first["text"]?.string, !text.isEmpty { return text }
    let parts =
      first["given"].elements.compactMap(\.string) + [first["family"]?.string].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }

  // MARK: Notes

  /// A note's text as found in an attachment, before it becomes a record.
  enum TextSource {
    case plain([UInt8])
    case html([UInt8])
  }

  /// The record of one `DocumentReference`, and the encounters it names; nil for a document
  /// marked `entered-in-error` (never audited).
  static func note(
    _ resource: FHIRDocument, header: FHIRHeader, origin: RecordOrigin, index: FHIRIndex,
    binary: (String) -> Result<WireJSON, RecordFailure>?, maxNoteBytes: Int
  ) -> Result<(record: NoteRecord, encounters: [String]), InputError>? {
    func failure(_ message: String) -> Result<
      (record: NoteRecord, encounters: [String]), InputError
    > {
      .failure(InputError(origin: origin, message: "\(header.name): \(message)"))
    }
    guard let id = header.id, !id.isEmpty else { return failure("has no id") }
    if resource.status == "entered-in-error" { return nil }
    let text: TextSource
    switch attachmentText(resource.attachments, binary: binary) {
    case .success(let found): text = found
    case .failure(let error): return failure(error.message)
    }
    let bytes: [UInt8]
    switch text {
    case .plain(let b): bytes = b
    case .html(let b): bytes = HTMLText.plainText(b)
    }
    guard bytes.contains(where: { !$0.isBlank }) else {
      return failure("its attachment holds no text")
    }
    let decoded = bytes.withUnsafeBufferPointer { DecodedText($0, limit: maxNoteBytes) }

    var date: ServiceDate?
    let written = [resource.periodStart, resource.date].compactMap { $0 }
    if !written.isEmpty {
      guard let parsed = written.lazy.compactMap({ ServiceDate(iso8601: $0) }).first else {
        return failure(
          "no calendar date in context.period.start or date (\"\(written[0].prefix(40))\")")
      }
      date = parsed
    }
    let subject = resource.subject?.target
    let author = resource.authors.first { $0.target?.type == "Practitioner" }
    let encounters = resource.encounters.compactMap(\.target).filter { $0.type == "Encounter" }.map(
      \.id)
    let claims = index.services(for: encounters)
    let custodian = resource.custodian.flatMap { $0.target?.type == "Organization" ? $0 : nil }
    var record = NoteRecord(
      id: id, text: decoded.string, patientID: subject?.type == "Patient" ? subject?.id : nil,
      date: date,
      discipline: discipline(resource.typeNames), visit: resource.extensionNumber(visitExtension),
      provider: author.flatMap { name(display: $0.display, target: $0.target, in: index.names) },
      clinic: custodian.flatMap { name(display: $0.display, target: $0.target, in: index.names) },
      payer: claims.payer, cpt: claims.lines, origin: origin)
    record.truncated = decoded.truncated
    record.invalidUTF8 = decoded.invalidUTF8
    return .success((record, encounters))
  }

  /// The first `text/plain` attachment's bytes, else the first `text/html` one's; an error naming
  /// what was there otherwise.
  static func attachmentText(
    _ attachments: [FHIRDocument.Attachment], binary: (String) -> Result<WireJSON, RecordFailure>?
  ) -> Result<TextSource, RecordFailure> {
    var skipped: [String] = []
    var html: Result<TextSource, RecordFailure>?
    for attachment in attachments {
      var type = mediaType(attachment.contentType)
      var data = attachment.data
      if data == nil, let url = attachment.url {
        guard let target = FHIRReference(url), target.type == "Binary" else {
          return .failure(
            RecordFailure(
              message: "attachment url \"\(url.prefix(80))\" is not a Binary of this export"))
        }
        guard let found = binary(target.id) else {
          return .failure(
            RecordFailure(
              message: "attachment refers to Binary/\(target.id), which is not in the export"))
        }
        switch found {
        case .failure(let error):
          return .failure(RecordFailure(message: "Binary/\(target.id): \(error.message)"))
        case .success(let resource):
          type = type ?? mediaType(resource["contentType"]?.string)
          data = resource["data"]?.string.map { Array($0.utf8) }
          if data == nil {
            return .failure(RecordFailure(message: "Binary/\(target.id) has no data"))
          }
        }
      }
      guard type == "text/plain" || type == "text/html" else {
        skipped.append(type ?? "no contentType")
        continue
      }
      guard let data else {
        return .failure(RecordFailure(message: "\(type ?? "") attachment has neither data nor url"))
      }
      guard let bytes = data.withUnsafeBufferPointer({ Base64.decode($0) }) else {
        return .failure(RecordFailure(message: "\(type ?? "") attachment data is not base64"))
      }
      if type == "text/plain" { return .success(.plain(bytes)) }
      html = html ?? .success(.html(bytes))
    }
    if let html { return html }
    if skipped.isEmpty { return .failure(RecordFailure(message: "has no attachment with text")) }
    return .failure(
      RecordFailure(
        message: "no text/plain or text/html attachment; skipped \(skipped.joined(separator: ", "))"
      ))
  }

  /// `text/plain; charset=utf-8` → `text/plain`.
  static func mediaType(_ contentType: String?) -> String? {
    guard let contentType else { return nil }
    let type = contentType.split(separator: ";", maxSplits: 1).first.map {
      String($0).trimmingSpaces().lowercased()
    }
    return type?.isEmpty == false ? type : nil
  }

  /// `PT`, `OT` or `SLP` when the document type's text or a coding's display names the
  /// discipline (LOINC names its notes "Physical therapy Note", "Occupational therapy Note", …).
  static func discipline(_ names: [String]) -> String? {
    for name in names {
      if contains(name, "physical therap") { return "PT" }
      if contains(name, "occupational therap") { return "OT" }
      if contains(name, "speech") { return "SLP" }
    }
    return nil
  }

  /// Whether `text` contains `word` (lower-case ASCII), ignoring ASCII case: bytes, not a
  /// lower-cased copy of every document type.
  static func contains(_ text: String, _ word: StaticString) -> Bool {
    let pattern = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    let bytes = text.utf8
    guard bytes.count >= pattern.count else { return false }
    var start = bytes.startIndex
    while let end = bytes.index(start, offsetBy: pattern.count, limitedBy: bytes.endIndex) {
      if zip(bytes[start..<end], pattern).allSatisfy({ $0 | 0x20 == $1 || $0 == $1 }) {
        return true
      }
      start = bytes.index(after: start)
    }
    return false
  }
}

/// The text of an HTML attachment: tags removed (`script` and `style` with their content), a line
/// break for `br` and the end of each block (`p`, `div`, `li`, `tr`, headings), character
/// references decoded. Offsets in reports are into this text.
enum HTMLText {
  private static let blockEnds: Set<String> = [
    "br", "p", "/p", "/div", "/li", "/tr", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6", "/table",
    "/ul", "/ol",
  ]
  private static let entities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "deg": "°",
    "ndash": "–", "mdash": "—",
    "rarr": "→", "larr": "←", "uarr": "↑", "darr": "↓", "frac12": "½", "plusmn": "±", "times": "×",
  ]

  static func plainText(_ html: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(html.count)
    var i = 0
    let n = html.count
    func lowerName(from start: Int) -> (String, Int) {
      var j = start
      while j < n, html[j] != UInt8(ascii: ">"), html[j] != 0x20, html[j] != 0x09, html[j] != 0x0A,
        html[j] != 0x0D
      { j += 1 }
      var name = String(decoding: html[start..<j], as: UTF8.self).lowercased()
      if name.hasSuffix("/") { name.removeLast() }
      return (name, j)
    }
    func skip(past terminator: [UInt8], from start: Int) -> Int {
      var j = start
      while j + terminator.count <= n {
        if html[j..<(j + terminator.count)].elementsEqual(
          terminator, by: { ($0 | 0x20) == ($1 | 0x20) })
        {
          return j + terminator.count
        }
        j += 1
      }
      return n
    }
    while i < n {
      let byte = html[i]
      if byte == UInt8(ascii: "<") {
        if html[i...].starts(with: Array("<!--".utf8)) {
          i = skip(past: Array("-->".utf8), from: i + 4)
          continue
        }
        let (name, _) = lowerName(from: i + 1)
        let end = skip(past: [UInt8(ascii: ">")], from: i + 1)
        if name == "script" || name == "style" {
          i = skip(past: Array("</\(name)>".utf8), from: end)
          continue
        }
        if blockEnds.contains(name) { out.append(0x0A) }
        i = end
        continue
      }
      if byte == UInt8(ascii: "&"),
        let semicolon = html[(i + 1)..<min(n, i + 12)].firstIndex(of: UInt8(ascii: ";"))
      {
        let name = String(decoding: html[(i + 1)..<semicolon], as: UTF8.self)
        var decoded: String?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
          decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map {
            String($0)
          }
        } else if name.hasPrefix("#") {
          decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
        } else {
          decoded = entities[name]
        }
        if let decoded {
          out.append(contentsOf: decoded.utf8)
          i = semicolon + 1
          continue
        }
      }
      out.append(byte)
      i += 1
    }
    return out
  }
}
