/// The fields of a `DocumentReference` the mapping reads (Docs/FHIR.md), pulled out of its bytes
/// by `JSONScanner` without building the rest: every note of an export passes through here, and a
/// tree of dictionaries per resource cost as much as analysing the note.
struct FHIRDocument {
  /// A `Reference`: its `reference` and `display`.
  struct Reference {
    var reference: String?
    var display: String?

    var target: FHIRReference? { FHIRReference(reference) }
  }

  struct Attachment {
    var contentType: String?
    /// The base64 `data` as written (a JSON string's decoded bytes).
    var data: [UInt8]?
    var url: String?
  }

  var id: String?
  var status: String?
  var subject: Reference?
  var date: String?
  var periodStart: String?
  var encounters: [Reference] = []
  var authors: [Reference] = []
  var custodian: Reference?
  /// `type.text`, then each `type.coding[].display`.
  var typeNames: [String] = []
  var attachments: [Attachment] = []
  /// `extension[]` as `url` → `valueInteger` (or `valuePositiveInt`, `valueUnsignedInt`).
  var extensions: [(url: String, value: Int?)] = []

  static func keys(_ names: String...) -> [[UInt8]] { names.map { Array($0.utf8) } }
  private static let top = keys(
    "id", "status", "subject", "date", "context", "author", "custodian", "type", "content",
    "extension")
  static let referenceKeys = keys("reference", "display")
  private static let context = keys("encounter", "period")
  private static let period = keys("start")
  private static let type = keys("text", "coding")
  private static let coding = keys("display")
  private static let content = keys("attachment")
  private static let attachment = keys("contentType", "data", "url")
  private static let extensionKeys = keys(
    "url", "valueInteger", "valuePositiveInt", "valueUnsignedInt")

  private init() {}

  /// Reads a DocumentReference (the whole of `bytes`, checked as JSON). Values of an unexpected
  /// kind (a number where a string belongs) are passed over, as a reader of the tree would.
  init(_ bytes: UnsafeBufferPointer<UInt8>) throws(RecordFailure) {
    var s = JSONScanner(bytes)
    var doc = FHIRDocument()
    try s.members(depth: 0, keys: Self.top) {
      (s: inout JSONScanner, key: Int?) throws(RecordFailure) in
      switch key {
      case 0: doc.id = try s.text(depth: 1)
      case 1: doc.status = try s.text(depth: 1)
      case 2: doc.subject = try s.referenceValue(depth: 1)
      case 3: doc.date = try s.text(depth: 1)
      case 4:
        try s.members(depth: 1, keys: Self.context) {
          (s: inout JSONScanner, key: Int?) throws(RecordFailure) in
          switch key {
          case 0:
            try s.elements(depth: 2) { (s: inout JSONScanner) throws(RecordFailure) in
              if let r = try s.referenceValue(depth: 3) { doc.encounters.append(r) }
            }
          case 1:
            try s.members(depth: 2, keys: Self.period) {
              (s: inout JSONScanner, key: Int?) throws(RecordFailure) in
              if key == 0 {
                doc.periodStart = try s.text(depth: 3)
              } else {
                try s.skipValue(depth: 3)
              }
            }
          default: try s.skipValue(depth: 2)
          }
        }
      case 5:
        try s.elements(depth: 1) { (s: inout JSONScanner) throws(RecordFailure) in
          if let r = try s.referenceValue(depth: 2) { doc.authors.append(r) }
        }
      case 6: doc.custodian = try s.referenceValue(depth: 1)
      case 7:
        try s.members(depth: 1, keys: Self.type) {
          (s: inout JSONScanner, key: Int?) throws(RecordFailure) in
          switch key {
          case 0: if let text = try s.text(depth: 2) { doc.typeNames.insert(text, at: 0) }
          case 1:
            try s.elements(depth: 2) { (s: inout JSONScanner) throws(RecordFailure) in
              try s.members(depth: 3, keys: Self.coding) {
                (s: inout JSONScanner, key: Int?) throws(RecordFailure) in
                if key == 0, let display = try s.text(depth: 4) {
                  doc.typeNames.append(display)
                } else if key != 0 {
                  try s.skipValue(depth: 4)
                }
              }
            }
          default: try s.skipValue(depth: 2)
          }
        }
      case 8:
        try s.elements(depth: 1) { (s: inout JSONScanner) throws(RecordFailure) in
          try s.members(depth: 2, keys: Self.content) {
            (s: inout JSONScanner, key: Int?) throws(RecordFailure) in
            guard key == 0 else { return try s.skipValue(depth: 3) }
            var attachment = Attachment()
            var isObject = false
            try s.members(depth: 3, keys: Self.attachment) {
              (s: inout JSONScanner, key: Int?) throws(RecordFailure) in
              isObject = true
              switch key {
              case 0: attachment.contentType = try s.text(depth: 4)
              case 1: attachment.data = try s.rawString(depth: 4)
              case 2: attachment.url = try s.text(depth: 4)
              default: try s.skipValue(depth: 4)
              }
            }
            if isObject || attachment.contentType != nil { doc.attachments.append(attachment) }
          }
        }
      case 9:
        try s.elements(depth: 1) { (s: inout JSONScanner) throws(RecordFailure) in
          var url: String?
          var value: Int?
          try s.members(depth: 2, keys: Self.extensionKeys) {
            (s: inout JSONScanner, key: Int?) throws(RecordFailure) in
            switch key {
            case 0: url = try s.text(depth: 3)
            case 1, 2, 3: value = try s.wholeValue(depth: 3)
            default: try s.skipValue(depth: 3)
            }
          }
          if let url { doc.extensions.append((url, value)) }
        }
      default:
        try s.skipValue(depth: 1)
      }
    }
    s.skipWhitespace()
    guard s.offset == s.count else { throw s.syntaxError("unexpected text after the resource") }
    self = doc
  }

  /// The whole number of the extension with this url.
  func extensionNumber(_ url: String) -> Int? {
    extensions.first { $0.url == url }?.value.flatMap { $0 >= 0 ? $0 : nil }
  }
}

/// One `item` of a `Claim` or `ExplanationOfBenefit`, as the mapping reads it.
struct FHIRClaimItem {
  /// The code of the first `productOrService.coding` whose system is CPT's.
  var code: String?
  var units: Int?
  var minutes: Int?
  var modifiers: [String] = []
  var charge: Double?
  /// The ids of the encounters the item names.
  var encounters: [String] = []

  private static let itemKeys = FHIRDocument.keys(
    "productOrService", "quantity", "modifier", "net", "encounter", "extension")
  private static let codingKeys = FHIRDocument.keys("coding")
  private static let systemCodeKeys = FHIRDocument.keys("system", "code")
  private static let valueKeys = FHIRDocument.keys("value")
  private static let extensionKeys = FHIRDocument.keys(
    "url", "valueInteger", "valuePositiveInt", "valueUnsignedInt")

  init(_ s: inout JSONScanner, depth: Int) throws(RecordFailure) {
    var item = FHIRClaimItem()
    try s.members(depth: depth, keys: Self.itemKeys) {
      (s: inout JSONScanner, key: Int?) throws(RecordFailure) in
      switch key {
      case 0:
        try s.members(depth: depth + 1, keys: Self.codingKeys) {
          (s: inout JSONScanner, key: Int?) throws(RecordFailure) in
          guard key == 0 else { return try s.skipValue(depth: depth + 2) }
          try s.elements(depth: depth + 2) { (s: inout JSONScanner) throws(RecordFailure) in
            var system: String?
            var code: String?
            try s.members(depth: depth + 3, keys: Self.systemCodeKeys) {
              (s: inout JSONScanner, key: Int?) throws(RecordFailure) in
              switch key {
              case 0: system = try s.text(depth: depth + 4)
              case 1: code = try s.text(depth: depth + 4)
              default: try s.skipValue(depth: depth + 4)
              }
            }
            if item.code == nil && system == FHIRMapping.cptSystem { item.code = code }
          }
        }
      case 1:
        let value = try Self.value(&s, depth: depth + 1)
        if let value, value >= 0, value == value.rounded(), value < 1e9 { item.units = Int(value) }
      case 2:
        try s.elements(depth: depth + 1) { (s: inout JSONScanner) throws(RecordFailure) in
          try s.members(depth: depth + 2, keys: Self.codingKeys) {
            (s: inout JSONScanner, key: Int?) throws(RecordFailure) in
            guard key == 0 else { return try s.skipValue(depth: depth + 3) }
            try s.elements(depth: depth + 3) { (s: inout JSONScanner) throws(RecordFailure) in
              try s.members(depth: depth + 4, keys: Self.systemCodeKeys) {
                (s: inout JSONScanner, key: Int?) throws(RecordFailure) in
                if key == 1, let code = try s.text(depth: depth + 5) {
                  item.modifiers.append(code)
                } else if key != 1 {
                  try s.skipValue(depth: depth + 5)
                }
              }
            }
          }
        }
      case 3: item.charge = try Self.value(&s, depth: depth + 1)
      case 4:
        try s.elements(depth: depth + 1) { (s: inout JSONScanner) throws(RecordFailure) in
          if let target = try s.referenceValue(depth: depth + 2)?.target, target.type == "Encounter"
          {
            item.encounters.append(target.id)
          }
        }
      case 5:
        try s.elements(depth: depth + 1) { (s: inout JSONScanner) throws(RecordFailure) in
          var url: String?
          var value: Int?
          try s.members(depth: depth + 2, keys: Self.extensionKeys) {
            (s: inout JSONScanner, key: Int?) throws(RecordFailure) in
            switch key {
            case 0: url = try s.text(depth: depth + 3)
            case 1, 2, 3: value = try s.wholeValue(depth: depth + 3)
            default: try s.skipValue(depth: depth + 3)
            }
          }
          if url == FHIRMapping.minutesExtension, item.minutes == nil, let value, value >= 0 {
            item.minutes = value
          }
        }
      default: try s.skipValue(depth: depth + 1)
      }
    }
    self = item
  }

  private init() {}

  /// The `value` of a `Quantity` or `Money` object.
  private static func value(_ s: inout JSONScanner, depth: Int) throws(RecordFailure) -> Double? {
    var value: Double?
    try s.members(depth: depth, keys: valueKeys) {
      (s: inout JSONScanner, key: Int?) throws(RecordFailure) in
      guard key == 0, let first = s.peek(),
        first == UInt8(ascii: "-") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
      else {
        return try s.skipValue(depth: depth + 1)
      }
      value = Double(s.text(try s.number()))
    }
    return value
  }
}

extension JSONScanner {
  /// Calls `body` for each member of the object at the offset, with the index of its key in
  /// `keys` (nil for any other key: `body` must then skip the value). A value that is not an
  /// object is skipped.
  mutating func members(
    depth: Int, keys: [[UInt8]], _ body: (inout JSONScanner, Int?) throws(RecordFailure) -> Void
  ) throws(RecordFailure) {
    guard peek() == UInt8(ascii: "{") else { return try skipValue(depth: depth) }
    guard depth < JSONScanner.maxDepth else {
      throw syntaxError("nested deeper than \(JSONScanner.maxDepth) levels")
    }
    offset += 1
    var first = true
    while let key = try nextMember(first: &first) {
      let index = withBytes(key) { FieldName.index(of: $0, in: keys) }
      try body(&self, index)
    }
  }

  /// Calls `body` for each element of the array at the offset; a value that is not an array is
  /// skipped.
  mutating func elements(depth: Int, _ body: (inout JSONScanner) throws(RecordFailure) -> Void)
    throws(RecordFailure)
  {
    guard peek() == UInt8(ascii: "[") else { return try skipValue(depth: depth) }
    guard depth < JSONScanner.maxDepth else {
      throw syntaxError("nested deeper than \(JSONScanner.maxDepth) levels")
    }
    offset += 1
    var first = true
    while try nextElement(first: &first) { try body(&self) }
  }

  /// A string value; nil (and skipped) for any other kind.
  mutating func text(depth: Int) throws(RecordFailure) -> String? {
    guard peek() == UInt8(ascii: "\"") else {
      try skipValue(depth: depth)
      return nil
    }
    return decodedText(try string()).string
  }

  /// A string value's decoded bytes, without making a `String` (an attachment's base64).
  mutating func rawString(depth: Int) throws(RecordFailure) -> [UInt8]? {
    guard peek() == UInt8(ascii: "\"") else {
      try skipValue(depth: depth)
      return nil
    }
    let value = try string()
    return withBytes(value) { Array($0) }
  }

  /// A whole number; nil (and skipped) for anything else.
  mutating func wholeValue(depth: Int) throws(RecordFailure) -> Int? {
    guard let first = peek(),
      first == UInt8(ascii: "-") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
    else {
      try skipValue(depth: depth)
      return nil
    }
    return integer(try number())
  }

  /// A `Reference` object's `reference` and `display`; nil for anything else.
  mutating func referenceValue(depth: Int) throws(RecordFailure) -> FHIRDocument.Reference? {
    guard peek() == UInt8(ascii: "{") else {
      try skipValue(depth: depth)
      return nil
    }
    var reference = FHIRDocument.Reference()
    try members(depth: depth, keys: FHIRDocument.referenceKeys) {
      (s: inout JSONScanner, key: Int?) throws(RecordFailure) in
      switch key {
      case 0: reference.reference = try s.text(depth: depth + 1)
      case 1: reference.display = try s.text(depth: depth + 1)
      default: try s.skipValue(depth: depth + 1)
      }
    }
    return reference
  }
}
