import ArgumentParser
import ChartBuilding
import Foundation
import Metrics

/// Where the observations come from, shared by every command that reads data.
struct DataOptions: ParsableArguments {
  @Option(name: .customLong("data"), parsing: .upToNextOption, help: ArgumentHelp(
    "Tables (.csv, .json) and reports (.txt, .docx, .html) to combine: --data a.csv b.txt, or a shell glob.", valueName: "file"))
  var files: [String] = []

  @Flag(help: "Read the tables as wide: one row per district and year, one column per indicator.")
  var wide = false

  @Option(help: ArgumentHelp("With --wide: the column that names the district.", valueName: "name"))
  var districtColumn = "district"

  @Option(help: ArgumentHelp("With --wide: the column that holds the year.", valueName: "name"))
  var yearColumn = "year"

  @Option(help: ArgumentHelp("A CSV file of extra indicator aliases: alias,indicator.", valueName: "file"))
  var aliases: String?

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one --data file") }
  }

  func catalog() throws -> IndicatorCatalog {
    guard let aliases else { return .standard }
    return try IndicatorCatalog.loading(aliasFile: URL(fileURLWithPath: aliases))
  }

  func load(catalog: IndicatorCatalog) throws -> ObservationTable {
    try DataLoader(catalog: catalog, wide: wide ? WideTableReader(districtColumn: districtColumn, yearColumn: yearColumn) : nil)
      .load(files)
  }
}
