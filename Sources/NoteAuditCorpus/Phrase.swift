/// A sentence pattern with `{slot}` holes, compiled once from a string so the phrase pools can be
/// written as readable text while rendering stays a walk over byte runs.
struct Phrase: Sendable {
  enum Part: Sendable {
    case text([UInt8])
    case slot(Slot)
  }

  /// What a hole is filled with. Episode slots (`side`, `part`, `dev`, `cond`) stay fixed for a
  /// patient so a patient's notes share vocabulary even when written independently; the rest are
  /// drawn per use.
  enum Slot: String, Sendable {
    case side, part, dev, cond, assist, cue, cuefor, task, ex, bal, adl, band, surface
    case dist, reps, sets, sec, pain, mmt, deg, wt, min, goal, steps, pct, trials, wk, freq
    case bbs, dgi, gait, hr, spo2, rpe
  }

  let parts: [Part]

  /// Compiles `pattern`; an unknown slot name is a defect in the built-in pools, caught by the tests
  /// that render every phrase.
  init(_ pattern: String) {
    var parts: [Part] = []
    var literal: [UInt8] = []
    var name: [UInt8]? = nil
    for byte in pattern.utf8 {
      if var n = name {
        if byte == UInt8(ascii: "}") {
          let slotName = String(decoding: n, as: UTF8.self)
          guard let slot = Slot(rawValue: slotName) else {
            preconditionFailure("unknown slot {\(slotName)}")
          }
          parts.append(.slot(slot))
          name = nil
        } else {
          n.append(byte)
          name = n
        }
      } else if byte == UInt8(ascii: "{") {
        if !literal.isEmpty { parts.append(.text(literal)) }
        literal = []
        name = []
      } else {
        literal.append(byte)
      }
    }
    if !literal.isEmpty { parts.append(.text(literal)) }
    self.parts = parts
  }
}

/// The patient-level facts that episode slots render.
struct EpisodeTraits: Sendable {
  var side: String
  var part: String
  var device: String
  var condition: String
  /// Index into `Vocabulary.assistLadder`; each note draws a level near it.
  var assistLevel: Int
}

extension ByteText {
  mutating func append(_ phrase: Phrase, traits: EpisodeTraits, rng: inout SeededRandom) {
    for part in phrase.parts {
      switch part {
      case .text(let bytes): append(bytes)
      case .slot(let slot): append(slot, traits: traits, rng: &rng)
      }
    }
  }

  private mutating func append(_ slot: Phrase.Slot, traits: EpisodeTraits, rng: inout SeededRandom)
  {
    let v = Vocabulary.self
    switch slot {
    case .side: append(traits.side)
    case .part: append(traits.part)
    case .dev: append(traits.device)
    case .cond: append(traits.condition)
    case .assist:
      let level = min(max(traits.assistLevel + rng.int(in: -1...1), 0), v.assistLadder.count - 1)
      append(rng.pick(v.assistLadder[level]))
    case .cue: append(rng.pick(v.cues))
    case .cuefor: append(rng.pick(v.cuePurposes))
    case .task: append(rng.pick(v.tasks))
    case .ex: append(rng.pick(v.exercises))
    case .bal: append(rng.pick(v.balanceTasks))
    case .adl: append(rng.pick(v.adls))
    case .band: append(rng.pick(v.bands))
    case .surface: append(rng.pick(v.surfaces))
    case .dist: append(int: 5 * rng.int(in: 4...80))
    case .reps: append(int: rng.int(in: 5...20))
    case .sets: append(int: rng.int(in: 1...3))
    case .sec: append(tenths: rng.int(in: 75...320))
    case .pain: append(int: rng.int(in: 0...9))
    case .mmt: append(rng.pick(v.muscleGrades))
    case .deg: append(int: 5 * rng.int(in: 10...28))
    case .wt: append(int: rng.int(in: 1...10))
    case .min: append(int: rng.int(in: 8...30))
    case .goal: append(int: rng.int(in: 1...4))
    case .steps: append(int: rng.int(in: 4...16))
    case .pct: append(int: 5 * rng.int(in: 10...20))
    case .trials:
      let n = rng.pick([5, 10])
      append(int: rng.int(in: n / 2...n))
      append(rng.chance(0.5) ? "/" : " of ")
      append(int: n)
      append(" trials")
    case .wk: append(int: rng.int(in: 2...8))
    case .freq: append(rng.pick(v.frequencies))
    case .bbs: append(int: rng.int(in: 28...54))
    case .dgi: append(int: rng.int(in: 9...22))
    case .gait:
      append("0.")
      append(twoDigits: rng.int(in: 35...99))
    case .hr: append(int: rng.int(in: 64...118))
    case .spo2: append(int: rng.int(in: 90...99))
    case .rpe: append(int: rng.int(in: 9...16))
    }
  }
}

extension Phrase: ExpressibleByStringLiteral {
  init(stringLiteral value: String) { self.init(value) }
}
