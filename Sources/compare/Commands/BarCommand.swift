import ArgumentParser
import ChartBuilding
import Charts

struct BarCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bar", abstract: "Draw a bar chart of one indicator across districts.",
    discussion: """
      One year gives one bar per district, sorted; a range of years (--years 2021-2023) gives \
      grouped bars, one per year.

      Example:
        compare bar --data per_student.csv --indicator 生均一般公共预算教育经费 --year 2023 \\
          --reference mean --highlight 渝中区 --output output/bar.png
      """)

  @OptionGroup var data: DataOptions
  @OptionGroup var selection: SelectionOptions
  @OptionGroup var chart: ChartOptions

  @Option(help: ArgumentHelp("The data year (default: the latest year with data).", valueName: "year"))
  var year: Int?

  @Option(help: ArgumentHelp("A span of years for grouped bars, e.g. 2021-2023.", valueName: "a-b"))
  var years: String?

  @Option(help: ArgumentHelp("Bar direction.", valueName: "orientation"))
  var orientation: BarChartSpec.Orientation = .horizontal

  @Option(help: ArgumentHelp("Order of the bars.", valueName: "order"))
  var sort: BarSort = .descending

  @Flag(help: "Stack the series (years) instead of grouping them.")
  var stacked = false

  @Option(
    help: ArgumentHelp(
      "Show only the N largest; a mean or median line stays that of all districts, and says so.", valueName: "n"))
  var top: Int?

  func run() throws {
    var r = try chart.request(kind: .bar, selection: selection)
    if let years { r.years = try YearSpan.parse(years) } else if let year { r.years = year...year }
    r.orientation = orientation
    r.sort = sort
    r.stacked = stacked
    r.top = top
    try ChartFile.write(r, data: data, options: chart)
  }
}
