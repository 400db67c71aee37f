/// A named row of values aligned with a chart's categories (bars) or years (lines).
/// A bar chart and a trend chart hold the same thing, so they share this type
/// (as ``BarSeries`` and ``TrendSeries``).
public struct ChartSeries: Sendable, Equatable {
  public var name: String
  /// Aligned with the categories or years; nil is missing, never zero.
  public var values: [Double?]
  /// Aligned with values (may be shorter: missing entries are no flags).
  public var flags: [PointFlag]

  public init(name: String, values: [Double?], flags: [PointFlag] = []) {
    self.name = name
    self.values = values
    self.flags = flags
  }

  func value(_ i: Int) -> Double? { i < values.count ? values[i].flatMap { $0.isFinite ? $0 : nil } : nil }
  func flag(_ i: Int) -> PointFlag { i < flags.count ? flags[i] : [] }
}
