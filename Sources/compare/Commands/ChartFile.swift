import ChartBuilding
import Charts
import ChartsRendering
import Foundation
import Metrics

/// One chart drawn to a file, the work `bar` and `trend` share: load the data,
/// build the chart, render it in the format the output's extension names, and
/// write it atomically, so a failure leaves no half-written file.
enum ChartFile {
  static func write(_ request: ChartRequest, data: DataOptions, options: ChartOptions) throws {
    let format = try options.format()
    let out = URL(fileURLWithPath: options.output).standardizedFileURL
    if data.files.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL == out }) {
      throw CLIError("the output \(options.output) is one of the inputs; not overwriting it")
    }
    let catalog = try data.catalog()
    let table = try data.load(catalog: catalog, indicator: request.indicator)
    let built = try ChartBuilder(table: table, catalog: catalog).build(request)
    let bytes = try ChartRendering.render(built.spec, format: format)
    try AtomicFile.write(bytes, to: out)
    for w in built.warnings { Terminal.warn("compare: warning: \(w)") }
  }
}
