import Foundation
import Testing

@testable import Metrics

/// The grammar of report sentences, one rule per test, on sentences written
/// for the test (not taken from the seeds).
struct ReportExtractorTests {
  func extract(_ body: String, title: String = "某某县人民政府\n关于2022年履行教育职责情况的自评报告\n") -> Extraction {
    ReportExtractor().extract(ReportText(text: title + body, sourceFile: "t.txt"))
  }

  func rows(_ body: String) -> [(String, Int, String, String, Double?)] {
    extract(body).observations.map { ($0.indicator, $0.year, $0.level?.rawValue ?? "", $0.measure.rawValue, $0.value) }
  }

  @Test func aReportWithoutADistrictIsLabelledByItsFile() throws {
    let e = extract("2022年，学前三年毛入园率92.9%。", title: "关于履行教育职责情况的报告\n")
    let o = try #require(e.observations.first)
    #expect(o.district == "未识别区县（t.txt）")
    #expect(e.warnings.contains { $0.contains("未识别区县（t.txt）") })
    // It survives a round trip through the tidy table (an empty district would not).
    let back = try TidyCSVReader().read(
      data: Data(TidyCSVWriter().write(ObservationTable(e.observations)).utf8), name: "x.csv")
    #expect(back[0].district == o.district)
  }

  @Test func anAmountSpentAfterAShareOfItIsTheFundsAmount() {
    // u06: the 1.5% is the share of pay, the 312万元 the fund itself.
    let o = rows("2022年，教师培训经费按照教师工资总额的1.5%安排，全年支出312万元。")
    #expect(o.contains { $0.0 == "教师培训经费" && $0.3 == "value" && $0.4 == 3_120_000 })
    #expect(o.contains { $0.0 == "教师培训经费占工资总额比例" && $0.4 == 1.5 })
    // Without a fund named in the sentence, an amount spent belongs to nothing we know.
    #expect(!rows("2022年，全县教师参训率100%，全年支出312万元。").contains { $0.4 == 3_120_000 })
  }

  @Test func theBoardingTopUpIsAStandardOfItsOwn() {
    // Seed 003: on top of the per-student standard, so much more per boarder and year.
    let o = extract("2023年，对寄宿制学校按照寄宿生年生均300元标准增加公用经费补助。").observations
    #expect(o.count == 1)
    #expect(
      o.first?.indicator == "寄宿生公用经费补助" && o.first?.measure == .standard && o.first?.value == 300
        && o.first?.unit == .yuanPerStudentYear)
    // Per school, not per boarder: not this indicator.
    #expect(!rows("2023年，对寄宿制学校按照每校2万元标准增加公用经费补助。").contains { $0.0 == "寄宿生公用经费补助" })
  }

  @Test func teachersAddedWithTheLevelInsideThePhraseAreHires() {
    #expect(rows("2022年补充高中教师56名。").contains { $0.0 == "招聘教师数" && $0.4 == 56 })
  }

  @Test func standardsWrittenPerPupilAndYear() {
    let o = rows(
      """
      2022年，小学、初中生均公用经费基准定额分别为每生每年720元、940元。
      2022年，学前教育生均公用经费标准为每生每年650元。
      """)
    #expect(o.contains { $0.0 == "生均公用经费标准" && $0.2 == "小学" && $0.3 == "standard" && $0.4 == 720 })
    #expect(o.contains { $0.0 == "生均公用经费标准" && $0.2 == "初中" && $0.3 == "standard" && $0.4 == 940 })
    #expect(o.contains { $0.0 == "生均公用经费标准" && $0.2 == "学前" && $0.4 == 650 })
    // 公用经费 in plain words after 标准: the standard of each level named before its amount.
    let plain = rows("2022年，按照小学每生每年720元、初中每生每年940元的标准拨付公用经费。")
    #expect(plain.filter { $0.0 == "生均公用经费标准" }.map { "\($0.2) \($0.4!)" } == ["小学 720.0", "初中 940.0"])
    // A level alone is never what an amount is of.
    #expect(!rows("2022年，按照小学每生每年720元的标准拨付公用经费。").contains { $0.0.contains("按照") })
    // Without 标准 … 公用经费, a per-pupil amount after a level is not a funding standard.
    #expect(!rows("2022年，小学每生每年720元、初中每生每年940元用于课后服务。").contains { $0.0 == "生均公用经费标准" })
  }

  @Test func aPayGapAfterBothSidesAreNamed() {
    let o = rows("2022年，义务教育教师年平均工资收入12.3万元，当地公务员年平均工资收入11.8万元，教师高出0.5万元。")
    #expect(o.contains { $0.0 == "教师工资高于公务员" && $0.3 == "change_abs" && $0.4 == 5000 })
    #expect(o.filter { $0.3 == "value" }.count == 2)
    // Below: a negative gap.
    let below = rows("2022年，教师年平均工资收入9.1万元，公务员年平均工资收入9.3万元，教师低于公务员0.2万元。")
    #expect(below.contains { $0.0 == "教师工资高于公务员" && $0.4 == -2000 })
  }

  @Test func valueAndGrowth() {
    let o = extract("2022年一般公共预算教育支出14.13亿元、增长4.49%。").observations
    #expect(o.count == 2)
    #expect(
      o[0].indicator == "一般公共预算教育支出" && o[0].measure == .value && o[0].value == 1_413_000_000 && o[0].unit == .yuan)
    #expect(o[1].measure == .growthPercent && o[1].value == 4.49 && o[1].unit == .percent)
    #expect(o.allSatisfy { $0.district == "某某县" && $0.year == 2022 })
  }

  @Test(arguments: ["降低", "下降", "减少"])
  func fallsAreNegativeGrowth(word: String) {
    let o = extract("2022年初中生均一般公共预算教育经费\(word)2.52%。").observations
    #expect(o.count == 1)
    #expect(o.first?.measure == .growthPercent && o.first?.value == -2.52 && o.first?.level == .juniorSecondary)
  }

  @Test func percentagePointsAreNeverGrowth() {
    let o = extract("全县一本上线率达35.4%,高出全省11个百分点。教育支出增长比例高于财政经常性收入增长1.19个百分点。").observations
    #expect(o.map(\.measure) == [.value, .percentagePointDifference, .percentagePointDifference])
    #expect(o[1].indicator == "一本上线率" && o[1].value == 11 && o[1].unit == .percentagePoints)
    #expect(o[2].indicator == "教育支出增长高于财政经常性收入增长" && o[2].value == 1.19)
  }

  @Test func theDataYearIsNotTheReportYear() {
    // A report for 2022 speaking of 2021: the sentence's year wins; 比2020年 is a base, not a data year;
    // a paragraph without a year falls back to the report's year.
    let o = extract("2021年一般公共预算教育经费169333万元，比2020年增加了11330万元，增长率7.17%。\n学前三年毛入园率92.9%。").observations
    #expect(o.map(\.year) == [2021, 2021, 2021, 2022])
    #expect(o.map(\.measure) == [.value, .changeAbsolute, .growthPercent, .value])
    #expect(o[1].value == 113_300_000)
  }

  @Test func twoYearsInOneSentence() {
    let r = rows("普通高中生均一般公共预算教育经费支出,2022年为9455.76元,2023年为10421.07元,增长10.21%。")
    #expect(r.count == 3)
    #expect(r.map(\.1) == [2022, 2023, 2023])
    #expect(r.allSatisfy { $0.0 == "生均一般公共预算教育经费" && $0.2 == "普通高中" })
    #expect(r.map(\.3) == ["value", "value", "growth_pct"])
  }

  @Test func theParagraphYearCarriesToLaterSentencesButNotPastAnItem() {
    let r = rows("（一）经费。2021年，区财政安排资金。学前三年毛入园率93%。\n（二）安全。专职保安配备率100%。")
    #expect(r.map(\.1) == [2021, 2022])
  }

  @Test func datesAndPlansDoNotSetTheYear() {
    // 预计2024年2月投用 is an event; 2023-2025年 is a plan period whose figures are skipped.
    let r = rows("启动学校建设，预计2024年2月投用。学前三年毛入园率92.9%。2023-2025年规划投入资金9381.72万元。")
    #expect(r.count == 1)
    #expect(r.first?.1 == 2022)
  }

  @Test func oneFigureSharedByListedIndicators() {
    let r = rows("学校专职保安配齐率、校园封闭管理比例、一键报警及视频监控达标比例、护学岗设置率均达100%。")
    #expect(r.map(\.0) == ["专职保安配备率", "校园封闭管理比例", "一键报警及视频监控达标比例", "护学岗设置率"])
    #expect(r.allSatisfy { $0.4 == 100 })
  }

  @Test func ownPhrasesAreKeptNotForcedOntoTheCatalog() {
    let r = rows("宽带网络校校通建成率、多媒体教室配备率均达100%，自愿参与率仅有51.08%。")
    #expect(r.map(\.0) == ["宽带网络校校通建成率", "多媒体教室配备率", "自愿参与率"])
  }

  @Test func figuresPairedRespectively() {
    let r = rows("小学、初中校际差异系数均超过0.50、0.45。政府保障和教育质量指标达标率分别为73.3%、100%。")
    #expect(r.map(\.0) == ["校际差异系数", "校际差异系数", "政府保障指标达标率", "教育质量指标达标率"])
    #expect(r.map(\.2) == ["小学", "初中", "", ""])
    #expect(r.map(\.4) == [0.5, 0.45, 73.3, 100])
    #expect(extract("小学、初中校际差异系数均超过0.50、0.45。").observations.allSatisfy { $0.isApproximate })
  }

  @Test func teacherPayAboveCivilServantsKeepsAllThreeFiguresAsWritten() {
    let o = extract("2021年，义务教育教师平均工资收入139357元，高出当地公务员平均工资（121694元）5299元。").observations
    #expect(o.map(\.indicator) == ["教师年平均工资收入", "公务员年平均工资收入", "教师工资高于公务员"])
    #expect(o.map(\.value) == [139357, 121694, 5299])  // 139357 − 121694 ≠ 5299: kept, the checker flags it
    #expect(o.map(\.measure) == [.value, .value, .changeAbsolute])
  }

  @Test func publicKindergartenShareIsNotPublicEnrolmentShare() {
    let r = rows("公办园占比52%，公办在园幼儿占比61.8%。")
    #expect(r.map(\.0) == ["公办园占比", "公办在园幼儿占比"])
  }

  @Test func anAllLevelPerStudentFigureHasNoLevel() {
    let r = rows("生均支出1.75万元、增长13.99%，小学生均增长3.25%。")
    #expect(r.map(\.2) == ["", "", "小学"])
    #expect(r.first?.4 == 17_500)
    let again = rows("2022年小学生均一般公共预算教育经费12000元，生均支出18000元。")
    #expect(again.map(\.2) == ["小学", ""])
    let carried = rows("县职中生均占地38.1㎡，生均校舍20.6㎡。")
    #expect(carried.map(\.2) == ["中职", "中职"])
  }

  @Test func levelsNamedAfterTheIndicator() {
    let r = rows("生均公用经费基准定额为小学720元/年/人、初中940元/年/人。严格落实公用经费定额标准，幼儿园、小学1500元/生·年，中职2000元/生·年。")
    #expect(r.map(\.2) == ["小学", "初中", "学前", "小学", "中职"])
    #expect(r.allSatisfy { $0.3 == "standard" })
  }

  @Test func proceduralCountsAreLeftOut() {
    let r = rows("召开会议28次研究解决重大议题31个，县领导调研教育153人次、深入课堂41节次，开展法治教育260场次，动态调整教职工编制124名。")
    #expect(r.isEmpty)
  }

  @Test func partsAfterQiZhongAreNotTheWhole() {
    let r = rows("预算教师继续教育经费1001万余元，其中600万余元拨付到进修学校，401万元拨付到学校。全县共有幼儿园54所,其中公办园20所。")
    #expect(r.map(\.0) == ["教师培训经费", "幼儿园数", "公办幼儿园数"])
    #expect(extract("预算教师继续教育经费1001万余元。").observations.first?.isApproximate == true)
  }

  @Test func qualifiedFiguresAreNotTheIndicators() {
    // 县城内8所 is a part by place, not the number of public kindergartens.
    #expect(rows("公办园县城内8所,农场3所,乡镇(村)9所。").isEmpty)
  }

  @Test func maskedFiguresAreMissingNeverZero() {
    let o = extract("全市2021年教育经费支出***.**亿元，增长*％。普惠性幼儿园覆盖率达**％。").observations
    #expect(o.count == 3)
    #expect(o.allSatisfy { $0.value == nil && $0.isMasked })
    #expect(o.map(\.measure) == [.value, .growthPercent, .value])
  }

  @Test func aRankIsNotAValue() {
    let r = rows("我县当年预算教育支出进度为26.2%,全省排名39,结转资金支出进度16.19%,全省排名41.2.教育投入落实情况。")
    #expect(r.map(\.4) == [26.2, 16.19])
    #expect(r.first?.0 == "当年预算教育支出进度")  // 教育支出 in another sense: the report's phrase
  }

  @Test func targetsAreMarked() {
    let r = rows("2024年拟招聘专任教师137人,聘特岗教师19人。")
    #expect(r.map(\.3) == ["target", "target"])
    #expect(r.map(\.1) == [2024, 2024])
  }

  @Test func countsWrittenBeforeWhatTheyCount() {
    let r = rows("保障635名残疾儿童接受义务教育，入学率96.7%。")
    #expect(r.map(\.0) == ["接受义务教育的残疾儿童数", "残疾儿童少年入学率"])
  }

  @Test func levelsAtThePhraseHeadAndAChangeSharedByBoth() {
    let r = rows("全县小学、初中大班额比例分别为0.5%、1.2%，均比上年下降0.3个百分点。")
    #expect(r.map(\.0) == ["大班额比例", "大班额比例", "大班额比例", "大班额比例"])
    #expect(r.map(\.2) == ["小学", "初中", "小学", "初中"])
    #expect(r.map(\.3) == ["value", "value", "pp_diff", "pp_diff"])
    #expect(r.map(\.4) == [0.5, 1.2, -0.3, -0.3])
  }

  @Test func totalFundingIsNotBudgetExpenditure() {
    let r = rows("2023年教育经费总投入12.5亿元，其中一般公共预算教育支出10.2亿元，同比增长5.6%。")
    #expect(r.map(\.0) == ["教育经费总投入", "一般公共预算教育支出", "一般公共预算教育支出"])
    #expect(r.map(\.3) == ["value", "value", "growth_pct"])
  }

  @Test func levelsDoNotAttachToIndicatorsWithoutLevels() {
    let r = rows("全县共有各级各类学校156所，其中幼儿园62所，小学70所，初中18所。专任教师3200人，其中小学1500人，初中1000人。")
    #expect(r.map(\.0) == ["幼儿园数", "专任教师数", "专任教师数", "专任教师数"])
    #expect(r.map(\.2) == ["", "", "小学", "初中"])
  }

  @Test func countsAndRatios() {
    let r = rows("全区共有中小学校120所，在校学生8.5万人，专任教师6500人，小学生师比17.5:1。")
    #expect(r.map(\.0) == ["在校学生数", "专任教师数", "生师比"])
    #expect(r.map(\.4) == [85_000, 6500, 17.5])
    #expect(r.last?.2 == "小学")
  }

  @Test func provenancePointsAtTheSentence() throws {
    let e = extract("第一段。\n2022年一般公共预算教育支出14.13亿元。")
    let p = try #require(e.observations.first?.provenance)
    #expect(p.sourceFile == "t.txt")
    #expect(p.line == 4)
    #expect(p.sourceText == "2022年一般公共预算教育支出14.13亿元。")
  }

  @Test func withoutDistrictOrYearThereAreWarnings() {
    let e = ReportExtractor().extract(ReportText(text: "教育支出14亿元。", sourceFile: "x.txt"))
    #expect(e.district == nil && e.reportYear == nil)
    #expect(e.observations.isEmpty)
    #expect(e.warnings.count >= 2)
  }

  @Test func respectiveChangesMayDifferInSign() {
    let r = rows("小学、初中生均一般公共预算教育经费分别为14,215元、18,930元，分别比上年增长2.1%和下降1.4%。")
    #expect(r.map(\.2) == ["小学", "初中", "小学", "初中"])
    #expect(r.map(\.3) == ["value", "value", "growth_pct", "growth_pct"])
    #expect(r.map(\.4) == [14215, 18930, 2.1, -1.4])
  }

  @Test func theLastFigureOfAListMayFollowHe() {
    let r = rows("学前、小学、初中、普通高中生均一般公共预算教育经费较上年分别增长4.2%、1.6%、2.7%和3.1%。")
    #expect(r.map(\.2) == ["学前", "小学", "初中", "普通高中"])
    #expect(r.map(\.4) == [4.2, 1.6, 2.7, 3.1])
    // 和 joining a figure that has no indicator of its own is not part of the list.
    let s = rows("整改率98.8%和总体满意度高。")
    #expect(s.map(\.4) == [98.8])
  }

  @Test func aTargetYearIsNotADataYear() {
    let r = rows("学前三年毛入园率为92.1%，力争2025年达到95%。残疾儿童少年入学率为96.2%。")
    #expect(r.map(\.1) == [2022, 2025, 2022])
    #expect(r.map(\.3) == ["value", "target", "value"])
  }

  @Test func countsInUnitsOfProceduresNeedTheirIndicatorRightBefore() {
    let r = rows("排查安全隐患320处，整改率为99.1%。全年涉校涉生安全事故3起，较上年减少2起。开展专项检查12次，拆除违规广告20余处。")
    #expect(r.map(\.0) == ["排查隐患数", "隐患整改率", "涉校涉生安全事故数", "涉校涉生安全事故数"])
    #expect(r.map(\.4) == [320, 99.1, 3, -2])
  }

  @Test func aStandardWrittenBeforeItsFunds() {
    let r = rows("按650元/生/年的标准拨付学前教育生均公用经费。按800元/生/年的标准拨付生均公用经费。")
    // The second names no level: its scope is unknown, so it is not forced onto one.
    #expect(r.map(\.0) == ["生均公用经费标准"])
    #expect(r.map(\.2) == ["学前"])
    #expect(r.map(\.3) == ["standard"])
  }

  @Test func standardsWithTheLevelBeforeEachAmount() {
    let o = extract("按照小学不低于720元、初中不低于940元的标准足额拨付生均公用经费。").observations
    #expect(o.map(\.indicator) == ["生均公用经费标准", "生均公用经费标准"])
    #expect(o.map { $0.level?.rawValue ?? "" } == ["小学", "初中"])
    // 不低于 is a floor, not a comparison: the amounts stay positive, in 元 per pupil and year.
    #expect(o.map(\.value) == [720, 940])
    #expect(o.allSatisfy { $0.measure == .standard && $0.unit == .yuanPerStudentYear && !$0.isApproximate })
    // Without 标准, or with a level missing, nothing is forced.
    #expect(rows("小学720元、初中940元用于拨付生均公用经费。").allSatisfy { $0.0 != "生均公用经费标准" })
    #expect(rows("按照小学不低于720元、不低于940元的标准拨付生均公用经费。").allSatisfy { $0.0 != "生均公用经费标准" })
  }

  @Test func aShareOfBasicPayIsNotAShareOfThePayroll() {
    let r = rows("2022年教师培训经费按基本工资1.5%安排预算。教师培训经费按照教师工资总额的1.5%安排。")
    #expect(r.map(\.0) == ["教师培训经费占基本工资比例", "教师培训经费占工资总额比例"])
    #expect(r.map(\.4) == [1.5, 1.5])
  }

  @Test func theShareOfTheBudgetIsNotTheExpenditure() {
    let r = rows("一般公共预算教育支出占一般公共预算支出的比例为18.2%。")
    #expect(r.map(\.0) == ["一般公共预算教育支出占一般公共预算支出比例"])
    #expect(r.map(\.4) == [18.2])
  }

  @Test func aLevelReachedOrKeptIsAValue() {
    let r = rows("二是全市大班额比例降至0.8%，九年义务教育巩固率保持在99%以上，校际差异系数小学为0.42、初中为0.38。")
    #expect(r.first?.0 == "大班额比例")  // 二是 enumerates; it is not part of the name
    #expect(r.map(\.3) == ["value", "value", "value", "value"])
    #expect(r.map(\.4) == [0.8, 99, 0.42, 0.38])
    #expect(r.map(\.2) == ["", "", "小学", "初中"])
  }

  @Test func aFigureRightAfterTheComparedQuantityIsTheGap() {
    let r = rows("全区教师年平均工资收入13.46万元，高于公务员年平均工资收入2,350元。")
    #expect(r.map(\.0) == ["教师年平均工资收入", "教师工资高于公务员"])
    #expect(r.map(\.3) == ["value", "change_abs"])
    #expect(r.map(\.4) == [134_600, 2350])
  }

  @Test func moneyHandedOutIsNotAProcedureCount() {
    let r = rows("全年发放各类学生资助资金3,265.4万元，惠及学生2.1万人次。发放《告家长书》19万余份。")
    #expect(r.map(\.0) == ["学生资助资金"])
    #expect(r.map(\.4) == [32_654_000])
  }

  @Test func aLevelHeadingAnItemCoversItsCounts() {
    let r = rows("（3）义务教育：在校学生9.6万人，专任教师6,210人；小学、初中生师比分别为16.8、12.1。")
    #expect(r.map(\.0) == ["在校学生数", "专任教师数", "生师比", "生师比"])
    #expect(r.map(\.2) == ["义务教育", "义务教育", "小学", "初中"])
  }

  @Test func preSchoolPupilsAreChildrenInKindergarten() {
    let r = rows("全县在园幼儿、小学、初中在校生分别为9,865人、28,410人、13,226人。")
    #expect(r.map(\.0) == ["在园幼儿数", "在校学生数", "在校学生数"])
    #expect(r.map(\.2) == ["", "小学", "初中"])
  }
}
