import ChartBuilding
import Charts
import ChartsRendering
import Docx
import Foundation

/// The Word document of a briefing, and the page its charts are laid out for.
extension BriefingRunner {
  /// A chart the spec gives no size is laid out at the page's text width
  /// (``DocumentChartLayout``), at the spec's dpi or 300: the chart files beside the document.
  func documentLayout(_ built: BuiltChart, _ request: ChartRequest) throws -> BuiltChart {
    guard request.size == nil else { return built }
    var fitted = built
    let layout = DocumentChartLayout(page: spec.document.page)
    fitted.spec = layout.fitted(built.spec, dpi: request.dpi ?? DocumentChartLayout.defaultDPI)
    _ = try fitted.spec.size.validated()
    return fitted
  }

  /// The scene of the chart's files, laid out once for all their formats (and for the
  /// document's pictures, which measure the frame they leave out against it). Without the
  /// document, what prints is these files: it says when their text is under 9 pt.
  func fileScene(_ built: inout BuiltChart, _ chart: BriefingSpec.Chart) throws -> Scene {
    let scene = try ChartLayout.scene(
      for: built.spec, theme: DocumentChartLayout.theme(for: chart.request), measurer: PangoTextMeasurer.shared)
    if !writesDocument, chart.request.size == nil {
      warnIfSmall(DocumentChartLayout.smallestText(scene), in: &built, id: chart.id)
    }
    return scene
  }

  /// The chart's pictures for the Word document, laid out (``documentPicture(_:)`` draws
  /// each): without the title, notes and source (paragraphs there), a long ranking over
  /// consecutive pictures (``DocumentChartLayout/parts(for:dpi:room:measurer:file:)``); one
  /// whose text still prints under 9 pt is said on the terminal. A chart given a size keeps
  /// it, shrunk to the text width in the document. None without the document.
  func documentParts(_ built: inout BuiltChart, _ chart: BriefingSpec.Chart, fileScene: Scene) throws
    -> [DocumentChartLayout.Part]
  {
    guard writesDocument else { return [] }
    let request = chart.request
    let theme = DocumentChartLayout.theme(for: request)
    if request.size == nil {
      let title = BriefingDocument.title(built.spec)
      let room = DocumentFigureRoom(
        page: spec.document.page, heading: title, lead: chart.caption,
        caption: "图99（续） " + title + BriefingDocument.positionsText(0..<999, sorted: true),
        notes: BriefingDocument.noteTexts(built.spec), source: BriefingDocument.source(built.spec))
      let parts = try DocumentChartLayout(page: spec.document.page).parts(
        for: built.spec, dpi: request.dpi ?? DocumentChartLayout.defaultDPI, room: room,
        measurer: PangoTextMeasurer.shared, file: (built.spec, fileScene), cutFromFile: chart.formats.contains(.png))
      warnIfSmall(parts.map { DocumentChartLayout.smallestText($0.scene) }.min() ?? .infinity, in: &built, id: chart.id)
      return parts
    }
    let own = built.spec.with(size: built.spec.size, framing: .document)
    return [.init(spec: own, scene: try ChartLayout.scene(for: own, theme: theme, measurer: PangoTextMeasurer.shared))]
  }

  /// One picture of the document drawn: its PNG (`cut` when it was cut from the chart file's),
  /// and its SVG with `docx: {svg: true}`.
  func documentPicture(_ part: DocumentChartLayout.Part, cut: Data? = nil) throws -> DocumentPicture {
    DocumentPicture(
      png: try cut ?? ChartRendering.renderer(for: .png).render(part.scene, format: .png),
      svg: spec.document.svg ? try ChartRendering.renderer(for: .svg).render(part.scene, format: .svg) : nil,
      positions: part.positions)
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
