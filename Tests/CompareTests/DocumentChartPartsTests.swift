import ChartBuilding
import Charts
import ChartsRendering
import Docx
import Foundation
import Metrics
import Testing

@testable import compare

/// Charts as pictures of the Word document: without their title and source, a ranking too
/// long for one page at 9 pt split into consecutive parts on one value axis (issue 16).
@Suite struct DocumentChartPartsTests {
  struct Laid {
    var built: BuiltChart
    var room: DocumentFigureRoom
    var parts: [DocumentChartLayout.Part]
  }

  /// The request laid out for `page` as a briefing lays it out for its document.
  static func laid(_ r: ChartRequest, page: PageSetup = .officialA4) throws -> Laid {
    let built = try ChartBuilder(table: try ObservationSource.read(CLIRunner.sampleCSV)).build(r)
    let title = BriefingDocument.title(built.spec)
    let room = DocumentFigureRoom(
      page: page, heading: title, lead: nil, caption: "图1（续） " + title + "（第20—38位）",
      notes: BriefingDocument.noteTexts(built.spec), source: BriefingDocument.source(built.spec))
    let parts = try DocumentChartLayout(page: page).parts(
      for: built.spec, dpi: 300, room: room, measurer: PangoTextMeasurer.shared)
    return Laid(built: built, room: room, parts: parts)
  }

  static func ranking(top: Int? = nil) -> ChartRequest {
    var r = ChartRequest(kind: .bar, indicator: "生均一般公共预算教育经费")
    r.years = 2023...2023
    r.references = [.mean]
    r.highlights = ["渝中区", "城口县"]
    r.top = top
    return r
  }

  static func points(_ mm: Double) -> Double { mm / 25.4 * 72 }

  /// What every picture of the document must be: at most the text width (so a point in the
  /// scene prints as a point), no taller than its page holds, no title, subtitle or source,
  /// its smallest text 9 pt or more, nothing overlapping or clipped.
  static func expectPrintable(_ laid: Laid, page: PageSetup = .officialA4) {
    for (i, part) in laid.parts.enumerated() {
      let scene = part.scene
      #expect(scene.width <= points(page.textWidth) && scene.width > points(page.textWidth) - 0.5)
      #expect(scene.height <= laid.room.part(i, of: laid.parts.count) + 0.5, "part \(i + 1) fits its page")
      for role in [Role.title, .subtitle, .source] {
        #expect(scene.primitives(role).isEmpty, "part \(i + 1) draws its \(role)")
      }
      let smallest = scene.texts.min { $0.font.size < $1.font.size }!
      #expect(smallest.font.size >= 9, "part \(i + 1): \(smallest.text) prints at \(smallest.font.size) pt")
      #expect(
        scene.overlappingTexts().isEmpty, "part \(i + 1): \(scene.overlappingTexts().map { ($0.0.text, $0.1.text) })")
      #expect(scene.primitivesOutsideCanvas().isEmpty, "part \(i + 1)")
    }
  }

  static func barKeys(_ scene: Scene) -> [String] {
    scene.primitives(.bar).sorted { $0.rect!.y < $1.rect!.y }.map(\.key)
  }

  @Test func theThirtyEightDistrictRankingIsSplitIntoPartsThatPrintAtNinePoints() throws {
    let laid = try Self.laid(Self.ranking())
    #expect(laid.parts.count == 2)
    Self.expectPrintable(laid)
    // Every district exactly once, in rank order, the parts' positions consecutive.
    guard case .bar(let spec) = laid.built.spec else {
      Issue.record("not a bar chart")
      return
    }
    let keys = laid.parts.flatMap { Self.barKeys($0.scene) }
    #expect(keys.count == 38 && Set(keys) == Set(spec.categories))
    let values = Dictionary(uniqueKeysWithValues: zip(spec.categories, spec.series[0].values))
    #expect(keys.map { values[$0]!! } == keys.map { values[$0]!! }.sorted(by: >))
    #expect(laid.parts.map(\.positions) == [0..<19, 19..<38])
  }

  @Test func thePartsShareOneValueAxis() throws {
    let laid = try Self.laid(Self.ranking())
    let axes = laid.parts.map { part in
      part.scene.primitives(.tickLabel).compactMap(\.textRun).map { "\($0.text)@\($0.x)" }
    }
    #expect(axes.count == 2 && axes[0] == axes[1] && !axes[0].isEmpty, "\(axes)")
    // One scale: points per 元 alike in both parts.
    let scale = laid.parts.map { part -> Double in
      let bar = part.scene.primitives(.bar)[0]
      guard case .bar(let s) = laid.built.spec, let i = s.categories.firstIndex(of: bar.key) else { return 0 }
      return bar.rect!.width / s.series[0].values[i]!
    }
    #expect(abs(scale[0] - scale[1]) < 1e-9)
    // Its labels one size in both parts: the rows are as far apart.
    let sizes = laid.parts.map { Set($0.scene.primitives(.categoryLabel).compactMap(\.textRun).map(\.font.size)) }
    #expect(sizes[0] == sizes[1] && sizes[0].count == 1, "\(sizes)")
  }

  @Test func aRankingOfFifteenIsOnePicture() throws {
    let laid = try Self.laid(Self.ranking(top: 15))
    #expect(laid.parts.count == 1 && laid.parts[0].positions == nil)
    Self.expectPrintable(laid)
    #expect(Self.barKeys(laid.parts[0].scene).count == 15)
  }

  @Test func aSmallerPageTakesMoreParts() throws {
    let a5 = PageSetup(width: 148, height: 210, top: 37, bottom: 35, left: 20, right: 20)
    let laid = try Self.laid(Self.ranking(), page: a5)
    #expect(laid.parts.count >= 3, "\(laid.parts.count) parts")
    Self.expectPrintable(laid, page: a5)
    #expect(laid.parts.flatMap { Self.barKeys($0.scene) }.count == 38)
  }

  /// A trend keeps the plot it has in the chart file; the picture is shorter by the title
  /// and source line the document says around it.
  @Test func aTrendKeepsItsPlotAndLosesItsTitle() throws {
    var r = ChartRequest(kind: .trend, indicator: "生均一般公共预算教育经费")
    r.years = 2015...2024
    r.districts = ["渝中区", "涪陵区", "九龙坡区", "万州区", "黔江区", "城口县"]
    let laid = try Self.laid(r)
    #expect(laid.parts.count == 1)
    Self.expectPrintable(laid)
    let file = DocumentChartLayout(page: .officialA4).fitted(laid.built.spec, dpi: 300)
    let standalone = try ChartLayout.scene(
      for: file, theme: DocumentChartLayout.theme, measurer: PangoTextMeasurer.shared)
    let picture = laid.parts[0].scene
    #expect(picture.width == standalone.width && picture.height < standalone.height - 20)
    // The plot: from the highest gridline to the lowest, as tall in both.
    let plot = { (s: Scene) -> Double in
      let ys = s.primitives(.gridline).map(\.bounds).flatMap { [$0.minY, $0.maxY] }
      return ys.max()! - ys.min()!
    }
    #expect(abs(plot(picture) - plot(standalone)) < 1.5, "\(plot(picture)) against \(plot(standalone))")
  }

  /// Vertical bars keep the text width: 38 columns cannot carry 9 pt names, and are not split.
  @Test func thirtyEightColumnsStayOnePictureBelowNinePoints() throws {
    var r = Self.ranking()
    r.orientation = .vertical
    let laid = try Self.laid(r)
    #expect(laid.parts.count == 1)
    #expect(DocumentChartLayout.smallestText(laid.parts[0].scene) < 9)
  }

  /// The heading (12 + 29 pt), the caption (6 + 18 + 6 pt), notes at 18 pt a line and the
  /// source at 15.75 pt a line come off the 637.8 pt text height, with 10 pt to spare.
  @Test func aPageLeavesRoomForTheParagraphsAroundItsPicture() {
    var room = DocumentFigureRoom(
      page: .officialA4, heading: "标题", lead: nil, caption: "图1 标题", notes: [], source: nil)
    #expect(abs(room.alone - 556.8) < 0.1 && room.first == room.alone && abs(room.middle - 597.8) < 0.1)
    // A note of 80 characters wraps to three lines of the 442 pt text width.
    room.notes = [String(repeating: "注", count: 80)]
    room.source = "数据来源：示例"
    #expect(abs(room.alone - (556.8 - (3 * 18 + 4) - (15.75 + 8))) < 0.1)
    #expect(abs(room.first - 556.8) < 0.1)
    #expect(abs(room.last - (597.8 - 58 - 23.75)) < 0.1)
    #expect(room.part(0, of: 1) == room.alone && room.part(1, of: 3) == room.middle && room.part(2, of: 3) == room.last)
  }

  @Test(arguments: [(38, 1), (38, 2), (38, 3), (5, 2), (7, 7)])
  func splitRangesAreConsecutiveAndEven(n: Int, count: Int) {
    let ranges = DocumentChartLayout.split(n, into: count)
    #expect(ranges.count == count && ranges.first?.lowerBound == 0 && ranges.last?.upperBound == n)
    #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    let lengths = ranges.map(\.count)
    #expect(lengths.max()! - lengths.min()! <= 1 && lengths == lengths.sorted(by: >))
  }
}
