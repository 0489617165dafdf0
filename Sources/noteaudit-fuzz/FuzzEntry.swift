import NoteAudit

/// libFuzzer entry point; the fuzz harness (Scripts/fuzz.sh) selects the target with
/// NOTEAUDIT_FUZZ_TARGET. Built without `--sanitize=fuzzer` this file is inert.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = TokenizedText(bytes: bytes)
  return 0
}
