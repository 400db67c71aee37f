import Foundation
import Testing

/// `compare duties` as a user runs it: on the seed reports, on a table, mixed,
/// with --fail-on and with a bad rules file.
@Suite struct DutiesCommandTests {
  static let dazu = CLIRunner.seeds.appendingPathComponent("004_7811de6225d2c56f.txt").path
  let tmp: TemporaryDirectory
  init() throws { tmp = try TemporaryDirectory() }

  func temporary(_ name: String, _ text: String) throws -> URL {
    let url = tmp.url.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  @Test func seedReportGivesTheContradictionWithItsSentences() throws {
    let r = try CLIRunner.run(["duties", "--data", Self.dazu])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("| 大足区 | 2021 | R2 "))
    #expect(r.stdout.contains("! 声称达到但数据相反"))
    #expect(r.stdout.contains("- contradicted: 大足区 2021 R2"))
    #expect(r.stdout.contains("004_7811de6225d2c56f.txt:19 “生均一般公共预算教育经费只增不减。”"))
  }

  @Test func csvAndJSONCarryTheStatusAndTheSources() throws {
    let csv = try CLIRunner.run(["duties", "--data", Self.dazu, "--format", "csv"])
    #expect(csv.status == 0)
    let lines = csv.stdout.split(separator: "\n")
    #expect(lines.first == "district,year,rule,requirement,status,figures,notes,sources,claims,legal_source")
    #expect(lines.contains { $0.hasPrefix("大足区,2021,R2,") && $0.contains(",contradicted,") })
    let json = try CLIRunner.run(["duties", "--data", Self.dazu, "--format", "json"])
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    let r3 = try #require(rows.first { $0["rule"] as? String == "R3" })
    #expect(r3["status"] as? String == "met")
    #expect((r3["notes"] as? [String])?.first?.contains("17663") == true)
  }

  @Test func failOnExitsOneOnlyWhenAskedAndAStatusIsPresent() throws {
    #expect(try CLIRunner.run(["duties", "--data", Self.dazu, "--fail-on", "not-met"]).status == 0)
    let r = try CLIRunner.run(["duties", "--data", Self.dazu, "--fail-on", "not-met,contradicted"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("1 row(s)"))
    let bad = try CLIRunner.run(["duties", "--data", Self.dazu, "--fail-on", "broken"])
    #expect(bad.status == 64)
  }

  @Test func aTableAndAReportMix() throws {
    let table = try temporary(
      "t.csv",
      """
      district,year,indicator,level,measure,value,unit
      乙县,2022,一般公共预算教育支出,,growth_pct,-1.2,%
      """)
    let r = try CLIRunner.run(["duties", "--data", table.path, Self.dazu])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("| 乙县 | 2022 | R1 一般公共预算教育支出逐年只增不减 | ✗ 未达到 |"))
    #expect(r.stdout.contains("| 大足区 | 2021 |"))
  }

  @Test func aBrokenRulesFileIsNamedWithTheField() throws {
    let rules = try temporary(
      "rules.json", #"[{"id": "P1", "source": "x", "test": "not_falling", "indicator": "教育费附加"}]"#)
    let r = try CLIRunner.run(["duties", "--data", Self.dazu, "--rules", rules.path])
    #expect(r.status != 0 && r.status < 128)
    #expect(r.stderr.contains("rules.json"))
    #expect(r.stderr.contains("requirement"))
    #expect(r.stdout.isEmpty)
  }

  @Test func helpNamesEachRequirementsSource() throws {
    let r = try CLIRunner.run(["duties", "--help"])
    #expect(r.stdout.contains("国办发〔2018〕82号"))
    #expect(r.stdout.contains("国发〔2015〕67号"))
    #expect(r.stdout.contains("教育法》第五十五条"))
    #expect(r.stdout.contains("contradicted"))
  }

  @Test func outputDrawsTheScorecardAndABadExtensionIsRefused() throws {
    let dir = tmp.url
    for name in ["card.png", "card.svg", "card.pdf"] {
      let out = dir.appendingPathComponent(name)
      let r = try CLIRunner.run(["duties", "--data", Self.dazu, "--output", out.path])
      #expect(r.status == 0, "\(r.stderr)")
      let bytes = try Data(contentsOf: out)
      #expect(bytes.count > 1000)
    }
    let png = try Data(contentsOf: dir.appendingPathComponent("card.png"))
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    let bad = try CLIRunner.run([
      "duties", "--data", Self.dazu, "--output", dir.appendingPathComponent("card.gif").path,
    ])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains(".png"))
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("card.gif").path))
  }

  @Test func anUnknownRegionAndAnOversizedRulesFileAreRefused() throws {
    let region = try CLIRunner.run(["duties", "--data", Self.dazu, "--region", "西部"])
    #expect(region.status == 64)
    #expect(region.stderr.contains("东部"))
    let big = try temporary("big.json", "[" + String(repeating: " ", count: 2 << 20) + "]")
    let r = try CLIRunner.run(["duties", "--data", Self.dazu, "--rules", big.path])
    #expect(r.status != 0 && r.status < 128)
    #expect(r.stderr.contains("too large"))
  }

  @Test func csvCellsAreNotRunAsFormulasAndEscapeCodesAreNotPrinted() throws {
    let table = try temporary(
      "t.csv",
      "district,year,indicator,level,measure,value,unit\n\"=HYPERLINK(1)\u{1B}[31m\",2022,一般公共预算教育支出,,growth_pct,2,%\n")
    let r = try CLIRunner.run(["duties", "--data", table.path, "--format", "csv"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("\n'=HYPERLINK(1)"))
    #expect(!r.stdout.contains("\u{1B}"))
  }
}
