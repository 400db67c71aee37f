import Foundation
import Metrics
import Testing

@testable import ChartBuilding

@Suite struct DisplayScaleTests {
  struct Case: Sendable, CustomStringConvertible {
    var values: [Double]
    var unit: Metrics.Unit
    var divisor: Double
    var label: String
    var description: String { label }
  }

  static let cases: [Case] = [
    Case(values: [1.413e9, 1.2e9, 9e8], unit: .yuan, divisor: 1e8, label: "亿元"),
    Case(values: [1_693_330_000, 113_300_000, 5e7], unit: .yuan, divisor: 1e8, label: "亿元"),
    Case(values: [178_570_000, 2e5, 3e5], unit: .yuan, divisor: 1e4, label: "万元"),
    Case(values: [17500, 24774, 12106], unit: .yuan, divisor: 1, label: "元"),
    Case(values: [1500, 650], unit: .yuanPerStudentYear, divisor: 1, label: "元/生·年"),
    Case(values: [61.8, 99.2], unit: .percent, divisor: 1, label: "%"),
    Case(values: [1.19], unit: .percentagePoints, divisor: 1, label: "个百分点"),
    Case(values: [12450, 10140], unit: .people, divisor: 1, label: "人"),
  ]

  @Test(arguments: cases)
  func choosesOneScale(c: Case) {
    #expect(DisplayScale.choose(for: c.values, unit: c.unit) == DisplayScale(divisor: c.divisor, unitLabel: c.label))
  }

  /// A table's cells: at most four decimals, no grouping, no trailing zeros (d3 ".4~f").
  @Test(arguments: [
    (1e8, 1_413_000_000, "14.13"), (1e8, 1_693_330_000, "16.9333"), (1e4, 178_570_000, "17857"),
    (1e4, -123_456, "-12.3456"),
    (1, 17500, "17500"), (1, 4.908712, "4.9087"), (1, 61.8, "61.8"), (1, -0.00001, "0"), (1, 1_234_567.5, "1234567.5"),
    (1, Double.nan, ""), (1, Double.infinity, ""),
  ])
  func formatsCells(divisor: Double, value: Double, text: String) {
    #expect(DisplayScale(divisor: divisor, unitLabel: "").format(value) == text)
  }

  @Test func fewerPlacesOnRequest() {
    #expect(DisplayScale(divisor: 1e8, unitLabel: "亿元").format(1_693_330_000, places: 2) == "16.93")
  }

  @Test func oneOutlierDoesNotRescaleEverything() {
    #expect(DisplayScale.choose(for: [17500, 18000, 2e9], unit: .yuan).unitLabel == "元")
  }

  @Test func formatterShowsGapsAndTheScale() throws {
    var p = Panel(
      indicatorName: "一般公共预算教育支出", unit: .yuan, districts: ["丰都县", "大足区"], years: [2021, 2022],
      values: [[nil, 1_413_000_000], [1_693_330_000, nil]])
    p.warnings = [.approximate(cells: [PanelCellRef(district: "丰都县", year: 2022)])]
    let csv = PanelFormatter.csv(p)
    #expect(csv == "district (亿元),2021,2022\n丰都县,,14.13\n大足区,16.9333,\n")
    let md = PanelFormatter.markdown(p)
    #expect(md.contains("（单位：亿元）"))
    #expect(md.contains("| 丰都县 | — | 14.13 |"))
    #expect(!md.contains("| 0 "))
    // The notes under a Markdown table land in a Chinese briefing: Chinese, not English.
    #expect(md.contains("- 注意：1个数值在原文中为约数（约/余/近/以上，标“≈”）：丰都县2022年。"))
    #expect(!md.contains("figure is approximate"))
    let json = try JSONSerialization.jsonObject(with: Data(PanelFormatter.json(p).utf8)) as! [String: Any]
    let rows = json["districts"] as! [[String: Any]]
    #expect((rows[0]["values"] as! [Any])[0] is NSNull)
    #expect((json["display"] as! [String: Any])["unit"] as? String == "亿元")
    let warnings = json["warnings"] as! [[String: Any]]
    #expect(warnings[0]["kind"] as? String == "approximate")
    #expect(warnings[0]["message"] as? String == "1 figure is approximate in the source (约/余/近/以上): 丰都县 2022")
  }
}
