/// Scorecard spec → scene: title, a header row of columns, one row of cells per
/// row label, the legend of statuses (swatch with its symbol, then its name), the
/// key of the columns, then notes and source.
///
/// ```swift
/// let scene = try ScorecardLayout.scene(spec, measurer: FixedWidthMeasurer())
/// scene.primitives(.bar).count  // rows × columns cells
/// ```
///
/// The canvas keeps the spec's width and takes the height its rows need, so a
/// scorecard of forty districts is as legible as one of five. Cells are `.bar`
/// primitives keyed "row|column", their symbols `.valueLabel`s with the same key.
public enum ScorecardLayout {
  /// Cells are square-ish: tall enough for the symbol, never narrower than this.
  static let minimumCellWidth = 34.0

  public static func scene(_ spec: ScorecardChartSpec, theme: Theme = .standard, measurer: any TextMeasuring) throws
    -> Scene
  {
    guard !spec.rows.isEmpty, !spec.columns.isEmpty else {
      throw ChartLayoutError.invalidSpec("a scorecard needs at least one row and one column")
    }
    guard spec.cells.count == spec.rows.count, spec.cells.allSatisfy({ $0.count == spec.columns.count }) else {
      throw ChartLayoutError.invalidSpec("a scorecard needs one cell per row and column")
    }
    guard spec.cells.allSatisfy({ $0.allSatisfy { $0 == nil || spec.statuses.indices.contains($0!) } }) else {
      throw ChartLayoutError.invalidSpec("a scorecard cell names a status that is not in its legend")
    }
    let labeler = Labeler(theme: theme, measurer: measurer)
    let width = spec.size.widthPoints
    let labelFont = theme.font(theme.labelSize)
    let headerFont = theme.font(theme.labelSize, bold: true)
    let symbolFont = theme.font(theme.labelSize + 2, bold: true)
    let lineHeight = try labeler.lineHeight(labelFont)
    let rowHeight = max(lineHeight, try labeler.lineHeight(symbolFont)) + 8
    let rowLabelWidth = try spec.rows.map { try labeler.width($0, labelFont) }.max() ?? 0
    let headerWidth = try spec.columns.map { try labeler.width($0, headerFont) }.max() ?? 0
    let cellWidth = max(minimumCellWidth, headerWidth + 10)
    let gridWidth = rowLabelWidth + theme.gap * 2 + cellWidth * Double(spec.columns.count)
    // A grid wider than the canvas widens the canvas: labels are never cut.
    let canvasWidth = max(width, gridWidth + 2 * theme.margin)

    // Measure the parts below the grid on a scratch scene to learn the height needed.
    func body(_ scene: inout Scene, top: Double) throws -> Double {
      var y = top
      let x0 = theme.margin
      let gridX = x0 + rowLabelWidth + theme.gap * 2
      for (c, header) in spec.columns.enumerated() {
        let run = try labeler.run(
          header, font: headerFont, x: gridX + cellWidth * (Double(c) + 0.5), centerY: y + rowHeight / 2,
          anchor: .middle)
        scene.append(Primitive(.text(run), role: .axisTitle, key: header))
      }
      y += rowHeight
      for (r, label) in spec.rows.enumerated() {
        let run = try labeler.run(label, font: labelFont, x: x0, centerY: y + rowHeight / 2, anchor: .start)
        scene.append(Primitive(.text(run), role: .categoryLabel, key: label))
        for (c, cell) in spec.cells[r].enumerated() {
          let key = "\(label)|\(spec.columns[c])"
          let rect = Rect(x: gridX + cellWidth * Double(c) + 1, y: y + 1, width: cellWidth - 2, height: rowHeight - 2)
          guard let cell else {
            scene.append(Primitive(.rect(rect, fill: theme.background), role: .bar, key: key))
            continue
          }
          let status = spec.statuses[cell]
          scene.append(Primitive(.rect(rect, fill: status.color.lightened(0.45)), role: .bar, key: key))
          let symbol = try labeler.run(
            status.symbol, font: symbolFont, x: rect.midX, centerY: rect.midY, anchor: .middle)
          scene.append(Primitive(.text(symbol), role: .valueLabel, key: key))
        }
        y += rowHeight
      }
      y += 10
      y += try legend(
        spec.statuses, x: x0, y: y, width: canvasWidth - 2 * theme.margin, in: &scene, labeler: labeler,
        symbolFont: symbolFont)
      if !spec.columnKey.isEmpty {
        y += 8
        let keyFont = theme.font(theme.noteSize)
        for line in spec.columnKey {
          for part in try TextWrapping.wrap(
            line, font: keyFont, width: canvasWidth - 2 * theme.margin, measurer: measurer)
          {
            let run = try labeler.run(part, font: keyFont, x: x0, top: y, anchor: .start, color: theme.secondaryText)
            scene.append(Primitive(.text(run), role: .note, key: "key"))
            y += run.extent.height
          }
        }
      }
      return y - top
    }

    // Pass 1: header and footer heights on a tall scratch canvas, and the body's height.
    let tall = 100_000.0
    var scratch = Scene(width: canvasWidth, height: tall, dpi: spec.size.dpi)
    let probe = try ChartFrame.place(
      title: spec.title, subtitle: spec.subtitle, notes: spec.notes, source: spec.source, in: &scratch, labeler: labeler
    )
    let footer = tall - probe.maxY
    let bodyHeight = try body(&scratch, top: probe.minY)
    // Pass 2: the real canvas, exactly as tall as its content — within the pixel
    // bounds every chart keeps (ChartSize.validated), checked before anything is drawn.
    let height = (probe.minY + bodyHeight + footer).rounded(.up)
    let pixels = ChartSize(
      width: (canvasWidth * spec.size.dpi / 72).rounded(.up), height: (height * spec.size.dpi / 72).rounded(.up),
      dpi: spec.size.dpi)
    do {
      _ = try pixels.validated()
    } catch {
      throw ChartLayoutError.doesNotFit(
        "a scorecard of \(spec.rows.count) rows and \(spec.columns.count) columns needs \(Int(pixels.width))×\(Int(pixels.height)) px: \(error); draw fewer districts or years, or a lower resolution"
      )
    }
    var scene = Scene(width: canvasWidth, height: height, dpi: spec.size.dpi, background: theme.background)
    let content = try ChartFrame.place(
      title: spec.title, subtitle: spec.subtitle, notes: spec.notes, source: spec.source, in: &scene, labeler: labeler)
    _ = try body(&scene, top: content.minY)
    return scene
  }

  /// Each status as a swatch holding its symbol, then its name, flowing in rows.
  /// Returns the height used.
  static func legend(
    _ statuses: [ScorecardChartSpec.Status], x: Double, y: Double, width: Double, in scene: inout Scene,
    labeler: Labeler, symbolFont: FontSpec
  ) throws -> Double {
    let theme = labeler.theme
    let font = theme.font(theme.labelSize)
    let side = try labeler.lineHeight(symbolFont) + 2
    var cx = x, top = y
    for status in statuses {
      let itemWidth = side + theme.gap + (try labeler.width(status.name, font))
      if cx > x && cx + itemWidth > x + width {
        cx = x
        top += side + 4
      }
      let rect = Rect(x: cx, y: top, width: side, height: side)
      scene.append(Primitive(.rect(rect, fill: status.color.lightened(0.45)), role: .legendSwatch, key: status.name))
      let symbol = try labeler.run(status.symbol, font: symbolFont, x: rect.midX, centerY: rect.midY, anchor: .middle)
      scene.append(Primitive(.text(symbol), role: .legendSwatch, key: status.name))
      let label = try labeler.run(status.name, font: font, x: cx + side + theme.gap, centerY: rect.midY, anchor: .start)
      scene.append(Primitive(.text(label), role: .legendLabel, key: status.name))
      cx += itemWidth + 14
    }
    return statuses.isEmpty ? 0 : top + side - y
  }
}
