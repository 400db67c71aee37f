import Foundation
import Testing

@testable import Metrics

@Suite struct IndicatorCatalogTests {
  let c = IndicatorCatalog.standard

  @Test func aliasesAndLevelPrefixes() throws {
    #expect(c.resolve("生均教育经费")?.indicator.id == "per_student_expenditure")
    // 教育事业费 is spending less capital construction: an indicator of its own.
    #expect(c.resolve("生均教育事业费")?.indicator.id == "per_student_operating_expenditure")
    let primary = try #require(c.resolve("小学生均一般公共预算教育经费"))
    #expect(primary.indicator.id == "per_student_expenditure")
    #expect(primary.level == .primary)
    #expect(c.resolve("普通高中生均一般公共预算教育经费")?.level == .seniorGeneral)
    #expect(c.resolve("生均一般公共预算教育经费（初中）")?.level == .juniorSecondary)
    #expect(c.resolve("per_student_expenditure")?.level == nil)
    // A level prefix on an indicator without levels is not silently accepted.
    #expect(c.resolve("小学一般公共预算教育支出") == nil)
  }

  @Test func aUnitInBracketsIsNotPartOfTheName() {
    #expect(c.resolve("生均一般公共预算教育经费（元）")?.indicator.id == "per_student_expenditure")
    #expect(c.resolve("学前三年毛入园率(%)")?.indicator.id == "preschool_gross_enrolment")
    #expect(c.resolve("小学生均一般公共预算教育经费（万元）")?.level == .primary)
    // Brackets that are not a unit keep their meaning (a level) or fail.
    #expect(c.resolve("生均一般公共预算教育经费（初中）")?.level == .juniorSecondary)
    #expect(c.resolve("生均一般公共预算教育经费（说明）") == nil)
  }

  @Test func similarNamesStayDifferentIndicators() {
    #expect(c.resolve("公办园占比")?.indicator.id == "public_kindergarten_share")
    #expect(c.resolve("公办在园幼儿占比")?.indicator.id == "public_kindergarten_enrolment_share")
    #expect(c.resolve("公办园占比")?.indicator.id != c.resolve("公办在园幼儿占比")?.indicator.id)
  }

  @Test func userAliasFile() throws {
    let user = try IndicatorCatalog.loading(aliasFile: fixture("aliases.csv"))
    #expect(user.resolve("公办率")?.indicator.id == "public_kindergarten_share")
    #expect(user.resolve("生均经费（元）")?.indicator.id == "per_student_expenditure")
    #expect(IndicatorCatalog.standard.resolve("公办率") == nil)  // the base is untouched
  }

  @Test func conflictingAliasNamesTheLine() throws {
    let e = errorText { _ = try IndicatorCatalog.loading(aliasFile: fixture("aliases_conflict.csv")) }
    #expect(e.contains("aliases_conflict.csv:3: column 'alias': alias \"公办园在园幼儿占比\" already names 公办在园幼儿占比, not 公办园占比"))
  }

  @Test func unknownTargetAndJSONAliasFiles() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("alias-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let csv = dir.appendingPathComponent("a.csv")
    try Data("x,生均教育经费\ny,生均教育经费支出不存在\n".utf8).write(to: csv)
    let e = errorText { _ = try IndicatorCatalog.loading(aliasFile: csv) }
    #expect(e.contains("a.csv:2: column 'indicator': unknown indicator \"生均教育经费支出不存在\"; did you mean"))
    let json = dir.appendingPathComponent("a.json")
    try Data(#"{"普惠覆盖": "inclusive_kindergarten_coverage"}"#.utf8).write(to: json)
    #expect(
      try IndicatorCatalog.loading(aliasFile: json).resolve("普惠覆盖")?.indicator.id == "inclusive_kindergarten_coverage")
  }

  @Test func suggestionsAndListing() throws {
    #expect(c.suggestions(for: "生均一般公共预算经费").first?.id == "per_student_expenditure")
    let rows = CatalogListing.rows(c)
    #expect(rows.count == c.indicators.count)
    #expect(rows.allSatisfy { $0.count == CatalogListing.header.count })
    #expect(CatalogListing.csv(c).hasPrefix("id,chinese,english,category,unit,levels,aliases\n"))
    #expect(CatalogListing.markdown(c).contains("| per_student_expenditure | 生均一般公共预算教育经费 |"))
    let json = try JSONSerialization.jsonObject(with: Data(CatalogListing.json(c).utf8)) as? [[String: Any]]
    #expect(json?.count == c.indicators.count)
  }
}
