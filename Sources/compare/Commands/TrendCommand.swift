import ArgumentParser
import ChartBuilding

struct TrendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trend", abstract: "Draw one line per district over the years.",
    discussion: """
      Years are placed by their values. A missing year is a gap in its line, never a zero \
      and never bridged; missing means a year the series' own step expects (data at \
      5-year steps, 2015/2020/2025, is still a line).

      Example:
        compare trend --data per_student.csv --indicator 生均一般公共预算教育经费 \\
          --districts 渝中区,涪陵区,城口县 --years 2015-2024 --output output/trend.png
      """)

  @OptionGroup var data: DataOptions
  @OptionGroup var selection: SelectionOptions
  @OptionGroup var chart: ChartOptions

  @Option(help: ArgumentHelp("The span of years, e.g. 2015-2024.", valueName: "a-b"))
  var years: String?

  func run() throws {
    var r = try chart.request(kind: .trend, selection: selection)
    if let years { r.years = try YearSpan.parse(years) }
    try ChartFile.write(r, data: data, options: chart)
  }
}
