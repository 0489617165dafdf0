/// One timed service in a note: the code, its minutes, and the sentences describing it.
struct Intervention: Sendable {
  var code: String
  var minutes: Int
  var details: [[UInt8]]
}

/// The clinical part of a note, kept as sentences so copy-forward can edit it the way a therapist
/// edits yesterday's note: change numbers and minutes, reword, add or drop a sentence.
struct NoteBody: Sendable {
  enum Section: Int, CaseIterable {
    case subjective, measures, assessment, goals, plan, boilerplate

    var pool: [Phrase] {
      switch self {
      case .subjective: Vocabulary.subjective
      case .measures: Vocabulary.measures
      case .assessment: Vocabulary.assessment
      case .goals: Vocabulary.goals
      case .plan: Vocabulary.plan
      case .boilerplate: Vocabulary.boilerplate
      }
    }
  }

  var sections: [[[UInt8]]]
  var interventions: [Intervention]
  /// Which of the provider's stock sentences this note carries (bit i = sentence i).
  var personalMask: UInt8
  /// Session start, minutes after midnight (rendered as "Time in" by clinics that show it).
  var timeIn: Int

  var timedMinutes: Int { interventions.reduce(0) { $0 + $1.minutes } }

  static func detailPool(for code: String) -> [Phrase] {
    switch code {
    case "97116": Vocabulary.gait
    case "97110": Vocabulary.exercise
    case "97112": Vocabulary.neuromuscular
    case "97535": Vocabulary.selfCare
    case "97140": Vocabulary.manual
    default: Vocabulary.therapeuticActivity
    }
  }

  static func sentence(from pool: [Phrase], traits: EpisodeTraits, rng: inout SeededRandom)
    -> [UInt8]
  {
    var text = ByteText(capacity: 96)
    text.append(rng.pick(pool), traits: traits, rng: &rng)
    // Sentences may open with a slot ("{bal} on foam ..."); a sentence starts with a capital.
    if let first = text.bytes.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") {
      text.bytes[0] = first - 32
    }
    return text.bytes
  }

  static func sentences(
    _ count: Int, from pool: [Phrase], traits: EpisodeTraits, rng: inout SeededRandom
  )
    -> [[UInt8]]
  {
    (0..<count).map { _ in sentence(from: pool, traits: traits, rng: &rng) }
  }

  /// A note written from scratch for `discipline` by a provider who uses boilerplate with
  /// probability `vagueness`.
  static func fresh(
    discipline: String, vagueness: Double, traits: EpisodeTraits, rng: inout SeededRandom
  ) -> NoteBody {
    let vague = rng.chance(vagueness)
    var interventions: [Intervention] = []
    if rng.chance(0.1) {
      // Exercise-only visit: the note a 97110 line should stand on.
      interventions.append(
        intervention("97110", details: rng.int(in: 3...5), traits: traits, rng: &rng))
    } else {
      let codes = discipline == "OT" ? otCodes : ptCodes
      var chosen: [String] = [codes[0]]
      for _ in 0..<rng.pick([0, 0, 1, 2]) {
        let code = rng.pick(codes)
        if !chosen.contains(code) { chosen.append(code) }
      }
      for code in chosen {
        interventions.append(
          intervention(code, details: vague ? 1 : rng.pick([1, 1, 2]), traits: traits, rng: &rng))
      }
    }
    var sections = [[[UInt8]]](repeating: [], count: Section.allCases.count)
    let counts: [Section: ClosedRange<Int>] = [
      .subjective: 1...2, .measures: vague ? 0...0 : 0...1, .assessment: vague ? 0...1 : 1...1,
      .goals: vague ? 0...0 : 0...1, .plan: 1...1, .boilerplate: vague ? 1...3 : 0...0,
    ]
    for section in Section.allCases {
      let n = rng.int(in: counts[section] ?? 0...0)
      sections[section.rawValue] = sentences(n, from: section.pool, traits: traits, rng: &rng)
    }
    return NoteBody(
      sections: sections, interventions: interventions,
      personalMask: UInt8(truncatingIfNeeded: rng.next()),
      timeIn: rng.int(in: 7 * 60...17 * 60))
  }

  /// A few words and one timed line: too little clinical content to judge a clone by.
  static func short(traits: EpisodeTraits, rng: inout SeededRandom) -> NoteBody {
    let (code, phrase) = rng.pick(Vocabulary.shortNotes)
    var sections = [[[UInt8]]](repeating: [], count: Section.allCases.count)
    sections[Section.subjective.rawValue] = [sentence(from: [phrase], traits: traits, rng: &rng)]
    return NoteBody(
      sections: sections,
      interventions: [Intervention(code: code, minutes: rng.int(in: 8...30), details: [])],
      personalMask: 0, timeIn: rng.int(in: 7 * 60...17 * 60))
  }

  /// The first code is the visit's main service, so most notes lead with 97530.
  static let ptCodes = ["97530", "97530", "97116", "97110", "97112", "97140"]
  static let otCodes = ["97530", "97535", "97535", "97110", "97112", "97140"]

  static func intervention(
    _ code: String, details: Int, traits: EpisodeTraits, rng: inout SeededRandom
  )
    -> Intervention
  {
    Intervention(
      code: code, minutes: rng.int(in: 8...30),
      details: sentences(details, from: detailPool(for: code), traits: traits, rng: &rng))
  }

  // MARK: Edits

  /// Yesterday's note carried forward: minutes and some numbers always change; with smaller
  /// probabilities a sentence is reworded, added or removed. Edits accumulate along a chain.
  mutating func carryForward(traits: EpisodeTraits, rng: inout SeededRandom) {
    for _ in 0..<rng.int(in: 1...2) { adjustMinutes(rng: &rng) }
    for _ in 0..<rng.int(in: 1...3) { perturbSentence(rng: &rng) }
    if rng.chance(0.3) { rewordSentence(traits: traits, rng: &rng) }
    if rng.chance(0.15) { addSentence(traits: traits, rng: &rng) }
    if rng.chance(0.12) { removeSentence(rng: &rng) }
    timeIn = rng.int(in: 7 * 60...17 * 60)
  }

  /// Another patient's note reused with light edits (numbers, perhaps the subjective line).
  mutating func lightlyEdit(traits: EpisodeTraits, rng: inout SeededRandom) {
    for _ in 0..<rng.int(in: 1...2) { perturbSentence(rng: &rng) }
    if rng.chance(0.5) { adjustMinutes(rng: &rng) }
    if rng.chance(0.4), !sections[Section.subjective.rawValue].isEmpty {
      sections[Section.subjective.rawValue][0] = Self.sentence(
        from: Vocabulary.subjective, traits: traits, rng: &rng)
    }
    timeIn = rng.int(in: 7 * 60...17 * 60)
  }

  private mutating func adjustMinutes(rng: inout SeededRandom) {
    guard !interventions.isEmpty else { return }
    let i = rng.below(interventions.count)
    interventions[i].minutes = min(max(interventions[i].minutes + rng.int(in: -4...4), 8), 38)
  }

  /// Picks a sentence anywhere in the note (sections or intervention details).
  private func randomSentence(rng: inout SeededRandom) -> (section: Int?, index: Int, sub: Int)? {
    let sectionTotal = sections.reduce(0) { $0 + $1.count }
    let detailTotal = interventions.reduce(0) { $0 + $1.details.count }
    guard sectionTotal + detailTotal > 0 else { return nil }
    var k = rng.below(sectionTotal + detailTotal)
    for (s, list) in sections.enumerated() {
      if k < list.count { return (s, k, 0) }
      k -= list.count
    }
    for (i, item) in interventions.enumerated() {
      if k < item.details.count { return (nil, i, k) }
      k -= item.details.count
    }
    return nil
  }

  private mutating func perturbSentence(rng: inout SeededRandom) {
    guard let at = randomSentence(rng: &rng) else { return }
    if let s = at.section {
      Self.perturbNumbers(&sections[s][at.index], rng: &rng)
    } else {
      Self.perturbNumbers(&interventions[at.index].details[at.sub], rng: &rng)
    }
  }

  private mutating func rewordSentence(traits: EpisodeTraits, rng: inout SeededRandom) {
    guard let at = randomSentence(rng: &rng) else { return }
    if let s = at.section {
      sections[s][at.index] = Self.sentence(
        from: Section.allCases[s].pool, traits: traits, rng: &rng)
    } else {
      let pool = Self.detailPool(for: interventions[at.index].code)
      interventions[at.index].details[at.sub] = Self.sentence(from: pool, traits: traits, rng: &rng)
    }
  }

  private mutating func addSentence(traits: EpisodeTraits, rng: inout SeededRandom) {
    let section = rng.pick([Section.subjective, .assessment, .plan, .measures])
    let sentence = Self.sentence(from: section.pool, traits: traits, rng: &rng)
    sections[section.rawValue].append(sentence)
  }

  private mutating func removeSentence(rng: inout SeededRandom) {
    let candidates = sections.indices.filter { sections[$0].count > 1 }
    guard !candidates.isEmpty else { return }
    let s = rng.pick(candidates)
    sections[s].remove(at: rng.below(sections[s].count))
  }

  /// Nudges each short number in `sentence` with probability 1/2, leaving denominators (`/56`)
  /// and codes alone, as a therapist updating reps, feet and seconds would.
  static func perturbNumbers(_ sentence: inout [UInt8], rng: inout SeededRandom) {
    var out: [UInt8] = []
    out.reserveCapacity(sentence.count + 4)
    var i = 0
    while i < sentence.count {
      let byte = sentence[i]
      guard byte >= 48 && byte <= 57 else {
        out.append(byte)
        i += 1
        continue
      }
      var j = i
      var value = 0
      while j < sentence.count, sentence[j] >= 48, sentence[j] <= 57 {
        value = value * 10 + Int(sentence[j] - 48)
        j += 1
      }
      let afterSlash = i > 0 && sentence[i - 1] == UInt8(ascii: "/")
      if j - i <= 3, !afterSlash, rng.chance(0.5) {
        let step = max(1, value / 5)
        var text = ByteText()
        text.append(int: max(0, value + (rng.chance(0.5) ? step : -step)))
        out.append(contentsOf: text.bytes)
      } else {
        out.append(contentsOf: sentence[i..<j])
      }
      i = j
    }
    sentence = out
  }
}
