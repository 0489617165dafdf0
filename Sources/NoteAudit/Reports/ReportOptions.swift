/// What a report may reveal and how it looks.
///
/// Notes are protected health information, so the defaults reveal the least a reviewer needs
/// (minimum necessary): evidence is shown as the matched words and their position, the first few
/// pieces per element with a count of the rest, no surrounding text and never the whole note.
public struct ReportOptions: Hashable, Sendable {
  /// Embed each note's full text (`--include-text`). Ignored when `redact` is set.
  public var includeText: Bool
  /// Replace every piece of evidence text with its element kind (`[assist_level]`), keeping the
  /// positions; note text and context snippets are then never written (`--redact`).
  public var redact: Bool
  /// Bytes of surrounding text shown on each side of a piece of evidence when the note text is
  /// available (0 = the matched words only, the default; `--evidence-context` sets
  /// `readerContext`). The HTML report, which a person reads, shows `readerContext` when this is 0.
  public var snippetContext: Int
  /// The most pieces of evidence written per element (and per code of `code_fit`) in the JSON and
  /// JSON Lines reports, the first ones in text order; the rest are counted (`more_evidence`).
  /// 0 writes them all. Default 1 (`--evidence-limit`): one piece shows where an element is, and
  /// the default report stays within twice the note text (Docs/JSONReport.md).
  public var evidenceLimit: Int
  /// Write each finding's suggestion in the JSON and JSON Lines reports (`--suggestions`). Off by
  /// default: a rule's suggestion is mostly the same sentence on every finding, so a batch report
  /// would repeat it thousands of times; the terminal, HTML and editor views always show it.
  public var suggestions: Bool
  /// Colour the terminal output with ANSI escapes. The CLI decides (TTY, `NO_COLOR`).
  public var useColor: Bool
  /// Heading of the HTML and Markdown reports.
  public var title: String

  public init(
    includeText: Bool = false, redact: Bool = false, snippetContext: Int = 0,
    evidenceLimit: Int = 1, suggestions: Bool = false,
    useColor: Bool = false,
    title: String = "NoteAudit report"
  ) {
    self.includeText = includeText
    self.redact = redact
    self.snippetContext = max(0, snippetContext)
    self.evidenceLimit = max(0, evidenceLimit)
    self.suggestions = suggestions
    self.useColor = useColor
    self.title = title
  }

  /// Whether JSON evidence is written in full, for a reviewer tracing the analysis
  /// (`--evidence-context`): each piece with its line, column, lexicon entry and context, and the
  /// evidence behind each code's fit score. Otherwise a piece is its words and byte offsets.
  var tracesEvidence: Bool { snippetContext > 0 }

  /// Whether the full note text may be written.
  var writesText: Bool { includeText && !redact }

  /// The context a reader of the HTML report sees around each piece of evidence, and what
  /// `--evidence-context` asks for in the other reports: 40 bytes each side, cut to whole words.
  public static let readerContext = 40

  /// How many of `count` pieces of evidence are written under `evidenceLimit`.
  func shown(_ count: Int) -> Int { evidenceLimit == 0 ? count : min(count, evidenceLimit) }

  /// Evidence text is cut to this many bytes (on a character boundary) so that a runaway match
  /// can never carry a whole note into a report.
  static let maxEvidenceBytes = 200
}

/// The text of a note, handed to a writer next to its analysis so it can show context snippets
/// (and, with `includeText`, the whole note).
public struct NoteText: Sendable {
  public var text: String
  /// Byte ranges the similarity engine recognised as shared template (headers, disclaimers), which
  /// the HTML report greys out. Optional.
  public var templateSpans: [Range<Int>]
  let utf8: [UInt8]

  public init(_ text: String, templateSpans: [Range<Int>] = []) {
    self.text = text
    self.templateSpans = templateSpans
    self.utf8 = Array(text.utf8)
  }

  /// Byte range `range` clamped to the note and widened to whole characters.
  func characterRange(_ range: Range<Int>) -> Range<Int> {
    let lower = scalarStart(atOrBefore: min(max(range.lowerBound, 0), utf8.count))
    let upper = scalarStart(atOrAfter: min(max(range.upperBound, lower), utf8.count))
    return lower..<upper
  }

  /// The start of a context snippet that ends at `limit`: `offset`, moved forward past a word
  /// cut in half and past white space (so a snippet never begins mid-word).
  func wordStart(after offset: Int, before limit: Int) -> Int {
    var i = max(offset, 0)
    if i > 0, !utf8[i - 1].isBlank {
      while i < limit, !utf8[i].isBlank { i += 1 }
    }
    while i < limit, utf8[i].isBlank { i += 1 }
    return i
  }

  /// The end of a context snippet that starts at `limit`: `offset`, moved back before a word cut
  /// in half.
  func wordEnd(before offset: Int, after limit: Int) -> Int {
    var i = min(offset, utf8.count)
    guard i > limit else { return limit }
    if i < utf8.count, !utf8[i].isBlank {
      while i > limit, !utf8[i - 1].isBlank { i -= 1 }
    }
    while i > limit, utf8[i - 1].isBlank { i -= 1 }
    return i
  }

  /// `offset` moved back to the first byte of its character (past UTF-8 continuation bytes).
  func scalarStart(atOrBefore offset: Int) -> Int {
    var i = min(max(offset, 0), utf8.count)
    while i > 0, i < utf8.count, utf8[i] & 0xC0 == 0x80 { i -= 1 }
    return i
  }

  func scalarStart(atOrAfter offset: Int) -> Int {
    var i = min(max(offset, 0), utf8.count)
    while i < utf8.count, utf8[i] & 0xC0 == 0x80 { i += 1 }
    return i
  }
}

/// A piece of evidence as a report may show it under the options in force.
///
/// The context is kept as byte ranges of the note, written straight from its bytes
/// (`ReportBuffer.append(jsonSnippet:of:htmlSafe:)`): evidence is most of a report, and making a
/// `String` of every snippet was most of the cost of writing one.
struct EvidenceDisplay {
  /// The matched text (cut to `maxEvidenceBytes`), or `[kind]` when redacting.
  var text: String
  /// Context before and after the match, in whole characters; empty when unavailable. Reports
  /// show it with each run of whitespace (line breaks too) collapsed to one space.
  var before = 0..<0
  var after = 0..<0

  init(_ evidence: Evidence, label: String, note: NoteText?, options: ReportOptions) {
    guard !options.redact else {
      text = "[\(label)]"
      return
    }
    text = Self.clipped(evidence.text, to: ReportOptions.maxEvidenceBytes)
    guard let note, options.snippetContext > 0 else { return }
    let start = min(max(evidence.span.start, 0), note.utf8.count)
    let end = min(max(evidence.span.end, start), note.utf8.count)
    before = note.characterRange(
      note.wordStart(after: start - options.snippetContext, before: start)..<start)
    after = note.characterRange(
      end..<note.wordEnd(before: end + options.snippetContext, after: end))
  }

  var hasContext: Bool { !before.isEmpty || !after.isEmpty }

  /// The first `limit` bytes of `s` on a character boundary, with `…` when cut.
  static func clipped(_ s: String, to limit: Int) -> String {
    guard s.utf8.count > limit else { return s }
    let bytes = Array(s.utf8.prefix(limit + 1))
    var end = limit
    while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
    return String(decoding: bytes[..<end], as: UTF8.self) + "…"
  }
}

extension Finding {
  /// The message as a report may show it: under `redact`, a finding that points at note text has
  /// every single-quoted part of its message (the quoted note text, by the analyzer's convention)
  /// replaced by `'[redacted]'`.
  func displayMessage(_ options: ReportOptions) -> String {
    guard options.redact, span != nil, message.contains("'") else { return message }
    var out = ""
    var quoted = false
    for part in message.split(separator: "'", omittingEmptySubsequences: false) {
      if quoted { out += "'[redacted]" } else { out += (out.isEmpty ? "" : "'") + part }
      quoted.toggle()
    }
    return out
  }
}
