import ChartsTestSupport
import Testing

@testable import Charts
@testable import ChartsRendering

/// The layout checks of ChartsTests again, with the widths Pango measures in the
/// installed fonts instead of the fixed-width stand-in.
@Suite struct RealFontLayoutTests {
  @Test(arguments: ChartGallery.all.map(\.0))
  func everyGalleryChartIsClean(name: String) throws {
    let spec = ChartGallery.all.first { $0.0 == name }!.1
    expectClean(try layout(spec, measurer: PangoTextMeasurer.shared), name)
  }

  @Test func eightEndLabelsDoNotCollideAndFollowTheirLines() throws {
    let scene = try layout(.trend(Samples.trendChart()), measurer: PangoTextMeasurer.shared)
    expectClean(scene, "trend")
    let labels = EndLabelOrder(scene, series: Samples.trend.map(\.0))
    #expect(labels.keys.sorted() == Samples.trend.map(\.0).sorted())
    #expect(scene.primitives(.legendLabel).isEmpty)
    #expect(labels.byLabel == labels.byLine)
    #expect(labels.movedWithoutLeader.isEmpty)
  }
}
