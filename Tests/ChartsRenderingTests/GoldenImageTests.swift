import CCairo
import ChartsTestSupport
import Foundation
import Testing

@testable import Charts
@testable import ChartsRendering

/// Renders charts to PNG and compares them with committed goldens by RMS pixel
/// difference (as matplotlib's `compare_images`), never byte for byte: a new Cairo,
/// Pango or font version may move anti-aliasing a little.
///
/// `RECORD_GOLDENS=1 swift test --filter GoldenImageTests` rewrites the goldens.
/// On failure the actual image and a difference image are written to a temporary
/// directory whose path is in the failure message.
@Suite struct GoldenImageTests {
  static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
  /// RMS over RGB channels, 0–255.
  static let tolerance = 3.0

  static let cases: [String] = ["bar", "trend", "bar-negative"]

  static func spec(_ name: String) -> ChartSpec {
    switch name {
    case "bar": .bar(Samples.bar(size: .pixels(900, 750, dpi: 108)))
    case "trend": .trend(Samples.trendChart(size: .pixels(900, 600, dpi: 108)))
    default: .bar(ChartGallery.negative)
    }
  }

  @Test(arguments: cases)
  func matchesGolden(name: String) throws {
    let actual = try ChartRendering.render(Self.spec(name), format: .png)
    let url = Self.goldens.appendingPathComponent("\(name).png")
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      try actual.write(to: url, options: .atomic)
      return
    }
    let comparison = try Self.compare(actual, golden: try Data(contentsOf: url), name: name)
    if !comparison.passes {
      let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
        "charts-goldens-\(ProcessInfo.processInfo.processIdentifier)")
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      try actual.write(to: dir.appendingPathComponent("\(name).actual.png"))
      try writeRGB(
        comparison.diff, width: comparison.width, height: comparison.height,
        to: dir.appendingPathComponent("\(name).diff.png"))
      Issue.record("\(name): RMS \(comparison.rms) > \(Self.tolerance); actual and diff written to \(dir.path)")
    }
  }

  /// The comparison `matchesGolden` makes: RMS over RGB within ``tolerance``, and a
  /// difference image (white where equal, darker where further apart).
  struct Comparison {
    var rms: Double
    var diff: [UInt8]
    var width: Int, height: Int
    var passes: Bool { rms <= GoldenImageTests.tolerance }
  }

  static func compare(_ actual: Data, golden: Data, name: String) throws -> Comparison {
    let a = try decodePNG(actual), g = try decodePNG(golden)
    try #require(
      a.width == g.width && a.height == g.height, "\(name): size \(a.width)×\(a.height), golden \(g.width)×\(g.height)")
    var sum = 0.0
    var diff = [UInt8](repeating: 255, count: a.rgb.count)
    for i in a.rgb.indices {
      let d = Double(Int(a.rgb[i]) - Int(g.rgb[i]))
      sum += d * d
      if d != 0 { diff[i] = UInt8(max(0, 255 - min(255, abs(d) * 4))) }
    }
    return Comparison(rms: (sum / Double(a.rgb.count)).squareRoot(), diff: diff, width: a.width, height: a.height)
  }

  @Test func comparisonDetectsAChangedChart() throws {
    // The check `matchesGolden` makes must be able to fail: a different chart is far
    // from the golden, and the chart itself is within the tolerance of it.
    let golden = try Data(contentsOf: Self.goldens.appendingPathComponent("bar-negative.png"))
    var spec = ChartGallery.negative
    spec.series[0].values[0] = 1
    let changed = try Self.compare(try ChartRendering.render(.bar(spec), format: .png), golden: golden, name: "changed")
    #expect(!changed.passes)
    #expect(changed.diff.contains { $0 < 255 })
    let same = try Self.compare(
      try ChartRendering.render(Self.spec("bar-negative"), format: .png), golden: golden, name: "same")
    #expect(same.passes)
  }

  private func writeRGB(_ rgb: [UInt8], width: Int, height: Int, to url: URL) throws {
    // Draw the difference with Cairo directly: one surface, pixels copied in.
    let surface = try #require(cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)))
    defer { cairo_surface_destroy(surface) }
    let stride = Int(cairo_image_surface_get_stride(surface))
    let data = try #require(cairo_image_surface_get_data(surface))
    for y in 0..<height {
      let row = UnsafeMutableRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
      for x in 0..<width {
        let i = (y * width + x) * 3
        row[x] = UInt32(rgb[i]) << 16 | UInt32(rgb[i + 1]) << 8 | UInt32(rgb[i + 2])
      }
    }
    cairo_surface_mark_dirty(surface)
    cairo_surface_write_to_png(surface, url.path)
  }
}
