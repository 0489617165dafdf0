import NoteAudit

/// A billing error planted in a note's `cpt` list (ground truth for the units check).
public enum BillingDefect: String, Sendable, CaseIterable {
  /// One code billed with a unit more than the 8-minute rule gives.
  case overbilledUnits = "overbilled_units"
  /// One code billed with a unit fewer.
  case underbilledUnits = "underbilled_units"
  /// The claim's minutes for one code differ from the minutes written in the note.
  case minutesMismatch = "minutes_mismatch"
  /// A code billed that the note never mentions.
  case undocumentedCode = "undocumented_code"
}

/// One note of the corpus with the truth about it.
public struct GeneratedNote: Sendable {
  public var record: NoteRecord
  /// The id of the note this one was cloned from, if any.
  public var cloneOf: String?
  public var cloneKind: CloneKind?
  /// True when the clinical body came from a note of another clinic and now sits in this clinic's template.
  public var templateMoved: Bool
  /// UTF-8 byte offsets of the clinical body in `record.text`; everything outside is template
  /// (header, disclaimer, address, signature). Provider stock sentences are inside.
  public var clinicalRange: Range<Int>
  /// True for the short notes whose clinical content is too small to judge a clone by.
  public var isShort: Bool
  public var billingDefect: BillingDefect?
}

/// An unordered pair of note ids that are clones, with the kind of the clone.
public struct ClonePair: Hashable, Sendable {
  /// The smaller id of the two (so a pair has one spelling).
  public let first: String
  public let second: String
  public let kind: CloneKind

  public init(_ a: String, _ b: String, kind: CloneKind) {
    first = min(a, b)
    second = max(a, b)
    self.kind = kind
  }
}

/// The clone pairs a generator has planted so far.
///
/// `pairs` are the direct derivations (a note and the note it was made from) — the pairs recall is
/// measured on. Every derivation joins both notes into one clone group; two notes of the same
/// group are descended from one original, so a detector that pairs them (say visit 3 with visit 5
/// of a chain) is not wrong: measure precision with `areClones`.
public struct CloneGroundTruth: Sendable {
  public private(set) var pairs: [ClonePair] = []
  private var groups: [String: Int] = [:]
  private var groupCount = 0

  public init() {}

  /// The clone group of a note, or nil when the note is in no clone relation.
  public func group(of id: String) -> Int? { groups[id] }

  /// True when the two notes belong to the same clone group.
  public func areClones(_ a: String, _ b: String) -> Bool {
    guard a != b, let g = groups[a] else { return false }
    return groups[b] == g
  }

  mutating func record(_ id: String, cloneOf source: String, kind: CloneKind) {
    pairs.append(ClonePair(id, source, kind: kind))
    let group: Int
    if let existing = groups[source] {
      group = existing
    } else {
      group = groupCount
      groupCount += 1
      groups[source] = group
    }
    groups[id] = group
  }
}

/// A deterministic generator of realistic PT/OT daily notes with clone ground truth.
///
/// Patients are treated in episodes (a clinic, a provider, 6–24 visits 2–4 days apart) and a pool
/// of active episodes is interleaved, so the stream looks like an export sorted by nothing in
/// particular. Some patients' notes are copy-forward chains whose edits accumulate; some notes
/// reuse another patient's note (sometimes from another clinic, inside this clinic's template)
/// or copy a note exactly; many notes are short. Every clinic stamps its template (header, section
/// labels, disclaimer shared with other clinics on the same EHR, address, signature) and every
/// provider repeats personal stock sentences, so shared text is not evidence of cloning.
///
/// The same seed and configuration give the same notes, byte for byte, on every platform.
/// Memory is bounded by the active episodes and a window of recent notes, plus the ground truth.
public struct CorpusGenerator: Sendable {
  public struct Configuration: Sendable {
    public var clinics = 12
    public var providersPerClinic = 6
    /// Share of providers who are occupational therapists.
    public var occupationalTherapyShare = 0.35
    /// Patients in treatment at once (interleaved in the stream).
    public var activePatients = 400
    public var visitsPerEpisode = 6...24
    public var startDate = ServiceDate(year: 2025, month: 1, day: 6)
    /// Share of patients whose provider carries the previous note forward instead of writing anew.
    public var copyForwardPatientShare = 0.35
    /// Chance that a carried-forward chain is broken by a note written from scratch.
    public var chainRefreshRate = 0.08
    /// Chance that a note reuses another patient's note.
    public var crossPatientRate = 0.03
    /// Chance that a note is an exact copy (the same patient's last note, or the same provider's note for another patient).
    public var exactRate = 0.015
    /// Share of short notes (a sentence or two of clinical content).
    public var shortNoteRate = 0.12
    /// Chance that a visit is seen by another provider of the same clinic.
    public var coveringProviderRate = 0.1
    /// Share of notes whose `cpt` list carries a planted billing error.
    public var billingErrorRate = 0.08
    /// Keep clone pairs in `groundTruth` (turn off for very long benchmark streams).
    public var recordsGroundTruth = true

    public init() {}
  }

  public let seed: UInt64
  public let configuration: Configuration
  /// The clone pairs of every note generated so far.
  public private(set) var groundTruth = CloneGroundTruth()

  private var rng: SeededRandom
  private var clinics: [ClinicTemplate] = []
  /// `clinic * providersPerClinic + k`.
  private var providers: [Provider] = []
  private var episodes: [Episode] = []
  private var recent: [RecentNote] = []
  private var recentNext = 0
  private var notesMade = 0
  private var patientsMade = 0

  private static let recentCapacity = 256

  public init(seed: UInt64, configuration: Configuration = Configuration()) {
    self.seed = seed
    var configuration = configuration
    configuration.clinics = max(1, configuration.clinics)
    configuration.providersPerClinic = max(1, configuration.providersPerClinic)
    configuration.activePatients = max(1, configuration.activePatients)
    self.configuration = configuration
    rng = SeededRandom(seed: seed)
    var names = Set<String>()
    for c in 0..<configuration.clinics {
      clinics.append(ClinicTemplate.make(index: c, rng: &rng))
      for _ in 0..<configuration.providersPerClinic {
        let discipline = rng.chance(configuration.occupationalTherapyShare) ? "OT" : "PT"
        let provider = Provider.make(discipline: discipline, avoiding: names, rng: &rng)
        names.insert(provider.person)
        providers.append(provider)
      }
    }
    for _ in 0..<configuration.activePatients {
      episodes.append(newEpisode())
    }
  }

  /// The next note of the stream.
  public mutating func next() -> GeneratedNote {
    let slot = rng.below(episodes.count)
    var episode = episodes[slot]
    episode.visit += 1
    if episode.visit > 1 { episode.day += rng.int(in: 2...4) }
    var providerIndex = episode.provider
    if rng.chance(configuration.coveringProviderRate) {
      providerIndex =
        episode.clinic * configuration.providersPerClinic
        + rng.below(configuration.providersPerClinic)
    }
    var provider = providers[providerIndex]
    let id = Self.noteID(notesMade)
    notesMade += 1

    var body: NoteBody
    var source: (id: String, kind: CloneKind)? = nil
    var templateMoved = false
    var isShort = false
    if rng.chance(configuration.shortNoteRate) {
      body = NoteBody.short(traits: episode.traits, rng: &rng)
      provider.soap = false
      isShort = true
    } else if rng.chance(configuration.exactRate),
      let donor = exactDonor(episode: episode, provider: providerIndex)
    {
      body = donor.body
      source = (donor.id, .exact)
    } else if rng.chance(configuration.crossPatientRate),
      let donor = crossPatientDonor(patient: episode.patient)
    {
      body = donor.body
      body.lightlyEdit(traits: episode.traits, rng: &rng)
      source = (donor.id, .crossPatient)
      templateMoved = donor.clinic != episode.clinic
    } else if episode.copiesForward, let last = episode.last,
      !rng.chance(configuration.chainRefreshRate)
    {
      body = last.body
      body.carryForward(traits: episode.traits, rng: &rng)
      source = (last.id, .copyForward)
    } else {
      body = NoteBody.fresh(
        discipline: provider.discipline, vagueness: provider.vagueness, traits: episode.traits,
        rng: &rng)
    }

    let date = ServiceDate(daysSince1970: episode.day)
    let rendered = NoteRenderer.render(
      body: body, template: clinics[episode.clinic], provider: provider, date: date)
    let (cpt, defect) = billing(for: body, discipline: provider.discipline, payer: episode.payer)
    let record = NoteRecord(
      id: id, text: String(decoding: rendered.text, as: UTF8.self), patientID: episode.patientID,
      date: date,
      discipline: provider.discipline, visit: episode.visit, provider: provider.name,
      clinic: clinics[episode.clinic].name, payer: episode.payer, cpt: cpt)

    if let source, configuration.recordsGroundTruth {
      groundTruth.record(id, cloneOf: source.id, kind: source.kind)
    }
    if !isShort {
      let note = RecentNote(
        id: id, patient: episode.patient, clinic: episode.clinic, provider: providerIndex,
        body: body)
      remember(note)
      episode.last = note
    }
    episodes[slot] = episode.visit >= episode.visits ? newEpisode() : episode
    return GeneratedNote(
      record: record, cloneOf: source?.id, cloneKind: source?.kind, templateMoved: templateMoved,
      clinicalRange: rendered.clinical, isShort: isShort, billingDefect: defect)
  }

  /// `N` and eight digits: sortable, and the same for a position in every corpus.
  static func noteID(_ n: Int) -> String {
    var text = ByteText(capacity: 12)
    text.append("N")
    let digits = String(n)
    text.append(String(repeating: "0", count: max(0, 8 - digits.count)))
    text.append(digits)
    return String(decoding: text.bytes, as: UTF8.self)
  }

  // MARK: Episodes and donors

  private struct RecentNote: Sendable {
    var id: String
    var patient: Int
    var clinic: Int
    var provider: Int
    var body: NoteBody
  }

  private struct Episode: Sendable {
    var patient: Int
    var patientID: String
    var clinic: Int
    var provider: Int
    var payer: String
    var traits: EpisodeTraits
    var copiesForward: Bool
    var visits: Int
    var visit = 0
    var day: Int
    var last: RecentNote? = nil
  }

  private mutating func newEpisode() -> Episode {
    let v = Vocabulary.self
    let clinic = rng.below(configuration.clinics)
    let provider =
      clinic * configuration.providersPerClinic + rng.below(configuration.providersPerClinic)
    let patient = patientsMade
    patientsMade += 1
    var id = ByteText(capacity: 8)
    id.append("P")
    id.append(String(repeating: "0", count: max(0, 7 - String(patient).count)))
    id.append(int: patient)
    // The calendar advances with the stream: each active patient is seen every 2–4 days.
    let clock = configuration.startDate.dayNumber + notesMade * 3 / configuration.activePatients
    let traits = EpisodeTraits(
      side: rng.pick(v.sides), part: rng.pick(v.bodyParts), device: rng.pick(v.devices),
      condition: rng.pick(v.conditions), assistLevel: rng.below(v.assistLadder.count))
    return Episode(
      patient: patient, patientID: String(decoding: id.bytes, as: UTF8.self), clinic: clinic,
      provider: provider, payer: rng.pick(v.payers), traits: traits,
      copiesForward: rng.chance(configuration.copyForwardPatientShare),
      visits: rng.int(in: configuration.visitsPerEpisode), day: clock + rng.below(3))
  }

  private mutating func remember(_ note: RecentNote) {
    if recent.count < Self.recentCapacity {
      recent.append(note)
    } else {
      recent[recentNext] = note
      recentNext = (recentNext + 1) % Self.recentCapacity
    }
  }

  /// The same patient's last note when the provider copies forward, else a recent note of the same
  /// provider for another patient (an exact copy keeps the provider, so the signature matches too).
  private mutating func exactDonor(episode: Episode, provider: Int) -> RecentNote? {
    if episode.copiesForward, let last = episode.last, last.provider == provider { return last }
    return searchRecent { $0.provider == provider && $0.patient != episode.patient }
  }

  private mutating func crossPatientDonor(patient: Int) -> RecentNote? {
    searchRecent { $0.patient != patient }
  }

  private mutating func searchRecent(_ accept: (RecentNote) -> Bool) -> RecentNote? {
    guard !recent.isEmpty else { return nil }
    let start = rng.below(recent.count)
    for k in 0..<recent.count {
      let note = recent[(start + k) % recent.count]
      if accept(note) { return note }
    }
    return nil
  }

  // MARK: Billing

  /// The claim lines the note's minutes support under the CMS 8-minute rule, with a planted
  /// error in `billingErrorRate` of the notes.
  private mutating func billing(for body: NoteBody, discipline: String, payer: String)
    -> ([BilledService], BillingDefect?)
  {
    let modifier = discipline == "OT" ? "GO" : "GP"
    let kx = payer.hasPrefix("Medicare") && rng.chance(0.15)
    let units = Self.unitsByEightMinuteRule(body.interventions.map(\.minutes))
    var lines: [BilledService] = []
    for (item, count) in zip(body.interventions, units) where count > 0 {
      lines.append(
        BilledService(
          code: item.code, units: count, minutes: item.minutes,
          modifiers: kx ? [modifier, "KX"] : [modifier]))
    }
    guard !lines.isEmpty, rng.chance(configuration.billingErrorRate) else { return (lines, nil) }
    let defect = rng.pick(BillingDefect.allCases)
    let i = rng.below(lines.count)
    switch defect {
    case .overbilledUnits:
      lines[i].units = (lines[i].units ?? 0) + 1
    case .underbilledUnits:
      if (lines[i].units ?? 0) > 1 {
        lines[i].units = (lines[i].units ?? 0) - 1
      } else {
        lines.remove(at: i)
      }
    case .minutesMismatch:
      lines[i].minutes = (lines[i].minutes ?? 0) + rng.int(in: 3...10)
    case .undocumentedCode:
      let missing = ["97140", "97112", "97116", "97535", "97110"].first { code in
        !body.interventions.contains { $0.code == code }
      }
      lines.append(
        BilledService(code: missing ?? "97150", units: 1, minutes: 15, modifiers: [modifier]))
    }
    return (lines, defect)
  }

  /// Units per service: whole 15-minute blocks each, then the total's remaining units (a
  /// remainder of 8 minutes or more counts) go to the services with the most leftover minutes.
  static func unitsByEightMinuteRule(_ minutes: [Int]) -> [Int] {
    let total = minutes.reduce(0, +)
    let totalUnits = total / 15 + (total % 15 >= 8 ? 1 : 0)
    var units = minutes.map { $0 / 15 }
    var remaining = totalUnits - units.reduce(0, +)
    let byLeftover = minutes.indices.sorted { (minutes[$0] % 15, -$0) > (minutes[$1] % 15, -$1) }
    for i in byLeftover where remaining > 0 {
      units[i] += 1
      remaining -= 1
    }
    return units
  }
}
