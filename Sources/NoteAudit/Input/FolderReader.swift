#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The text of `strerror` for an `errno` value.
func systemErrorMessage(_ code: Int32) -> String {
  String(cString: strerror(code))
}

/// `path` as a NUL-terminated C string (paths are kept as bytes, since file names need not be
/// valid UTF-8).
private func cPath(_ path: [UInt8]) -> [CChar] {
  path.map { CChar(bitPattern: $0) } + [0]
}

/// Reading one whole file as one note.
enum TextNote {
  /// Reads at most `limit` bytes of note text (and one more, to know whether it was cut) from
  /// `fd`, so a 50 MB file costs no more memory than the limit.
  static func readText(fd: Int32, limit: Int) -> Result<DecodedText, InputReadFailure> {
    let cap = limit + 1
    var bytes = [UInt8](repeating: 0, count: min(cap, 64 << 10))
    var filled = 0
    while filled < cap {
      if filled == bytes.count {
        bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, cap - bytes.count)))
      }
      let n = bytes.withUnsafeMutableBytes { b -> Int in
        guard let p = b.baseAddress else { return 0 }
        return read(fd, p + filled, b.count - filled)
      }
      if n > 0 {
        filled += n
      } else if n < 0 && errno == EINTR {
        continue
      } else if n < 0 {
        return .failure(InputReadFailure(code: errno))
      } else {
        break
      }
    }
    return .success(
      bytes.withUnsafeBufferPointer {
        DecodedText(UnsafeBufferPointer(rebasing: $0[0..<filled]), limit: limit)
      })
  }

  /// The note in the file at `path` (`-` is stdin), as one record with `id`.
  static func record(path: [UInt8], id: String, origin: String, limit: Int) -> InputItem {
    let isStdin = path == Array("-".utf8)
    let fd = isStdin ? STDIN_FILENO : open(cPath(path), O_RDONLY)
    guard fd >= 0 else {
      return .failure(
        InputError(
          origin: RecordOrigin(file: origin), message: "cannot open: \(systemErrorMessage(errno))"))
    }
    defer { if !isStdin { close(fd) } }
    switch readText(fd: fd, limit: limit) {
    case .failure(let f):
      return .failure(
        InputError(
          origin: RecordOrigin(file: origin), message: "read failed: \(systemErrorMessage(f.code))")
      )
    case .success(let text):
      var record = NoteRecord(id: id, text: text.string, origin: RecordOrigin(file: origin))
      record.truncated = text.truncated
      record.invalidUTF8 = text.invalidUTF8
      return .success(record)
    }
  }
}

/// An `errno` from a failed read.
struct InputReadFailure: Error {
  var code: Int32
}

/// Walks a folder of `.txt` notes depth-first in byte order of the relative paths, one directory
/// listing in memory per level. Symbolic links are followed; a link that leads back to a folder
/// being walked, a broken link and an unreadable file or folder each become an `InputError` naming
/// the path, and the walk goes on.
final class FolderReader {
  private struct DirectoryID: Equatable {
    var device: UInt64
    var inode: UInt64
  }

  private enum Kind {
    case file
    case directory(DirectoryID)
    case failed(String)
  }

  private struct Entry {
    var name: [UInt8]
    var kind: Kind
  }

  private struct Frame {
    /// Relative path of the folder with a trailing `/` (empty for the root).
    var prefix: [UInt8]
    var id: DirectoryID
    /// Remaining entries, last first.
    var entries: [Entry]
  }

  private let root: [UInt8]
  private let options: InputOptions
  private var stack: [Frame] = []
  private var pending: InputError?

  init(root: String, options: InputOptions) {
    var root = Array(root.utf8)
    while root.count > 1 && root.last == UInt8(ascii: "/") { root.removeLast() }
    self.root = root
    self.options = options
    var info = stat()
    guard stat(cPath(root), &info) == 0 else {
      pending = InputError(
        origin: RecordOrigin(file: display(root)),
        message: "cannot open: \(systemErrorMessage(errno))")
      return
    }
    let id = FolderReader.id(info)
    switch list(root) {
    case .success(let entries): stack.append(Frame(prefix: [], id: id, entries: entries))
    case .failure(let failure):
      pending = InputError(origin: RecordOrigin(file: display(root)), message: failure.message)
    }
  }

  func next() -> InputItem? {
    if let error = pending {
      pending = nil
      return .failure(error)
    }
    while let last = stack.indices.last {
      guard let entry = stack[last].entries.popLast() else {
        stack.removeLast()
        continue
      }
      let relative = stack[last].prefix + entry.name
      let full = root == Array("/".utf8) ? root + relative : root + [UInt8(ascii: "/")] + relative
      switch entry.kind {
      case .file:
        return TextNote.record(
          path: full, id: display(relative), origin: display(full), limit: options.maxNoteBytes)
      case .failed(let message):
        return .failure(InputError(origin: RecordOrigin(file: display(full)), message: message))
      case .directory(let id):
        if let ancestor = stack.first(where: { $0.id == id }) {
          let target =
            ancestor.prefix.isEmpty
            ? display(root) : display(root + [UInt8(ascii: "/")] + ancestor.prefix.dropLast())
          return .failure(
            InputError(
              origin: RecordOrigin(file: display(full)),
              message: "symbolic link loop: leads back to \(target); skipped"))
        }
        switch list(full) {
        case .success(let entries):
          stack.append(Frame(prefix: relative + [UInt8(ascii: "/")], id: id, entries: entries))
        case .failure(let failure):
          return .failure(
            InputError(origin: RecordOrigin(file: display(full)), message: failure.message))
        }
      }
    }
    return nil
  }

  private func display(_ path: [UInt8]) -> String { String(decoding: path, as: UTF8.self) }

  private static func id(_ info: stat) -> DirectoryID {
    DirectoryID(
      device: UInt64(truncatingIfNeeded: info.st_dev),
      inode: UInt64(truncatingIfNeeded: info.st_ino))
  }

  /// A folder's `.txt` files and subfolders (and the entries that failed), sorted so that a
  /// depth-first walk visits paths in byte order: a folder sorts as its name plus `/`.
  private func list(_ path: [UInt8]) -> Result<[Entry], ListFailure> {
    guard let dir = opendir(cPath(path)) else {
      return .failure(ListFailure("cannot read folder: \(systemErrorMessage(errno))"))
    }
    defer { closedir(dir) }
    var entries: [(key: [UInt8], entry: Entry)] = []
    while let item = readdir(dir) {
      let name = withUnsafeBytes(of: &item.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
      if name == [0x2E] || name == [0x2E, 0x2E] { continue }
      let full = path + [UInt8(ascii: "/")] + name
      var info = stat()
      if stat(cPath(full), &info) != 0 {
        let code = errno
        var linkInfo = stat()
        let isLink = lstat(cPath(full), &linkInfo) == 0 && linkInfo.st_mode & S_IFMT == S_IFLNK
        guard isLink || FolderReader.isNote(name) else { continue }
        let message =
          code == ELOOP
          ? "symbolic link loop; skipped"
          : isLink
            ? "broken symbolic link (\(systemErrorMessage(code))); skipped"
            : "cannot read: \(systemErrorMessage(code))"
        entries.append((name, Entry(name: name, kind: .failed(message))))
        continue
      }
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        entries.append(
          (name + [UInt8(ascii: "/")], Entry(name: name, kind: .directory(FolderReader.id(info)))))
      case S_IFREG where FolderReader.isNote(name):
        entries.append((name, Entry(name: name, kind: .file)))
      default: continue
      }
    }
    entries.sort { $0.key.lexicographicallyPrecedes($1.key) }
    return .success(entries.reversed().map(\.entry))
  }

  /// Whether a file name ends in `.txt` (any case).
  static func isNote(_ name: [UInt8]) -> Bool {
    guard name.count > 4 else { return false }
    return name.suffix(4).map { $0 | 0x20 } == Array(".txt".utf8)
  }
}

/// Why a folder could not be listed.
private struct ListFailure: Error {
  var message: String
  init(_ message: String) { self.message = message }
}
