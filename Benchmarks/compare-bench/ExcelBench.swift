import Foundation
@_spi(Benchmarks) import Metrics

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Child mode `compare-bench xlsx FILE`: reads the workbook's first sheet as a
/// table in a fresh process (whole-process time and peak memory, set against
/// openpyxl and pandas by Benchmarks/peers/excel_peers.py), printing the count.
enum ExcelChild {
  static func run(_ args: [String]) throws {
    guard args.count == 1 else { throw BenchError("usage: compare-bench xlsx FILE") }
    let read = try ObservationSource.read(URL(fileURLWithPath: args[0]), options: TableOptions())
    print(read.table.count)
  }
}

/// In-process rows for a large sheet: our read, and Foundation's XMLParser
/// walking the same sheet part without keeping anything — the measurement
/// behind the hand-written XMLScanner.
enum ExcelRows {
  static func add(to report: inout BenchReport, file: URL, runs: Int) throws {
    let data = try Data(contentsOf: file)
    let (ms, count) = try Timing.median(runs: runs, warmup: 1) {
      try ObservationSource.read(data: data, name: file.path, format: "xlsx", options: TableOptions()).table.count
    }
    report.add(
      "xlsx sheet (\(file.lastPathComponent)): read \(count) rows, in process", ms: ms, extra: "median of \(runs)")
    let sheet = try ExcelSheetReader.firstSheetXML(data, name: file.path)
    let (walk, elements) = Timing.median(runs: runs, warmup: 1) { () -> Int in
      let parser = XMLParser(data: sheet)
      let counter = ElementCounter()
      parser.delegate = counter
      _ = parser.parse()
      return counter.count
    }
    report.add(
      "  the same sheet part walked by Foundation's XMLParser (nothing kept)", ms: walk,
      extra: "\(elements) elements, \(sheet.count >> 20) MiB of XML, median of \(runs)")
  }

  final class ElementCounter: NSObject, XMLParserDelegate {
    var count = 0
    var text = 0
    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) { count += 1 }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string.utf8.count }
  }
}
