import Foundation
import Testing

@testable import Metrics

/// Phrasings met in the development set's batch C (real county, city and province
/// notices scored blind before these rules): sentences written here, with invented
/// districts and figures.
struct BatchCPhrasingTests {
  typealias Row = (district: String, indicator: String, year: Int, level: String, measure: String, value: Double?)

  func rows(_ body: String, title: String = "白石县教育局关于2022年全县教育经费执行情况的统计公告\n", keep: Bool = true) -> [Row] {
    ReportExtractor(keepsUncatalogued: keep).extract(ReportText(text: title + body, sourceFile: "t.txt")).observations
      .map { ($0.district, $0.indicator, $0.year, $0.level?.rawValue ?? "", $0.measure.rawValue, $0.value) }
  }

  func has(
    _ rows: [Row], _ district: String, _ indicator: String, _ year: Int, _ level: String, _ measure: String,
    _ value: Double
  ) -> Bool {
    rows.contains {
      $0.district == district && $0.indicator == indicator && $0.year == year && $0.level == level
        && $0.measure == measure && $0.value.map { abs($0 - value) < 1e-6 * max(1, abs(value)) } == true
    }
  }

  @Test func aCommaInsideParenthesesDoesNotEndTheClause() {
    let r = rows(
      "其中,国家财政性教育经费(主要包括一般公共预算安排的教育经费,政府性基金预算安排的教育经费)为3.41亿元,比上年的3.02亿元增长12.91%。")
    #expect(has(r, "白石县", "国家财政性教育经费", 2022, "", "value", 341_000_000))
    #expect(has(r, "白石县", "国家财政性教育经费", 2021, "", "value", 302_000_000))
    #expect(has(r, "白石县", "国家财政性教育经费", 2022, "", "growth_pct", 12.91))
  }

  @Test func aBracketedFigureAfterAPlaceIsThatPlacesFigure() {
    let r = rows(
      "(1)全省幼儿园为5120.33元,比上年增长4.10%。增长最快的是防城港市(21.05%)。\n"
        + "(2)全省普通小学为9310.20元,比上年增长2.35%,增长最快的是鄂温克旗(9.12%)。\n"
        + "(3)全省普通初中为12011.50元,比上年增长1.20%,其中佛山市增长最快(6.60%)。",
      title: "青原省教育厅关于2022年全省教育经费执行情况的统计公告\n各级教育生均一般公共预算教育经费增长情况是:\n")
    #expect(has(r, "防城港市", "生均一般公共预算教育经费", 2022, "学前", "growth_pct", 21.05))
    #expect(has(r, "鄂温克旗", "生均一般公共预算教育经费", 2022, "小学", "growth_pct", 9.12))
    #expect(has(r, "佛山市", "生均一般公共预算教育经费", 2022, "初中", "growth_pct", 6.6))
    // The province's own figures keep the province.
    #expect(!r.contains { $0.value == 4.10 && $0.district != r.first { $0.value == 5120.33 }?.district })
  }

  @Test func aBracketWithoutAPlaceStaysADetail() {
    let r = rows("全县一般公共预算教育经费为8.20亿元(含教育费附加0.35亿元),比上年增长3.00%。")
    #expect(!r.contains { $0.value == 35_000_000 && $0.district != "白石县" })
  }

  @Test func aHeadingLineMayEndWithAFullStop() {
    let r = rows(
      "2.各类学校生均一般公共预算教育经费增长情况。\n\n普通高等学校由上年的18210.00元增加到19950.40元,增长9.56%。\n\n"
        + "普通初中由上年的20110.35元增加到20655.10元,增长2.71%。")
    #expect(has(r, "白石县", "生均一般公共预算教育经费", 2021, "高校", "value", 18210))
    #expect(has(r, "白石县", "生均一般公共预算教育经费", 2022, "高校", "value", 19950.4))
    #expect(has(r, "白石县", "生均一般公共预算教育经费", 2022, "高校", "growth_pct", 9.56))
    #expect(has(r, "白石县", "生均一般公共预算教育经费", 2021, "初中", "value", 20110.35))
    #expect(has(r, "白石县", "生均一般公共预算教育经费", 2022, "初中", "value", 20655.1))
  }

  @Test func anIndexNumberIsNotASpanOfYears() {
    let text = "索引号: 113700000012345678/2023-08123 成文日期: 2023-12-14\n经费投用丨2022年度全市教育经费投入和使用情况\n"
    let sentences = SentenceSplitter.split(ScalarText(text))
    #expect(YearContext.reportYear(ScalarText(text), sentences: sentences) == 2022)
    #expect(YearContext.mention(in: "2021-2025年".foldedScalars, at: 0, end: 10)?.role == .range)
  }

  @Test func aGapWrittenWithBiBeforeThePlaceAndLowOrHighAfter() {
    let r = rows(
      "2021年,全省普通高中生均一般公共预算公用经费在全国居第12位,比全国均值低310.25元,比最低的甘肃省高905.40元。",
      title: "青原省教育厅\n")
    let gaps = r.filter { $0.measure == "change_abs" }
    #expect(gaps.count == 2)
    #expect(has(r, r.first?.district ?? "", "生均一般公共预算公用经费", 2021, "普通高中", "change_abs", -310.25))
    #expect(has(r, r.first?.district ?? "", "生均一般公共预算公用经费", 2021, "普通高中", "change_abs", 905.4))
    // 居第12位 is a rank, not a figure.
    #expect(!r.contains { $0.value == 12 })
  }

  @Test func placesListedBeforeARespectivelyListTakeOneFigureEach() {
    let r = rows(
      "2021年,普通高中生均一般公共预算公用经费增加额居前三位的是北京市、陕西省、宁夏回族自治区,分别增加了3100.15元、610.97元、598.14元。")
    #expect(has(r, "北京市", "生均一般公共预算公用经费", 2021, "普通高中", "change_abs", 3100.15))
    #expect(has(r, "陕西省", "生均一般公共预算公用经费", 2021, "普通高中", "change_abs", 610.97))
    #expect(has(r, "宁夏回族自治区", "生均一般公共预算公用经费", 2021, "普通高中", "change_abs", 598.14))
  }

  @Test func aRespectivelyListOverYearsNamedByTheWordsBeforeFenbie() {
    let r = rows(
      "据了解,2019至2021年,全县教育总支出分别为31210万元、33480万元、36020万元;教育支出中财政拨款的比例分别达到82.1%、85.6%、90.3%。")
    #expect(
      has(r, "白石县", "全县教育总支出", 2019, "", "value", 312_100_000) || has(r, "白石县", "教育总支出", 2019, "", "value", 312_100_000)
    )
    #expect(r.contains { $0.year == 2021 && $0.value == 360_200_000 })
    #expect(r.contains { $0.year == 2019 && $0.value == 82.1 && $0.indicator.contains("财政拨款") })
    #expect(r.contains { $0.year == 2020 && $0.value == 85.6 })
    #expect(r.contains { $0.year == 2021 && $0.value == 90.3 })
  }

  @Test func aFloorRestatedWithoutItsSubjectIsTheTargetOfTheShareBefore() {
    let r = rows(
      "2022年,全省国家财政性教育经费占地区生产总值比例为4.31%。“十四五”期间持续做到“不低于4%”,这是自2013年以来连续第十年做到“不低于4%”。",
      title: "青原省教育厅\n")
    let targets = r.filter { $0.measure == "target" }
    #expect(targets.count == 1)
    #expect(targets.first?.value == 4)
    #expect(targets.first?.year == 2022)
    #expect(targets.first?.indicator == r.first { $0.value == 4.31 }?.indicator)
  }

  @Test func theGapBetweenTwoGrowthRatesIsTheCatalogsIndicator() {
    let r = rows(
      "2022年全县一般公共预算教育经费为5.10亿元,比上年增长3.10%。全县财政经常性收入12.40亿元,比上年增长-2.05%,一般公共预算教育经费增长高于财政经常性收入增长-5.15个百分点。\n"
        + "2022年全縣公共財政教育支出增長高於財政經常性收入4.85%。")
    #expect(has(r, "白石县", "教育支出增长高于财政经常性收入增长", 2022, "", "pp_diff", -5.15))
    #expect(has(r, "白石县", "教育支出增长高于财政经常性收入增长", 2022, "", "pp_diff", 4.85))
    #expect(!r.contains { $0.measure == "growth_pct" && $0.value == 4.85 })
  }

  @Test func aPriorValueWithoutItsUnitTakesTheUnitOfTheFigureAfterIt() {
    let r = rows(
      "2022年全县各级教育生均一般公共预算教育经费增长情况是:\n(1)幼儿园上年3105.20,本年3260.45元,本年比上年增长5.00%。\n"
        + "(2)中等职业学校为15210.30元,比上年的13,980.10增加1,230.20元,增长8.80%。")
    #expect(has(r, "白石县", "生均一般公共预算教育经费", 2021, "学前", "value", 3105.2))
    #expect(has(r, "白石县", "生均一般公共预算教育经费", 2022, "学前", "value", 3260.45))
    #expect(has(r, "白石县", "生均一般公共预算教育经费", 2021, "中职", "value", 13980.1))
    #expect(has(r, "白石县", "生均一般公共预算教育经费", 2022, "中职", "change_abs", 1230.2))
  }
}
