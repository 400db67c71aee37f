/// Spec → scene: the pure-Swift compile step (no Cairo). Everything it needs to know
/// about fonts comes from the measurer.
///
/// ```swift
/// let scene = try ChartLayout.scene(for: .bar(spec), measurer: FixedWidthMeasurer())
/// ```
public enum ChartLayout {
  public static func scene(for spec: ChartSpec, theme: Theme = .standard, measurer: any TextMeasuring) throws -> Scene {
    switch spec {
    case .bar(let bar):
      guard !bar.categories.isEmpty, !bar.series.isEmpty else {
        throw ChartLayoutError.invalidSpec("a bar chart needs at least one category and one series")
      }
      guard bar.series.allSatisfy({ $0.values.count <= bar.categories.count }) else {
        throw ChartLayoutError.invalidSpec("a bar series has more values than there are categories")
      }
      return try BarChartLayout.scene(bar.printable(), theme: theme, measurer: measurer)
    case .trend(let trend):
      guard !trend.years.isEmpty, !trend.series.isEmpty else {
        throw ChartLayoutError.invalidSpec("a trend chart needs at least one year and one series")
      }
      guard trend.series.allSatisfy({ $0.values.count <= trend.years.count }) else {
        throw ChartLayoutError.invalidSpec("a trend series has more values than there are years")
      }
      return try TrendChartLayout.scene(trend.printable(), theme: theme, measurer: measurer)
    }
  }
}
