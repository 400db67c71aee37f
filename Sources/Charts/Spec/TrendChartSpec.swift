/// A line chart of several series over years, fully described as a value.
///
/// Missing years are gaps in the line; approximate or derived points are hollow with
/// dashed segments. Lines are labelled at their ends, or by a legend when there are
/// more than eight of them or their labels cannot fit.
///
/// ```swift
/// let spec = TrendChartSpec(title: "2015—2024年生均一般公共预算教育经费",
///                           years: Array(2015...2024),
///                           series: [TrendSeries(name: "渝中区", values: [20000, nil, 21000])])
/// ```
public struct TrendChartSpec: Sendable, Equatable {
  public var title: String
  public var subtitle: String?
  public var source: String?
  public var notes: [String]
  public var years: [Int]
  public var series: [TrendSeries]
  public var valueAxisTitle: String
  public var xAxisTitle: String
  public var valueFormat: ValueFormat
  /// Series drawn in colour; all others muted grey. Empty: all in colour.
  public var highlights: Set<String>
  public var referenceLines: [ReferenceLine]
  public var size: ChartSize
  /// Whether the title, subtitle, notes and source are drawn (``ChartFraming``).
  public var framing: ChartFraming = .standalone

  public init(
    title: String, subtitle: String? = nil, source: String? = nil, notes: [String] = [],
    years: [Int], series: [TrendSeries], valueAxisTitle: String = "", xAxisTitle: String = "年份",
    valueFormat: ValueFormat = .plain, highlights: Set<String> = [],
    referenceLines: [ReferenceLine] = [], size: ChartSize = .pixels(1200, 800)
  ) {
    self.title = title
    self.subtitle = subtitle
    self.source = source
    self.notes = notes
    self.years = years
    self.series = series
    self.valueAxisTitle = valueAxisTitle
    self.xAxisTitle = xAxisTitle
    self.valueFormat = valueFormat
    self.highlights = highlights
    self.referenceLines = referenceLines
    self.size = size
  }
}

/// One line of a trend chart, aligned with the years; nil is a gap in the line (never zero).
public typealias TrendSeries = ChartSeries

/// Any chart the module can draw.
public enum ChartSpec: Sendable, Equatable {
  case bar(BarChartSpec)
  case trend(TrendChartSpec)

  /// The chart's size.
  public var size: ChartSize {
    switch self {
    case .bar(let s): s.size
    case .trend(let s): s.size
    }
  }

  /// The same chart with another size and framing.
  public func with(size: ChartSize, framing: ChartFraming) -> ChartSpec {
    switch self {
    case .bar(var s):
      s.size = size
      s.framing = framing
      return .bar(s)
    case .trend(var s):
      s.size = size
      s.framing = framing
      return .trend(s)
    }
  }
}
