import Foundation
import NoteAudit
import NoteAuditCorpus
import Testing

/// Clone detection on the bundled three-patient batch (SampleNotes/batch): too few patients for
/// the patient-frequency template rule, one clinic with a single patient.
@Suite struct SimilarityBatchTests {
  static let batch = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../SampleNotes/batch").standardized

  struct Expected: Decodable {
    struct Group: Decodable {
      var kind: String
      var members: [String]
    }
    var clone_groups: [Group]
    var template_only_pairs: [[String]]
  }

  static func detect(_ path: String) throws -> (result: CloneResult, ids: [String]) {
    var detector = CloneDetector()
    var ids: [String] = []
    for item in NoteSource(path: batch.appendingPathComponent(path).path) {
      let record = try item.get()
      detector.add(Fingerprint(TokenizedText(record.text)), note: CloneNote(record))
      ids.append(record.id)
    }
    return (detector.detect(), ids)
  }

  @Test func bundledBatchFindsExactlyTheExpectedGroups() throws {
    let expected = try JSONDecoder().decode(
      Expected.self, from: Data(contentsOf: Self.batch.appendingPathComponent("expected.json")))
    let (result, ids) = try Self.detect("visits.jsonl")
    #expect(ids.count == 38)
    let found = Set(result.groups.map { "\($0.kind.rawValue) \($0.members.sorted())" })
    #expect(found == Set(expected.clone_groups.map { "\($0.kind) \($0.members.sorted())" }))
    // The cross-patient body sits in two clinics' templates; only the Lakeside one is learnable
    // (Riverside has one patient), so it passes on containment.
    #expect(result.templates.byClinic["Lakeside Therapy"]?.isEmpty == false)
    let flagged = Set(result.pairs.map { CloneEvaluation.Pair(ids[$0.first], ids[$0.second]) })
    #expect(expected.template_only_pairs.count == 5)
    for pair in expected.template_only_pairs where pair.count == 2 {
      #expect(
        !flagged.contains(CloneEvaluation.Pair(pair[0], pair[1])),
        "template-only pair \(pair) flagged")
    }
  }

  @Test func csvAndJSONLGiveTheSameGroups() throws {
    #expect(
      try Self.detect("visits.csv").result.groups == Self.detect("visits.jsonl").result.groups)
  }

  /// The note-frequency template rule must not swallow a clone in a clinic of three notes: the
  /// body is in two of them, below the rule's minimum of three notes.
  @Test func tinyClinicKeepsItsCrossPatientClone() {
    let clinic = "Northside"
    let notes: [SimilarityDetectorTests.Note] = [
      (
        id: "a", patient: "p1", clinic: clinic,
        text: SimilarityDetectorTests.clinic(clinic, SimilarityTests.body)
      ),
      (
        id: "b", patient: "p2", clinic: clinic,
        text: SimilarityDetectorTests.clinic(clinic, SimilarityTests.body, day: 4, pain: 6)
      ),
      (
        id: "c", patient: "p3", clinic: clinic,
        text: SimilarityDetectorTests.clinic(clinic, SimilarityTests.otherBody, day: 5)
      ),
    ]
    let result = SimilarityTests.detect(notes)
    #expect(result.groups.map(\.members) == [["a", "b"]])
    #expect(result.groups.first?.kind == .crossPatient)
    #expect(result.pairs.first?.detail == "only numbers changed")
    // The header is learnt: it is in all three notes of three patients.
    #expect(result.templates.byClinic[clinic]?.isEmpty == false)
    #expect(result.contentShingles[2] < SimilarityTests.fingerprint(notes[2].text).shingles.count)
  }
}
