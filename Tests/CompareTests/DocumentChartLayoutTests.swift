import ChartBuilding
import Charts
import ChartsRendering
import Foundation
import Metrics
import Testing

@testable import compare

/// Charts laid out for the page: at the text width, their text at a size that prints readably.
@Suite struct DocumentChartLayoutTests {
  static func built(_ r: ChartRequest) throws -> BuiltChart {
    let table = try ObservationSource.read(CLIRunner.sampleCSV)
    let built = try ChartBuilder(table: table).build(r)
    var fitted = built
    fitted.spec = DocumentChartLayout(page: .officialA4).fitted(built.spec, dpi: 300)
    return fitted
  }

  /// The smallest text of the chart as printed, in points: the scene is laid out in points
  /// at the printed size, so a 9 pt font prints at 9 pt.
  static func smallestText(_ spec: ChartSpec) throws -> (size: Double, text: String) {
    let scene = try ChartLayout.scene(for: spec, theme: DocumentChartLayout.theme, measurer: PangoTextMeasurer.shared)
    // Word places the picture at its size, shrunk to the 15.6 cm text width if wider.
    let textWidth = 156 / 25.4 * 72
    #expect(scene.width <= textWidth && scene.width > textWidth - 0.5, "laid out at the 15.6 cm text width")
    let printedWidth = min(textWidth, scene.width)
    let smallest = try #require(scene.texts.min { $0.font.size < $1.font.size })
    return (smallest.font.size * printedWidth / scene.width, smallest.text)
  }

  @Test func aTrendPrintsItsTextAtNinePointsOrMore() throws {
    var r = ChartRequest(kind: .trend, indicator: "生均一般公共预算教育经费")
    r.years = 2015...2024
    r.districts = ["渝中区", "涪陵区", "九龙坡区", "万州区", "黔江区", "城口县"]
    let b = try Self.built(r)
    #expect(b.spec.size.width == 1842 && b.spec.size.dpi == 300)
    // 15.6 cm wide, 2:3 like the screen default: 10.4 cm.
    #expect(abs(b.spec.size.heightPoints / 72 * 2.54 - 10.4) < 0.05)
    let (size, text) = try Self.smallestText(b.spec)
    #expect(size >= 9, "\(text) prints at \(size) pt")
  }

  @Test func aBarChartOfTenDistrictsPrintsItsTextAtNinePointsOrMore() throws {
    var r = ChartRequest(kind: .bar, indicator: "生均一般公共预算教育经费")
    r.years = 2023...2023
    r.districts = ["渝中区", "涪陵区", "九龙坡区", "万州区", "黔江区", "城口县", "江北区", "沙坪坝区", "大足区", "丰都县"]
    r.references = [.mean]
    let (size, text) = try Self.smallestText(Self.built(r).spec)
    #expect(size >= 9, "\(text) prints at \(size) pt")
  }

  @Test func allThirtyEightDistrictsFitTheTextAreaAndStayLegible() throws {
    var r = ChartRequest(kind: .bar, indicator: "生均一般公共预算教育经费")
    r.years = 2023...2023
    let b = try Self.built(r)
    // At most the text height less the heading, caption and source (225 − 65 mm).
    #expect(b.spec.size.heightPoints / 72 * 25.4 <= 160.1)
    let (size, text) = try Self.smallestText(b.spec)
    // 38 rows in 16 cm: labels shrink a little below 9 pt, never below the theme's minimum.
    #expect(size >= DocumentChartLayout.theme.minimumLabelSize, "\(text) prints at \(size) pt")
    print("38 districts: smallest text \(size) pt (\(text))")
  }
}

/// A chart whose text prints below 9 pt in the document is said on the terminal (issue 16);
/// a long ranking no longer is: the document splits it over pages.
@Suite struct DocumentTextSizeWarningTests {
  func briefing(_ charts: String, _ extra: [String] = []) throws -> CLIRunner.Output {
    let tmp = try TemporaryDirectory()
    try FileManager.default.copyItem(at: CLIRunner.sampleCSV, to: tmp.url.appendingPathComponent("cq.csv"))
    let spec = try CLIRunner.write(
      "data: [{id: cq, file: cq.csv}]\ncharts:\n" + charts, to: "spec.yaml", in: tmp.url)
    return try CLIRunner.run(["briefing", spec.path, "--output-dir", tmp.url.appendingPathComponent("o").path] + extra)
  }

  @Test func aRankingTooLongForOnePageIsSplitNotReported() throws {
    let r = try briefing(
      """
        - {id: all, kind: bar, indicator: 生均一般公共预算教育经费, year: 2023, reference: [mean]}
        - {id: ten, kind: bar, indicator: 生均一般公共预算教育经费, year: 2023, top: 10}
      """)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(!r.stderr.contains("smallest text"), "\(r.stderr)")
  }

  @Test func thirtyEightColumnsAreStillReported() throws {
    let r = try briefing(
      """
        - {id: columns, kind: bar, indicator: 生均一般公共预算教育经费, year: 2023, orientation: vertical}
      """)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("chart columns: printed at the page's text width its smallest text is"), "\(r.stderr)")
  }

  /// Without the document, the chart files are what prints: the 38-bar file is said.
  @Test func withoutTheDocumentTheChartFileIsReported() throws {
    let r = try briefing(
      """
        - {id: all, kind: bar, indicator: 生均一般公共预算教育经费, year: 2023}
      """, ["--no-docx"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("chart all: printed at the page's text width its smallest text is"), "\(r.stderr)")
  }

  @Test func theSampleBriefingPrintsEveryChartAtNinePoints() throws {
    let tmp = try TemporaryDirectory()
    let spec = CLIRunner.packageRoot.appendingPathComponent("samples/briefing.yaml")
    let r = try CLIRunner.run(["briefing", spec.path, "--output-dir", tmp.url.appendingPathComponent("o").path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(!r.stderr.contains("smallest text"), "\(r.stderr)")
  }
}
