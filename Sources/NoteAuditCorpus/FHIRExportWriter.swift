import Foundation
import NoteAudit

/// Writes note records as a FHIR R4 Bulk Data export: one NDJSON file per resource type in a
/// folder (`DocumentReference.ndjson`, `Binary.ndjson`, `Claim.ndjson`, `Encounter.ndjson`,
/// `Patient.ndjson`, `Practitioner.ndjson`, `Organization.ndjson`), the way an EHR's `$export`
/// delivers a night's notes and claims. `noteaudit audit FOLDER` reads it back as the same records:
/// `visit` and a claim line's `minutes`, which FHIR R4 has no element for, go into NoteAudit's own
/// extensions (Docs/FHIR.md).
///
/// Each note is a `DocumentReference` whose text is a base64 `text/plain` attachment, inline or
/// (every `binaryEvery`-th note) in a `Binary` the attachment's `url` names; its claim lines are one
/// `Claim` whose items name the note's `Encounter`. Ids must be FHIR ids (`[A-Za-z0-9.-]`, at most
/// 60 characters, since `enc-`/`bin-`/`claim-` are put before a note's id).
public final class FHIRExportWriter {
  public struct InvalidID: Error, CustomStringConvertible {
    public var id: String
    public var description: String { "'\(id)' is not a FHIR id ([A-Za-z0-9.-], 1-60 characters)" }
  }

  static let types = [
    "Patient", "Practitioner", "Organization", "Encounter", "DocumentReference", "Binary", "Claim",
  ]

  private var files: [String: FileHandle] = [:]
  private var buffers: [String: ByteText] = [:]
  private var patients = Set<String>()
  private var organizations = Set<String>()
  private var practitioners = Set<String>()
  private let binaryEvery: Int
  private let baseURL: String
  private var count = 0
  private var writeError: (any Error)?

  /// Creates (or empties) the seven files in `folder`, creating the folder if needed. An
  /// attachment's `url` (an R4 `url`: absolute) names its Binary under `baseURL`.
  public init(
    folder: String, binaryEvery: Int = 3, baseURL: String = "https://ehr.example.org/fhir/"
  ) throws {
    self.binaryEvery = binaryEvery
    self.baseURL = baseURL
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for type in Self.types {
      let path = folder + "/" + type + ".ndjson"
      guard FileManager.default.createFile(atPath: path, contents: nil) else {
        throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
      }
      files[type] = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
      buffers[type] = ByteText(capacity: 1 << 16)
    }
  }

  /// Writes `records` to `folder` and closes the files.
  public static func write(
    _ records: some Sequence<NoteRecord>, to folder: String, binaryEvery: Int = 3
  ) throws {
    let writer = try FHIRExportWriter(folder: folder, binaryEvery: binaryEvery)
    for record in records { try writer.add(record) }
    try writer.finish()
  }

  static func isFHIRID(_ id: String, maxLength: Int = 60) -> Bool {
    !id.isEmpty && id.utf8.count <= maxLength
      && id.utf8.allSatisfy {
        $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
          || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39)
      }
  }

  /// A stable FHIR id for a name (a provider, a clinic, a payer): a prefix and a hash.
  static func id(_ prefix: String, _ name: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return prefix + "-" + String(hash, radix: 16)
  }

  public func add(_ record: NoteRecord) throws {
    guard Self.isFHIRID(record.id) else { throw InvalidID(id: record.id) }
    if let patient = record.patientID, !Self.isFHIRID(patient, maxLength: 64) {
      throw InvalidID(id: patient)
    }
    count += 1
    let encounter = "enc-" + record.id
    let date = record.date?.description

    if let patient = record.patientID, patients.insert(patient).inserted {
      emit("Patient") {
        $0.append(#"{"resourceType":"Patient","id":"# + Self.quoted(patient) + "}")
      }
    }
    var author: String?
    if let provider = record.provider {
      let id = Self.id("pract", provider)
      author = id
      if practitioners.insert(id).inserted {
        emit("Practitioner") {
          $0.append(
            #"{"resourceType":"Practitioner","id":"# + Self.quoted(id) + #","name":[{"text":"#)
          $0.appendJSONString(provider)
          $0.append("}]}")
        }
      }
    }
    func organization(_ prefix: String, _ name: String) -> String {
      let id = Self.id(prefix, name)
      if organizations.insert(id).inserted {
        emit("Organization") {
          $0.append(#"{"resourceType":"Organization","id":"# + Self.quoted(id) + #","name":"#)
          $0.appendJSONString(name)
          $0.append("}")
        }
      }
      return id
    }
    let clinic = record.clinic.map { organization("org", $0) }
    let payer = record.payer.map { organization("payer", $0) }

    emit("Encounter") { out in
      out.append(
        #"{"resourceType":"Encounter","id":"# + Self.quoted(encounter)
          + #","status":"finished","class":"#)
      out.append(
        #"{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB","display":"ambulatory"}"#
      )
      if let patient = record.patientID {
        out.append(#","subject":{"reference":"# + Self.quoted("Patient/" + patient) + "}")
      }
      if let date { out.append(#","period":{"start":"# + Self.quoted(date) + "}") }
      out.append("}")
    }

    let data = Base64.encode(record.text.utf8)
    let inBinary = binaryEvery > 0 && count % binaryEvery == 0
    if inBinary {
      emit("Binary") {
        $0.append(
          #"{"resourceType":"Binary","id":"# + Self.quoted("bin-" + record.id)
            + #","contentType":"text/plain","data":""#)
        $0.append(data)
        $0.append(#""}"#)
      }
    }
    emit("DocumentReference") { out in
      out.append(#"{"resourceType":"DocumentReference","id":"# + Self.quoted(record.id))
      if let visit = record.visit {
        out.append(
          #","extension":[{"url":"# + Self.quoted(FHIRMapping.visitExtension) + #","valueInteger":"#
        )
        out.append(int: visit)
        out.append("}]")
      }
      out.append(#","status":"current","type":{"#)
      out.append(
        #""coding":[{"system":"http://loinc.org","code":"11506-3","display":"Progress note"}],"text":"#
      )
      out.appendJSONString(Self.typeText(record.discipline))
      out.append("}")
      if let patient = record.patientID {
        out.append(#","subject":{"reference":"# + Self.quoted("Patient/" + patient) + "}")
      }
      if let date { out.append(#","date":"# + Self.quoted(date + "T00:00:00Z")) }
      if let author, let provider = record.provider {
        out.append(
          #","author":[{"reference":"# + Self.quoted("Practitioner/" + author) + #","display":"#)
        out.appendJSONString(provider)
        out.append("}]")
      }
      if let clinic, let name = record.clinic {
        out.append(
          #","custodian":{"reference":"# + Self.quoted("Organization/" + clinic) + #","display":"#)
        out.appendJSONString(name)
        out.append("}")
      }
      if inBinary {
        out.append(
          #","content":[{"attachment":{"contentType":"text/plain","url":"#
            + Self.quoted(baseURL + "Binary/bin-" + record.id) + "}}]")
      } else {
        out.append(
          #","content":[{"attachment":{"contentType":"text/plain; charset=utf-8","data":""#)
        out.append(data)
        out.append(#""}}]"#)
      }
      out.append(
        #","context":{"encounter":[{"reference":"# + Self.quoted("Encounter/" + encounter) + "}]")
      if let date { out.append(#","period":{"start":"# + Self.quoted(date) + "}") }
      out.append("}}")
    }

    guard !record.cpt.isEmpty else { return }
    emit("Claim") { out in
      out.append(
        #"{"resourceType":"Claim","id":"# + Self.quoted("claim-" + record.id)
          + #","status":"active","type":{"coding":[{"#)
      out.append(
        #""system":"http://terminology.hl7.org/CodeSystem/claim-type","code":"professional"}]},"use":"claim","patient":"#
      )
      out.append(
        record.patientID.map { #"{"reference":"# + Self.quoted("Patient/" + $0) + "}" }
          ?? #"{"display":"unknown"}"#)
      out.append(#","created":"# + Self.quoted(date ?? "1970-01-01"))
      out.append(
        #","provider":"#
          + (author.map { #"{"reference":"# + Self.quoted("Practitioner/" + $0) + "}" }
            ?? #"{"display":"unknown"}"#))
      out.append(
        #","priority":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/processpriority","code":"normal"}]}"#
      )
      if let payer, let name = record.payer {
        out.append(
          #","insurer":{"reference":"# + Self.quoted("Organization/" + payer) + #","display":"#)
        out.appendJSONString(name)
        out.append("}")
      }
      out.append(#","insurance":[{"sequence":1,"focal":true,"coverage":{"display":"#)
      out.appendJSONString(record.payer ?? "coverage")
      out.append(#"}}],"item":["#)
      for (n, line) in record.cpt.enumerated() {
        if n > 0 { out.append(",") }
        out.append(#"{"#)
        if let minutes = line.minutes {
          out.append(
            #""extension":[{"url":"# + Self.quoted(FHIRMapping.minutesExtension)
              + #","valueInteger":"#)
          out.append(int: minutes)
          out.append("}],")
        }
        out.append(#""sequence":"#)
        out.append(int: n + 1)
        out.append(
          #","productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"#)
        out.appendJSONString(line.code)
        out.append("}]}")
        if !line.modifiers.isEmpty {
          out.append(#","modifier":["#)
          for (k, modifier) in line.modifiers.enumerated() {
            if k > 0 { out.append(",") }
            // Numeric modifiers (59) are CPT's; letter ones (GP, KX) HCPCS level II.
            let system =
              modifier.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
              ? "http://www.ama-assn.org/go/cpt"
              : "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
            out.append(#"{"coding":[{"system":"# + Self.quoted(system) + #","code":"#)
            out.appendJSONString(modifier)
            out.append("}]}")
          }
          out.append("]")
        }
        if let units = line.units {
          out.append(#","quantity":{"value":"#)
          out.append(int: units)
          out.append("}")
        }
        if let charge = line.charge {
          out.append(#","net":{"value":"# + Self.decimal(charge) + #","currency":"USD"}"#)
        }
        out.append(#","encounter":[{"reference":"# + Self.quoted("Encounter/" + encounter) + "}]}")
      }
      out.append("]}")
    }
  }

  /// Flushes and closes the files.
  public func finish() throws {
    if let writeError { throw writeError }
    for type in Self.types {
      if let bytes = buffers[type]?.bytes, !bytes.isEmpty {
        try files[type]?.write(contentsOf: bytes)
      }
      try files[type]?.close()
    }
    files.removeAll()
  }

  private func emit(_ type: String, _ write: (inout ByteText) -> Void) {
    write(&buffers[type, default: ByteText()])
    buffers[type]?.append(byte: 0x0A)
    if let bytes = buffers[type]?.bytes, bytes.count >= 1 << 20 {
      do {
        try files[type]?.write(contentsOf: bytes)
      } catch {
        writeError = writeError ?? error
      }
      buffers[type]?.bytes.removeAll(keepingCapacity: true)
    }
  }

  static func typeText(_ discipline: String?) -> String {
    switch discipline?.uppercased() {
    case "PT": "Physical therapy note"
    case "OT": "Occupational therapy note"
    case "SLP", "ST": "Speech-language pathology note"
    default: "Therapy note"
    }
  }

  static func quoted(_ value: String) -> String {
    var text = ByteText()
    text.appendJSONString(value)
    return String(decoding: text.bytes, as: UTF8.self)
  }

  static func decimal(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
