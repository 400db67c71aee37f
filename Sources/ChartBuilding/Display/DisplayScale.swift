import Charts
import Metrics

/// How a chart or table shows one panel's numbers: one divisor and one unit
/// label for all of them, never a mix of 万元 and 亿元.
///
///     DisplayScale.choose(for: [1.413e9, 1.2e9], unit: .yuan)   // ÷1e8, "亿元"
///     DisplayScale.choose(for: [169_333e4], unit: .yuan)         // ÷1e8, "亿元"
///     DisplayScale.choose(for: [17500, 24774], unit: .yuan)      // ÷1,   "元" (per-student figures)
///     DisplayScale.choose(for: [61.8], unit: .percent)           // ÷1,   "%"
///
/// The median magnitude decides, so one outlier does not shrink every other
/// bar's label to 0.01亿元: 亿 when the median |value| ≥ 1e8, 万 when ≥ 1e5.
/// Money, counts and areas are scaled; percentages, percentage points and ratios never.
public struct DisplayScale: Sendable, Equatable {
  public var divisor: Double
  public var unitLabel: String

  public init(divisor: Double, unitLabel: String) {
    self.divisor = divisor
    self.unitLabel = unitLabel
  }

  public static func choose(for values: [Double], unit: Unit) -> DisplayScale {
    let base = DisplayScale(divisor: 1, unitLabel: unit.symbol)
    switch unit.dimension {
    case .money, .moneyPerStudent, .count, .area: break
    case .percent, .percentagePoints, .ratio, .other: return base
    }
    let magnitudes = values.filter { $0.isFinite }.map { abs($0) }.sorted()
    guard !magnitudes.isEmpty else { return base }
    let mid = magnitudes.count / 2
    let median = magnitudes.count % 2 == 1 ? magnitudes[mid] : (magnitudes[mid - 1] + magnitudes[mid]) / 2
    if median >= 1e8 { return DisplayScale(divisor: 1e8, unitLabel: "亿" + unit.symbol) }
    if median >= 1e5 { return DisplayScale(divisor: 1e4, unitLabel: "万" + unit.symbol) }
    return base
  }

  /// `value` in this scale, as text with at most `places` decimals and no grouping
  /// (`14.13`, d3's `.4~f`): a table's cells are data a reader may copy. A value
  /// that is not finite is an empty cell.
  public func format(_ value: Double, places: Int = 4) -> String {
    guard value.isFinite else { return "" }
    return ValueFormat(decimals: places, thousandsSeparator: false, trimsTrailingZeros: true).format(value / divisor)
  }
}
