/// A stable, line-per-primitive text dump for snapshot tests and debugging.
///
/// Numbers are rounded to two decimals (as d3-shape's tests round paths), so tiny
/// floating-point differences do not break snapshots.
///
/// ```
/// scene 600x500 @144dpi
/// rect bar 渝中区 x=95.5 y=40 w=410.25 h=7.6 #0072B2
/// text valueLabel 渝中区 "24,774" x=508 y=46.1 start 8pt #222222
/// ```
extension Scene: CustomStringConvertible {
  public var description: String {
    var lines = ["scene \(n(width))x\(n(height)) @\(n(dpi))dpi"]
    for p in primitives {
      let key = p.key.isEmpty ? "" : " " + p.key
      switch p.shape {
      case .rect(let r, let fill):
        lines.append(
          "rect \(p.role.rawValue)\(key) x=\(n(r.x)) y=\(n(r.y)) w=\(n(r.width)) h=\(n(r.height)) \(fill.hex)")
      case .line(let a, let b, let s):
        lines.append("line \(p.role.rawValue)\(key) \(n(a.x)),\(n(a.y)) \(n(b.x)),\(n(b.y)) \(stroke(s))")
      case .polyline(let ps, let s):
        lines.append(
          "polyline \(p.role.rawValue)\(key) \(ps.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")) \(stroke(s))")
      case .circle(let c, let r, let fill, let s):
        lines.append(
          "circle \(p.role.rawValue)\(key) \(n(c.x)),\(n(c.y)) r=\(n(r)) fill=\(fill?.hex ?? "none")\(s.map { " " + stroke($0) } ?? "")"
        )
      case .text(let t):
        lines.append(
          "text \(p.role.rawValue)\(key) \"\(t.text)\" x=\(n(t.x)) y=\(n(t.y)) \(t.anchor.rawValue) \(n(t.font.size))pt\(t.font.bold ? " bold" : "") \(t.color.hex)"
        )
      }
    }
    return lines.joined(separator: "\n")
  }

  private func stroke(_ s: Stroke) -> String {
    "\(s.color.hex) \(n(s.width))" + (s.dash.isEmpty ? "" : " dash=" + s.dash.map(n).joined(separator: ","))
  }

  private func n(_ v: Double) -> String {
    let r = (v * 100).rounded() / 100
    return r == r.rounded() ? String(Int(r)) : String(r)
  }
}
