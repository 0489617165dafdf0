import Foundation
import Testing

/// The documentation's relative links lead somewhere: every `[text](path)` and `[label]: path` in
/// the package's Markdown files (the top level, `Docs/`, `Lexicons/`, `Benchmarks/` and any other
/// folder but hidden ones and `.build`) names a file or folder inside the package. Anchors
/// (`#section`) are not checked; links with a scheme (`https:`, `mailto:`) are left alone; links
/// in code (fenced blocks, `code spans`) are not links.
@Suite struct DocsTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().standardizedFileURL

  /// Every Markdown file of the package, relative to its root, sorted.
  static func markdownFiles() -> [String] {
    guard
      let walk = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isDirectoryKey])
    else { return [] }
    var files: [String] = []
    for case let url as URL in walk {
      let name = url.lastPathComponent
      if name.hasPrefix(".") {
        walk.skipDescendants()
        continue
      }
      if url.pathExtension.lowercased() == "md" {
        files.append(String(url.standardizedFileURL.path.dropFirst(root.path.count + 1)))
      }
    }
    return files.sorted()
  }

  /// The link targets of a Markdown text, with their line numbers.
  static func links(in text: String) -> [(line: Int, target: String)] {
    var found: [(Int, String)] = []
    var fence: String?
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = raw.drop { $0 == " " }
      if let marker = fence {
        if trimmed.hasPrefix(marker) { fence = nil }
        continue
      }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        fence = String(trimmed.prefix(3))
        continue
      }
      let line = withoutCodeSpans(String(raw))
      // A reference definition: `[label]: target`.
      if let definition = line.firstMatch(of: /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/) {
        found.append((index + 1, String(definition.1)))
        continue
      }
      // Inline links and images: `[text](target "title")`.
      for match in line.matches(of: /\]\(\s*<?([^\s)>]+)>?(?:\s+"[^"]*")?\s*\)/) {
        found.append((index + 1, String(match.1)))
      }
    }
    return found
  }

  /// `line` with each code span (text between equal runs of backticks) blanked out.
  static func withoutCodeSpans(_ line: String) -> String {
    line.replacing(/(`+)[^`]*?\1/, with: "``")
  }

  /// The file a relative link names, or nil for one that is not a relative path (a URL, an
  /// anchor in the same file).
  static func path(of target: String) -> String? {
    if target.hasPrefix("#") || target.contains("://") || target.hasPrefix("mailto:") { return nil }
    var path = target
    if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
    return path.removingPercentEncoding ?? path
  }

  @Test func everyRelativeMarkdownLinkResolvesInsideThePackage() throws {
    let files = Self.markdownFiles()
    #expect(files.contains("README.md"))
    #expect(files.contains("Docs/Architecture.md"))
    #expect(files.contains("Lexicons/README.md"))
    #expect(files.contains("Benchmarks/accuracy/README.md"))
    var checked = 0
    var broken: [String] = []
    for file in files {
      let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
      let folder = Self.root.appendingPathComponent(file).deletingLastPathComponent()
      for (line, target) in Self.links(in: text) {
        guard let path = Self.path(of: target) else { continue }
        checked += 1
        let resolved =
          (path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path))
          .standardizedFileURL
        let inside =
          resolved.path == Self.root.path || resolved.path.hasPrefix(Self.root.path + "/")
        if !inside {
          broken.append("\(file):\(line): \(target) is outside the package")
        } else if path.isEmpty || !FileManager.default.fileExists(atPath: resolved.path) {
          broken.append("\(file):\(line): \(target) does not exist")
        }
      }
    }
    #expect(broken == [])
    #expect(checked > 15)  // the links were really found
  }

  /// Source comments and prose name documents by path (`see Docs/Tokenization.md`) without a link:
  /// each `Docs/….md` named in the sources, the tests or the Markdown files exists.
  @Test func everyDocumentNamedInTheSourcesExists() throws {
    var named: [String: String] = [:]  // document → where it is first named
    var files = Self.markdownFiles()
    for folder in ["Sources", "Tests"] {
      guard
        let walk = FileManager.default.enumerator(
          atPath: Self.root.appendingPathComponent(folder).path)
      else { continue }
      for case let path as String in walk where path.hasSuffix(".swift") {
        files.append(folder + "/" + path)
      }
    }
    for file in files {
      let text = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
      for match in text.matches(of: /(?:^|[^\w\/.])(Docs\/[A-Za-z0-9_.-]+\.md)/)
      where named[String(match.1)] == nil {
        named[String(match.1)] = file
      }
    }
    #expect(named["Docs/Tokenization.md"] != nil)  // the search really ran
    let missing = named.keys.sorted().filter {
      !FileManager.default.fileExists(atPath: Self.root.appendingPathComponent($0).path)
    }
    #expect(missing.map { "\($0) (named in \(named[$0]!))" } == [])
  }

  @Test func linksAreFoundOutsideCodeOnly() {
    let text = """
      See [the rules](Docs/Rules.md#units) and ![logo](img/logo.png "Logo").
      `[not](a-link.md)` and [site](https://example.org) and [here](#anchor).
      ```
      [also not](fenced.md)
      ```
      [ref]: Docs/Billing.md
      """
    #expect(
      Self.links(in: text).map(\.target) == [
        "Docs/Rules.md#units", "img/logo.png", "https://example.org", "#anchor", "Docs/Billing.md",
      ])
    #expect(Self.links(in: text).map(\.line) == [1, 1, 2, 2, 6])
    #expect(
      ["Docs/Rules.md#units", "https://example.org", "#anchor", "a%20b.md?x"].map(Self.path(of:))
        == ["Docs/Rules.md", nil, nil, "a b.md"])
  }
}
