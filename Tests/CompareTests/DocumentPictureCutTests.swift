import ChartBuilding
import Charts
import ChartsRendering
import Foundation
import Metrics
import Testing

@testable import Docx
@testable import compare

/// A document picture cut from its chart file: the file's pixel rows between the title band
/// and the footer, drawn once for both (issue 16: what the Word draft costs).
@Suite struct DocumentPictureCutTests {
  /// The request laid out as a briefing lays it out: the file at the text width, then the
  /// document's parts with the file's scene at hand.
  static func laid(_ r: ChartRequest) throws -> (file: Scene, parts: [DocumentChartLayout.Part]) {
    let built = try ChartBuilder(table: try ObservationSource.read(CLIRunner.sampleCSV)).build(r)
    let layout = DocumentChartLayout(page: .officialA4)
    let spec = layout.fitted(built.spec, dpi: 300)
    let file = try ChartLayout.scene(for: spec, theme: DocumentChartLayout.theme, measurer: PangoTextMeasurer.shared)
    let title = BriefingDocument.title(spec)
    let room = DocumentFigureRoom(
      page: .officialA4, heading: title, lead: nil, caption: "图1（续） " + title,
      notes: BriefingDocument.noteTexts(spec), source: BriefingDocument.source(spec))
    let parts = try layout.parts(
      for: spec, dpi: 300, room: room, measurer: PangoTextMeasurer.shared, file: (spec, file), cutFromFile: true)
    return (file, parts)
  }

  static func trend() -> ChartRequest {
    var r = ChartRequest(kind: .trend, indicator: "生均一般公共预算教育经费")
    r.years = 2015...2024
    r.districts = ["渝中区", "涪陵区", "九龙坡区", "万州区", "黔江区", "城口县"]
    return r
  }

  static func ranking(top: Int?) -> ChartRequest {
    var r = ChartRequest(kind: .bar, indicator: "生均一般公共预算教育经费")
    r.years = 2023...2023
    r.references = [.mean]
    r.top = top
    return r
  }

  /// The rows leave out every pixel of the title, notes and source, and keep every pixel of
  /// the rest; the part's scene is what those rows show.
  static func expectCut(_ file: Scene, _ part: DocumentChartLayout.Part) throws {
    let rows = try #require(part.cut)
    let scale = file.dpi / 72
    for p in file.primitives where DocumentChartLayout.frameRoles.contains(p.role) {
      let ys = (p.bounds.minY * scale)...(p.bounds.maxY * scale)
      #expect(
        ys.upperBound <= Double(rows.lowerBound) || ys.lowerBound >= Double(rows.upperBound),
        "\(p.role) \(p.textRun?.text ?? "") at rows \(ys) reaches into \(rows)")
    }
    for p in file.primitives where !DocumentChartLayout.frameRoles.contains(p.role) && p.role != .background {
      #expect(
        p.bounds.minY * scale >= Double(rows.lowerBound) - 0.01
          && p.bounds.maxY * scale <= Double(rows.upperBound) + 0.01,
        "\(p.role) \(p.textRun?.text ?? "") cut off")
    }
    #expect(part.scene.pixelHeight == rows.count && part.scene.pixelWidth == file.pixelWidth)
    #expect(part.scene.primitives(.title).isEmpty && part.scene.primitives(.source).isEmpty)
    // Moved up by the rows above: the first gridline is where it was in the file, less those rows.
    let moved = try #require(part.scene.primitives(.gridline).first?.bounds.minY)
    let original = try #require(file.primitives(.gridline).first?.bounds.minY)
    #expect(abs(moved - (original - Double(rows.lowerBound) / scale)) < 1e-9)
  }

  @Test func aTrendIsItsFileWithoutTitleAndSource() throws {
    let (file, parts) = try Self.laid(Self.trend())
    #expect(parts.count == 1)
    try Self.expectCut(file, parts[0])
    #expect(parts[0].scene.height < file.height - 20)
  }

  @Test func aRankingOfFifteenIsItsFileWithoutTitleAndSource() throws {
    let (file, parts) = try Self.laid(Self.ranking(top: 15))
    #expect(parts.count == 1)
    try Self.expectCut(file, parts[0])
    DocumentChartPartsTests.expectPrintable(
      DocumentChartPartsTests.Laid(
        built: try ChartBuilder(table: try ObservationSource.read(CLIRunner.sampleCSV)).build(Self.ranking(top: 15)),
        room: DocumentFigureRoom(
          page: .officialA4, heading: "", lead: nil, caption: "", notes: [], source: nil),
        parts: parts))
  }

  /// The 38-district ranking prints at 6 pt in its file: the document draws its own parts.
  @Test func aSplitRankingIsDrawnForTheDocument() throws {
    let (_, parts) = try Self.laid(Self.ranking(top: nil))
    #expect(parts.count >= 2)
    #expect(parts.allSatisfy { $0.cut == nil })
  }

  /// In a briefing, the picture in briefing.docx is the chart file's PNG less its title band
  /// and footer: as wide, as many dots per inch, shorter.
  @Test func theBriefingsPictureIsCutFromTheFilesPNG() throws {
    let tmp = try TemporaryDirectory()
    try FileManager.default.copyItem(at: CLIRunner.sampleCSV, to: tmp.url.appendingPathComponent("data.csv"))
    let spec = try CLIRunner.write(
      """
      title: 试
      data:
        - {id: cq, file: data.csv}
      charts:
        - id: trend
          kind: trend
          indicator: 生均一般公共预算教育经费
          years: 2015-2024
          districts: [渝中区, 涪陵区, 九龙坡区]
          title: 三区县生均一般公共预算教育经费
          source: 数据来源：示例
          formats: [png]
      """, to: "spec.yaml", in: tmp.url)
    let out = tmp.url.appendingPathComponent("out")
    let result = try CLIRunner.run(["briefing", spec.path, "--output-dir", out.path, "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    let file = try PNGInfo(Data(contentsOf: out.appendingPathComponent("trend.png")))
    let parts = try BriefingDocxTests.parts(out.appendingPathComponent("briefing.docx"))
    let pictures = parts.keys.filter { $0.hasPrefix("word/media/") }
    #expect(pictures == ["word/media/image1.png"])
    let picture = try PNGInfo(try #require(parts["word/media/image1.png"]))
    #expect(picture.width == file.width && abs(picture.dpi - file.dpi) < 0.01)
    #expect(picture.height < file.height - 100, "\(picture.height) rows of the file's \(file.height)")
  }
}
