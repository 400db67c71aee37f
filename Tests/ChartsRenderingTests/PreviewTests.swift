import ChartsTestSupport
import Foundation
import Testing

@testable import Charts
@testable import ChartsRendering

/// Writes the sample charts to $CHARTS_PREVIEW_DIR for looking at them (skipped otherwise).
@Suite struct PreviewTests {
  @Test(.enabled(if: ProcessInfo.processInfo.environment["CHARTS_PREVIEW_DIR"] != nil))
  func writePreviews() throws {
    let dir = URL(fileURLWithPath: ProcessInfo.processInfo.environment["CHARTS_PREVIEW_DIR"]!)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, spec) in ChartGallery.all {
      for format in [OutputFormat.png, .pdf, .svg, .textSVG] {
        let data = try ChartRendering.render(spec, format: format)
        try data.write(to: dir.appendingPathComponent("\(name).\(format.fileExtension)"))
      }
      let scene = try ChartLayout.scene(for: spec, measurer: PangoTextMeasurer.shared)
      #expect(scene.overlappingTexts().isEmpty, "\(name)")
      #expect(scene.primitivesOutsideCanvas().isEmpty, "\(name)")
    }
  }
}
