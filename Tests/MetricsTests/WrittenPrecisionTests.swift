import Foundation
import Testing

@testable import Metrics

/// The precision of a figure is how its source wrote it, not how many zeros its
/// value ends in: `10000` in a table is exact to the unit, `1万元` to the 万.
@Suite struct WrittenPrecisionTests {
  @Test(arguments: [
    ("1.12亿元", 1.12e8, 1e6 as Double?), ("14.13亿元", 1.413e9, 1e6), ("4.49%", 4.49, 0.01),
    ("10000元", 1e4, 1), ("1万元", 1e4, 1e4), ("1.75万元", 17500, 100), ("-9.41 %", -9.41, 0.01),
    ("2,927.07元", 2927.07, 0.01), ("1000余万元", 1e7, 1e4), ("每生每年720元", 720, 1), ("1.2千元", 1200, 100),
    ("三千人", 3000, 1000), ("17.5:1", 17.5, nil),
  ])
  func figuresInReports(text: String, value: Double, expected: Double?) {
    #expect(WrittenPrecision.of(figure: text.foldedScalars, value: value) == expected)
  }

  @Test func withoutARecordedPrecisionAFigureIsAsWrittenInItsShortestForm() {
    #expect(WrittenPrecision.halfUnit(of: 10000, precision: nil) == 0.5)
    #expect(WrittenPrecision.halfUnit(of: 7.17, precision: nil) == 0.005)
    #expect(WrittenPrecision.halfUnit(of: 1_693_330_000, precision: 10000) == 5000)
  }

  @Test func reportFiguresKeepTheirPrecisionThroughTidyAndJSONFiles() throws {
    let e = ReportExtractor().extract(
      ReportText(text: "某某县人民政府\n关于2023年履行教育职责情况的自评报告\n2023年一般公共预算教育支出1.12亿元，增长4.49%。\n", sourceFile: "r.txt"))
    let table = ObservationTable(e.observations)
    let value = try #require(e.observations.first { $0.measure == .value })
    #expect(value.precision == 1e6)
    #expect(e.observations.first { $0.measure == .growthPercent }?.precision == 0.01)
    let csv = TidyCSVWriter().write(table)
    #expect(csv.split(separator: "\n")[0].hasSuffix(",precision"))
    let back = try TidyCSVReader().read(data: Data(csv.utf8), name: "facts.csv")
    #expect(back.map(\.precision) == table.map(\.precision))
    let json = try ObservationJSON.decode(try ObservationJSON.encode(table), name: "facts.json")
    #expect(json.map(\.precision) == table.map(\.precision))
  }

  @Test func scaledTableCellsKeepTheirWrittenPrecision() throws {
    let t = try tidy("district,year,indicator,value,unit\nA,2023,X,1.2,万元\nA,2023,Y,12000,元\nA,2023,Z,3.25,亿元\n")
    #expect(t.map(\.precision) == [1000, nil, 1e6])  // 1.2万 is written to the 0.1万
    let wide = try WideTableReader(districtColumn: "区县", yearColumn: "年份").read(
      data: Data("区县,年份,经费（万元）\nA,2023,1.25\n".utf8), name: "w.csv", json: false)
    #expect(wide.map(\.precision) == [100])
  }
}
