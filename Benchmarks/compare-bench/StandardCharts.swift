import Charts
import Foundation
import Metrics

/// The two standard charts of ../shared/bench/charts.json, built from the bench CSV.
struct StandardCharts {
  let bar: ChartSpec
  let trend: ChartSpec

  static let source = "数据来源：各区县履行教育职责自评报告（基准测试用模拟数据）"
  static let trendDistricts = ["渝中区", "涪陵区", "九龙坡区", "万州区", "黔江区", "城口县", "巫溪县", "酉阳土家族苗族自治县"]

  init(csv: URL) throws {
    let table = try TidyCSVReader().read(csv)
    let panel = try PanelBuilder(table: table).panel(PanelQuery(indicator: "生均一般公共预算教育经费"))
    var b = BarChartSpec(
      title: "2023年重庆市各区县生均一般公共预算教育经费", categories: panel.districts,
      series: [
        BarSeries(
          name: "2023年", values: panel.districts.map { panel.value($0, 2023) }, flags: panel.districts.map { _ in [] })
      ],
      valueAxisTitle: "生均一般公共预算教育经费（元）")
    b.source = Self.source
    b.valueFormat = ValueFormat(decimals: 0, suffix: "", thousandsSeparator: true)
    b.size = .pixels(1200, 1000)
    bar = .bar(b)
    let years = Array(2015...2024)
    var t = TrendChartSpec(
      title: "2015—2024年重庆市部分区县生均一般公共预算教育经费", years: years,
      series: Self.trendDistricts.map { d in
        TrendSeries(name: d, values: years.map { panel.value(d, $0) }, flags: years.map { _ in [] })
      },
      valueAxisTitle: "生均一般公共预算教育经费（元）")
    t.xAxisTitle = "年份"
    t.source = Self.source
    t.valueFormat = ValueFormat(decimals: 0, suffix: "", thousandsSeparator: true)
    t.size = .pixels(1200, 800)
    trend = .trend(t)
  }
}

/// `compare-bench align FILE INDICATOR|all`: what a user's `compare table` does
/// before formatting, in a process of its own.
enum AlignChild {
  static func run(_ args: [String]) throws {
    guard args.count == 2 else { throw BenchError("usage: compare-bench align FILE INDICATOR|all") }
    let table = try TidyCSVReader().read(URL(fileURLWithPath: args[0]))
    let builder = PanelBuilder(table: table)
    let names = args[1] == "all" ? table.indicatorNames : [args[1]]
    var cells = 0
    for name in names {
      let p = try builder.panel(PanelQuery(indicator: name))
      cells += p.districts.count * p.years.count
    }
    print(cells)
  }
}
