import Foundation
import Testing

@testable import Metrics

@Suite struct TableLayoutTests {
  func csv(_ text: String, _ options: TableOptions = TableOptions(), name: String = "t.csv") throws -> TableRead {
    try ObservationSource.read(data: Data(text.utf8), name: name, format: "csv", options: options)
  }

  @Test(arguments: [
    (["district", "year", "indicator", "value", "unit"], TableLayout.tidy),
    (["区县", "年份", "指标", "数值"], .tidy),
    (["区县", "2019年", "2020年", "2021年"], .years),
    (["区县", "2019", "2020"], .years),
    (["地区", "2019年度", "2020年度"], .years),
    (["区县", "年份", "生均经费", "入园率"], .wide),
  ])
  func layoutFromTheHeader(columns: [String], layout: TableLayout) {
    #expect(LayoutChoice.detect(columns, districtColumn: nil, yearColumn: nil)?.layout == layout)
  }

  @Test func namingTheDistrictAndYearColumnsMeansWide() {
    let c = LayoutChoice.detect(["country", "year", "lifeExp"], districtColumn: "country", yearColumn: "year")
    #expect(c?.layout == .wide && c?.reason.contains("were named") == true)
    #expect(LayoutChoice.detect(["country", "when", "lifeExp"], districtColumn: nil, yearColumn: nil) == nil)
  }

  @Test func yearHeaders() {
    #expect(YearHeader.year("2019年") == 2019 && YearHeader.year("2019") == 2019 && YearHeader.year("2019年度") == 2019)
    #expect(YearHeader.year("2019年（万元）") == 2019 && YearHeader.year("2019-01-01") == 2019)
    #expect(YearHeader.year("区县") == nil && YearHeader.year("12345") == nil && YearHeader.year("0001") == nil)
  }

  @Test func yearsAsColumnsFromCSV() throws {
    let r = try csv("区县,2019年,2020年,2021年\n渝中区,17500,18200,\n城口县,***,21000,22000\n", name: "/data/生均经费（元）.csv")
    let t = r.table
    #expect(t.count == 6 && t.indicatorNames == ["生均经费"])
    #expect(t[0].unit == .yuan && t[0].value == 17_500 && t[2].value == nil && t[3].isMasked)
    #expect(
      r.notes == [
        "生均经费（元）.csv: years as columns, read as the indicator 生均经费（元） (the file's name; --indicator names it otherwise)"
      ])
    let p = try PanelBuilder(table: t).panel(PanelQuery(indicator: "生均经费"))
    #expect(p.value("城口县", 2021) == 22_000)
  }

  @Test func wideAndTidyFromTheHeaderAndForced() throws {
    let wide = try csv("区县,年份,生均经费\n渝中区,2023,17500\n").table
    #expect(wide.count == 1 && wide[0].indicator == "生均经费")
    let tidy = try csv("district,year,indicator,value\nA,2023,x,1\n").table
    #expect(tidy.count == 1)
    // Forced: a tidy header read as wide treats indicator text as an attribute.
    let forced = try csv("district,year,indicator,value\nA,2023,生均经费,1\n", TableOptions(layout: .wide)).table
    #expect(forced.indicatorNames == ["value"] && forced.attribute("indicator", row: 0) == "生均经费")
  }

  @Test func errorsSayWhatLayoutWasAssumedAndWhy() {
    let e = errorText { _ = try csv("区县,年份,生均经费\n渝中区,2023,1O0\n渝北区,2023,2\n") }
    #expect(e.hasPrefix("t.csv:2: column '生均经费': \"1O0\" is not a number"))
    #expect(
      e.contains(
        "read as a wide table because the header has district and year columns (区县, 年份) and no indicator column"))
    let unknown = errorText { _ = try csv("name,when,amount\nA,2023,1\n") }
    #expect(unknown.hasPrefix("t.csv:1: cannot tell the table's layout from its header (name, when, amount)"))
    #expect(unknown.contains("--layout tidy|wide|years"))
  }

  @Test func standardInputIsBoundedAndSniffed() throws {
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data(repeating: 0x41, count: 3000))
    try pipe.fileHandleForWriting.close()
    let e = errorText { _ = try StandardInput.read(limit: 1000, from: pipe.fileHandleForReading) }
    #expect(
      e == "(stdin): standard input is larger than 0 MiB; save it to a file and pass the file to --data"
        || e.contains("larger than"))
    #expect(
      StandardInput.sniff(Data("[{\"a\":1}]".utf8)) == "json" && StandardInput.sniff(Data("区县,2019\n".utf8)) == "csv")
    #expect(StandardInput.sniff(Data([0x50, 0x4B, 0x03, 0x04, 0])) == "xlsx")
  }
}
