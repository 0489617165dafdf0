#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension Configuration {
  /// Loads a configuration file (`--config FILE`).
  /// - Throws: `ConfigurationError` with every problem: unreadable file, bad JSON, unknown keys,
  ///   values of the wrong kind.
  public static func load(from path: String) throws(ConfigurationError) -> Configuration {
    let (configuration, problems) = decode(file: path)
    guard problems.isEmpty else { throw ConfigurationError(problems: problems) }
    return configuration
  }

  /// Loads `.noteaudit.json` from `directory` when there is one; nil when there is none.
  public static func discover(in directory: String) throws(ConfigurationError) -> Configuration? {
    let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
    guard access(path, F_OK) == 0 else { return nil }
    return try load(from: path)
  }

  /// Every problem in a configuration's bytes (for `noteaudit config check`); empty when it is
  /// valid. `file` names it in messages and anchors relative paths.
  public static func validate(data: [UInt8], file: String) -> [ConfigurationProblem] {
    decode(data, file: file).problems
  }

  /// The largest configuration file read.
  static let maxFileBytes = 1 << 20

  static func decode(file: String) -> (Configuration, problems: [ConfigurationProblem]) {
    let fd = open(file, O_RDONLY)
    guard fd >= 0 else {
      return (
        Configuration(),
        [
          ConfigurationProblem(
            file: file, key: nil, message: "cannot open: \(systemErrorMessage(errno))")
        ]
      )
    }
    defer { close(fd) }
    switch TextNote.readText(fd: fd, limit: maxFileBytes) {
    case .failure(let failure):
      return (
        Configuration(),
        [
          ConfigurationProblem(
            file: file, key: nil, message: "read failed: \(systemErrorMessage(failure.code))")
        ]
      )
    case .success(let text) where text.truncated:
      return (
        Configuration(),
        [ConfigurationProblem(file: file, key: nil, message: "larger than \(maxFileBytes) bytes")]
      )
    case .success(let text):
      return decode(Array(text.string.utf8), file: file)
    }
  }

  static func decode(_ bytes: [UInt8], file: String) -> (
    Configuration, problems: [ConfigurationProblem]
  ) {
    var decoder = ConfigurationDecoder(file: file)
    let parsed = JSONScanner.parseWhole(bytes, of: "the configuration") {
      (s: inout JSONScanner) throws(RecordFailure) in
      try s.value()
    }
    switch parsed {
    case .success(let root): decoder.decode(root)
    case .failure(let failure):
      decoder.problem(nil, ConfigurationDecoder.placed(failure, in: bytes))
    }
    return (decoder.configuration, decoder.problems)
  }
}

/// A parsed JSON value, members in file order (the configuration is small; notes never go here).
enum JSONValue {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  /// The kind as a message says it ("found a string").
  var kind: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "a list"
    case .object: "an object"
    }
  }
}

extension JSONScanner {
  /// Parses one value of any kind, nested at most `maxDepth` levels.
  mutating func value(depth: Int = 0) throws(RecordFailure) -> JSONValue {
    guard depth < JSONScanner.maxDepth else {
      throw syntaxError("nested deeper than \(JSONScanner.maxDepth) levels")
    }
    switch peek() ?? 0 {
    case UInt8(ascii: "\""): return .string(decodedText(try string()).string)
    case UInt8(ascii: "{"):
      offset += 1
      var members: [(key: String, value: JSONValue)] = []
      var first = true
      while let key = try nextMember(first: &first) {
        let name = decodedText(key).string
        members.append((name, try value(depth: depth + 1)))
      }
      return .object(members)
    case UInt8(ascii: "["):
      offset += 1
      var elements: [JSONValue] = []
      var first = true
      while try nextElement(first: &first) { elements.append(try value(depth: depth + 1)) }
      return .array(elements)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return .number(Double(text(try number())) ?? .nan)
    default:
      if literal("true") { return .bool(true) }
      if literal("false") { return .bool(false) }
      if literal("null") { return .null }
      throw syntaxError("expected a value")
    }
  }
}

/// Turns a parsed configuration into `Configuration`, collecting every problem on the way.
private struct ConfigurationDecoder {
  let file: String
  /// The configuration file's folder, for relative paths.
  let base: String
  var configuration = Configuration()
  var problems: [ConfigurationProblem] = []

  init(file: String) {
    self.file = file
    var folder = file
    if let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
      folder = String(folder[..<slash])
      base = folder.isEmpty ? "/" : folder
    } else {
      base = "."
    }
    configuration.file = file
  }

  static let topKeys = [
    "failUnder", "profile", "codeProfiles", "lexicons", "unitsMethod", "payers", "rules", "output",
    "clone", "kx",
    "maxNoteBytes",
  ]

  mutating func problem(_ key: String?, _ message: String) {
    problems.append(ConfigurationProblem(file: file, key: key, message: message))
  }

  /// A JSON syntax error placed by line and column.
  static func placed(_ failure: RecordFailure, in bytes: [UInt8]) -> String {
    guard let (offset, what) = failure.syntax else { return failure.message }
    let before = bytes.prefix(min(offset, bytes.count))
    let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    let column = before.count - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
    return "invalid JSON at line \(line), column \(column): \(what)"
  }

  mutating func decode(_ root: JSONValue) {
    guard let members = object(root, key: nil) else { return }
    let keys = members.map(\.key)
    if keys.contains("profile") && keys.contains("codeProfiles") {
      problem("profile", "give either \"profile\" or \"codeProfiles\", not both")
    }
    for (key, value) in unique(members, known: ConfigurationDecoder.topKeys, prefix: "") {
      switch key {
      case "failUnder": failUnder(value)
      case "profile":
        if case .string(let code) = value, !code.isEmpty {
          configuration.codeProfiles = [code]
        } else {
          problem(key, "expected a CPT code such as \"97530\", found \(value.kind)")
        }
      case "codeProfiles":
        if let codes = strings(
          value, key: key, what: "a list of CPT codes such as [\"97530\", \"97110\"]")
        {
          if codes.isEmpty {
            problem(key, "expected at least one CPT code")
          } else {
            configuration.codeProfiles = codes
          }
        }
      case "lexicons":
        let list: [String]? =
          if case .string(let one) = value { [one] } else {
            strings(value, key: key, what: "a folder or a list of folders")
          }
        configuration.lexicons = (list ?? []).map(resolve)
      case "unitsMethod":
        configuration.unitsMethod = unitsMethod(value, key: key) ?? configuration.unitsMethod
      case "payers": payers(value)
      case "rules": rules(value)
      case "output": output(value)
      case "clone": clone(value)
      case "kx": kx(value)
      default:  // maxNoteBytes
        if case .number(let n) = value, n >= 1, n <= Double(Int32.max), n.rounded() == n {
          configuration.maxNoteBytes = Int(n)
        } else {
          problem(
            key, "expected a whole number of bytes from 1 to \(Int32.max), found \(describe(value))"
          )
        }
      }
    }
  }

  private mutating func failUnder(_ value: JSONValue) {
    switch value {
    case .string(let name):
      if let grade = Grade(rawValue: name.lowercased()) {
        configuration.failUnder = .grade(grade)
        return
      }
    case .number(let score) where (0...100).contains(score):
      configuration.failUnder = .score(score)
      return
    default: break
    }
    problem(
      "failUnder",
      "expected a grade (strong|adequate|weak) or a score 0-100, found \(describe(value))")
  }

  private mutating func unitsMethod(_ value: JSONValue, key: String) -> UnitsMethod? {
    if case .string(let name) = value, let method = UnitsMethod(rawValue: name.lowercased()) {
      return method
    }
    problem(key, "expected \"cms\" or \"ama\", found \(describe(value))")
    return nil
  }

  private mutating func payers(_ value: JSONValue) {
    guard let members = object(value, key: "payers") else { return }
    for (name, settings) in unique(members, known: nil, prefix: "payers.") {
      let key = "payers.\(name)"
      guard let fields = object(settings, key: key) else { continue }
      var payer = Configuration.PayerSettings()
      for (field, value) in unique(fields, known: ["unitsMethod"], prefix: key + ".") {
        payer.unitsMethod = unitsMethod(value, key: "\(key).\(field)")
      }
      configuration.payers[name] = payer
    }
  }

  private mutating func rules(_ value: JSONValue) {
    guard let members = object(value, key: "rules") else { return }
    let levels = Configuration.RuleSetting.allCases.map(\.rawValue)
    for (rule, setting) in unique(members, known: nil, prefix: "rules.") {
      guard RuleOverrides.coversARule(rule) else {
        problem(
          "rules.\(rule)",
          Self.unknown(
            "rule id", rule, in: RuleOverrides.knownKeys, otherwise: " (see Docs/Rules.md)"))
        continue
      }
      if case .string(let name) = setting,
        let level = Configuration.RuleSetting(rawValue: name.lowercased())
      {
        configuration.rules[rule] = level
      } else {
        problem(
          "rules.\(rule)",
          "expected \(levels.map { "\"\($0)\"" }.joined(separator: ", ")), found \(describe(setting))"
        )
      }
    }
  }

  static let outputFormats = ["text", "json", "jsonl", "csv", "html", "markdown"]

  private mutating func output(_ value: JSONValue) {
    guard let members = object(value, key: "output") else { return }
    for (field, value) in unique(
      members, known: ["format", "includeText", "redact"], prefix: "output.")
    {
      let key = "output.\(field)"
      switch field {
      case "format":
        if case .string(let name) = value,
          ConfigurationDecoder.outputFormats.contains(name.lowercased())
        {
          configuration.output.format = name.lowercased()
        } else {
          problem(
            key,
            "expected one of \(ConfigurationDecoder.outputFormats.joined(separator: "|")), found \(describe(value))"
          )
        }
      case "includeText": configuration.output.includeText = bool(value, key: key)
      default: configuration.output.redact = bool(value, key: key)
      }
    }
  }

  private mutating func clone(_ value: JSONValue) {
    guard let members = object(value, key: "clone") else { return }
    for (field, value) in unique(members, known: ["threshold", "history"], prefix: "clone.") {
      let key = "clone.\(field)"
      switch (field, value) {
      case ("threshold", .number(let t)) where t > 0 && t <= 1: configuration.clone.threshold = t
      case ("threshold", _):
        problem(
          key, "expected a similarity above 0 and at most 1 (e.g. 0.8), found \(describe(value))")
      case ("history", .string(let path)) where !path.isEmpty:
        configuration.clone.history = resolve(path)
      default: problem(key, "expected a file path, found \(describe(value))")
      }
    }
  }

  private mutating func kx(_ value: JSONValue) {
    guard let members = object(value, key: "kx") else { return }
    for (field, value) in unique(members, known: ["threshold", "year", "source"], prefix: "kx.") {
      let key = "kx.\(field)"
      switch (field, value) {
      case ("threshold", .number(let t)) where t >= 0: configuration.kx.threshold = t
      case ("threshold", _):
        problem(key, "expected a dollar amount (e.g. 2480), found \(describe(value))")
      case ("year", .number(let y)) where y.rounded() == y && (1990...2200).contains(y):
        configuration.kx.year = Int(y)
      case ("year", _): problem(key, "expected a year such as 2026, found \(describe(value))")
      case ("source", .string(let s)): configuration.kx.source = s
      default:
        problem(
          key, "expected a string naming where the threshold comes from, found \(describe(value))")
      }
    }
  }

  // MARK: Helpers

  /// An object's members, or a problem naming the key.
  private mutating func object(_ value: JSONValue, key: String?) -> [(
    key: String, value: JSONValue
  )]? {
    if case .object(let members) = value { return members }
    problem(key, "expected an object {…}, found \(value.kind)")
    return nil
  }

  /// Members with known keys, first of each; unknown and repeated keys become problems.
  private mutating func unique(
    _ members: [(key: String, value: JSONValue)], known: [String]?, prefix: String
  ) -> [(key: String, value: JSONValue)] {
    var seen: Set<String> = []
    var kept: [(key: String, value: JSONValue)] = []
    for member in members {
      guard seen.insert(member.key).inserted else {
        problem(prefix + member.key, "repeated key")
        continue
      }
      if let known, !known.contains(member.key) {
        problem(
          prefix + member.key,
          Self.unknown(
            "key", member.key, in: known, otherwise: " (known: \(known.joined(separator: ", ")))"))
        continue
      }
      kept.append(member)
    }
    return kept
  }

  /// `unknown key; did you mean "x"?` naming the candidate closest to `name`, or `unknown key`
  /// and `otherwise` when none is close: one phrasing for every unknown name in the file.
  private static func unknown(
    _ what: String, _ name: String, in candidates: [String], otherwise: String
  ) -> String {
    let hint = Spelling.closest(ignoringCaseTo: name, in: candidates).map {
      "; " + Spelling.question($0, quote: .double)
    }
    return "unknown \(what)" + (hint ?? otherwise)
  }

  private mutating func strings(_ value: JSONValue, key: String, what: String) -> [String]? {
    if case .array(let elements) = value {
      let strings = elements.compactMap {
        if case .string(let s) = $0, !s.isEmpty { s } else { nil }
      }
      if strings.count == elements.count { return strings }
    }
    problem(key, "expected \(what), found \(describe(value))")
    return nil
  }

  private mutating func bool(_ value: JSONValue, key: String) -> Bool? {
    if case .bool(let b) = value { return b }
    problem(key, "expected true or false, found \(describe(value))")
    return nil
  }

  /// A value as a message shows it: short strings and numbers verbatim, else the kind.
  private func describe(_ value: JSONValue) -> String {
    switch value {
    case .string(let s) where s.utf8.count <= 40: "\"\(s)\""
    case .number(let n): n.rounded() == n && abs(n) < 1e15 ? String(Int(n)) : String(n)
    default: value.kind
    }
  }

  private func resolve(_ path: String) -> String {
    path.hasPrefix("/") ? path : base + "/" + path
  }
}
