import Testing

@testable import Charts

/// A band of a scene (a document picture cut from its chart file): the dropped roles gone,
/// the rest moved up by the band's top, the canvas paint covering the band.
struct SceneBandTests {
  static let scene = Scene(
    width: 100, height: 200, dpi: 300,
    primitives: [
      Primitive(.rect(Rect(x: 0, y: 0, width: 100, height: 200), fill: .white), role: .background),
      Primitive(
        .text(
          TextRun(
            text: "标题", x: 0, y: 20, anchor: .start, font: FontSpec(family: "Noto Sans CJK SC", size: 14),
            color: .black,
            extent: TextExtent(width: 28, ascent: 12, descent: 3))), role: .title),
      Primitive(.rect(Rect(x: 10, y: 50, width: 30, height: 100), fill: .black), role: .bar, key: "渝中区"),
      Primitive(.line(from: Point(1, 150), to: Point(99, 150), stroke: Stroke(color: .black, width: 1)), role: .axis),
      Primitive(.polyline([Point(1, 60), Point(50, 70)], stroke: Stroke(color: .black, width: 1)), role: .seriesLine),
      Primitive(.circle(center: Point(50, 70), radius: 2, fill: .black, stroke: nil), role: .marker),
    ])

  @Test func theBandDropsItsRolesAndMovesTheRestUp() throws {
    let band = Self.scene.band(top: 40, height: 120, dropping: [.title])
    #expect(band.width == 100 && band.height == 120 && band.dpi == 300)
    #expect(band.primitives(.title).isEmpty)
    #expect(band.primitives(.background).first?.rect == Rect(x: 0, y: 0, width: 100, height: 120))
    #expect(band.primitives(.bar).first?.rect == Rect(x: 10, y: 10, width: 30, height: 100))
    #expect(band.primitives(.axis).first?.bounds.minY == 109.5)
    #expect(band.primitives(.seriesLine).first?.bounds.minY == 19.5)
    #expect(band.primitives(.marker).first?.bounds.minY == 28)
    #expect(band.primitivesOutsideCanvas().isEmpty)
  }
}
