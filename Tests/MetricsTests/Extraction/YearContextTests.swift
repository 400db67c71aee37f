import Testing

@testable import Metrics

struct YearContextTests {
  func mention(_ s: String, at i: Int) -> YearMention? {
    let f = s.foldedScalars
    return YearContext.mention(in: f, at: i, end: f.count)
  }

  @Test func rolesOfYears() {
    #expect(mention("2022年一般公共预算", at: 0)?.role == .data)
    #expect(mention("比2020年增加", at: 1)?.role == .base)
    #expect(mention("较2021年均有缩小", at: 1)?.role == .base)
    #expect(mention("同比2021年增长", at: 2)?.role == .base)
    #expect(mention("2021年9月投用", at: 0)?.role == .date)
    #expect(mention("2023-2025年继续实施", at: 0)?.role == .range)
    #expect(mention("2021及2022年分别有", at: 5)?.role == .range)
    #expect(mention("2024年级", at: 0) == nil)
    #expect(mention("〔2023〕464号", at: 1) == nil)
  }

  @Test func aBaseMarkerIsPartOfTheMention() {
    #expect(mention("比2020年增加", at: 1)?.range == 0..<6)
  }

  func reportYear(_ s: String) -> Int? {
    let t = ScalarText(s)
    return YearContext.reportYear(t, sentences: SentenceSplitter.split(t))
  }

  @Test func theReportYearComesFromTheTitle() {
    #expect(reportYear("丰都县人民政府\n关于2022年以来县政府履行教育职责情况的\n自评报告") == 2022)
    #expect(reportYear("重庆市沙坪坝区人民政府办公室\n关于报送《重庆市沙坪坝区人民政府2022年履行教育职责情况自查自评报告》的函") == 2022)
    // A year outside 《》 beats one inside: the title of the scheme names another year.
    #expect(reportYear("根据《2021年评价方案》，现将**市人民政府2022年度履行教育职责自查自评情况报告如下。") == 2022)
  }

  @Test func withoutATitleYearTheSignatureDateGivesTheYearBefore() {
    #expect(reportYear("自评报告\n\n正文\n\n\n\n丰都县人民政府\n2023年10月31日") == 2022)
  }

  @Test func aTitleBelowAMenuGivesTheYear() {
    let page = "首页\n政务公开\n通知公告\n信息公开目录\n部门文件\n关于2021年全县教育经费执行情况统计公告\n全县教育经费总投入为5亿元。"
    #expect(reportYear(page) == 2021)
  }

  @Test func aPublicationDateLineGivesTheYearBefore() {
    #expect(reportYear("教育经费执行情况统计公告\n发布时间：2024-01-02 09:30\n全县教育经费总投入为5亿元。") == 2023)
    #expect(reportYear("教育经费执行情况统计公告\n全县教育经费总投入为5亿元。\n\n某某县教育局\n2024/1/2") == 2023)
    #expect(YearContext.numericDate("2024.01.02".foldedScalars, at: 0, end: 10) == 2024)
    #expect(YearContext.numericDate("3.5-4.2".foldedScalars, at: 0, end: 7) == nil)
    #expect(YearContext.numericDate("2024-13-02".foldedScalars, at: 0, end: 10) == nil)
  }

  @Test func figuresOfAReportDatedOnlyByItsSignatureAreKeptWithTheYearBefore() {
    let text = "教育经费执行情况统计公告\n全县一般公共预算教育经费为75128.36万元，比上年增长2.15%。\n\n青松县教育局\n2024年1月2日"
    let e = ReportExtractor().extract(ReportText(text: text, sourceFile: "t.txt"))
    #expect(e.reportYear == 2023)
    #expect(e.observations.contains { $0.year == 2023 && $0.value == 751_283_600 })
    #expect(!e.warnings.contains { $0.contains("no year") })
  }

  @Test func aYearInTheSentenceStillWins() {
    let text = "关于2022年全县教育经费执行情况统计公告\n2021年全县一般公共预算教育经费为75128.36万元。"
    let e = ReportExtractor().extract(ReportText(text: text, sourceFile: "t.txt"))
    #expect(e.observations.first?.year == 2021)
  }

  @Test func yearsOfFiguresInTheFirstLinesAreNotTheTitles() {
    // A summary whose third line already lists figures over 2019—2021: the title has no year.
    let text = "教育工作总结\n\n今年以来，我县各项工作有序推进。\n一、2019—2021年全县教育经费总投入分别为100万元、110万元、120万元。\n\n某某县教育局\n2021年12月20日"
    #expect(reportYear(text) == 2021)
  }

  @Test func aSummaryThatSaysThisYearIsOfTheYearItIsDated() {
    #expect(reportYear("工作总结\n今年全县教育经费总投入为5亿元。\n\n某某县教育局\n2023年12月26日") == 2023)
    #expect(reportYear("统计公告\n全县教育经费总投入为5亿元。\n\n某某县教育局\n2023年12月26日") == 2022)
  }

  @Test func aNewsItemWithoutTitleYearOrDateIsOfTheYearItNamesMost() {
    let text = "**县教育投入再创新高\n\n本报讯 2022年该县一般公共预算教育经费达到5.86亿元，比2021年增长8%。\n据介绍，2022年全县生均经费为18620.40元。\n普通高中生均公用经费为3000元。"
    #expect(reportYear(text) == 2022)
    let e = ReportExtractor().extract(ReportText(text: text, sourceFile: "t.txt"))
    #expect(e.observations.contains { $0.year == 2022 && $0.value == 3000 })
  }

  @Test func aHeadingBeforeFiguresOnItsLineIsNotATitle() {
    let text = "教育工作总结\n今年以来，我县工作有序推进。\n一、经费投入。2019—2021年全县教育经费总投入分别为100万元、110万元、120万元。\n\n某某县教育局\n2021年12月20日"
    #expect(reportYear(text) == 2021)
    #expect(reportYear(text.replacingOccurrences(of: "2021年12月20日", with: "2022年12月20日")) == 2022)
  }

  @Test func yearsOutOfAPDFMayHaveASpaceBefore年() {
    #expect(mention("2021 年度履行", at: 0)?.role == .data)
    #expect(mention("2021 年度履行", at: 0)?.range == 0..<7)  // 年度: the 度 is the year's
    #expect(mention("2021 年 9 月投用", at: 0)?.role == .date)
    #expect(mention("2021  年", at: 0) == nil)
  }

  @Test func aYearFollowedBy相比IsTheBaseOfAComparison() {
    // 2024年度收入合计…，2023年度相比，增加…: the writer dropped 与; 2023 is the base, not a data year.
    #expect(mention("2023年度相比,增加", at: 0)?.role == .base)
    #expect(mention("2023年相较", at: 0)?.role == .base)
    #expect(mention("2024年度收入合计", at: 0)?.role == .data)
    #expect(mention("2024年度收入合计", at: 0)?.range == 0..<6)
  }
}
