import Foundation
import Testing

/// Each command's `--help`, compared with a committed file in Snapshots/, as
/// swift-argument-parser does for its examples: a changed option, value list or
/// wording shows up as a diff in review.
///
/// Re-record after an intended change, then read the diff of Snapshots/:
///
///     RECORD_SNAPSHOTS=1 swift test --filter HelpSnapshotTests
///
/// The width is fixed (COLUMNS=80) so a wide terminal or CI's lack of one wraps
/// the text the same way.
@Suite struct HelpSnapshotTests {
  static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
  /// "" is `compare --help` itself.
  static let commands = ["", "bar", "trend", "table", "check", "duties", "extract", "indicators", "briefing"]

  @Test(arguments: commands)
  func helpMatchesSnapshot(_ command: String) throws {
    let r = try CLIRunner.run((command.isEmpty ? [] : [command]) + ["--help"], environment: ["COLUMNS": "80"])
    #expect(r.status == 0, "\(r.stderr)")
    let file = Self.snapshots.appendingPathComponent("\(command.isEmpty ? "compare" : command).help.txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try FileManager.default.createDirectory(at: Self.snapshots, withIntermediateDirectories: true)
      try Data(r.stdout.utf8).write(to: file, options: .atomic)
      return
    }
    let expected = try #require(
      try? String(contentsOf: file, encoding: .utf8),
      "no snapshot \(file.lastPathComponent): record it with RECORD_SNAPSHOTS=1 swift test --filter HelpSnapshotTests")
    #expect(
      r.stdout == expected,
      "compare \(command) --help differs from Snapshots/\(file.lastPathComponent)\(Self.firstDifference(r.stdout, expected))"
    )
  }

  /// The first line that differs, so the failure says where without a diff tool.
  static func firstDifference(_ actual: String, _ expected: String) -> String {
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(a.count, e.count) where i >= a.count || i >= e.count || a[i] != e[i] {
      return "; line \(i + 1): got \"\(i < a.count ? a[i] : "(end)")\", expected \"\(i < e.count ? e[i] : "(end)")\""
    }
    return ""
  }
}
