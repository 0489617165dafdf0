/// The summary part of the HTML report: headline figures and inline SVG bar charts, drawn on the
/// server side so they need no script and print as they are.
enum HTMLSummary {
  /// One bar of a chart: a label and its stacked parts `(value, css class, part name)`.
  struct Bar {
    var label: String
    var parts: [(value: Int, style: String, name: String)]
    var note: String
  }

  static func append(summary: AuditSummary, options: ReportOptions, into out: inout ReportBuffer) {
    out.append("<section class=\"cards\" aria-label=\"Summary\">")
    let n = summary.notes
    let cards: [(String, String, String)] = [
      ("Notes", String(n), ""),
      ("Mean score", TextReportWriter.oneDecimal(summary.meanScore), ""),
      ("Strong", String(summary.grades[.strong] ?? 0), "strong"),
      ("Adequate", String(summary.grades[.adequate] ?? 0), "adequate"),
      ("Weak", String(summary.grades[.weak] ?? 0), "weak"),
      (
        "Clone groups", String(summary.cloneGroups.count),
        summary.cloneGroups.isEmpty ? "" : "alert"
      ),
      ("Input errors", String(summary.errorCount), summary.errorCount == 0 ? "" : "alert"),
    ]
    for (label, value, style) in cards {
      out.append(string: "<div class=\"card \(style)\"><div class=\"value\">")
      out.append(html: value)
      out.append(string: "</div><div class=\"label\">\(label)</div></div>")
    }
    out.append("</section>\n<section class=\"charts\">")
    chart(
      "Grade distribution", id: "chart-grades",
      bars: Grade.allCases.reversed().map { grade in
        let count = summary.grades[grade] ?? 0
        return Bar(
          label: grade.rawValue, parts: [(count, grade.rawValue, grade.rawValue)],
          note: "\(count) · \(share(count, n))")
      }, scale: n, into: &out)
    chart(
      "Missing elements", id: "chart-missing",
      bars: summary.missingByFrequency.map {
        Bar(
          label: $0.kind.displayName, parts: [($0.count, "missing", "missing")],
          note: "\($0.count) · \(share($0.count, n))")
      }, scale: n, into: &out)
    for (title, id, groups) in [
      ("By provider", "chart-provider", summary.byProvider),
      ("By clinic", "chart-clinic", summary.byClinic),
    ]
    where !groups.isEmpty {
      let top = groups.sorted {
        $0.value.notes != $1.value.notes ? $0.value.notes > $1.value.notes : $0.key < $1.key
      }
      let bars = top.prefix(15).map { name, group in
        Bar(
          label: name,
          parts: Grade.allCases.reversed().map {
            (group.grades[$0] ?? 0, $0.rawValue, $0.rawValue)
          },
          note: "\(group.notes) · mean \(TextReportWriter.oneDecimal(group.meanScore))")
      }
      let more = top.count > 15 ? "The 15 largest of \(top.count)." : ""
      chart(
        title, id: id, bars: bars, scale: top.first?.value.notes ?? 0, caption: more, into: &out)
    }
    out.append("</section>\n")
    appendLists(summary: summary, options: options, into: &out)
  }

  /// Vague phrases, clone groups and input errors, as plain lists.
  private static func appendLists(
    summary: AuditSummary, options: ReportOptions, into out: inout ReportBuffer
  ) {
    let phrases = summary.vaguePhrasesByFrequency.prefix(15)
    guard !phrases.isEmpty || !summary.cloneGroups.isEmpty || summary.errorCount > 0 else { return }
    out.append("<section class=\"lists\">")
    if !phrases.isEmpty {
      out.append("<div class=\"panel\"><h2>Vague phrases</h2><ol class=\"counts\">")
      for phrase in phrases {
        out.append("<li><span>")
        out.append(html: options.redact ? "[\(phrase.tally.entryID)]" : phrase.text)
        out.append(string: "</span><b>\(phrase.tally.count)</b></li>")
      }
      out.append("</ol></div>")
    }
    if !summary.cloneGroups.isEmpty {
      out.append("<div class=\"panel\"><h2>Clone groups</h2><ul class=\"groups\">")
      for group in summary.cloneGroups.prefix(200) {
        out.append("<li><span class=\"kind\">")
        out.append(html: group.kind.rawValue)
        out.append(string: "</span> \(TextReportWriter.percent(group.similarity)) — ")
        for (i, member) in group.members.enumerated() {
          if i > 0 { out.append(", ") }
          out.append("<a class=\"note-link\" href=\"#note=")
          out.append(html: percentEncoded(member))
          out.append("\">")
          out.append(html: member)
          out.append("</a>")
        }
        out.append("</li>")
      }
      out.append("</ul></div>")
    }
    if summary.errorCount > 0 {
      out.append(
        string:
          "<div class=\"panel\"><h2>Input errors (\(summary.errorCount))</h2><ul class=\"errors\">")
      for error in summary.errors.prefix(200) {
        out.append("<li><code>")
        out.append(html: error.origin.description)
        out.append("</code> ")
        out.append(html: error.message)
        out.append("</li>")
      }
      out.append("</ul></div>")
    }
    out.append("</section>\n")
  }

  /// A horizontal bar chart; each bar's parts are stacked, scaled so `scale` fills the width.
  static func chart(
    _ title: String, id: String, bars: [Bar], scale: Int, caption: String = "",
    into out: inout ReportBuffer
  ) {
    let rowHeight = 26
    let labelWidth = 150
    let barWidth = 250
    let height = bars.count * rowHeight + 8
    out.append(string: "<figure class=\"panel chart\"><h2 id=\"\(id)-title\">\(title)</h2>")
    out.append(
      string:
        "<svg viewBox=\"0 0 520 \(height)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
        + "preserveAspectRatio=\"xMinYMin meet\"><desc id=\"\(id)-desc\">")
    out.append(html: bars.map { "\($0.label): \($0.note)" }.joined(separator: "; "))
    out.append("</desc>")
    for (row, bar) in bars.enumerated() {
      let y = row * rowHeight + 4
      out.append(
        string:
          "<g><text class=\"lbl\" x=\"\(labelWidth - 8)\" y=\"\(y + 16)\" text-anchor=\"end\">")
      out.append(html: EvidenceDisplay.clipped(bar.label, to: 22))
      out.append(
        string:
          "</text><rect class=\"track\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(barWidth)\" height=\"16\" rx=\"3\"/>"
      )
      var x = Double(labelWidth)
      for part in bar.parts where part.value > 0 {
        let width = scale == 0 ? 0 : Double(barWidth) * Double(part.value) / Double(scale)
        out.append(string: "<rect class=\"bar \(part.style)\" x=\"")
        out.append(decimal: x, places: 1)
        out.append(string: "\" y=\"\(y + 3)\" width=\"")
        out.append(decimal: width, places: 1)
        out.append("\" height=\"16\" rx=\"3\"><title>")
        out.append(html: "\(bar.label) — \(part.name): \(part.value)")
        out.append("</title></rect>")
        x += width
      }
      out.append(string: "<text class=\"val\" x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 16)\">")
      out.append(html: bar.note)
      out.append("</text></g>")
    }
    out.append("</svg>")
    if !caption.isEmpty { out.append(string: "<figcaption>\(caption)</figcaption>") }
    out.append("</figure>")
  }

  static func share(_ count: Int, _ total: Int) -> String {
    total == 0 ? "0%" : TextReportWriter.percent(Double(count) / Double(total))
  }

  /// `s` made safe for a URL fragment parameter (what the page's `URLSearchParams` decodes).
  static func percentEncoded(_ s: String) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
        UInt8(ascii: "."),
        UInt8(ascii: "/"):
        out.append(b)
      default:
        out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0xF)]]
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
