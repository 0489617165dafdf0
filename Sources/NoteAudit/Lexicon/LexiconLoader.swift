import Foundation

/// Loads lexicon folders into one compiled `Lexicon`.
///
/// Folders are layered: the bundled lexicons first, then each `--lexicons DIR` in order. An entry in a
/// later folder replaces the entry with the same id; `@remove id` drops one. Inside one folder an id
/// may appear only once.
public enum LexiconLoader {
  /// The outcome of loading: the lexicon plus every problem found (the lexicon is still usable).
  public struct Loaded: Sendable {
    package var lexicon: Lexicon
    public var problems: [LexiconProblem]
  }

  /// Loads and compiles `directories` in order.
  public static func load(directories: [String]) -> Loaded {
    var problems: [LexiconProblem] = []
    var order: [String] = []
    var byID: [String: LexiconEntry] = [:]
    for directory in directories {
      var seenInLayer: [String: LexiconEntry] = [:]
      let files = lexiconFiles(in: directory, problems: &problems)
      // Each file is read and parsed on its own, on both cores; what they hold is merged below in
      // file order, so layering and duplicate ids come out as one pass would have them.
      let parsedFiles = Parallel.map(count: files.count, chunk: 1) { n in
        do {
          let data = try Data(contentsOf: URL(fileURLWithPath: files[n]))
          return Result<LexiconParser, LexiconProblem>.success(
            LexiconParser(text: String(decoding: data, as: UTF8.self), file: files[n]))
        } catch {
          return .failure(
            LexiconProblem(
              file: files[n], line: 0, message: "cannot read: \(error.localizedDescription)"))
        }
      }
      for (file, result) in zip(files, parsedFiles) {
        let parsed: LexiconParser
        switch result {
        case .success(let p): parsed = p
        case .failure(let problem):
          problems.append(problem)
          continue
        }
        problems += parsed.problems
        for id in parsed.removals {
          if byID.removeValue(forKey: id) == nil {
            problems.append(
              LexiconProblem(file: file, line: 0, message: "@remove: no entry '\(id)' to remove"))
          }
        }
        for entry in parsed.entries {
          if let earlier = seenInLayer[entry.id] {
            problems.append(
              LexiconProblem(
                file: entry.file, line: entry.line,
                message:
                  "duplicate id '\(entry.id)' (first at \(earlier.file):\(earlier.line)); this one is ignored"
              ))
            continue
          }
          seenInLayer[entry.id] = entry
          if byID[entry.id] == nil { order.append(entry.id) }
          byID[entry.id] = entry
        }
      }
    }
    let entries = order.compactMap { byID[$0] }
    let lexicon = Lexicon(entries: entries, problems: &problems)
    return Loaded(lexicon: lexicon, problems: problems)
  }

  /// Parses one lexicon text (for tests and embedding apps).
  public static func compile(text: String, file: String = "<memory>") -> Loaded {
    let parsed = LexiconParser(text: text, file: file)
    var problems = parsed.problems
    let lexicon = Lexicon(entries: parsed.entries, problems: &problems)
    return Loaded(lexicon: lexicon, problems: problems)
  }

  /// The `.lex` files directly in `directory`, sorted by name.
  static func lexiconFiles(in directory: String, problems: inout [LexiconProblem]) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      problems.append(LexiconProblem(file: directory, line: 0, message: "no such lexicon folder"))
      return []
    }
    guard isDirectory.boolValue else {
      return directory.hasSuffix(".lex") ? [directory] : []
    }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".lex") }.sorted().map {
      (directory as NSString).appendingPathComponent($0)
    }
  }
}

/// Finds the bundled `Lexicons/` folder from any working directory.
///
/// Looked for, in order: `$NOTEAUDIT_LEXICONS`; the checkout's `Lexicons/` when the executable is
/// inside that checkout's `.build`; beside the executable in the SwiftPM resource bundle
/// (`noteaudit_NoteAudit.resources/Lexicons`, which `swift build` creates and an install copies);
/// `<executable>/../share/noteaudit/Lexicons` (a Unix-style install); the package checkout this
/// library was built from. Unlike the generated `Bundle.module`, a missing bundle is an error
/// message, not a crash.
public enum LexiconLocator {
  public static func bundledDirectory() -> String? {
    let fm = FileManager.default
    var candidates: [String] = []
    if let env = ProcessInfo.processInfo.environment["NOTEAUDIT_LEXICONS"], !env.isEmpty {
      candidates.append(env)
    }
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
      .resolvingSymlinksInPath()
    let executableDirectory = executable.deletingLastPathComponent()
    // The checkout this library was built from: Sources/NoteAudit/Lexicon/LexiconLoader.swift →
    // ../../../Lexicons. A binary still inside that checkout's .build (a developer, the test
    // suite) reads the checkout's files, so a lexicon edit applies without a rebuild and messages
    // name the file that was edited.
    let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../..").standardized
    if executable.path.hasPrefix(checkout.appendingPathComponent(".build").path + "/") {
      candidates.append(checkout.appendingPathComponent("Lexicons").path)
    }
    for directory in [executableDirectory, Bundle.main.bundleURL] {
      candidates.append(
        directory.appendingPathComponent("noteaudit_NoteAudit.resources/Lexicons").path)
      candidates.append(
        directory.appendingPathComponent("../share/noteaudit/Lexicons").standardized.path)
    }
    candidates.append(checkout.appendingPathComponent("Lexicons").path)
    for candidate in candidates {
      var isDirectory: ObjCBool = false
      if fm.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue {
        return candidate
      }
    }
    return nil
  }
}
