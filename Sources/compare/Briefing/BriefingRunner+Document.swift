import ChartBuilding
import Charts
import ChartsRendering
import Docx
import Foundation

/// The Word document of a briefing, and the page its charts are laid out for.
extension BriefingRunner {
  /// A chart the spec gives no size is laid out at the page's text width
  /// (``DocumentChartLayout``), at the spec's dpi or 300.
  func documentLayout(_ built: BuiltChart, _ request: ChartRequest, id: String) throws -> BuiltChart {
    guard request.size == nil else { return built }
    var fitted = built
    let layout = DocumentChartLayout(page: spec.document.page)
    fitted.spec = layout.fitted(built.spec, dpi: request.dpi ?? DocumentChartLayout.defaultDPI)
    _ = try fitted.spec.size.validated()
    // A chart with more bars than one page holds at 9 pt shrinks its labels to fit: say so.
    let scene = try ChartLayout.scene(
      for: fitted.spec, theme: DocumentChartLayout.theme, measurer: PangoTextMeasurer.shared)
    if let smallest = scene.texts.map(\.font.size).min(), smallest < DocumentChartLayout.smallestPrintedText - 0.05 {
      fitted.terminalOnly.append(
        "chart \(id): printed at the page's text width its smallest text is \(String(format: "%.1f", smallest)) pt, below \(Int(DocumentChartLayout.smallestPrintedText)) pt: show fewer bars (top:) or split the chart"
      )
    }
    return fitted
  }

  /// Writes `briefing.docx` into the staging folder; returns its name, or nothing when
  /// the spec or `--no-docx` turned it off.
  func writeDocument(_ results: [Result], duties: DutiesResult?, into staging: StagingFolder) throws -> [String] {
    guard writesDocument else { return [] }
    let document = try BriefingDocument(spec: spec, results: results, duties: duties, imageDirectory: staging.url)
      .document()
    let bytes: Data
    do { bytes = try DocxWriter().data(document) } catch {
      throw CLIError("\(spec.file): cannot write \(DocumentSettings.fileName): \(error)")
    }
    try staging.write(bytes, to: DocumentSettings.fileName)
    return [DocumentSettings.fileName]
  }
}
