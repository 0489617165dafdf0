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
    /// Whether the tables came from a compiled image (`noteaudit lexicon compile`).
    public var image: ImageUse = .none
  }

  /// What a load made of the last folder's compiled image (`LexiconImage`).
  public enum ImageUse: Sendable, Equatable {
    /// There is none: the patterns were compiled.
    case none
    /// Its tables were read instead of compiling the patterns.
    case used
    /// It was made by another build or from other entries (a lexicon edited since): the patterns
    /// were compiled, with the same result as without it, and the image at this path is left.
    case outOfDate(path: String)
  }

  /// Loads `directories` in order. The tables come from the last folder's compiled image when
  /// this executable made it from these very entries, else the patterns are compiled.
  public static func load(directories: [String]) -> Loaded {
    var (entries, problems) = entries(directories: directories)
    var image = ImageUse.none
    var compiled: CompiledLexicon?
    if let path = LexiconImage.path(for: directories), FileManager.default.fileExists(atPath: path)
    {
      compiled = LexiconImage.read(path, entries: entries)
      image = compiled == nil ? .outOfDate(path: path) : .used
    }
    let tables = compiled ?? CompiledLexicon(compiling: entries)
    problems += tables.problems(of: entries)
    return Loaded(
      lexicon: Lexicon(entries: entries, compiled: tables), problems: problems, image: image)
  }

  /// What `saveImage` wrote, and the lexicon it compiled.
  public struct SavedImage: Sendable {
    public var path: String
    public var bytes: Int
    public var loaded: Loaded
  }

  /// Compiles `directories` and saves the tables in the last folder as its compiled image
  /// (`LexiconImage`), which later loads of the same folders by this executable read instead of
  /// compiling. Asked for by the user (`noteaudit lexicon compile`), never done on the way.
  public static func saveImage(directories: [String]) throws(LexiconProblem) -> SavedImage {
    guard let path = LexiconImage.path(for: directories) else {
      throw LexiconProblem(
        file: directories.last ?? "", line: 0,
        message: "not a folder: a compiled image is kept in the last lexicon folder")
    }
    var (entries, problems) = entries(directories: directories)
    let tables = CompiledLexicon(compiling: entries)
    problems += tables.problems(of: entries)
    let bytes: Int
    do {
      bytes = try LexiconImage.write(tables, of: entries, to: path)
    } catch let unknown as LexiconImage.UnknownExecutable {
      throw LexiconProblem(file: path, line: 0, message: "not written: \(unknown)")
    } catch {
      throw LexiconProblem(
        file: path, line: 0, message: "cannot write: \(error.localizedDescription)")
    }
    let loaded = Loaded(lexicon: Lexicon(entries: entries, compiled: tables), problems: problems)
    return SavedImage(path: path, bytes: bytes, loaded: loaded)
  }

  /// The entries of `directories` layered in order (later folders replace or remove entries by
  /// id), and the problems of reading and parsing them.
  private static func entries(directories: [String]) -> ([LexiconEntry], [LexiconProblem]) {
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
    return (order.compactMap { byID[$0] }, problems)
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
