import ArgumentParser
import ChartBuilding
import Foundation
import Metrics

struct IndicatorsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "indicators", abstract: "List the indicator catalog: names, units, levels and aliases.")

  @Option(help: ArgumentHelp("Output format (table is Markdown; markdown and md also work).", valueName: "format"))
  var format: CatalogFormat = .table

  @Option(help: ArgumentHelp("A CSV file of extra aliases: alias,indicator.", valueName: "file"))
  var aliases: String?

  func run() throws {
    let catalog = try aliases.map { try IndicatorCatalog.loading(aliasFile: URL(fileURLWithPath: $0)) } ?? .standard
    switch format {
    case .table: print(CatalogListing.markdown(catalog), terminator: "")
    case .csv: print(CatalogListing.csv(catalog), terminator: "")
    case .json: print(try CatalogListing.json(catalog))
    }
  }
}
