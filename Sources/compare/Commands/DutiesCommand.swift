import ArgumentParser
import Charts
import ChartsRendering
import Foundation
import Metrics
import PDFText

/// `compare duties`: which districts meet the statutory funding requirements,
/// which do not, and which claim to while their own figures say otherwise.
struct DutiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "duties",
    abstract: "Score each district and year against the statutory education-funding requirements.",
    discussion: """
      One row per district × year × requirement, with the figures used and the \
      source line of each. Reports are read for figures and for their own claims \
      (只增不减, 不低于, 高于…增长, 达到…标准), so a claim its figures contradict is found.

      Requirements (a province adds or replaces them with --rules FILE, a JSON list):
      \(DutyRule.standard.map { "  \($0.id) \($0.requirement)\n       — \($0.source)" }.joined(separator: "\n"))

      Baselines of R4 (元 per student and year, from the year given; without --region \
      the lowest applies):
      \(DutyRule.standard.flatMap(\.baselines).map { "  \($0.level?.rawValue ?? "寄宿生补助") \(Int($0.amount)) from \($0.from)\($0.region.map { " (\($0))" } ?? "")" }.joined(separator: "\n"))

      Statuses:
      \(DutyStatus.allCases.map { "  \($0.symbol) \($0.rawValue): \($0.explanation)" }.joined(separator: "\n"))

      Exits 0 whatever the statuses, non-zero on errors; --fail-on lists statuses \
      that make it exit 1 (for scripts).

      Examples:
        compare duties --data ../shared/seeds/*.txt
        compare duties --data facts.csv report.txt --format csv
        compare duties --data *.txt --fail-on not-met,contradicted
        compare duties --data *.txt --output scorecard.png
      """)

  enum Format: String, CaseIterable, ExpressibleByArgument {
    case markdown, csv, json

    init?(argument: String) { self.init(rawValue: argument == "md" ? "markdown" : argument) }
  }

  @OptionGroup var data: DataOptions

  @Option(help: "Output format.")
  var format: Format = .markdown

  @Option(
    help: ArgumentHelp("A JSON list of extra rules; one with a built-in id (R1–R5) replaces it.", valueName: "file"))
  var rules: String?

  @Option(
    help: ArgumentHelp(
      "Whose baseline amounts apply where they differ by region (中西部, 东部); default: the lowest.", valueName: "region"))
  var region: String?

  @Option(
    help: ArgumentHelp(
      "Also draw the scorecard: districts × requirements, status by colour and symbol (.png, .svg, .pdf).",
      valueName: "file"))
  var output: String?

  @Option(
    parsing: .upToNextOption,
    help: ArgumentHelp("Exit 1 when any row has one of these statuses: not-met,contradicted.", valueName: "status"))
  var failOn: [DutyStatusList] = []

  func validate() throws {
    if let output, OutputFormat(path: output) == nil {
      throw ValidationError("--output \(output): give a .png, .svg, .text.svg or .pdf file")
    }
  }

  func run() throws {
    let catalog = try data.catalog()
    let ruleList = try rules.map { DutyRule.standard(adding: try Self.readRules($0)) } ?? DutyRule.standard
    let regions = Set(ruleList.flatMap(\.baselines).compactMap(\.region))
    if let region, !regions.contains(region) {
      throw ValidationError(
        "--region \(region): the rules' baselines have the regions \(regions.sorted().joined(separator: ", "))")
    }
    var table = ObservationTable()
    var claims: [DutyClaim] = []
    let finder = DutyClaimFinder(rules: ruleList)
    for path in data.files {
      let url = URL(fileURLWithPath: path)
      guard FileManager.default.fileExists(atPath: path) else { throw CLIError("\(path): no such file") }
      if DataLoader.reportExtensions.contains(url.pathExtension.lowercased()) {
        // The report is read here, not through DataLoader, because its claims need its text.
        let report = try ReportLoader.load(url, formats: [.pdf])
        let extraction = ReportExtractor(catalog: catalog).extract(report)
        let district =
          extraction.district ?? extraction.observations.first?.district ?? "未识别区县（\(url.lastPathComponent)）"
        table.append(contentsOf: ObservationTable(extraction.observations))
        claims += finder.claims(in: report, district: district, reportYear: extraction.reportYear)
      } else {
        table.append(contentsOf: try DataLoader(catalog: catalog, options: data.tableOptions()).load([path]))
      }
    }
    let rows = DutyChecker(rules: ruleList, catalog: catalog, region: region).scorecard(table, claims: claims)
    // The chart first: if it cannot be drawn or written, nothing has been printed either.
    if let output, let format = OutputFormat(path: output) {
      let scene = try ScorecardLayout.scene(Self.chartSpec(rows, files: data.files), measurer: PangoTextMeasurer.shared)
      try AtomicFile.write(
        try ChartRendering.renderer(for: format).render(scene, format: format), to: URL(fileURLWithPath: output))
    }
    switch format {
    // Report sentences and district names are data: shown, never run (escape codes, formulas).
    case .markdown: Terminal.print(ScorecardText.markdown(rows), terminator: "")
    case .csv: Terminal.print(ScorecardText.csv(rows, cell: SpreadsheetSafe.text), terminator: "")
    case .json: Terminal.print(try ScorecardText.json(rows), terminator: "")
    }
    let failing = Set(failOn.flatMap(\.statuses))
    let hits = rows.filter { failing.contains($0.status) }
    if !hits.isEmpty {
      Terminal.warn("compare: \(hits.count) row(s) \(failing.map(\.rawValue).sorted().joined(separator: " or "))")
      throw ExitCode(1)
    }
  }

  /// Colours by status; the symbol says the same for black-and-white print.
  static let colors: [DutyStatus: Color] = [
    .met: Color(0x009E73), .notMet: Color(0xD55E00), .contradicted: Color(0x882255),
    .claimedOnly: Color(0xE69F00), .notReported: Color(0xBBBBBB),
  ]

  /// The scorecard as a chart: one row per district and year, one column per requirement.
  static func chartSpec(_ rows: [ScorecardRow], files: [String]) -> ScorecardChartSpec {
    var keys: [String] = []
    var rules: [DutyRule] = []
    var cells: [String: [String: Int]] = [:]
    let statuses = DutyStatus.allCases
    for r in rows {
      let key = "\(r.district) \(r.year)"
      if !keys.contains(key) { keys.append(key) }
      if !rules.contains(where: { $0.id == r.rule.id }) { rules.append(r.rule) }
      cells[key, default: [:]][r.rule.id] = statuses.firstIndex(of: r.status)
    }
    return ScorecardChartSpec(
      title: "履行教育职责经费法定要求：各区县达标情况", subtitle: "颜色与符号同义；依据各区县报告和表格中的数字及其自述",
      rows: keys, columns: rules.map(\.id),
      columnKey: rules.map { "\($0.id) \($0.requirement)（\(shortSource($0.source))）" },
      statuses: statuses.map { ScorecardChartSpec.Status(name: $0.chinese, symbol: $0.symbol, color: colors[$0]!) },
      cells: keys.map { k in rules.map { cells[k]?[$0.id] } },
      notes: ["“声称达到但数据相反”：报告称已达到，而其自己的数字显示未达到；“仅声称”：报告称已达到，但没有能证明的数字。"],
      source: files.map { ($0 as NSString).lastPathComponent }.joined(separator: "、"),
      size: .pixels(1200, 800))
  }

  /// The document number of a source when it has one (国办发〔2018〕82号), else the
  /// source as written: the chart's key then fits on one line per requirement.
  static func shortSource(_ source: String) -> String {
    guard source.hasSuffix("）"), let open = source.range(of: "（", options: .backwards) else { return source }
    return String(source[open.upperBound..<source.index(before: source.endIndex)])
  }

  static let maximumRulesBytes = 1 << 20

  /// Rules from a JSON file, with the file named in any error.
  static func readRules(_ path: String) throws -> [DutyRule] {
    // A rules file is a few kilobytes; refuse anything that could not be one before reading it.
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
    guard let size else { throw CLIError("\(path): cannot read the rules file") }
    if size > maximumRulesBytes {
      throw CLIError("\(path): \(size) bytes is too large for a rules file (at most \(maximumRulesBytes))")
    }
    let data: Data
    do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
      throw CLIError("\(path): cannot read the rules file")
    }
    do {
      return try JSONDecoder().decode([DutyRule].self, from: data)
    } catch let DecodingError.keyNotFound(key, context) {
      throw CLIError(
        "\(path): rule \(context.codingPath.first.map { "\($0.intValue.map { $0 + 1 } ?? 0)" } ?? "?"): missing field '\(key.stringValue)'"
      )
    } catch let DecodingError.dataCorrupted(context) {
      throw CLIError(
        "\(path): \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)")
    } catch let DecodingError.typeMismatch(_, context) {
      throw CLIError(
        "\(path): \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)")
    } catch {
      throw CLIError("\(path): not a JSON list of rules (\(error))")
    }
  }
}

/// `--fail-on not-met,contradicted`: statuses separated by commas (or given one by one).
struct DutyStatusList: ExpressibleByArgument {
  var statuses: [DutyStatus]

  init?(argument: String) {
    var list: [DutyStatus] = []
    for part in argument.split(separator: ",") {
      guard let s = DutyStatus(rawValue: part.trimmingCharacters(in: .whitespaces)) else { return nil }
      list.append(s)
    }
    guard !list.isEmpty else { return nil }
    statuses = list
  }

  static var allValueStrings: [String] { DutyStatus.allCases.map(\.rawValue) }
}
