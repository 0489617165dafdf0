import NoteAudit

/// A clinic's note template: the header, section labels, disclaimer and signature every note of
/// the clinic carries. Clinics on the same EHR share a disclaimer, so template text recurs across
/// clinics too.
struct ClinicTemplate: Sendable {
  var name: String
  var title: String
  var dateLabel: String
  var usDates: Bool
  /// Labels for S, O, A, P (SOAP notes).
  var labels: [String]
  var showsTimes: Bool
  var disclaimer: String
  var addressLine: String
  var signaturePrefix: String

  static let titles = [
    "Daily Note", "Treatment Note", "Daily Treatment Encounter", "Outpatient Therapy Daily Note",
    "Visit Note",
    "Progress/Daily Note",
  ]
  static let dateLabels = ["Date of Service:", "DOS:", "Visit Date:", "Service Date:", "Date:"]
  static let labelSets = [
    ["S:", "O:", "A:", "P:"],
    ["SUBJECTIVE:", "OBJECTIVE / TREATMENT:", "ASSESSMENT:", "PLAN:"],
    ["Subjective:", "Interventions:", "Assessment:", "Plan:"],
    ["Subjective -", "Objective -", "Assessment -", "Plan of Care -"],
    ["Pt Report:", "Treatment Provided:", "Clinical Impression:", "Plan:"],
  ]
  static let disclaimers = [
    "CONFIDENTIALITY NOTICE: This document contains protected health information. If you have received it "
      + "in error, notify the sender and destroy all copies.",
    "I certify that the services documented above were medically necessary, were provided by me or under my "
      + "direct supervision, and that the time documented reflects one-on-one skilled treatment.",
    "Note completed in the clinic's EHR; portions may have been entered using templates and drop-down "
      + "selections.",
    "Plan of care certified by referring physician. Medicare patients: therapy threshold tracked; KX modifier "
      + "applied when medically necessary services exceed the threshold.",
    "Please contact the clinic with questions regarding this patient's care. This communication is intended "
      + "only for the use of the individual or entity to which it is addressed.",
  ]
  static let signaturePrefixes = [
    "Electronically signed by ", "Signed: ", "Therapist signature: ", "E-signed: ",
  ]

  static func make(index: Int, rng: inout SeededRandom) -> ClinicTemplate {
    let v = Vocabulary.self
    let name =
      v.clinicPrefixes[index % v.clinicPrefixes.count] + " " + rng.pick(v.clinicSuffixes)
      + (index >= v.clinicPrefixes.count ? " \(index / v.clinicPrefixes.count + 1)" : "")
    var address = ByteText()
    address.append(name)
    address.append(" | ")
    address.append(int: rng.int(in: 100...9800))
    address.append(
      rng.pick([" Main St", " Oak Ave", " Commerce Blvd", " Medical Pkwy", " Elm St"]))
    address.append(" | Ph 555-01")
    address.append(twoDigits: rng.below(100))
    return ClinicTemplate(
      name: name, title: rng.pick(titles), dateLabel: rng.pick(dateLabels),
      usDates: rng.chance(0.7),
      labels: rng.pick(labelSets), showsTimes: rng.chance(0.5),
      disclaimer: rng.chance(0.4) ? "" : rng.pick(disclaimers),
      addressLine: String(decoding: address.bytes, as: UTF8.self),
      signaturePrefix: rng.pick(signaturePrefixes))
  }
}

/// A therapist: name, discipline, how they write (SOAP or narrative, line styles, boilerplate
/// habit) and their stock sentences.
struct Provider: Sendable {
  var name: String
  var discipline: String
  var soap: Bool
  var lineStyle: Int
  var totalStyle: Int
  var vagueness: Double
  var personal: [[UInt8]]

  /// The person's name without credentials; unique in a corpus so per-provider breakdowns mean one person.
  var person: String

  static func make(discipline: String, avoiding taken: Set<String>, rng: inout SeededRandom)
    -> Provider
  {
    let v = Vocabulary.self
    let credential = rng.pick(discipline == "OT" ? v.otCredentials : v.ptCredentials)
    let dummy = EpisodeTraits(side: "", part: "", device: "", condition: "", assistLevel: 0)
    var person = rng.pick(v.firstNames) + " " + rng.pick(v.lastNames)
    var attempt = 1
    while taken.contains(person) {
      attempt += 1
      person =
        rng.pick(v.firstNames) + " " + rng.pick(v.lastNames) + (attempt > 20 ? " \(attempt)" : "")
    }
    return Provider(
      name: person + ", " + credential, discipline: discipline,
      soap: rng.chance(0.7), lineStyle: rng.below(4), totalStyle: rng.below(3),
      vagueness: rng.pick([0.0, 0.05, 0.1, 0.3, 0.6]),
      personal: NoteBody.sentences(rng.int(in: 1...2), from: v.personal, traits: dummy, rng: &rng),
      person: person)
  }
}

/// Renders a note: template header, clinical body, template footer.
enum NoteRenderer {
  static let codeNames: [String: [String]] = [
    "97530": ["Ther act", "Therapeutic activities", "TherAct"],
    "97116": ["Gait training", "Gait trng", "Gait"],
    "97110": ["Ther ex", "Therapeutic exercise", "TherEx"],
    "97112": ["NMR", "Neuromuscular re-ed", "NM re-education"],
    "97535": ["Self-care/ADL training", "ADL training", "Self care mgmt"],
    "97140": ["Manual therapy", "Manual", "MT"],
  ]

  /// Returns the note text and the byte range of its clinical body (everything not template).
  static func render(
    body: NoteBody, template: ClinicTemplate, provider: Provider, date: ServiceDate
  ) -> (text: [UInt8], clinical: Range<Int>) {
    var out = ByteText(capacity: 1400)
    out.append(template.name)
    out.append(byte: 10)
    out.append(template.title)
    out.append(" - ")
    out.append(provider.discipline)
    out.append(byte: 10)
    out.append(template.dateLabel)
    out.append(byte: 32)
    appendDate(date, us: template.usDates, to: &out)
    if template.showsTimes {
      out.append("   Time in: ")
      appendClock(body.timeIn, to: &out)
      out.append("  Time out: ")
      appendClock(body.timeIn + body.timedMinutes + 5, to: &out)
    }
    out.append("\n\n")
    let start = out.bytes.count
    if provider.soap {
      appendSOAP(body, template: template, provider: provider, to: &out)
    } else {
      appendNarrative(body, provider: provider, to: &out)
    }
    let end = out.bytes.count
    out.append("\n\n")
    if !template.disclaimer.isEmpty {
      out.append(template.disclaimer)
      out.append(byte: 10)
    }
    out.append(template.addressLine)
    out.append(byte: 10)
    out.append(template.signaturePrefix)
    out.append(provider.name)
    out.append(" ")
    appendDate(date, us: template.usDates, to: &out)
    out.append(byte: 10)
    return (out.bytes, start..<end)
  }

  private static func appendSOAP(
    _ body: NoteBody, template: ClinicTemplate, provider: Provider, to out: inout ByteText
  ) {
    let label = { (i: Int) in template.labels.indices.contains(i) ? template.labels[i] : "" }
    out.append(label(0))
    out.append(byte: 32)
    appendSentences(body.sections[NoteBody.Section.subjective.rawValue], to: &out)
    out.append(byte: 10)
    out.append(label(1))
    out.append(byte: 10)
    for item in body.interventions {
      appendIntervention(item, style: provider.lineStyle, to: &out)
      out.append(byte: 10)
    }
    if !body.sections[NoteBody.Section.measures.rawValue].isEmpty {
      out.append("Measures: ")
      appendSentences(body.sections[NoteBody.Section.measures.rawValue], to: &out)
      out.append(byte: 10)
    }
    appendTotal(body, style: provider.totalStyle, to: &out)
    out.append(byte: 10)
    out.append(label(2))
    out.append(byte: 32)
    appendSentences(body.sections[NoteBody.Section.assessment.rawValue], to: &out)
    appendSentences(body.sections[NoteBody.Section.goals.rawValue], to: &out)
    appendSentences(body.sections[NoteBody.Section.boilerplate.rawValue], to: &out)
    out.append(byte: 10)
    out.append(label(3))
    out.append(byte: 32)
    appendSentences(body.sections[NoteBody.Section.plan.rawValue], to: &out)
    appendPersonal(body, provider: provider, to: &out)
  }

  private static func appendNarrative(_ body: NoteBody, provider: Provider, to out: inout ByteText)
  {
    appendSentences(body.sections[NoteBody.Section.subjective.rawValue], to: &out)
    for item in body.interventions {
      appendIntervention(item, style: provider.lineStyle, to: &out)
    }
    appendSentences(body.sections[NoteBody.Section.measures.rawValue], to: &out)
    out.append("\n")
    appendSentences(body.sections[NoteBody.Section.assessment.rawValue], to: &out)
    appendSentences(body.sections[NoteBody.Section.goals.rawValue], to: &out)
    appendSentences(body.sections[NoteBody.Section.boilerplate.rawValue], to: &out)
    appendSentences(body.sections[NoteBody.Section.plan.rawValue], to: &out)
    appendPersonal(body, provider: provider, to: &out)
    out.append("\n")
    appendTotal(body, style: provider.totalStyle, to: &out)
  }

  private static func appendSentences(_ sentences: [[UInt8]], to out: inout ByteText) {
    for sentence in sentences {
      out.append(sentence)
      out.append(byte: 32)
    }
  }

  private static func appendPersonal(_ body: NoteBody, provider: Provider, to out: inout ByteText) {
    for (i, sentence) in provider.personal.enumerated()
    where body.personalMask & (1 << UInt8(i)) != 0 {
      out.append(sentence)
      out.append(byte: 32)
    }
  }

  private static func appendIntervention(_ item: Intervention, style: Int, to out: inout ByteText) {
    let names = codeNames[item.code] ?? [item.code]
    let name = names[style % names.count]
    switch style {
    case 0:
      out.append(name)
      out.append(" (\(item.code)) x ")
      out.append(int: item.minutes)
      out.append(" min: ")
    case 1:
      out.append(item.code)
      out.append(" x ")
      out.append(int: item.minutes)
      out.append(" min - ")
    case 2:
      out.append(name)
      out.append(" (\(item.code)): ")
      out.append(int: item.minutes)
      out.append(" min. ")
    default:
      out.append(name)
      out.append(" \(item.code) (")
      out.append(int: item.minutes)
      out.append("'): ")
    }
    appendSentences(item.details, to: &out)
  }

  private static func appendTotal(_ body: NoteBody, style: Int, to out: inout ByteText) {
    switch style {
    case 0:
      out.append("Total timed: ")
      out.append(int: body.timedMinutes)
      out.append(" min")
    case 1:
      out.append("Total timed code tx: ")
      out.append(int: body.timedMinutes)
      out.append(" min; total tx time: ")
      out.append(int: body.timedMinutes + 5)
      out.append(" min")
    default:
      out.append("Timed minutes: ")
      out.append(int: body.timedMinutes)
    }
  }

  static func appendDate(_ date: ServiceDate, us: Bool, to out: inout ByteText) {
    if us {
      out.append(twoDigits: date.month)
      out.append(byte: UInt8(ascii: "/"))
      out.append(twoDigits: date.day)
      out.append(byte: UInt8(ascii: "/"))
      out.append(int: date.year)
    } else {
      out.append(int: date.year)
      out.append(byte: UInt8(ascii: "-"))
      out.append(twoDigits: date.month)
      out.append(byte: UInt8(ascii: "-"))
      out.append(twoDigits: date.day)
    }
  }

  private static func appendClock(_ minutes: Int, to out: inout ByteText) {
    out.append(twoDigits: (minutes / 60) % 24)
    out.append(byte: UInt8(ascii: ":"))
    out.append(twoDigits: minutes % 60)
  }
}
