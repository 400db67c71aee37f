import Foundation
import Testing

@Suite("compare briefing, end to end")
struct BriefingCommandTests {
  let tmp: TemporaryDirectory
  var dir: URL { tmp.url }
  init() throws { tmp = try TemporaryDirectory() }

  @Test func sampleBriefingRendersEveryChartAndIndexesIt() throws {
    let spec = CLIRunner.packageRoot.appendingPathComponent("samples/briefing.yaml")
    let r = try CLIRunner.run(["briefing", spec.path, "--output-dir", dir.path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    let specText = try String(contentsOf: spec, encoding: .utf8)
    let ids = specText.split(separator: "\n").compactMap { line -> String? in
      let t = line.trimmingCharacters(in: .whitespaces)
      return t.hasPrefix("- id: ") && !t.contains("file") ? String(t.dropFirst(6)) : nil
    }.filter { $0 != "cq" && $0 != "seeds" }
    #expect(ids.count >= 5)
    let index = try String(contentsOf: dir.appendingPathComponent("index.md"), encoding: .utf8)
    let html = try String(contentsOf: dir.appendingPathComponent("index.html"), encoding: .utf8)
    for id in ids {
      #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("\(id).png").path), "\(id).png")
      #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("\(id).csv").path), "\(id).csv")
      #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("\(id).provenance.csv").path))
      #expect(index.contains("\(id).png"), "index lists \(id)")
      #expect(html.contains("id=\"\(id)\""))
    }
    #expect(html.contains("data:image/png;base64,"))
    #expect(html.contains("alt=\""))
  }

  @Test func altTextStatesOnlyWhatTheChartSupports() throws {
    try FileManager.default.copyItem(at: CLIRunner.sampleCSV, to: dir.appendingPathComponent("data.csv"))
    try FileManager.default.copyItem(at: CLIRunner.seedFacts, to: dir.appendingPathComponent("seeds.csv"))
    let spec = try CLIRunner.write(
      """
      data:
        - {id: cq, file: data.csv}
        - {id: seeds, file: seeds.csv}
      charts:
        - {id: growth, kind: bar, data: [cq], indicator: 生均一般公共预算教育经费, view: growth, year: 2023}
        - {id: levels, kind: bar, by: levels, data: [seeds], indicator: 生均一般公共预算教育经费, measure: growth_pct,
           districts: [沙坪坝区, 大足区, "*县"], sort: given}
      """, to: "spec.yaml", in: dir)
    let out = dir.appendingPathComponent("out")
    let r = try CLIRunner.run(["briefing", spec.path, "--output-dir", out.path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    let index = try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8)
    let alts = index.split(separator: "\n").filter { $0.hasPrefix("![") }.map(String.init)
    #expect(alts.count == 2)
    #expect(!index.contains("%%"))
    // Growth rates differ by percentage points; a ratio of two rates means nothing.
    let growth = try #require(alts.first { $0.contains("growth.png") })
    #expect(growth.contains("个百分点") && !growth.contains("倍"))
    // Levels are the categories; districts at different years are not a change over time.
    let levels = try #require(alts.first { $0.contains("levels.png") })
    #expect(levels.contains("5个学段") && levels.contains("3个区县"))
    #expect(levels.contains("大足区（2021年）最高为普通高中（5.36%），最低为初中（-2.52%），相差7.88个百分点"))
    #expect(levels.contains("年份不同") && !levels.contains("上升"))
  }

  func runSpec(_ yaml: String) throws -> (CLIRunner.Output, URL) {
    try FileManager.default.copyItem(at: CLIRunner.sampleCSV, to: dir.appendingPathComponent("data.csv"))
    let spec = try CLIRunner.write(yaml, to: "spec.yaml", in: dir)
    let out = dir.appendingPathComponent("out")
    return (try CLIRunner.run(["briefing", spec.path, "--output-dir", out.path, "--quiet"]), out)
  }

  @Test func unknownIndicatorNamesTheSpecLineAndTheOtherChartsStillRender() throws {
    let (r, out) = try runSpec(
      """
      title: t
      data:
        - file: data.csv
      charts:
        - id: good
          kind: bar
          indicator: 生均一般公共预算教育经费
          year: 2023
        - id: bad
          kind: bar
          indicator: 不存在的指标
      """)
    #expect(r.status != 0)
    #expect(r.stderr.contains("spec.yaml:9"))
    #expect(r.stderr.contains("不存在的指标"))
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("good.png").path))
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("bad.png").path))
  }

  @Test func missingDataFileNamesTheSpecLine() throws {
    let (r, _) = try runSpec(
      """
      title: t
      data:
        - file: data.csv
        - file: nowhere.csv
      charts:
        - kind: bar
          indicator: 生均一般公共预算教育经费
      """)
    #expect(r.status != 0)
    #expect(r.stderr.contains("spec.yaml:4"))
    #expect(r.stderr.contains("nowhere.csv"))
  }

  @Test func aJSONSpecWithAWideTableWorksToo() throws {
    _ = try CLIRunner.write(
      """
      country,continent,year,lifeExp,pop
      Afghanistan,Asia,2002,42.129,25268405
      Afghanistan,Asia,2007,43.828,31889923
      Albania,Europe,2002,75.651,3508512
      Albania,Europe,2007,76.423,3600523
      Algeria,Africa,2007,72.301,33333216
      """, to: "wide.csv", in: dir)
    let spec = try CLIRunner.write(
      """
      {"title": "t", "data": [{"id": "g", "file": "wide.csv", "wide": true, "district_column": "country"}],
       "charts": [{"id": "life", "kind": "bar", "indicator": "lifeExp", "year": 2007, "formats": ["text.svg"]}]}
      """, to: "spec.json", in: dir)
    let out = dir.appendingPathComponent("out")
    let r = try CLIRunner.run(["briefing", spec.path, "--output-dir", out.path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    let svg = try String(contentsOf: out.appendingPathComponent("life.text.svg"), encoding: .utf8)
    #expect(svg.contains("Algeria") && svg.contains("72.30"))  // labels keep at most two decimals
    let data = try String(contentsOf: out.appendingPathComponent("life.csv"), encoding: .utf8)
    #expect(data.contains("Albania,2007,76.423"))
  }

  @Test func badYAMLNamesTheLine() throws {
    let (r, _) = try runSpec("title: t\ndata:\n  - file: data.csv\ncharts: [\n  - kind: bar\n")
    #expect(r.status != 0)
    #expect(r.stderr.contains("spec.yaml:"))
  }

  @Test func hostileChartIdsStayInsideTheOutputDirectory() throws {
    let (r, out) = try runSpec(
      """
      title: t
      data:
        - file: data.csv
      charts:
        - id: ../../escape
          kind: bar
          indicator: 生均一般公共预算教育经费
          year: 2023
      """)
    #expect(r.status == 0, "\(r.stderr)")
    let parent = out.deletingLastPathComponent().deletingLastPathComponent()
    #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("escape.png").path))
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
    #expect(files.contains { $0.hasSuffix("escape.png") })
  }
}
