import ChartBuilding
import Charts
import ChartsRendering
import Foundation
import Metrics
import PDFText

/// Renders every chart of a briefing, with its data table and provenance, then
/// the index. A chart that fails does not stop the others.
struct BriefingRunner {
  struct Result: Sendable {
    var chart: BriefingSpec.Chart
    var built: BuiltChart?
    /// Files written, relative to the output directory.
    var files: [String]
    var error: String?
    /// The chart's pictures for briefing.docx (empty without it).
    var document: [DocumentPicture] = []
  }

  var spec: BriefingSpec
  var outputDirectory: URL
  var quiet = false
  /// `--no-docx`: no Word document, whatever the spec says.
  var writesDocument: Bool { spec.document.enabled }

  /// Renders into a staging folder inside the output folder and moves the files into place
  /// at the end, the index last; the folder is locked meanwhile and an interruption removes
  /// the staging folder, so the previous output stays whole.
  func run() throws -> [Result] {
    let tables = try loadSources()
    try Self.makeFolder(outputDirectory)
    try refuseOverwritingInputs()
    // The handlers go in first: a signal between taking the lock and staging must clean up too.
    let pending = PendingOutput()
    let cleanup = SignalCleanup { pending.discard() }
    defer { cleanup.cancel() }
    let lock = try OutputFolderLock(outputDirectory)
    pending.set(lock: lock)
    defer { lock.release() }
    let staging = try StagingFolder(in: outputDirectory)
    pending.set(staging: staging)
    do {
      let progress = Progress(total: spec.charts.count, quiet: quiet)
      let results = ResultBox(count: spec.charts.count)
      // Charts are independent: render them on every core.
      DispatchQueue.concurrentPerform(iterations: spec.charts.count) { i in
        let chart = spec.charts[i]
        results.set(i, render(chart, tables: tables, into: staging))
        progress.step(chart.id)
      }
      progress.finish()
      let all = results.values
      let duties = try renderDuties(tables: tables, into: staging)
      let document = try writeDocument(all, duties: duties, into: staging)
      try writeIndex(all, duties: duties, into: staging)
      try staging.commit(all.flatMap(\.files) + (duties?.files ?? []) + document + Self.indexFiles)
      return all
    } catch {
      staging.discard()
      throw error
    }
  }

  static let indexFiles = ["index.md", "index.html"]

  /// Every file the briefing may write, relative to the output folder.
  var plannedFiles: [String] {
    spec.charts.flatMap { chart -> [String] in
      let name = SafeFileName.make(chart.id)
      return chart.formats.map { "\(name).\($0.rawValue)" } + ["\(name).csv", "\(name).provenance.csv"]
    } + plannedDutiesFiles + (writesDocument ? [DocumentSettings.fileName] : []) + Self.indexFiles
  }

  /// A briefing must never replace what it reads: with `output_dir: .` a chart id `cq`
  /// next to `cq.csv` replaced the input table, and a spec named index.md was overwritten.
  func refuseOverwritingInputs() throws {
    let inputs = [URL(fileURLWithPath: spec.file)] + spec.sources.map(\.path)
    let inputPaths = Dictionary(
      inputs.map { ($0.standardizedFileURL.resolvingSymlinksInPath().path, $0.path) }, uniquingKeysWith: { a, _ in a })
    for name in plannedFiles {
      let out = try SafeFileName.url(in: outputDirectory, name: name).resolvingSymlinksInPath().path
      if let input = inputPaths[out] {
        throw CLIError(
          "the briefing would write \(name) over its own input \(input); choose another output_dir or --output-dir")
      }
    }
  }

  /// Creates the output folder, with a plain message when a file stands in its place.
  static func makeFolder(_ url: URL) throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw CLIError("\(url.path) is a file, not a folder: choose another output folder")
      }
      return
    }
    do {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    } catch {
      throw CLIError("cannot create the output folder \(url.path): \((error as NSError).localizedDescription)")
    }
  }

  /// Each source is read once; a chart sees the union of the sources it names.
  private func loadSources() throws -> [String: ObservationTable] {
    var tables: [String: ObservationTable] = [:]
    for s in spec.sources {
      do {
        if s.isReport {
          tables[s.id] = ObservationTable(
            ReportExtractor().extract(try ReportLoader.load(s.path, formats: ReportFormats.all)).observations)
        } else {
          tables[s.id] = try ObservationSource.read(s.path, wide: s.wide)
        }
      } catch {
        throw SpecError(file: spec.file, line: s.line, message: "data source '\(s.id)': \(error)")
      }
    }
    return tables
  }

  private func render(_ chart: BriefingSpec.Chart, tables: [String: ObservationTable], into staging: StagingFolder)
    -> Result
  {
    let name = SafeFileName.make(chart.id)
    do {
      let ids = chart.data.isEmpty ? spec.sources.map(\.id) : chart.data
      var table = tables[ids[0]]!
      for id in ids.dropFirst() { table.append(contentsOf: tables[id]!) }
      var built = try documentLayout(ChartBuilder(table: table).build(chart.request), chart.request, id: chart.id)
      // A chart the page cannot hold keeps its files; the document shows its PNG instead.
      var pictures: [DocumentPicture] = []
      do { pictures = try documentPictures(&built, chart) } catch {
        built.terminalOnly.append(
          "chart \(chart.id): not laid out for \(DocumentSettings.fileName) (\(error)); it shows the chart's file")
      }
      // Render everything first, then write: a failing format leaves no files of this chart behind.
      var outputs: [(String, Data)] = []
      for format in chart.formats {
        outputs.append(
          (
            "\(name).\(format.rawValue)",
            try ChartRendering.render(built.spec, format: format, theme: DocumentChartLayout.theme(for: chart.request))
          ))
      }
      outputs.append(("\(name).csv", Data(DataTableWriter.data(built).utf8)))
      outputs.append(("\(name).provenance.csv", Data(DataTableWriter.provenance(built).utf8)))
      for (file, bytes) in outputs {
        try staging.write(bytes, to: file)
      }
      return Result(chart: chart, built: built, files: outputs.map(\.0), error: nil, document: pictures)
    } catch {
      return Result(
        chart: chart, built: nil, files: [], error: "\(spec.file):\(chart.line): chart '\(chart.id)': \(error)")
    }
  }

  private func writeIndex(_ results: [Result], duties: DutiesResult?, into staging: StagingFolder) throws {
    let index = BriefingIndex(spec: spec, results: results, imageDirectory: staging.url, duties: duties)
    try staging.write(Data(index.markdown().utf8), to: "index.md")
    try staging.write(Data(try index.html().utf8), to: "index.html")
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
