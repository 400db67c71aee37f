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
    var out = SVGBytes(capacity: 4096 + scene.primitives.count * 100 + placed.glyphs.count * 40
      + placed.outlines.reduce(0) { $0 + $1.count + 24 })
    header(scene, into: &out)
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
    var runIndex = 0
    for p in scene.primitives {
      switch p.shape {
      case .rect(let r, let fill):
        out.append("<rect x=\"")
        out.number(r.x)
        out.append("\" y=\"")
        out.number(r.y)
        out.append("\" width=\"")
        out.number(r.width)
        out.append("\" height=\"")
        out.number(r.height)
        out.append("\" fill=\"")
        out.color(fill)
        out.append("\"/>\n")
      case .line(let a, let b, let s):
        out.append("<path d=\"M")
        point(a, into: &out)
        out.byte(0x4C)  // L
        point(b, into: &out)
        out.append("\" fill=\"none\"")
        stroke(s, into: &out)
        out.append("/>\n")
      case .polyline(let ps, let s):
        guard !ps.isEmpty else { continue }
        out.append("<path d=\"M")
        for (i, q) in ps.enumerated() {
          if i > 0 { out.byte(0x4C) }
          point(q, into: &out)
        }
        out.append("\" fill=\"none\" stroke-linejoin=\"round\"")
        stroke(s, into: &out)
        out.append("/>\n")
      case .circle(let c, let r, let fill, let s):
        out.append("<circle cx=\"")
        out.number(c.x)
        out.append("\" cy=\"")
        out.number(c.y)
        out.append("\" r=\"")
        out.number(r)
        out.append("\" fill=\"")
        out.color(fill ?? scene.background)
        out.byte(0x22)
        if let s { stroke(s, into: &out) }
        out.append("/>\n")
      case .text(let t):
        let glyphs = placed.glyphs(ofRun: runIndex)
        runIndex += 1
        guard !glyphs.isEmpty else { continue }
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
    }
    out.append("</svg>\n")
    return Data(out.bytes)
  }

  /// The XML declaration, the root element (size in points, a viewBox in points) and
  /// the chart's title as the document's accessible name.
  private func header(_ scene: Scene, into out: inout SVGBytes) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"")
    out.number(scene.width)
    out.append("pt\" height=\"")
    out.number(scene.height)
    out.append("pt\" viewBox=\"0 0 ")
    out.number(scene.width)
    out.byte(0x20)
    out.number(scene.height)
    out.append("\">\n")
    if let title = scene.primitives(.title).first?.textRun?.text, !title.isEmpty {
      out.append("<title>")
      out.escaped(title)
      out.append("</title>\n")
    }
  }

  /// "x y" (or "x-y": a minus sign separates too).
  private func point(_ p: Point, into out: inout SVGBytes) {
    out.number(p.x)
    if (p.y * 100).rounded() >= 0 { out.byte(0x20) }
    out.number(p.y)
  }

  /// Stroke colour, width and dash pattern; caps are SVG's default butt, as in Cairo.
  private func stroke(_ s: Stroke, into out: inout SVGBytes) {
    out.append(" stroke=\"")
    out.color(s.color)
    out.append("\" stroke-width=\"")
    out.number(s.width)
    out.byte(0x22)
    guard !s.dash.isEmpty else { return }
    out.append(" stroke-dasharray=\"")
    for (i, d) in s.dash.enumerated() {
      if i > 0 { out.byte(0x20) }
      out.number(d)
    }
    out.byte(0x22)
  }
}
