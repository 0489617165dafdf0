import NoteAudit
import Testing

@Suite struct SimilarityTests {
  static func fingerprint(_ text: String) -> Fingerprint { Fingerprint(TokenizedText(text)) }

  static func detect(
    _ notes: [(id: String, patient: String?, clinic: String?, text: String)],
    configuration: CloneConfiguration = CloneConfiguration()
  ) -> CloneResult {
    var detector = CloneDetector(configuration: configuration)
    for (k, n) in notes.enumerated() {
      detector.add(
        fingerprint(n.text),
        note: CloneNote(
          id: n.id, patientID: n.patient, date: ServiceDate(year: 2026, month: 3, day: 1 + k % 28),
          clinic: n.clinic))
    }
    return detector.detect()
  }

  static let body =
    "Patient performed sit to stand transfers with verbal cues for hand placement and trunk lean, then gait training over level surfaces with rolling walker for household distances while therapist guarded for balance and corrected step length asymmetry on the left side during turns"
  static let otherBody =
    "Worked on upper extremity reaching tasks in standing to improve dynamic balance and weight shifting toward the weak side, patient needed tactile cues to keep pelvis level and rested between trials because of fatigue reported in the right shoulder after overhead reaching"

  // MARK: Fingerprints

  @Test func normalisationIgnoresCasePunctuationDatesAndTimes() {
    let a = Self.fingerprint("Pt walked 150 ft, with RW. Seen 03/04/26 at 10:02.")
    let b = Self.fingerprint("pt  walked 150 ft with rw; seen 2026-05-06 at 9:45am")
    #expect(a.exactHash == b.exactHash)
    #expect(a.shingles == b.shingles)
    #expect(a.tokenCount == 10)
  }

  @Test func numbersAreMaskedInShinglesButKeptInExactHash() {
    let a = Self.fingerprint("pt walked 150 ft with rw pain 4/10")
    let b = Self.fingerprint("pt walked 200 ft with rw pain 6/10")
    #expect(a.exactHash != b.exactHash)
    #expect(a.maskedHash == b.maskedHash)
    #expect(a.shingles == b.shingles)
  }

  @Test func valueTagsMarkShinglesWithNumbersByValue() {
    let a = Self.fingerprint("pt walked 150 ft with rw")
    let b = Self.fingerprint("pt walked 200 ft with rw")
    let c = Self.fingerprint("pt walked 150 ft with rw")
    #expect(a.valueTags.count == a.shingles.count)
    // 4 shingles, 3 of them with `#`: `pt walked #`, `walked # ft`, `# ft with`; `ft with rw` has none.
    #expect(a.valueTags.filter { $0 != 0 }.count == 3)
    #expect(zip(a.valueTags, b.valueTags).filter { $0 != $1 }.count == 3)
    #expect(a.valueTags == c.valueTags)
  }

  @Test func shinglesAreWordThreeGramsWithKnownJaccard() {
    // 6 tokens → 4 shingles each; one changed last word leaves 3 shared: 3 / 5.
    let a = Self.fingerprint("alpha beta gamma delta epsilon zeta")
    let b = Self.fingerprint("alpha beta gamma delta epsilon theta")
    #expect(a.shingles.count == 4)
    let common = Set(a.shingles).intersection(b.shingles).count
    #expect(common == 3)
    #expect(Double(common) / Double(Set(a.shingles).union(b.shingles).count) == 0.6)
  }

  @Test func keyedFingerprintsDifferFromUnkeyed() {
    let text = TokenizedText(Self.body)
    let plain = Fingerprint(text)
    let key: @Sendable (UInt64) -> UInt64 = { SimilarityHash.mix($0 ^ 0x1234_5678) }
    let keyed = Fingerprint(text, keyed: key)
    #expect(plain.shingles.count == keyed.shingles.count)
    #expect(Set(plain.shingles).isDisjoint(with: keyed.shingles))
    // The whole-note hashes too (a guessed note's hash confirms nothing without the key), by the
    // same function: equal notes stay equal.
    #expect(keyed.exactHash == key(plain.exactHash) && keyed.maskedHash == key(plain.maskedHash))
    #expect(keyed.exactHash != plain.exactHash && keyed.maskedHash != plain.maskedHash)
  }

  @Test func fingerprintsAreFixedAcrossProcesses() {
    // Fixed values: a change of hash or normaliser changes the scheme and breaks stored histories.
    let f = Self.fingerprint("alpha beta gamma")
    #expect(f.shingles == [2_550_211_906])
    #expect(f.exactHash == 0x0c3d_283b_0902_03b9)
    #expect(SimilarityHash.mix(0) == 0xe220_a839_7b1d_cdaf)
  }

  @Test func minHashEstimatesJaccard() {
    let a = (0..<400).map { UInt32($0 * 7919) }
    let b = (100..<500).map { UInt32($0 * 7919) }
    // True Jaccard 300 / 500 = 0.6.
    let estimate = MinHash.estimate(MinHash.signature(of: a), MinHash.signature(of: b))
    #expect(abs(estimate - 0.6) < 0.12)
    #expect(MinHash.signature(of: a) == MinHash.signature(of: a.reversed()))
    #expect(MinHash.signature(of: [5]).allSatisfy { $0 == MinHash.signature(of: [5])[0] })
    #expect(MinHash.bandKeys(of: MinHash.signature(of: a)).count == MinHash.bands)
  }

  @Test func simHashOfNearCopiesIsClose() {
    let a = Self.fingerprint(Self.body)
    let b = Self.fingerprint(Self.body.replacingOccurrences(of: "level", with: "uneven"))
    let c = Self.fingerprint(Self.otherBody)
    #expect(SimHash.distance(a.simHash, b.simHash) < SimHash.distance(a.simHash, c.simHash))
  }

  @Test func parallelFingerprintsMatchSerial() {
    let texts = (0..<700).map { TokenizedText("note \($0) " + Self.body) }
    #expect(Fingerprint.make(texts) == texts.map { Fingerprint($0) })
  }
}

extension String {
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: " ", omittingEmptySubsequences: false).map {
      $0 == target ? replacement : String($0)
    }.joined(separator: " ")
  }
}

@Test func simHashSetsMajorityBits() {
  // Bit 0 set in 2 of 3 features, bit 63 in 1 of 3, bit 5 in all: 0b10_0001.
  #expect(SimHash.of([1 | 32, 1 | 32, 32 | 1 << 63]) == 0b10_0001)
  #expect(SimHash.of((0..<600).map { UInt64($0 % 3 == 0 ? 2 : 0) }) == 0)
  #expect(SimHash.of((0..<600).map { UInt64($0 % 3 == 0 ? 0 : 2) }) == 2)
}
