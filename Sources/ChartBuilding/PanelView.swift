import Metrics

/// What a chart or table shows of a panel: the reported values, or a figure
/// derived from them (each derived cell carries its formula).
public enum PanelView: Sendable, Equatable {
  case value
  /// Year-on-year growth in percent.
  case growth
  /// Each year as an index, base year = 100.
  case index(base: Int?)
  /// Rank within each year (1 = highest).
  case rank
  /// Difference from the mean, the median or a fixed standard of the same year.
  case gap(GapReference)
  /// The prior year's value back-derived from a value and its reported growth.
  case prior

  /// `value`, `growth`, `index`, `rank`, `gap-mean`, `gap-median`, `gap:1500`, `prior`.
  public init?(parsing text: String, baseYear: Int? = nil) {
    switch text.lowercased() {
    case "value", "": self = .value
    case "growth": self = .growth
    case "index": self = .index(base: baseYear)
    case "rank": self = .rank
    case "gap-mean", "gap": self = .gap(.mean)
    case "gap-median": self = .gap(.median)
    case "prior": self = .prior
    default:
      guard text.lowercased().hasPrefix("gap:"), let v = Double(text.dropFirst(4)) else { return nil }
      self = .gap(.standard(v))
    }
  }

  public static let help = "value, growth, index (with --base-year), rank, gap-mean, gap-median, gap:VALUE, prior"

  public var isComputed: Bool { self != .value }

  /// Applies the view to `base`. `prior` needs the indicator's reported growth,
  /// which `builder` aligns beside it.
  public func apply(to base: Panel, query: PanelQuery, builder: PanelBuilder) throws -> Panel {
    switch self {
    case .value: return base
    case .growth: return try growth(of: base, query: query, builder: builder)
    case .index(let b):
      let year = b ?? query.years?.lowerBound ?? base.years.first ?? 0
      guard base.years.contains(year) else {
        throw ChartBuildError(
          "no data for the base year \(year); the data has \(ChartBuilder.describe(years: base.years))")
      }
      return base.indexed(toBase: year)
    case .rank: return base.rank(descending: true)
    case .gap(let reference): return base.gap(to: reference)
    case .prior:
      var q = query
      q.measure = .growthPercent
      return base.backDerivedPrior(growth: try builder.panel(q))
    }
  }

  /// Year-on-year growth for the years asked for: the year before the first of them is
  /// read too (`--years 2023-2023` is 2023's growth over 2022), and a span with no year
  /// whose previous year has figures is an error, not an empty table.
  private func growth(of base: Panel, query: PanelQuery, builder: PanelBuilder) throws -> Panel {
    var panel = base.growth()
    if let span = query.years {
      var wider = query
      wider.years = (span.lowerBound - 1)...span.upperBound
      do {
        let grown = try builder.panel(wider).growth()
        panel = grown.selecting(years: grown.years.filter { span.contains($0) })
        panel.warnings = grown.warnings
      } catch let e as AlignmentError where e.isAboutTheRows {
        throw e
      } catch {}  // no figures a year earlier: the growth of the years asked for, if any
    }
    guard panel.years.isEmpty else { return panel }
    var all = query
    all.years = nil
    let held = (try? builder.panel(all))?.years ?? base.years
    let shown = query.years.map { ChartBuilder.describe(span: $0) } ?? ChartBuilder.describe(years: base.years)
    throw ChartBuildError(
      "no prior year: year-on-year growth in \(shown) needs the figures of the year before, and the data has \(base.indicatorName) for \(ChartBuilder.describe(years: held))"
    )
  }
}
