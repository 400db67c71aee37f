import ChartsTestSupport
import Testing

@testable import Charts

@Suite struct TrendChartLayoutTests {
  func points(_ p: Primitive) -> [Point] {
    if case .polyline(let ps, _) = p.shape { return ps }
    return []
  }

  @Test func missingYearsAreGapsNotZeros() throws {
    let scene = try layout(.trend(Samples.trendChart()))
    expectClean(scene, "trend")
    for (name, values) in Samples.trend {
      let lines = scene.primitives(.seriesLine, key: name)
      let markers = scene.primitives(.marker, key: name)
      #expect(markers.count == values.compactMap { $0 }.count)
      let missing = values.firstIndex { $0 == nil }
      #expect(lines.count == (missing == nil ? 1 : 2), "\(name)")
      if let missing {
        // No segment spans the missing year.
        let xs = markers.map { $0.bounds.minX + $0.bounds.width / 2 }.sorted()
        let before = xs[missing - 1], after = xs[missing]
        for line in lines {
          let ps = points(line)
          #expect(ps.allSatisfy { $0.x <= before + 1e-9 } || ps.allSatisfy { $0.x >= after - 1e-9 })
        }
      }
    }
    // Values are 12,000+; a zero would fall far below the plot's bottom axis.
    let bottom = try #require(scene.zeroLine).from.y
    #expect(scene.primitives(.marker).allSatisfy { $0.bounds.maxY <= bottom + 1e-9 })
  }

  @Test func eightEndLabelsDoNotCollideAndFollowTheirLines() throws {
    let scene = try layout(.trend(Samples.trendChart()))
    expectClean(scene, "trend")
    let labels = EndLabelOrder(scene, series: Samples.trend.map(\.0))
    #expect(labels.keys.sorted() == Samples.trend.map(\.0).sorted())
    #expect(scene.primitives(.legendLabel).isEmpty)
    #expect(labels.byLabel == labels.byLine)
    #expect(labels.movedWithoutLeader.isEmpty)
  }

  @Test func moreThanEightLinesGetALegend() throws {
    let scene = try layout(.trend(ChartGallery.manyLines))
    expectClean(scene, "legend")
    #expect(scene.primitives(.endLabel).isEmpty)
    #expect(scene.primitives(.legendLabel).count == 10)
  }

  @Test func labelsThatCannotFitGetALegend() throws {
    var spec = Samples.trendChart()
    spec.series = Array(spec.series.prefix(3))
    spec.series[0].name = "重庆市渝中区教育委员会直属学校与区属学校合计口径"
    let scene = try layout(.trend(spec))
    expectClean(scene, "long names")
    #expect(scene.primitives(.endLabel).isEmpty)
    #expect(scene.primitives(.legendLabel).count == 3)
  }

  @Test func approximateAndDerivedPointsAreHollowWithDashedSegments() throws {
    let spec = ChartGallery.flagged
    let scene = try layout(.trend(spec))
    expectClean(scene, "flags")
    for series in spec.series {
      let markers = scene.primitives(.marker, key: series.name).sorted { $0.bounds.minX < $1.bounds.minX }
      for (i, m) in markers.enumerated() {
        guard case .circle(_, _, let fill, _) = m.shape else { continue }
        #expect((fill == nil) == !series.flag(i).isEmpty, "\(series.name) \(i)")
      }
      for line in scene.primitives(.seriesLine, key: series.name) {
        guard case .polyline(let ps, let stroke) = line.shape else { continue }
        let flaggedXs = markers.enumerated().filter { !series.flag($0.offset).isEmpty }.map { $0.element.bounds.midX }
        let touches = ps.contains { p in flaggedXs.contains { abs($0 - p.x) < 1e-6 } }
        #expect(touches == !stroke.dash.isEmpty, "\(series.name)")
      }
    }
    // 渝中区 2023 is approximate: two dashed segments around it, solid before.
    #expect(scene.primitives(.seriesLine, key: "渝中区").count == 2)
  }

  @Test func mutedSeriesAreGreyAndUnderneath() throws {
    let spec = ChartGallery.flagged
    let scene = try layout(.trend(spec))
    let order = scene.primitives(.seriesLine).map(\.key)
    #expect(order.first == "九龙坡区")
    for p in scene.primitives(.seriesLine, key: "九龙坡区") {
      guard case .polyline(_, let s) = p.shape else { continue }
      #expect(s.color == Theme.standard.mutedLine)
    }
  }

  @Test func valueAxisIsNiceAndNotForcedToZero() throws {
    let scene = try layout(.trend(Samples.trendChart()))
    let ticks = scene.texts(.tickLabel).map(\.text)
    #expect(ticks.contains("12,000") && ticks.contains("28,000"))
    #expect(!ticks.contains("0"))
    #expect(ticks.contains("2015") && ticks.contains("2024"))
  }
}
