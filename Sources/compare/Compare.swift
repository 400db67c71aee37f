import ArgumentParser
import ChartBuilding
import Foundation

/// `compare`: from a report or a table to a chart that compares like with like.
@main
struct Compare: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare districts' education indicators and draw briefing-ready charts.",
    discussion: """
      Reads tidy or wide tables (CSV, JSON) and self-evaluation reports (履行教育职责自查自评报告: \
      .txt, .docx, .html), aligns comparable observations into district × year panels, and draws \
      bar and trend charts as PNG, SVG or PDF.

      Examples:
        compare bar --data per_student.csv --indicator 生均一般公共预算教育经费 --year 2023 --output output/bar.png
        compare trend --data per_student.csv --indicator 生均经费 --districts 渝中区,涪陵区 --output output/trend.svg
        compare extract report.txt --output facts.csv
        compare check --data facts.csv
        compare briefing samples/briefing.yaml
      """,
    version: "0.1.0",
    subcommands: [
      BarCommand.self, TrendCommand.self, TableCommand.self, CheckCommand.self, DutiesCommand.self, ExtractCommand.self,
      IndicatorsCommand.self, BriefingCommand.self,
    ]
  )

  /// As ArgumentParser's own `main`, except that an error's message is made safe for the
  /// terminal first: it often quotes data (a district, a header, a title).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      guard code != .success else { exit(withError: error) }
      // `ExitCode(1)` after the command has said what failed has no message: no blank line.
      let message = fullMessage(for: error)
      if !message.isEmpty { Terminal.warn(message) }
      Foundation.exit(code.rawValue)
    }
  }
}
