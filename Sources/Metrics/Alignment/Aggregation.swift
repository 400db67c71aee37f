/// How several rows for one district, year and indicator become one cell, when
/// the data holds such rows on purpose (a field trial with several plots per site
/// and year, a table of schools to be summed per district).
///
///     PanelQuery(indicator: "产量", aggregate: .sum)   // 2 plots: 40 + 45 → 85
///
/// Without one, rows that give the same figure are one fact stated twice, and rows
/// that give different figures are an error that lists them (``PanelBuilder``):
/// which of them is meant is the data's owner's call, never the first by accident.
public enum Aggregation: String, Sendable, Hashable, CaseIterable {
  /// The total of the figures.
  case sum
  /// Their arithmetic mean.
  case mean
  /// The smallest.
  case min
  /// The largest.
  case max
  /// The first in table order; the others are listed as disagreeing sources.
  case first

  /// The one figure of `values` (not empty, none missing) under this rule; a sum
  /// beyond the largest `Double` is infinite, for the caller to refuse.
  public func combine(_ values: [Double]) -> Double {
    switch self {
    case .sum: values.reduce(0, +)
    // Each term divided first, so that the mean of figures near the largest Double stays finite.
    case .mean: values.reduce(0) { $0 + $1 / Double(values.count) }
    case .min: values.min()!
    case .max: values.max()!
    case .first: values[0]
    }
  }
}
