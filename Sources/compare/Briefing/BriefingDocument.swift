import ChartBuilding
import Charts
import ChartsRendering
import Docx
import Foundation

/// A briefing as a Word document: the title and introduction, then per chart a heading,
/// the picture at its printed size with its alt text, a numbered caption (`图1 …`), the
/// notes and warnings, the source line and, when the spec asks, the data as a Word table;
/// the duties scorecard last.
struct BriefingDocument {
  var spec: BriefingSpec
  var results: [BriefingRunner.Result]
  var duties: BriefingRunner.DutiesResult?
  /// Where the rendered images are (the staging folder while a briefing is built).
  var imageDirectory: URL

  /// Pictures may take the text width, and the text height less room for their caption.
  var pictureBox: (width: Double, height: Double) {
    (spec.document.page.textWidth, spec.document.page.textHeight - 30)
  }

  func document() throws -> WordDocument {
    var blocks: [WordDocument.Block] = [.title(spec.title)]
    if let s = spec.subtitle { blocks.append(.subtitle(s)) }
    blocks += spec.introduction.map { .paragraph($0) }
    var figure = 0
    for r in results {
      guard let built = r.built else {
        blocks.append(.heading(r.chart.request.title ?? r.chart.id, level: 1))
        blocks.append(.warning("未能生成：\(r.error ?? "")"))
        continue
      }
      let title = Self.title(built.spec)
      blocks.append(.heading(title, level: 1))
      if let caption = r.chart.caption { blocks.append(.lead(caption)) }
      figure += 1
      let pictures = try pictures(r, built)
      for (i, p) in pictures.enumerated() {
        blocks.append(.picture(p.picture))
        if pictures.count == 1 {
          blocks.append(.caption(label: "图", number: figure, text: title))
        } else {
          blocks.append(
            .partCaption(
              label: "图", number: figure, text: title + p.positions, continued: i > 0, last: i == pictures.count - 1))
        }
      }
      blocks += notes(built, request: r.chart.request)
      if let source = Self.source(built.spec) { blocks.append(.source(source)) }
      if spec.document.tables { blocks += DocumentDataTable(built: built).blocks() }
    }
    if let duties { blocks += try dutiesBlocks(duties, figure: figure + 1) }
    return WordDocument(title: spec.title, page: spec.document.page, blocks: blocks)
  }

  /// The chart's pictures as laid out for the document (``DocumentPicture``), each with the
  /// chart's alt text and, for a part of a split chart, the bars it shows; the chart's PNG
  /// as the briefing wrote it where there are none (a briefing result made without them).
  private func pictures(_ r: BriefingRunner.Result, _ built: BuiltChart) throws -> [(
    picture: Picture, positions: String
  )] {
    let name = SafeFileName.make(r.chart.id)
    guard !r.document.isEmpty else {
      let png: Data
      if let file = r.files.first(where: { $0.hasSuffix(".png") }) {
        png = try Data(contentsOf: imageDirectory.appendingPathComponent(file))
      } else {
        png = try ChartRendering.render(
          built.spec, format: .png, theme: DocumentChartLayout.theme(for: r.chart.request))
      }
      return [(try Picture(png: png, name: name + ".png", altText: built.altText, fitting: pictureBox), "")]
    }
    let sorted: Bool
    if case .bar(let s) = built.spec { sorted = s.sort == .descending } else { sorted = false }
    return try r.document.enumerated().map { i, d in
      let positions = d.positions.map { Self.positionsText($0, sorted: sorted) } ?? ""
      let file = r.document.count == 1 ? name + ".png" : "\(name)-\(i + 1).png"
      var picture = try Picture(png: d.png, name: file, altText: built.altText + positions, fitting: pictureBox)
      // With `docx: {svg: true}`, the picture's SVG (glyphs as outlines: no font needed) rides along.
      picture.svg = d.svg
      return (picture, positions)
    }
  }

  /// The bars a part of a split chart shows: `（第1—19位）` in a ranking, `（第1—19项）` in another order.
  static func positionsText(_ positions: Range<Int>, sorted: Bool) -> String {
    "（第\(positions.lowerBound + 1)—\(positions.upperBound)\(sorted ? "位" : "项")）"
  }

  /// The chart's notes as the document lists them, each once.
  static func noteTexts(_ spec: ChartSpec) -> [String] {
    let all: [String]
    switch spec {
    case .bar(let s): all = s.notes
    case .trend(let s): all = s.notes
    }
    var seen = Set<String>()
    return all.filter { seen.insert($0).inserted }
  }

  /// What the tool says about the figures (different years, districts left out, computed
  /// values, approximate figures) as `注意：`, the spec's own notes as `注：`: in the
  /// document, not only on the terminal.
  private func notes(_ built: BuiltChart, request: ChartRequest) -> [WordDocument.Block] {
    Self.noteTexts(built.spec).map {
      request.notes.contains($0) ? .note("注：\($0)") : .warning("注意：\($0)")
    }
  }

  private func dutiesBlocks(_ duties: BriefingRunner.DutiesResult, figure: Int) throws -> [WordDocument.Block] {
    var blocks: [WordDocument.Block] = [.heading(BriefingIndex.dutiesTitle, level: 1)]
    if let file = duties.files.first(where: { $0.hasSuffix(".png") }) {
      let png = try Data(contentsOf: imageDirectory.appendingPathComponent(file))
      blocks.append(.picture(try Picture(png: png, name: file, altText: "各区县各项法定经费要求的达标情况", fitting: pictureBox)))
      blocks.append(.caption(label: "图", number: figure, text: BriefingIndex.dutiesTitle))
    }
    let rows = duties.rows.map { r in
      [r.district, "\(r.year)", "\(r.rule.id) \(r.rule.requirement)", "\(r.status.symbol) \(r.status.chinese)"]
    }
    blocks.append(
      .table(WordTable(header: ["区县", "年份", "要求", "状态"], rows: rows, numeric: [false, true, false, false])))
    blocks.append(.source("全部依据数字与来源见 duties.md 和 duties.csv。"))
    return blocks
  }

  static func title(_ spec: ChartSpec) -> String {
    switch spec {
    case .bar(let s): s.title
    case .trend(let s): s.title
    }
  }

  static func source(_ spec: ChartSpec) -> String? {
    switch spec {
    case .bar(let s): s.source
    case .trend(let s): s.source
    }
  }
}
