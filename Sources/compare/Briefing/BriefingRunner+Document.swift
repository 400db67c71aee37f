import ChartBuilding
import Charts
import ChartsRendering
import Docx
import Foundation

/// The Word document of a briefing, and the page its charts are laid out for.
extension BriefingRunner {
  /// A chart the spec gives no size is laid out at the page's text width
  /// (``DocumentChartLayout``), at the spec's dpi or 300: the chart files beside the document.
  func documentLayout(_ built: BuiltChart, _ request: ChartRequest, id: String) throws -> BuiltChart {
    guard request.size == nil else { return built }
    var fitted = built
    let layout = DocumentChartLayout(page: spec.document.page)
    fitted.spec = layout.fitted(built.spec, dpi: request.dpi ?? DocumentChartLayout.defaultDPI)
    _ = try fitted.spec.size.validated()
    // Without the document, what prints is these files: say when their text is under 9 pt.
    if !writesDocument {
      let scene = try ChartLayout.scene(
        for: fitted.spec, theme: DocumentChartLayout.theme, measurer: PangoTextMeasurer.shared)
      warnIfSmall(DocumentChartLayout.smallestText(scene), in: &fitted, id: id)
    }
    return fitted
  }

  /// The chart's pictures for the Word document, rendered: without the title, notes and
  /// source (paragraphs there), a long ranking over consecutive pictures
  /// (``DocumentChartLayout/parts(for:dpi:room:measurer:)``); one whose text still prints
  /// under 9 pt is said on the terminal. A chart given a size keeps it, shrunk to the text
  /// width in the document. None without the document.
  func documentPictures(_ built: inout BuiltChart, _ chart: BriefingSpec.Chart) throws -> [DocumentPicture] {
    guard writesDocument else { return [] }
    let request = chart.request
    let theme = DocumentChartLayout.theme(for: request)
    let parts: [DocumentChartLayout.Part]
    if request.size == nil {
      let title = BriefingDocument.title(built.spec)
      let room = DocumentFigureRoom(
        page: spec.document.page, heading: title, lead: chart.caption,
        caption: "图99（续） " + title + BriefingDocument.positionsText(0..<999, sorted: true),
        notes: BriefingDocument.noteTexts(built.spec), source: BriefingDocument.source(built.spec))
      parts = try DocumentChartLayout(page: spec.document.page).parts(
        for: built.spec, dpi: request.dpi ?? DocumentChartLayout.defaultDPI, room: room,
        measurer: PangoTextMeasurer.shared)
      warnIfSmall(parts.map { DocumentChartLayout.smallestText($0.scene) }.min() ?? .infinity, in: &built, id: chart.id)
    } else {
      let own = built.spec.with(size: built.spec.size, framing: .document)
      parts = [
        .init(spec: own, scene: try ChartLayout.scene(for: own, theme: theme, measurer: PangoTextMeasurer.shared))
      ]
    }
    return try parts.map { part in
      DocumentPicture(
        png: try ChartRendering.renderer(for: .png).render(part.scene, format: .png),
        svg: spec.document.svg ? try ChartRendering.renderer(for: .svg).render(part.scene, format: .svg) : nil,
        positions: part.positions)
    }
  }

  private func warnIfSmall(_ smallest: Double, in built: inout BuiltChart, id: String) {
    guard smallest < DocumentChartLayout.smallestPrintedText - 0.05 else { return }
    built.terminalOnly.append(
      "chart \(id): printed at the page's text width its smallest text is \(String(format: "%.1f", smallest)) pt, below \(Int(DocumentChartLayout.smallestPrintedText)) pt: show fewer bars (top:), or horizontal bars, which the document splits over pages"
    )
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
