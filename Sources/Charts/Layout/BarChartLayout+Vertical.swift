/// Vertical bars: categories along the bottom (largest at the left when sorted
/// descending), names wrapped under their bars; the value axis on the left with its
/// title above it; reference labels in the right margin.
extension BarChartLayout {
  func drawVertical(in area: Rect, scene: inout Scene) throws -> [CategoryLabel] {
    let c = context, spec = c.spec, theme = c.theme, l = c.labeler
    // Bands for the bars drawn; labels, value padding and the axis for all of them.
    let n = c.order.count
    let tickFont = theme.font(theme.tickSize)
    let tickHeight = try l.lineHeight(tickFont)
    let titleFont = theme.font(theme.labelSize)
    let titleHeight = try l.lineHeight(titleFont)
    var top = area.minY
    for line in try TextWrapping.wrap(spec.valueAxisTitle, font: titleFont, width: area.width, measurer: l.measurer) {
      scene.append(
        Primitive(.text(try l.run(line, font: titleFont, x: area.minX, top: top, anchor: .start)), role: .axisTitle))
      top += titleHeight
    }
    let plotTop = top + (top > area.minY ? 4 : 0) + tickHeight / 2
    let refFont = theme.font(theme.tickSize)
    let refTexts = spec.referenceLines.map { $0.displayText(c.format) }
    let refMargin = try refTexts.map { try l.width($0, refFont) + theme.gap }.max() ?? 0
    let (lo, hi) = c.valueExtent()

    var tickColumn = try l.width(c.format.tickLabel(hi, step: 1), tickFont)
    for _ in 0..<3 {
      let plotLeft = area.minX + tickColumn + theme.gap
      let plotRight = area.maxX - refMargin
      let band = BandScale(
        count: n, range: (plotLeft, plotRight), fill: theme.barFill,
        maximumBandwidth: theme.maximumColumnWidth * Double(c.slotsPerCategory))

      // Category names under the bars: shrink the font until every name fits in two
      // lines of its step (shortening allowed), truncating only at the minimum size.
      var size = theme.labelSize
      var labels: [CategoryLabel] = []
      while true {
        let font = theme.font(size)
        let atMinimum = size <= theme.minimumLabelSize
        var all: [CategoryLabel] = []
        for name in spec.categories {
          guard
            let fitted = try CategoryLabel.fit(
              name, font: font, width: max(1, band.step - 2), maxLines: 2, labeler: l, allowTruncation: atMinimum)
          else { break }
          all.append(fitted)
        }
        if all.count == spec.categories.count {
          labels = all
          break
        }
        size = max(theme.minimumLabelSize, size - 0.5)
      }
      let labelFont = theme.font(size)
      let labelLine = try l.lineHeight(labelFont)
      let lineCount = labels.map(\.lines.count).max() ?? 1
      let plotBottom = area.maxY - theme.gap - Double(lineCount) * labelLine

      // Value labels: shrunk to the bar width; hidden when that is unreadable.
      let slot = band.bandwidth / Double(c.slotsPerCategory)
      var widest = 0.0
      for i in spec.categories.indices {
        for s in spec.series.indices {
          if let t = c.valueLabel(i, s) { widest = max(widest, try l.width(t, theme.font(theme.valueLabelSize))) }
        }
      }
      // Neighbouring labels are a step apart for single bars, a slot apart within a group.
      let available = c.slotsPerCategory == 1 ? band.step - 2 : slot - 1
      let valueSize =
        widest > 0
        ? min(theme.valueLabelSize, (theme.valueLabelSize * available / widest * 10).rounded(.down) / 10)
        : theme.valueLabelSize
      let showValues = spec.showValueLabels && valueSize >= theme.minimumLabelSize
      let valueFont = theme.font(max(valueSize, theme.minimumLabelSize))
      let valueLine = try l.lineHeight(valueFont)
      let anyPositive = spec.categories.indices.contains { i in
        spec.series.indices.contains { (c.labelValue(i, $0) ?? -1) >= 0 }
      }
      let anyNegative = spec.categories.indices.contains { i in
        spec.series.indices.contains { (c.labelValue(i, $0) ?? 0) < 0 }
      }
      let topPad = showValues && anyPositive ? valueLine + theme.gap : 0
      let bottomPad = showValues && anyNegative ? valueLine + theme.gap : 0
      let axis = try ValueAxis.make(
        lo: lo, hi: hi, range: (plotBottom - bottomPad, plotTop + topPad), horizontal: false, format: c.format,
        font: tickFont, labeler: l)
      let needed = try axis.labels.map { try l.width($0, tickFont) }.max() ?? 0
      if needed > tickColumn + 0.01 {
        tickColumn = needed
        continue
      }
      let y = axis.scale
      let zero = y(0)

      // Reference labels in the right margin, nudged apart.
      let refs = spec.referenceLines.enumerated().filter { $0.element.value.isFinite }
      let refHeight = try l.lineHeight(refFont)
      let centres = LabelStacking.resolve(
        desired: refs.map { y($0.element.value) }, sizes: refs.map { _ in refHeight }, lower: area.minY,
        upper: plotBottom)

      // Ticks left of the plot, category names under it, value labels above or below the bar ends.
      let plot = BarPlot(horizontal: false, band: band, scale: y, across: (plotLeft, plotRight))
      let draw = BarPlotLabels(
        tick: { k, t in
          try l.run(
            axis.labels[k], font: tickFont, x: plotLeft - theme.gap, centerY: y(t), anchor: .end,
            color: theme.secondaryText)
        },
        value: { i, s, value, center, layer in
          try verticalLabel(
            i, s, value: value, centerX: center, y: y, zero: zero, show: showValues, font: valueFont,
            missingFont: valueFont, scene: &layer)
        },
        category: { rank, i in
          let bold = !(c.isMuted(i) || spec.highlights.isEmpty)
          return try labels[i].lines.enumerated().map { j, line in
            try l.run(
              line, font: theme.font(size, bold: bold), x: band.center(rank),
              top: plotBottom + theme.gap + Double(j) * labelLine, anchor: .middle,
              color: c.isMuted(i) ? theme.secondaryText : theme.text)
          }
        },
        reference: { k, j in
          try l.run(
            refTexts[k], font: refFont, x: plotRight + theme.gap, centerY: centres[j], anchor: .start,
            color: theme.reference)
        })
      try drawPlot(plot, axis: axis, labels: draw, scene: &scene)
      return labels
    }
    throw ChartLayoutError.doesNotFit("vertical bar chart: value axis labels keep growing")
  }

  /// The value label above a positive bar or below a negative one, or a vertical
  /// "无数据" standing on the baseline when the value is missing.
  private func verticalLabel(
    _ i: Int, _ s: Int, value: Double?, centerX: Double, y: LinearScale, zero: Double,
    show: Bool, font: FontSpec, missingFont: FontSpec, scene: inout Scene
  ) throws {
    let c = context, theme = c.theme, key = c.spec.categories[i]
    if let v = value {
      guard show, let text = c.valueLabel(i, s) else { return }
      let box = try c.labeler.lineBox(font)
      let run =
        v >= 0
        ? try c.labeler.run(text, font: font, x: centerX, baseline: y(v) - theme.gap - box.descent, anchor: .middle)
        : try c.labeler.run(text, font: font, x: centerX, top: y(v) + theme.gap, anchor: .middle)
      scene.append(Primitive(.text(run), role: .valueLabel, key: key))
    } else {
      // Written top to bottom, one character per line, so it fits any bar width.
      let line = try c.labeler.lineHeight(missingFont)
      let up = zero - y.range.1 >= 3 * line
      for (j, ch) in "无数据".enumerated() {
        let top = up ? zero - theme.gap - Double(3 - j) * line : zero + theme.gap + Double(j) * line
        let run = try c.labeler.run(
          String(ch), font: missingFont, x: centerX, top: top, anchor: .middle, color: theme.secondaryText)
        scene.append(Primitive(.text(run), role: .missingMark, key: key))
      }
    }
  }
}

/// A chart that cannot be laid out in its size.
public enum ChartLayoutError: Error, Equatable, CustomStringConvertible {
  case doesNotFit(String)
  case invalidSpec(String)

  public var description: String {
    switch self {
    case .doesNotFit(let s): "chart does not fit: \(s)"
    case .invalidSpec(let s): "invalid chart: \(s)"
    }
  }
}
