import Foundation
import Testing

@testable import Metrics

/// A figure whose report states no year (flag `yearNotStated`, year 0): kept in tables, never
/// in a panel's columns, and the panel says how many it left out.
struct UndatedFiguresTests {
  static func table() -> ObservationTable {
    ObservationTable([
      Observation(district: "甲县", year: 2022, indicator: "一般公共预算教育支出", value: 3e8, unit: .yuan),
      Observation(district: "乙县", year: 2022, indicator: "一般公共预算教育支出", value: 2e8, unit: .yuan),
      Observation(
        district: "丙县", year: 0, indicator: "一般公共预算教育支出", value: 1e8, unit: .yuan, flags: [.yearNotStated]),
    ])
  }

  @Test func aPanelLeavesUndatedFiguresOutAndSaysHowMany() throws {
    let p = try PanelBuilder(table: Self.table()).panel(PanelQuery(indicator: "一般公共预算教育支出"))
    #expect(p.years == [2022])
    #expect(p.districts == ["甲县", "乙县"])
    #expect(p.warnings.contains(.undated(indicator: "一般公共预算教育支出", count: 1)))
  }

  @Test func anEmptyYearIsWrittenAndReadBack() throws {
    let csv = TidyCSVWriter().write(Self.table())
    #expect(csv.contains("\n丙县,,一般公共预算教育支出,"))
    let back = try TidyCSVReader().read(data: Data(csv.utf8), name: "t.csv")
    #expect(back.count == 3)
    let undated = back[2]
    #expect(undated.year == 0 && undated.flags.contains(.yearNotStated) && undated.value == 1e8)
    #expect(!back[0].flags.contains(.yearNotStated))
  }

  @Test func aYearThatIsNotAYearIsStillAnError() {
    let csv = "district,year,indicator,value\n甲县,二〇二二,一般公共预算教育支出,3\n"
    #expect(throws: InputError.self) { try TidyCSVReader().read(data: Data(csv.utf8), name: "t.csv") }
  }
}
