import Charts
import Metrics
import Testing

@testable import ChartBuilding

@Suite struct ChartBuilderTests {
  func build(_ r: ChartRequest, _ csv: String = Tables.perStudent) throws -> BuiltChart {
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

  @Test func barOfTheLatestYearLeavesOutDistrictsWithoutItAndSaysSo() throws {
    let built = try build(ChartRequest(kind: .bar, indicator: "生均一般公共预算教育经费"))
    let spec = try bar(built)
    #expect(spec.title == "2023年各区县生均一般公共预算教育经费")
    #expect(Set(spec.categories) == ["甲区", "乙区"])
    #expect(spec.series.map(\.name) == ["2023年"])
    let values = Dictionary(uniqueKeysWithValues: zip(spec.categories, spec.series[0].values))
    #expect(values["甲区"] == 12000 && values["乙区"] == 30000)
    #expect(spec.valueAxisTitle == "生均一般公共预算教育经费（元）")
    #expect(spec.source == "数据来源：t.csv")
    #expect(spec.valueFormat == ValueFormat(decimals: 0, suffix: "", thousandsSeparator: true))
    #expect(spec.notes.contains("未列出无2023年数据的区县：丙区（最新为2022年）。"))
    #expect(built.notes.contains("未列出无2023年数据的区县：丙区（最新为2022年）。"))
    #expect(built.warnings.contains { $0.hasPrefix("not shown, having no figure for 2023: 丙区 (latest 2022)") })
    #expect(built.displayUnit == "元")
    #expect(built.rows.map(\.district).sorted() == ["乙区", "甲区"])
  }

  @Test func rowsThatDisagreeAreAnErrorInEveryKindOfChart() throws {
    // A by-level chart tries each level and skips those without data; a level whose
    // rows disagree must not drop out silently.
    let csv = """
      district,year,indicator,value,unit,level,measure
      甲区,2023,生均一般公共预算教育经费,3.1,%,小学,growth_pct
      甲区,2023,生均一般公共预算教育经费,4.2,%,小学,growth_pct
      甲区,2023,生均一般公共预算教育经费,2.5,%,初中,growth_pct
      """
    var r = ChartRequest(kind: .bar, indicator: "生均一般公共预算教育经费")
    r.categories = .levels
    r.measure = .growthPercent
    let error = try #require(throws: AlignmentError.self) { try build(r, csv) }
    #expect(error.kind == .disagreeingDuplicates && error.message.contains("甲区 2023: 3.1 (t.csv:2), 4.2 (t.csv:3)"))
    r.aggregate = .max
    let built = try build(r, csv)
    #expect(try bar(built).categories.contains("小学"))
  }

  /// A 2023 chart of summed rows listed the 2022 cells as summed too: the note under a chart
  /// speaks of the cells it shows.
  @Test func theSummedRowsNoteNamesOnlyTheCellsTheChartShows() throws {
    let csv = """
      district,year,indicator,value,unit
      甲区,2022,一般公共预算教育支出,10,万元
      甲区,2022,一般公共预算教育支出,12,万元
      甲区,2023,一般公共预算教育支出,11,万元
      甲区,2023,一般公共预算教育支出,13,万元
      乙区,2022,一般公共预算教育支出,9,万元
      乙区,2022,一般公共预算教育支出,8,万元
      乙区,2023,一般公共预算教育支出,7,万元
      """
    var r = ChartRequest(kind: .bar, indicator: "一般公共预算教育支出")
    r.aggregate = .sum
    r.years = 2023...2023
    let spec = try bar(build(r, csv))
    let note = try #require(spec.notes.first { $0.contains("取其合计") }, "\(spec.notes)")
    #expect(note.contains("1处") && note.contains("甲区2023年"), "\(note)")
    #expect(!note.contains("2022"), "\(note)")
    #expect(spec.categories == ["甲区", "乙区"])
  }

  @Test func meanReferenceLineIsLabelledInTheChartsUnit() throws {
    var r = ChartRequest(kind: .bar, indicator: "生均一般公共预算教育经费")
    r.years = 2023...2023
    r.districts = ["甲区", "乙区"]
    r.references = [.mean, .median]
    let spec = try bar(try build(r))
    #expect(spec.title == "2023年部分区县生均一般公共预算教育经费")
    #expect(
      spec.referenceLines == [
        ReferenceLine(value: 21000, label: "所列2个区县平均 21,000元"),
        ReferenceLine(value: 21000, label: "所列2个区县中位数 21,000元"),
      ])
  }

  @Test func aSpanOfYearsGivesOneSeriesPerYearWithGapsKept() throws {
    var r = ChartRequest(kind: .bar, indicator: "生均一般公共预算教育经费")
    r.years = 2022...2023
    r.districts = ["甲区", "丙区"]
    let spec = try bar(try build(r))
    #expect(spec.title == "2022—2023年部分区县生均一般公共预算教育经费")
    #expect(spec.categories == ["甲区", "丙区"])
    #expect(spec.series.map(\.name) == ["2022年", "2023年"])
    #expect(spec.series.map(\.values) == [[10000, 15000], [12000, nil]])
  }

  @Test func topKeepsTheHighestAndSaysHowManyThereWere() throws {
    var r = ChartRequest(kind: .bar, indicator: "生均一般公共预算教育经费")
    r.top = 1
    let spec = try bar(try build(r))
    #expect(spec.categories == ["乙区"])
    #expect(spec.notes.first == "图中仅显示2023年数值最高的1个区县（共2个）。")
  }

  @Test func moneyIsShownInOneScaleWithTwoDecimals() throws {
    let built = try build(ChartRequest(kind: .bar, indicator: "一般公共预算教育支出"), Tables.totals)
    let spec = try bar(built)
    #expect(built.displayUnit == "亿元")
    #expect(spec.valueAxisTitle == "一般公共预算教育支出（亿元）")
    #expect(spec.valueFormat.decimals == 2)
    let values = Dictionary(uniqueKeysWithValues: zip(spec.categories, spec.series[0].values))
    #expect(values["甲区"] == 14.13 && values["乙区"] == 25)
    // The data rows keep the base unit beside the shown value.
    let row = try #require(built.rows.first { $0.district == "甲区" })
    #expect(row.shown == 14.13 && row.value == 1_413_000_000 && row.unit == "元")
  }

  @Test func growthViewIsComputedAndSaysSo() throws {
    var r = ChartRequest(kind: .bar, indicator: "生均一般公共预算教育经费")
    r.view = .growth
    let built = try build(r)
    let spec = try bar(built)
    #expect(spec.title == "2023年各区县生均一般公共预算教育经费增长率")
    #expect(spec.valueAxisTitle == "生均一般公共预算教育经费同比增长（%）")
    let values = Dictionary(uniqueKeysWithValues: zip(spec.categories, spec.series[0].values))
    #expect(abs(values["甲区"]!! - 20) < 1e-9 && abs(values["乙区"]!! - 50) < 1e-9)
    #expect(spec.notes.contains("增长率由本工具根据相邻两年的数值计算，非报告原值。"))
    #expect(spec.source == "数据来源：t.csv，经本工具计算")
  }

  @Test func trendSpansEveryYearAndKeepsMissingOnesAsGaps() throws {
    let built = try build(ChartRequest(kind: .trend, indicator: "生均一般公共预算教育经费"))
    let spec = try trend(built)
    #expect(spec.title == "2022—2023年各区县生均一般公共预算教育经费")
    #expect(spec.years == [2022, 2023])
    let byName = Dictionary(uniqueKeysWithValues: spec.series.map { ($0.name, $0.values) })
    #expect(byName["丙区"] == [15000, nil])
    #expect(byName["乙区"] == [20000, 30000])
    #expect(built.altText.contains("缺失数据（图中断开）：丙区2023年。"))
  }

  @Test func anUnknownDistrictIsAnErrorNamingWhatTheDataHas() throws {
    var r = ChartRequest(kind: .bar, indicator: "生均一般公共预算教育经费")
    r.districts = ["丁区"]
    let error = #expect(throws: (any Error).self) { try build(r) }
    #expect(error.map { "\($0)" } == "no district \"丁区\" in the data; it has 3 districts, e.g. 甲区, 乙区, 丙区")
  }

  @Test func aYearWithoutDataIsAnErrorNamingTheYearsThereAre() throws {
    var r = ChartRequest(kind: .bar, indicator: "生均一般公共预算教育经费")
    r.years = 2030...2030
    let error = #expect(throws: ChartBuildError.self) { try build(r) }
    #expect(error?.description == "no data for 生均一般公共预算教育经费 in 2030; the data has years 2022–2023")
  }

  @Test(arguments: [
    (Measure.value, nil as String?, ""), (.growthPercent, nil, "增长率"), (.percentagePointDifference, "全省", "与全省之差"),
    (.changeAbsolute, nil, "较上年增减"), (.standard, nil, "标准"), (.target, nil, "目标"),
  ])
  func measuresAreNamedInTitles(measure: Measure, reference: String?, text: String) {
    #expect(ChartBuilder.measureText(measure, reference: reference) == text)
  }

  @Test func computedViewsMarkOnlyHedgedFigures() {
    #expect(ChartBuilder.pointFlag([.approximate, .derived]) == [.approximate, .derived])
    #expect(ChartBuilder.pointFlag([.approximate, .derived], view: .growth) == [.approximate])
    #expect(ChartBuilder.pointFlag([.masked]).isEmpty)
  }
}
