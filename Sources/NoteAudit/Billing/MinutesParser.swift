/// A clock-time range documented in a note (`Time in 10:02 / out 10:40`, `10:02–10:40`).
public struct TimeRange: Sendable, Hashable {
  /// Minutes since midnight.
  public var start: Int
  public var end: Int
  /// Length in minutes; a range past midnight wraps (`23:40–00:20` is 40).
  public var minutes: Int
  public var span: SourceSpan
  /// Why the range is implausible (reversed, over 8 hours, zero length), or nil.
  public var problem: String?
}

/// The minutes a note documents, by code and in total.
public struct DocumentedMinutes: Sendable, Hashable {
  /// Minutes per code named in the text, summed per code, in first-seen order.
  public var perCode: [ServiceMinutes] = []
  /// Where each code's minutes were written.
  public var evidence: [String: [Evidence]] = [:]
  /// `Total timed treatment: 38 min`.
  public var totalTimed: Int?
  public var totalTimedEvidence: Evidence?
  /// `Total treatment time: 53 min`.
  public var totalTreatment: Int?
  public var timeRanges: [TimeRange] = []
  /// `<num> min` values with no code or label before them (`… for 23 min`).
  public var unattributed: [Int] = []
  /// Units the text says it bills, by code (`97530 x 2 units`, `TA x2u`, `3 units of 97110`), in
  /// first-seen order: the claim as the note states it, for notes that come without claim data.
  public var unitsInText: [BilledService] = []

  public init() {}

  /// The text's minutes for `code`, if it names the code with minutes.
  public func minutes(for code: String) -> Int? { perCode.first { $0.code == code }?.minutes }
}

/// Reads minutes per code, total timed and total treatment minutes, and time ranges from a note's
/// token stream using the lexicon categories `code_name` (attribute `code`), `timed_minutes`,
/// `total_timed_label`, `total_time_label`, `time_in_label`, `time_out_label` and
/// `not_treatment_time`.
///
/// A minutes value belongs to the nearest code name or total label before it on the same line, at
/// most `maximumGap` tokens away, with no other minutes value in between: `97530 x 23 min`,
/// `TherAct (97530): 23'`, `Ther act 23 minutes`, `TA x2 units (25 min)`, `Total timed treatment:
/// 38 min; total treatment time: 53 min`. The tokenizer splits `23min` and `x23'`, so those read
/// as 23. A bare `23'` counts only after a code or label (otherwise it is feet: `amb 150'`).
/// Hits in a negated, hypothetical or historical context are skipped.
///
/// ```swift
/// let minutes = MinutesParser.parse(document)
/// minutes.minutes(for: "97530")  // 23
/// ```
public enum MinutesParser {
  /// Tokens (joiners not counted) allowed between a code name and its minutes.
  public static let maximumGap = 8
  /// Ranges longer than this are implausible for one visit.
  public static let maximumRangeMinutes = 8 * 60

  /// Parses `document`, using its lexicon when it has the billing categories and the built-in
  /// `BillingLexicon` otherwise.
  public static func parse(_ document: NoteDocument) -> DocumentedMinutes {
    parse(document, categories: HitCategories(document.lexicon))
  }

  /// Parses `document` with its lexicon's categories already resolved.
  /// - Parameter unitsInText: whether to read the units the text states (`unitsInText`), which
  ///   only a note without claim data needs: the search around each code name is most of the
  ///   parse's cost.
  static func parse(_ document: NoteDocument, categories: HitCategories, unitsInText: Bool = true) -> DocumentedMinutes {
    guard categories.codeName >= 0, categories.timedMinutes >= 0 else { return parse(document.text) }
    return parse(
      text: document.text, categories: categories, matches: document.matches, modifiers: document.modifiers,
      unitsInText: unitsInText)
  }

  /// Parses a tokenized note with the built-in billing vocabulary (no context checks).
  public static func parse(_ text: TokenizedText) -> DocumentedMinutes {
    parse(text: text, categories: billingCategories, matches: BillingLexicon.lexicon.matches(in: text), modifiers: nil)
  }

  static let billingCategories = HitCategories(BillingLexicon.lexicon)

  /// No codes' evidence, with room for a few: copied per note as `ElementExtractor.noSignals` is,
  /// for the same reason.
  static let noEvidence = [String: [Evidence]](minimumCapacity: 4)

  enum Anchor {
    case code(String)
    case totalTimed
    case totalTime
  }

  /// A code name or total label that minutes after it on its line can belong to.
  struct AnchorHit {
    /// Its last token.
    var last: Int
    var line: Int
    var anchor: Anchor
  }

  /// A minutes value (`23 min`, `23'`) with its hit.
  struct MinutesHit {
    var match: LexiconMatch
    var value: Int
    /// Written with a prime (`23'`), which alone could be feet.
    var isPrime: Bool
    /// The index in `perCode` of the code the minutes belong to, or -1.
    var service = -1
  }

  /// - Parameters:
  ///   - modifiers: the hits' context (same order as `matches`): negated, hypothetical and
  ///     historical hits are skipped. Nil reads every hit.
  ///   - unitsInText: whether to read `unitsInText` (else left empty).
  static func parse(
    text: TokenizedText, categories: HitCategories, matches: [LexiconMatch], modifiers: [ContextModifiers]?,
    unitsInText readsUnits: Bool = true
  ) -> DocumentedMinutes {
    let lexicon = categories.lexicon
    var result = DocumentedMinutes()
    var excluded: [ClosedRange<Int>] = []
    let tokens = text.tokens
    func line(_ tokenIndex: Int) -> Int { text.lines.lineIndex(of: Int(tokens[tokenIndex].start)) }
    let skip: ContextModifiers = [.negated, .hypothetical, .historical]
    // The anchors, minutes hits and labelled times are counted first (a few at most) and held in
    // buffers on the stack: as arrays they cost an allocation each per note.
    var anchorHits = 0, minutesHits = 0, timeLabels = 0
    for match in matches {
      let category = categories.of(match)
      guard categories.isBilling[Int(category)] else { continue }
      switch category {
      case categories.codeName, categories.totalTimedLabel, categories.totalTimeLabel: anchorHits += 1
      case categories.timedMinutes: minutesHits += 1
      case categories.timeInLabel, categories.timeOutLabel: timeLabels += 1
      default: break
      }
    }

    withUnsafeTemporaryAllocation(of: AnchorHit.self, capacity: anchorHits) { anchorStorage in
      withUnsafeTemporaryAllocation(of: MinutesHit.self, capacity: minutesHits) { minutesStorage in
        // The times after in labels, after out labels, and room for the labelled ranges' tokens.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * timeLabels) { times in
          // At most one entry per hit counted above.
          var anchorCount = 0, minutesCount = 0
          var timesIn = FixedList(UnsafeMutableBufferPointer(rebasing: times[..<timeLabels]))
          var timesOut = FixedList(UnsafeMutableBufferPointer(rebasing: times[timeLabels..<(2 * timeLabels)]))
          func add(_ anchor: AnchorHit) {
            anchorStorage.initializeElement(at: anchorCount, to: anchor)
            anchorCount += 1
          }
          for (n, match) in matches.enumerated() {
            let category = categories.of(match)
            guard categories.isBilling[Int(category)] else { continue }
            if let modifiers, !modifiers[n].isDisjoint(with: skip) { continue }
            switch category {
            case categories.codeName:
              if let code = lexicon.hitAttributes[Int(match.entry)].code {
                add(AnchorHit(last: Int(match.last), line: line(Int(match.first)), anchor: .code(code)))
                if readsUnits, !result.unitsInText.contains(where: { $0.code == code }),
                  let units = units(near: (Int(match.first), Int(match.last)), in: text)
                {
                  result.unitsInText.append(BilledService(code: code, units: units))
                }
              }
            case categories.totalTimedLabel: add(AnchorHit(last: Int(match.last), line: line(Int(match.first)), anchor: .totalTimed))
            case categories.totalTimeLabel: add(AnchorHit(last: Int(match.last), line: line(Int(match.first)), anchor: .totalTime))
            case categories.timedMinutes:
              guard let value = text.slotValue(of: match), value >= 0, value <= Double(UnitsCommand.maximumMinutes) else { continue }
              let isPrime = tokens[Int(match.last)].kind == .symbol
              minutesStorage.initializeElement(at: minutesCount, to: MinutesHit(match: match, value: Int(value), isPrime: isPrime))
              minutesCount += 1
            case categories.notTreatmentTime: excluded.append(match.tokenRange)
            case categories.timeInLabel: if let t = timeAfter(Int(match.last), text) { timesIn.append(t) }
            case categories.timeOutLabel: if let t = timeAfter(Int(match.last), text) { timesOut.append(t) }
            default: break
            }
          }
          var anchors = UnsafeMutableBufferPointer(rebasing: anchorStorage[..<anchorCount])
          var minutes = UnsafeMutableBufferPointer(rebasing: minutesStorage[..<minutesCount])
          defer {
            anchors.deinitialize()
            minutes.deinitialize()
          }
          anchors.sort { $0.last < $1.last }
          minutes.sort { $0.match.first < $1.match.first }

          var previousMinutesEnd = -1
          var cursor = EvidenceCursor(text: text, lexicon: lexicon)
          for n in minutes.indices {
            let hit = minutes[n]
            let match = hit.match, value = hit.value
            let first = Int(match.first)
            defer { previousMinutesEnd = Int(match.last) }
            if excluded.contains(where: { $0.contains(first) }) { continue }
            let minutesLine = line(first)
            let anchor = anchors.last { a in
              a.last < first && a.last > previousMinutesEnd && a.line == minutesLine && gap(from: a.last, to: first, in: tokens) <= maximumGap
            }
            switch anchor?.anchor {
            case .code(let code)?:
              if let i = result.perCode.firstIndex(where: { $0.code == code }) {
                result.perCode[i].minutes += value
                minutes[n].service = i
              } else {
                minutes[n].service = result.perCode.count
                result.perCode.append(ServiceMinutes(code: code, minutes: value))
              }
            case .totalTimed?:
              if result.totalTimed == nil {
                result.totalTimed = value
                result.totalTimedEvidence = cursor.evidence(match)
              }
            case .totalTime?:
              if result.totalTreatment == nil { result.totalTreatment = value }
            case nil:
              if !hit.isPrime { result.unattributed.append(value) }
            }
          }
          // Each code's evidence once its minutes are known: the dictionary sized and each code
          // hashed once, each list allocated at its size, rather than a look-up and a growth per
          // minutes hit.
          if !result.perCode.isEmpty {
            var evidence = MinutesParser.noEvidence
            for (i, service) in result.perCode.enumerated() {
              var list: [Evidence] = []
              list.reserveCapacity(minutes.count { $0.service == i })
              for hit in minutes where hit.service == i { list.append(cursor.evidence(hit.match)) }
              evidence[service.code] = list
            }
            result.evidence = evidence
          }
          var inTimes = timesIn.elements, outTimes = timesOut.elements
          inTimes.sort()
          outTimes.sort()
          result.timeRanges = timeRanges(
            text, timesIn: UnsafeBufferPointer(inTimes), timesOut: UnsafeBufferPointer(outTimes),
            used: UnsafeMutableBufferPointer(rebasing: times[(2 * timeLabels)...]))
        }
      }
    }
    return result
  }

  /// Tokens strictly between `last` and `first`, joiners not counted.
  static func gap(from last: Int, to first: Int, in tokens: [Token]) -> Int {
    var count = 0
    for i in (last + 1)..<first where tokens[i].kind != .joiner { count += 1 }
    return count
  }

  // Five or six keys: a list scanned in place is cheaper than hashing into a set.
  static let unitWords: [UInt64] = ["unit", "units", "u", "un", "unts"].map(TokenKey.of)
  static let ofWord = TokenKey.of("of")
  /// `to` between two times (`10:02 to 10:40`), compared by key rather than by a lowercased string.
  static let toWord = TokenKey.of("to")
  static let minuteWords: [UInt64] = ["min", "mins", "minute", "minutes", "'", "m"].map(TokenKey.of)

  /// Units written next to a code name on its line: after it (`97530 x 2 units`, `97116 x 2u`,
  /// `Ther act performed x 2 units`) or before it (`2 units of 97110`, `3u 97530`).
  static func units(near anchor: (first: Int, last: Int), in text: TokenizedText) -> Int? {
    let tokens = text.tokens
    func isNumber(_ i: Int) -> Int? {
      guard i >= 0, i < tokens.count, tokens[i].kind == .number, let v = NumberValue.value(of: tokens[i], in: text),
        v >= 1, v <= 16, v == v.rounded()
      else { return nil }
      return Int(v)
    }
    let line = text.lines.lineIndex(of: Int(tokens[anchor.first].start))
    let starts = text.lines.lineStarts
    let lineStart = Int(starts[line])
    let lineEnd = line + 1 < starts.count ? Int(starts[line + 1]) : Int.max
    func sameLine(_ i: Int) -> Bool { i >= 0 && i < tokens.count && Int(tokens[i].start) >= lineStart && Int(tokens[i].start) < lineEnd }
    // On a line labelled "Units:" (`Units: 97110 x1, 97530 x2`) the number after a code is its units.
    // The line's first token by binary search (token starts ascend): a walk back over a paragraph
    // written as one line visited every token of it.
    var lineFirst = 0
    var upper = anchor.first
    while lineFirst < upper {
      let mid = (lineFirst + upper) / 2
      if Int(tokens[mid].start) < lineStart { lineFirst = mid + 1 } else { upper = mid }
    }
    let unitsLine = unitWords.contains(tokens[lineFirst].key)
    // After, within a few words on the line: `x 2 units`, `performed x 2 units`, `: 27 min, 3 units`.
    // Minutes (`27 min`) and codes (`(97530)`) are stepped over; any other number ends the search.
    var i = anchor.last + 1
    var words = 0
    while i < tokens.count, words < 8, sameLine(i), !isByte(tokens[i], UInt8(ascii: ";"), text) {
      if tokens[i].kind == .number {
        let isMinutes = i + 1 < tokens.count && minuteWords.contains(tokens[i + 1].key)
        if let n = isNumber(i), unitsLine && !isMinutes || (i + 1 < tokens.count && unitWords.contains(tokens[i + 1].key) && sameLine(i + 1)) {
          return n
        }
        let isCode = tokens[i].end - tokens[i].start == 5
        guard isCode || isMinutes else { break }
        i += isMinutes ? 2 : 1
        continue
      }
      if tokens[i].kind != .joiner { words += 1 }
      i += 1
    }
    // Before: N unit(s) [of] CODE.
    var j = anchor.first - 1
    if j >= 0, tokens[j].key == ofWord { j -= 1 }
    while j >= 0, tokens[j].kind == .joiner { j -= 1 }
    if j >= 1, unitWords.contains(tokens[j].key), let n = isNumber(j - 1), sameLine(j - 1) { return n }
    return nil
  }

  /// Whether `token` is exactly the one byte `byte` (what comparing its text with `";"` says,
  /// without building a string).
  static func isByte(_ token: Token, _ byte: UInt8, _ text: TokenizedText) -> Bool {
    token.end - token.start == 1 && text.bytes[Int(token.start)] == byte
  }

  /// The index of a time token right after a label (skipping joiners and `:`), or nil.
  static func timeAfter(_ last: Int, _ text: TokenizedText) -> Int? {
    var i = last + 1
    while i < text.tokens.count, i <= last + 3 {
      let token = text.tokens[i]
      if token.kind == .time || isMilitaryTime(token, text) { return i }
      guard token.kind == .joiner || (token.kind == .symbol && isByte(token, UInt8(ascii: ":"), text)) else { return nil }
      i += 1
    }
    return nil
  }

  /// A 24-hour time written without a colon after a time label ("Time in 1310").
  static func isMilitaryTime(_ token: Token, _ text: TokenizedText) -> Bool {
    guard token.kind == .number, token.end - token.start == 4, text.bytes[token.range].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
    let v = Int(NumberValue.value(of: token, in: text) ?? -1)
    return v / 100 <= 23 && v % 100 <= 59
  }

  /// Minutes since midnight of a clock time or a labelled 24-hour time ("1310").
  static func minutesOfDay(_ token: Token, _ text: TokenizedText) -> Int? {
    if isMilitaryTime(token, text), let v = NumberValue.value(of: token, in: text) { return Int(v) / 100 * 60 + Int(v) % 100 }
    return NumberValue.minutesOfDay(of: token, in: text)
  }

  /// Ranges from in/out labels (each time in paired with the next time out) and from two times
  /// joined by `-`, `–` or `to`, in text order.
  /// - Parameters:
  ///   - timesIn: token indices of the times after an in label, ascending.
  ///   - timesOut: the same for out labels.
  ///   - used: room for the labelled ranges' token indices (`timesIn.count + timesOut.count`):
  ///     a few at most, searched in place rather than held in a set or a list of their own.
  static func timeRanges(
    _ text: TokenizedText, timesIn: UnsafeBufferPointer<Int>, timesOut: UnsafeBufferPointer<Int>,
    used: UnsafeMutableBufferPointer<Int>
  ) -> [TimeRange] {
    var ranges: [TimeRange] = []
    var usedCount = 0
    func isUsed(_ i: Int) -> Bool { used[..<usedCount].contains(i) }
    for start in timesIn where !isUsed(start) {
      guard let end = timesOut.first(where: { $0 > start && !isUsed($0) }) else { continue }
      used[usedCount] = start
      used[usedCount + 1] = end
      usedCount += 2
      if let range = timeRange(text, from: start, to: end) { ranges.append(range) }
    }
    let labelled = ranges.count
    // The end of the last joined range: a time can end one range and not start the next. (No
    // earlier joined range can hold a later time: only joiners and `to` lie inside one.)
    var joinedEnd = -1
    text.tokens.withUnsafeBufferPointer { tokens in
      var i = -1
      while true {
        i = firstTime(in: tokens, from: i &+ 1)
        guard i < tokens.count else { break }
        guard i != joinedEnd, !isUsed(i) else { continue }
        var j = i + 1
        while j < tokens.count, tokens[j].kind == .joiner || (tokens[j].kind == .word && tokens[j].key == toWord) {
          j += 1
        }
        guard j > i + 1, j < tokens.count, tokens[j].kind == .time, !isUsed(j) else { continue }
        joinedEnd = j
        if let range = timeRange(text, from: i, to: j) { ranges.append(range) }
      }
    }
    // Each kind comes in text order; both together are merged by their start.
    if labelled > 0, ranges.count > labelled { ranges.sort { $0.span.start < $1.span.start } }
    return ranges
  }

  /// The index of the first time token at or after `start`, or `tokens.count`. Every token is
  /// visited and most notes hold no time: four kinds are compared per step of a bare loop over
  /// the buffer (an indexed loop over the array checked its bounds and counted at each token).
  static func firstTime(in tokens: UnsafeBufferPointer<Token>, from start: Int) -> Int {
    var i = start
    while i &+ 4 <= tokens.count {
      if tokens[i].kind == .time { return i }
      if tokens[i &+ 1].kind == .time { return i &+ 1 }
      if tokens[i &+ 2].kind == .time { return i &+ 2 }
      if tokens[i &+ 3].kind == .time { return i &+ 3 }
      i &+= 4
    }
    while i < tokens.count, tokens[i].kind != .time { i &+= 1 }
    return i
  }

  /// The range from the time token `startIndex` to the time token `endIndex`, if both read as
  /// times of day.
  static func timeRange(_ text: TokenizedText, from startIndex: Int, to endIndex: Int) -> TimeRange? {
    let tokens = text.tokens
    guard let start = minutesOfDay(tokens[startIndex], text), let end = minutesOfDay(tokens[endIndex], text)
    else { return nil }
    let wrapped = ((end - start) % 1440 + 1440) % 1440
    let span = text.span(Int(tokens[startIndex].start)..<Int(tokens[endIndex].end))
    // Spelled out only for a range with a problem.
    var shown: String { "\(text.text(of: tokens[startIndex]))–\(text.text(of: tokens[endIndex]))" }
    var problem: String?
    if wrapped == 0 {
      problem = "\(shown) has no length"
    } else if wrapped > maximumRangeMinutes {
      problem = start - end > 0 && start - end <= maximumRangeMinutes
        ? "\(shown) is reversed: the end is \(start - end) minutes before the start"
        : "\(shown) spans \(wrapped) minutes, more than 8 hours"
    }
    return TimeRange(start: start, end: end, minutes: wrapped, span: span, problem: problem)
  }
}
