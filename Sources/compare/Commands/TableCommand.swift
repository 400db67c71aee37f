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

  @Option(help: ArgumentHelp("The indicator, by name, alias or id.", valueName: "name"))
  var indicator: String

  @Option(help: ArgumentHelp("School level.", valueName: "level"))
  var level: String?

  @Option(help: ArgumentHelp("Measure: value, growth_pct, change_abs, pp_diff, standard, target.", valueName: "measure"))
  var measure = "value"

  @Option(help: ArgumentHelp("With --measure pp_diff or change_abs: what the differences are taken against when the data holds several (高出省11个百分点、市7个百分点), e.g. 全省 or 全市.", valueName: "ref"))
  var comparedTo: String?

  @Option(help: ArgumentHelp("A span of years, e.g. 2015-2024.", valueName: "a-b"))
  var years: String?

  @Option(help: ArgumentHelp("What to show: \(PanelView.help). Derived cells carry their formula (--format json).", valueName: "view"))
  var view = "value"

  @Option(help: ArgumentHelp("With --view index: the base year (= 100).", valueName: "year"))
  var baseYear: Int?

  @Option(help: ArgumentHelp("Print each district's compound annual growth rate over FROM-TO instead of the panel.", valueName: "from-to"))
  var cagr: String?

  @Option(help: ArgumentHelp("Output format.", valueName: "csv|markdown|json"))
  var format = "markdown"

  func run() throws {
    var q = PanelQuery(indicator: indicator)
    if let level {
      guard let l = SchoolLevel(parsing: level) else { throw ValidationError("unknown level '\(level)'") }
      q.level = l
    }
    guard let m = Measure(parsing: measure) else { throw ValidationError("unknown measure '\(measure)'") }
    q.measure = m
    q.reference = comparedTo
    if let years { q.years = try YearSpan.parse(years) }
    guard let panelView = PanelView(parsing: view, baseYear: baseYear) else {
      throw ValidationError("unknown view '\(view)'; use one of: \(PanelView.help)")
    }
    let catalog = try data.catalog()
    let table = try data.load(catalog: catalog)
    let builder = PanelBuilder(table: table, catalog: catalog)
    let base = try builder.panel(q)
    if let cagr {
      let span = try YearSpan.parse(cagr)
      try printCAGR(base, span)
      return
    }
    let panel = try panelView.apply(to: base, query: q, builder: builder)
    switch format {
    case "csv": print(PanelFormatter.csv(panel), terminator: "")
    case "markdown", "md": print(PanelFormatter.markdown(panel), terminator: "")
    case "json": print(try PanelFormatter.json(panel))
    default: throw ValidationError("format: csv, markdown or json")
    }
    for w in panel.warnings { FileHandle.standardError.write(Data("compare: warning: \(w)\n".utf8)) }
  }

  /// Each district's compound annual growth rate, (v[to] / v[from])^(1 / (to − from)) − 1,
  /// in the chosen format: CSV `district,cagr_pct,from,to`, a Markdown table, or JSON;
  /// empty (—, null) where a year is missing.
  private func printCAGR(_ panel: Panel, _ span: ClosedRange<Int>) throws {
    guard span.lowerBound < span.upperBound else { throw ValidationError("--cagr needs two different years, e.g. 2015-2024") }
    let rates = panel.cagr(from: span.lowerBound, to: span.upperBound)
    let rate = { (d: String) -> Double? in rates[d] ?? nil }
    let (a, b) = (span.lowerBound, span.upperBound)
    switch format {
    case "csv":
      var out = "district,cagr_pct,from,to\n"
      for d in panel.districts {
        out += "\(DataTableWriter.csvField(d)),\(rate(d).map { String(format: "%.2f", $0) } ?? ""),\(a),\(b)\n"
      }
      print(out, terminator: "")
    case "markdown", "md":
      var out = "\(panel.title) \(a)—\(b)年年均增长率（%，由本工具计算）\n\n| 区县 | 年均增长率 |\n| --- | ---: |\n"
      for d in panel.districts {
        out += "| \(d.replacingOccurrences(of: "|", with: "\\|")) | \(rate(d).map { String(format: "%.2f", $0) } ?? "—") |\n"
      }
      print(out, terminator: "")
    case "json":
      let object: [String: Any] = [
        "indicator": panel.indicatorName, "from": a, "to": b,
        "districts": panel.districts.map { d -> [String: Any] in ["district": d, "cagr_pct": rate(d).map { $0 as Any } ?? NSNull()] },
      ]
      let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
      print(String(decoding: data, as: UTF8.self))
    default: throw ValidationError("format: csv, markdown or json")
    }
  }
}

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Report arithmetic that does not add up, conflicting duplicates and implausible values.",
    discussion: """
      Exits 0 when nothing is found, 1 when something is. Each finding quotes the source text of \
      each side.

      Example:
        compare extract ../shared/seeds/*.txt --output facts.csv && compare check --data facts.csv
      """)

  @OptionGroup var data: DataOptions

  func run() throws {
    let catalog = try data.catalog()
    let table = try data.load(catalog: catalog)
    // Arithmetic first: a sum that does not add up matters more than a duplicate.
    let order: [Finding.Kind] = [.growthMismatch, .differenceMismatch, .implausibleValue, .duplicateConflict]
    let findings = ConsistencyChecker(catalog: catalog).check(table)
      .enumerated().sorted { (order.firstIndex(of: $0.element.kind)!, $0.offset) < (order.firstIndex(of: $1.element.kind)!, $1.offset) }
      .map(\.element)
    for f in findings { print(f.description + "\n") }
    if findings.isEmpty {
      print("No inconsistencies found in \(table.count) observations.")
    } else {
      let counts = order.compactMap { k -> String? in
        let n = findings.filter { $0.kind == k }.count
        return n == 0 ? nil : "\(n) \(k.rawValue)"
      }
      FileHandle.standardError.write(Data("compare: \(findings.count) finding(s) in \(table.count) observations: \(counts.joined(separator: ", "))\n".utf8))
      throw ExitCode(1)
    }
  }
}

struct IndicatorsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "indicators", abstract: "List the indicator catalog: names, units, levels and aliases.")

  @Option(help: ArgumentHelp("Output format.", valueName: "table|csv|json"))
  var format = "table"

  @Option(help: ArgumentHelp("A CSV file of extra aliases: alias,indicator.", valueName: "file"))
  var aliases: String?

  func run() throws {
    let catalog = try aliases.map { try IndicatorCatalog.loading(aliasFile: URL(fileURLWithPath: $0)) } ?? .standard
    switch format {
    case "table", "markdown", "md": print(CatalogListing.markdown(catalog), terminator: "")
    case "csv": print(CatalogListing.csv(catalog), terminator: "")
    case "json": print(try CatalogListing.json(catalog))
    default: throw ValidationError("format: table, csv or json")
    }
  }
}
