import NoteAudit

/// A tiny seeded generator of therapy-like notes with clone ground truth, for the similarity tests
/// and `noteaudit-bench similarity` (`CorpusGenerator` makes the realistic corpus).
///
/// Clinics wrap every body in their own header and footer template (with date and pain fields) and a
/// disclaimer shared by all clinics. Patients either get a fresh body each visit, or a copy-forward
/// chain (each visit copies the previous with one or two small edits, sometimes numbers only).
/// Some bodies are reused for other patients with one light edit, a third of them in another clinic's
/// template. Some notes are short (one or two sentences).
public struct SimilarityFixture: Sendable {
  public struct Note: Sendable {
    public var record: NoteRecord
    /// The clone family the note belongs to (an index into `families`), if any.
    public var family: Int?
  }

  public var notes: [Note] = []
  /// The ids of each clone family's notes (two or more).
  public var families: [[String]] = []

  /// splitmix64.
  public struct Random: Sendable {
    public var state: UInt64
    public init(state: UInt64) { self.state = state }
    public mutating func next() -> UInt64 {
      state &+= 0x9e37_79b9_7f4a_7c15
      var z = state
      z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
      z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
      return z ^ (z >> 31)
    }
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }
  }

  static func word(_ n: Int) -> String {
    let letters = Array("aeioubcdfghklmnprstvz")
    var s = ""
    var x = n + 7
    repeat {
      s.append(letters[x % letters.count])
      x /= letters.count
    } while x > 0
    return s + (n % 3 == 0 ? "ing" : n % 3 == 1 ? "ed" : "")
  }

  static func sentence(_ rng: inout Random, words: Int = 0) -> String {
    let count = words > 0 ? words : 6 + rng.int(8)
    var parts: [String] = []
    for k in 0..<count {
      if k > 0 && rng.chance(0.12) {
        parts.append(rng.chance(0.5) ? "\(1 + rng.int(20))x\(5 + rng.int(20))" : "\(rng.int(180))")
      } else {
        parts.append(word(rng.int(3000)))
      }
    }
    return parts.joined(separator: " ").capitalizedFirst + "."
  }

  /// `sentences` sentences of made-up words.
  public static func body(_ rng: inout Random, sentences: Int) -> [String] {
    (0..<sentences).map { _ in sentence(&rng) }
  }

  /// One small edit: replace a word, add a number, or add a short sentence; or, `numbersOnly`,
  /// change the digits of every number.
  static func edit(_ body: [String], _ rng: inout Random, numbersOnly: Bool) -> [String] {
    guard !body.isEmpty else { return body }
    if numbersOnly { return body.map { $0.replacingDigits(1 + rng.int(9)) } }
    var out = body
    let s = rng.int(out.count)
    var words = out[s].dropLast().split(separator: " ").map(String.init)
    if rng.chance(0.3) {
      words.append("\(rng.int(90)) reps")
    } else if rng.chance(0.5) {
      words[rng.int(words.count)] = word(rng.int(3000))
    } else {
      out.append(sentence(&rng, words: 4))
    }
    out[s] = words.joined(separator: " ") + "."
    return out
  }

  static func wrap(
    _ body: [String], clinic: Int, templates: [[String]], day: Int, rng: inout Random
  ) -> String {
    let t = templates[clinic]
    return t[0]
      + "\nDate of service: 03/\(10 + day % 18)/26 Time in: 9:\(10 + day % 40)\nPain: \(rng.int(10))/10\n"
      + "Subjective and treatment:\n" + body.joined(separator: " ") + "\n" + t[1] + "\n" + t[2]
  }

  public init(seed: UInt64 = 42, patients: Int = 300, clinics: Int = 6) {
    var rng = Random(state: seed)
    let disclaimer =
      "This note is confidential and intended only for the named patient and treating provider under HIPAA."
    let templates: [[String]] = (0..<clinics).map { c in
      var local = Random(state: seed &+ UInt64(c) &* 7919)
      let header =
        "Clinic \(SimilarityFixture.word(c)) physical therapy daily note. "
        + SimilarityFixture.sentence(&local, words: 18)
      let footer =
        SimilarityFixture.sentence(&local, words: 14) + " "
        + SimilarityFixture.sentence(&local, words: 10)
      return [header, footer, disclaimer]
    }
    var reusable: [(body: [String], family: Int)] = []
    var noteNumber = 0
    for p in 0..<patients {
      let clinic = p % clinics
      let visits = 3 + rng.int(10)
      let chain = rng.chance(0.4)
      let numbersOnly = rng.chance(0.25)
      var body = SimilarityFixture.body(&rng, sentences: 4 + rng.int(6))
      if numbersOnly { body.append("Squats 3x10 and bridges 2x15.") }
      var family: Int? = nil
      if chain {
        family = families.count
        families.append([])
      }
      for v in 0..<visits {
        var text: [String]
        var noteFamily: Int? = nil
        if chain {
          if v > 0 { body = SimilarityFixture.edit(body, &rng, numbersOnly: numbersOnly) }
          text = body
          noteFamily = family
        } else if !reusable.isEmpty && rng.chance(0.08) {
          let source = reusable.remove(at: rng.int(reusable.count))
          text = SimilarityFixture.edit(source.body, &rng, numbersOnly: false)
          noteFamily = source.family
        } else if rng.chance(0.2) {
          text = SimilarityFixture.body(&rng, sentences: 1 + rng.int(2))
        } else {
          text = SimilarityFixture.body(&rng, sentences: 4 + rng.int(6))
          if rng.chance(0.15) {
            noteFamily = families.count
            families.append([])
            reusable.append((text, noteFamily!))
          }
        }
        let useClinic =
          noteFamily != nil && !chain && rng.chance(0.33) ? (clinic + 1) % clinics : clinic
        let id = "n\(noteNumber)"
        noteNumber += 1
        let record = NoteRecord(
          id: id,
          text: SimilarityFixture.wrap(
            text, clinic: useClinic, templates: templates, day: v, rng: &rng),
          patientID: "p\(p)", date: ServiceDate(year: 2026, month: 1 + v / 28, day: 1 + v % 28),
          provider: "dr\(clinic)", clinic: "c\(useClinic)")
        notes.append(Note(record: record, family: noteFamily))
        if let f = noteFamily { families[f].append(id) }
      }
    }
    families.removeAll { $0.count < 2 }
  }

  /// Each note's patient, by note id.
  public var patientOf: [String: String] {
    Dictionary(uniqueKeysWithValues: notes.map { ($0.record.id, $0.record.patientID ?? "") })
  }
}

extension String {
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

  fileprivate func replacingDigits(_ digit: Int) -> String {
    String(map { $0.isNumber ? Character(String(digit)) : $0 })
  }
}
