import Charts
import ChartsRendering
import Foundation
import Metrics
import PDFText

extension BriefingSpec {
  /// The file name (without extension) of the duties scorecard in a briefing.
  static let dutiesFileName = "duties"
}

/// The duties scorecard as a briefing section: the chart in the spec's formats, the
/// scorecard as Markdown and CSV, for the index to embed.
extension BriefingRunner {
  struct DutiesResult: Sendable {
    var rows: [ScorecardRow]
    /// Files written, relative to the output directory; the images first.
    var files: [String]
  }

  var plannedDutiesFiles: [String] {
    guard let duties = spec.duties else { return [] }
    let name = BriefingSpec.dutiesFileName
    return duties.formats.map { "\(name).\($0.rawValue)" } + ["\(name).md", "\(name).csv"]
  }

  /// Scores the sources the section names; reports are read again for their claims
  /// (the chart sources keep only their figures).
  func renderDuties(tables: [String: ObservationTable], into staging: StagingFolder) throws -> DutiesResult? {
    guard let duties = spec.duties else { return nil }
    let ids = duties.data.isEmpty ? spec.sources.map(\.id) : duties.data
    var table = ObservationTable()
    var claims: [DutyClaim] = []
    let finder = DutyClaimFinder()
    for source in spec.sources where ids.contains(source.id) {
      table.append(contentsOf: tables[source.id]!)
      guard source.isReport else { continue }
      do {
        let report = try ReportLoader.load(source.path, formats: [.pdf])
        let extraction = ReportExtractor().extract(report)
        let district =
          extraction.district ?? extraction.observations.first?.district ?? "未识别区县（\(source.path.lastPathComponent)）"
        claims += finder.claims(in: report, district: district, reportYear: extraction.reportYear)
      } catch {
        throw SpecError(file: spec.file, line: source.line, message: "data source '\(source.id)': \(error)")
      }
    }
    let rows = DutyChecker().scorecard(table, claims: claims)
    guard !rows.isEmpty else {
      throw SpecError(file: spec.file, line: duties.line, message: "duties: the sources name no district")
    }
    let name = BriefingSpec.dutiesFileName
    let scene = try ScorecardLayout.scene(
      DutiesCommand.chartSpec(rows, files: spec.sources.filter { ids.contains($0.id) }.map(\.path.path)),
      measurer: PangoTextMeasurer.shared)
    var outputs: [(String, Data)] = []
    for format in duties.formats {
      outputs.append(
        ("\(name).\(format.rawValue)", try ChartRendering.renderer(for: format).render(scene, format: format)))
    }
    outputs.append(("\(name).md", Data(ScorecardText.markdown(rows).utf8)))
    outputs.append(("\(name).csv", Data(ScorecardText.csv(rows, cell: SpreadsheetSafe.text).utf8)))
    for (file, bytes) in outputs { try staging.write(bytes, to: file) }
    return DutiesResult(rows: rows, files: outputs.map(\.0))
  }
}
