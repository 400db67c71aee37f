import ArgumentParser
import ChartBuilding
import Foundation
import Metrics

struct TableCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "table", abstract: "Print the district × year panel of one indicator.",
    discussion: """
      Gaps stay empty where data is missing (never 0). Observations that must not share a panel \
      (other levels, other measures, growth vs value) are kept apart; an ambiguous request says \
      which option picks one.

      Example:
        compare table --data facts.csv --indicator 生均一般公共预算教育经费 --level 小学 --format markdown
      """)

  @OptionGroup var data: DataOptions
  @OptionGroup var selection: SelectionOptions

  @Option(help: ArgumentHelp("A span of years, e.g. 2015-2024.", valueName: "a-b"))
  var years: String?

  @Option(
    help: ArgumentHelp(
      "Print each district's compound annual growth rate over FROM-TO instead of the panel.", valueName: "from-to"))
  var cagr: String?

  @Option(help: ArgumentHelp("Output format (md is markdown).", valueName: "format"))
  var format: TableFormat = .markdown

  func run() throws {
    let q = selection.query(years: try years.map(YearSpan.parse))
    let catalog = try data.catalog()
    let table = try data.load(catalog: catalog, indicator: selection.indicator)
    let builder = PanelBuilder(table: table, catalog: catalog)
    let base = try builder.panel(q)
    if let cagr {
      Terminal.print(try CAGRListing(panel: base, span: try YearSpan.parse(cagr)).text(format), terminator: "")
      return
    }
    let panel = try selection.panelView.apply(to: base, query: q, builder: builder)
    switch format {
    case .csv: Terminal.print(PanelFormatter.csv(panel), terminator: "")
    case .markdown: Terminal.print(PanelFormatter.markdown(panel), terminator: "")
    case .json: Terminal.print(try PanelFormatter.json(panel))
    }
    for w in panel.warnings { Terminal.warn("compare: warning: \(w.english)") }
  }
}
