import Foundation
import Testing

@testable import Metrics

/// Phrasings met in the development set's batch D (Hong Kong and Macau commentary and
/// news in traditional characters, a traditional reprint of a national bulletin, a
/// research brief; scored blind before these rules) and the county phrasings that
/// compare with the province or a neighbour in brackets: sentences written here, with
/// invented districts and figures.
struct ExtractionBatchDPhrasingTests {
  typealias Row = (district: String, indicator: String, year: Int, level: String, measure: String, value: Double?)

  func rows(_ body: String, title: String = "柳溪县教育局关于2022年全县教育经费执行情况的统计公告\n") -> [Row] {
    ReportExtractor(keepsUncatalogued: true).extract(ReportText(text: title + body, sourceFile: "t.txt")).observations
      .map { ($0.district, $0.indicator, $0.year, $0.level?.rawValue ?? "", $0.measure.rawValue, $0.value) }
  }

  func has(_ rows: [Row], _ district: String?, _ year: Int, _ level: String, _ measure: String, _ value: Double) -> Bool
  {
    rows.contains {
      (district == nil || $0.district == district) && $0.year == year && $0.level == level && $0.measure == measure
        && $0.value.map { abs($0 - value) < 1e-6 * max(1, abs(value)) } == true
    }
  }

  @Test func theProvincesAverageInBracketsIsTheProvincesFigure() {
    let r = rows(
      "2022年,全县普通小学生均一般公共预算教育经费为12345.67元,高于全省平均水平(11000.50元),比上年增长3.21%。\n"
        + "全县普通初中生均一般公共预算公用经费为3456.78元,低于全市平均（3600.00元）。")
    #expect(has(r, "柳溪县", 2022, "小学", "value", 12345.67))
    #expect(has(r, "全省", 2022, "小学", "value", 11000.5))
    #expect(has(r, "柳溪县", 2022, "小学", "growth_pct", 3.21))
    #expect(has(r, "全市", 2022, "初中", "value", 3600))
    // The reference's figure keeps the indicator of the county's figure it is set against.
    let county = r.first { $0.value == 12345.67 }?.indicator
    #expect(r.first { $0.value == 11000.5 }?.indicator == county)
  }

  @Test func theSameInTraditionalCharacters() {
    let r = rows("2022年,全縣普通小學生均一般公共預算教育經費為12,345.67元,高於全省平均水平（11,000.50元）,比上年增長3.21%。")
    #expect(has(r, "全省", 2022, "小学", "value", 11000.5))
    #expect(has(r, "柳溪县", 2022, "小学", "growth_pct", 3.21))
  }

  @Test func aBracketAfterWordsThatAreNotAnAverageStaysADetail() {
    let r = rows("全县一般公共预算教育经费为8.20亿元,高于上年水平(含教育费附加0.35亿元)。")
    #expect(!r.contains { $0.value == 35_000_000 && $0.district != "柳溪县" })
  }

  @Test func aNeighbourAfter仅次于IsThatNeighboursFigure() {
    let r = rows("2022年,全县普通小学生均一般公共预算教育经费比上年增长3.21%,增幅仅次于青岩区(4.56%)。")
    #expect(has(r, "柳溪县", 2022, "小学", "growth_pct", 3.21))
    #expect(has(r, "青岩区", 2022, "小学", "growth_pct", 4.56))
  }

  @Test func aSentenceLedBy去年IsTheYearBefore() {
    let r = rows("去年,全县向每位学生发放交通补助600元。\n今年全县一般公共预算教育经费为8.20亿元。")
    #expect(has(r, nil, 2021, "", "value", 600))
    #expect(!has(r, nil, 2022, "", "value", 600))
  }

  @Test func aSeriesCarriesOnToLaterYearsAndPercentagePoints() {
    let r = rows(
      "青岩市2015年教育支出为320億元,佔財政支出12.5%,2020年則分別增長到410億元和佔比13.1%,"
        + "2024年繼續增長到505億元和佔比14.2%,十年分別增長了57.8%和1.7個百分點。")
    #expect(has(r, nil, 2015, "", "value", 32_000_000_000))
    #expect(has(r, nil, 2020, "", "value", 41_000_000_000))
    #expect(has(r, nil, 2024, "", "value", 50_500_000_000))
    #expect(has(r, nil, 2024, "", "pp_diff", 1.7))
    // The later year's amount is the same expenditure as the first.
    let first = r.first { $0.value == 32_000_000_000 }?.indicator
    #expect(r.first { $0.value == 50_500_000_000 }?.indicator == first)
  }

  @Test func 计划EndingAProgrammesNameIsNoTarget() {
    let r = rows("据悉,2021年的教育发展基金40%用于教学发展计划,52%用于校舍兴建和重建。")
    #expect(has(r, nil, 2021, "", "value", 52) || has(r, nil, 2021, "", "share_pct", 52))
    #expect(!r.contains { $0.measure == "target" })
    // A plan is still a plan.
    let p = rows("全县计划投入1.20亿元用于校舍建设。")
    #expect(p.contains { $0.measure == "target" && $0.value == 120_000_000 })
  }
}

extension ExtractionBatchDPhrasingTests {
  @Test func aSentenceOpeningWithAnotherPlaceAndAYearIsAboutThatPlace() {
    let r = rows(
      "柳溪县2022年教育支出为8.20亿元,占财政支出18.5%。杭州市2022年教育支出为460亿元,占财政支出16.0%。",
      title: "柳溪县教育局2022年教育经费情况\n")
    #expect(has(r, "柳溪县", 2022, "", "value", 820_000_000))
    #expect(has(r, "杭州市", 2022, "", "value", 46_000_000_000))
    // A place named inside the sentence is no owner of its figures.
    let q = rows("全县教育支出为8.20亿元,比杭州市低10.0%。", title: "柳溪县教育局2022年教育经费情况\n")
    #expect(q.allSatisfy { $0.district == "柳溪县" })
  }

  @Test func aFigureFollowedBy的目标IsATarget() {
    let r = rows("到2022年,全县义务教育巩固率均达到96%的目标。")
    #expect(r.contains { $0.measure == "target" && $0.value == 96 })
  }

  @Test func aTargetWordLinkedToItsYearBy是在() {
    let r = rows("全县成年人口受高等教育比例为18%,县里的目标是在2025年达至25%。")
    #expect(r.contains { $0.measure == "target" && $0.value == 25 && $0.year == 2025 })
    #expect(!r.contains { $0.measure == "target" && $0.value == 18 })
  }
}

extension ExtractionBatchDPhrasingTests {
  @Test func aPercentageWhoseWholeIsNamedAfterIt() {
    let r = rows("2022年,全县义务教育经费总投入为3.10亿元,其中92.4%为国家财政性教育经费。")
    #expect(r.contains { $0.measure == "share_pct" && $0.value == 92.4 && $0.indicator == "国家财政性教育经费占比" })
    // 为 followed by a rank or the previous year is no whole.
    let q = rows("2022年,全县小学巩固率增长1.2%,增幅为全市第一。")
    #expect(!q.contains { $0.measure == "share_pct" })
  }

  @Test func 水準IsRead水平InAReferenceBracket() {
    let r = rows("全縣幼兒園生均一般公共預算教育經費為5,120.33元,較全省平均水準(4,980.10元)高出140.23元。")
    #expect(has(r, "全省", 2022, "学前", "value", 4980.1))
  }
}

extension ExtractionBatchDPhrasingTests {
  @Test func anUncataloguedNameIsReadAsSimplifiedWithoutPinyinGlosses() {
    #expect(UncataloguedName.plain("教育事業(yè)費(fèi)支出") == "教育事业费支出")
    #expect(UncataloguedName.plain("一般公共預算教育經費佔一般公共預算支出的比例") == "一般公共预算教育经费占一般公共预算支出的比例")
    // A bracket that is no gloss stays.
    #expect(UncataloguedName.plain("学券计划(第一批)") == "学券计划(第一批)")
    let r = rows("全縣一般公共預(yù)算教育經(jīng)費(fèi)佔(zhàn)一般公共預(yù)算支出的比例為(wèi)18.5%。")
    #expect(r.contains { $0.value == 18.5 && !$0.indicator.contains("(") && !$0.indicator.contains("預") })
  }
}
