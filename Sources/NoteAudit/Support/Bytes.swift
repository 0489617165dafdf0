extension UInt8 {
  /// A space, tab, line feed or carriage return: what separates the words of a note (and JSON's
  /// white space), for the report snippets' word edges and the readers' "no text" checks.
  @inline(__always)
  var isBlank: Bool { self == 0x20 || self == 0x0A || self == 0x0D || self == 0x09 }
}
