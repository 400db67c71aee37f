import Charts
import Metrics

/// What the user asked to draw, from command-line options or a briefing entry,
/// before any data is looked at.
public struct ChartRequest: Sendable {
  public enum Kind: String, Sendable { case bar, trend }
  public enum Reference: Sendable, Equatable {
    case mean, median
    case value(Double, label: String)
  }

  /// What the bars stand for: one bar per district, or one per school level of
  /// a single district (e.g. 大足区's per-student growth by level).
  public enum Categories: String, Sendable { case districts, levels }

  public var kind: Kind
  public var categories: Categories = .districts
  public var indicator: String
  public var level: SchoolLevel? = nil
  public var measure: Measure = .value
  /// What differences are taken against (全省, 全市) when the data holds several.
  public var comparedTo: String? = nil
  public var view: PanelView = .value
  /// How several rows for one district and year are combined; nil: rows that disagree are an error.
  public var aggregate: Aggregation? = nil
  /// Bar: one year (or a range → one bar per year, grouped). Trend: the span.
  public var years: ClosedRange<Int>? = nil
  public var districts: [String]? = nil
  public var highlights: [String] = []
  public var references: [Reference] = []
  public var title: String? = nil
  public var subtitle: String? = nil
  public var source: String? = nil
  public var notes: [String] = []
  public var orientation: BarChartSpec.Orientation = .horizontal
  public var sort: BarSort = .descending
  public var stacked = false
  public var top: Int? = nil
  /// What the compared places are called (国家): default from the names (``EntityNoun/guess(_:)``).
  public var entity: String? = nil
  /// Put "X不在指标目录中" under the chart too, not only on the terminal.
  public var uncataloguedNote = false
  public var size: ChartSize? = nil
  /// With no size: the default size at this resolution.
  public var dpi: Double? = nil

  public init(kind: Kind, indicator: String) {
    self.kind = kind
    self.indicator = indicator
  }
}
