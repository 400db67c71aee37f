import Foundation
import Testing
@testable import Metrics

@Suite struct WideTableReaderTests {
  @Test func gapminderColumnsBecomeIndicatorsAndAttributes() throws {
    let t = try WideTableReader(districtColumn: "country", yearColumn: "year", unitByColumn: ["pop": "人"])
      .read(fixture("gapminder_small.csv"))
    #expect(t.count == 18)  // 6 rows × 3 numeric columns
    #expect(t.indicatorNames == ["lifeExp", "pop", "gdpPercap"])
    #expect(t.attribute("continent", row: 0) == "Asia")
    #expect(t.attributes.map(\.name) == ["continent"])
    let p = try PanelBuilder(table: t).panel(PanelQuery(indicator: "pop"))
    #expect(p.unit == .people)
    #expect(p.value("China", 2007) == 1_318_683_096)
    let gdp = try PanelBuilder(table: t).panel(PanelQuery(indicator: "gdpPercap"))
    #expect(gdp.value("Norway", 2007) == nil)  // NA is a gap
    #expect(gdp.districts == ["Afghanistan", "China", "Norway"])
  }

  @Test func aTypoInANumericColumnIsAnErrorNotText() {
    let csv = "country,year,pop\nA,2002,100\nA,2007,1O0\nB,2002,300\n"
    let e = errorText { _ = try WideTableReader(districtColumn: "country", yearColumn: "year").read(data: Data(csv.utf8), name: "w.csv", json: false) }
    #expect(e.hasPrefix("w.csv:3: column 'pop': \"1O0\" is not a number"))
  }

  @Test func missingDistrictColumnIsNamed() {
    let e = errorText { _ = try WideTableReader(districtColumn: "区县", yearColumn: "year").read(data: Data("country,year,x\nA,2002,1\n".utf8), name: "w.csv", json: false) }
    #expect(e.hasPrefix("w.csv:1: column '区县': no such column"))
  }

  @Test func jsonWideWithUnitScaling() throws {
    let json = """
      [
        {"区县": "渝中区", "年份": 2023, "教育支出": 14.13, "片区": "主城"},
        {"区县": "万州区", "年份": 2023, "教育支出": "x", "片区": "渝东北"}
      ]
      """
    let t = try WideTableReader(districtColumn: "区县", yearColumn: "年份", unitByColumn: ["教育支出": "亿元"])
      .read(data: Data(json.utf8), name: "w.json", json: true)
    #expect(t[0].value == 1_413_000_000)
    #expect(t[0].unit == .yuan)
    #expect(t[1].value == nil && t[1].isMasked)
    #expect(t.attribute("片区", row: 1) == "渝东北")
  }

  @Test func sourcePicksTheReaderByExtension() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("metrics-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let json = dir.appendingPathComponent("t.json")
    try Data(#"[{"district":"A","year":2021,"indicator":"X","value":1}]"#.utf8).write(to: json)
    #expect(try ObservationSource.read(json).count == 1)
    let bad = dir.appendingPathComponent("t.xlsx")
    try Data().write(to: bad)
    #expect(errorText { _ = try ObservationSource.read(bad) }.contains("unsupported file type"))
    let wideOnTidy = try ObservationSource.read(fixture("gapminder_small.csv"), wide: WideTableReader(districtColumn: "country", yearColumn: "year"))
    #expect(wideOnTidy.count == 18)
    #expect(errorText { _ = try ObservationSource.read(fixture("gapminder_small.csv")) }.contains("--wide"))
  }
}
