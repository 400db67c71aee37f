/// A legend of coloured swatches and names, flowing in rows across the width.
///
/// ```swift
/// let h = try Legend.place([.init(name: "2022年", color: c, style: .box)], x: 12, y: 60, width: 576, in: &scene, labeler: l)
/// ```
enum Legend {
  struct Item {
    enum Style { case box, line, hollowLine }
    var name: String
    var color: Color
    var style: Style
    var textColor: Color? = nil
  }

  /// Places the items from (`x`, `y`); returns the height used (0 for no items).
  static func place(_ items: [Item], x: Double, y: Double, width: Double, in scene: inout Scene, labeler: Labeler)
    throws -> Double
  {
    guard !items.isEmpty else { return 0 }
    let theme = labeler.theme
    let font = theme.font(theme.labelSize)
    let lineHeight = try labeler.lineHeight(font)
    let swatch = items.first?.style == .box ? 8.0 : 16.0
    let spacing = 12.0
    var cx = x
    var top = y
    for item in items {
      let textWidth = try labeler.width(item.name, font)
      let itemWidth = swatch + theme.gap + min(textWidth, width - swatch - theme.gap)
      if cx > x && cx + itemWidth > x + width {
        cx = x
        top += lineHeight + 2
      }
      let mid = top + lineHeight / 2
      switch item.style {
      case .box:
        scene.append(
          Primitive(
            .rect(Rect(x: cx, y: mid - swatch / 2, width: swatch, height: swatch), fill: item.color),
            role: .legendSwatch, key: item.name))
      case .line, .hollowLine:
        scene.append(
          Primitive(
            .line(
              from: Point(cx, mid), to: Point(cx + swatch, mid),
              stroke: Stroke(color: item.color, width: theme.lineWidth)), role: .legendSwatch, key: item.name))
        scene.append(
          Primitive(
            .circle(
              center: Point(cx + swatch / 2, mid), radius: theme.markerRadius,
              fill: item.style == .line ? item.color : nil, stroke: Stroke(color: item.color, width: 1)),
            role: .legendSwatch, key: item.name))
      }
      var name = item.name
      if textWidth > width - swatch - theme.gap {
        name = try TextWrapping.truncate(
          name, font: font, width: width - swatch - theme.gap, measurer: labeler.measurer)
      }
      let run = try labeler.run(
        name, font: font, x: cx + swatch + theme.gap, centerY: mid, anchor: .start, color: item.textColor)
      scene.append(Primitive(.text(run), role: .legendLabel, key: item.name))
      cx += itemWidth + spacing
    }
    return top + lineHeight - y
  }
}
