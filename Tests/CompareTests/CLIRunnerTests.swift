import Foundation
import Testing

/// The runner itself: a test helper that can hang or leave files behind is a bug too.
@Suite struct CLIRunnerTests {
  /// More than a pipe holds (64 KiB) on stderr while stdout stays open: a runner
  /// that read stdout to its end first would wait for ever. The runner runs on a
  /// thread of its own so that a hang fails the test (after a minute: a safety net
  /// far above the ~0.1 s this takes, not a measurement) instead of hanging the run.
  @Test func aLargeStderrDoesNotBlockTheRunner() throws {
    let value = String(repeating: "x", count: 100_000)
    let finished = DispatchSemaphore(value: 0)
    let result = ResultBox()
    Thread {
      result.value = Result {
        try CLIRunner.run(["table", "--data", "a.csv", "--indicator", "生均经费", "--level", value])
      }
      finished.signal()
    }.start()
    guard finished.wait(timeout: .now() + 60) == .success else {
      Issue.record("CLIRunner.run blocked: it does not drain stdout and stderr at the same time")
      return
    }
    let r = try #require(result.value).get()
    #expect(r.status != 0)
    #expect(r.stderr.utf8.count > 100_000)
    #expect(r.stderr.contains("is invalid for '--level <level>'"))
  }

  /// Written by the runner's thread before it signals, read after.
  final class ResultBox: @unchecked Sendable {
    var value: Result<CLIRunner.Output, Error>?
  }

  @Test func aTemporaryDirectoryIsRemovedWithItsFiles() throws {
    var dir: TemporaryDirectory? = try TemporaryDirectory()
    let url = try #require(dir?.url)
    _ = try CLIRunner.write("a", to: "a.txt", in: url)
    #expect(FileManager.default.fileExists(atPath: url.appendingPathComponent("a.txt").path))
    dir = nil
    #expect(!FileManager.default.fileExists(atPath: url.path))
  }
}
