import Foundation
import Testing

/// `noteaudit lexicon compile` saves the compiled lexicon in the last folder; `check` reads it and
/// answers as without it; `lexicon check` says when an edit has put it out of date.
@Suite struct LexiconCompileTests {
  @Test func aCompiledImageIsUsedUntilTheLexiconChanges() throws {
    let root = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    // The bundled lexicons copied, so that the image is written beside the copy.
    let bundled = root.appendingPathComponent("Lexicons")
    let source = CLI.samples.deletingLastPathComponent().appendingPathComponent("Lexicons")
    try FileManager.default.createDirectory(at: bundled, withIntermediateDirectories: true)
    for name in try FileManager.default.contentsOfDirectory(atPath: source.path)
    where name.hasSuffix(".lex") || name.hasSuffix(".json") {
      try FileManager.default.copyItem(
        at: source.appendingPathComponent(name), to: bundled.appendingPathComponent(name))
    }
    let site = root.appendingPathComponent("site")
    try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
    try Data("@category functional_task\nsite.zipline = ride (the|a) zipline\n".utf8).write(
      to: site.appendingPathComponent("site.lex"))
    let environment = ["NOTEAUDIT_LEXICONS": bundled.path]
    let note = CLI.samples.appendingPathComponent("ot-strong-tub-transfer.txt").path
    let before = try CLI.run(
      ["check", "--format", "json", "--lexicons", site.path, note], environment: environment)

    let compiled = try CLI.run(["lexicon", "compile", site.path], environment: environment)
    let image = site.appendingPathComponent(".compiled-lexicon").path
    #expect(compiled.status == 0)
    #expect(compiled.stderr.contains("wrote \(image) ("))
    #expect(FileManager.default.fileExists(atPath: image))
    // Only the last folder gets an image; the bundled copy is left as it was.
    #expect(
      !FileManager.default.fileExists(
        atPath: bundled.appendingPathComponent(".compiled-lexicon").path))

    let after = try CLI.run(
      ["check", "--format", "json", "--lexicons", site.path, note], environment: environment)
    #expect(after.status == before.status)
    #expect(after.stdout == before.stdout)
    let current = try CLI.run(["lexicon", "check", site.path], environment: environment)
    #expect(current.status == 0)
    #expect(!current.stderr.contains("out of date"))

    try Data("@category functional_task\nsite.zipline = ride (the|a) (zipline|zip line)\n".utf8)
      .write(to: site.appendingPathComponent("site.lex"))
    let edited = try CLI.run(["lexicon", "check", site.path], environment: environment)
    #expect(edited.status == 0)
    #expect(edited.stderr.contains("note: \(image) is out of date"))
    // Compiled again, with the edit: the new spelling is a hit of the site's entry.
    let explained = try CLI.run(
      ["check", "--explain", "--lexicons", site.path, "-"],
      stdin: "97530 x 23 min. Pt able to ride a zip line with min A.", environment: environment)
    #expect(explained.stderr.contains("site.zipline"))

    let notAFolder = try CLI.run(
      ["lexicon", "compile", site.appendingPathComponent("site.lex").path],
      environment: environment)
    #expect(notAFolder.status == 3)
    #expect(notAFolder.stderr.contains("not a folder"))
  }
}
