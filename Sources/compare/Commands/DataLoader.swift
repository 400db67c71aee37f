import ChartBuilding
import Foundation
import Metrics
import PDFText

/// Reads every input into one table: tables as they are, reports through the extractor.
/// `-` is a table on standard input (CSV, JSON or a workbook, told apart by its bytes).
/// What a reader chose (a sheet's header row, a years table's indicator) is said on standard error.
struct DataLoader {
  var catalog: IndicatorCatalog
  var options = TableOptions()

  static let reportExtensions: Set<String> = ["txt", "text", "docx", "html", "htm", "pdf"]

  func load(_ paths: [String]) throws -> ObservationTable {
    var table = ObservationTable()
    for (i, path) in paths.enumerated() {
      let url = URL(fileURLWithPath: path)
      let part: ObservationTable
      if path == "-" {
        let data = try StandardInput.read()
        part = try tell(
          ObservationSource.read(
            data: data, name: StandardInput.name, format: StandardInput.sniff(data), options: options))
      } else if !FileManager.default.fileExists(atPath: path) {
        throw CLIError("\(path): no such file")
      } else if let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType,
        type != .typeRegular
      {
        // /dev/zero was "You don't have permission"; a named pipe would block or never end.
        throw CLIError(
          "\(path): not a regular file (\(type == .typeDirectory ? "a folder" : "a device, pipe or socket")); "
            + "save the data to a file, or pipe it in with --data -")
      } else if Self.reportExtensions.contains(url.pathExtension.lowercased()) {
        let extraction = ReportExtractor(catalog: catalog).extract(
          try ReportLoader.load(url, formats: ReportFormats.all))
        part = ObservationTable(extraction.observations)
      } else {
        part = try tell(ObservationSource.read(url, options: options))
      }
      // A table with a header and no rows failed later with "it holds: " and no file name.
      if part.isEmpty, part.indicatorsLeftOut.isEmpty, !Self.reportExtensions.contains(url.pathExtension.lowercased()) {
        throw CLIError("\(path): the table has no data rows (only a header?)")
      }
      if i == 0 { table = part } else { table.append(contentsOf: part) }
    }
    return table
  }

  private func tell(_ read: TableRead) -> ObservationTable {
    for note in read.notes { FileHandle.standardError.write(Data("compare: \(note)\n".utf8)) }
    return read.table
  }
}
