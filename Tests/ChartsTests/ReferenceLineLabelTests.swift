import ChartsTestSupport
import Testing

@testable import Charts

/// A mean or standard line that runs through a bar's value label strikes the number
/// through (issue 17, item 7): the line stops short of the label instead.
@Suite struct ReferenceLineLabelTests {
  func spec(_ orientation: BarChartSpec.Orientation, reference: Double) -> BarChartSpec {
    var s = BarChartSpec(
      title: "2023年各区县生均经费", categories: ["甲区", "乙区", "丙区", "丁区"],
      series: [BarSeries(name: "2023年", values: [20000, 19800, 12000, 9000])], valueAxisTitle: "元",
      size: .pixels(900, 600))
    s.orientation = orientation
    s.valueFormat = ValueFormat(decimals: 0, suffix: "", thousandsSeparator: true)
    s.referenceLines = [ReferenceLine(value: reference, label: "平均")]
    return s
  }

  @Test(arguments: [BarChartSpec.Orientation.horizontal, .vertical])
  func theMeanLineStopsShortOfTheValueLabelsItWouldCross(_ orientation: BarChartSpec.Orientation) throws {
    // Where 甲区's label "20,000" stands, just past the end of its bar: found from a
    // first layout by the bar's own scale.
    let first = try layout(.bar(spec(orientation, reference: 10000)))
    let bar = try #require(first.primitives(.bar, key: "甲区").first?.rect)
    let box = try #require(first.primitives(.valueLabel, key: "甲区").first?.textRun).bounds
    let at =
      orientation == .horizontal
      ? 20000 * (box.midX - bar.minX) / bar.width : 20000 * (bar.maxY - box.midY) / bar.height
    let scene = try layout(.bar(spec(orientation, reference: at)))
    let label = try #require(scene.primitives(.valueLabel, key: "甲区").first?.textRun).bounds
    let lines = scene.primitives(.referenceLine)
    let line = try #require(lines.first)
    guard case .line(let a, _, _) = line.shape else { throw ChartLayoutError.invalidSpec("not a line") }
    // The line's position lies within the label's extent along the bars: it would cross it.
    if orientation == .horizontal {
      #expect(a.x > label.minX && a.x < label.maxX)
    } else {
      #expect(a.y > label.minY && a.y < label.maxY)
    }
    #expect(scene.referenceLinesCrossingValueLabels().isEmpty)
    expectClean(scene, "mean through a label")
    // Still one line across the plot, broken only around the label.
    #expect(lines.count >= 2)
    let length = lines.reduce(0.0) { sum, p in
      guard case .line(let a, let b, _) = p.shape else { return sum }
      return sum + abs(b.x - a.x) + abs(b.y - a.y)
    }
    let across = orientation == .horizontal ? label.height : label.width
    #expect(length > across * 3)
  }
}
