import Charts
import Metrics
import Testing

@testable import ChartBuilding

@Suite struct AltTextTests {
  func row(_ series: String, _ district: String, _ year: Int, _ shown: Double?) -> BuiltChart.Row {
    BuiltChart.Row(
      series: series, district: district, year: year, shown: shown, value: shown, unit: "元", flags: [], sources: [])
  }

  let yuan = ValueFormat(decimals: 0, suffix: "", thousandsSeparator: true)

  @Test func barNamesTheExtremesTheirRatioAndTheMean() {
    let rows = [row("2023", "甲区", 2023, 12000), row("2023", "乙区", 2023, 30000), row("2023", "丙区", 2023, nil)]
    #expect(
      AltText.bar(title: "T", rows: rows, unit: "元", format: yuan)
        == "条形图：T。比较3个区县的数值（单位：元）。2023年最高为乙区（30,000元），最低为甲区（12,000元），最高是最低的2.5倍；平均为21,000元。丙区无2023年数据。")
  }

  @Test func ratesAreComparedInPercentagePointsNeverAsARatio() {
    let rows = [row("2023", "甲区", 2023, 3.2), row("2023", "乙区", 2023, 6.4)]
    let text = AltText.bar(title: "T", rows: rows, unit: "%", format: ValueFormat(decimals: 1, suffix: "%"))
    #expect(text == "条形图：T。比较2个区县的数值（单位：%）。2023年最高为乙区（6.4%），最低为甲区（3.2%），相差3.2个百分点；平均为4.8%。")
    #expect(!text.contains("倍"))
  }

  @Test func barsOfSeveralYearsCountTheDistrictsThatRose() {
    let rows = [
      row("2022", "甲区", 2022, 10000), row("2022", "乙区", 2022, 20000),
      row("2023", "甲区", 2023, 12000), row("2023", "乙区", 2023, 18000),
    ]
    let text = AltText.bar(title: "T", rows: rows, unit: "元", format: yuan)
    #expect(text.hasPrefix("条形图：T。比较2个区县2022—2023年的数值（单位：元）。"))
    #expect(text.hasSuffix("2022年至2023年，2个区县中1个上升。"))
  }

  @Test func emptyChartsSaySo() {
    #expect(AltText.bar(title: "T", rows: [], unit: "元", format: yuan) == "条形图：T。无数据。")
    #expect(AltText.trend(title: "T", rows: [], unit: "元", format: yuan) == "折线图：T。无数据。")
    #expect(AltText.byLevel(title: "T", rows: [], unit: "元", format: yuan) == "条形图：T。无数据。")
  }

  @Test func trendNamesTheLargestRiseTheLatestHighestAndTheGaps() {
    let rows = [
      row("甲区", "甲区", 2022, 10000), row("甲区", "甲区", 2023, 12000),
      row("乙区", "乙区", 2022, 20000), row("乙区", "乙区", 2023, 30000),
      row("丙区", "丙区", 2022, 15000), row("丙区", "丙区", 2023, nil),
    ]
    #expect(
      AltText.trend(title: "T", rows: rows, unit: "元", format: yuan)
        == "折线图：T。3条折线，2022—2023年（单位：元）。增加最多的是乙区，由20,000元增至30,000元（增长50.0%）。2023年最高为乙区（30,000元）。缺失数据（图中断开）：丙区2023年。")
  }

  @Test func trendOfFallingLinesSaysWhichFellLeast() {
    let rows = [
      row("甲区", "甲区", 2022, 12000), row("甲区", "甲区", 2023, 11000),
      row("乙区", "乙区", 2022, 30000), row("乙区", "乙区", 2023, 20000),
    ]
    #expect(
      AltText.trend(title: "T", rows: rows, unit: "元", format: yuan).contains(
        "各折线均未上升，降幅最小的是甲区，由12,000元降至11,000元（下降8.3%）。"))
  }

  @Test func byLevelComparesLevelsWithinOneDistrictAndNamesTheMissing() {
    let rows = [row("小学", "大足区", 2021, 5.2), row("初中", "大足区", 2021, 3.1), row("高中", "大足区", 2021, nil)]
    #expect(
      AltText.byLevel(title: "T", rows: rows, unit: "%", format: ValueFormat(decimals: 1, suffix: "%"))
        == "条形图：T。比较大足区3个学段的数值（单位：%）。2021年最高为小学（5.2%），最低为初中（3.1%），相差2.1个百分点；平均为4.2%。无数据：大足区高中。")
  }

  @Test func aUnitAlreadyInTheFormatIsNotRepeated() {
    let rows = [row("2023", "甲区", 2023, 3.29)]
    #expect(
      AltText.bar(title: "T", rows: rows, unit: "%", format: ValueFormat(decimals: 2, suffix: "%"))
        == "条形图：T。比较1个区县的数值（单位：%）。2023年甲区为3.29%。")
  }
}
