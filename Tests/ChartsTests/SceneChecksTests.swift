import ChartsTestSupport
import Testing

@testable import Charts

@Suite struct SceneChecksTests {
  let font = FontSpec(family: "Noto Sans CJK SC", size: 10)

  func run(_ text: String, x: Double, y: Double) -> Primitive {
    Primitive(
      .text(
        TextRun(
          text: text, x: x, y: y, anchor: .start, font: font, color: .black,
          extent: TextExtent(width: 30, ascent: 10, descent: 3))), role: .categoryLabel)
  }

  @Test func findsOverlappingTexts() {
    var scene = Scene(width: 100, height: 100)
    scene.primitives = [run("甲", x: 10, y: 20), run("乙", x: 30, y: 25), run("丙", x: 10, y: 60)]
    let overlaps = scene.overlappingTexts()
    #expect(overlaps.count == 1)
    #expect(Set([overlaps[0].0.text, overlaps[0].1.text]) == ["甲", "乙"])
  }

  @Test func touchingTextsDoNotOverlap() {
    var scene = Scene(width: 100, height: 100)
    scene.primitives = [run("甲", x: 10, y: 20), run("乙", x: 40, y: 20), run("丙", x: 10, y: 33)]
    #expect(scene.overlappingTexts().isEmpty)
  }

  @Test func findsPrimitivesOutsideTheCanvas() {
    var scene = Scene(width: 100, height: 100)
    scene.primitives = [
      run("甲", x: 80, y: 20),
      Primitive(.rect(Rect(x: 0, y: 0, width: 100, height: 100), fill: .white), role: .background),
      Primitive(.circle(center: Point(99, 50), radius: 3, fill: .black, stroke: nil), role: .marker),
    ]
    #expect(scene.primitivesOutsideCanvas().map(\.role) == [.categoryLabel, .marker])
  }

  @Test(arguments: ChartGallery.all.map(\.0))
  func everyGalleryChartIsCleanWithFixedWidths(name: String) throws {
    let spec = ChartGallery.all.first { $0.0 == name }!.1
    expectClean(try layout(spec), name)
  }

  @Test func descriptionIsStableText() throws {
    let scene = try layout(.bar(ChartGallery.negative))
    let text = scene.description
    #expect(text.hasPrefix("scene 500x300 @144dpi\n"))
    #expect(text.contains("text valueLabel 城口县 \"6.05%\""))
    #expect(text == (try layout(.bar(ChartGallery.negative))).description)
  }
}
