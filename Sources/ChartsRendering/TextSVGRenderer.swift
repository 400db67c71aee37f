import Charts
import Foundation

/// SVG with real `<text>` elements (font-family, size, anchor), written directly from
/// the scene without Cairo: text stays editable and searchable, and the file is tiny.
/// Viewers substitute their own copy of the font, so widths may differ slightly from
/// the measured layout.
///
/// ```swift
/// let svg = try TextSVGRenderer().render(scene, format: .textSVG)
/// ```
public struct TextSVGRenderer: Renderer, Sendable {
  public init() {}

  public func render(_ scene: Scene, format: OutputFormat) throws -> Data {
    guard format == .textSVG || format == .svg else { throw RenderError.unsupportedFormat(format) }
    return Data(bytes(scene))
  }

  /// The SVG document as text.
  public func svg(_ scene: Scene) -> String { String(decoding: bytes(scene), as: UTF8.self) }

  private func bytes(_ scene: Scene) -> [UInt8] {
    var out = SVGBytes(capacity: 256 + scene.primitives.count * 140)
    out.header(scene, xlink: false)
    var style = TextStyle()
    // Nothing in this style throws.
    try? out.primitives(of: scene, style: &style)
    out.append("</svg>\n")
    return out.bytes
  }

  /// Fonts a browser or Word/WPS may have when the chart's own font is missing: the
  /// same design under its other name, then the common Chinese system fonts. Widths
  /// may then differ slightly from the layout's; the text stays Chinese, never tofu.
  static let fallbackFonts = ", Source Han Sans SC, Source Han Sans CN, PingFang SC, Microsoft YaHei, sans-serif"
}

/// `<line>`, `<polyline>` and `<text>` elements.
private struct TextStyle: SVGShapeStyle {
  func line(from a: Point, to b: Point, stroke: Stroke, into out: inout SVGBytes) {
    out.append("<line x1=\"")
    out.number(a.x)
    out.append("\" y1=\"")
    out.number(a.y)
    out.append("\" x2=\"")
    out.number(b.x)
    out.append("\" y2=\"")
    out.number(b.y)
    out.byte(0x22)
    out.stroke(stroke)
    out.append("/>\n")
  }

  func polyline(_ ps: [Point], stroke: Stroke, into out: inout SVGBytes) {
    out.append("<polyline points=\"")
    for (i, q) in ps.enumerated() {
      if i > 0 { out.byte(0x20) }
      out.number(q.x)
      out.byte(0x2C)  // ,
      out.number(q.y)
    }
    out.append("\" fill=\"none\" stroke-linejoin=\"round\"")
    out.stroke(stroke)
    out.append("/>\n")
  }

  func text(_ t: TextRun, into out: inout SVGBytes) {
    out.append("<text x=\"")
    out.number(t.x)
    out.append("\" y=\"")
    out.number(t.y)
    out.append("\" font-family=\"")
    out.escaped(t.font.family)
    out.append(TextSVGRenderer.fallbackFonts)
    out.append("\" font-size=\"")
    out.number(t.font.size)
    out.byte(0x22)
    if t.font.bold { out.append(" font-weight=\"bold\"") }
    if t.anchor != .start {
      out.append(" text-anchor=\"")
      out.append(t.anchor.rawValue)
      out.byte(0x22)
    }
    out.append(" fill=\"")
    out.color(t.color)
    out.append("\">")
    out.escaped(t.text)
    out.append("</text>\n")
  }
}
