import Foundation
import Testing

/// The runner itself: a test helper that can hang or leave files behind is a bug too.
@Suite struct CLIRunnerTests {
  /// More than a pipe holds (64 KiB) on stderr while stdout stays open: a runner
  /// that read stdout to its end first would wait for ever. The time limit turns a
  /// hang into a failure.
  @Test(.timeLimit(.minutes(2)))
  func aLargeStderrDoesNotBlockTheRunner() throws {
    let value = String(repeating: "x", count: 100_000)
    let r = try CLIRunner.run(["table", "--data", "a.csv", "--indicator", "生均经费", "--level", value])
    #expect(r.status != 0)
    #expect(r.stderr.utf8.count > 100_000)
    #expect(r.stderr.contains("is invalid for '--level <level>'"))
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
