import Charts
import Metrics

/// What the user asked to draw, from command-line options or a briefing entry,
/// before any data is looked at.
struct ChartRequest: Sendable {
  enum Kind: String, Sendable { case bar, trend }
  enum Reference: Sendable, Equatable {
    case mean, median
    case value(Double, label: String)
  }

  /// What the bars stand for: one bar per district, or one per school level of
  /// a single district (e.g. 大足区's per-student growth by level).
  enum Categories: String, Sendable { case districts, levels }

  var kind: Kind
  var categories: Categories = .districts
  var indicator: String
  var level: SchoolLevel? = nil
  var measure: Measure = .value
  /// What differences are taken against (全省, 全市) when the data holds several.
  var comparedTo: String? = nil
  var view: PanelView = .value
  /// Bar: one year (or a range → one bar per year, grouped). Trend: the span.
  var years: ClosedRange<Int>? = nil
  var districts: [String]? = nil
  var highlights: [String] = []
  var references: [Reference] = []
  var title: String? = nil
  var subtitle: String? = nil
  var source: String? = nil
  var notes: [String] = []
  var orientation: BarChartSpec.Orientation = .horizontal
  var sort: BarSort = .descending
  var stacked = false
  var top: Int? = nil
  var size: ChartSize? = nil
  /// With no size: the default size at this resolution.
  var dpi: Double? = nil
}
