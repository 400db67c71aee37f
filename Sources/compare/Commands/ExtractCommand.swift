import ArgumentParser
import ChartBuilding
import Foundation
import Metrics
import PDFText

struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract", abstract: "Extract indicator observations from reports, with their source text.",
    discussion: """
      Reads .txt (UTF-8 or GB18030), .docx, .html and .pdf reports and writes tidy observations:
      district,year,indicator,level,measure,value,unit,approx,masked,source_file,source_text \
      (and compared_to, what a difference is taken against: 全省, 全市). \
      Values are normalised (14.13亿元 → 1413000000 元); masked numbers (***) are missing.
      A figure whose indicator the catalog does not know keeps the report's own words as its \
      indicator and catalogued=false; a fact stated on several lines is one row (also_stated_at). \
      Standard error counts the figures seen and emitted per report. \
      Tables in .docx and .pdf reports are read row by row, like sentences; a scanned PDF \
      (no text layer) needs OCR first.

      Example:
        compare extract ../shared/seeds/*.txt --output facts.csv
      """)

  @Argument(help: ArgumentHelp("Report files; - reads one from standard input.", valueName: "report"))
  var reports: [String]

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Write to this file (.csv or .json) instead of standard output.", valueName: "file"))
  var output: String?

  @Option(help: ArgumentHelp("A CSV file of extra indicator aliases: alias,indicator.", valueName: "file"))
  var aliases: String?

  @Flag(help: "Only figures of catalog indicators (and rates the report names); leave out the report's other figures.")
  var catalogOnly = false

  @Flag(help: "List the figures left out, with the reason, on standard error.")
  var explain = false

  @Option(
    help: ArgumentHelp(
      "The data year of a report that states none (an undated notice or news item); without it such figures are written with an empty year (with --catalog-only, left out).",
      valueName: "year"))
  var year: Int?

  func validate() throws {
    if reports.isEmpty { throw ValidationError("give at least one report file") }
    if let year, !(1990...2099).contains(year) {
      throw ValidationError("--year \(year): give a year from 1990 to 2099")
    }
  }

  func run() throws {
    let catalog = try aliases.map { try IndicatorCatalog.loading(aliasFile: URL(fileURLWithPath: $0)) } ?? .standard
    let extractor = ReportExtractor(catalog: catalog, keepsUncatalogued: !catalogOnly, yearIfUnstated: year)
    for path in reports {
      let url = URL(fileURLWithPath: path)
      if let output, url.standardizedFileURL == URL(fileURLWithPath: output).standardizedFileURL {
        throw CLIError("the output \(output) is one of the reports; not overwriting it")
      }
    }
    // Each report's rows are written as it is done (ExtractOutput): memory holds a
    // batch or two of reports, not the output (71 MiB at 1,000 reports, 239 MiB at
    // 5,000 when it held the table; 30 MiB now at either).
    let writer = BatchWriter(output: try ExtractOutput(path: output), explain: explain)
    let standardInput = reports.contains("-") ? try StandardInput.read() : nil
    // Reports are read and extracted on all cores a batch at a time (ReportBatch); a
    // batch is written while the next one is extracted (written between batches, the
    // cores waited: 1,000 reports took 4.25 s instead of 3.5 s). What is said about
    // each report, and its rows, follow the order of the arguments.
    let queue = DispatchQueue(label: "compare.extract.output")
    let oneAhead = DispatchSemaphore(value: 1)
    for batch in ReportBatch.batches(of: reports) {
      let outcomes = ReportBatch.extract(batch, with: extractor, standardInput: standardInput)
      oneAhead.wait()
      queue.async {
        writer.write(batch, outcomes)
        oneAhead.signal()
      }
    }
    queue.sync {}
    try writer.finish()
  }
}

/// What `extract` says about each report, and its rows, in the order of the arguments;
/// used from one serial queue at a time.
private final class BatchWriter: @unchecked Sendable {
  let output: ExtractOutput
  let explain: Bool
  /// Reports that could not be read.
  private var failures = 0
  /// The first error writing the output (the disk is full…): nothing more is written after it.
  private var writeError: Error?

  init(output: ExtractOutput, explain: Bool) {
    self.output = output
    self.explain = explain
  }

  func write(_ batch: ArraySlice<String>, _ outcomes: [ReportBatch.Outcome]) {
    for (path, outcome) in zip(batch, outcomes) {
      let rows: ObservationTable
      let place: [(name: String, text: String)]
      do {
        let (_, result) = try outcome.get()
        for w in result.warnings { say("compare: \(path): \(w)") }
        if result.observations.isEmpty { say("compare: \(path): no indicator values found") }
        rows = ObservationTable(result.observations)
        // Where the district lies, when the gazetteer places it: province and city columns.
        place =
          result.division.map { d in [("province", d.province)] + (d.prefecture.map { [("city", $0)] } ?? []) } ?? []
        let emitted = result.figuresSeen - result.leftOut.count
        let uncatalogued = result.observations.reduce(0) { $0 + ($1.flags.contains(.uncatalogued) ? 1 : 0) }
        let undated = result.observations.reduce(0) { $0 + ($1.flags.contains(.yearNotStated) ? 1 : 0) }
        say(
          "compare: \(path): \(result.figuresSeen) figures seen, \(emitted) read into \(result.observations.count) observations (\(uncatalogued) uncatalogued), \(result.leftOut.count) left out\(explain || result.leftOut.isEmpty ? "" : " (--explain lists them)")"
        )
        if undated > 0 {
          say(
            "compare: \(path): the report states no year for \(undated) of them: written with an empty year, left out of charts; date the report with --year"
          )
        }
        if explain {
          for f in result.leftOut { say("compare: \(f.sourceFile):\(f.line): \(f.figure): \(f.reason)") }
        }
      } catch {
        failures += 1
        say("compare: error: \(error)")
        continue
      }
      // After a report that could not be read the output would be incomplete: nothing more is written.
      guard failures == 0, writeError == nil else { continue }
      do { try output.append(rows, place: place) } catch { writeError = error }
    }
  }

  /// Commits the output, or leaves none when a report could not be read or a write failed.
  func finish() throws {
    if let writeError {
      output.discard()
      throw writeError
    }
    // A report that could not be read means the output would be incomplete: write nothing.
    if failures > 0 {
      output.discard()
      throw ExitCode(1)
    }
    try output.commit()
  }

  private func say(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
}
