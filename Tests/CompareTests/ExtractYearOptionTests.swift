import Foundation
import Testing

/// `compare extract --year`: the data year of a report that states none.
@Suite("compare extract --year")
struct ExtractYearOptionTests {
  let undated = "关于提高义务教育生均公用经费标准的通知\n小学生均公用经费基准定额为每生每年650元，初中为每生每年850元。\n"

  /// Without --year the figures are kept with an empty year, and the terminal says so; with
  /// --catalog-only they are left out, as before.
  @Test func anUndatedReportsFiguresHaveAnEmptyYearWithoutIt() throws {
    let temporary = try TemporaryDirectory()
    let report = temporary.url.appendingPathComponent("notice.txt")
    try Data(undated.utf8).write(to: report)
    let out = temporary.url.appendingPathComponent("facts.csv")
    let r = try CLIRunner.run(["extract", report.path, "--output", out.path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("states no year for 2") && r.stderr.contains("--year"))
    let rows = try String(contentsOf: out, encoding: .utf8).split(separator: "\n").dropFirst()
    #expect(rows.count == 2 && rows.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false)[1] == "" })
    #expect(rows.contains { $0.contains(",650,") } && rows.contains { $0.contains(",850,") })

    let narrow = temporary.url.appendingPathComponent("narrow.csv")
    let n = try CLIRunner.run(["extract", report.path, "--output", narrow.path, "--catalog-only", "--explain"])
    #expect(n.stderr.contains("no year"))
    #expect(!((try? String(contentsOf: narrow, encoding: .utf8)) ?? "").contains("650"))
  }

  /// An empty year reads back as "no year stated" (CSV and JSON), and a chart leaves such
  /// figures out and says how many.
  @Test func undatedFiguresReadBackAndStayOutOfCharts() throws {
    let temporary = try TemporaryDirectory()
    let report = temporary.url.appendingPathComponent("notice.txt")
    try Data(undated.utf8).write(to: report)
    for format in ["csv", "json"] {
      let out = temporary.url.appendingPathComponent("facts.\(format)")
      let r = try CLIRunner.run(["extract", report.path, "--output", out.path])
      #expect(r.status == 0, "\(r.stderr)")
      if format == "json" {
        #expect(try String(contentsOf: out, encoding: .utf8).contains("\"year\" : null"))
      }
      let table = try CLIRunner.run([
        "table", "--data", out.path, "--indicator", "生均公用经费标准", "--level", "小学", "--measure", "standard",
        "--format", "csv",
      ])
      #expect(table.status != 0, "\(format): \(table.stdout)")
      #expect(table.stderr.contains("states no year") && table.stderr.contains("--year"), "\(format): \(table.stderr)")
      #expect(table.stdout.isEmpty)
    }
  }

  @Test func theGivenYearDatesThemAndTheTerminalSaysSo() throws {
    let temporary = try TemporaryDirectory()
    let report = temporary.url.appendingPathComponent("notice.txt")
    try Data(undated.utf8).write(to: report)
    let out = temporary.url.appendingPathComponent("facts.csv")
    let r = try CLIRunner.run(["extract", report.path, "--output", out.path, "--year", "2019"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("2019") && r.stderr.contains("--year"))
    let rows = try String(contentsOf: out, encoding: .utf8).split(separator: "\n").dropFirst()
    #expect(rows.count == 2 && rows.allSatisfy { $0.split(separator: ",")[1] == "2019" })
  }

  @Test func aReportThatStatesItsYearKeepsIt() throws {
    let temporary = try TemporaryDirectory()
    let report = temporary.url.appendingPathComponent("r.txt")
    try Data("栾川县人民政府\n关于2022年履行教育职责情况的自评报告\n2022年全县一般公共预算教育支出6.5亿元。\n".utf8).write(to: report)
    let out = temporary.url.appendingPathComponent("facts.csv")
    _ = try CLIRunner.run(["extract", report.path, "--output", out.path, "--year", "2019"])
    let csv = try String(contentsOf: out, encoding: .utf8)
    #expect(csv.contains(",2022,") && !csv.contains(",2019,"))
  }

  @Test func anAbsurdYearIsRefused() throws {
    let r = try CLIRunner.run(["extract", "x.txt", "--year", "99999"])
    #expect(r.status == 64 && r.stderr.contains("1990 to 2099"))
  }
}
