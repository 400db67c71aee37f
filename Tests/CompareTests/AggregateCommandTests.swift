import Foundation
import Testing

/// Several rows per district and year (a field trial with plots per site): never
/// the first one silently; `--aggregate` (or `aggregate:` in a briefing) says how.
@Suite("compare with several rows per district and year")
struct AggregateCommandTests {
  let tmp: TemporaryDirectory
  var dir: URL { tmp.url }
  init() throws { tmp = try TemporaryDirectory() }

  func trial() throws -> URL {
    try CLIRunner.write(
      """
      district,year,indicator,value,unit
      甲站,2022,产量,40,kg
      甲站,2022,产量,45,kg
      乙站,2022,产量,30,kg
      """, to: "trial.csv", in: dir)
  }

  @Test func disagreeingRowsFailWithTheirLinesUntilARuleIsGiven() throws {
    let data = try trial().path
    let bare = try CLIRunner.run(["table", "--data", data, "--indicator", "产量", "--format", "csv"])
    #expect(bare.status == 1)
    #expect(bare.stdout.isEmpty)
    #expect(bare.stderr.contains("甲站 2022: 40 (trial.csv:2), 45 (trial.csv:3)"), "\(bare.stderr)")
    #expect(bare.stderr.contains("--aggregate"))
    let chart = try CLIRunner.run([
      "bar", "--data", data, "--indicator", "产量", "--output", dir.appendingPathComponent("b.svg").path,
    ])
    #expect(chart.status == 1 && chart.stderr.contains("trial.csv:3"))
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("b.svg").path))

    let summed = try CLIRunner.run([
      "table", "--data", data, "--indicator", "产量", "--aggregate", "sum", "--format", "csv",
    ])
    #expect(summed.status == 0, "\(summed.stderr)")
    #expect(summed.stdout.contains("甲站,85\n"))
    #expect(summed.stderr.contains("combines several rows (--aggregate sum)"))
    let mean = try CLIRunner.run([
      "table", "--data", data, "--indicator", "产量", "--aggregate", "mean", "--format", "markdown",
    ])
    #expect(mean.stdout.contains("| 甲站 | 42.5 |"))
    #expect(mean.stdout.contains("取其平均值"))
    let wrong = try CLIRunner.run(["table", "--data", data, "--indicator", "产量", "--aggregate", "median"])
    #expect(wrong.status != 0 && wrong.stderr.contains("'sum', 'mean', 'min', 'max' or 'first'"))
  }

  @Test func aBriefingNamesItsRuleWithAggregate() throws {
    _ = try trial()
    let spec = try CLIRunner.write(
      """
      data:
        - {id: trial, file: trial.csv}
      charts:
        - {id: yield, kind: bar, data: [trial], indicator: 产量, year: 2022, aggregate: max}
      """, to: "spec.yaml", in: dir)
    let out = dir.appendingPathComponent("out")
    let r = try CLIRunner.run(["briefing", spec.path, "--output-dir", out.path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    let csv = try String(contentsOf: out.appendingPathComponent("yield.csv"), encoding: .utf8)
    #expect(csv.contains("甲站,2022,45,"))

    let bad = try CLIRunner.write(
      """
      data:
        - {id: trial, file: trial.csv}
      charts:
        - {id: yield, kind: bar, data: [trial], indicator: 产量, aggregate: total}
      """, to: "bad.yaml", in: dir)
    let e = try CLIRunner.run(["briefing", bad.path, "--output-dir", out.path, "--quiet"])
    #expect(e.status != 0 && e.stderr.contains("aggregate must be one of: sum, mean, min, max, first"), "\(e.stderr)")
  }
}
