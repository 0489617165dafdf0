import NoteAudit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes to stdout/stderr in whole buffers (no `print` per line), ignoring a closed pipe.
enum Console {
  static func out(_ text: String) { write(text, to: 1) }
  static func err(_ text: String) { write(text, to: 2) }

  /// Stops quietly at EPIPE or a closed descriptor: nothing more to do.
  static func write(_ text: String, to fd: Int32) { _ = ByteOutput.write(Array(text.utf8), to: fd) }

  /// Whether `fd` is a terminal.
  static func isTTY(_ fd: Int32) -> Bool { isatty(fd) == 1 }

  /// Colour on a terminal unless `NO_COLOR` is set (https://no-color.org).
  static func useColor(fd: Int32, mode: String?) -> Bool {
    switch mode {
    case "always": return true
    case "never": return false
    default:
      if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
      return isTTY(fd)
    }
  }
}

/// Exit statuses, documented in `--help`.
enum ExitStatus {
  static let ok: Int32 = 0
  static let belowPassMark: Int32 = 1
  static let usage: Int32 = 2
  /// Some input (a note, a configuration, the lexicons, the history store) could not be read or
  /// parsed.
  static let unreadableInput: Int32 = 3
  /// The report (or the history store) could not be written. The same number as an unreadable
  /// input, as it has always been (a full disk exits 3: BinaryTests).
  static let unwritableOutput: Int32 = 3
}
