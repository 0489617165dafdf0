import Foundation
import NoteAudit
import NoteAuditCorpus
import Testing

/// Speed of fingerprinting and detection; runs only with `SIMILARITY_BENCH=<patients>` (use -c release):
/// `SIMILARITY_BENCH=10000 swift test -c release --filter SimilarityBench`.
@Suite struct SimilarityBenchTests {
  @Test(.enabled(if: ProcessInfo.processInfo.environment["SIMILARITY_BENCH"] != nil))
  func bench() {
    let patients = Int(ProcessInfo.processInfo.environment["SIMILARITY_BENCH"] ?? "") ?? 1000
    let fixture = SimilarityFixture(seed: 3, patients: patients, clinics: 40)
    let clock = ContinuousClock()
    var texts: [TokenizedText] = []
    let tokenize = clock.measure { texts = Parallel2.tokenize(fixture.notes.map(\.record.text)) }
    let tokens = texts.reduce(0) { $0 + $1.tokens.count }
    var fingerprints: [Fingerprint] = []
    let fingerprint = clock.measure { fingerprints = Fingerprint.make(texts) }
    texts = []
    var result: CloneResult?
    let detect = clock.measure {
      var detector = CloneDetector()
      for (f, n) in zip(fingerprints, fixture.notes) { detector.add(f, note: CloneNote(n.record)) }
      result = detector.detect()
    }
    let patientOf = fixture.patientOf
    let report = CloneEvaluation.evaluate(predicted: result?.groups ?? [], truth: fixture.families) { patientOf[$0] }
    print("BENCH notes \(fixture.notes.count) tokens \(tokens) tokenize \(tokenize) fingerprint \(fingerprint) (\((Double(fingerprint.components.seconds) + Double(fingerprint.components.attoseconds) / 1e18) * 1e9 / Double(tokens)) ns/token wall) detect \(detect)")
    print("BENCH copy_forward \(report.copyForward); cross_patient \(report.crossPatient)")
  }
}

enum Parallel2 {
  static func tokenize(_ texts: [String]) -> [TokenizedText] {
    nonisolated(unsafe) var out = [TokenizedText?](repeating: nil, count: texts.count)
    out.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let b = buffer
      DispatchQueue.concurrentPerform(iterations: (texts.count + 255) / 256) { c in
        for i in c * 256..<min(texts.count, c * 256 + 256) { b[i] = TokenizedText(texts[i]) }
      }
    }
    return out.compactMap { $0 }
  }
}
