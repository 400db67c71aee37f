import ArgumentParser
import ChartBuilding
import Foundation
import Metrics

extension TableLayout: ExpressibleByArgument {}

/// Where the observations come from, shared by every command that reads data.
struct DataOptions: ParsableArguments {
  @Option(
    name: .customLong("data"), parsing: .upToNextOption,
    help: ArgumentHelp(
      "Tables (.csv, .json, .xlsx, .xlsm) and reports (.txt, .docx, .html) to combine: --data a.csv b.txt, or a shell glob; - reads a table from standard input.",
      valueName: "file"))
  var files: [String] = []

  @Option(
    help: ArgumentHelp(
      "How the tables are laid out: tidy (district,year,indicator,value), wide (a column per indicator) or years (区县,2019年,2020年…). Default: recognised from the header.",
      valueName: "layout"))
  var layout: TableLayout?

  @Flag(help: "Same as --layout wide: one row per district and year, one column per indicator.")
  var wide = false

  @Option(
    help: ArgumentHelp(
      "The column that names the district (naming it on a table without an indicator column means wide).",
      valueName: "name"))
  var districtColumn: String?

  @Option(
    help: ArgumentHelp(
      "The column that holds the year (naming it on a table without an indicator column means wide).", valueName: "name"
    ))
  var yearColumn: String?

  @Option(help: ArgumentHelp("The sheet of an Excel workbook (default: the first).", valueName: "name"))
  var sheet: String?

  @Option(help: ArgumentHelp("A CSV file of extra indicator aliases: alias,indicator.", valueName: "file"))
  var aliases: String?

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one --data file") }
    if wide, let layout, layout != .wide {
      throw ValidationError("--wide and --layout \(layout.rawValue) contradict each other")
    }
    if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read once") }
  }

  func catalog() throws -> IndicatorCatalog {
    guard let aliases else { return .standard }
    return try IndicatorCatalog.loading(aliasFile: URL(fileURLWithPath: aliases))
  }

  /// How to read the tables; `indicator` names the figures of a years-as-columns table (区县,2019年,2020年).
  func tableOptions(indicator: String? = nil) -> TableOptions {
    TableOptions(
      layout: wide ? .wide : layout, districtColumn: districtColumn, yearColumn: yearColumn, indicator: indicator,
      sheet: sheet)
  }

  /// Every observation of the files; with `indicator`, only that indicator's
  /// (filtered while reading: one indicator of a national table costs its own rows only).
  func load(catalog: IndicatorCatalog, indicator: String? = nil) throws -> ObservationTable {
    var options = tableOptions(indicator: indicator)
    options.filter = indicator.map { IndicatorFilter(indicator: $0, catalog: catalog) }
    return try DataLoader(catalog: catalog, options: options).load(files)
  }
}
