import Foundation
import Testing

@testable import Metrics

@Suite struct PanelBuilderTests {
  let mixed = """
    district,year,indicator,value,unit,level,measure,approx,source_file
    A,2022,小学生均一般公共预算教育经费,17500,元,,,,a.txt
    A,2023,生均一般公共预算教育经费,18054,元,小学,,,a.txt
    B,2023,生均一般公共预算教育经费,20000,元,小学,,是,b.txt
    A,2023,生均一般公共预算教育经费,21000,元,初中,,,a.txt
    A,2023,生均一般公共预算教育经费,3.17,%,小学,growth_pct,,a.txt
    C,2021,生均一般公共预算教育经费,19000,元,,,,c.txt
    A,2023,公办园占比,60,%,,,,a.txt
    A,2023,公办在园幼儿占比,70,%,,,,a.txt
    """

  @Test func gapsStayGapsNeverZero() throws {
    let t = try tidy("district,year,indicator,value\nA,2021,X,1\nA,2023,X,3\nB,2022,X,\nB,2023,X,***\n")
    let p = try PanelBuilder(table: t).panel(PanelQuery(indicator: "X"))
    #expect(p.years == [2021, 2022, 2023])
    #expect(p.districts == ["A", "B"])
    #expect(p.value("A", 2022) == nil)
    #expect(p.value("B", 2022) == nil)
    #expect(p.cell("B", 2023)?.flags.contains(.masked) == true)
    #expect(p.row("A") == [1, nil, 3])
    #expect(p.warnings.contains(.masked(cells: [PanelCellRef(district: "B", year: 2023)])))
    #expect(p.warnings.contains { $0.kind == .uncataloguedIndicator })
  }

  @Test func levelsAreKeptApart() throws {
    let b = PanelBuilder(table: try tidy(mixed))
    let primary = try b.panel(PanelQuery(indicator: "生均一般公共预算教育经费", level: .primary))
    #expect(primary.level == .primary)
    #expect(primary.value("A", 2022) == 17500)  // level from the name prefix
    #expect(primary.value("A", 2023) == 18054)  // not 21000 (初中) and not 3.17 (growth)
    #expect(primary.value("C", 2021) == nil)  // all-level figure not mixed in
    #expect(!primary.districts.contains("C"))
    #expect(primary.cell("B", 2023)?.flags.contains(.approximate) == true)
    #expect(primary.warnings.contains(.approximate(cells: [PanelCellRef(district: "B", year: 2023)])))
    // The level in the query name works like --level.
    #expect(try b.panel(PanelQuery(indicator: "初中生均一般公共预算教育经费")).value("A", 2023) == 21000)
  }

  @Test func allLevelPreferredOverLevelSpecificWithAWarning() throws {
    let p = try PanelBuilder(table: try tidy(mixed)).panel(PanelQuery(indicator: "per_student_expenditure"))
    #expect(p.level == nil)
    #expect(p.districts == ["C"])
    let w = try #require(p.warnings.first { $0.kind == .excludedLevels })
    #expect(
      w
        == .excludedLevels(
          indicator: "生均一般公共预算教育经费",
          left: [LevelCount(level: .primary, count: 3), LevelCount(level: .juniorSecondary, count: 1)]))
  }

  @Test func severalLevelsWithoutAllLevelIsAmbiguous() throws {
    let t = try tidy(mixed.split(separator: "\n").filter { !$0.hasPrefix("C,") }.joined(separator: "\n"))
    let e = errorText { _ = try PanelBuilder(table: t).panel(PanelQuery(indicator: "生均教育经费")) }
    #expect(e.contains("several levels: 小学 (3), 初中 (1)"))
    #expect(e.contains("--level 小学"))
  }

  @Test func aLevelHeldOnlyUnderAnotherMeasureIsNamedInTheError() throws {
    // 沙坪坝区's report gives 小学's growth but not its value (seed 001).
    let t = try tidy(
      """
      district,year,indicator,value,unit,level,measure
      A,2022,生均一般公共预算教育经费,0.49,%,小学,growth_pct
      A,2022,生均一般公共预算教育经费,9455.76,元,普通高中,
      """)
    let e = errorText { _ = try PanelBuilder(table: t).panel(PanelQuery(indicator: "生均一般公共预算教育经费", level: .primary)) }
    #expect(e.contains("for 小学 as value"))
    #expect(e.contains("For 小学 it holds growth_pct (1): add --measure growth_pct"))
    // A level that is nowhere gets no such hint.
    let none = errorText {
      _ = try PanelBuilder(table: t).panel(PanelQuery(indicator: "生均一般公共预算教育经费", level: .juniorSecondary))
    }
    #expect(none.contains("for 初中 as value") && !none.contains("--measure"))
  }

  @Test func measuresAndUnitsAreKeptApart() throws {
    let b = PanelBuilder(table: try tidy(mixed))
    let g = try b.panel(PanelQuery(indicator: "生均一般公共预算教育经费", level: .primary, measure: .growthPercent))
    #expect(g.value("A", 2023) == 3.17)
    #expect(g.unit == .percent)
    let e = errorText { _ = try b.panel(PanelQuery(indicator: "公办园占比", measure: .growthPercent)) }
    #expect(e.contains("only as value (1)") && e.contains("--measure value"))
    let units = try tidy("district,year,indicator,value,unit\nA,2021,X,1,元\nB,2021,X,2,元/生·年\nC,2021,X,3,元\n")
    let u = errorText { _ = try PanelBuilder(table: units).panel(PanelQuery(indicator: "X")) }
    #expect(u.contains("several units: 元 (2), 元/生·年 (1)") && u.contains("--unit 元"))
    #expect(try PanelBuilder(table: units).panel(PanelQuery(indicator: "X", unit: "元/生·年")).districts == ["B"])
  }

  @Test func differentCatalogIndicatorsNeverShareAPanel() throws {
    let b = PanelBuilder(table: try tidy(mixed))
    #expect(try b.panel(PanelQuery(indicator: "公办园占比")).value("A", 2023) == 60)
    #expect(try b.panel(PanelQuery(indicator: "公办在园幼儿占比")).value("A", 2023) == 70)
  }

  @Test func unknownIndicatorListsTheDataAndSuggestions() throws {
    let b = PanelBuilder(table: try tidy(mixed))
    let e = errorText { _ = try b.panel(PanelQuery(indicator: "生均预算经费xyz")) }
    #expect(e.contains("unknown indicator \"生均预算经费xyz\""))
    #expect(e.contains("The data holds: 生均一般公共预算教育经费, 公办园占比, 公办在园幼儿占比"))
    #expect(e.contains("Similar catalog indicators: 生均一般公共预算教育经费 (per_student_expenditure)"))
    let absent = errorText { _ = try b.panel(PanelQuery(indicator: "毛入园率")) }
    #expect(absent.contains("the data has no 学前三年毛入园率 (preschool_gross_enrolment)"))
  }

  @Test func yearsAndDistrictsFilters() throws {
    let b = PanelBuilder(table: try tidy(mixed))
    let e = errorText { _ = try b.panel(PanelQuery(indicator: "小学生均一般公共预算教育经费", years: 2010...2015)) }
    #expect(e.contains("for 2010–2015; it has: 2022–2023"))
    let p = try b.panel(PanelQuery(indicator: "小学生均一般公共预算教育经费", years: 2023...2023, districts: ["B", "A", "C"]))
    #expect(p.districts == ["B", "A", "C"])
    #expect(p.years == [2023])
    #expect(p.column(2023) == [20000, 18054, nil])
    #expect(p.warnings.contains(.districtWithoutData(districts: ["C"], years: [2023])))
    #expect(
      errorText { _ = try b.panel(PanelQuery(indicator: "公办园占比", districts: ["Z"])) }.contains("no district \"Z\""))
  }

  @Test func duplicatesAgreeingMergeDisagreeingKeepTheFirstWhenAskedTo() throws {
    let t = try tidy(
      """
      district,year,indicator,value,unit,source_file,source_text
      A,2023,X,100,元,a.txt,甲
      A,2023,X,100,元,b.txt,乙
      B,2023,X,5,元,a.txt,丙
      B,2023,X,6,元,b.txt,丁
      C,2023,X,***,元,a.txt,
      C,2023,X,7,元,b.txt,
      """)
    let p = try PanelBuilder(table: t).panel(PanelQuery(indicator: "X", aggregate: .first))
    let a = try #require(p.cell("A", 2023))
    #expect(a.value == 100 && a.provenance.map(\.sourceFile) == ["a.txt", "b.txt"])
    #expect(!a.flags.contains(.conflicting))
    let b = try #require(p.cell("B", 2023))
    #expect(b.value == 5)  // the first figure is kept…
    #expect(b.flags.contains(.conflicting))  // …and flagged
    let w = try #require(p.warnings.first { $0.kind == .duplicatesDisagree })
    guard case .duplicatesDisagree("X", let conflicts) = w else {
      Issue.record("\(w)")
      return
    }
    #expect(conflicts.map(\.cell) == [PanelCellRef(district: "B", year: 2023)])
    #expect(conflicts[0].kept == 5 && conflicts[0].other == 6)
    // The rows name their reports, so the table's line numbers are not cited as lines of the reports.
    #expect(
      PanelBuilder.cite(conflicts[0].keptSource) == "a.txt “丙”"
        && PanelBuilder.cite(conflicts[0].otherSource) == "b.txt “丁”")
    #expect(p.value("C", 2023) == 7)  // a number beside a masked duplicate fills the cell
  }

  @Test func disagreeingDuplicatesWithoutAnAggregationAreAnErrorListingThem() throws {
    // 12 cells with two different figures, one cell stated twice alike, one beside a mask.
    var csv = "district,year,indicator,value,unit\n"
    for k in 0..<12 { csv += "D\(k),2023,X,\(k),元\nD\(k),2023,X,\(k + 100),元\n" }
    csv += "Same,2023,X,5,元\nSame,2023,X,5,元\nMasked,2023,X,***,元\nMasked,2023,X,7,元\n"
    let t = try tidy(csv, name: "trial.csv")
    var kind: AlignmentError.Kind?
    let e = errorText {
      do { _ = try PanelBuilder(table: t).panel(PanelQuery(indicator: "X")) } catch let e as AlignmentError {
        kind = e.kind
        throw e
      }
    }
    #expect(kind == .disagreeingDuplicates)
    #expect(e.contains("12 district-year cells have several rows with different figures"))
    #expect(e.contains("D0 2023: 0 (trial.csv:2), 100 (trial.csv:3)"))
    #expect(e.contains("D9 2023: 9 (trial.csv:20), 109 (trial.csv:21)"))
    #expect(!e.contains("D10 2023") && e.contains("… and 2 more"))
    #expect(!e.contains("Same") && !e.contains("Masked"))
    #expect(e.contains("--aggregate sum, mean, min, max or first"))
    // Equal duplicates alone are one fact stated twice: no error.
    let alike = try tidy("district,year,indicator,value\nA,2023,X,5\nA,2023,X,5\n")
    #expect(try PanelBuilder(table: alike).panel(PanelQuery(indicator: "X")).value("A", 2023) == 5)
  }

  @Test(arguments: [
    (Aggregation.sum, 85.0), (.mean, 42.5), (.min, 40), (.max, 45), (.first, 40),
  ])
  func aggregationCombinesTheRowsOfACell(rule: Aggregation, expected: Double) throws {
    let t = try tidy(
      """
      district,year,indicator,value,unit
      A,2022,产量,40,kg
      A,2022,产量,45,kg
      B,2022,产量,30,kg
      B,2022,产量,30,kg
      C,2022,产量,50,kg
      C,2022,产量,***,kg
      """)
    let p = try PanelBuilder(table: t).panel(PanelQuery(indicator: "产量", aggregate: rule))
    #expect(p.value("A", 2022) == expected)
    let cell = try #require(p.cell("A", 2022))
    #expect(cell.provenance.map(\.line) == [2, 3])
    // Two equal rows are two parts under a rule: summed, not merged.
    #expect(p.value("B", 2022) == (rule == .sum ? 60 : 30))
    // A total with a masked part is not the total; the other rules use what is there.
    #expect(p.value("C", 2022) == (rule == .sum ? nil : 50))
    if rule == .first {
      #expect(cell.flags.contains(.conflicting))
      #expect(p.warnings.contains { $0.kind == .duplicatesDisagree })
    } else {
      #expect(!cell.flags.contains(.conflicting))
      let cells = ["A", "B", "C"].map { PanelCellRef(district: $0, year: 2022) }
      #expect(p.warnings.contains(.aggregated(indicator: "产量", rule: rule, cells: cells)))
    }
  }

  @Test func aSumBeyondTheLargestNumberIsAnError() throws {
    let t = try tidy("district,year,indicator,value\nA,2023,X,1e308\nA,2023,X,1e308\n")
    #expect(
      errorText { _ = try PanelBuilder(table: t).panel(PanelQuery(indicator: "X", aggregate: .sum)) }
        .contains("the sum of 2 rows exceeds the largest number"))
    #expect(try PanelBuilder(table: t).panel(PanelQuery(indicator: "X", aggregate: .mean)).value("A", 2023) == 1e308)
  }

  @Test func differentLatestYearsAreNamed() throws {
    let t = try tidy("district,year,indicator,value\nA,2022,X,1\nA,2023,X,2\nB,2022,X,3\n")
    let p = try PanelBuilder(table: t).panel(PanelQuery(indicator: "X"))
    #expect(
      p.warnings.contains(
        .differentDataYears(latest: [
          LatestYear(year: 2023, districts: ["A"]), LatestYear(year: 2022, districts: ["B"]),
        ])))
  }

  @Test func batchKeepsQueryOrderAndErrors() throws {
    let b = PanelBuilder(table: try tidy(mixed))
    let results = b.panels([
      PanelQuery(indicator: "公办在园幼儿占比"), PanelQuery(indicator: "不存在的指标"), PanelQuery(indicator: "公办园占比"),
    ])
    #expect(try results[0].get().value("A", 2023) == 70)
    #expect(throws: AlignmentError.self) { try results[1].get() }
    #expect(try results[2].get().value("A", 2023) == 60)
  }
}
