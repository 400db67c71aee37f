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

/// Text copied out of a PDF or a document viewer: sentences wrapped over lines, numbers on a
/// line of their own, their unit on the next (a speech in the development set's batch A).
struct WrappedLineTests {
  func sentences(_ text: String) -> [String] {
    let t = ScalarText(text)
    return SentenceSplitter.split(t).map { t.string($0.range) }
  }

  @Test func aNumberBrokenFromItsUnitIsOneSentence() {
    let s = sentences("各级财政拨付我县教育\n公用经费\n8059.35\n万元，实现公办学校和民办学校共享公用经费。\n")
    #expect(s.count == 2)
    #expect(s[1].hasPrefix("公用经费\n8059.35\n万元"))
  }

  @Test func aClauseGoingOnAfterACommaIsOneSentence() {
    #expect(sentences("全县教育\n，系统以办人民满意的教育为宗旨。").count == 1)
  }

  @Test func headingsFullStopsAndBlankLinesStillEndASentence() {
    #expect(sentences("一、基本情况\n2022年全县一般公共预算教育支出3.2亿元。").count == 2)
    #expect(sentences("教育支出3.2亿元。\n1304万元用于校舍。").count == 2)
    #expect(sentences("全县教育\n\n2022\n").count == 2)
    #expect(sentences("（一）经费投入：\n2022\n").count == 2)
  }

  @Test func theWrappedFigureIsReadWithItsNameAndScale() throws {
    let e = ExtractionBatchEPhrasingTests()
    let o = e.extract("柳溪县2015年教育工作总结\n各级财政拨付我县教育\n公用经费\n8059.35\n万元，实现公办学校共享公用经费。\n")
      .observations
    let figure = try #require(o.first { $0.value == 80_593_500 })
    #expect(figure.indicator == "公用经费" && figure.year == 2015 && figure.precision == 100)
    #expect(!figure.provenance.sourceText.contains("\n"))
  }
}
