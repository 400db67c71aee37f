import Testing

@testable import Metrics

/// Claims in report sentences written for these tests.
@Suite struct DutyClaimFinderTests {
  static func claims(_ text: String) -> [DutyClaim] {
    DutyClaimFinder().claims(in: ReportText(text: text, sourceFile: "t.txt"), district: "甲区", reportYear: 2022)
  }

  @Test func twoNoDecreaseClaimsBothSpendingRequirements() {
    let c = Self.claims("甲区人民政府\n一、工作成效\n严格落实“两个只增不减”，建立动态调整机制。\n")
    #expect(c.map(\.rule) == ["R1", "R2"])
    #expect(c.first?.provenance.line == 3)
    #expect(c.first?.year == 2022)
  }

  @Test func perStudentAndTotalClaimsAreToldApart() {
    let c = Self.claims("一般公共预算教育经费只增不减。生均一般公共预算教育经费只增不减。")
    #expect(c.map(\.rule) == ["R1", "R2"])
  }

  @Test func theSentencesOwnYearWinsOverTheReportYear() {
    let c = Self.claims("2021年公共财政教育支出的增长比例高于财政经常性收入的增长。")
    #expect(c.map(\.rule) == ["R5"])
    #expect(c.first?.year == 2021)
  }

  @Test func promisesUnderAPlansHeadingAndNegationsAreNotClaims() {
    #expect(Self.claims("一、成效\n教育工作扎实推进。\n二、存在的问题和下一步打算\n下一步将落实教育经费“两个只增不减”。\n").isEmpty)
    #expect(Self.claims("部分学校生均公用经费未达到省定标准。").isEmpty)
    #expect(Self.claims("各区公办幼儿园生均公用经费拨款标准应分别不低于每生每年800元、700元。").isEmpty)
    #expect(Self.claims("1.“两个只增不减”落实情况:普通高中生均经费增长10.21%。").isEmpty)
  }

  @Test func teacherPayAndStandardClaimsWithTheirLevels() {
    let pay = Self.claims("义务教育教师平均工资收入水平不低于本区公务员平均工资收入水平。")
    #expect(pay.map(\.rule) == ["R3"])
    let standard = Self.claims("全区各中小学生均公用经费高于市级标准100元。")
    #expect(standard.map(\.rule) == ["R4"])
    #expect(standard.first?.levels == [.primary, .juniorSecondary])
  }
}
