import Foundation
import Testing

@testable import Metrics

/// Phrasings met in the development set's batch E (provincial and city bulletins from
/// 陕西, 湖南, 海南, 北京, 天津, 青海, 上海; news from 新疆 and 山西; a district's final
/// accounts; scored blind before these rules): sentences written here, with invented
/// places and figures.
struct ExtractionBatchEPhrasingTests {
  typealias Row = (district: String, indicator: String, year: Int, level: String, measure: String, value: Double?)

  func extract(_ text: String) -> Extraction {
    ReportExtractor(keepsUncatalogued: true).extract(ReportText(text: text, sourceFile: "t.txt"))
  }

  func rows(_ body: String, title: String = "柳溪县教育局关于2022年全县教育经费执行情况的统计公告\n") -> [Row] {
    extract(title + body).observations
      .map { ($0.district, $0.indicator, $0.year, $0.level?.rawValue ?? "", $0.measure.rawValue, $0.value) }
  }

  func has(_ rows: [Row], _ year: Int, _ measure: String, _ value: Double, indicator: String? = nil, level: String = "")
    -> Bool
  {
    rows.contains {
      $0.year == year && $0.level == level && $0.measure == measure && (indicator == nil || $0.indicator == indicator)
        && $0.value.map { abs($0 - value) < 1e-6 * max(1, abs(value)) } == true
    }
  }

  @Test func aSentenceOpeningWith比上年CarriesOnTheValueBefore() {
    let r = rows(
      "2022年,全县教育经费总投入5.21亿元,占全市教育经费总投入的8.50%。比上年的4.80亿元增加0.41亿元,增长8.54%,增幅高于全市增幅1.2个百分点。")
    #expect(has(r, 2021, "value", 480_000_000, indicator: "教育经费总投入"))
    #expect(has(r, 2022, "change_abs", 41_000_000, indicator: "教育经费总投入"))
    #expect(has(r, 2022, "growth_pct", 8.54, indicator: "教育经费总投入"))
    // The gap in percentage points of a money figure's growth to the city's growth.
    #expect(has(r, 2022, "pp_diff", 1.2, indicator: "教育经费总投入"))
  }

  @Test func aSentenceWithWordsOfItsOwnDoesNotCarryOn() {
    let r = rows("2022年,全县教育经费总投入5.21亿元。学校食堂改造比上年多投入300万元。")
    #expect(!r.contains { $0.indicator == "教育经费总投入" && $0.value == 3_000_000 })
  }

  @Test func aGapBetweenGrowthRatesNamedAs增长比例() {
    let r = rows(
      "2022年全县财政经常性收入9.10亿元,比上年增长9.16%,一般公共预算教育经费增长比例低于财政经常性收入增长比例0.84个百分点。")
    #expect(has(r, 2022, "pp_diff", -0.84, indicator: "教育支出增长高于财政经常性收入增长"))
  }

  @Test func aPlaceWhereAFigureStandsIsNotItsSubject() {
    let r = rows(
      "（二）生均一般公共预算教育经费增长情况\n1.全县幼儿园为6956.68元,高于全市平均水平,在全市12个县区中排在第5位,比上年的6476.05元增长7.42%。")
    #expect(has(r, 2022, "value", 6956.68, indicator: "生均一般公共预算教育经费", level: "学前"))
    #expect(has(r, 2021, "value", 6476.05, indicator: "生均一般公共预算教育经费", level: "学前"))
    #expect(has(r, 2022, "growth_pct", 7.42, indicator: "生均一般公共预算教育经费", level: "学前"))
    #expect(!r.contains { $0.indicator.contains("全市") })
  }

  @Test func aYearWith度AndABaseYearWithout与() {
    let r = rows(
      "2022年度收入合计1256.04万元,2021年度相比,增加767.83万元,增长157.3%。其中:财政拨款收入1256.04万元,占100.0%;事业收入0.00万元,占0.0%。",
      title: "柳溪县教育局2022年度部门决算情况说明\n")
    #expect(has(r, 2022, "change_abs", 7_678_300))
    #expect(has(r, 2022, "growth_pct", 157.3))
    #expect(!r.contains { $0.year == 2021 })
    #expect(!r.contains { $0.indicator.hasPrefix("度") })
    // 占100.0% right after an amount: that amount's share of the whole, in the same year.
    #expect(has(r, 2022, "share_pct", 100, indicator: "财政拨款收入占比"))
    #expect(has(r, 2022, "share_pct", 0, indicator: "事业收入占比"))
  }

  @Test func aProvinceWrittenShortInTheHeadlineIsTheDocuments() {
    let found = extract(
      "桂南教育经费连续5年超过4%目标\n记者近日从广西壮族自治区教育厅了解到,2013年,全区教育支出达到527亿元,高于全国平均水平。")
    #expect(found.district == "广西壮族自治区")
  }

  @Test func 全国AsAYardstickDoesNotMakeTheTextNational() {
    let found = extract("新疆教育事业实现了跨越式发展。2012年,自治区财政性教育经费占GDP比例为6.5%,高于全国平均水平。")
    #expect(found.district == "新疆维吾尔自治区")
  }

  @Test func 各区人民政府IsNoDistrict() {
    let found = extract("各区人民政府,市政府各有关部门:\n2023年,各区教育财政拨款804.82亿元,较上年增长5.20%。\n")
    #expect(found.district != "各区")
  }

  @Test func neighboursWrittenWithoutTheirSuffixInABracketList() {
    let r = rows(
      "2022年,全市小学生均一般公共预算教育经费为12345.67元,比上年增长2.65%,增长较快的为崇明(10.00%)、松江(9.17%)和梅州(7.15%)3个区。",
      title: "某市2022年教育经费执行情况统计公告\n")
    #expect(r.contains { $0.district == "崇明区" && $0.measure == "growth_pct" && $0.value == 10 && $0.level == "小学" })
    #expect(r.contains { $0.district == "松江区" && $0.value == 9.17 })
    // 梅州 ends like a name (州) but is written short: 梅州市.
    #expect(r.contains { $0.district == "梅州市" && $0.value == 7.15 })
    // 前三位 is a rank, never a count.
    let top = rows("全县小学生均一般公共预算教育经费比上年增长2.65%,增长较快的前三位是:汕尾(35.37%)、梅州(23.93%)、河源(20.11%)。")
    #expect(!top.contains { $0.value == 3 })
    #expect(top.contains { $0.district == "河源市" && $0.value == 20.11 })
  }

  @Test func aPlacesFigureInTheClauseAfterItsSuperlative() {
    let r = rows(
      "全县普通小学生均一般公共预算教育经费为12345.67元,比上年增长8.12%。增长最快的是佛山市,增长31.22%。"
        + "全县普通初中生均一般公共预算教育经费为13345.67元,比上年增长4.12%,增幅最大的是汕尾市,为21.22%,下降最多的是韶关市,下降2.50%。")
    #expect(r.contains { $0.district == "佛山市" && $0.level == "小学" && $0.measure == "growth_pct" && $0.value == 31.22 })
    #expect(r.contains { $0.district == "汕尾市" && $0.level == "初中" && $0.value == 21.22 })
    #expect(r.contains { $0.district == "韶关市" && $0.level == "初中" && $0.value == -2.5 })
    #expect(!r.contains { $0.district == "柳溪县" && [31.22, 21.22].contains($0.value ?? 0) })
  }

  @Test func aChangeWordInsideTheBracket() {
    let r = rows("全县普通高中生均一般公共预算教育经费比上年增长5.12%,其中,增长最快的为汕尾市(增长31.22%),最慢的为韶关市(下降2.50%)。")
    #expect(r.contains { $0.district == "汕尾市" && $0.measure == "growth_pct" && $0.value == 31.22 })
    #expect(r.contains { $0.district == "韶关市" && $0.value == -2.5 })
    #expect(!r.contains { $0.district == "柳溪县" && $0.value == 31.22 })
  }

  @Test func otherPlacesFiguresWithoutBrackets() {
    let r = rows(
      "全市普通小学生均一般公共预算教育经费为12345.67元,比上年增长8.12%。其中,榕城区为23456.78元,揭东区为34567.89元。"
        + "全市普通初中生均一般公共预算教育经费比上年增长6.12%,增长较快的是汕尾市、梅州市和河源市,分别增长35.37%、23.93%和20.11%。",
      title: "揭阳市2022年教育经费执行情况统计公告\n")
    #expect(r.contains { $0.district == "榕城区" && $0.level == "小学" && $0.measure == "value" && $0.value == 23456.78 })
    // A place's name is never an indicator: the figure is that place's, of the indicator before.
    #expect(!r.contains { $0.indicator.hasSuffix("区") || $0.indicator.hasSuffix("市") })
    #expect(r.contains { $0.district == "河源市" && $0.level == "初中" && $0.measure == "growth_pct" && $0.value == 20.11 })
    #expect(r.contains { $0.district == "梅州市" && $0.value == 23.93 })
  }

  @Test func theNationalBulletinsWordingOf生均HeadsTheLevelItems() {
    let r = rows(
      "2021年全国按在校学生人数平均的一般公共预算教育经费为15356.59元,同口径比上年增长2.35%。\n1.全国幼儿园为9505.84元,同口径比上年增长4.68%。\n"
        + "2.全国普通小学为12380.73元,同口径比上年增长2.22%。",
      title: "2021年全国教育经费执行情况统计公告\n")
    #expect(has(r, 2021, "value", 15356.59, indicator: "生均一般公共预算教育经费"))
    #expect(has(r, 2021, "value", 9505.84, indicator: "生均一般公共预算教育经费", level: "学前"))
    #expect(has(r, 2021, "growth_pct", 2.22, indicator: "生均一般公共预算教育经费", level: "小学"))
  }

  @Test func anItemNumberIsNoPartOfAName() {
    let r = rows("二、全县一般公共预算教育经费占一般公共预算支出的比例为17.12%,比上年提高0.53个百分点。\n三、全县教师培训经费占公用经费的比例为5.2%。")
    #expect(has(r, 2022, "value", 17.12, indicator: "一般公共预算教育支出占一般公共预算支出比例"))
    #expect(!r.contains { $0.indicator.hasPrefix("三") || $0.indicator.hasPrefix("二") })
  }

  @Test func aPlaceBeforeItsSuperlativeOrNegativeGrowth() {
    let r = rows(
      "全县普通高中生均一般公共预算教育经费为14345.67元,比上年增长2.12%,其中汕尾市增长最快,为35.37%;韶关市负增长,下降2.50%。")
    #expect(
      r.contains { $0.district == "汕尾市" && $0.level == "普通高中" && $0.measure == "growth_pct" && $0.value == 35.37 })
    #expect(r.contains { $0.district == "韶关市" && $0.level == "普通高中" && $0.value == -2.5 })
  }

  @Test func theOlderName公共财政教育经费AndPlacesWithNegativeGrowth() {
    let r = rows(
      "全县公共财政教育经费(包括教育事业费、基建经费和教育费附加)为12.40亿元,比上年增长9.84%。其中,城关镇(-3.13%)和惠州市(-3.28%)负增长。",
      title: "某省2016年教育经费执行情况统计公告\n")
    #expect(has(r, 2016, "value", 1_240_000_000, indicator: "一般公共预算教育支出"))
    #expect(has(r, 2016, "growth_pct", 9.84, indicator: "一般公共预算教育支出"))
    #expect(r.contains { $0.district == "惠州市" && $0.measure == "growth_pct" && $0.value == -3.28 })
  }

  @Test func placesRankedOnAnIndicatorTheSentenceNames() {
    let r = rows(
      "全省21个地级以上市的公共财政教育支出占公共财政支出比例,排在前五位的依次是:茂名市(28.29%)、汕头市(25.10%);排在后五位的依次是:深圳市(8.79%)。",
      title: "广东省2016年教育经费执行情况统计公告\n")
    #expect(
      r.contains {
        $0.district == "茂名市" && $0.indicator == "一般公共预算教育支出占一般公共预算支出比例" && $0.value == 28.29 && $0.year == 2016
      })
    #expect(r.contains { $0.district == "汕头市" && $0.value == 25.1 })
  }

  @Test func fromXRaisedToYIsLastYearsValueAndThisYears() {
    let r = rows("全县生均一般公共预算教育经费中,幼儿园从4600.67元提升到6039.55元,增长31.28%。")
    #expect(has(r, 2021, "value", 4600.67, indicator: "生均一般公共预算教育经费", level: "学前"))
    #expect(r.contains { $0.year == 2022 && $0.value == 6039.55 })
    #expect(!r.contains { $0.year == 2022 && $0.value == 4600.67 })
  }

  @Test func theOlderNameOf生均AndAGrowthWhenTheItemsValueLostItsUnit() {
    let r = rows(
      "全县普通小学生均公共财政预算教育事业费支出为9997.31元,比上年的8757.95元增长14.15%。\n"
        + "（二）生均一般公共预算教育经费增长情况\n1.全县幼儿园为8479.61,比上年的9468.70下降10.45%。")
    #expect(has(r, 2022, "value", 9997.31, indicator: "生均一般公共预算教育事业费", level: "小学"))
    // A mirror dropped the 元 of both values: the growth still belongs to the heading's indicator.
    #expect(has(r, 2022, "growth_pct", -10.45, indicator: "生均一般公共预算教育经费", level: "学前"))
  }

  @Test func hongKongAndMacauAreRegionsOfTheirOwn() {
    let found = extract("澳門教育發展基金今年預算5.8億\n2014年,澳門教育發展基金預算5.8億元,比上年增長10%,高於全國平均水平。")
    #expect(found.district == "澳门特别行政区")
    #expect(Gazetteer.stem("香港特别行政区") == "香港")
  }

  @Test func aShareWithItsBaseAmountAnd的比例为() {
    let r = rows("2022年,全县一般公共预算教育经费3335.17万元,占一般公共预算支出29472万元的比例为11.32%,比上年的10.54%增加了0.78个百分点。")
    #expect(has(r, 2022, "value", 294_720_000, indicator: "一般公共预算支出"))
    #expect(has(r, 2022, "value", 11.32, indicator: "一般公共预算教育支出占一般公共预算支出比例"))
    // What follows the share is the share's: its prior value and its change in percentage points.
    #expect(has(r, 2021, "value", 10.54, indicator: "一般公共预算教育支出占一般公共预算支出比例"))
    #expect(has(r, 2022, "pp_diff", 0.78, indicator: "一般公共预算教育支出占一般公共预算支出比例"))
  }

  @Test func aVaguePerStudentWordInAnItemIsTheHeadingsIndicator() {
    let r = rows(
      "(二)各类教育生均一般公共预算教育事业费增长情况\n1.幼儿园生均支出17443.63元,比上年17302.62元,增长0.81%。\n2.普通小学生均支出20251.63元,比上年20210.51元,增长0.20%。"
    )
    #expect(has(r, 2022, "value", 17443.63, indicator: "生均一般公共预算教育事业费", level: "学前"))
    #expect(has(r, 2022, "value", 20251.63, indicator: "生均一般公共预算教育事业费", level: "小学"))
    #expect(has(r, 2021, "value", 20210.51, indicator: "生均一般公共预算教育事业费", level: "小学"))
  }

  @Test func theFastestPlaceThenItsComparisonWithLastYear() {
    let r = rows(
      "2023年,全市教育财政拨款804.82亿元,较上年增长5.20%。教育财政拨款增长最快的为虹口区,较上年增长13.68%。增长较快的为浦东(2.01%)。",
      title: "上海市2023年教育经费执行情况统计公告\n")
    #expect(r.contains { $0.district == "虹口区" && $0.measure == "growth_pct" && $0.value == 13.68 })
    // 浦东 is 浦东新区 written short.
    #expect(r.contains { $0.district == "浦东新区" && $0.value == 2.01 })
    #expect(Gazetteer.stem("浦东新区") == "浦东")
  }

  @Test func twoYearsJoinedBy和OpeningASentencePairWithTheirFigures() {
    let r = rows("2020年和2021年,全县教育经费总投入分别为3.31亿元和4.20亿元,占GDP比例分别为5.9%和6.34%。")
    #expect(has(r, 2020, "value", 331_000_000, indicator: "教育经费总投入"))
    #expect(has(r, 2021, "value", 420_000_000, indicator: "教育经费总投入"))
    #expect(r.contains { $0.year == 2020 && $0.value == 5.9 })
    #expect(r.contains { $0.year == 2021 && $0.value == 6.34 })
  }

  @Test func aSpanWritten年至年And增支() {
    let r = rows(
      "2006年至2008年,全县财政对教育投入分别为7184万元、11587.8万元、1.9亿元。2012年1至6月,全县教育支出13286万元,同比增支4165万元,增长45.66%。")
    #expect(r.contains { $0.year == 2006 && $0.value == 71_840_000 })
    #expect(r.contains { $0.year == 2007 && $0.value == 115_878_000 })
    #expect(r.contains { $0.year == 2008 && $0.value == 190_000_000 })
    #expect(has(r, 2012, "change_abs", 41_650_000, indicator: "一般公共预算教育支出"))
    #expect(YearContext.mention(in: "2006年至2008年".foldedScalars, at: 0, end: 11)?.role == .range)
  }

  @Test func aMaskedYearBeforeADistrictWordIsNoDistrict() {
    #expect(DistrictDetector.isScopeWord("年区"))
  }
}
