import ChartsTestSupport
import Testing

@testable import Charts

@Suite struct BarChartLayoutTests {
  @Test func standardBarIsDescendingTopToBottomWithOneBarPerDistrict() throws {
    let scene = try layout(.bar(Samples.bar()))
    expectClean(scene, "bar")
    let bars = scene.primitives(.bar).sorted { $0.rect!.y < $1.rect!.y }
    #expect(bars.count == 38)
    let expected = Samples.districts2023.sorted { $0.1 > $1.1 }.map(\.0)
    #expect(bars.map(\.key) == expected)
    let widths = bars.map { $0.rect!.width }
    #expect(widths == widths.sorted(by: >))
    // Category labels sit on their bars' rows.
    for bar in bars {
      let label = try #require(scene.texts(.categoryLabel).first { $0.text == bar.key })
      #expect(abs(label.bounds.minY + label.bounds.height / 2 - (bar.rect!.y + bar.rect!.height / 2)) < 1)
    }
  }

  @Test func barsStartAtZeroAndAreProportional() throws {
    let scene = try layout(.bar(Samples.bar()))
    let zero = try #require(scene.zeroLine).from.x
    let values = Dictionary(uniqueKeysWithValues: Samples.districts2023)
    let bars = scene.primitives(.bar)
    let perUnit = bars[0].rect!.width / values[bars[0].key]!
    for bar in bars {
      #expect(abs(bar.rect!.minX - zero) < 1e-9)
      #expect(abs(bar.rect!.width - values[bar.key]! * perUnit) < 1e-6)
    }
  }

  @Test func valueLabelsUseThousandsSeparatorsAtBarEnds() throws {
    let scene = try layout(.bar(Samples.bar()))
    let top = try #require(scene.primitives(.bar).max { $0.rect!.width < $1.rect!.width })
    let label = try #require(scene.primitives(.valueLabel, key: top.key).first?.textRun)
    #expect(label.text == "24,774")
    #expect(label.bounds.minX > top.rect!.maxX && label.bounds.minX - top.rect!.maxX < 6)
  }

  @Test func negativeBarsGrowLeftFromZeroWithLabelsOnTheLeft() throws {
    let scene = try layout(.bar(ChartGallery.negative))
    expectClean(scene, "negative")
    let zero = try #require(scene.zeroLine).from.x
    let spec = ChartGallery.negative
    for (i, name) in spec.categories.enumerated() {
      guard let v = spec.series[0].values[i] else {
        #expect(scene.primitives(.bar, key: name).isEmpty)
        #expect(scene.texts(.missingMark).contains { $0.text == "无数据" })
        continue
      }
      let bar = try #require(scene.primitives(.bar, key: name).first?.rect)
      let label = try #require(scene.primitives(.valueLabel, key: name).compactMap(\.textRun).first)
      if v < 0 {
        #expect(abs(bar.maxX - zero) < 1e-9)
        #expect(label.bounds.maxX <= bar.minX)
        #expect(label.text.hasPrefix("-"))
      } else {
        #expect(abs(bar.minX - zero) < 1e-9)
        #expect(label.bounds.minX >= bar.maxX)
      }
    }
    // Largest growth at the top, missing last.
    let rows = scene.texts(.categoryLabel).sorted { $0.y < $1.y }.map(\.text)
    #expect(rows.first == "城口县")
    #expect(rows.last == "万州区")
  }

  @Test func ascendingAndGivenOrders() throws {
    var spec = ChartGallery.negative
    spec.sort = .ascending
    let asc = try layout(.bar(spec)).texts(.categoryLabel).sorted { $0.y < $1.y }.map(\.text)
    #expect(asc.first == "黔江区" && asc.last == "万州区")
    spec.sort = .given
    let given = try layout(.bar(spec)).texts(.categoryLabel).sorted { $0.y < $1.y }.map(\.text)
    #expect(given == spec.categories)
  }

  @Test func groupedBarsSitSideBySideInSeriesOrder() throws {
    let spec = ChartGallery.grouped
    let scene = try layout(.bar(spec))
    expectClean(scene, "grouped")
    #expect(scene.primitives(.bar).count == 17)  // 6 × 3 minus the missing 城口县 2021
    #expect(scene.primitives(.legendLabel).map(\.key) == ["2021年", "2022年", "2023年"])
    let bars = scene.rects(.bar, key: "涪陵区").sorted { $0.y < $1.y }
    #expect(bars.count == 3)
    #expect(bars[0].height == bars[1].height && bars[1].height == bars[2].height)
    #expect(bars[0].maxY <= bars[1].minY && bars[1].maxY <= bars[2].minY)
    #expect(bars.map(\.width) == bars.map(\.width).sorted())  // 17,500 < 18,100 < 18,900
    #expect(scene.primitives(.missingMark, key: "城口县").count == 1)
    // Sorted by the last series (2023).
    let rows = scene.texts(.categoryLabel).sorted { $0.y < $1.y }.map(\.text)
    #expect(rows.first == "渝中区" && rows.last == "城口县")
  }

  @Test func stackedSegmentsAreContiguousAndTotalled() throws {
    var spec = ChartGallery.grouped
    spec.stacked = true
    let scene = try layout(.bar(spec))
    expectClean(scene, "stacked")
    let zero = try #require(scene.zeroLine).from.x
    for name in spec.categories {
      let segments = scene.rects(.bar, key: name).sorted { $0.x < $1.x }
      #expect(abs(segments[0].minX - zero) < 1e-9)
      for k in 1..<segments.count { #expect(abs(segments[k].minX - segments[k - 1].maxX) < 1e-9) }
      #expect(Set(segments.map(\.height)).count == 1)
    }
    let labels = scene.texts(.valueLabel).map(\.text)
    #expect(labels.contains("68,274"))
    #expect(labels.contains("28,800*"))
    #expect(scene.texts(.note).contains { $0.text.contains("带*的合计") })
  }

  @Test func highlightedCategoriesUseTheAccentAndTheRestAreMuted() throws {
    let scene = try layout(.bar(ChartGallery.highlighted))
    expectClean(scene, "highlight")
    let theme = Theme.standard
    for p in scene.primitives(.bar) {
      guard case .rect(_, let fill) = p.shape else { continue }
      #expect(fill == (ChartGallery.highlighted.highlights.contains(p.key) ? theme.accent : theme.mutedBar))
    }
    let bold = scene.texts(.categoryLabel).filter(\.font.bold).map(\.text)
    #expect(Set(bold) == ChartGallery.highlighted.highlights)
  }

  @Test func referenceLinesSitAtTheirValues() throws {
    let scene = try layout(.bar(ChartGallery.highlighted))
    let zero = try #require(scene.zeroLine).from.x
    let bar = try #require(scene.primitives(.bar, key: "渝中区").first?.rect)
    let perUnit = bar.width / 21966
    for p in scene.primitives(.referenceLine) {
      guard case .line(let a, let b, let s) = p.shape else { continue }
      let value = ChartGallery.highlighted.referenceLines.first { $0.label == p.key }!.value
      #expect(abs(a.x - (zero + value * perUnit)) < 1e-6 && a.x == b.x)
      #expect(!s.dash.isEmpty)
    }
    let labels = scene.texts(.referenceLabel).map(\.text)
    #expect(labels.contains("全市均值 18,500"))
    #expect(labels.contains("市级标准 18000元/生·年"))
  }

  @Test func verticalBarsStandOnZeroLeftToRightDescending() throws {
    let spec = ChartGallery.vertical
    let scene = try layout(.bar(spec))
    expectClean(scene, "vertical")
    let zero = try #require(scene.zeroLine).from.y
    let bars = scene.primitives(.bar).sorted { $0.rect!.x < $1.rect!.x }
    #expect(bars.allSatisfy { abs($0.rect!.maxY - zero) < 1e-9 })
    let heights = bars.map { $0.rect!.height }
    #expect(heights == heights.sorted(by: >))
    // Labels above their bars.
    for bar in bars {
      let label = try #require(scene.primitives(.valueLabel, key: bar.key).first?.textRun)
      #expect(label.bounds.maxY <= bar.rect!.minY)
    }
  }

  @Test func fewCategoriesKeepBarsOfAReadableWeightCentredOnTheirRows() throws {
    // Two districts in a 1200×480 chart: without a cap each bar would be ~90 pt thick.
    let theme = Theme()
    var spec = Samples.bar(size: .pixels(1200, 480))
    spec.categories = ["渝中区", "城口县"]
    spec.series = [BarSeries(name: "2023年", values: [21966, 24409])]
    let scene = try layout(.bar(spec))
    expectClean(scene, "two bars")
    let bars = scene.rects(.bar)
    #expect(bars.count == 2)
    #expect(bars.allSatisfy { $0.height <= theme.maximumBarThickness && $0.height > 0.85 * theme.maximumBarThickness })
    for bar in scene.primitives(.bar) {
      let label = try #require(scene.texts(.categoryLabel).first { $0.text == bar.key })
      #expect(abs(label.bounds.midY - bar.rect!.midY) < 1)
      let value = try #require(scene.primitives(.valueLabel, key: bar.key).first?.textRun)
      #expect(abs(value.bounds.midY - bar.rect!.midY) < 1)
    }
    // Grouped: the group is capped as a whole, its bars stay adjacent.
    spec.series = [
      BarSeries(name: "2022年", values: [20687, 23180]), BarSeries(name: "2023年", values: [21966, 24409]),
    ]
    let grouped = try layout(.bar(spec))
    let pair = grouped.rects(.bar, key: "城口县").sorted { $0.y < $1.y }
    #expect(pair.count == 2 && pair[0].height <= theme.maximumBarThickness)
    #expect(pair[1].minY - pair[0].maxY < 0.1 * pair[0].height)
    // Vertical columns have a cap of their own.
    spec.orientation = .vertical
    let columns = try layout(.bar(spec)).rects(.bar)
    #expect(columns.allSatisfy { $0.width <= theme.maximumColumnWidth })
  }

  @Test func wholeNumberFiguresGetWholeTicks() throws {
    // Ranks 1–3 (or counts of schools): no tick at 0.5 of a rank.
    var spec = Samples.bar(size: .pixels(1200, 480))
    spec.categories = ["A", "B", "C"]
    spec.series = [BarSeries(name: "排名", values: [1, 2, 3])]
    spec.valueFormat = ValueFormat(decimals: 0)
    let ticks = try layout(.bar(spec)).texts(.tickLabel).map(\.text)
    #expect(ticks == ["0", "1", "2", "3"], "\(ticks)")
    // With decimals, finer ticks stay.
    spec.valueFormat = ValueFormat(decimals: 1)
    #expect(try layout(.bar(spec)).texts(.tickLabel).contains { $0.text.contains(".5") })
  }

  @Test func longNamesWrapOrShortenWithAStatedRule() throws {
    var spec = ChartGallery.grouped
    spec.orientation = .vertical
    spec.size = .pixels(500, 500, dpi: 72)
    let scene = try layout(.bar(spec))
    expectClean(scene, "narrow vertical")
    let texts = scene.texts(.categoryLabel).map(\.text)
    #expect(!texts.contains("酉阳土家族苗族自治县"))
    #expect(texts.contains("酉阳县") || texts.contains("酉阳土家族"))
    if texts.contains("酉阳县") {
      #expect(scene.texts(.note).contains { $0.text.contains("酉阳县＝酉阳土家族苗族自治县") })
    }
  }

  @Test func tooManyCategoriesForTheHeightFailLoudly() throws {
    #expect(throws: ChartLayoutError.self) { try layout(.bar(Samples.bar(size: .pixels(600, 300)))) }
  }

  @Test func verticalMissingValuesAreMarkedNotZero() throws {
    var spec = ChartGallery.vertical
    spec.series[0].values[3] = nil
    let scene = try layout(.bar(spec))
    expectClean(scene, "vertical missing")
    #expect(scene.primitives(.bar).count == spec.categories.count - 1)
    #expect(scene.texts(.missingMark).map(\.text).joined() == "无数据")
  }
}
