import Testing

@testable import Charts
@testable import ChartsRendering

/// The two SVG writers walk the scene once each through the same switch and print
/// coordinates with one formatter (``SVGBytes/number(_:)``).
@Suite struct SVGShapesTests {
  let font = FontSpec(family: "Noto Sans CJK SC", size: 9)

  var scene: Scene {
    var s = Scene(width: 100.004, height: 50)
    let stroke = Stroke(color: .black, width: 0.75, dash: [3, 1.5])
    s.primitives = [
      Primitive(.rect(Rect(x: 1.006, y: -0.001, width: 10, height: 2.5), fill: .white), role: .background),
      Primitive(.line(from: Point(0, 1), to: Point(2.345, -3), stroke: stroke), role: .axis),
      Primitive(.polyline([Point(1, 2), Point(3.5, -4)], stroke: stroke), role: .seriesLine),
      Primitive(.circle(center: Point(5, 5), radius: 2.25, fill: nil, stroke: stroke), role: .marker),
      Primitive(
        .text(
          TextRun(
            text: "甲<乙", x: 3, y: 4.5, anchor: .middle, font: font, color: .black,
            extent: TextExtent(width: 18, ascent: 9, descent: 2))), role: .categoryLabel),
    ]
    return s
  }

  @Test func textSVGWritesEveryPrimitiveAsItsElement() {
    let svg = TextSVGRenderer().svg(scene)
    let body = svg.split(separator: "\n").dropFirst(2).map(String.init)
    #expect(
      body == [
        "<rect x=\"1.01\" y=\"0\" width=\"10\" height=\"2.5\" fill=\"#FFFFFF\"/>",
        "<line x1=\"0\" y1=\"1\" x2=\"2.35\" y2=\"-3\" stroke=\"#000000\" stroke-width=\"0.75\" stroke-dasharray=\"3 1.5\"/>",
        "<polyline points=\"1,2 3.5,-4\" fill=\"none\" stroke-linejoin=\"round\" stroke=\"#000000\" stroke-width=\"0.75\" stroke-dasharray=\"3 1.5\"/>",
        "<circle cx=\"5\" cy=\"5\" r=\"2.25\" fill=\"#FFFFFF\" stroke=\"#000000\" stroke-width=\"0.75\" stroke-dasharray=\"3 1.5\"/>",
        "<text x=\"3\" y=\"4.5\" font-family=\"Noto Sans CJK SC\(TextSVGRenderer.fallbackFonts)\" font-size=\"9\" text-anchor=\"middle\" fill=\"#000000\">甲&lt;乙</text>",
        "</svg>",
      ])
    #expect(svg.contains("width=\"100pt\" height=\"50pt\" viewBox=\"0 0 100 50\""))
  }

  @Test func outlineSVGSharesRectsCirclesAndStrokes() throws {
    let svg = String(decoding: try OutlineSVGRenderer().render(scene, format: .svg), as: UTF8.self)
    #expect(svg.contains("\n<rect x=\"1.01\" y=\"0\" width=\"10\" height=\"2.5\" fill=\"#FFFFFF\"/>\n"))
    #expect(
      svg.contains(
        "\n<path d=\"M0 1L2.35-3\" fill=\"none\" stroke=\"#000000\" stroke-width=\"0.75\" stroke-dasharray=\"3 1.5\"/>\n"
      ))
    #expect(
      svg.contains(
        "\n<path d=\"M1 2L3.5-4\" fill=\"none\" stroke-linejoin=\"round\" stroke=\"#000000\" stroke-width=\"0.75\" stroke-dasharray=\"3 1.5\"/>\n"
      ))
    #expect(
      svg.contains(
        "\n<circle cx=\"5\" cy=\"5\" r=\"2.25\" fill=\"#FFFFFF\" stroke=\"#000000\" stroke-width=\"0.75\" stroke-dasharray=\"3 1.5\"/>\n"
      ))
    #expect(svg.contains("<use xlink:href=\"#g0\""))
  }
}
