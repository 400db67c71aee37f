import ArgumentParser
import ChartBuilding

/// `--view`: fixed words and one form with a number (`gap:1500`), so `--help`
/// lists the forms rather than the cases. `index` takes its base year from
/// `--base-year` (see ``SelectionOptions/panelView``).
extension PanelView: ExpressibleByArgument {
  public init?(argument: String) { self.init(parsing: argument) }

  public static var allValueStrings: [String] { forms.map(\.form) }

  public static var allValueDescriptions: [String: String] {
    Dictionary(uniqueKeysWithValues: forms.map { ($0.form, $0.description) })
  }

  /// Completion offers the words; `gap:VALUE` needs a number typed in.
  public static var defaultCompletionKind: CompletionKind {
    .list(forms.map(\.form).filter { !$0.contains(":") })
  }

  public var defaultValueDescription: String {
    switch self {
    case .value: "value"
    case .growth: "growth"
    case .index: "index"
    case .rank: "rank"
    case .gap(.mean): "gap-mean"
    case .gap(.median): "gap-median"
    case .gap(.standard(let v)): "gap:\(v)"
    case .prior: "prior"
    }
  }

  private static let forms: [(form: String, description: String)] = [
    ("value", "the reported values"),
    ("growth", "year-on-year growth in percent"),
    ("index", "each year as an index, the base year (--base-year, default the first) = 100"),
    ("rank", "the rank within each year (1 = highest)"),
    ("gap-mean", "the difference from the mean of the same year"),
    ("gap-median", "the difference from the median of the same year"),
    ("gap:VALUE", "the difference from a standard, e.g. gap:1500"),
    ("prior", "the prior year's value back-derived from a value and its reported growth"),
  ]
}
