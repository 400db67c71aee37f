import Foundation
import Testing

/// Runs the built `compare` executable, as a user would from a shell.
struct CLIRunner {
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The package root: every file a test reads is inside it.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  /// The five seed reports, as committed for the extraction tests (the same bytes as
  /// ../shared/seeds, which is not beside every checkout: a git worktree has none).
  static let seeds = packageRoot.appendingPathComponent("Tests/MetricsTests/Fixtures/extraction")
  static let sampleCSV = packageRoot.appendingPathComponent("samples/chongqing_per_student.csv")
  static let seedFacts = packageRoot.appendingPathComponent("samples/seed_facts.csv")

  /// `compare` sits beside the test bundle in the build folder.
  static let executable: URL = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
      "compare")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return packageRoot.appendingPathComponent(".build/debug/compare")
  }()

  static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Output
  {
    let p = Process()
    p.executableURL = executable
    p.arguments = arguments
    if let directory { p.currentDirectoryURL = directory }
    if !environment.isEmpty {
      p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    // Both pipes are drained at once, stderr on another thread: reading one to its end
    // first would block for good once the child fills the other pipe (64 KiB on Linux).
    let e = PipeDrain(err.fileHandleForReading)
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let eData = e.wait()
    p.waitUntilExit()
    return Output(
      status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: eData, as: UTF8.self))
  }

  /// A file or folder a test needs: its absence is a failure, not a skip, so a
  /// checkout that lacks it cannot pass by testing less.
  static func require(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
    try #require(
      FileManager.default.fileExists(atPath: url.path), "\(url.path) is missing", sourceLocation: sourceLocation)
    return url
  }

  /// The seed reports, sorted; a missing one fails the test.
  static func seedReports(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
    try [
      "000_fbdfa655b18779ee", "001_9dd3514ff93b17c8", "002_8fc72739b7b865c1", "003_5f29f3c7baff100d",
      "004_7811de6225d2c56f",
    ]
    .map { try require(seeds.appendingPathComponent("\($0).txt"), sourceLocation: sourceLocation).path }
  }

  static func write(_ text: String, to name: String, in dir: URL) throws -> URL {
    let url = dir.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }
}

/// Reads a pipe to its end on a thread of its own.
final class PipeDrain: @unchecked Sendable {
  // Written once by the reading thread before `done` is signalled, read after.
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    let thread = Thread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
    thread.start()
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}

/// A fresh folder under the system's temporary directory, removed with everything
/// in it when the test that owns it ends (when the last reference goes).
final class TemporaryDirectory: Sendable {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("compare-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }
}
