/// A bar chart of categories (districts), one or more series, fully described as a value.
///
/// Bars always start at zero. One series draws single bars; several draw grouped bars
/// (one per series within each category) or, with ``stacked``, stacked segments.
///
/// ```swift
/// var spec = BarChartSpec(title: "2023年重庆市各区县生均一般公共预算教育经费",
///                         categories: ["渝中区", "万州区"],
///                         series: [BarSeries(name: "2023", values: [24774, 18190])])
/// spec.valueAxisTitle = "生均一般公共预算教育经费（元）"
/// spec.highlights = ["万州区"]
/// ```
public struct BarChartSpec: Sendable, Equatable {
  public var title: String
  public var subtitle: String?
  /// Shown at the bottom as "数据来源：…" (the prefix is added unless present).
  public var source: String?
  /// Comparability warnings and other notes, one line each above the source.
  public var notes: [String]
  /// Category (district) names, in the given order.
  public var categories: [String]
  /// One series draws single bars; several draw grouped or stacked bars.
  public var series: [BarSeries]
  public var orientation: Orientation
  public var sort: BarSort
  public var stacked: Bool
  /// E.g. "生均一般公共预算教育经费（元）" or "单位：万元".
  public var valueAxisTitle: String
  public var valueFormat: ValueFormat
  public var showValueLabels: Bool
  /// Categories drawn in the accent colour; all others muted. Empty: none muted.
  public var highlights: Set<String>
  public var referenceLines: [ReferenceLine]
  public var size: ChartSize
  /// Whether the title, subtitle, notes and source are drawn (``ChartFraming``).
  public var framing: ChartFraming = .standalone
  /// Only these positions of the bars in drawing order (0 is the top or left one, after
  /// sorting); nil draws them all. The value axis, label column, reference lines and
  /// colours stay those of all the bars, so the parts of a ranking too long for one page,
  /// drawn one range at a time, share one scale and compare bar for bar.
  public var shownPositions: Range<Int>? = nil

  public init(
    title: String, subtitle: String? = nil, source: String? = nil, notes: [String] = [],
    categories: [String], series: [BarSeries], orientation: Orientation = .horizontal,
    sort: BarSort = .descending, stacked: Bool = false, valueAxisTitle: String = "",
    valueFormat: ValueFormat = .plain, showValueLabels: Bool = true,
    highlights: Set<String> = [], referenceLines: [ReferenceLine] = [],
    size: ChartSize = .pixels(1200, 1000)
  ) {
    self.title = title
    self.subtitle = subtitle
    self.source = source
    self.notes = notes
    self.categories = categories
    self.series = series
    self.orientation = orientation
    self.sort = sort
    self.stacked = stacked
    self.valueAxisTitle = valueAxisTitle
    self.valueFormat = valueFormat
    self.showValueLabels = showValueLabels
    self.highlights = highlights
    self.referenceLines = referenceLines
    self.size = size
  }

  /// Which way bars grow.
  public enum Orientation: String, Sendable, Equatable, CaseIterable {
    /// Categories down the left, bars growing to the right (best for long names).
    case horizontal
    /// Categories along the bottom, bars growing upwards.
    case vertical
  }
}

/// The order of categories in a bar chart.
public enum BarSort: String, Sendable, Equatable, CaseIterable {
  /// Largest first (top, or left for vertical bars); missing values last.
  case descending
  /// Smallest first; missing values last.
  case ascending
  /// The order of ``BarChartSpec/categories``.
  case given
}

/// One series of a bar chart, aligned with the categories; nil is missing, drawn
/// as a gap marked "无数据", never 0.
///
/// ```swift
/// BarSeries(name: "2023年", values: [24774, nil, 18190])
/// ```
public typealias BarSeries = ChartSeries
