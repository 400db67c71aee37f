import ArgumentParser
import ChartBuilding

/// How `indicators` prints the catalog.
enum CatalogFormat: String, CaseIterable, ExpressibleByArgument {
  /// A Markdown table.
  case table
  case csv, json

  init?(argument: String) {
    self.init(rawValue: argument == "markdown" || argument == "md" ? "table" : argument)
  }
}
