import Foundation
import Testing

@testable import Metrics

/// Differences against 全省 and against 全市 are different quantities: read apart,
/// stored apart, checked apart and charted apart.
@Suite struct ComparisonReferenceTests {
  @Test(arguments: [
    ("省", "全省"), ("全省", "全省"), ("全省平均水平", "全省"), ("比全市", "全市"), ("市的", "全市"),
    ("国家", "全国"), ("当地公务员平均工资", "当地公务员平均工资"),
  ])
  func spellingsOfOneReferenceAreOne(words: String, expected: String) {
    #expect(ComparisonReference.normalise(words) == expected)
  }

  @Test(arguments: ["上年", "上年度", "去年同期", "", "、", "2021年", "这是一整句很长的话不像一个比较对象而是一个从句"])
  func previousYearAndNonReferencesAreNone(words: String) {
    #expect(ComparisonReference.normalise(words) == nil)
  }

  func extract(_ body: String) -> [Observation] {
    ReportExtractor().extract(ReportText(text: "某某县人民政府\n关于2023年履行教育职责情况的自评报告\n" + body, sourceFile: "t.txt"))
      .observations
  }

  @Test func theReportSaysWhatEachDifferenceIsAgainst() throws {
    let o = extract("2023年，全县一本上线率达35.4%，高出省11个百分点、市7个百分点。")
    let diffs = o.filter { $0.measure == .percentagePointDifference }
    #expect(diffs.map(\.value) == [11, 7])
    #expect(diffs.map(\.reference) == ["全省", "全市"])
    #expect(o.first { $0.measure == .value }?.reference == nil)
    // Named before the comparison word.
    let before = extract("2023年学前三年毛入园率92%，比全市高出2.5个百分点。").first { $0.measure == .percentagePointDifference }
    #expect(before?.reference == "全市" && before?.value == 2.5)
  }

  @Test func yearOnYearAndSelfNamingDifferencesHaveNone() {
    let yoy = extract("2023年九年义务教育巩固率99.5%，较上年提高0.3个百分点。").first { $0.measure == .percentagePointDifference }
    #expect(yoy?.value == 0.3 && yoy?.reference == nil)
    // The indicator's name already says what it is compared with.
    let named = extract("2023年，义务教育教师平均工资收入139357元，高出当地公务员平均工资（121694元）5299元。")
    #expect(named.contains { $0.indicator == "教师工资高于公务员" && $0.value == 5299 && $0.reference == nil })
  }

  let table = """
    district,year,indicator,value,unit,measure,compared_to,source_file,source_text
    A,2022,一本上线率,30,%,,,r.txt,一本上线率30%
    A,2023,一本上线率,35.4,%,,,r.txt,一本上线率达35.4%，高出省11个百分点、市7个百分点
    A,2023,一本上线率,11,个百分点,pp_diff,全省,r.txt,一本上线率达35.4%，高出省11个百分点、市7个百分点
    A,2023,一本上线率,7,个百分点,pp_diff,市,r.txt,一本上线率达35.4%，高出省11个百分点、市7个百分点
    B,2023,一本上线率,4,个百分点,pp_diff,全省,s.txt,高于全省4个百分点
    """

  @Test func tidyFilesCarryTheReferenceBothWays() throws {
    let t = try tidy(table)
    #expect(t[2].reference == "全省" && t[3].reference == "市" && t[0].reference == nil)
    let csv = TidyCSVWriter().write(t)
    #expect(csv.hasPrefix(TidyCSVWriter.header + ",compared_to\n"))
    let back = try TidyCSVReader().read(data: Data(csv.utf8), name: "x.csv")
    #expect(back.map(\.reference) == t.map(\.reference))
    let json = try ObservationJSON.decode(ObservationJSON.encode(t), name: "x.json")
    #expect(json.map(\.reference) == t.map(\.reference))
  }

  @Test func theCheckerComparesLikeWithLike() throws {
    let findings = ConsistencyChecker().check(try tidy(table))
    // 11 and 7 are not a conflict, and 11 is not 35.4 − 30 (that would be the change on 2022).
    #expect(findings.isEmpty, "\(findings.map(\.message))")
  }

  @Test func aPanelHoldsOneReference() throws {
    let b = PanelBuilder(table: try tidy(table))
    let most = try b.panel(PanelQuery(indicator: "一本上线率", measure: .percentagePointDifference))
    #expect(most.reference == "全省" && most.value("A", 2023) == 11 && most.value("B", 2023) == 4)
    #expect(most.title == "一本上线率（较全省）")
    let w = try #require(most.warnings.first { $0.kind == .excludedReferences })
    #expect(w == .excludedReferences(indicator: "一本上线率", kept: "全省", left: [ReferenceCount(reference: "全市", count: 1)]))
    #expect(!most.warnings.contains { $0.kind == .duplicatesDisagree })
    // Asked for by any spelling.
    let city = try b.panel(PanelQuery(indicator: "一本上线率", measure: .percentagePointDifference, reference: "全市"))
    #expect(city.value("A", 2023) == 7 && city.districts == ["A"])
    #expect(city.warnings.allSatisfy { $0.kind != .excludedReferences })
    let e = errorText {
      _ = try b.panel(PanelQuery(indicator: "一本上线率", measure: .percentagePointDifference, reference: "全国"))
    }
    #expect(e.contains("compared with 全国") && e.contains("全省 (2)") && e.contains("全市 (1)"))
  }
}
