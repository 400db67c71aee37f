import Foundation
import Testing

@testable import Metrics

/// Nothing silently vanishes: every figure with a unit becomes an observation (under
/// the report's own words when the catalog does not know it) or is left out with a
/// reason. Sentences written for these tests.
struct UncataloguedFigureTests {
  let title = "白石县2022年教育工作情况\n"

  func extract(_ body: String, keep: Bool) -> Extraction {
    ReportExtractor(keepsUncatalogued: keep).extract(ReportText(text: title + body, sourceFile: "t.txt"))
  }

  @Test func aFigureOfNoCatalogIndicatorKeepsTheReportsWords() throws {
    let e = extract("白石中学改造项目计划投资620万元，实际拨付415.30万元。", keep: true)
    let paid = try #require(e.observations.first { $0.value == 4_153_000 })
    #expect(paid.indicator == "实际拨付")
    #expect(paid.flags.contains(.uncatalogued))
    #expect(paid.year == 2022)
    #expect(e.figuresSeen == 2)
    #expect(e.leftOut.isEmpty)
  }

  @Test func scopeAndLinkingWordsAreTrimmed() throws {
    let e = extract("全县校舍建筑面积为38.6万平方米。其中学校食堂从业人员1250人。", keep: true)
    #expect(e.observations.contains { $0.indicator == "校舍建筑面积" && $0.value == 386_000 && $0.unit == .squareMetres })
    #expect(e.observations.contains { $0.indicator == "学校食堂从业人员" && $0.value == 1250 })
  }

  @Test func aChangeWithoutWordsOfItsOwnIsTheChangeOfTheFigureBefore() throws {
    let e = extract("全县学生营养改善资金1860万元，增长6.5%。", keep: true)
    #expect(e.observations.contains { $0.indicator == "学生营养改善资金" && $0.measure == .value && $0.value == 18_600_000 })
    #expect(e.observations.contains { $0.indicator == "学生营养改善资金" && $0.measure == .growthPercent && $0.value == 6.5 })
  }

  @Test func catalogOnlyLeavesThemOutWithAReason() throws {
    let e = extract("白石中学改造项目计划投资620万元，实际拨付415.30万元。", keep: false)
    #expect(e.observations.isEmpty)
    #expect(e.figuresSeen == 2)
    #expect(e.leftOut.count == 2)
    #expect(e.leftOut.allSatisfy { $0.line == 2 && !$0.reason.isEmpty })
    #expect(e.leftOut.map(\.figure) == ["620万元", "415.30万元"])
  }

  @Test func eventsRangesAndRanksAreLeftOutEvenWhenKept() throws {
    let e = extract("全年开展督导检查12次，培训教师300—500人。", keep: true)
    #expect(e.observations.isEmpty)
    #expect(e.leftOut.count == 2)
    #expect(e.leftOut.contains { $0.figure.hasPrefix("12") && $0.reason.contains("events") })
    #expect(e.leftOut.contains { $0.reason.contains("range") })
  }

  @Test func catalogFiguresAreMarkedCatalogued() throws {
    let e = extract("2022年一般公共预算教育支出3.2亿元。", keep: true)
    let o = try #require(e.observations.first)
    #expect(!o.flags.contains(.uncatalogued))
  }
}
