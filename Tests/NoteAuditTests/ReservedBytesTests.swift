import Testing

@testable import NoteAudit

/// Writes into room reserved in a `ReportBuffer` are bounded in release builds too.
@Suite struct ReservedBytesTests {
  @Test func piecesThatFillTheRoomExactlyAreWritten() {
    var out = ReportBuffer(capacity: 16)
    out.append("[")
    out.write(reserving: 3 + ReservedBytes.intRoom) { room in
      room.put("ab")
      room.put(UInt8(ascii: ","))
      room.put(int: Int.min)
    }
    out.write(reserving: ReservedBytes.jsonRoom(2)) { room in
      let bytes: [UInt8] = [0x01, 0x02]
      bytes.withUnsafeBufferPointer { room.put(jsonQuoted: $0, htmlSafe: false) }
    }
    #expect(out.string == #"[ab,-9223372036854775808"\u0001\u0002""#)
  }

  @Test func aPieceThatWouldPassTheRoomStopsTheProgram() async {
    await #expect(processExitsWith: .failure) {
      var out = ReportBuffer(capacity: 64)
      out.write(reserving: 2) { $0.put("abc") }
    }
    await #expect(processExitsWith: .failure) {
      var out = ReportBuffer(capacity: 64)
      out.write(reserving: 3) { $0.put(int: 1234) }
    }
  }
}
