import Foundation
import Testing

/// Charts of data the tool was not made for, end to end (issue 17): what the chart
/// says (its text SVG) and what the terminal says.
@Suite("compare bar / trend / briefing on other data, end to end")
struct Issue17ChartCommandTests {
  let tmp: TemporaryDirectory
  var dir: URL { tmp.url }
  init() throws { tmp = try TemporaryDirectory() }

  func chart(_ arguments: [String], _ name: String = "c.text.svg") throws -> (text: String, stderr: String) {
    let out = dir.appendingPathComponent(name)
    let r = try CLIRunner.run(arguments + ["--output", out.path])
    #expect(r.status == 0, "\(r.stderr)")
    return (try String(contentsOf: out, encoding: .utf8), r.stderr)
  }

  @Test func aFiveYearlyTrendIsDrawnAsLines() throws {
    var csv = "district,year,indicator,value,unit\n"
    for (k, c) in ["甲国", "乙国"].enumerated() {
      for y in stride(from: 1952, through: 2007, by: 5) { csv += "\(c),\(y),预期寿命,\(50 + k * 4 + (y - 1952) / 5),岁\n" }
    }
    let data = try CLIRunner.write(csv, to: "life.csv", in: dir)
    let (svg, _) = try chart(["trend", "--data", data.path, "--indicator", "预期寿命"])
    // One line per country (today: 12 dots each and no line), ticks at the data's years.
    #expect(svg.components(separatedBy: "<polyline").count - 1 == 2)
    #expect(svg.contains(">1957<") && !svg.contains(">1953<"))
  }

  @Test func aTopFifteenMeanIsOfAllThirtyEightDistricts() throws {
    let (svg, _) = try chart([
      "bar", "--data", CLIRunner.sampleCSV.path, "--indicator", "生均一般公共预算教育经费", "--year", "2023", "--top", "15",
      "--reference", "mean",
    ])
    #expect(svg.contains("全部38个区县平均 20,314元"))
    #expect(!svg.contains("22,686"))
    #expect(svg.contains("平均线为全部38个区县数值的简单平均"))
  }

  @Test func aNamedYearNotesWhoItLeavesOutAndDoesNotAskForAYear() throws {
    let data = try CLIRunner.write(
      """
      district,year,indicator,value,unit
      渝中区,2021,生均一般公共预算教育经费,20000,元
      渝中区,2022,生均一般公共预算教育经费,21000,元
      江北区,2022,生均一般公共预算教育经费,18000,元
      城口县,2021,生均一般公共预算教育经费,15000,元
      """, to: "y.csv", in: dir)
    let (svg, stderr) = try chart([
      "bar", "--data", data.path, "--indicator", "生均一般公共预算教育经费", "--year", "2022",
    ])
    #expect(svg.contains("未列出无2022年数据的区县：城口县（有数据的年份：2021年）"))
    #expect(stderr.contains("not shown, having no figure for 2022: 城口县"))
    #expect(!stderr.contains("must name its year"))
  }

  static let countries = """
    district,year,indicator,value,unit
    日本,2020,人均GDP,40000,美元
    巴西,2020,人均GDP,7000,美元
    印度,2020,人均GDP,1900,美元
    """

  @Test func countriesAreNotDistrictsAndTheCatalogNoteGoesToTheTerminal() throws {
    let data = try CLIRunner.write(Self.countries, to: "gdp.csv", in: dir)
    let plain = try chart(["bar", "--data", data.path, "--indicator", "人均GDP", "--top", "2"])
    #expect(plain.text.contains("2020年各地区人均GDP"))
    #expect(plain.text.contains("最高的2个地区（共3个）"))
    #expect(!plain.text.contains("区县"))
    #expect(!plain.text.contains("不在指标目录中"))
    #expect(plain.stderr.components(separatedBy: "not in the indicator catalog").count - 1 == 1)
    let named = try chart(
      ["bar", "--data", data.path, "--indicator", "人均GDP", "--entity", "国家", "--uncatalogued-note"], "n.text.svg")
    #expect(named.text.contains("2020年各国家人均GDP"))
    #expect(named.text.contains("“人均GDP”不在指标目录中"))
  }

  @Test func aBriefingSaysAnUncataloguedIndicatorOnce() throws {
    _ = try CLIRunner.write(Self.countries, to: "gdp.csv", in: dir)
    let spec = try CLIRunner.write(
      """
      data:
        - {id: gdp, file: gdp.csv}
      style: {entity: 国家}
      charts:
        - {id: a, kind: bar, data: [gdp], indicator: 人均GDP, formats: [text.svg]}
        - {id: b, kind: bar, data: [gdp], indicator: 人均GDP, top: 2, formats: [text.svg]}
      """, to: "spec.yaml", in: dir)
    let out = dir.appendingPathComponent("out")
    let r = try CLIRunner.run(["briefing", spec.path, "--output-dir", out.path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.components(separatedBy: "not in the indicator catalog").count - 1 == 1)
    let b = try String(contentsOf: out.appendingPathComponent("b.text.svg"), encoding: .utf8)
    #expect(b.contains("各国家人均GDP") && b.contains("最高的2个国家（共3个）"))
    #expect(!b.contains("不在指标目录中"))
  }
}
