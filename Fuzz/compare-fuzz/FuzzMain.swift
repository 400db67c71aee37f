// Coverage-guided fuzzing of the readers and the extractor (see FuzzInput and scripts/fuzz.sh).
//
// Built with `-sanitize=fuzzer -D FUZZING`, `main` hands over to libFuzzer's driver, which
// calls `fuzzOneInput` for each input it makes. (SwiftPM names an executable's entry point
// itself, so libFuzzer's own `main` cannot be used; `LLVMFuzzerRunDriver` is its documented
// alternative.) Built plainly, as `swift build` does, this is a replayer: `compare-fuzz FILE…`
// runs each file as one input, to reproduce a crash or check a corpus.
import Foundation

#if FUZZING
  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt
#endif

@main enum FuzzMain {
  static func main() {
    #if FUZZING
      var argc = CommandLine.argc
      var argv = CommandLine.unsafeArgv
      exit(
        LLVMFuzzerRunDriver(&argc, &argv) { start, count in
          FuzzInput.run(UnsafeRawBufferPointer(start: start, count: count))
          return 0
        })
    #else
      for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("compare-fuzz: cannot read \(path)\n".utf8))
          exit(1)
        }
        data.withUnsafeBytes { FuzzInput.run($0) }
      }
    #endif
  }
}
