public struct HTMLReportWriter: ReportWriter {
  public var options: ReportOptions
  public init(options: ReportOptions = ReportOptions()) { self.options = options }
  public mutating func begin(into out: inout ReportBuffer) {}
  public mutating func write(_ note: NoteAnalysis, text: NoteText?, into out: inout ReportBuffer) {}
  public mutating func end(summary: AuditSummary, into out: inout ReportBuffer) {}
}
