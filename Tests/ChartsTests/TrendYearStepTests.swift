import ChartsTestSupport
import Testing

@testable import Charts

/// Non-annual trends (issue 17, item 1): a gap is a year the series' own step expects
/// and lacks, and years sit on the axis by their values.
@Suite struct TrendYearStepTests {
  @Test(arguments: [
    ([2015, 2020, 2025], 5 as Int?), ([1952, 1957, 1962, 1967], 5), ([2015, 2016, 2018, 2019], 1),
    ([2015, 2024], nil), ([2020], nil),
  ])
  func aSeriesStepIsItsShortestInterval(years: [Int], step: Int?) {
    #expect(YearStep.of(years) == step)
  }

  @Test(arguments: [([2015, 2020, 2025], 5), ([2015, 2020, 2021], 1), ([1952, 1962, 1967], 5), ([2020], 1)])
  func theGridIsTheCommonInterval(years: [Int], grid: Int) {
    #expect(YearStep.grid(years) == grid)
  }

  func spec(years: [Int], _ series: [TrendSeries]) -> TrendChartSpec {
    TrendChartSpec(title: "预期寿命", years: years, series: series, valueAxisTitle: "岁")
  }

  func xs(_ scene: Scene, _ key: String) -> [Double] {
    scene.primitives(.marker, key: key).map { $0.bounds.minX + $0.bounds.width / 2 }.sorted()
  }

  @Test func fiveYearlyPointsAmongAnnualSlotsAreOneLine() throws {
    // Slots for every year (as an annual series beside it needs), values every fifth year.
    let years = Array(2015...2025)
    let fiveYearly = years.map { ($0 - 2015) % 5 == 0 ? Double($0 - 1940) : nil }
    let annual = years.map { $0 == 2019 ? nil : Double($0 - 1950) }
    let scene = try layout(
      .trend(
        spec(years: years, [TrendSeries(name: "甲国", values: fiveYearly), TrendSeries(name: "乙国", values: annual)])))
    expectClean(scene, "five-yearly")
    // 甲国: 2015–2020–2025 joined; 乙国: broken at 2019, which its own annual step expects.
    #expect(scene.primitives(.seriesLine, key: "甲国").count == 1)
    #expect(scene.primitives(.seriesLine, key: "乙国").count == 2)
  }

  @Test func yearsAreSpacedByTheirValues() throws {
    let years = [2010, 2015, 2020, 2021, 2022]
    let scene = try layout(
      .trend(spec(years: years, [TrendSeries(name: "甲区", values: [1, 2, 3, 4, 5].map(Double.init))])))
    expectClean(scene, "linear years")
    let x = xs(scene, "甲区")
    let perYear = (x[4] - x[0]) / 12
    for (k, y) in years.enumerated() { #expect(abs(x[k] - (x[0] + Double(y - 2010) * perYear)) < 1e-6) }
    // Ticks at the data years.
    let ticks = Set(scene.texts(.tickLabel).map(\.text))
    #expect(years.allSatisfy { ticks.contains(String($0)) })
    #expect(!ticks.contains("2012"))
  }

  @Test func sixtyYearsAtFiveYearStepsLabelTheirOwnYears() throws {
    let years = Array(stride(from: 1952, through: 2007, by: 5))
    let scene = try layout(
      .trend(
        spec(
          years: years,
          [TrendSeries(name: "甲国", values: years.map { Double($0 - 1900) })])))
    expectClean(scene, "1952-2007")
    let ticks = scene.texts(.tickLabel).map(\.text).filter { $0.count == 4 }
    #expect(ticks.contains("1952"))
    #expect(ticks.allSatisfy { years.contains(Int($0) ?? 0) })
    #expect(scene.primitives(.seriesLine, key: "甲国").count == 1)
  }
}
