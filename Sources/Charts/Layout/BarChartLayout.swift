/// Compiles a ``BarChartSpec`` into a ``Scene``: ordering, colours, value format and the
/// frame here; geometry in `+Horizontal` and `+Vertical`.
///
/// Rules: bars start at zero (the domain always contains 0); negative values grow
/// the other way with their labels on that side; missing values are a "无数据" mark,
/// never a zero bar; stacked bars stack positives and negatives separately (d3's
/// diverging offset) and are labelled with their total; grouped bars sort by the last
/// series, stacked bars by their total.
struct BarChartLayout {
  static func scene(_ spec: BarChartSpec, theme: Theme, measurer: any TextMeasuring) throws -> Scene {
    let layout = BarChartLayout(spec: spec, theme: theme, measurer: measurer)
    let first = try layout.build(extraNotes: [])
    guard !first.neededNotes.isEmpty else { return first.scene }
    // Notes we must add (shortened names, incomplete totals) take space: lay out again.
    return try layout.build(extraNotes: first.neededNotes).scene
  }

  struct Context {
    let spec: BarChartSpec
    let theme: Theme
    let labeler: Labeler
    /// Category indices in drawing order (top-to-bottom or left-to-right), only those of
    /// ``BarChartSpec/shownPositions``.
    let order: [Int]
    let format: ValueFormat
    var seriesCount: Int { spec.series.count }
    var slotsPerCategory: Int { spec.stacked ? 1 : max(1, spec.series.count) }

    func value(_ c: Int, _ s: Int) -> Double? { spec.series[s].value(c) }

    /// Segments of a stacked bar (or single bars of a grouped one): series, start, end.
    func stackSegments(_ c: Int) -> [(series: Int, from: Double, to: Double)] {
      var pos = 0.0, neg = 0.0
      var out: [(Int, Double, Double)] = []
      for s in spec.series.indices {
        guard let v = value(c, s) else { continue }
        if v >= 0 {
          out.append((s, pos, pos + v))
          pos += v
        } else {
          out.append((s, neg, neg + v))
          neg += v
        }
      }
      return out
    }

    /// A stack with some but not all series present: its total is marked "*".
    func isIncomplete(_ c: Int) -> Bool {
      let present = spec.series.indices.filter { value(c, $0) != nil }.count
      return present > 0 && present < spec.series.count
    }

    func total(_ c: Int) -> Double? {
      let vs = spec.series.indices.compactMap { value(c, $0) }
      return vs.isEmpty ? nil : vs.reduce(0, +)
    }

    /// The extent the value axis must show: zero, every bar end and reference line.
    func valueExtent() -> (Double, Double) {
      var lo = 0.0, hi = 0.0
      for c in spec.categories.indices {
        if spec.stacked {
          for seg in stackSegments(c) {
            lo = min(lo, seg.to)
            hi = max(hi, seg.to)
          }
        } else {
          for s in spec.series.indices {
            if let v = value(c, s) {
              lo = min(lo, v)
              hi = max(hi, v)
            }
          }
        }
      }
      for r in spec.referenceLines where r.value.isFinite {
        lo = min(lo, r.value)
        hi = max(hi, r.value)
      }
      return (lo, hi)
    }

    func isMuted(_ c: Int) -> Bool {
      !spec.highlights.isEmpty && !spec.highlights.contains(spec.categories[c])
    }

    func fill(_ c: Int, _ s: Int) -> Color {
      if seriesCount <= 1 { return isMuted(c) ? theme.mutedBar : theme.accent }
      let base = theme.color(series: s)
      return isMuted(c) ? base.lightened(0.6) : base
    }

    /// Value labels: one per bar, or one per stack (its total); nil where nothing is drawn.
    func valueLabel(_ c: Int, _ s: Int) -> String? {
      guard spec.showValueLabels else { return nil }
      if spec.stacked { return s == 0 ? total(c).map { format.format($0) + (isIncomplete(c) ? "*" : "") } : nil }
      return value(c, s).map(format.format)
    }

    func labelValue(_ c: Int, _ s: Int) -> Double? { spec.stacked ? total(c) : value(c, s) }

    func legendItems() -> [Legend.Item] {
      guard seriesCount > 1 else { return [] }
      return spec.series.indices.map {
        Legend.Item(name: spec.series[$0].name, color: theme.color(series: $0), style: .box)
      }
    }
  }

  let context: Context

  init(spec: BarChartSpec, theme: Theme, measurer: any TextMeasuring) {
    let sortSeries = spec.series.count - 1
    func key(_ c: Int) -> Double? {
      if spec.series.isEmpty { return nil }
      if spec.stacked {
        let vs = spec.series.compactMap { $0.value(c) }
        return vs.isEmpty ? nil : vs.reduce(0, +)
      }
      return spec.series[sortSeries].value(c)
    }
    var order = Array(spec.categories.indices)
    if spec.sort != .given {
      order.sort { a, b in
        switch (key(a), key(b)) {
        case let (x?, y?): return x != y ? (spec.sort == .descending ? x > y : x < y) : a < b
        case (_?, nil): return true
        case (nil, _?): return false
        case (nil, nil): return a < b
        }
      }
    }
    if let shown = spec.shownPositions { order = Array(order[shown.clamped(to: order.indices)]) }
    var labelValues: [Double] = []
    for c in spec.categories.indices {
      if spec.stacked {
        let vs = spec.series.compactMap { $0.value(c) }
        if !vs.isEmpty { labelValues.append(vs.reduce(0, +)) }
      } else {
        labelValues += spec.series.compactMap { $0.value(c) }
      }
    }
    context = Context(
      spec: spec, theme: theme, labeler: Labeler(theme: theme, measurer: measurer), order: order,
      format: spec.valueFormat.resolved(for: labelValues))
  }

  struct Result {
    var scene: Scene
    var neededNotes: [String]
  }

  /// The note explaining "*" on stacked totals that lack some series.
  static let incompleteTotalNote = "注：带*的合计缺少部分分项数据，不完整。"

  func build(extraNotes: [String]) throws -> Result {
    let spec = context.spec, theme = context.theme
    var scene = Scene(
      width: spec.size.widthPoints, height: spec.size.heightPoints, dpi: spec.size.dpi, background: theme.background)
    scene.append(
      Primitive(
        .rect(Rect(x: 0, y: 0, width: scene.width, height: scene.height), fill: theme.background), role: .background))
    let content = try ChartFrame.place(
      title: spec.title, subtitle: spec.subtitle, notes: spec.notes, addedNotes: extraNotes, source: spec.source,
      framing: spec.framing, in: &scene, labeler: context.labeler)
    var top = content.minY
    let legendHeight = try Legend.place(
      context.legendItems(), x: content.minX, y: top, width: content.width, in: &scene, labeler: context.labeler)
    if legendHeight > 0 { top += legendHeight + 8 }
    let area = Rect(x: content.minX, y: top, width: content.width, height: max(0, content.maxY - top))
    let labels: [CategoryLabel]
    switch spec.orientation {
    case .horizontal: labels = try drawHorizontal(in: area, scene: &scene)
    case .vertical: labels = try drawVertical(in: area, scene: &scene)
    }
    var needed: [String] = []
    // Labels are fitted for every bar (one label column for all parts); the note names those drawn.
    if let note = CategoryLabel.note(for: context.order.map { labels[$0] }) { needed.append(note) }
    if spec.stacked && spec.showValueLabels && context.order.contains(where: context.isIncomplete) {
      needed.append(Self.incompleteTotalNote)
    }
    return Result(scene: scene, neededNotes: extraNotes.isEmpty ? needed : [])
  }

  /// Largest font size ≤ `size` (not below the theme minimum) whose line box fits `space`.
  func fittedSize(_ size: Double, toLineHeight space: Double) throws -> Double {
    let ratio = try context.labeler.lineHeight(context.theme.font(size)) / size
    return max(context.theme.minimumLabelSize, min(size, (space / ratio * 10).rounded(.down) / 10))
  }
}
