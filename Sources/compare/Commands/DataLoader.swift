import ChartBuilding
import Foundation
import Metrics

/// Reads every input into one table: tables as they are, reports through the extractor.
struct DataLoader {
  var catalog: IndicatorCatalog
  var wide: WideTableReader? = nil

  static let reportExtensions: Set<String> = ["txt", "text", "docx", "html", "htm"]

  func load(_ paths: [String]) throws -> ObservationTable {
    var table = ObservationTable()
    for (i, path) in paths.enumerated() {
      let url = URL(fileURLWithPath: path)
      guard FileManager.default.fileExists(atPath: path) else { throw CLIError("\(path): no such file") }
      let part: ObservationTable
      if Self.reportExtensions.contains(url.pathExtension.lowercased()) {
        let extraction = ReportExtractor(catalog: catalog).extract(try ReportLoader.load(url))
        part = ObservationTable(extraction.observations)
      } else {
        part = try ObservationSource.read(url, wide: wide)
      }
      if i == 0 { table = part } else { table.append(contentsOf: part) }
    }
    return table
  }
}
