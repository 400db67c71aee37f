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

  @Test func unitsInTheHeaderAreReadAndTheScaleApplied() throws {
    let csv = """
      district,year,生均一般公共预算教育经费（万元）,学前三年毛入园率(%),教育投入 [亿元],备注（说明）
      渝中区,2023,2.1966,95.1,14.13,新区
      城口县,2023,2.4409,88.0,1.75,
      """
    let t = try WideTableReader(districtColumn: "district", yearColumn: "year").read(
      data: Data(csv.utf8), name: "w.csv", json: false)
    #expect(t.indicatorNames == ["生均一般公共预算教育经费", "学前三年毛入园率", "教育投入"])
    let b = PanelBuilder(table: t)
    let money = try b.panel(PanelQuery(indicator: "生均经费"))
    #expect(money.unit == .yuan && money.value("渝中区", 2023) == 21_966)  // 2.1966万元 is 21,966 元
    #expect(try b.panel(PanelQuery(indicator: "教育投入")).value("渝中区", 2023) == 1_413_000_000)
    #expect(try b.panel(PanelQuery(indicator: "学前三年毛入园率")).unit == .percent)
    // A bracket that is not a unit stays part of a text column's name.
    #expect(t.attributes.map(\.name).filter { $0 != ObservationTable.precisionColumn } == ["备注（说明）"])
  }

  @Test func unitsTheCatalogDoesNotKnowAreReadFromTheBracketsToo() throws {
    let csv = """
      国家,年份,预期寿命（岁）,人均GDP（美元）,GDP per capita (US$),入学率（小学）,支出（含幼儿园）,产量(kg/ha)
      中国,2020,77.1,10500,10500,99.9,5,6.5
      """
    let t = try WideTableReader(districtColumn: "国家", yearColumn: "年份").read(
      data: Data(csv.utf8), name: "w.csv", json: false)
    #expect(
      t.indicatorNames == ["预期寿命", "人均GDP", "GDP per capita", "入学率（小学）", "支出（含幼儿园）", "产量"])
    #expect(t.map(\.unit.symbol) == ["岁", "美元", "US$", "", "", "kg/ha"])
    let b = PanelBuilder(table: t)
    let life = try b.panel(PanelQuery(indicator: "预期寿命"))
    #expect(life.value("中国", 2020) == 77.1 && life.unit.symbol == "岁")
    // The header as written still finds it.
    #expect(try b.panel(PanelQuery(indicator: "预期寿命（岁）")).value("中国", 2020) == 77.1)
    #expect(try b.panel(PanelQuery(indicator: "人均GDP")).unit.symbol == "美元")
    // Catalog units keep their scale; a year or a qualifier in brackets is part of the name.
    #expect(WideTableReader.split(header: "生均经费（万元）") == ("生均经费", "万元"))
    #expect(WideTableReader.split(header: "预期寿命(岁)") == ("预期寿命", "岁"))
    #expect(WideTableReader.split(header: "支出（2019年）") == ("支出（2019年）", nil))
  }

  @Test func aTypoInANumericColumnIsAnErrorNotText() {
    let csv = "country,year,pop\nA,2002,100\nA,2007,1O0\nB,2002,300\n"
    let e = errorText {
      _ = try WideTableReader(districtColumn: "country", yearColumn: "year").read(
        data: Data(csv.utf8), name: "w.csv", json: false)
    }
    #expect(e.hasPrefix("w.csv:3: column 'pop': \"1O0\" is not a number"))
  }

  @Test func missingDistrictColumnIsNamed() {
    let e = errorText {
      _ = try WideTableReader(districtColumn: "区县", yearColumn: "year").read(
        data: Data("country,year,x\nA,2002,1\n".utf8), name: "w.csv", json: false)
    }
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
    let bad = dir.appendingPathComponent("t.xls")
    try Data().write(to: bad)
    #expect(errorText { _ = try ObservationSource.read(bad) }.contains("unsupported file type"))
    let wideOnTidy = try ObservationSource.read(
      fixture("gapminder_small.csv"), wide: WideTableReader(districtColumn: "country", yearColumn: "year"))
    #expect(wideOnTidy.count == 18)
    #expect(errorText { _ = try ObservationSource.read(fixture("gapminder_small.csv")) }.contains("--district-column"))
  }
}
