import Testing
@testable import NoteAudit

/// The tokens of `text` as (text, kind) pairs, for compact expectations.
func tokenTexts(_ text: String) -> [String] {
  let t = TokenizedText(text)
  return t.tokens.map { t.text(of: $0) }
}

@Suite struct TokenizerTests {
  @Test func wordsNumbersAndUnitsSplitAtDigitLetterBoundaries() {
    #expect(
      tokenTexts("Pt amb 150' w/ RW x3, 23min") == [
        "Pt", "amb", "150", "'", "w", "/", "RW", "x", "3", ",", "23", "min",
      ])
  }

  /// Prescription shorthand with a macron reads as the word it stands for, whether the macron is
  /// combining (c̄, s̄, p̄, q̄) or precomposed (ā), and its text stays as written; a letter with any
  /// other mark, or a longer word, keeps its own key.
  @Test func macronShorthandReadsAsItsWord() {
    let t = TokenizedText(
      "amb c\u{304} RW, s\u{304} AD; pain 5/10 \u{101} tx, 2/10 p\u{304} tx q\u{304} 2h; caf\u{E9}")
    let words = t.tokens.filter { $0.kind == .word }
    let keyOf = Dictionary(words.map { (t.text(of: $0), $0.key) }, uniquingKeysWith: { a, _ in a })
    #expect(keyOf["c\u{304}"] == TokenKey.of("with"))
    #expect(keyOf["s\u{304}"] == TokenKey.of("without"))
    #expect(keyOf["\u{101}"] == TokenKey.of("before"))
    #expect(keyOf["p\u{304}"] == TokenKey.of("after"))
    #expect(keyOf["q\u{304}"] == TokenKey.of("every"))
    #expect(keyOf["caf\u{E9}"] == TokenKey.of("caf\u{E9}"))
  }

  @Test func numberShapes() {
    let t = TokenizedText(
      "8-10 reps, MMT 4-/5 and 4+/5, pain 3/10, Berg 41/56 at 10:02 on 11/16/06 or 2026-03-04, 14.2 s, 9:45am"
    )
    let kinds = t.tokens.filter { $0.kind != .word && $0.kind != .joiner }.map {
      "\(t.text(of: $0)):\($0.kind)"
    }
    #expect(
      kinds == [
        "8-10:number", "4-/5:ratio", "4+/5:ratio", "3/10:ratio", "41/56:ratio", "10:02:time",
        "11/16/06:date",
        "2026-03-04:date", "14.2:number", "9:45am:time",
      ])
  }

  /// A number said the way dictation writes it is one number token with its value: hundreds
  /// ("one hundred and fifty feet") and the digits after "point" ("twenty seven point five cm");
  /// "point" before a word that is no number stays a word ("at one point she", "three point gait").
  @Test func spokenHundredsAndDecimalsAreOneNumber() {
    let t = TokenizedText(
      "twenty seven point five cm, one hundred and fifty feet, zero point four, at one point she, three point gait"
    )
    let numbers = t.tokens.filter { $0.kind == .number }
    #expect(
      numbers.map { t.text(of: $0) } == [
        "twenty seven point five", "one hundred and fifty", "zero point four", "one", "three",
      ])
    #expect(numbers.map { NumberValue.value(of: $0, in: t) } == [27.5, 150, 0.4, 1, 3])
  }

  @Test func aMonthAndDayWithALeadingZeroIsADate() {
    let t = TokenizedText("03/09: 17 min, pain 3/10, 12/05 visit, MMT 4/5")
    let kinds = t.tokens.filter { $0.kind == .ratio || $0.kind == .date }.map {
      "\(t.text(of: $0)):\($0.kind)"
    }
    #expect(kinds == ["03/09:date", "3/10:ratio", "12/05:date", "4/5:ratio"])
  }

  @Test func sentencesSurviveAbbreviations() {
    let t = TokenizedText(
      "Pt. performed STS with min. assist for 23 min. Then amb 150 ft. Dr. Smith notified.")
    let sentences = Dictionary(grouping: t.tokens, by: \.sentence).keys.sorted()
    #expect(sentences.count == 3)
    let firstOfEach = t.tokens.filter { $0.flags.contains(.sentenceStart) }.map { t.text(of: $0) }
    #expect(firstOfEach == ["Pt", "Then", "Dr"])
  }

  @Test func lineBreaksEndSentencesOnlyWhenTheNextLineStartsOne() {
    let t = TokenizedText("Pt ambulated with RW\nand CGA.\nS: reports fatigue")
    let firstOfEach = t.tokens.filter { $0.flags.contains(.sentenceStart) }.map { t.text(of: $0) }
    #expect(firstOfEach == ["Pt", "S"])
  }

  @Test func offsetsSurviveCRLFBomTabsCurlyQuotesAndInvalidUTF8() {
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    bytes += Array("Pt\u{2019}s\tgait\r\nCGA ".utf8)
    bytes += [0xFF, 0xC3]
    bytes += Array(" caf\u{00C9} 90\u{00B0}".utf8)
    let t = TokenizedText(bytes: bytes)
    let texts = t.tokens.map { t.text(of: $0) }
    #expect(
      texts == [
        "Pt\u{2019}s", "gait", "CGA", "\u{FFFD}", "\u{FFFD}", "caf\u{00C9}", "90", "\u{00B0}",
      ])
    let cga = t.tokens[2]
    #expect(cga.start == 16)
    #expect(t.span(cga.range) == SourceSpan(start: 16, end: 19, line: 2, column: 1))
    let gait = t.tokens[1]
    #expect(t.span(gait.range).column == 6)
    #expect(t.tokens[0].key == TokenKey.of("pt's"))
    #expect(t.tokens[5].key == TokenKey.of("café"))
    // Joining every token and the bytes between them gives back the input.
    var rebuilt: [UInt8] = []
    var at = 0
    for token in t.tokens {
      rebuilt += bytes[at..<Int(token.start)]
      rebuilt += bytes[token.range]
      at = Int(token.end)
    }
    rebuilt += bytes[at...]
    #expect(rebuilt == bytes)
  }

  @Test func capitalsAreFlagged() {
    let t = TokenizedText("min A and a")
    #expect(t.tokens.map { $0.flags.contains(.allCaps) } == [false, true, false, false])
  }

  @Test func theASCIIPrefixEndsAtTheFirstByteThatIsNotASCII() {
    let texts = [
      "Pt amb 150' w/ RW", "Pt’s gait", "Sit<>stand, café", "\u{FEFF}BOM first", "ok\u{00A0}nbsp",
      "a\nb → c", "x\u{2028}y", "TE 3x10 ½ lap", "",
    ]
    for bytes in texts.map({ Array($0.utf8) }) + [[0x61, 0xFF, 0x62], [0x61, 0x62, 0x0A, 0xC3]] {
      let t = TokenizedText(bytes: bytes)
      #expect(t.asciiPrefix == (bytes.firstIndex { $0 >= 0x80 } ?? bytes.count))
      // Columns read from the prefix are the ones the line index counts.
      for token in t.tokens {
        let (line, column) = bytes.withUnsafeBufferPointer {
          t.lines.location(of: Int(token.start), in: $0)
        }
        #expect(
          t.span(token.range)
            == SourceSpan(start: Int(token.start), end: Int(token.end), line: line, column: column))
      }
    }
  }

  @Test func wordsAndTheFirstInvalidTokenAreCountedAsTheTokensAreCut() {
    let texts = ["Pt amb 150' w/ RW x3, twenty-two min", "café au lait", "", "12 34"]
    for bytes in texts.map({ Array($0.utf8) }) + [[0x61, 0xFF, 0x62, 0xFE], [0xC3]] {
      let t = TokenizedText(bytes: bytes)
      #expect(t.wordCount == t.tokens.filter { $0.kind == .word }.count)
      #expect(t.firstInvalid == (t.tokens.firstIndex { $0.kind == .invalid } ?? -1))
    }
  }

  @Test func theFirstAndLastTimeRangeCandidatesAreNotedAsTheTokensAreCut() {
    let texts = [
      "Time in 10:02 time out 10:45. Pt amb 150'",
      "TherEx 1400-1430, seventeen reps, 9:45am-10:15am", "Pt amb 150' x3", "",
      "seventeen", "10:02",
    ]
    for text in texts {
      let t = TokenizedText(text)
      let candidates = t.tokens.indices.filter {
        t.tokens[$0].kind == .time
          || (t.tokens[$0].kind == .number && t.tokens[$0].range.count == 9)
      }
      #expect(t.firstTimeCandidate == candidates.first ?? -1)
      #expect(t.lastTimeCandidate == candidates.last ?? -1)
      var seen: [Int] = []
      t.forEachTimeCandidate { seen.append($0) }
      #expect(seen == candidates)
    }
  }
}
