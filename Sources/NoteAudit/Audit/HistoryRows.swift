// The rows of a history table (`HistoryTable`) as the shard steps write and read them: in the
// Audit stage, beside `ShardRun`, because they are written with the reports' JSON buffer.

/// A history table's rows as JSON objects (Docs/ShardProtocol.md, "History"): the columns of the
/// job's Parquet files, one to one. 64-bit values are signed decimal strings (JSON numbers are
/// doubles on many readers, this tool's too), read back exactly; 32-bit ones are numbers.
extension HistoricalFingerprint {
  /// The note's row; `note_id` only when the table keeps ids.
  func appendRow(into out: inout ReportBuffer, ids: HistoryIDs) {
    out.append("{\"note_key\":")
    out.append(signed: noteKey)
    out.append(",\"patient_key\":")
    if let patientKey { out.append(signed: patientKey) } else { out.append("null") }
    out.append(",\"day\":")
    if let date { out.append(int: date.dayNumber) } else { out.append("null") }
    out.append(",\"exact_hash\":")
    out.append(signed: exactHash)
    out.append(",\"masked_hash\":")
    out.append(signed: maskedHash)
    out.append(",\"sim_hash\":")
    out.append(signed: simHash)
    out.append(",\"min_hash\":")
    out.appendJSONArray(minHash) { $0.append(int: Int($1)) }
    out.append(",\"band_keys\":")
    out.appendJSONArray(bandKeys) { $0.append(int: Int($1)) }
    out.append(",\"note_id\":", jsonString: ids == .plain ? noteID : nil)
    out.append("}")
  }

  /// A row `appendRow` wrote (of this scheme: `MinHash.slots` values, `MinHash.bands` band keys
  /// that are the signature's), or nil.
  init?(row: WireJSON) {
    guard let noteKey = row["note_key"]?.signed64, let exact = row["exact_hash"]?.signed64,
      let masked = row["masked_hash"]?.signed64, let sim = row["sim_hash"]?.signed64,
      let minHash = row["min_hash"]?.hashes32, minHash.count == MinHash.slots,
      let bandKeys = row["band_keys"]?.hashes32, bandKeys == MinHash.bandKeys(of: minHash)
    else { return nil }
    let patient = row["patient_key"] ?? .null
    let day = row["day"] ?? .null
    let noteID = row["note_id"] ?? .null
    guard patient.isNull || patient.signed64 != nil,
      day.isNull || day.int.map({ abs($0) < 3_000_000 }) == true,
      noteID.isNull || noteID.string != nil
    else { return nil }
    self.init(
      noteID: noteID.string, noteKey: noteKey, patientKey: patient.signed64,
      date: day.int.map(ServiceDate.init(daysSince1970:)), exactHash: exact, maskedHash: masked,
      simHash: sim, minHash: minHash, bandKeys: bandKeys)
  }
}

/// A template row: one keyed clinic's or provider's template shingles (`template_key` 0: the
/// global ones), as `HistoryKeying.stored` keys them.
enum TemplateRow {
  static func append(key: UInt64, shingles: [UInt32], into out: inout ReportBuffer) {
    out.append("{\"template_key\":")
    out.append(signed: key)
    out.append(",\"shingles\":")
    out.appendJSONArray(shingles) { $0.append(int: Int($1)) }
    out.append("}")
  }

  static func read(_ row: WireJSON) -> (key: UInt64, shingles: [UInt32])? {
    guard let key = row["template_key"]?.signed64, let shingles = row["shingles"]?.hashes32 else {
      return nil
    }
    return (key, shingles)
  }
}

extension WireJSON {
  /// A signed 64-bit decimal string as the bits of a hash.
  var signed64: UInt64? { string.flatMap { Int64($0) }.map { UInt64(bitPattern: $0) } }

  /// An array of 32-bit hashes.
  var hashes32: [UInt32]? {
    guard let values = array else { return nil }
    var hashes: [UInt32] = []
    hashes.reserveCapacity(values.count)
    for value in values {
      guard let n = value.int, let hash = UInt32(exactly: n) else { return nil }
      hashes.append(hash)
    }
    return hashes
  }
}

extension ReportBuffer {
  /// A hash's bits as a signed 64-bit decimal string.
  mutating func append(signed hash: UInt64) {
    append("\"")
    append(string: String(Int64(bitPattern: hash)))
    append("\"")
  }
}
