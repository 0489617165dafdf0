#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One item of input: a note to audit, or a record that could not be read (the batch goes on).
public typealias InputItem = Result<NoteRecord, InputError>

/// The shape of an input.
public enum InputFormat: String, Sendable, CaseIterable {
  /// Plain text: one note per `.txt` file, a folder of them (recursive), a single file, or stdin.
  case text
  /// JSON Lines (`.jsonl`, `.ndjson`): one record object a line.
  case jsonl
  /// CSV with a header row (`.csv`).
  case csv
  /// FHIR R4: a Bulk Data export folder of `.ndjson` files, one `.ndjson` file, or a `Bundle`
  /// (`.json`); one note per `DocumentReference` (Docs/FHIR.md).
  case fhir

  /// The format a path implies: `.jsonl`/`.ndjson` and `.csv` by extension (any case); anything
  /// else — a folder, a `.txt` file, `-` — is text.
  public init(inferringFrom path: String) {
    let lower = path.lowercased()
    if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
      self = .jsonl
    } else if lower.hasSuffix(".csv") {
      self = .csv
    } else {
      self = .text
    }
  }

  /// A format named on the command line (`--input-format`): `text`/`txt`, `jsonl`/`ndjson`, `csv`,
  /// `fhir`.
  public init?(name: String) {
    switch name.lowercased() {
    case "text", "txt": self = .text
    case "jsonl", "ndjson": self = .jsonl
    case "csv": self = .csv
    case "fhir": self = .fhir
    default: return nil
    }
  }

  /// The format of `path`, looking inside where the name cannot tell: a folder holding `.ndjson`
  /// files of FHIR resources, a `.ndjson`/`.jsonl` file whose first line is a FHIR resource, and a
  /// `.json` file that is one (a `Bundle`) are `fhir`; otherwise as `init(inferringFrom:)`.
  /// Reads at most the first megabyte of one file.
  public init(detecting path: String) {
    let named = InputFormat(inferringFrom: path)
    self = named
    guard path != "-" else { return }
    let lower = path.lowercased()
    var info = stat()
    guard stat(path, &info) == 0 else { return }
    if info.st_mode & S_IFMT == S_IFDIR {
      guard let first = FHIRExportFolder.ndjsonFiles(in: path).first else { return }
      if FHIRExportFolder.startsWithResource(first) { self = .fhir }
    } else if named == .jsonl || lower.hasSuffix(".json") {
      if FHIRExportFolder.startsWithResource(path) { self = .fhir }
    }
  }
}

/// Limits that keep reading bounded whatever the input holds.
public struct InputOptions: Sendable, Hashable {
  /// The most bytes of note text kept; a longer note is cut at a UTF-8 boundary and its record
  /// flagged `truncated` (the scorer reports `note.truncated`). Default 1 MiB.
  public var maxNoteBytes: Int
  /// The longest JSONL line or CSV record read; a longer one is an error and skipped without
  /// being held in memory. Default 64 MiB.
  public var maxLineBytes: Int

  public init(maxNoteBytes: Int = 1 << 20, maxLineBytes: Int = 64 << 20) {
    self.maxNoteBytes = max(0, maxNoteBytes)
    self.maxLineBytes = max(1, maxLineBytes)
  }
}

/// The notes of one input path, streamed in input order with bounded memory.
///
/// ```swift
/// for item in NoteSource(path: "notes.jsonl") {
///   switch item {
///   case .success(let note): audit(note)
///   case .failure(let error): print(error)  // notes.jsonl:17: missing "text"
///   }
/// }
/// ```
///
/// A folder yields its `.txt` files recursively in byte order of their relative paths (the id);
/// a single file or `-` (stdin) in text format is one note (id: the path as given, `-` for stdin).
/// JSONL and CSV yield one record a line or row; malformed ones are `InputError`s naming the file
/// and line, and reading goes on. Opening a path that cannot be read yields one `InputError`.
/// Each iteration reads the input afresh (stdin can be read only once).
public struct NoteSource: Sequence, Sendable {
  public let path: String
  public let format: InputFormat
  public let options: InputOptions
  private let bytes: [UInt8]?

  /// - Parameters:
  ///   - path: a folder, a file, or `-` for stdin.
  ///   - format: nil to detect it (`InputFormat(detecting:)`: the name, and for FHIR the start of
  ///     the content).
  public init(path: String, format: InputFormat? = nil, options: InputOptions = InputOptions()) {
    self.path = path
    self.format = format ?? InputFormat(detecting: path)
    self.options = options
    bytes = nil
  }

  /// Notes from bytes already in memory (a fuzz target, a pasted document); `name` stands in for
  /// the file name in ids and errors.
  public init(
    bytes: [UInt8], name: String, format: InputFormat, options: InputOptions = InputOptions()
  ) {
    path = name
    self.format = format
    self.options = options
    self.bytes = bytes
  }

  public func makeIterator() -> Iterator { Iterator(self) }

  /// Reads lazily: each `next()` reads only as far as the next record.
  public struct Iterator: IteratorProtocol {
    private enum Reader {
      case folder(FolderReader)
      case jsonl(JSONLReader)
      case csv(CSVReader)
      case fhir(FHIRReader)
      case one(InputItem)
      case done
    }

    private var reader: Reader

    fileprivate init(_ source: NoteSource) {
      reader = Iterator.open(source)
    }

    public mutating func next() -> InputItem? {
      switch reader {
      case .folder(let r): return r.next()
      case .jsonl(let r): return r.next()
      case .csv(let r): return r.next()
      case .fhir(let r): return r.next()
      case .one(let item):
        reader = .done
        return item
      case .done: return nil
      }
    }

    private static func open(_ source: NoteSource) -> Reader {
      let path = source.path
      let options = source.options
      func streaming(_ stream: ByteStream) -> Reader {
        switch source.format {
        case .jsonl: .jsonl(JSONLReader(stream: stream, file: path, options: options))
        case .csv: .csv(CSVReader(stream: stream, file: path, options: options))
        case .text, .fhir: .done
        }
      }
      func fhir(_ bytes: [UInt8]) -> Reader {
        .fhir(
          FHIRReader(
            files: [
              FHIRFile(name: path, bytes: bytes, isDocument: FHIRExportFolder.isDocument(bytes))
            ], options: options))
      }
      func failure(_ message: String) -> Reader {
        .one(.failure(InputError(origin: RecordOrigin(file: path), message: message)))
      }
      if let bytes = source.bytes {
        if source.format == .fhir { return fhir(bytes) }
        guard source.format == .text else { return streaming(ByteStream(bytes: bytes)) }
        let text = bytes.withUnsafeBufferPointer { DecodedText($0, limit: options.maxNoteBytes) }
        var record = NoteRecord(id: path, text: text.string)
        record.truncated = text.truncated
        record.invalidUTF8 = text.invalidUTF8
        return .one(.success(record))
      }
      if path == "-" {
        if source.format == .fhir {
          switch FHIRReader.contents(
            of: FHIRFile(name: "<stdin>", bytes: nil, isDocument: true),
            limit: options.maxLineBytes, fd: STDIN_FILENO)
          {
          case .success(let bytes): return fhir(bytes)
          case .failure(let error): return .one(.failure(error))
          }
        }
        guard source.format == .text else {
          return streaming(ByteStream(fd: STDIN_FILENO, ownsFD: false))
        }
        return .one(
          TextNote.record(
            path: Array(path.utf8), id: "<stdin>", origin: "<stdin>", limit: options.maxNoteBytes))
      }
      var info = stat()
      guard stat(path, &info) == 0 else {
        return failure("cannot open: \(systemErrorMessage(errno))")
      }
      if info.st_mode & S_IFMT == S_IFDIR && source.format == .fhir {
        let files = FHIRExportFolder.ndjsonFiles(in: path)
        guard !files.isEmpty else { return failure("holds no .ndjson files of a FHIR export") }
        return .fhir(
          FHIRReader(
            files: files.map { FHIRFile(name: $0, bytes: nil, isDocument: false) }, options: options
          ))
      }
      if source.format == .fhir {
        let lower = path.lowercased()
        let isLines = lower.hasSuffix(".ndjson") || lower.hasSuffix(".jsonl")
        return .fhir(
          FHIRReader(
            files: [FHIRFile(name: path, bytes: nil, isDocument: !isLines)], options: options))
      }
      if info.st_mode & S_IFMT == S_IFDIR {
        guard source.format == .text else {
          return failure("is a folder; \(source.format.rawValue) input must be a file")
        }
        return .folder(FolderReader(root: path, options: options))
      }
      guard source.format != .text else {
        return .one(
          TextNote.record(
            path: Array(path.utf8), id: path, origin: path, limit: options.maxNoteBytes))
      }
      let fd = openForReading(path)
      guard fd >= 0 else { return failure("cannot open: \(systemErrorMessage(errno))") }
      return streaming(ByteStream(fd: fd, ownsFD: true))
    }
  }
}

/// `open(path, O_RDONLY)`, named by module: inside `Iterator` a bare `open` is its own
/// `open(_:)`.
private func openForReading(_ path: String) -> Int32 {
  #if canImport(Glibc)
    Glibc.open(path, O_RDONLY)
  #elseif canImport(Musl)
    Musl.open(path, O_RDONLY)
  #elseif canImport(Darwin)
    Darwin.open(path, O_RDONLY)
  #endif
}
