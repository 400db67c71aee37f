import ArgumentParser
import Charts
import ChartsRendering
import ChartBuilding
import Foundation
import Metrics

/// The work shared by `bar` and `trend`: load, build, render, write atomically.
enum ChartCommand {
  static func run(_ data: DataOptions, _ options: ChartOptions, request: ChartRequest) throws {
    let format = try options.format()
    let out = URL(fileURLWithPath: options.output).standardizedFileURL
    if data.files.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL == out }) {
      throw CLIError("the output \(options.output) is one of the inputs; not overwriting it")
    }
    let catalog = try data.catalog()
    let table = try data.load(catalog: catalog)
    let built = try ChartBuilder(table: table, catalog: catalog).build(request)
    let bytes = try ChartRendering.render(built.spec, format: format)
    try AtomicFile.write(bytes, to: out)
    for w in built.warnings { FileHandle.standardError.write(Data("compare: warning: \(w)\n".utf8)) }
  }
}

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
  @OptionGroup var chart: ChartOptions

  @Option(help: ArgumentHelp("The data year (default: the latest year with data).", valueName: "year"))
  var year: Int?

  @Option(help: ArgumentHelp("A span of years for grouped bars, e.g. 2021-2023.", valueName: "a-b"))
  var years: String?

  @Option(help: ArgumentHelp("Bar direction.", valueName: "horizontal|vertical"))
  var orientation = "horizontal"

  @Option(help: ArgumentHelp("Order of the bars.", valueName: "descending|ascending|given"))
  var sort = "descending"

  @Flag(help: "Stack the series (years) instead of grouping them.")
  var stacked = false

  @Option(help: ArgumentHelp("Show only the N largest.", valueName: "n"))
  var top: Int?

  func run() throws {
    var r = try chart.request(kind: .bar)
    if let years { r.years = try YearSpan.parse(years) } else if let year { r.years = year...year }
    guard let o = BarChartSpec.Orientation(rawValue: orientation) else { throw ValidationError("orientation: horizontal or vertical") }
    guard let s = BarSort(rawValue: sort) else { throw ValidationError("sort: descending, ascending or given") }
    r.orientation = o
    r.sort = s
    r.stacked = stacked
    r.top = top
    try ChartCommand.run(data, chart, request: r)
  }
}

struct TrendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trend", abstract: "Draw one line per district over the years.",
    discussion: """
      A missing year is a gap in its line, never a zero and never bridged.

      Example:
        compare trend --data per_student.csv --indicator 生均一般公共预算教育经费 \\
          --districts 渝中区,涪陵区,城口县 --years 2015-2024 --output output/trend.png
      """)

  @OptionGroup var data: DataOptions
  @OptionGroup var chart: ChartOptions

  @Option(help: ArgumentHelp("The span of years, e.g. 2015-2024.", valueName: "a-b"))
  var years: String?

  func run() throws {
    var r = try chart.request(kind: .trend)
    if let years { r.years = try YearSpan.parse(years) }
    try ChartCommand.run(data, chart, request: r)
  }
}

/// `2015-2024`, `2015—2024`, `2023`.
enum YearSpan {
  static func parse(_ s: String) throws -> ClosedRange<Int> {
    let parts = s.split(whereSeparator: { "-–—~～".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
    guard (1...2).contains(parts.count), let a = Int(parts[0]), let b = Int(parts.last!), a <= b else {
      throw ValidationError("years '\(s)': expected YEAR or FROM-TO, e.g. 2015-2024")
    }
    return a...b
  }
}
