/// A horizontal band of a scene as a scene of its own: what a briefing's document picture
/// is of its chart file (the file without its title band and footer, cut from the same
/// pixels: see `CairoRenderer.renderPNG(_:cuts:)`).
extension Scene {
  /// The rows from `top` (pt) down `height` pt, the primitives of `dropping` roles left
  /// out and the rest moved up by `top`, so the scene describes exactly what those rows of
  /// this scene's picture show when nothing of a dropped role reaches into them.
  ///
  /// ```swift
  /// let picture = file.band(top: 40, height: 300, dropping: [.title, .subtitle, .note, .source])
  /// ```
  public func band(top: Double, height: Double, dropping: Set<Role>) -> Scene {
    var band = self
    band.height = height
    band.primitives = primitives.filter { !dropping.contains($0.role) }.map { p in
      // The canvas's paint covers the band's canvas, no more.
      if p.role == .background, case .rect(let r, let fill) = p.shape, r.minY <= top, r.maxY >= top + height {
        return Primitive(
          .rect(Rect(x: r.x, y: 0, width: r.width, height: height), fill: fill), role: p.role, key: p.key)
      }
      return p.moved(dy: -top)
    }
    return band
  }
}

extension Primitive {
  /// The primitive `dy` points lower.
  func moved(dy: Double) -> Primitive {
    var p = self
    func point(_ q: Point) -> Point { Point(q.x, q.y + dy) }
    switch shape {
    case .rect(var r, let fill):
      r.y += dy
      p.shape = .rect(r, fill: fill)
    case .line(let a, let b, let stroke): p.shape = .line(from: point(a), to: point(b), stroke: stroke)
    case .polyline(let points, let stroke): p.shape = .polyline(points.map(point), stroke: stroke)
    case .circle(let c, let r, let fill, let stroke):
      p.shape = .circle(center: point(c), radius: r, fill: fill, stroke: stroke)
    case .text(var t):
      t.y += dy
      p.shape = .text(t)
    }
    return p
  }
}
