/// Compiles a ``TrendChartSpec`` into a ``Scene``.
///
/// Lines break at missing years (d3's `line.defined`), so a gap is never bridged and
/// never drawn as zero. Segments touching an approximate or derived point are dashed
/// and the point is a hollow marker. Each line is labelled at its last point; labels
/// are nudged apart (``LabelStacking``) with a leader line when moved. With more than
/// ``Theme/maximumDirectLabels`` lines, or labels that cannot fit, a legend is drawn
/// instead. The value axis uses a nice domain of the data (not forced to zero).
struct TrendChartLayout {
  let spec: TrendChartSpec
  let theme: Theme
  let labeler: Labeler

  static func scene(_ spec: TrendChartSpec, theme: Theme, measurer: any TextMeasuring) throws -> Scene {
    let layout = TrendChartLayout(spec: spec, theme: theme, labeler: Labeler(theme: theme, measurer: measurer))
    // End labels first; if they cannot stack within the plot's height, a legend.
    return try layout.build(forceLegend: false) ?? layout.build(forceLegend: true)!
  }

  private func isMuted(_ s: Int) -> Bool { !spec.highlights.isEmpty && !spec.highlights.contains(spec.series[s].name) }

  private func color(_ s: Int) -> Color {
    if isMuted(s) { return theme.mutedLine }
    // Highlighted series take palette colours in their own order.
    let rank = spec.series.indices.filter { !isMuted($0) }.firstIndex(of: s) ?? s
    return theme.color(series: rank)
  }

  private func lastIndex(_ s: Int) -> Int? { spec.years.indices.last { spec.series[s].value($0) != nil } }

  /// The scene, or nil when end labels were wanted but do not fit the plot's height.
  func build(forceLegend: Bool) throws -> Scene? {
    let l = labeler
    var scene = Scene(
      width: spec.size.widthPoints, height: spec.size.heightPoints, dpi: spec.size.dpi, background: theme.background)
    scene.append(
      Primitive(
        .rect(Rect(x: 0, y: 0, width: scene.width, height: scene.height), fill: theme.background), role: .background))
    let values = spec.series.indices.flatMap { s in spec.years.indices.compactMap { spec.series[s].value($0) } }
    let format = spec.valueFormat.resolved(for: values)
    // Direct labels or legend? Decided first: shortened names add a note to the frame.
    let contentWidth = scene.width - 2 * theme.margin
    let labelFont = theme.font(theme.labelSize)
    let labelHeight = try l.lineHeight(labelFont)
    let labelled = spec.series.indices.filter { lastIndex($0) != nil }
    let leaderRoom = 12.0
    var endNames: [Int: String] = [:]
    var endWidth = 0.0
    var useLegend = forceLegend || labelled.count > theme.maximumDirectLabels
    var shortened: [CategoryLabel] = []
    if !useLegend {
      for s in labelled {
        var name = spec.series[s].name
        if try l.width(name, labelFont) > contentWidth * theme.maximumEndLabelFraction - leaderRoom,
          let short = CategoryName.shortened(name)
        {
          shortened.append(CategoryLabel(name: name, lines: [short], shortened: short, truncated: false, width: 0))
          name = short
        }
        endNames[s] = name
        endWidth = max(endWidth, try l.width(name, labelFont))
      }
      if endWidth + leaderRoom > contentWidth * theme.maximumEndLabelFraction { useLegend = true }
    }
    let extraNotes = useLegend ? [] : CategoryLabel.note(for: shortened).map { [$0] } ?? []
    let content = try ChartFrame.place(
      title: spec.title, subtitle: spec.subtitle, notes: spec.notes + extraNotes, source: spec.source, in: &scene,
      labeler: l)

    var top = content.minY
    if useLegend {
      let items = spec.series.indices.map { Legend.Item(name: spec.series[$0].name, color: color($0), style: .line) }
      top += try Legend.place(items, x: content.minX, y: top, width: content.width, in: &scene, labeler: l) + 8
    }
    let titleFont = theme.font(theme.labelSize)
    let titleHeight = try l.lineHeight(titleFont)
    for line in try TextWrapping.wrap(spec.valueAxisTitle, font: titleFont, width: content.width, measurer: l.measurer)
    {
      scene.append(
        Primitive(.text(try l.run(line, font: titleFont, x: content.minX, top: top, anchor: .start)), role: .axisTitle))
      top += titleHeight
    }
    let tickFont = theme.font(theme.tickSize)
    let tickHeight = try l.lineHeight(tickFont)
    let plotTop = top + 4 + tickHeight / 2
    let xTitleLines = try TextWrapping.wrap(
      spec.xAxisTitle, font: titleFont, width: content.width, measurer: l.measurer)
    let plotBottom =
      content.maxY - 3 - tickHeight - (xTitleLines.isEmpty ? 0 : 4 + Double(xTitleLines.count) * titleHeight)
    if !useLegend && Double(labelled.count) * (labelHeight + 0.5) > plotBottom - plotTop + tickHeight { return nil }
    let rightMargin = useLegend ? 0 : endWidth + leaderRoom

    // Value axis (left): its label widths set the left margin.
    var lo = values.min() ?? 0, hi = values.max() ?? 1
    for r in spec.referenceLines where r.value.isFinite {
      lo = min(lo, r.value)
      hi = max(hi, r.value)
    }
    let axis = try ValueAxis.make(
      lo: lo, hi: hi, range: (plotBottom, plotTop), horizontal: false, format: format, font: tickFont, labeler: l)
    let y = axis.scale
    let tickColumn = try axis.labels.map { try l.width($0, tickFont) }.max() ?? 0
    let plotLeft = content.minX + tickColumn + theme.gap
    let plotRight = content.maxX - rightMargin

    // Years (bottom): a point scale inset so markers clear the plot edges.
    let inset = theme.markerRadius + 6
    let n = spec.years.count
    func x(_ i: Int) -> Double {
      n <= 1
        ? (plotLeft + plotRight) / 2 : plotLeft + inset + Double(i) * (plotRight - plotLeft - 2 * inset) / Double(n - 1)
    }
    let yearLabels = spec.years.map(String.init)
    let yearWidth = try yearLabels.map { try l.width($0, tickFont) }.max() ?? 0
    let spacing = n > 1 ? x(1) - x(0) : .infinity
    let every = [1, 2, 5, 10, 20, 50].first { Double($0) * spacing >= yearWidth + 6 } ?? max(1, n)

    for (k, t) in axis.ticks.enumerated() {
      scene.append(
        Primitive(
          .line(from: Point(plotLeft, y(t)), to: Point(plotRight, y(t)), stroke: Stroke(color: theme.grid, width: 0.6)),
          role: .gridline))
      scene.append(
        Primitive(
          .text(
            try l.run(
              axis.labels[k], font: tickFont, x: plotLeft - theme.gap, centerY: y(t), anchor: .end,
              color: theme.secondaryText)), role: .tickLabel))
    }
    scene.append(
      Primitive(
        .line(
          from: Point(plotLeft, plotBottom), to: Point(plotRight, plotBottom),
          stroke: Stroke(color: theme.axis, width: 0.9)), role: .axis))
    for i in spec.years.indices where (spec.years[i] - spec.years[0]) % every == 0 {
      scene.append(
        Primitive(
          .line(
            from: Point(x(i), plotBottom), to: Point(x(i), plotBottom + 3),
            stroke: Stroke(color: theme.axis, width: 0.9)), role: .axis))
      scene.append(
        Primitive(
          .text(
            try l.run(
              yearLabels[i], font: tickFont, x: x(i), top: plotBottom + 3, anchor: .middle, color: theme.secondaryText)),
          role: .tickLabel))
    }
    var titleTop = plotBottom + 3 + tickHeight + 4
    for line in xTitleLines {
      scene.append(
        Primitive(
          .text(try l.run(line, font: titleFont, x: (plotLeft + plotRight) / 2, top: titleTop, anchor: .middle)),
          role: .axisTitle))
      titleTop += titleHeight
    }

    // Reference lines, labels right-aligned above their line inside the plot.
    let refs = spec.referenceLines.filter { $0.value.isFinite }
    let refFont = theme.font(theme.tickSize)
    let refCentres = LabelStacking.resolve(
      desired: refs.map { y($0.value) - 2 - tickHeight / 2 }, sizes: refs.map { _ in tickHeight },
      lower: plotTop - tickHeight / 2, upper: plotBottom)
    for (k, ref) in refs.enumerated() {
      scene.append(
        Primitive(
          .line(
            from: Point(plotLeft, y(ref.value)), to: Point(plotRight, y(ref.value)),
            stroke: Stroke(color: theme.reference, width: 1, dash: [4, 3])), role: .referenceLine, key: ref.label))
      scene.append(
        Primitive(
          .text(
            try l.run(
              ref.displayText(format), font: refFont, x: plotRight - 2, centerY: refCentres[k], anchor: .end,
              color: theme.reference)), role: .referenceLabel, key: ref.label))
    }

    // Lines: muted ones first so highlighted lines sit on top.
    let drawOrder = spec.series.indices.filter(isMuted) + spec.series.indices.filter { !isMuted($0) }
    let dash: [Double] = [4, 3]
    for s in drawOrder {
      let series = spec.series[s], col = color(s), name = series.name
      let width = isMuted(s) ? theme.lineWidth * 0.75 : theme.lineWidth
      var run: [Point] = []
      var runDashed = false
      func flush() {
        if run.count > 1 {
          scene.append(
            Primitive(
              .polyline(run, stroke: Stroke(color: col, width: width, dash: runDashed ? dash : [])), role: .seriesLine,
              key: name))
        }
        run = []
      }
      for i in spec.years.indices {
        guard let v = series.value(i) else {
          flush()
          continue
        }
        let p = Point(x(i), y(v))
        if i > 0, series.value(i - 1) != nil {
          let dashed = !series.flag(i).isEmpty || !series.flag(i - 1).isEmpty
          if dashed != runDashed, let last = run.last {
            flush()
            run = [last]
          }
          runDashed = dashed
        }
        run.append(p)
      }
      flush()
      for i in spec.years.indices {
        guard let v = series.value(i) else { continue }
        let hollow = !series.flag(i).isEmpty
        scene.append(
          Primitive(
            .circle(
              center: Point(x(i), y(v)), radius: theme.markerRadius, fill: hollow ? nil : col,
              stroke: Stroke(color: hollow ? col : theme.background, width: hollow ? 1.2 : 0.8)), role: .marker,
            key: name))
      }
    }

    // End labels, nudged apart; a leader line shows where a moved label belongs.
    if !useLegend {
      let desired = labelled.map { s in y(spec.series[s].value(lastIndex(s)!)!) }
      let centres = LabelStacking.resolve(
        desired: desired, sizes: labelled.map { _ in labelHeight }, lower: plotTop - tickHeight / 2,
        upper: plotBottom + tickHeight / 2, spacing: 0.5)
      let labelX = plotRight + leaderRoom
      for (k, s) in labelled.enumerated() {
        let li = lastIndex(s)!
        let point = Point(x(li), desired[k])
        let moved = abs(centres[k] - desired[k]) > 0.75
        if moved || li != n - 1 {
          scene.append(
            Primitive(
              .polyline(
                [
                  Point(point.x + theme.markerRadius + 1.5, point.y), Point(plotRight + 2, point.y),
                  Point(labelX - 2, centres[k]),
                ], stroke: Stroke(color: color(s), width: 0.6)), role: .leader, key: spec.series[s].name))
        }
        let textColor = isMuted(s) ? theme.secondaryText : color(s)
        scene.append(
          Primitive(
            .text(
              try l.run(endNames[s]!, font: labelFont, x: labelX, centerY: centres[k], anchor: .start, color: textColor)
            ), role: .endLabel, key: spec.series[s].name))
      }
    }
    return scene
  }
}
