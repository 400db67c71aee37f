import Foundation
import Testing

@testable import Metrics

/// Phrasings met in the development set's batch G (national 统计快报 in traditional reprints,
/// provincial nutrition-programme news, standards per day and per month; scored blind before
/// these rules): sentences written here, with invented places and figures.
struct ExtractionBatchGPhrasingTests {
  typealias Row = ExtractionBatchEPhrasingTests.Row
  let e = ExtractionBatchEPhrasingTests()

  func units(_ body: String) -> [(String, String, Double?)] {
    e.extract("柳溪县教育局关于2022年全县教育经费执行情况的统计公告\n" + body).observations.map {
      ($0.indicator, $0.unit.symbol, $0.value)
    }
  }

  /// 增幅分别为：8.93%、4.56%: the colon after 为 opens the list; the growth words before it hold.
  @Test func aListAfter分别为AndAColonKeepsItsMeasure() {
    let r = e.rows("2022年全县小学、初中生均教育经费总支出均比上年有所增长，增幅分别为：4.15%、6.32%。")
    #expect(e.has(r, 2022, "growth_pct", 4.15, indicator: "生均教育经费总支出", level: "小学"))
    #expect(e.has(r, 2022, "growth_pct", 6.32, indicator: "生均教育经费总支出", level: "初中"))
  }

  /// Spending per student from every source is not the public budget's per-student figure.
  @Test func totalSpendingPerStudentIsAnIndicatorOfItsOwn() {
    let r = e.rows("2022年全县普通小学生均教育经费总支出为15321.40元，生均一般公共预算教育经费为12876.02元。")
    #expect(e.has(r, 2022, "value", 15321.40, indicator: "生均教育经费总支出", level: "小学"))
    #expect(e.has(r, 2022, "value", 12876.02, indicator: "生均一般公共预算教育经费", level: "小学"))
    #expect(!r.contains { $0.indicator == "生均一般公共预算教育经费" && $0.value == 15321.40 })
  }

  /// 每生每天4元 and 每人每月200元 are rates per day and per month, never per year and never a sum.
  @Test func ratesPerDayAndPerMonthKeepTheirPeriod() {
    let u = units("2022年，全县义务教育学生营养膳食补助标准为每生每天5元。乡村教师生活补助为每人每月260元。")
    #expect(u.contains { $0.1 == "元/生·日" && $0.2 == 5 })
    #expect(u.contains { $0.1 == "元/生·月" && $0.2 == 260 })
    #expect(!u.contains { $0.1 == "元/生·年" || $0.1 == "元" })
    #expect(Unit.parse("元/人/天").unit == .yuanPerStudentDay && Unit.parse("元/生·月").unit == .yuanPerStudentMonth)
  }

  /// 由每生每年600元提高到650元: the standard reached is a standard too, the one before it the year before.
  @Test func aStandardRaisedFromOneRateToAnother() {
    let r = e.rows("2022年，全县小学生均公用经费标准由每生每年630元提高到680元。")
    #expect(e.has(r, 2021, "standard", 630, indicator: "生均公用经费标准", level: "小学"))
    #expect(e.has(r, 2022, "standard", 680, indicator: "生均公用经费标准", level: "小学"))
  }
}
