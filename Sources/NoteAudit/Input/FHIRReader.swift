#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One file of a FHIR export.
struct FHIRFile {
  /// The name in errors and `source` (the path as given, or a name for bytes in memory).
  var name: String
  /// The file's bytes when they are already in memory (stdin, a caller's buffer); else read from
  /// `name`.
  var bytes: [UInt8]?
  /// The whole file is one resource (a `Bundle` `.json`, pretty-printed or not); otherwise it is
  /// NDJSON, one resource a line.
  var isDocument: Bool
}

/// Reads a FHIR R4 export (Bulk Data NDJSON files, or Bundles) as notes: one `NoteRecord` per
/// `DocumentReference`, with the claim lines of its encounter (Docs/FHIR.md).
///
/// Two passes over the files, so that resources may come in any order and files be of any size:
/// the first keeps only an index (claim lines by encounter, where each `Binary` is, practitioner
/// and organization names); the second streams the notes, reading a note's `Binary` again by
/// its offset when the note needs it. Memory is the index plus the note being read. Bad input is
/// an `InputError` at `file:line` naming the resource, and reading goes on; claims whose
/// encounter no note named are reported after the last note.
final class FHIRReader {
  private let files: [FHIRFile]
  private let options: InputOptions
  private var index: FHIRIndex?
  private var usedEncounters = Set<String>()

  private var fileNumber = -1
  private var stream: ByteStream?
  /// Resources still to read from a Bundle: ranges of `held`, with their lines and file offsets.
  private var pending: [(range: Range<Int>, line: Int)] = []
  private var held: [UInt8] = []
  private var heldOffset = 0
  private var trailing: [InputError]?

  init(files: [FHIRFile], options: InputOptions) {
    self.files = files
    self.options = options
  }

  /// The largest Bundle document read (it is held whole while its entries are read).
  var maxDocumentBytes: Int { options.maxLineBytes }

  func next() -> InputItem? {
    if index == nil { index = buildIndex() }
    while true {
      if !pending.isEmpty {
        let (range, line) = pending.removeFirst()
        let origin = RecordOrigin(file: files[fileNumber].name, line: line)
        let offset = heldOffset + range.lowerBound
        let item = held.withUnsafeBufferPointer { buffer in
          resource(
            UnsafeBufferPointer(rebasing: buffer[range]), origin: origin, offset: offset,
            inBundle: true)
        }
        if let item { return item }
        continue
      }
      if let stream {
        guard let line = stream.nextLine(maxBytes: options.maxLineBytes) else {
          if let error = stream.takeReadError() {
            self.stream = nil
            return .failure(
              InputError(
                origin: RecordOrigin(file: files[fileNumber].name),
                message: "read failed: \(systemErrorMessage(error))"))
          }
          self.stream = nil
          continue
        }
        switch line {
        case .tooLong(let number, let length):
          return .failure(
            .lineTooLong(
              RecordOrigin(file: files[fileNumber].name, line: number), length: length,
              limit: options.maxLineBytes))
        case .bytes(let bytes, let number):
          if bytes.allSatisfy(\.isBlank) { continue }
          let origin = RecordOrigin(file: files[fileNumber].name, line: number)
          if let item = resource(
            bytes, origin: origin, offset: stream.lastLineOffset, inBundle: false)
          {
            return item
          }
          continue
        }
      }
      fileNumber += 1
      guard fileNumber < files.count else { return finish() }
      if let failure = open(fileNumber) { return failure }
    }
  }

  /// The claims no note took, once, after the last note.
  private func finish() -> InputItem? {
    if trailing == nil { trailing = index?.unmatchedClaims(usedEncounters: usedEncounters) ?? [] }
    guard let error = trailing?.first else { return nil }
    trailing?.removeFirst()
    return .failure(error)
  }

  /// Starts reading file `n`: a stream of lines, or a document held whole. An error when it
  /// cannot be read.
  private func open(_ n: Int) -> InputItem? {
    let file = files[n]
    if file.isDocument {
      switch FHIRReader.contents(of: file, limit: maxDocumentBytes) {
      case .failure(let error): return .failure(error)
      case .success(let bytes):
        held = bytes
        heldOffset = 0
        pending = [(0..<bytes.count, 1)]
        return nil
      }
    }
    if let bytes = file.bytes {
      stream = ByteStream(bytes: bytes)
      return nil
    }
    let fd = FHIRReader.openFile(file.name)
    guard fd >= 0 else {
      return .failure(
        InputError(
          origin: RecordOrigin(file: file.name),
          message: "cannot open: \(systemErrorMessage(errno))"))
    }
    stream = ByteStream(fd: fd, ownsFD: true)
    return nil
  }

  /// One resource of the second pass: a note, an error, or nil for a resource that is read
  /// elsewhere (a claim, a Binary) or a Bundle whose entries are now pending.
  private func resource(
    _ bytes: UnsafeBufferPointer<UInt8>, origin: RecordOrigin, offset: Int, inBundle: Bool
  ) -> InputItem? {
    // A DocumentReference is checked as JSON by the parse that reads it; anything else here.
    var header: FHIRHeader
    do throws(RecordFailure) {
      header = try FHIRHeader(bytes, validating: false)
      if header.type != "DocumentReference" { header = try FHIRHeader(bytes) }
    } catch {
      return notJSON(bytes, origin: origin, error)
    }
    guard let type = header.type else {
      return .failure(
        InputError(
          origin: origin,
          message: "\(header.id.map { "resource \($0)" } ?? "object") has no resourceType; not FHIR"
        ))
    }
    switch type {
    case "DocumentReference":
      return note(bytes, header: header, origin: origin)
    case "Bundle":
      expand(bytes, origin: origin, offset: offset, inBundle: inBundle)
      return nil
    default:
      guard FHIRMapping.expectedTypes.contains(type) else {
        return .failure(
          InputError(
            origin: origin, message: "\(header.name): unexpected resource type \(type); skipped"))
      }
      return nil
    }
  }

  /// The error for a resource that is not JSON, naming it by what came before the fault.
  private func notJSON(
    _ bytes: UnsafeBufferPointer<UInt8>, origin: RecordOrigin, _ error: RecordFailure
  ) -> InputItem {
    let partial = FHIRHeader.partial(bytes)
    let name = partial.type == nil && partial.id == nil ? "resource" : partial.name
    return .failure(
      InputError(origin: origin, message: "\(name) is not JSON: \(error.message); skipped"))
  }

  private func note(_ bytes: UnsafeBufferPointer<UInt8>, header: FHIRHeader, origin: RecordOrigin)
    -> InputItem?
  {
    let json: FHIRDocument
    do throws(RecordFailure) {
      json = try FHIRDocument(bytes)
    } catch {
      return notJSON(bytes, origin: origin, error)
    }
    let mapped = FHIRMapping.note(
      json, header: header, origin: origin, index: index ?? FHIRIndex(), binary: binary,
      maxNoteBytes: options.maxNoteBytes)
    switch mapped {
    case nil: return nil
    case .failure(let error)?: return .failure(error)
    case .success(let note)?:
      usedEncounters.formUnion(note.encounters)
      return .success(note.record)
    }
  }

  /// Queues a Bundle's entries. A Bundle read from a line is copied first (the line's bytes do not
  /// outlive this call); one inside the held document is read where it is.
  private func expand(
    _ bytes: UnsafeBufferPointer<UInt8>, origin: RecordOrigin, offset: Int, inBundle: Bool
  ) {
    guard let entries = try? FHIRHeader.bundleEntries(bytes) else { return }
    var base = 0
    if inBundle {
      base = offset - heldOffset
    } else {
      held = Array(bytes)
      heldOffset = offset
    }
    var line = origin.line ?? 1
    var counted = 0
    var queued: [(range: Range<Int>, line: Int)] = []
    for entry in entries {
      for i in counted..<entry.lowerBound where bytes[i] == 0x0A { line += 1 }
      counted = entry.lowerBound
      queued.append(((base + entry.lowerBound)..<(base + entry.upperBound), line))
    }
    pending.insert(contentsOf: queued, at: 0)
  }

  /// A `Binary` of the export, read again from where the first pass found it; nil when there is
  /// none with that id.
  private func binary(_ id: String) -> Result<WireJSON, RecordFailure>? {
    guard let location = index?.binaries[id] else { return nil }
    let file = files[location.file]
    var bytes: [UInt8]
    if let all = file.bytes {
      guard location.offset + location.count <= all.count else {
        return .failure(RecordFailure(message: "cannot be read again"))
      }
      bytes = Array(all[location.offset..<(location.offset + location.count)])
    } else {
      let fd = FHIRReader.openFile(file.name)
      guard fd >= 0 else {
        return .failure(
          RecordFailure(message: "cannot open \(file.name): \(systemErrorMessage(errno))"))
      }
      defer { close(fd) }
      bytes = [UInt8](repeating: 0, count: location.count)
      var filled = 0
      while filled < location.count {
        let n = bytes.withUnsafeMutableBytes {
          pread(
            fd, $0.baseAddress! + filled, location.count - filled, off_t(location.offset + filled))
        }
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else {
          return .failure(RecordFailure(message: "cannot be read again from \(file.name)"))
        }
        filled += n
      }
    }
    do throws(WireJSONError) {
      return .success(try WireJSON.parse(bytes))
    } catch {
      return .failure(RecordFailure(message: "\(error)"))
    }
  }

  // MARK: The first pass

  /// Reads every file once for claims, Binaries and names. Errors are left to the second pass,
  /// which meets the same bytes.
  private func buildIndex() -> FHIRIndex {
    var index = FHIRIndex()
    for (n, file) in files.enumerated() {
      func visit(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, offset: Int) {
        // Not checked as JSON here: the second pass reports what is not.
        guard let header = try? FHIRHeader(bytes, validating: false), let type = header.type else {
          return
        }
        switch type {
        case "Claim", "ExplanationOfBenefit":
          if let claim = try? FHIRMapping.claim(
            bytes, header: header, origin: RecordOrigin(file: file.name, line: line))
          {
            index.add(claim: claim)
          }
        case "Binary":
          if let id = header.id {
            index.binaries[id] = FHIRIndex.Location(
              file: n, offset: offset, count: bytes.count,
              origin: RecordOrigin(file: file.name, line: line))
          }
        case "Practitioner", "PractitionerRole", "Organization":
          if let id = header.id, let json = try? WireJSON.parse(bytes),
            let name = FHIRMapping.resourceName(json)
          {
            index.names[FHIRReference(type: type, id: id)] = name
          }
        case "Bundle":
          guard let entries = try? FHIRHeader.bundleEntries(bytes) else { return }
          var entryLine = line
          var counted = 0
          for entry in entries {
            for i in counted..<entry.lowerBound where bytes[i] == 0x0A { entryLine += 1 }
            counted = entry.lowerBound
            visit(
              UnsafeBufferPointer(rebasing: bytes[entry]), line: entryLine,
              offset: offset + entry.lowerBound)
          }
        default:
          return
        }
      }
      if file.isDocument {
        guard case .success(let bytes) = FHIRReader.contents(of: file, limit: maxDocumentBytes)
        else { continue }
        bytes.withUnsafeBufferPointer { visit($0, line: 1, offset: 0) }
        continue
      }
      let stream: ByteStream
      if let bytes = file.bytes {
        stream = ByteStream(bytes: bytes)
      } else {
        let fd = FHIRReader.openFile(file.name)
        guard fd >= 0 else { continue }
        stream = ByteStream(fd: fd, ownsFD: true)
      }
      while let line = stream.nextLine(maxBytes: options.maxLineBytes) {
        if case .bytes(let bytes, let number) = line {
          visit(bytes, line: number, offset: stream.lastLineOffset)
        }
      }
    }
    return index
  }

  // MARK: Files

  /// A whole file (or what `fd` reads, when given), up to `limit` bytes.
  static func contents(of file: FHIRFile, limit: Int, fd given: Int32? = nil) -> Result<
    [UInt8], InputError
  > {
    if let bytes = file.bytes { return .success(bytes) }
    let origin = RecordOrigin(file: file.name)
    let fd = given ?? openFile(file.name)
    guard fd >= 0 else {
      return .failure(
        InputError(origin: origin, message: "cannot open: \(systemErrorMessage(errno))"))
    }
    let stream = ByteStream(fd: fd, ownsFD: given == nil)
    while stream.refill() > 0 {
      if stream.available > limit {
        return .failure(
          InputError(
            origin: origin,
            message:
              "larger than the \(limit)-byte limit for one JSON document; skipped (use NDJSON for large exports)"
          ))
      }
    }
    if let error = stream.takeReadError() {
      return .failure(
        InputError(origin: origin, message: "read failed: \(systemErrorMessage(error))"))
    }
    return .success(
      Array(UnsafeBufferPointer(start: stream.base + stream.start, count: stream.available)))
  }

  static func openFile(_ path: String) -> Int32 {
    #if canImport(Glibc)
      Glibc.open(path, O_RDONLY | O_CLOEXEC)
    #elseif canImport(Musl)
      Musl.open(path, O_RDONLY | O_CLOEXEC)
    #elseif canImport(Darwin)
      Darwin.open(path, O_RDONLY | O_CLOEXEC)
    #endif
  }
}

/// Finding a FHIR export on disk.
enum FHIRExportFolder {
  /// The `.ndjson` files (any case) directly in `folder`, as paths, in byte order of their names:
  /// a Bulk Data export writes one or more files per resource type into one folder.
  static func ndjsonFiles(in folder: String) -> [String] {
    guard let dir = opendir(folder) else { return [] }
    defer { closedir(dir) }
    var names: [[UInt8]] = []
    while let item = readdir(dir) {
      let name = withUnsafeBytes(of: &item.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
      guard name.count > 7, name.suffix(7).map({ $0 | 0x20 }) == Array(".ndjson".utf8) else {
        continue
      }
      names.append(name)
    }
    names.sort { $0.lexicographicallyPrecedes($1) }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return names.map { prefix + String(decoding: $0, as: UTF8.self) }.filter { path in
      var info = stat()
      return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
  }

  /// Whether the file starts with a JSON object that has a `resourceType` (read from at most its
  /// first megabyte).
  static func startsWithResource(_ path: String) -> Bool {
    let fd = FHIRReader.openFile(path)
    guard fd >= 0 else { return false }
    let stream = ByteStream(fd: fd, ownsFD: true)
    stream.refill()
    let prefix = UnsafeBufferPointer(start: stream.base + stream.start, count: stream.available)
    return FHIRHeader.sniffType(prefix) != nil
  }

  /// Whether bytes in memory are one JSON document (a pretty-printed Bundle) rather than NDJSON:
  /// their first non-blank line is not a whole resource.
  static func isDocument(_ bytes: [UInt8]) -> Bool {
    let stream = ByteStream(bytes: bytes)
    while let line = stream.nextLine(maxBytes: .max) {
      guard case .bytes(let b, _) = line else { return true }
      if b.allSatisfy(\.isBlank) { continue }
      return (try? FHIRHeader(b)) == nil
    }
    return false
  }
}
