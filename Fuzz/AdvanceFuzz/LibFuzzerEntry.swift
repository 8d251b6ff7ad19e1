#if FUZZING
#if canImport(Glibc)
import Glibc
#endif

nonisolated(unsafe) private var selectedTarget: String?

/// libFuzzer's entry point: one input through the target named by `$ADVANCE_FUZZ_TARGET`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  if selectedTarget == nil {
    selectedTarget = getenv("ADVANCE_FUZZ_TARGET").map { String(cString: $0) } ?? ""
  }
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  guard let name = selectedTarget, FuzzTargets.run(name, bytes) else {
    print("set ADVANCE_FUZZ_TARGET to one of: \(FuzzTargets.all.keys.sorted())")
    exit(2)
  }
  return 0
}
#endif
