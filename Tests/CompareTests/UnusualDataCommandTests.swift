import Foundation
import Testing

/// Data the tool was not made for (countries, field trials, huge or unitless
/// figures, names with commas): what `table`, `bar` and `trend` print must still be
/// true and well formed.
@Suite("compare on data it was not made for")
struct UnusualDataCommandTests {
  let tmp: TemporaryDirectory
  var dir: URL { tmp.url }
  init() throws { tmp = try TemporaryDirectory() }

  func run(_ arguments: [String]) throws -> CLIRunner.Output { try CLIRunner.run(arguments) }

  @Test func figuresWithoutAUnitGetNoUnitInTheHeader() throws {
    let data = try CLIRunner.write(
      "district,year,indicator,value\nA,2022,生师比,16.5\nA,2023,生师比,16.1\n", to: "r.csv", in: dir)
    let csv = try run(["table", "--data", data.path, "--indicator", "生师比", "--format", "csv"])
    #expect(csv.status == 0, "\(csv.stderr)")
    #expect(csv.stdout.hasPrefix("district,2022,2023\n"))
    let md = try run(["table", "--data", data.path, "--indicator", "生师比"])
    #expect(!md.stdout.contains("无单位") && !md.stdout.contains("单位："))
    #expect(md.stdout.hasPrefix("生师比\n"))
  }

  @Test func growthOfOneYearReadsThePriorYearOrSaysThereIsNone() throws {
    let data = try CLIRunner.write(
      "district,year,indicator,value,unit\nA,2022,X,10000,元\nA,2023,X,11000,元\nB,2023,X,5,元\n", to: "g.csv", in: dir)
    let ok = try run([
      "table", "--data", data.path, "--indicator", "X", "--view", "growth", "--years", "2023-2023", "--format", "csv",
    ])
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(ok.stdout.hasPrefix("district (%),2023\n"))
    #expect(ok.stdout.contains("A,10\n") && ok.stdout.contains("B,\n"))
    let none = try run(["table", "--data", data.path, "--indicator", "X", "--view", "growth", "--years", "2022-2022"])
    #expect(none.status == 1)
    #expect(none.stdout.isEmpty)
    #expect(none.stderr.contains("no prior year") && none.stderr.contains("years 2022–2023"), "\(none.stderr)")
  }

  @Test func aDistrictWhoseNameHasACommaIsNamedWithDistrict() throws {
    let data = try CLIRunner.write(
      "district,year,indicator,value,unit\n\"Korea, Rep.\",2020,X,3,元\nChina,2020,X,4,元\nIndia,2020,X,5,元\n",
      to: "c.csv", in: dir)
    let out = dir.appendingPathComponent("c.text.svg")
    let r = try run([
      "bar", "--data", data.path, "--indicator", "X", "--district", "Korea, Rep.", "--district", "China",
      "--output", out.path,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let svg = try String(contentsOf: out, encoding: .utf8)
    #expect(svg.contains(">Korea, Rep.<") && svg.contains(">China<") && !svg.contains(">India<"))
    // The comma-separated list cannot say it: the name is split and not found.
    let split = try run([
      "bar", "--data", data.path, "--indicator", "X", "--districts", "Korea, Rep.", "--output", out.path,
    ])
    #expect(split.status == 1 && split.stderr.contains("Korea"))
  }

  @Test func hugeFiguresAreWrittenNotDroppedOrMangled() throws {
    let data = try CLIRunner.write(
      "district,year,indicator,value\nA,2022,X,1e308\nB,2022,X,5\nC,2022,X,7\n", to: "h.csv", in: dir)
    let csv = try run(["table", "--data", data.path, "--indicator", "X", "--format", "csv"])
    #expect(csv.stdout.contains("A,1E+308\n"), "\(csv.stdout)")
    let out = dir.appendingPathComponent("h.text.svg")
    let bar = try run(["bar", "--data", data.path, "--indicator", "X", "--output", out.path])
    #expect(bar.status == 0, "\(bar.stderr)")
    let svg = try String(contentsOf: out, encoding: .utf8)
    #expect(svg.contains(">1E+308<") && !svg.contains("e+,"))
  }

  @Test func hugeFiguresStayShortInABriefingsDataTableAndAltText() throws {
    _ = try CLIRunner.write(
      "district,year,indicator,value\nA,2022,X,1e308\nB,2022,X,5\nC,2022,X,7\n", to: "h.csv", in: dir)
    let spec = try CLIRunner.write(
      "data:\n  - {id: h, file: h.csv}\ncharts:\n  - {id: h, kind: bar, data: [h], indicator: X, year: 2022}\n",
      to: "spec.yaml", in: dir)
    let out = dir.appendingPathComponent("out")
    let r = try run(["briefing", spec.path, "--output-dir", out.path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    let csv = try String(contentsOf: out.appendingPathComponent("h.csv"), encoding: .utf8)
    #expect(csv.contains(",A,2022,1e+308,"), "\(csv)")
    let index = try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8)
    #expect(index.contains("最高是最低的2E+307倍"), "\(index)")
  }

  @Test func derivedCellsCarryTheirFormulaInJSON() throws {
    let data = try CLIRunner.write(
      "district,year,indicator,value,unit\nA,2022,X,10000,元\nA,2023,X,11000,元\nA,2024,X,,元\n", to: "d.csv", in: dir)
    let r = try run(["table", "--data", data.path, "--indicator", "X", "--view", "growth", "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let district = try #require((object["districts"] as? [[String: Any]])?.first)
    let formulas = try #require(district["formulas"] as? [Any])
    #expect(formulas.first as? String == "growth A 2023 = (11000 / 10000 − 1) × 100 = 10 %")
    #expect(formulas.count == 2 && formulas[1] is NSNull)  // 2024 is a gap: no formula
    // Reported values have none.
    let plain = try run(["table", "--data", data.path, "--indicator", "X", "--format", "json"])
    #expect(!plain.stdout.contains("formulas"))
  }

  @Test func aUnitInTheHeadersBracketsIsReadEvenWhenTheCatalogLacksIt() throws {
    let data = try CLIRunner.write(
      "国家,年份,预期寿命（岁）,人均GDP（美元）\n中国,2015,76.1,8000\n中国,2020,77.1,10500\n", to: "w.csv", in: dir)
    let r = try run([
      "table", "--data", data.path, "--district-column", "国家", "--year-column", "年份", "--indicator", "预期寿命",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("预期寿命（单位：岁）"))
    #expect(r.stdout.contains("| 中国 | 76.1 | 77.1 |"))
  }
}
