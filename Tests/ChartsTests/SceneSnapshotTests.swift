import ChartsTestSupport
import Foundation
import Testing

@testable import Charts

/// Scene-level snapshots (the intermediate layer, as Vega-Lite commits compiled specs):
/// the text dump of a scene laid out with the font-free ``FixedWidthMeasurer``, so it
/// is identical on every machine. `RECORD_GOLDENS=1` rewrites them.
@Suite struct SceneSnapshotTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

  @Test(arguments: ["bar", "trend", "bar-grouped", "trend-flags"])
  func matchesSnapshot(name: String) throws {
    let spec = ChartGallery.all.first { $0.0 == name }!.1
    let text = try layout(spec).description + "\n"
    let url = Self.folder.appendingPathComponent("\(name).scene.txt")
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if text != expected {
      let actual = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).scene.txt")
      try text.write(to: actual, atomically: true, encoding: .utf8)
      let a = text.split(separator: "\n"), e = expected.split(separator: "\n")
      let first = Array(zip(a, e)).firstIndex { $0.0 != $0.1 } ?? min(a.count, e.count)
      Issue.record("\(name): scene differs from snapshot at line \(first + 1); actual written to \(actual.path)")
    }
  }
}
