/// What the batch-level checks keep of one note once it is analysed: its clone fingerprint and
/// the facts of its visit. A few hundred bytes instead of the note, and all a batch step needs,
/// whether it runs in the process that analysed the notes (`Auditor.run`) or in another one
/// (`noteaudit shard batch`, fed by the map step of a Spark job: `encoded()`).
public struct BatchFacts: Sendable {
  var clone: (note: CloneNote, fingerprint: Fingerprint)?
  var visit: VisitFacts?

  /// Bytes for another process of the same build (`init(encoded:)` reads them back).
  public func encoded() -> [UInt8] {
    var w = BinaryWriter()
    w.optional(clone) { w, clone in
      w.write(clone.note)
      w.write(clone.fingerprint)
    }
    w.optional(visit) { w, visit in w.write(visit) }
    return w.bytes
  }

  /// The facts `encoded()` wrote; nil when the bytes are not such facts.
  public init?(encoded bytes: [UInt8]) {
    var r = BinaryReader(bytes)
    do throws(BinaryReader.Malformed) {
      clone = try r.optional { r throws(BinaryReader.Malformed) in
        (try r.cloneNote(), try r.fingerprint())
      }
      visit = try r.optional { r throws(BinaryReader.Malformed) in try r.visitFacts() }
    } catch {
      return nil
    }
    guard r.isAtEnd else { return nil }
  }

  init(clone: (note: CloneNote, fingerprint: Fingerprint)?, visit: VisitFacts?) {
    self.clone = clone
    self.visit = visit
  }
}

/// The batch-level checks over a stream of notes' facts, in input order: clone detection (against
/// earlier nights too) and visit sequences. `Auditor.run` feeds it as notes are analysed; a
/// distributed run feeds it the facts its map step collected, ordered as the input was.
///
/// ```swift
/// var checks = BatchChecks(options: options)
/// for facts in factsInInputOrder { checks.add(facts) }
/// let batch = checks.finish()
/// ```
public struct BatchChecks {
  let options: AuditOptions
  var detector: CloneDetector?
  var ledger: VisitLedger?
  var clinics = Set<String>()
  var providers = Set<String>()

  public init(options: AuditOptions) {
    self.options = options
    detector = options.clones.map {
      CloneDetector(configuration: $0, keyed: options.keyed, keyedID: options.keyedID)
    }
    ledger = options.visits.map(VisitLedger.init)
  }

  /// Adds the next note's facts (notes in input order: that order decides template samples and
  /// which of two notes is the earlier).
  public mutating func add(_ facts: BatchFacts) {
    if let (note, fingerprint) = facts.clone {
      detector?.add(fingerprint, note: note)
      clinics.insert(note.clinic ?? "")
      if let provider = note.provider { providers.insert(provider) }
    }
    if let visit = facts.visit { ledger?.add(visit) }
  }

  /// Runs the checks over everything added.
  ///
  /// - Parameter history: earlier nights' fingerprints to match tonight's notes against.
  public func finish(history: [HistoricalFingerprint] = []) -> BatchFindings {
    var batch = BatchFindings()
    if let ledger { batch.findings = ledger.finish(workers: options.workers).findings }
    if var detector {
      // A note audited again is in the history too: only its fresh fingerprint takes part.
      detector.addHistory(history)
      if let seed = options.historyTemplates { detector.seedTemplates(seed(clinics, providers)) }
      addClones(detector.detect(exporting: options.exportsFingerprints), of: detector, to: &batch)
    }
    if !options.rules.settings.isEmpty {
      batch.findings = batch.findings.compactMapValues { findings in
        let kept = options.rules.apply(to: findings)
        return kept.isEmpty ? nil : kept
      }
    }
    return batch
  }

  /// The clone matches, groups and findings of a finished clone search.
  private func addClones(
    _ result: CloneResult, of detector: CloneDetector, to batch: inout BatchFindings
  ) {
    batch.cloneGroups = result.groups
    batch.exported = result.exported
    if options.exportsFingerprints { batch.templates = result.templates }
    let (clones, findings) = Self.clones(result, id: detector.id, date: detector.date)
    batch.clones.merge(clones) { $1 }
    batch.findings.merge(findings) { $0 + $1 }
  }

  /// Each note's matches and the findings they make, by note id.
  ///
  /// In a copy-forward pair the earlier visit is the original: it lists the match, but only the
  /// later note gets the finding. Other kinds flag both notes (which one was reused is unknown).
  static func clones(
    _ result: CloneResult, id: (Int) -> String, date: (Int) -> ServiceDate?
  ) -> (clones: [String: [CloneMatch]], findings: [String: [Finding]]) {
    var originals = Set<String>()  // "index|other id"
    for pair in result.pairs where pair.kind == .copyForward {
      let (a, b) = (pair.first, pair.second)
      let (dayA, dayB) = (date(a)?.dayNumber ?? Int.min, date(b)?.dayNumber ?? Int.min)
      let aFirst = (dayA, a) <= (dayB, b)
      let (earlier, later) = aFirst ? (a, b) : (b, a)
      originals.insert("\(earlier)|\(id(later))")
    }
    var clones: [String: [CloneMatch]] = [:]
    var findings: [String: [Finding]] = [:]
    for (index, matches) in result.matches.enumerated() where !matches.isEmpty {
      let note = id(index)
      clones[note] = matches
      let flagged = matches.filter { !originals.contains("\(index)|\($0.other)") }
      if !flagged.isEmpty { findings[note, default: []] += flagged.map(CloneFinding.finding) }
    }
    return (clones, findings)
  }
}

extension BinaryWriter {
  mutating func write(_ date: ServiceDate?) {
    optional(date) { w, d in
      w.signed(d.year)
      w.unsigned(UInt64(d.month))
      w.unsigned(UInt64(d.day))
    }
  }

  mutating func write(_ note: CloneNote) {
    string(note.id)
    optional(note.patientID) { $0.string($1) }
    write(note.date)
    optional(note.provider) { $0.string($1) }
    optional(note.clinic) { $0.string($1) }
  }

  mutating func write(_ f: Fingerprint) {
    fixed(f.exactHash)
    fixed(f.maskedHash)
    fixed(f.simHash)
    unsigned(UInt64(f.tokenCount))
    array(f.shingles) { $0.unsigned(UInt64($1)) }
    array(f.valueTags) { $0.unsigned(UInt64($1)) }
    array(f.numbers) { $0.unsigned(UInt64($1)) }
  }

  mutating func write(_ v: VisitFacts) {
    string(v.noteID)
    optional(v.patientID) { $0.string($1) }
    write(v.date)
    optional(v.visit) { $0.signed($1) }
    optional(v.discipline) { $0.string($1) }
    array(v.cpt) { w, s in
      w.string(s.code)
      w.optional(s.units) { $0.signed($1) }
      w.optional(s.minutes) { $0.signed($1) }
      w.array(s.modifiers) { $0.string($1) }
      w.optional(s.charge) { $0.fixed($1.bitPattern) }
    }
    bool(v.isProgressReport)
    bool(v.isReevaluation)
    bool(v.hasObjectiveMeasure)
    // Sorted by name, so the same facts are the same bytes.
    optional(v.objectiveValues?.sorted { $0.key < $1.key }) { w, values in
      w.array(values) { w, entry in
        w.string(entry.key)
        w.fixed(entry.value.bitPattern)
      }
    }
    optional(v.provider) { $0.string($1) }
    optional(v.payer) { $0.string($1) }
    optional(v.timedMinutes) { $0.signed($1) }
  }
}

extension BinaryReader {
  typealias Failure = BinaryReader.Malformed

  /// A date as `ServiceDate(iso8601:)` would accept it: the later stages count days from it.
  mutating func date() throws(Failure) -> ServiceDate? {
    try optional { r throws(Failure) in
      guard
        let date = ServiceDate(
          checkedYear: try r.signed(), month: try r.count(atMost: 12),
          day: try r.count(atMost: 31))
      else { throw Failure(offset: 0) }
      return date
    }
  }

  mutating func optionalString() throws(Failure) -> String? {
    try optional { r throws(Failure) in try r.string() }
  }

  mutating func optionalInt() throws(Failure) -> Int? {
    try optional { r throws(Failure) in try r.signed() }
  }

  mutating func cloneNote() throws(Failure) -> CloneNote {
    CloneNote(
      id: try string(), patientID: try optionalString(), date: try date(),
      provider: try optionalString(), clinic: try optionalString())
  }

  mutating func fingerprint() throws(Failure) -> Fingerprint {
    let (exact, masked, sim) = (try fixed(), try fixed(), try fixed())
    let tokens = try count(atMost: Int(Int32.max))
    let hash32 = { (r: inout BinaryReader) throws(Failure) in
      UInt32(try r.count(atMost: Int(UInt32.max)))
    }
    let shingles = try array(hash32)
    let tags = try array { r throws(Failure) in UInt8(try r.count(atMost: 255)) }
    let numbers = try array(hash32)
    guard tags.count == shingles.count else { throw Failure(offset: 0) }
    return Fingerprint(
      exactHash: exact, maskedHash: masked, simHash: sim, shingles: shingles, valueTags: tags,
      numbers: numbers, tokenCount: tokens)
  }

  mutating func visitFacts() throws(Failure) -> VisitFacts {
    let noteID = try string()
    let patientID = try optionalString()
    let date = try date()
    let visit = try optionalInt()
    let discipline = try optionalString()
    let cpt = try array { r throws(Failure) in
      BilledService(
        code: try r.string(), units: try r.optionalInt(), minutes: try r.optionalInt(),
        modifiers: try r.array { r throws(Failure) in try r.string() },
        charge: try r.optional { r throws(Failure) in Double(bitPattern: try r.fixed()) })
    }
    let (progress, reevaluation, objective) = (try bool(), try bool(), try bool())
    let values = try optional { r throws(Failure) in
      try r.array { r throws(Failure) in (try r.string(), Double(bitPattern: try r.fixed())) }
    }
    return VisitFacts(
      noteID: noteID, patientID: patientID, date: date, visit: visit, discipline: discipline,
      cpt: cpt, isProgressReport: progress, isReevaluation: reevaluation,
      hasObjectiveMeasure: objective,
      objectiveValues: values.map { Dictionary($0, uniquingKeysWith: { a, _ in a }) },
      provider: try optionalString(), payer: try optionalString(), timedMinutes: try optionalInt())
  }
}
