import Foundation
import NoteAuditCorpus
import Testing

@testable import NoteAudit

/// FHIR R4 input (Docs/FHIR.md): the export folders, files and Bundles in `Tests/FHIR/`, the
/// mapping of each field, bad input, and the promise that a note read from FHIR is audited exactly
/// as the same record given as JSON Lines.
@Suite struct FHIRInputTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../FHIR").standardized

  static func read(_ source: NoteSource) -> (notes: [NoteRecord], errors: [String]) {
    var notes: [NoteRecord] = []
    var errors: [String] = []
    for item in source {
      switch item {
      case .success(let note): notes.append(note)
      case .failure(let error):
        errors.append(error.description.components(separatedBy: "/FHIR/").last ?? "")
      }
    }
    return (notes, errors)
  }

  static func sample(_ name: String) throws -> String {
    try String(
      contentsOf: fixtures.appendingPathComponent("../../SampleNotes/\(name)").standardized,
      encoding: .utf8)
  }

  @Test func formatsAreDetectedFromTheFolderTheFileAndItsFirstResource() {
    #expect(InputFormat(detecting: Self.fixtures.appendingPathComponent("export").path) == .fhir)
    #expect(
      InputFormat(detecting: Self.fixtures.appendingPathComponent("export/Claim.ndjson").path)
        == .fhir)
    #expect(
      InputFormat(detecting: Self.fixtures.appendingPathComponent("bundle.json").path) == .fhir)
    #expect(InputFormat(detecting: NoteCheckTests.visits) == .jsonl)
    #expect(InputFormat(detecting: NoteCheckTests.samples.path) == .text)
    #expect(InputFormat(name: "fhir") == .fhir)
  }

  @Test func anExportFolderMapsEachDocumentReferenceToARecord() throws {
    let (notes, errors) = Self.read(
      NoteSource(path: Self.fixtures.appendingPathComponent("export").path))
    #expect(errors.isEmpty, "\(errors)")
    #expect(notes.map(\.id) == ["doc-pt-1", "doc-ot-2", "doc-pt-3"])
    guard notes.count == 3 else { return }
    let (pt, ot, weak) = (notes[0], notes[1], notes[2])

    // Inline text/plain; the PDF rendition beside it is not needed. The first author that is a
    // Practitioner, named by its resource; the Claim's CPT lines (not the HCPCS one, not the EOB
    // that restates them), minutes from NoteAudit's extension; the payer from the insurer.
    #expect(pt.text == (try Self.sample("pt-strong-transfers.txt")))
    #expect(
      pt.patientID == "pat-1" && pt.date?.description == "2026-03-04" && pt.discipline == "PT")
    #expect(
      pt.provider == "J. Alvarez, PT" && pt.clinic == "Riverside Rehab" && pt.payer == "Medicare")
    #expect(pt.cpt == [BilledService(code: "97530", units: 2, minutes: 23, modifiers: ["GP"])])
    #expect(pt.origin.description.hasSuffix("export/DocumentReference.ndjson:1"))

    // HTML stripped (no tags, no script, entities decoded); absolute references; the lines of the
    // only claim for its encounter, an EOB; the date from `date` when there is no period.
    let lines = try Self.sample("ot-strong-tub-transfer.txt").split(separator: "\n").map(
      String.init
    ).filter { !$0.isEmpty }
    #expect(ot.text.split(separator: "\n").map(String.init) == lines)
    #expect(!ot.text.contains("<") && !ot.text.contains("var x") && !ot.text.contains("&amp;"))
    #expect(
      ot.patientID == "pat-2" && ot.date?.description == "2026-03-04" && ot.discipline == "OT")
    #expect(
      ot.provider == "M. Chen, OTR/L" && ot.clinic == "Lakeside Therapy" && ot.payer == "Aetna")
    #expect(ot.cpt.map(\.code) == ["97530", "97535"] && ot.cpt[1].modifiers == ["GO", "59"])

    // The text in a Binary the attachment's absolute url names; a versioned author reference.
    #expect(weak.text == (try Self.sample("pt-weak-97530-vague.txt")))
    #expect(
      weak.provider == "J. Alvarez, PT" && weak.clinic == "Riverside Rehab"
        && weak.date?.description == "2026-03-06")
    #expect(weak.cpt == [BilledService(code: "97530", units: 3, modifiers: ["GP"])])
  }

  @Test func aBundleIsReadInItsOrderWithClaimsBeforeTheirNotes() {
    let (notes, errors) = Self.read(
      NoteSource(path: Self.fixtures.appendingPathComponent("bundle.json").path))
    #expect(errors.isEmpty, "\(errors)")
    #expect(notes.map(\.id) == ["doc-pt-3", "doc-ot-2", "doc-pt-1"])
    #expect(notes.map { $0.cpt.map(\.code) } == [["97530"], [], ["97530"]])
    // Each note's line is where its resource starts in the pretty-printed document.
    let bundle =
      (try? String(contentsOf: Self.fixtures.appendingPathComponent("bundle.json"), encoding: .utf8))
      ?? ""
    let lines = bundle.split(separator: "\n", omittingEmptySubsequences: false)
    for note in notes {
      let line = note.origin.line ?? 0
      #expect(
        line > 1 && lines[line - 1].hasSuffix("\"resource\": {")
          && lines[line + 1].contains(note.id), "\(note.id)")
    }
    // The same bytes from memory or stdin.
    let bytes = Array(bundle.utf8)
    #expect(
      Self.read(NoteSource(bytes: bytes, name: "b.json", format: .fhir)).notes.map(\.id)
        == notes.map(\.id))
  }

  @Test func badInputIsReportedAtItsLineNamingTheResourceAndTheRestIsAudited() {
    let (notes, errors) = Self.read(
      NoteSource(path: Self.fixtures.appendingPathComponent("bad").path))
    #expect(notes.map(\.id) == ["good-1", "good-2"])
    #expect(notes.first?.cpt.map(\.code) == ["97530"])
    #expect(
      errors == [
        "bad/DocumentReference.ndjson:2: DocumentReference broken-3 is not JSON: invalid JSON at column 64: expected a value; skipped",
        "bad/DocumentReference.ndjson:3: Observation obs-7: unexpected resource type Observation; skipped",
        "bad/DocumentReference.ndjson:4: DocumentReference pdf-only: no text/plain or text/html attachment; skipped application/pdf, image/png",
        "bad/DocumentReference.ndjson:5: DocumentReference lost-binary: attachment refers to Binary/nowhere, which is not in the export",
        "bad/Claim.ndjson:1: Claim claim-orphan: Encounter/enc-missing matches no DocumentReference's context.encounter; 1 line(s) not audited",
      ])
  }

  @Test(arguments: [
    (
      #"{"resourceType":"DocumentReference","id":"e","content":[{"attachment":{"contentType":"text/plain","data":"@@@"}}]}"#,
      "DocumentReference e: text/plain attachment data is not base64"
    ),
    (
      #"{"resourceType":"DocumentReference","id":"w","content":[{"attachment":{"contentType":"text/plain","data":"ICAK"}}]}"#,
      "DocumentReference w: its attachment holds no text"
    ),
    (
      #"{"resourceType":"DocumentReference","content":[{"attachment":{"contentType":"text/plain","data":"aGk="}}]}"#,
      "DocumentReference: has no id"
    ),
    (
      #"{"resourceType":"DocumentReference","id":"u","content":[{"attachment":{"contentType":"text/plain","url":"https://cdn.example/n.txt"}}]}"#,
      #"DocumentReference u: attachment url "https://cdn.example/n.txt" is not a Binary of this export"#
    ),
    (
      #"{"resourceType":"DocumentReference","id":"d","date":"2026-13","content":[{"attachment":{"contentType":"text/plain","data":"aGk="}}]}"#,
      #"DocumentReference d: no calendar date in context.period.start or date ("2026-13")"#
    ),
    (#"{"id":"x","text":"a note"}"#, "resource x has no resourceType; not FHIR"),
    (
      "not json at all",
      "resource is not JSON: invalid JSON at column 1: expected a resource object '{'; skipped"
    ),
  ])
  func eachKindOfBadResourceHasItsMessage(line: String, message: String) {
    let (notes, errors) = Self.read(
      NoteSource(bytes: Array((line + "\n").utf8), name: "x.ndjson", format: .fhir))
    #expect(notes.isEmpty && errors == ["x.ndjson:1: " + message])
  }

  @Test func enteredInErrorIsNotAuditedAndHTMLEntitiesAreDecoded() {
    let html = Base64.encode(
      Array("<p>STS x5 with CGA &amp; min VCs, 5&#x2F;10 &lt;pain&gt;</p><br/>23 min".utf8))
    let lines = [
      #"{"resourceType":"DocumentReference","id":"gone","status":"entered-in-error","content":[{"attachment":{"contentType":"text/plain","data":"aGk="}}]}"#,
      #"{"resourceType":"DocumentReference","id":"h","content":[{"attachment":{"contentType":"TEXT/HTML; charset=UTF-8","data":"\#(html)"}}]}"#,
    ]
    let (notes, errors) = Self.read(
      NoteSource(bytes: Array(lines.joined(separator: "\n").utf8), name: "m.ndjson", format: .fhir))
    #expect(errors.isEmpty && notes.map(\.id) == ["h"])
    #expect(notes.first?.text == "\nSTS x5 with CGA & min VCs, 5/10 <pain>\n\n23 min")
  }

  @Test(arguments: [
    ("Patient/1", "Patient", "1"), ("https://ehr.example/fhir/Patient/p-9", "Patient", "p-9"),
    ("Practitioner/pr-1/_history/3", "Practitioner", "pr-1"), ("Encounter//e1/", "Encounter", "e1"),
  ])
  func referencesAreRelativeAbsoluteOrVersioned(reference: String, type: String, id: String) {
    #expect(FHIRReference(reference) == FHIRReference(type: type, id: id))
  }

  @Test func referencesThatNameNoResourceAreNone() {
    for reference in [
      "", "Patient", "#contained", "urn:uuid:9b6a", "patient/1", "/1", "_history/2",
    ] {
      #expect(FHIRReference(reference) == nil, "\(reference)")
    }
  }

  @Test func base64DecodesWhatItEncodesAndRefusesWhatIsNotBase64() {
    var rng = SystemRandomNumberGenerator()
    for count in [0, 1, 2, 3, 4, 5, 57, 1000] {
      let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
      let encoded = Base64.encode(bytes)
      #expect(Base64.decode(encoded) == bytes)
      #expect(Base64.decode(encoded.replacing("=", with: "")) == bytes, "padding is optional")
      var wrapped = encoded
      if wrapped.count > 8 {
        wrapped.insert(contentsOf: "\r\n ", at: wrapped.index(wrapped.startIndex, offsetBy: 8))
      }
      #expect(Base64.decode(wrapped) == bytes, "line breaks are ignored")
    }
    #expect(Base64.encode(Array("hi!".utf8)) == "aGkh" && Base64.encode(Array("hi".utf8)) == "aGk=")
    for bad in ["@@@@", "aGk=aGk=", "a===", "aGk", "a"] where bad != "aGk" {
      #expect(Base64.decode(bad) == nil, "\(bad)")
    }
  }

  // MARK: The same result as JSON Lines

  /// Audits `records` from JSON Lines and from a FHIR export of them; returns both reports with
  /// the `source` of each note (the file and line it came from) left out.
  static func reports(_ records: [NoteRecord], format: ReportFormat = .json) throws -> (
    jsonl: String, fhir: String
  ) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "noteaudit-fhir-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let jsonl = folder.appendingPathComponent("notes.jsonl").path
    try records.map(CorpusGenerator.jsonLine).joined().write(
      toFile: jsonl, atomically: false, encoding: .utf8)
    try FHIRExportWriter.write(records, to: folder.appendingPathComponent("export").path)
    let options = AuditRun.Options(audit: AuditOptions(workers: 2), format: format)
    let fromJSONL = try AuditRunTests.run(NoteSource(path: jsonl), options: options)
    let fromFHIR = try AuditRunTests.run(
      NoteSource(path: folder.appendingPathComponent("export").path), options: options)
    #expect(fromJSONL.errors.isEmpty && fromFHIR.errors.isEmpty, "\(fromFHIR.errors)")
    #expect(fromJSONL.outcome.notes == records.count && fromFHIR.outcome.notes == records.count)
    func withoutSource(_ report: String) -> String {
      report.replacing(/,"source":"[^"]*"/, with: "")
    }
    return (withoutSource(fromJSONL.report), withoutSource(fromFHIR.report))
  }

  @Test func theSampleBatchAuditsExactlyAsItsJSONLines() throws {
    let records = Self.read(NoteSource(path: NoteCheckTests.visits)).notes
    #expect(records.count == 38 && records.contains { !$0.cpt.isEmpty && $0.visit != nil })
    let (jsonl, fhir) = try Self.reports(records)
    #expect(jsonl.contains("\"batch\":{\"notes\":[\n{") && jsonl.contains("clone.copy-forward"))
    #expect(fhir == jsonl)
  }

  @Test func generatedNotesAuditExactlyAsTheirJSONLines() throws {
    var generator = CorpusGenerator(seed: 13)
    let records = (0..<400).map { _ in generator.next().record }
    let (jsonl, fhir) = try Self.reports(records, format: .jsonl)
    #expect(fhir == jsonl)
  }
}
