import ChartsTestSupport
import Testing

@testable import Charts

/// A chart laid out for a document draws no title, subtitle, notes or source: the document
/// says them in paragraphs around the picture. What the layout itself must explain stays.
@Suite struct ChartFramingTests {
  static let framed: Set<Role> = [.title, .subtitle, .note, .source]

  @Test func aStandaloneBarChartDrawsItsFrame() throws {
    var spec = Samples.bar(size: .centimetres(15.6, 16))
    spec.subtitle = "模拟数据"
    spec.notes = ["平均线为全部区县的简单平均。"]
    let scene = try layout(.bar(spec))
    for role in Self.framed { #expect(!scene.texts(role).isEmpty, "\(role) drawn") }
  }

  @Test func aDocumentBarChartDrawsNoTitleSubtitleNotesOrSource() throws {
    var spec = Samples.bar(size: .centimetres(15.6, 16))
    spec.subtitle = "模拟数据"
    spec.notes = ["平均线为全部区县的简单平均。"]
    spec.framing = .document
    let scene = try layout(.bar(spec))
    for role in Self.framed { #expect(scene.texts(role).isEmpty, "\(role): \(scene.texts(role).map(\.text))") }
    #expect(sceneProblems(scene, "document bar") == [])
    // The plot takes the room the frame left: its bars start higher than the standalone chart's.
    spec.framing = .standalone
    let standalone = try layout(.bar(spec))
    let top = { (s: Scene) in s.rects(.bar).map(\.minY).min()! }
    #expect(top(scene) < top(standalone) - 20)
  }

  @Test func aDocumentTrendDrawsNoTitleOrSource() throws {
    var spec = Samples.trendChart(size: .centimetres(15.6, 10.4))
    spec.framing = .document
    let scene = try layout(.trend(spec))
    for role in Self.framed { #expect(scene.texts(role).isEmpty, "\(role): \(scene.texts(role).map(\.text))") }
    #expect(!scene.primitives(.seriesLine).isEmpty)
    #expect(sceneProblems(scene, "document trend") == [])
  }

  /// The note naming shortened district names is the layout's own: the document does not
  /// know it, so the picture keeps it.
  @Test func aDocumentChartKeepsTheNoteOnNamesItShortened() throws {
    var spec = BarChartSpec(
      title: "标题", source: "来源", categories: ["酉阳土家族苗族自治县", "渝中区"],
      series: [BarSeries(name: "2023", values: [1, 2])], size: .pixels(300, 200))
    spec.framing = .document
    let scene = try layout(.bar(spec))
    #expect(scene.texts(.title).isEmpty && scene.texts(.source).isEmpty)
    #expect(scene.texts(.note).contains { $0.text.contains("酉阳") }, "\(scene.texts(.note).map(\.text))")
  }
}
