/// The plot of a bar chart once its sizes are fitted, in either orientation: a
/// band scale across the bars (one band per category, one slot per series) and a
/// value scale along them. It swaps x and y so that one drawing
/// (``BarChartLayout/drawPlot(_:labels:scene:)``) serves horizontal and vertical bars.
///
/// ```swift
/// let plot = BarPlot(horizontal: true, band: band, scale: axis.scale, across: (plotTop, plotBottom))
/// plot.bar(start: band.start(0), thickness: band.bandwidth, from: plot.scale(0), to: plot.scale(24774))
/// ```
struct BarPlot {
  /// Horizontal bars grow along x; vertical bars along y.
  var horizontal: Bool
  var band: BandScale
  /// Values to points along the bars.
  var scale: LinearScale
  /// The plot's extent across the bars: top and bottom for horizontal bars, left and right for vertical ones.
  var across: (Double, Double)

  /// A bar `thickness` wide from `start` across, between value positions `a` and `b`.
  func bar(start: Double, thickness: Double, from a: Double, to b: Double) -> Rect {
    horizontal
      ? Rect(x: min(a, b), y: start, width: abs(b - a), height: thickness)
      : Rect(x: start, y: min(a, b), width: thickness, height: abs(b - a))
  }

  /// The line across the plot at value position `p`, from `a` to `b` across.
  func line(at p: Double, from a: Double, to b: Double) -> (Point, Point) {
    horizontal ? (Point(p, a), Point(p, b)) : (Point(a, p), Point(b, p))
  }

  /// The line across the whole plot at value position `p`.
  func line(at p: Double) -> (Point, Point) { line(at: p, from: across.0, to: across.1) }

  /// Whether a line at value position `p` would cross the text box `b` (with a point of clearance).
  func crosses(_ b: Rect, at p: Double) -> Bool {
    horizontal ? p > b.minX - 1 && p < b.maxX + 1 : p > b.minY - 1 && p < b.maxY + 1
  }

  /// The stretch across the bars that the text box `b` takes (with a point of clearance).
  func acrossExtent(_ b: Rect) -> (Double, Double) {
    horizontal ? (b.minY - 1, b.maxY + 1) : (b.minX - 1, b.maxX + 1)
  }

  /// The pieces of a line at value position `p` from `a` to `b` across that leave out
  /// the text boxes it would cross: a reference line stops short of a value label
  /// instead of striking the number through.
  func segments(at p: Double, from a: Double, to b: Double, avoiding boxes: [Rect]) -> [(Point, Point)] {
    let blocked = boxes.filter { crosses($0, at: p) }.map(acrossExtent).sorted { $0.0 < $1.0 }
    var pieces: [(Point, Point)] = []
    var start = a
    for (lo, hi) in blocked where hi > start {
      if lo - start > 0.5 { pieces.append(line(at: p, from: start, to: min(lo, b))) }
      start = max(start, hi)
      if start >= b { break }
    }
    if b - start > 0.5 { pieces.append(line(at: p, from: start, to: b)) }
    return pieces
  }
}

/// What an orientation draws its own way in ``BarChartLayout/drawPlot(_:labels:scene:)``:
/// where tick, value, category and reference labels go.
struct BarPlotLabels {
  /// The tick label of tick `k` at value `t`.
  var tick: (_ k: Int, _ t: Double) throws -> TextRun
  /// Drawn after the gridlines and ticks, before the bars (the horizontal value axis title).
  var afterTicks: [Primitive] = []
  /// The value label of bar (`i`, `s`) or its missing mark, centred across at `center`, into `layer`.
  var value: (_ i: Int, _ s: Int, _ value: Double?, _ center: Double, _ layer: inout Scene) throws -> Void
  /// The lines of category `i`'s name, drawn in band `rank`.
  var category: (_ rank: Int, _ i: Int) throws -> [TextRun]
  /// The label of reference line `k` (its index in the spec), the `j`-th finite one.
  var reference: (_ k: Int, _ j: Int) throws -> TextRun
  /// How far reference lines reach beyond the plot at its start (up to their labels above it).
  var referenceOverhang = 0.0
}

extension BarChartLayout {
  /// The drawing both orientations share, in paint order: gridlines and tick labels,
  /// bars (stacked or grouped) with their category labels, the zero line, reference
  /// lines with their labels (broken where a value label stands in their way, so no
  /// line crosses a number), and last the value labels.
  func drawPlot(_ plot: BarPlot, axis: ValueAxis, labels: BarPlotLabels, scene: inout Scene) throws {
    let c = context, spec = c.spec, theme = c.theme, v = plot.scale, band = plot.band
    for (k, t) in axis.ticks.enumerated() {
      let (a, b) = plot.line(at: v(t))
      scene.append(Primitive(.line(from: a, to: b, stroke: Stroke(color: theme.grid, width: 0.6)), role: .gridline))
      scene.append(Primitive(.text(try labels.tick(k, t)), role: .tickLabel))
    }
    for p in labels.afterTicks { scene.append(p) }

    let zero = v(0)
    let slot = band.bandwidth / Double(c.slotsPerCategory)
    var labelLayer = Scene(width: scene.width, height: scene.height)
    for (rank, i) in c.order.enumerated() {
      let key = spec.categories[i]
      if spec.stacked {
        for seg in c.stackSegments(i) {
          let r = plot.bar(start: band.start(rank), thickness: band.bandwidth, from: v(seg.from), to: v(seg.to))
          scene.append(Primitive(.rect(r, fill: c.fill(i, seg.series)), role: .bar, key: key))
        }
        try labels.value(i, 0, c.total(i), band.center(rank), &labelLayer)
      } else {
        for s in spec.series.indices {
          let slotStart = band.start(rank) + Double(s) * slot
          if let value = c.value(i, s) {
            let r = plot.bar(start: slotStart + slot * 0.04, thickness: slot * 0.92, from: zero, to: v(value))
            scene.append(Primitive(.rect(r, fill: c.fill(i, s)), role: .bar, key: key))
          }
          try labels.value(i, s, c.value(i, s), slotStart + slot / 2, &labelLayer)
        }
      }
      for run in try labels.category(rank, i) { scene.append(Primitive(.text(run), role: .categoryLabel, key: key)) }
    }

    let (a, b) = plot.line(at: zero)
    scene.append(Primitive(.line(from: a, to: b, stroke: Stroke(color: theme.axis, width: 0.9)), role: .axis))
    let refs = spec.referenceLines.enumerated().filter { $0.element.value.isFinite }
    let labelBoxes = labelLayer.primitives.compactMap { $0.textRun?.bounds }
    for (j, (k, ref)) in refs.enumerated() {
      let pieces = plot.segments(
        at: v(ref.value), from: plot.across.0 - labels.referenceOverhang, to: plot.across.1, avoiding: labelBoxes)
      for (a, b) in pieces {
        scene.append(
          Primitive(
            .line(from: a, to: b, stroke: Stroke(color: theme.reference, width: 1, dash: [4, 3])),
            role: .referenceLine, key: ref.label))
      }
      scene.append(Primitive(.text(try labels.reference(k, j)), role: .referenceLabel, key: ref.label))
    }
    for p in labelLayer.primitives { scene.append(p) }
  }
}
