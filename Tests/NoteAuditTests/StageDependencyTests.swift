import Foundation
import Testing

/// The stages of `Sources/NoteAudit/` depend only on the stages before them, in the order
/// `Docs/Architecture.md` gives on its `Layers:` line, so the document and the code cannot drift
/// apart. A stage uses another when one of its files names a type declared at the top level of
/// the other's folder; a name the file declares itself (a nested `Frame`, `State`, `Line`) is its
/// own, and comments and string literals are left out.
@Suite struct StageDependencyTests {
  static let sources = DocsTests.root.appendingPathComponent("Sources/NoteAudit")

  /// The stage order as the architecture document states it.
  static func documentedLayers() throws -> [String] {
    let text = try String(
      contentsOf: DocsTests.root.appendingPathComponent("Docs/Architecture.md"), encoding: .utf8)
    let line = try #require(
      text.split(separator: "\n").first { $0.hasPrefix("Layers:") },
      "Docs/Architecture.md has no `Layers:` line")
    return line.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map {
      String($0.element)
    }
  }

  struct SourceFile {
    var stage: String
    var name: String
    var code: String
  }

  static func sourceFiles() throws -> [SourceFile] {
    var files: [SourceFile] = []
    for stage in try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted() {
      let folder = sources.appendingPathComponent(stage)
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
      where name.hasSuffix(".swift") {
        let code = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        files.append(SourceFile(stage: stage, name: name, code: withoutCommentsAndStrings(code)))
      }
    }
    return files
  }

  /// `code` with `//` comments and the contents of one-line string literals blanked.
  static func withoutCommentsAndStrings(_ code: String) -> String {
    code.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      var kept = ""
      var inString = false
      var escaped = false
      var previous: Character = " "
      for c in line {
        if inString {
          if escaped {
            escaped = false
          } else if c == "\\" {
            escaped = true
          } else if c == "\"" {
            inString = false; kept.append(c)
          }
        } else if c == "/" && previous == "/" {
          kept.removeLast()
          break
        } else {
          if c == "\"" { inString = true }
          kept.append(c)
        }
        previous = c
      }
      return kept
    }.joined(separator: "\n")
  }

  static let declarationKeywords: Set<Substring> = [
    "struct", "enum", "class", "protocol", "actor", "typealias",
  ]

  /// The type names declared in `code`: at the top level (`topLevel`) or at any depth.
  static func declaredTypes(in code: String, topLevelOnly: Bool) -> Set<String> {
    var names: Set<String> = []
    for line in code.split(separator: "\n") {
      if topLevelOnly, line.first == " " { continue }
      let words = line.split { $0 == " " || $0 == ":" || $0 == "<" || $0 == "{" || $0 == "(" }
      for (index, word) in words.enumerated().dropLast() where declarationKeywords.contains(word) {
        let name = words[index + 1]
        if name.first?.isUppercase == true { names.insert(String(name)) }
        break
      }
    }
    return names
  }

  static func identifiers(in code: String) -> Set<String> {
    Set(
      code.split { !($0.isLetter || $0.isNumber || $0 == "_") }.filter {
        $0.first?.isUppercase == true
      }.map(String.init))
  }

  @Test func stagesDependOnlyOnTheStagesBeforeThem() throws {
    let layers = try Self.documentedLayers()
    let files = try Self.sourceFiles()
    let stages = Set(files.map(\.stage))
    #expect(
      Set(layers) == stages,
      "Docs/Architecture.md's Layers: line and the folders of Sources/NoteAudit differ")

    var owner: [String: String] = [:]
    for file in files {
      for name in Self.declaredTypes(in: file.code, topLevelOnly: true) { owner[name] = file.stage }
    }
    var backwards: [String] = []
    for file in files {
      guard let rank = layers.firstIndex(of: file.stage) else { continue }
      let own = Self.declaredTypes(in: file.code, topLevelOnly: false)
      for name in Self.identifiers(in: file.code).subtracting(own).sorted() {
        guard let stage = owner[name], stage != file.stage, let used = layers.firstIndex(of: stage)
        else { continue }
        if used > rank { backwards.append("\(file.stage)/\(file.name) uses \(name) from \(stage)") }
      }
    }
    #expect(
      backwards.isEmpty, "stages used before their turn:\n\(backwards.joined(separator: "\n"))")
  }
}
