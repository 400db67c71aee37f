import Charts

/// How one SVG writer draws the primitives the two writers draw differently:
/// lines and polylines (`<line>`/`<polyline>` or paths) and text (`<text>` or
/// glyph outlines). Rects and circles are the same in both (``SVGBytes/primitives(of:style:)``).
protocol SVGShapeStyle {
  mutating func line(from a: Point, to b: Point, stroke: Stroke, into out: inout SVGBytes)
  mutating func polyline(_ points: [Point], stroke: Stroke, into out: inout SVGBytes)
  mutating func text(_ run: TextRun, into out: inout SVGBytes) throws
}

extension SVGBytes {
  /// Every primitive of `scene` in paint order: one walk over the primitive switch
  /// for both SVG writers, with `style` drawing what they draw differently.
  mutating func primitives(of scene: Scene, style: inout some SVGShapeStyle) throws {
    for p in scene.primitives {
      switch p.shape {
      case .rect(let r, let fill): rect(r, fill: fill)
      case .line(let a, let b, let s): style.line(from: a, to: b, stroke: s, into: &self)
      case .polyline(let ps, let s): style.polyline(ps, stroke: s, into: &self)
      case .circle(let c, let r, let fill, let s): circle(c, radius: r, fill: fill ?? scene.background, stroke: s)
      case .text(let t): try style.text(t, into: &self)
      }
    }
  }

  /// `<rect x="…" y="…" width="…" height="…" fill="#RRGGBB"/>`.
  mutating func rect(_ r: Rect, fill: Color) {
    append("<rect x=\"")
    number(r.x)
    append("\" y=\"")
    number(r.y)
    append("\" width=\"")
    number(r.width)
    append("\" height=\"")
    number(r.height)
    append("\" fill=\"")
    color(fill)
    append("\"/>\n")
  }

  /// `<circle cx="…" cy="…" r="…" fill="#RRGGBB" stroke…/>`.
  mutating func circle(_ c: Point, radius: Double, fill: Color, stroke s: Stroke?) {
    append("<circle cx=\"")
    number(c.x)
    append("\" cy=\"")
    number(c.y)
    append("\" r=\"")
    number(radius)
    append("\" fill=\"")
    color(fill)
    byte(0x22)
    if let s { stroke(s) }
    append("/>\n")
  }

  /// ` stroke="#RRGGBB" stroke-width="…"` and the dash pattern if any; caps are
  /// SVG's default butt, as in Cairo.
  mutating func stroke(_ s: Stroke) {
    append(" stroke=\"")
    color(s.color)
    append("\" stroke-width=\"")
    number(s.width)
    byte(0x22)
    guard !s.dash.isEmpty else { return }
    append(" stroke-dasharray=\"")
    for (i, d) in s.dash.enumerated() {
      if i > 0 { byte(0x20) }
      number(d)
    }
    byte(0x22)
  }

  /// The XML declaration and the root element, sized in points with a viewBox in
  /// points, then the chart's title as the document's accessible name.
  mutating func header(_ scene: Scene, xlink: Bool) {
    append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    if xlink {
      append(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\""
      )
    } else {
      append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
    }
    number(scene.width)
    append("pt\" height=\"")
    number(scene.height)
    append("pt\" viewBox=\"0 0 ")
    number(scene.width)
    byte(0x20)
    number(scene.height)
    append("\">\n")
    if let title = scene.primitives(.title).first?.textRun?.text, !title.isEmpty {
      append("<title>")
      escaped(title)
      append("</title>\n")
    }
  }
}
