import Metrics
import Testing

@testable import ChartBuilding

/// Each warning in both languages, word for word (the wording the tool printed
/// before the warnings became data).
@Suite struct ComparabilityWarningWordingTests {
  static let b2023 = PanelCellRef(district: "B", year: 2023)
  static let six = ["A", "B", "C", "D", "E", "F"].map { PanelCellRef(district: $0, year: 2023) }

  static let cases: [(ComparabilityWarning, String, String)] = [
    (
      .excludedLevels(
        indicator: "生均经费", left: [LevelCount(level: .primary, count: 3), LevelCount(level: .juniorSecondary, count: 1)]),
      "生均经费: only the all-level figures are shown; level-specific figures were left out (小学 (3), 初中 (1)). Use --level, e.g. --level 小学, to chart one level",
      "只列出不分学段的生均经费；分学段的数值口径不同，未列入（小学、初中）"
    ),
    (
      .excludedReferences(
        indicator: "一本上线率", kept: "全省",
        left: [ReferenceCount(reference: "全市", count: 1), ReferenceCount(reference: "", count: 2)]),
      "一本上线率: only differences against 全省 are shown; those against 全市 (1), 上年 (2) were left out. Pick one with --compared-to, e.g. --compared-to 全市",
      "只列出与全省相比的一本上线率差值；与全市、上年相比的不是同一个量，未列入"
    ),
    (
      .approximate(cells: [b2023]),
      "1 figure is approximate in the source (约/余/近/以上): B 2023",
      "1个数值在原文中为约数（约/余/近/以上，标“≈”）：B2023年"
    ),
    (
      .masked(cells: six),
      "6 figures are masked in the source (***) and shown as gaps: A 2023, B 2023, C 2023, D 2023, E 2023, …",
      "6个数值在原文中被隐去（***），按缺失处理：A2023年、B2023年、C2023年、D2023年、E2023年等"
    ),
    (
      .duplicatesDisagree(
        indicator: "X",
        conflicts: [
          SourceConflict(
            cell: b2023, kept: 5, keptSource: Provenance(sourceFile: "a.txt", sourceText: "丙"), other: 6.5,
            otherSource: Provenance(sourceFile: "b.txt", sourceText: "丁", line: 3))
        ]),
      "1 cell of X have disagreeing sources; the first figure is kept: B 2023: 5 (a.txt “丙”) vs 6.5 (b.txt:3 “丁”)",
      "1处同一区县同一年份的X来源不一致，取首个来源的数值（标“!”）"
    ),
    (
      .differentDataYears(latest: [
        LatestYear(year: 2023, districts: ["A", "B"]),
        LatestYear(year: 2021, districts: ["C", "D", "E", "F", "G", "H"]),
      ]),
      "the latest data year differs between districts (2023: A, B; 2021: 6 districts): a single-year comparison must name its year",
      "各区县最新数据年份不同（2023年：A、B；2021年：6个区县），比较单一年份须注明年份"
    ),
    (
      .districtWithoutData(districts: ["A", "B", "C", "D", "E", "F"], years: [2015, 2016, 2017, 2020]),
      "no figure for A, B, C, D, E, … in 2015–2017, 2020",
      "A、B、C、D、E等6个区县在2015–2017, 2020年无数据"
    ),
    (
      .uncataloguedIndicator(name: "X"),
      "\"X\" is not in the indicator catalog: compared by its exact name, without plausibility checks",
      "“X”不在指标目录中，按原文名称比较"
    ),
    (
      .undated(indicator: "生均公用经费标准", count: 2),
      "2 figures of 生均公用经费标准 left out: their reports state no year (date a report with `compare extract --year`)",
      "2个生均公用经费标准数值原文未注明年份，未列入"
    ),
    (
      .derived(name: "X 增长率", from: "X"),
      "X 增长率: computed by this tool from X, not reported",
      "“X 增长率”由本工具根据“X”计算，非报告原值"
    ),
    (
      .implausible(indicator: "生均经费", cells: [b2023], first: 2.1966, unit: "元", hint: "written 2.1966万元?"),
      "1 figure is outside the plausible range for 生均经费; check the unit: B 2023 (2.1966元: written 2.1966万元?)",
      "1个数值超出生均经费的合理范围，请核对单位：B2023年"
    ),
    (
      .aggregated(indicator: "产量", rule: .sum, cells: [b2023]),
      "1 cell of 产量 combines several rows (--aggregate sum): B 2023",
      "产量有1处同一年份多条数据，取其合计：B2023年"
    ),
  ]

  @Test(arguments: cases.indices)
  func wording(index: Int) {
    let (warning, english, chinese) = Self.cases[index]
    #expect(warning.english == english)
    #expect(warning.chinese == chinese)
  }

  @Test func everyKindIsWorded() {
    #expect(Set(Self.cases.map(\.0.kind)) == Set(ComparabilityWarning.Kind.allCases))
  }

  @Test func chartNotesSayOnlyWhatTheChartDoesNotShow() {
    let notes = ChartNotes.chinese(Self.cases.map(\.0), indicator: "X")
    #expect(
      notes == [
        "已剔除口径不同（分学段与不分学段）的数值，图中只比较同一口径。",
        "只列出与全省相比的一本上线率差值；与全市、上年相比的不是同一个量，未列入。",
        "部分区县同一年份的不同来源数值不一致，图中取首个来源的数值，详见数据表。",
        // Figures of an undated report are not in the chart: its reader is told.
        "2个生均公用经费标准数值原文未注明年份，未列入。",
        "1个数值超出生均经费的合理范围，请核对单位：B2023年。",
        "产量有1处同一年份多条数据，取其合计：B2023年。",
      ])
    // Not being in the catalog is said on the terminal; under the chart only when asked.
    #expect(
      ChartNotes.chinese(Self.cases.map(\.0), indicator: "X", uncatalogued: true).contains(
        "“X”不在指标目录中，按原文名称比较。"))
  }
}
