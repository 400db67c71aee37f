import Foundation
import Testing

@testable import Metrics

/// The comparison constructions of statistical bulletins and self-evaluations, each
/// with its own measure and the right year. Sentences written for these tests.
struct ComparisonConstructionTests {
  typealias Row = (indicator: String, year: Int, level: String, measure: String, value: Double?)

  func rows(_ body: String, title: String = "白石县2022年教育经费执行情况统计公告\n", keep: Bool = false) -> [Row] {
    ReportExtractor(keepsUncatalogued: keep).extract(ReportText(text: title + body, sourceFile: "t.txt")).observations
      .map { ($0.indicator, $0.year, $0.level?.rawValue ?? "", $0.measure.rawValue, $0.value) }
  }

  func has(_ rows: [Row], _ indicator: String, _ year: Int, _ level: String, _ measure: String, _ value: Double) -> Bool
  {
    rows.contains {
      $0.indicator == indicator && $0.year == year && $0.level == level && $0.measure == measure
        && $0.value.map { abs($0 - value) < 1e-6 * max(1, abs(value)) } == true
    }
  }

  @Test func thePriorValueOfAComparisonBelongsToTheYearBefore() {
    let r = rows("全县初中生均一般公共预算教育经费为16030.50元，比上年15890.20元，增长0.88%。")
    #expect(has(r, "生均一般公共预算教育经费", 2022, "初中", "value", 16030.5))
    #expect(has(r, "生均一般公共预算教育经费", 2021, "初中", "value", 15890.2))
    #expect(has(r, "生均一般公共预算教育经费", 2022, "初中", "growth_pct", 0.88))
    #expect(!r.contains { $0.year == 2022 && $0.value == 15890.2 })
  }

  @Test func valuePriorChangeAndGrowthEachHaveTheirMeasure() {
    let r = rows("2022年全县教育经费总投入9.60亿元，比上年的8.10亿元增加1.50亿元，增长18.52%。")
    #expect(has(r, "教育经费总投入", 2022, "", "value", 960_000_000))
    #expect(has(r, "教育经费总投入", 2021, "", "value", 810_000_000))
    #expect(has(r, "教育经费总投入", 2022, "", "change_abs", 150_000_000))
    #expect(has(r, "教育经费总投入", 2022, "", "growth_pct", 18.52))
    #expect(r.count == 4)
  }

  @Test func aBaseYearNamesTheYearOfThePriorValue() {
    let r = rows("2022年一般公共预算教育支出5.2亿元，比2020年的4.6亿元增长13.04%。")
    #expect(has(r, "一般公共预算教育支出", 2020, "", "value", 460_000_000))
  }

  @Test func fromPriorToCurrent() {
    let r = rows("全县小学生均一般公共预算教育经费由上年的9800.25元增加到10120.75元，增长3.27%。")
    #expect(has(r, "生均一般公共预算教育经费", 2021, "小学", "value", 9800.25))
    #expect(has(r, "生均一般公共预算教育经费", 2022, "小学", "value", 10120.75))
    #expect(has(r, "生均一般公共预算教育经费", 2022, "小学", "growth_pct", 3.27))
  }

  @Test func lastYearThisYear() {
    let r = rows("普通高中生均一般公共预算公用经费上年3120.40元，本年3305.10元，同口径比上年增长5.92%。")
    #expect(has(r, "生均一般公共预算公用经费", 2021, "普通高中", "value", 3120.4))
    #expect(has(r, "生均一般公共预算公用经费", 2022, "普通高中", "value", 3305.1))
    #expect(has(r, "生均一般公共预算公用经费", 2022, "普通高中", "growth_pct", 5.92))
  }

  @Test func aListOverASpanOfYears() {
    let r = rows("2016—2018年全县国家财政性教育经费分别为3210万元、3388万元、3502万元。")
    #expect(has(r, "国家财政性教育经费", 2016, "", "value", 32_100_000))
    #expect(has(r, "国家财政性教育经费", 2017, "", "value", 33_880_000))
    #expect(has(r, "国家财政性教育经费", 2018, "", "value", 35_020_000))
  }

  @Test func aListOverListedYearsAndTheNextSentenceOfTheParagraph() {
    let r = rows("2019年、2020年和2021年，全县一般公共预算教育支出分别为2.1亿元、2.3亿元、2.6亿元。国家财政性教育经费三年分别为2.5亿元、2.7亿元、3.0亿元。")
    #expect(has(r, "一般公共预算教育支出", 2020, "", "value", 230_000_000))
    #expect(has(r, "国家财政性教育经费", 2019, "", "value", 250_000_000))
    #expect(has(r, "国家财政性教育经费", 2021, "", "value", 300_000_000))
  }

  @Test func levelKeyedItemsTakeTheIndicatorFromTheirHeading() {
    let body = """
      2022年全县幼儿园、普通小学、初中生均一般公共预算教育经费增长情况是：
      （1）全县幼儿园为3120.45元，比上年2988.10元增长4.43%。
      （2）全县普通小学为9650.30元，比上年增长2.10%。
      三、教育费附加
      全县教育费附加收入0.45亿元。
      """
    let r = rows(body)
    #expect(has(r, "生均一般公共预算教育经费", 2022, "学前", "value", 3120.45))
    #expect(has(r, "生均一般公共预算教育经费", 2021, "学前", "value", 2988.1))
    #expect(has(r, "生均一般公共预算教育经费", 2022, "学前", "growth_pct", 4.43))
    #expect(has(r, "生均一般公共预算教育经费", 2022, "小学", "value", 9650.3))
    #expect(has(r, "生均一般公共预算教育经费", 2022, "小学", "growth_pct", 2.1))
    #expect(has(r, "教育费附加", 2022, "", "value", 45_000_000))
  }

  @Test func aHeadingWithoutAColon() {
    let body = "（一）各级教育生均一般公共预算公用经费增长情况\n1.幼儿园为1520.00元，比上年的1490.00元增加30.00元，增长2.01%。\n"
    let r = rows(body)
    #expect(has(r, "生均一般公共预算公用经费", 2022, "学前", "value", 1520))
    #expect(has(r, "生均一般公共预算公用经费", 2021, "学前", "value", 1490))
    #expect(has(r, "生均一般公共预算公用经费", 2022, "学前", "change_abs", 30))
  }

  @Test func aBareIncreaseWordBeforeAFigureIsAChange() {
    let r = rows("2022年一般公共预算教育支出4.21亿元，比上年的4.10亿元增0.11亿元，增2.68%。")
    #expect(has(r, "一般公共预算教育支出", 2022, "", "change_abs", 11_000_000))
    #expect(has(r, "一般公共预算教育支出", 2022, "", "growth_pct", 2.68))
  }

  @Test func aShareSaysWhatItIsAShareOf() throws {
    let e = ReportExtractor(keepsUncatalogued: true).extract(
      ReportText(text: "白石县2022年教育经费执行情况统计公告\n教育费附加收入0.62亿元，占预算支出3.10亿元的20.00%。", sourceFile: "t.txt"))
    let share = try #require(e.observations.first { $0.measure == .share })
    #expect(share.indicator == "教育费附加占预算支出比例")
    #expect(share.value == 20)
    #expect(share.reference == "预算支出")
    #expect(share.flags.contains(.uncatalogued))
    #expect(e.observations.contains { $0.indicator == "预算支出" && $0.value == 310_000_000 && $0.measure == .value })
    #expect(
      e.observations.contains { $0.indicator == "教育费附加" && $0.value == 62_000_000 && !$0.flags.contains(.uncatalogued) }
    )
  }

  @Test func aShareWithoutItsBaseAmount() throws {
    let e = ReportExtractor(keepsUncatalogued: true).extract(
      ReportText(text: "白石县2022年教育经费执行情况统计公告\n按土地出让收益的10%计提教育资金0.30亿元。", sourceFile: "t.txt"))
    let share = try #require(e.observations.first { $0.measure == .share })
    #expect(share.value == 10)
    #expect(share.reference == "土地出让收益")
    #expect(e.observations.contains { $0.indicator == "土地出让收益计提教育资金" && $0.value == 30_000_000 })
  }

  @Test func aGapToTheStandardIsADifferenceAgainstIt() throws {
    let e = ReportExtractor().extract(
      ReportText(text: "白石县2022年教育经费执行情况统计公告\n全县初中生均一般公共预算教育经费高出标准856.20元。", sourceFile: "t.txt"))
    let o = try #require(e.observations.first)
    #expect(o.indicator == "生均一般公共预算教育经费")
    #expect(o.level == .juniorSecondary)
    #expect(o.measure == .changeAbsolute)
    #expect(o.value == 856.2)
    #expect(o.reference == "标准")
  }

  @Test func percentagePointsAreADifference() {
    let r = rows("2022年学前三年毛入园率为92.5%，比上年提高2.40个百分点。")
    #expect(has(r, "学前三年毛入园率", 2022, "", "pp_diff", 2.4))
  }
}
