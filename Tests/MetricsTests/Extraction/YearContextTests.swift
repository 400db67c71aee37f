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
}
