import Foundation
import Testing

/// A briefing with a `duties:` section: the scorecard chart, its Markdown and CSV,
/// and its section in the index, beside ordinary charts.
@Suite struct DutiesBriefingTests {
  let tmp: TemporaryDirectory
  var dir: URL { tmp.url }
  init() throws { tmp = try TemporaryDirectory() }

  func copySeeds() throws {
    for seed in ["001_9dd3514ff93b17c8", "004_7811de6225d2c56f"] {
      try FileManager.default.copyItem(
        at: CLIRunner.seeds.appendingPathComponent("\(seed).txt"), to: dir.appendingPathComponent("\(seed).txt"))
    }
  }

  @Test func theScorecardIsASectionOfTheBriefing() throws {
    try copySeeds()
    let spec = try CLIRunner.write(
      """
      title: 简报
      data:
        - {id: spb, report: 001_9dd3514ff93b17c8.txt}
        - {id: dz, report: 004_7811de6225d2c56f.txt}
      duties: {formats: [png, svg]}
      charts:
        - {id: growth, kind: bar, indicator: 生均一般公共预算教育经费, measure: growth_pct, by: levels, data: [dz]}
      """, to: "b.yaml", in: dir)
    let out = dir.appendingPathComponent("out")
    let r = try CLIRunner.run(["briefing", spec.path, "--output-dir", out.path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    for file in ["duties.png", "duties.svg", "duties.md", "duties.csv", "growth.png"] {
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
    }
    let md = try String(contentsOf: out.appendingPathComponent("duties.md"), encoding: .utf8)
    #expect(md.contains("- contradicted: 大足区 2021 R2"))
    let index = try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8)
    #expect(index.contains("## 履行教育职责经费法定要求"))
    #expect(index.contains("![各区县各项法定经费要求的达标情况](duties.png)"))
    #expect(index.contains("| 大足区 | 2021 | R2 按在校学生人数平均的一般公共预算教育支出逐年只增不减（分学段） | ! 声称达到但数据相反 |"))
    let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(html.contains("<section id=\"duties\">"))
  }

  @Test func aScorecardAloneIsABriefing() throws {
    try copySeeds()
    let spec = try CLIRunner.write(
      "data:\n  - {id: dz, report: 004_7811de6225d2c56f.txt}\nduties: {}\n", to: "b.yaml", in: dir)
    let out = dir.appendingPathComponent("out")
    let r = try CLIRunner.run(["briefing", spec.path, "--output-dir", out.path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("duties.png").path))
  }

  @Test func mistakesInTheSectionAreNamedWithTheirLine() throws {
    try copySeeds()
    let unknown = try CLIRunner.write(
      "data:\n  - {id: dz, report: 004_7811de6225d2c56f.txt}\nduties: {data: [nope]}\n", to: "a.yaml", in: dir)
    let a = try CLIRunner.run([
      "briefing", unknown.path, "--output-dir", dir.appendingPathComponent("a").path, "--quiet",
    ])
    #expect(a.status != 0 && a.status < 128)
    #expect(a.stderr.contains("a.yaml:3"))
    #expect(a.stderr.contains("nope"))
    let clash = try CLIRunner.write(
      """
      data:
        - {id: dz, report: 004_7811de6225d2c56f.txt}
      duties: {}
      charts:
        - {id: duties, kind: bar, indicator: 生均一般公共预算教育经费, measure: growth_pct, by: levels}
      """, to: "c.yaml", in: dir)
    let c = try CLIRunner.run(["briefing", clash.path, "--output-dir", dir.appendingPathComponent("c").path, "--quiet"])
    #expect(c.status != 0 && c.status < 128)
    #expect(c.stderr.contains("duties scorecard"))
  }
}
