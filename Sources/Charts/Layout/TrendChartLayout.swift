/// Compiles a ``TrendChartSpec`` into a ``Scene``.
///
/// Years sit on a linear axis by their values. Lines break at a year the series'
/// own step expects and lacks (``YearStep``; d3's `line.defined` by step), so a gap is
/// never bridged and never drawn as zero, and 5-yearly data is still a line. Segments touching an approximate or derived point are dashed
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

  private func reportedYears(_ s: Int) -> [Int] {
    spec.years.indices.filter { spec.series[s].value($0) != nil }.map { spec.years[$0] }
  }

  /// The series' step (``YearStep/of(_:)``); a series of one or two points takes the
  /// step of all the chart's reported years, and two lone points of a chart are joined.
  private func step(_ s: Int) -> Int {
    if let own = YearStep.of(reportedYears(s)) { return own }
    let all = spec.series.indices.flatMap(reportedYears)
    if let shared = YearStep.of(all) { return shared }
    let distinct = Set(all)
    return (distinct.max() ?? 0) - (distinct.min() ?? 0)
  }

  /// The years that get a tick label: all of them when they fit, else every 2nd, 5th,
  /// 10th… step of the grid the years lie on, counted from the first; years off that
  /// grid are labelled when they clear their labelled neighbours.
  static func labelledYears(_ years: [Int], pointsPerYear: Double, labelWidth: Double) -> Set<Int> {
    guard let first = years.min() else { return [] }
    let grid = YearStep.grid(years)
    let spacing = Double(grid) * pointsPerYear
    let every = ([1, 2, 5, 10, 20, 50, 100].first { Double($0) * spacing >= labelWidth } ?? 100) * grid
    var shown = Set(years.filter { ($0 - first) % every == 0 })
    for y in years.sorted() where !shown.contains(y) {
      if shown.allSatisfy({ Double(abs($0 - y)) * pointsPerYear >= labelWidth }) { shown.insert(y) }
    }
    return shown
  }

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
      title: spec.title, subtitle: spec.subtitle, notes: spec.notes, addedNotes: extraNotes, source: spec.source,
      framing: spec.framing, in: &scene, labeler: l)

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

    // Years (bottom): a linear scale of the year values, inset so markers clear the
    // plot edges; 2015, 2020, 2021 are spaced as the years are, not as slots.
    let inset = theme.markerRadius + 6
    let n = spec.years.count
    let firstYear = Double(spec.years.min() ?? 0), lastYear = Double(spec.years.max() ?? 0)
    func x(_ i: Int) -> Double {
      lastYear <= firstYear
        ? (plotLeft + plotRight) / 2
        : plotLeft + inset + (Double(spec.years[i]) - firstYear) * (plotRight - plotLeft - 2 * inset)
          / (lastYear - firstYear)
    }
    let yearLabels = spec.years.map(String.init)
    let yearWidth = try yearLabels.map { try l.width($0, tickFont) }.max() ?? 0
    let labelledYears = Self.labelledYears(
      spec.years,
      pointsPerYear: lastYear > firstYear ? (plotRight - plotLeft - 2 * inset) / (lastYear - firstYear) : .infinity,
      labelWidth: yearWidth + 6)

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
    for i in spec.years.indices where labelledYears.contains(spec.years[i]) {
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
      // A line joins two reported years only when the series' own step expects no year
      // between them; otherwise the run ends there (a gap).
      let step = self.step(s)
      var previous: Int? = nil
      for i in spec.years.indices {
        guard let v = series.value(i) else { continue }
        let p = Point(x(i), y(v))
        if let j = previous, YearStep.connects(spec.years[j], spec.years[i], step: step) {
          let dashed = !series.flag(i).isEmpty || !series.flag(j).isEmpty
          if dashed != runDashed, let last = run.last {
            flush()
            run = [last]
          }
          runDashed = dashed
        } else {
          flush()
        }
        run.append(p)
        previous = i
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
