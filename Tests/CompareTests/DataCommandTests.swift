import Foundation
import Testing

@Suite("compare table / check / extract / indicators, end to end")
struct DataCommandTests {
  let tmp: TemporaryDirectory
  var dir: URL { tmp.url }
  init() throws { tmp = try TemporaryDirectory() }

  @Test func tableLeavesGapsNotZeros() throws {
    let r = try CLIRunner.run([
      "table", "--data", CLIRunner.sampleCSV.path, "--indicator", "生均一般公共预算教育经费", "--format", "csv",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n").map(String.init)
    let wuxi = try #require(lines.first { $0.hasPrefix("巫溪县") })
    let cells = wuxi.split(separator: ",", omittingEmptySubsequences: false)
    // 2015, 2016, then 2017 missing: an empty cell, not 0.
    #expect(cells.count == 11)
    #expect(cells[3].isEmpty)
    #expect(!cells.contains("0"))
  }

  @Test func priorViewBackDerivesFromReportedGrowth() throws {
    // 丰都县: 14.13亿元 in 2022, growth 4.49 % → 2021 = 14.13 / 1.0449 = 13.5228亿元.
    let r = try CLIRunner.run([
      "table", "--data", CLIRunner.seedFacts.path, "--indicator", "一般公共预算教育支出", "--view", "prior", "--format", "csv",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let row = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("丰都县") })
    let cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let header = try #require(r.stdout.split(separator: "\n").first).split(separator: ",").map(String.init)
    let k = try #require(header.firstIndex(of: "2021"))
    let shown = try #require(Double(cells[k]))
    let unit = header[0]
    let yuan = unit.contains("亿元") ? shown * 1e8 : unit.contains("万元") ? shown * 1e4 : shown
    #expect(abs(yuan - 1_413_000_000 / 1.0449) < 1e4)
    #expect(r.stderr.contains("computed by this tool"))
  }

  @Test func cagrMatchesTheTable() throws {
    let r = try CLIRunner.run([
      "table", "--data", CLIRunner.sampleCSV.path, "--indicator", "生均一般公共预算教育经费", "--cagr", "2015-2024", "--format",
      "csv",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let csv = try String(contentsOf: CLIRunner.sampleCSV, encoding: .utf8)
    func value(_ d: String, _ y: Int) throws -> Double {
      let line = try #require(csv.split(separator: "\n").first { $0.hasPrefix("\(d),\(y),") })
      return try #require(Double(line.split(separator: ",")[3]))
    }
    let expected = (pow(try value("万州区", 2024) / value("万州区", 2015), 1.0 / 9) - 1) * 100
    let row = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("万州区,") })
    let got = try #require(Double(row.split(separator: ",")[1]))
    #expect(abs(got - expected) < 0.006)
    // 巫溪县 lacks 2017 but has both ends: a rate; a district lacking an end year would get an empty cell.
    #expect(r.stdout.contains("巫溪县,"))
    // --format is honoured as for the panel itself (markdown is the default).
    let md = try CLIRunner.run([
      "table", "--data", CLIRunner.sampleCSV.path, "--indicator", "生均一般公共预算教育经费", "--cagr", "2015-2024",
    ])
    #expect(md.stdout.contains("| 区县 | 年均增长率 |") && md.stdout.contains("| 万州区 | \(String(format: "%.2f", got)) |"))
  }

  @Test func checkSurfacesTheTeacherPayArithmetic() throws {
    let r = try CLIRunner.run(["check", "--data", CLIRunner.seedFacts.path])
    #expect(r.status == 1)
    // One summary line on stderr, and no empty line after it from the exit.
    #expect(r.stderr.hasPrefix("compare: 1 finding(s)") && !r.stderr.contains("\n\n"), "\(r.stderr)")
    #expect(r.stdout.contains("5299"))
    #expect(r.stdout.contains("17663"))
  }

  @Test func extractThenCheckOnTheSeeds() throws {
    let out = dir.appendingPathComponent("facts.csv")
    let seeds = try CLIRunner.seedReports()
    #expect(seeds.count == 5)
    let r = try CLIRunner.run(["extract"] + seeds + ["--output", out.path])
    #expect(r.status == 0, "\(r.stderr)")
    let csv = try String(contentsOf: out, encoding: .utf8)
    #expect(csv.hasPrefix("district,year,indicator,level,measure,value,unit,approx,masked,source_file,source_text"))
    #expect(csv.contains("1413000000"))
    let check = try CLIRunner.run(["check", "--data", out.path])
    #expect(check.status == 1)
    #expect(check.stdout.contains("5299"))
  }

  @Test func checkReadsReportsDirectlyWithTheirLines() throws {
    let seeds = try CLIRunner.seedReports()
    // --data takes several files at once, as a shell glob gives them.
    let r = try CLIRunner.run(["check", "--data"] + seeds)
    #expect(r.status == 1)
    #expect(r.stdout.hasPrefix("differenceMismatch"))  // arithmetic first
    #expect(r.stdout.contains("004_7811de6225d2c56f.txt:23 “2021年，义务教育教师平均工资收入139357元"))
  }

  @Test func extractRejectsAnEmptyFileAndWritesNothing() throws {
    let empty = try CLIRunner.write("", to: "empty.txt", in: dir)
    let out = dir.appendingPathComponent("o.csv")
    let r = try CLIRunner.run(["extract", empty.path, "--output", out.path])
    #expect(r.status != 0)
    #expect(r.stderr.contains("empty.txt"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func extractReadsAnHTMLReportThroughLibxml2() throws {
    let page = try CLIRunner.write(
      """
      <html><head><title>丰都县2022年度履行教育职责自评报告</title><script>document.write("<p>9.99亿元</p>")</script></head>
      <body><!-- 旧稿 > 作废 --><p>丰都县2022年一般公共预算教育支出&nbsp;14.13亿元，增长4.49%。</p></body></html>
      """, to: "r.html", in: dir)
    let r = try CLIRunner.run(["extract", page.path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains(",1413000000,") && !r.stdout.contains("999000000") && !r.stdout.contains("作废"))
  }

  @Test func indicatorsListsTheCatalog() throws {
    let r = try CLIRunner.run(["indicators", "--format", "csv"])
    #expect(r.status == 0)
    // Nothing on stderr: not even the loader's warnings about how the executable was linked.
    #expect(r.stderr.isEmpty, "\(r.stderr)")
    #expect(r.stdout.contains("公办园占比"))
    #expect(r.stdout.contains("公办在园幼儿占比"))
    #expect(r.stdout.contains("生均一般公共预算教育经费"))
  }
}
