import Foundation
import Testing

@testable import Metrics

/// The scorecard of the seed reports (Fixtures/extraction), checked against what
/// their texts say — read by hand, see the comments.
@Suite struct DutySeedTests {
  static let directory = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/extraction")

  /// Extracts a seed and finds its claims, as `compare duties` does.
  static func scorecard(_ seed: String) throws -> [ScorecardRow] {
    let report = try ReportLoader.load(directory.appendingPathComponent("\(seed).txt"))
    let extraction = ReportExtractor().extract(report)
    let district = try #require(extraction.district)
    let claims = DutyClaimFinder().claims(in: report, district: district, reportYear: extraction.reportYear)
    return DutyChecker().scorecard(ObservationTable(extraction.observations), claims: claims)
  }

  static func row(_ rows: [ScorecardRow], _ district: String, _ year: Int, _ rule: String) throws -> ScorecardRow {
    try #require(rows.first { $0.district == district && $0.year == year && $0.rule.id == rule })
  }

  /// 大足区 2021: “生均一般公共预算教育经费只增不减。2021年…初中生均降低2.52%”.
  @Test func dazuPerStudentSpendingIsContradictedForJuniorSecondary() throws {
    let rows = try Self.scorecard("004_7811de6225d2c56f")
    let r2 = try Self.row(rows, "大足区", 2021, "R2")
    #expect(r2.status == .contradicted)
    let failing = r2.figures.filter { $0.passes == false }
    #expect(failing.count == 1)
    #expect(failing.first?.level == .juniorSecondary)
    #expect(failing.first?.value == -2.52)
    #expect(r2.figures.filter { $0.passes == true }.count == 4)  // 学前 小学 普高 中职 rose
    #expect(r2.claims.contains { $0.provenance.sourceText.contains("生均一般公共预算教育经费只增不减") })
  }

  /// 大足区 2021: 教师 139357元, 公务员 121694元, “高出…5299元” (the difference is 17663).
  @Test func dazuTeacherPayIsMetButTheStatedGapIsInconsistent() throws {
    let rows = try Self.scorecard("004_7811de6225d2c56f")
    let r3 = try Self.row(rows, "大足区", 2021, "R3")
    #expect(r3.status == .met)
    #expect(r3.notes.count == 1)
    #expect(r3.notes.first?.contains("17663") == true)
    #expect(r3.notes.first?.contains("5299") == true)
  }

  /// 大足区 2021: spending grew 7.17 % and the report says so; 生均公用经费标准均不低于国家保障标准 with no amount.
  @Test func dazuOtherRequirements() throws {
    let rows = try Self.scorecard("004_7811de6225d2c56f")
    #expect(try Self.row(rows, "大足区", 2021, "R1").status == .met)
    #expect(try Self.row(rows, "大足区", 2021, "R4").status == .claimedOnly)
    #expect(try Self.row(rows, "大足区", 2021, "R5").status == .notReported)
  }

  /// 沙坪坝区 2022: 高于财政经常性收入的增长1.19个百分点; 小学 1500元 ≥ 600; “严格落实“两个只增不减”” with no total.
  @Test func shapingba() throws {
    let rows = try Self.scorecard("001_9dd3514ff93b17c8")
    #expect(try Self.row(rows, "沙坪坝区", 2022, "R5").status == .met)
    #expect(try Self.row(rows, "沙坪坝区", 2022, "R4").status == .met)
    #expect(try Self.row(rows, "沙坪坝区", 2022, "R2").status == .met)
    #expect(try Self.row(rows, "沙坪坝区", 2022, "R1").status == .claimedOnly)
    #expect(try Self.row(rows, "沙坪坝区", 2022, "R3").status == .claimedOnly)
  }

  /// 丰都县 2022: 教师 152014元 “高于公务员水平” without the civil-servant figure.
  @Test func fengduTeacherPayIsClaimedOnly() throws {
    let rows = try Self.scorecard("000_fbdfa655b18779ee")
    #expect(try Self.row(rows, "丰都县", 2022, "R1").status == .met)
    #expect(try Self.row(rows, "丰都县", 2022, "R3").status == .claimedOnly)
    #expect(try Self.row(rows, "丰都县", 2022, "R4").status == .claimedOnly)
  }

  /// **市 promises 两个只增不减 in its 整改措施 section: a plan, not a claim; its figures are masked.
  @Test func maskedCityHasOnlyNotReportedRows() throws {
    let rows = try Self.scorecard("002_8fc72739b7b865c1")
    #expect(!rows.isEmpty)
    #expect(rows.allSatisfy { $0.status == .notReported })
  }

  /// *县 2023: the heading “两个只增不减”落实情况 claims nothing; 720/940元 ≥ the 2016 baseline.
  @Test func countyStandardsMeetTheBaseline() throws {
    let rows = try Self.scorecard("003_5f29f3c7baff100d")
    let r4 = try Self.row(rows, "*县", 2023, "R4")
    #expect(r4.status == .met)
    #expect(r4.figures.contains { $0.level == .juniorSecondary && $0.value == 940 && $0.passes == true })
    #expect(try Self.row(rows, "*县", 2023, "R2").status == .met)
    #expect(try Self.row(rows, "*县", 2023, "R2").claims.isEmpty)
  }
}
