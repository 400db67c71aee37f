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
    return Data(svg(scene).utf8)
  }

  /// The SVG document as text.
  public func svg(_ scene: Scene) -> String {
    var out = ""
    out.reserveCapacity(256 + scene.primitives.count * 140)
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(scene.width))pt\" height=\"\(n(scene.height))pt\" viewBox=\"0 0 \(n(scene.width)) \(n(scene.height))\">\n"
    // The chart's title, for screen readers and file browsers, as in the outline SVG.
    if let title = scene.primitives(.title).first?.textRun?.text, !title.isEmpty { out += "<title>\(escape(title))</title>\n" }
    for p in scene.primitives {
      switch p.shape {
      case .rect(let r, let fill):
        out += "<rect x=\"\(n(r.x))\" y=\"\(n(r.y))\" width=\"\(n(r.width))\" height=\"\(n(r.height))\" fill=\"\(fill.hex)\"/>\n"
      case .line(let a, let b, let s):
        out += "<line x1=\"\(n(a.x))\" y1=\"\(n(a.y))\" x2=\"\(n(b.x))\" y2=\"\(n(b.y))\"\(stroke(s))/>\n"
      case .polyline(let ps, let s):
        out += "<polyline points=\""
        for (i, q) in ps.enumerated() { out += (i == 0 ? "" : " ") + n(q.x) + "," + n(q.y) }
        out += "\" fill=\"none\" stroke-linejoin=\"round\"\(stroke(s))/>\n"
      case .circle(let c, let r, let fill, let s):
        out += "<circle cx=\"\(n(c.x))\" cy=\"\(n(c.y))\" r=\"\(n(r))\" fill=\"\((fill ?? scene.background).hex)\"\(s.map(stroke) ?? "")/>\n"
      case .text(let t):
        out += "<text x=\"\(n(t.x))\" y=\"\(n(t.y))\" font-family=\"\(escape(t.font.family))\(Self.fallbackFonts)\" font-size=\"\(n(t.font.size))\""
        if t.font.bold { out += " font-weight=\"bold\"" }
        if t.anchor != .start { out += " text-anchor=\"\(t.anchor.rawValue)\"" }
        out += " fill=\"\(t.color.hex)\">\(escape(t.text))</text>\n"
      }
    }
    out += "</svg>\n"
    return out
  }

  /// Fonts a browser or Word/WPS may have when the chart's own font is missing: the
  /// same design under its other name, then the common Chinese system fonts. Widths
  /// may then differ slightly from the layout's; the text stays Chinese, never tofu.
  static let fallbackFonts = ", Source Han Sans SC, Source Han Sans CN, PingFang SC, Microsoft YaHei, sans-serif"

  private func stroke(_ s: Stroke) -> String {
    var out = " stroke=\"\(s.color.hex)\" stroke-width=\"\(n(s.width))\""
    if !s.dash.isEmpty { out += " stroke-dasharray=\"\(s.dash.map(n).joined(separator: " "))\"" }
    return out
  }

  private func escape(_ s: String) -> String {
    guard s.contains(where: { "<>&\"".contains($0) }) else { return s }
    var out = ""
    for ch in s {
      switch ch {
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\"": out += "&quot;"
      default: out.append(ch)
      }
    }
    return out
  }

  /// Two decimals at most, no trailing zeros: stable text for identical scenes.
  private func n(_ v: Double) -> String {
    let hundredths = Int((v * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let a = abs(hundredths)
    let whole = a / 100, frac = a % 100
    if frac == 0 { return sign + String(whole) }
    if frac % 10 == 0 { return sign + String(whole) + "." + String(frac / 10) }
    return sign + String(whole) + (frac < 10 ? ".0" : ".") + String(frac)
  }
}
