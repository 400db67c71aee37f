import Charts
import ChartsRendering
import ChartBuilding
import Foundation
import Metrics

/// Renders every chart of a briefing, with its data table and provenance, then
/// the index. A chart that fails does not stop the others.
struct BriefingRunner {
  struct Result: Sendable {
    var chart: BriefingSpec.Chart
    var built: BuiltChart?
    /// Files written, relative to the output directory.
    var files: [String]
    var error: String?
  }

  var spec: BriefingSpec
  var outputDirectory: URL
  var quiet = false

  func run() throws -> [Result] {
    let tables = try loadSources()
    let progress = Progress(total: spec.charts.count, quiet: quiet)
    let results = ResultBox(count: spec.charts.count)
    // Charts are independent: render them on every core.
    DispatchQueue.concurrentPerform(iterations: spec.charts.count) { i in
      let chart = spec.charts[i]
      results.set(i, render(chart, tables: tables))
      progress.step(chart.id)
    }
    progress.finish()
    let all = results.values
    try writeIndex(all)
    return all
  }

  /// Each source is read once; a chart sees the union of the sources it names.
  private func loadSources() throws -> [String: ObservationTable] {
    var tables: [String: ObservationTable] = [:]
    for s in spec.sources {
      do {
        if s.isReport {
          tables[s.id] = ObservationTable(ReportExtractor().extract(try ReportLoader.load(s.path)).observations)
        } else {
          tables[s.id] = try ObservationSource.read(s.path, wide: s.wide)
        }
      } catch {
        throw SpecError(file: spec.file, line: s.line, message: "data source '\(s.id)': \(error)")
      }
    }
    return tables
  }

  private func render(_ chart: BriefingSpec.Chart, tables: [String: ObservationTable]) -> Result {
    let name = SafeFileName.make(chart.id)
    do {
      let ids = chart.data.isEmpty ? spec.sources.map(\.id) : chart.data
      var table = tables[ids[0]]!
      for id in ids.dropFirst() { table.append(contentsOf: tables[id]!) }
      let built = try ChartBuilder(table: table).build(chart.request)
      // Render everything first, then write: a failing format leaves no files of this chart behind.
      var outputs: [(String, Data)] = []
      for format in chart.formats {
        outputs.append(("\(name).\(format.rawValue)", try ChartRendering.render(built.spec, format: format)))
      }
      outputs.append(("\(name).csv", Data(DataTableWriter.data(built).utf8)))
      outputs.append(("\(name).provenance.csv", Data(DataTableWriter.provenance(built).utf8)))
      for (file, bytes) in outputs {
        try AtomicFile.write(bytes, to: try SafeFileName.url(in: outputDirectory, name: file))
      }
      return Result(chart: chart, built: built, files: outputs.map(\.0), error: nil)
    } catch {
      return Result(chart: chart, built: nil, files: [], error: "\(spec.file):\(chart.line): chart '\(chart.id)': \(error)")
    }
  }

  private func writeIndex(_ results: [Result]) throws {
    let index = BriefingIndex(spec: spec, results: results, outputDirectory: outputDirectory)
    try AtomicFile.write(index.markdown(), to: outputDirectory.appendingPathComponent("index.md"))
    try AtomicFile.write(try index.html(), to: outputDirectory.appendingPathComponent("index.html"))
  }
}

/// Results filled in from several threads, each index written once.
private final class ResultBox: @unchecked Sendable {
  private var storage: [BriefingRunner.Result?]
  private let lock = NSLock()
  init(count: Int) { storage = Array(repeating: nil, count: count) }
  func set(_ i: Int, _ r: BriefingRunner.Result) {
    lock.lock()
    storage[i] = r
    lock.unlock()
  }
  var values: [BriefingRunner.Result] { storage.map { $0! } }
}
