import Charts
import Metrics
import Testing

@testable import ChartBuilding

/// Charts of data the tool was not made for (issue 17): non-annual years, a top-N
/// chart's mean, a named year that leaves districts out, places that are not districts.
@Suite struct Issue17ChartTests {
  func build(_ r: ChartRequest, _ csv: String) throws -> BuiltChart {
    try ChartBuilder(table: try Tables.read(csv)).build(r)
  }

  func bar(_ built: BuiltChart) throws -> BarChartSpec {
    guard case .bar(let spec) = built.spec else { throw ChartBuildError("not a bar chart") }
    return spec
  }

  func trend(_ built: BuiltChart) throws -> TrendChartSpec {
    guard case .trend(let spec) = built.spec else { throw ChartBuildError("not a trend chart") }
    return spec
  }

  /// Life expectancy of three countries at 5-year steps; 丙国 lacks 1962.
  static let fiveYearly: String = {
    var csv = "district,year,indicator,value,unit\n"
    for (k, country) in ["甲国", "乙国", "丙国"].enumerated() {
      for year in stride(from: 1952, through: 1977, by: 5) where !(country == "丙国" && year == 1962) {
        csv += "\(country),\(year),预期寿命,\(50 + k * 5 + (year - 1952) / 5),岁\n"
      }
    }
    return csv
  }()

  @Test func aFiveYearlyTrendHasFiveYearSlotsAndAGapOnlyWhereAStepIsMissing() throws {
    let built = try build(ChartRequest(kind: .trend, indicator: "预期寿命"), Self.fiveYearly)
    let spec = try trend(built)
    #expect(spec.years == [1952, 1957, 1962, 1967, 1972, 1977])
    let byName = Dictionary(uniqueKeysWithValues: spec.series.map { ($0.name, $0.values) })
    #expect(byName["甲国"]?.allSatisfy { $0 != nil } == true)
    #expect(byName["丙国"]?[2] == nil)
    // Drawn: 甲国 one line; 丙国 broken at 1962 only.
    let scene = try ChartLayout.scene(for: built.spec, measurer: FixedWidthMeasurer())
    #expect(scene.primitives(.seriesLine, key: "甲国").count == 1)
    #expect(scene.primitives(.seriesLine, key: "丙国").count == 2)
  }

  @Test func milestoneYearsWithinASpanAreSlotsOfTheirStep() throws {
    let csv = """
      district,year,indicator,value,unit
      甲区,2015,生均一般公共预算教育经费,10000,元
      甲区,2020,生均一般公共预算教育经费,12000,元
      甲区,2025,生均一般公共预算教育经费,15000,元
      乙区,2015,生均一般公共预算教育经费,9000,元
      乙区,2025,生均一般公共预算教育经费,14000,元
      """
    var r = ChartRequest(kind: .trend, indicator: "生均一般公共预算教育经费")
    r.years = 2014...2025
    let spec = try trend(try build(r, csv))
    #expect(spec.years == [2015, 2020, 2025])
    #expect(spec.title.hasPrefix("2015—2025年"))
  }

  @Test func anAnnualYearNobodyReportsIsStillAGap() throws {
    let csv = """
      district,year,indicator,value,unit
      甲区,2017,生均一般公共预算教育经费,10000,元
      甲区,2018,生均一般公共预算教育经费,11000,元
      甲区,2020,生均一般公共预算教育经费,12000,元
      甲区,2021,生均一般公共预算教育经费,13000,元
      """
    let spec = try trend(try build(ChartRequest(kind: .trend, indicator: "生均一般公共预算教育经费"), csv))
    #expect(spec.years == [2017, 2018, 2019, 2020, 2021])
    let scene = try ChartLayout.scene(for: .trend(spec), measurer: FixedWidthMeasurer())
    #expect(scene.primitives(.seriesLine, key: "甲区").count == 2)
  }

  /// Ten districts, 1000 to 10000 元: the mean of all is 5500, of the top 3 9000.
  static let ten: String = {
    var csv = "district,year,indicator,value,unit\n"
    for k in 1...10 {
      csv += "\(["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"][k - 1])区,2023,生均一般公共预算教育经费,\(k * 1000),元\n"
    }
    return csv
  }()

  @Test func aTopNChartsMeanIsOfAllDistrictsAndSaysSo() throws {
    var r = ChartRequest(kind: .bar, indicator: "生均一般公共预算教育经费")
    r.top = 3
    r.references = [.mean]
    let spec = try bar(try build(r, Self.ten))
    #expect(spec.categories.count == 3)
    #expect(spec.referenceLines == [ReferenceLine(value: 5500, label: "全部10个区县平均 5,500元")])
    #expect(spec.notes.contains { $0.contains("平均线为全部10个区县数值的简单平均") && $0.contains("非图中所示3个区县的平均") })
  }

  @Test func withoutTopTheMeanIsPlain() throws {
    var r = ChartRequest(kind: .bar, indicator: "生均一般公共预算教育经费")
    r.references = [.mean]
    let spec = try bar(try build(r, Self.ten))
    #expect(spec.referenceLines == [ReferenceLine(value: 5500, label: "平均 5,500元")])
  }

  @Test func aNamedYearSaysWhichDistrictsItLeavesOut() throws {
    let csv = """
      district,year,indicator,value,unit
      甲区,2021,生均一般公共预算教育经费,10000,元
      甲区,2022,生均一般公共预算教育经费,11000,元
      乙区,2022,生均一般公共预算教育经费,12000,元
      丙区,2021,生均一般公共预算教育经费,9000,元
      丙区,2023,生均一般公共预算教育经费,9500,元
      """
    var r = ChartRequest(kind: .bar, indicator: "生均一般公共预算教育经费")
    r.years = 2022...2022
    let built = try build(r, csv)
    let spec = try bar(built)
    #expect(Set(spec.categories) == ["甲区", "乙区"])
    #expect(spec.notes.contains("未列出无2022年数据的区县：丙区（有数据的年份：2021、2023年）。"))
    #expect(built.warnings.contains { $0.hasPrefix("not shown, having no figure for 2022: 丙区 (has 2021, 2023)") })
    // The year was named: nothing says the comparison "must name its year".
    #expect(!built.warnings.contains { $0.contains("must name its year") })
  }

  static let countries = """
    district,year,indicator,value,unit
    日本,2020,人均GDP,40000,美元
    巴西,2020,人均GDP,7000,美元
    印度,2020,人均GDP,1900,美元
    """

  @Test func placesThatAreNotDistrictsGetANeutralNoun() throws {
    var r = ChartRequest(kind: .bar, indicator: "人均GDP")
    r.top = 2
    let built = try build(r, Self.countries)
    let spec = try bar(built)
    #expect(spec.title == "2020年各地区人均GDP")
    #expect(spec.notes.contains("图中仅显示2020年数值最高的2个地区（共3个）。"))
    #expect(!spec.notes.joined().contains("区县"))
    var withMean = r
    withMean.references = [.mean]
    // Whole dollars from a thousand up: 16,300美元, not 16,300.0美元.
    #expect(
      try bar(try build(withMean, Self.countries)).referenceLines.map(\.label) == ["全部3个地区平均 16,300美元"])
  }

  @Test func theEntityNounCanBeNamed() throws {
    var r = ChartRequest(kind: .trend, indicator: "人均GDP")
    r.entity = "国家"
    r.districts = ["日本", "巴西"]
    let spec = try trend(try build(r, Self.countries))
    #expect(spec.title == "2020年部分国家人均GDP")
  }

  @Test(arguments: [
    (["渝中区", "城口县", "**市"], "区县"), (["仙桃市", "栾川县"], "区县"), (["甲区", "乙区"], "区县"),
    (["日本", "巴西", "印度"], "地区"), (["洛阳市", "郑州市"], "地区"),
  ])
  func theNounIsGuessedFromTheNames(names: [String], noun: String) {
    #expect(EntityNoun.guess(names).noun == noun)
  }

  @Test func anUncataloguedIndicatorIsSaidOnTheTerminalNotOnTheChart() throws {
    let built = try build(ChartRequest(kind: .bar, indicator: "人均GDP"), Self.countries)
    #expect(!(try bar(built)).notes.contains { $0.contains("不在指标目录中") })
    #expect(built.warnings.contains { $0.contains("not in the indicator catalog") })
    var r = ChartRequest(kind: .bar, indicator: "人均GDP")
    r.uncataloguedNote = true
    #expect(try bar(try build(r, Self.countries)).notes.contains("“人均GDP”不在指标目录中，按原文名称比较。"))
  }

  @Test func aTableOfCountriesIsHeadedByTheNeutralNoun() {
    let p = Panel(
      indicatorName: "人均GDP", unit: Unit(symbol: "美元", dimension: .other), districts: ["日本", "巴西"],
      years: [2020], values: [[40000], [7000]])
    #expect(PanelFormatter.markdown(p).contains("| 地区 | 2020 |"))
  }
}
