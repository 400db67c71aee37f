import Charts
import Foundation

/// SVG with text as glyph outlines, written from the scene without Cairo's SVG
/// surface: what `.svg` produces. It looks like the PNG and PDF everywhere (Word,
/// WPS, browsers) whether or not the viewer has the font.
///
/// Text is laid out by Pango exactly as ``CairoRenderer`` draws it (see
/// ``GlyphPlacement``); each distinct glyph's outline is written once in `<defs>`
/// and placed with `<use>`, as Cairo's SVG surface did. Shapes are plain SVG
/// elements in paint order. Why not Cairo's SVG surface: it prints every coordinate
/// with libc's `printf`, which was over half of the render time (~17,000 numbers
/// for a bar chart); the outlines here are printed once per process (two decimals,
/// see ``SVGBytes``) and cached in ``GlyphOutlineCache``.
///
/// Output is deterministic: glyphs are numbered in order of first use in the document.
///
/// ```swift
/// let svg = try OutlineSVGRenderer().render(scene, format: .svg)
/// ```
public struct OutlineSVGRenderer: Renderer, Sendable {
  public var text: PangoTextMeasurer

  public init(text: PangoTextMeasurer = .shared) { self.text = text }

  public func render(_ scene: Scene, format: OutputFormat) throws -> Data {
    guard format == .svg else { throw RenderError.unsupportedFormat(format) }
    let runs = scene.texts
    let placed = try GlyphPlacement(runs: runs, measurer: text)
    var out = SVGBytes(
      capacity: 4096 + scene.primitives.count * 100 + placed.glyphs.count * 40
        + placed.outlines.reduce(0) { $0 + $1.count + 24 })
    out.header(scene, xlink: true)
    if !placed.outlines.isEmpty {
      out.append("<defs>\n")
      for (i, d) in placed.outlines.enumerated() {
        out.append("<path id=\"g")
        out.integer(i)
        out.append("\" d=\"")
        out.append(d)
        out.append("\"/>\n")
      }
      out.append("</defs>\n")
    }
    out.append("<rect width=\"")
    out.number(scene.width)
    out.append("\" height=\"")
    out.number(scene.height)
    out.append("\" fill=\"")
    out.color(scene.background)
    out.append("\"/>\n")
    var style = OutlineStyle(placed: placed)
    try out.primitives(of: scene, style: &style)
    out.append("</svg>\n")
    return Data(out.bytes)
  }
}

/// Lines and polylines as paths, text as `<use>` of each glyph's outline.
private struct OutlineStyle: SVGShapeStyle {
  let placed: GlyphPlacement
  /// Text runs are numbered in paint order, as ``GlyphPlacement`` placed them.
  var runIndex = 0

  func line(from a: Point, to b: Point, stroke: Stroke, into out: inout SVGBytes) {
    out.append("<path d=\"M")
    point(a, into: &out)
    out.byte(0x4C)  // L
    point(b, into: &out)
    out.append("\" fill=\"none\"")
    out.stroke(stroke)
    out.append("/>\n")
  }

  func polyline(_ ps: [Point], stroke: Stroke, into out: inout SVGBytes) {
    guard !ps.isEmpty else { return }
    out.append("<path d=\"M")
    for (i, q) in ps.enumerated() {
      if i > 0 { out.byte(0x4C) }
      point(q, into: &out)
    }
    out.append("\" fill=\"none\" stroke-linejoin=\"round\"")
    out.stroke(stroke)
    out.append("/>\n")
  }

  mutating func text(_ t: TextRun, into out: inout SVGBytes) {
    let glyphs = placed.glyphs(ofRun: runIndex)
    runIndex += 1
    guard !glyphs.isEmpty else { return }
    out.append("<g fill=\"")
    out.color(t.color)
    out.append("\">\n")
    for g in glyphs {
      out.append("<use xlink:href=\"#g")
      out.integer(Int(g.id))
      out.append("\" x=\"")
      out.number(g.x)
      out.append("\" y=\"")
      out.number(g.y)
      out.append("\"/>\n")
    }
    out.append("</g>\n")
  }

  /// "x y" (or "x-y": a minus sign separates too).
  private func point(_ p: Point, into out: inout SVGBytes) {
    out.number(p.x)
    if (p.y * 100).rounded() >= 0 { out.byte(0x20) }
    out.number(p.y)
  }
}
