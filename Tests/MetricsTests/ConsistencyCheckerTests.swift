import Foundation
import Testing

@testable import Metrics

@Suite struct ConsistencyCheckerTests {
  @Test func seed004TeacherPayDoesNotAddUp() throws {
    let t = try tidy(
      """
      district,year,indicator,value,unit,source_file,source_text
      大足区,2021,义务教育教师平均工资收入,139357,元,004.txt,义务教育教师平均工资收入139357元
      大足区,2021,公务员平均工资,121694,元,004.txt,高出当地公务员平均工资（121694元）5299元
      大足区,2021,教师工资高于公务员,5299,元,004.txt,高出当地公务员平均工资（121694元）5299元
      """)
    let findings = ConsistencyChecker().check(t)
    #expect(findings.count == 1)
    let f = try #require(findings.first)
    #expect(f.kind == .differenceMismatch)
    #expect(
      f.message.contains("139357") && f.message.contains("121694") && f.message.contains("17663")
        && f.message.contains("5299"))
    #expect(f.observations.count == 3)
    #expect(f.description.contains("004.txt “高出当地公务员平均工资（121694元）5299元”"))
    #expect(!f.description.contains("004.txt:"))  // table lines are not lines of 004.txt
    // Two of the three figures come from one sentence: it is quoted once.
    #expect(f.description.components(separatedBy: "5299元”").count - 1 == 1)
    #expect(f.description.split(separator: "\n").count == 3)
  }

  @Test func duplicatesFromOneReportSaySo() throws {
    let t = try tidy(
      """
      district,year,indicator,value,unit,source_file,source_text
      A,2022,新增学位,1920,个,r.txt,新建6所幼儿园，新增学位1920个
      A,2022,新增学位,4290,个,r.txt,改扩建学校3所，新增学位4290个
      B,2022,新增学位,100,个,x.txt,新增学位100个
      B,2022,新增学位,200,个,y.txt,新增学位200个
      """)
    let findings = ConsistencyChecker().check(t).filter { $0.kind == .duplicateConflict }
    #expect(findings.count == 2)
    let a = try #require(findings.first { $0.message.hasPrefix("A ") })
    #expect(a.message.contains("both in r.txt, in different sentences"))
    let b = try #require(findings.first { $0.message.hasPrefix("B ") })
    #expect(!b.message.contains("both in"))  // two reports disagreeing: a plain conflict
  }

  @Test func seed004ExpenditureAddsUp() throws {
    // 169333万元, +11330万元, growth 7.17 %: 11330 / (169333 − 11330) = 7.1707 %.
    let t = try tidy(
      """
      district,year,indicator,value,unit,measure
      大足区,2021,一般公共预算教育经费,169333,万元,value
      大足区,2021,一般公共预算教育经费,11330,万元,change_abs
      大足区,2021,一般公共预算教育经费,7.17,%,growth_pct
      """)
    #expect(ConsistencyChecker().check(t).isEmpty)
    let wrong = try tidy(
      """
      district,year,indicator,value,unit,measure
      大足区,2021,一般公共预算教育经费,169333,万元,value
      大足区,2021,一般公共预算教育经费,11330,万元,change_abs
      大足区,2021,一般公共预算教育经费,7.71,%,growth_pct
      """)
    let f = ConsistencyChecker().check(wrong)
    #expect(f.map(\.kind) == [.growthMismatch])
    #expect(f.first?.message.contains("7.17%") == true)
  }

  @Test func growthAgainstTwoValuesAllowsRounding() throws {
    let ok = try tidy(
      "district,year,indicator,value,unit,measure\nA,2022,X,17500,元,\nA,2023,X,18054,元,\nA,2023,X,3.17,%,growth_pct\n")
    #expect(ConsistencyChecker().check(ok).isEmpty)  // 3.1657 rounds to 3.17
    let bad = try tidy(
      "district,year,indicator,value,unit,measure\nA,2022,X,17500,元,\nA,2023,X,18054,元,\nA,2023,X,4.0,%,growth_pct\n")
    let f = ConsistencyChecker().check(bad)
    #expect(f.map(\.kind) == [.growthMismatch])
    #expect(f[0].message.contains("17500 (2022) → 18054 (2023) is 3.17%"))
  }

  @Test func changeAndPercentagePointDifferences() throws {
    let t = try tidy(
      """
      district,year,indicator,value,unit,measure
      A,2022,毛入园率,90.1,%,
      A,2023,毛入园率,91.3,%,
      A,2023,毛入园率,1.2,个百分点,pp_diff
      B,2022,教育支出,103,万元,
      B,2023,教育支出,131,万元,
      B,2023,教育支出,20,万元,change_abs
      """)
    let f = ConsistencyChecker().check(t)
    #expect(f.map(\.kind) == [.differenceMismatch])
    #expect(f[0].message.contains("B 2023") && f[0].message.contains("= 280000"))
  }

  @Test func duplicateConflictsAndImplausibleValues() throws {
    let t = try tidy(
      """
      district,year,indicator,value,unit,source_file
      A,2023,公办园占比,60,%,a.txt
      A,2023,公办园占比,65,%,b.txt
      A,2023,毛入园率,160,%,a.txt
      A,2022,毛入园率,101.5,%,a.txt
      A,2023,幼儿园数,-3,所,a.txt
      A,2023,未知比率,120,%,a.txt
      A,2023,生均一般公共预算教育经费,-2.5,%,a.txt
      """)
    let f = ConsistencyChecker().check(t)
    #expect(f.filter { $0.kind == .duplicateConflict }.count == 1)
    #expect(f.first { $0.kind == .duplicateConflict }!.message.contains("60% and 65%"))
    let implausible = f.filter { $0.kind == .implausibleValue }.map(\.message)
    #expect(implausible.count == 4)
    #expect(implausible.contains { $0.contains("-2.5%") })  // a negative share
    #expect(implausible.contains { $0.contains("学前三年毛入园率: 160%") })
    // A gross rate may pass 100 % (children outside the age band count): 101.5 % is plausible.
    #expect(!implausible.contains { $0.contains("101.5") })
    #expect(implausible.contains { $0.contains("幼儿园数") })
    #expect(implausible.contains { $0.contains("未知比率") })
  }

  @Test func aSlipOfScaleIsNamed() throws {
    let t = try tidy(
      """
      district,year,indicator,value,unit,source_file
      A,2023,生均一般公共预算教育经费,2.1966,元,a.csv
      A,2023,一般公共预算教育支出,14.13,元,a.csv
      A,2023,学前三年毛入园率,0.95,%,a.csv
      B,2023,生均一般公共预算教育经费,219660000,元,a.csv
      B,2023,生均一般公共预算教育经费,21966,元,b.csv
      """)
    let m = ConsistencyChecker().check(t).filter { $0.kind == .implausibleValue }.map(\.message)
    #expect(m.count == 4, "\(m)")
    #expect(m.contains { $0.contains("A 2023 生均一般公共预算教育经费: 2.1966元") && $0.contains("written 2.1966万元 (= 21966 元)") })
    #expect(m.contains { $0.contains("14.13亿元 (= 1413000000 元)") })
    #expect(m.contains { $0.contains("a fraction (0.95) rather than a percentage (95%)") })
    #expect(m.contains { $0.contains("read as 万元 (= 21966 元)") })
    // And a chart or table of it says so too.
    // (B's two figures disagree: the chart is asked to keep the first.)
    let p = try PanelBuilder(table: t).panel(PanelQuery(indicator: "生均经费", aggregate: .first))
    let w = try #require(p.warnings.first { $0.kind == .implausible })
    guard case .implausible(_, let cells, let first, "元", let hint) = w else {
      Issue.record("\(w)")
      return
    }
    #expect(cells.contains(PanelCellRef(district: "A", year: 2023)) && first == 2.1966 && hint != nil)
  }
}

/// Growth between round numbers: the rounding a check allows is the precision each
/// figure was written with, not the zeros its value happens to end in.
@Suite struct WrittenPrecisionCheckTests {
  @Test func aWrongGrowthBetweenRoundNumbersInATableIsFound() throws {
    // 10000 → 11000 is 10 %, not 20 %: `10000` in a table is exact to the unit.
    let t = try tidy(
      """
      district,year,indicator,value,unit,measure
      A,2022,生均一般公共预算教育经费,10000,元,value
      A,2023,生均一般公共预算教育经费,11000,元,value
      A,2023,生均一般公共预算教育经费,20,%,growth_pct
      """)
    let f = ConsistencyChecker().check(t).filter { $0.kind == .growthMismatch }
    #expect(f.count == 1)
    #expect(f.first?.message.contains("10000 (2022) → 11000 (2023) is 10%") == true)
  }

  @Test func aReportsRoundFiguresAreHeldToTheirWrittenPrecision() throws {
    func findings(_ body: String) -> [Finding] {
      let e = ReportExtractor().extract(
        ReportText(text: "某某县人民政府\n关于2023年履行教育职责情况的自评报告\n" + body, sourceFile: "r.txt"))
      return ConsistencyChecker().check(ObservationTable(e.observations)).filter { $0.kind == .growthMismatch }
    }
    // 1万元 is written to the 万: 1.1万 / 1万 − 1 may be anything from 0 to 21 %…
    #expect(findings("2022年生均一般公共预算教育经费1万元。2023年生均一般公共预算教育经费1.1万元，增长10%。").isEmpty)
    // …while 10000元 and 11000元 are exact to the 元: 20 % is wrong.
    #expect(findings("2022年生均一般公共预算教育经费10000元。2023年生均一般公共预算教育经费11000元，增长20%。").count == 1)
    // 1.12亿元 → 1.2亿元 is 7.14 % within what the rounding to 0.1亿 allows; 30 % is not.
    #expect(findings("2022年一般公共预算教育支出1.12亿元。2023年一般公共预算教育支出1.2亿元，增长7.14%。").isEmpty)
    #expect(findings("2022年一般公共预算教育支出1.12亿元。2023年一般公共预算教育支出1.2亿元，增长30%。").count == 1)
  }

  @Test func aTableInWanYuanIsHeldToTheWan() throws {
    // 1.2万 and 1.3万 may be 12049 and 12951: a reported 7.49 % is within their rounding.
    let t = try tidy(
      """
      district,year,indicator,value,unit,measure
      A,2022,生均一般公共预算教育经费,1.2,万元,value
      A,2023,生均一般公共预算教育经费,1.3,万元,value
      A,2023,生均一般公共预算教育经费,7.49,%,growth_pct
      """)
    #expect(ConsistencyChecker().check(t).isEmpty)
  }
}
