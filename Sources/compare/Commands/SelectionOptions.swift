import ArgumentParser
import ChartBuilding
import Metrics

/// Which panel to look at: the indicator and the slice of it (level, measure,
/// what differences are taken against, view). Shared by `table`, `bar` and
/// `trend`, so the three read and check these options the same way.
struct SelectionOptions: ParsableArguments {
  @Option(help: ArgumentHelp("The indicator, by Chinese or English name, alias or id.", valueName: "name"))
  var indicator: String

  @Option(help: ArgumentHelp("School level (an alias such as 幼儿园 or primary also works).", valueName: "level"))
  var level: SchoolLevel?

  @Option(help: ArgumentHelp("Which reported measure.", valueName: "measure"))
  var measure: Measure = .value

  @Option(
    help: ArgumentHelp(
      "With --measure pp_diff or change_abs: what the differences are taken against when the data holds several (高出省11个百分点、市7个百分点), e.g. 全省 or 全市.",
      valueName: "ref"))
  var comparedTo: String?

  @Option(
    help: ArgumentHelp("What to show. Derived figures carry their formula (table --format json).", valueName: "view"))
  var view: PanelView = .value

  @Option(help: ArgumentHelp("With --view index: the base year (= 100).", valueName: "year"))
  var baseYear: Int?

  @Option(
    help: ArgumentHelp(
      "How several rows for one district and year are combined. Without it, rows with different figures are an error that lists them.",
      valueName: "rule"))
  var aggregate: Aggregation?

  /// The view, with `--base-year` given to `index`.
  var panelView: PanelView {
    if case .index = view { return .index(base: baseYear) }
    return view
  }

  /// The panel these options select; `years` narrows it.
  func query(years: ClosedRange<Int>? = nil) -> PanelQuery {
    PanelQuery(
      indicator: indicator, level: level, measure: measure, years: years, reference: comparedTo, aggregate: aggregate)
  }
}
