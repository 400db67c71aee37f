import Foundation
import Testing

@testable import Metrics

/// Phrasings met in the development set's batch H (county finance news, a county's report on
/// projects over three years, a city's standards in traditional characters; scored blind
/// before these rules): sentences written here, with invented places and figures.
struct ExtractionBatchHPhrasingTests {
  let e = ExtractionBatchEPhrasingTests()

  func observations(_ body: String) -> [Observation] {
    e.extract("柳溪县教育局关于2022年全县教育经费执行情况的统计公告\n" + body).observations
  }

  /// A total over past years is the span's, named with it, dated its last year; never a year's
  /// catalog figure. A plan over a span stays out.
  @Test func aTotalOverASpanOfYearsKeepsItsSpan() throws {
    let o = observations("学前教育：2019—2021年全县学前教育累计投入资金2815.6万元，新建幼儿园12所。")
    let total = try #require(o.first { $0.value == 28_156_000 })
    #expect(total.year == 2021 && total.indicator.hasSuffix("（2019—2021年）"))
    #expect(total.flags.contains(.uncatalogued))
    #expect(observations("2023—2025年全县计划累计投入教育资金12亿元。").allSatisfy { $0.value != 1.2e9 })
  }

  /// 增收 and 减收 are changes of revenue, not revenue.
  @Test func moreAndLessRevenueAreChanges() {
    let o = observations("2022年全县财政收入完成41260万元，比上年增收8630万元，同比增长26.4%。预算外收入全年减收3200万元。")
    #expect(o.contains { $0.measure == .changeAbsolute && $0.value == 86_300_000 })
    #expect(o.contains { $0.measure == .changeAbsolute && $0.value == -32_000_000 })
    #expect(!o.contains { $0.measure == .value && $0.value == 86_300_000 })
  }

  /// 由1300元/年调整为2800元/年: two standards per pupil and year, the first the year before.
  @Test func aStandardAdjustedFromOneRateToAnother() {
    let o = observations("2022年，全县公办普通高中生均公用经费标准由1200元/年调整为2600元/年。")
    #expect(
      o.contains { $0.year == 2021 && $0.measure == .standard && $0.value == 1200 && $0.unit == .yuanPerStudentYear })
    #expect(
      o.contains { $0.year == 2022 && $0.measure == .standard && $0.value == 2600 && $0.unit == .yuanPerStudentYear })
  }
}

/// 预计 (an expected amount of the year) and 增速 (growth rate), as the development set's news writes them.
struct ExpectedAmountTests {
  let e = ExtractionBatchEPhrasingTests()

  @Test func anExpectedAmountIsAValueAndASpeedOfGrowthIsGrowth() {
    let o = e.extract("柳溪县2022年教育工作总结\n今年全县教育投入预计达到3.58亿元，同比增速达到12.4%。\n").observations
    #expect(o.contains { $0.year == 2022 && $0.measure == .value && $0.value == 358_000_000 })
    #expect(o.contains { $0.year == 2022 && $0.measure == .growthPercent && $0.value == 12.4 })
    #expect(!o.contains { $0.measure == .target })
  }
}
