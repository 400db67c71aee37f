/// Horizontal bars: categories down the left (largest at the top when sorted
/// descending), the value axis along the bottom, reference labels in a strip above.
extension BarChartLayout {
  func drawHorizontal(in area: Rect, scene: inout Scene) throws -> [CategoryLabel] {
    let c = context, spec = c.spec, theme = c.theme, l = c.labeler
    // Bands for the bars drawn; labels, value padding and the axis for all of them.
    let n = c.order.count
    let tickFont = theme.font(theme.tickSize)
    let tickHeight = try l.lineHeight(tickFont)
    let titleFont = theme.font(theme.labelSize)
    let titleLines = try TextWrapping.wrap(
      spec.valueAxisTitle, font: titleFont, width: area.width, measurer: l.measurer)
    let titleHeight = try l.lineHeight(titleFont)
    let bottomBlock = 3 + tickHeight + (titleLines.isEmpty ? 0 : 4 + Double(titleLines.count) * titleHeight)
    let refFont = theme.font(theme.tickSize)
    let refTexts = spec.referenceLines.map { $0.displayText(c.format) }

    var refRows = spec.referenceLines.isEmpty ? 0 : 1
    while true {
      let plotTop = area.minY + Double(refRows) * (tickHeight + 1) + (refRows > 0 ? 3 : 0)
      let plotBottom = area.maxY - bottomBlock
      let step = n > 0 ? (plotBottom - plotTop) / Double(n) : 0
      let band = BandScale(
        count: n, range: (plotTop, plotBottom), fill: theme.barFill,
        maximumBandwidth: theme.maximumBarThickness * Double(c.slotsPerCategory))

      // Category labels: as large as the row allows; two lines only if two fit.
      let minimumLine = try l.lineHeight(theme.font(theme.minimumLabelSize))
      if step < minimumLine {
        throw ChartLayoutError.doesNotFit(
          "\(n) categories need a plot at least \(Int((minimumLine * Double(n)).rounded(.up))) pt high at the smallest label size; this chart leaves \(Int(plotBottom - plotTop)) pt — make it taller or show fewer categories"
        )
      }
      let labelSize = try fittedSize(theme.labelSize, toLineHeight: step)
      let labelFont = theme.font(labelSize)
      let labelLine = try l.lineHeight(labelFont)
      let maxLines = step >= 2 * labelLine ? 2 : 1
      let maxLabelWidth = area.width * theme.maximumCategoryLabelFraction
      var labels: [CategoryLabel] = []
      for i in spec.categories.indices {
        let font = c.isMuted(i) || spec.highlights.isEmpty ? labelFont : theme.font(labelSize, bold: true)
        labels.append(
          try CategoryLabel.fit(spec.categories[i], font: font, width: maxLabelWidth, maxLines: maxLines, labeler: l)!)
      }
      let labelColumn = labels.map(\.width).max() ?? 0

      // Value labels: sized to the bar, hidden if that would be too small to read.
      let slot = band.bandwidth / Double(c.slotsPerCategory)
      // Labels of one category's bars are `slot` apart; of single bars, a whole step.
      let labelSpace = c.slotsPerCategory == 1 ? step : slot
      var valueSize = min(theme.valueLabelSize, try fittedSize(theme.valueLabelSize, toLineHeight: labelSpace))
      let showValues = try spec.showValueLabels && l.lineHeight(theme.font(valueSize)) <= labelSpace + 0.01
      if !showValues { valueSize = max(4, valueSize) }
      let valueFont = theme.font(valueSize)
      var posPad = 0.0, negPad = 0.0
      if showValues {
        for i in spec.categories.indices {
          for s in spec.series.indices {
            guard let text = c.valueLabel(i, s), let v = c.labelValue(i, s) else { continue }
            let w = try l.width(text, valueFont) + theme.gap + 1
            if v >= 0 { posPad = max(posPad, w) } else { negPad = max(negPad, w) }
          }
        }
      }
      let plotLeft = area.minX + labelColumn + theme.gap * 2
      let plotRight = area.maxX
      let (lo, hi) = c.valueExtent()
      var range = (plotLeft + negPad, plotRight - posPad)
      var axis = try ValueAxis.make(
        lo: lo, hi: hi, range: range, horizontal: true, format: c.format, font: tickFont, labeler: l)
      // The last tick label is centred on the axis end: keep it inside the canvas.
      if let last = axis.labels.last {
        let overflow = axis.scale(axis.ticks.last!) + (try l.width(last, tickFont)) / 2 - plotRight
        if overflow > 0 {
          range.1 -= overflow
          axis = try ValueAxis.make(
            lo: lo, hi: hi, range: range, horizontal: true, format: c.format, font: tickFont, labeler: l)
        }
      }
      let x = axis.scale

      // Reference labels on rows above the plot, a new row when one would collide.
      var refRuns: [(run: TextRun, row: Int)] = []
      var rowsUsed = 0
      for (k, ref) in spec.referenceLines.enumerated() where ref.value.isFinite {
        let w = try l.width(refTexts[k], refFont)
        let cx = min(max(x(ref.value), area.minX + w / 2), area.maxX - w / 2)
        var row = 0
        while refRuns.contains(where: { $0.row == row && abs($0.run.x - cx) < ($0.run.extent.width + w) / 2 + 6 }) {
          row += 1
        }
        let runTop = area.minY + Double(row) * (tickHeight + 1)
        refRuns.append(
          (try l.run(refTexts[k], font: refFont, x: cx, top: runTop, anchor: .middle, color: theme.reference), row))
        rowsUsed = max(rowsUsed, row + 1)
      }
      if rowsUsed > refRows {
        refRows = rowsUsed
        continue
      }

      // The value axis title under the tick labels, drawn after the ticks.
      var titleRuns: [Primitive] = []
      var titleTop = plotBottom + 3 + tickHeight + 4
      for line in titleLines {
        let w = try l.width(line, titleFont)
        let start = min(max((range.0 + range.1) / 2 - w / 2, area.minX), area.maxX - w)
        titleRuns.append(
          Primitive(.text(try l.run(line, font: titleFont, x: start, top: titleTop, anchor: .start)), role: .axisTitle))
        titleTop += titleHeight
      }

      // Ticks under the plot, category names left of it, value labels beside the bar ends.
      let zero = x(0)
      let plot = BarPlot(horizontal: true, band: band, scale: x, across: (plotTop, plotBottom))
      let draw = BarPlotLabels(
        tick: { k, t in
          try l.run(
            axis.labels[k], font: tickFont, x: x(t), top: plotBottom + 3, anchor: .middle, color: theme.secondaryText)
        },
        afterTicks: titleRuns,
        value: { i, s, value, center, layer in
          try valueOrMissing(
            i, s, value: value, centerY: center, x: x, zero: zero, showValues: showValues, font: valueFont, area: area,
            scene: &layer)
        },
        category: { rank, i in
          let label = labels[i]
          let lineFont = c.isMuted(i) || spec.highlights.isEmpty ? labelFont : theme.font(labelSize, bold: true)
          return try label.lines.enumerated().map { j, line in
            let cy = band.center(rank) + (Double(j) - Double(label.lines.count - 1) / 2) * labelLine
            return try l.run(
              line, font: lineFont, x: plotLeft - theme.gap, centerY: cy, anchor: .end,
              color: c.isMuted(i) ? theme.secondaryText : theme.text)
          }
        },
        reference: { k, _ in refRuns[k].run },
        referenceOverhang: 2)
      try drawPlot(plot, axis: axis, labels: draw, scene: &scene)
      return labels
    }
  }

  /// The value label beside a bar end (right of positive bars, left of negative), or
  /// "无数据" at the baseline when the value is missing.
  private func valueOrMissing(
    _ i: Int, _ s: Int, value: Double?, centerY: Double, x: LinearScale, zero: Double,
    showValues: Bool, font: FontSpec, area: Rect, scene: inout Scene
  ) throws {
    let c = context, theme = c.theme, key = c.spec.categories[i]
    if let v = value {
      guard showValues, let text = c.valueLabel(i, s) else { return }
      let run =
        v >= 0
        ? try c.labeler.run(text, font: font, x: x(v) + theme.gap, centerY: centerY, anchor: .start)
        : try c.labeler.run(text, font: font, x: x(v) - theme.gap, centerY: centerY, anchor: .end)
      scene.append(Primitive(.text(run), role: .valueLabel, key: key))
    } else {
      let w = try c.labeler.width("无数据", font)
      let right = zero + theme.gap + w <= x.range.1 + 1
      let run = try c.labeler.run(
        "无数据", font: font, x: right ? zero + theme.gap : zero - theme.gap, centerY: centerY,
        anchor: right ? .start : .end, color: theme.secondaryText)
      scene.append(Primitive(.text(run), role: .missingMark, key: key))
    }
  }
}
