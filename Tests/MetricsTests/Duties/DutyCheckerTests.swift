import Foundation
import Testing

@testable import Metrics

/// Each status from a small table built here, and the tests of each rule kind.
@Suite struct DutyCheckerTests {
  static let header = "district,year,indicator,level,measure,value,unit\n"

  static func rows(_ csv: String, claims: [DutyClaim] = [], region: String? = nil) throws -> [ScorecardRow] {
    DutyChecker(region: region).scorecard(try tidy(header + csv), claims: claims)
  }

  static func status(_ rows: [ScorecardRow], _ rule: String, _ district: String = "甲区", _ year: Int = 2022)
    -> DutyStatus?
  {
    rows.first { $0.district == district && $0.year == year && $0.rule.id == rule }?.status
  }

  static func claim(_ rule: String, _ levels: [SchoolLevel] = [], district: String = "甲区", year: Int = 2022)
    -> DutyClaim
  {
    DutyClaim(
      district: district, year: year, rule: rule, levels: levels, words: ["只增不减"],
      provenance: Provenance(sourceFile: "甲区.txt", sourceText: "教育经费落实两个只增不减。", line: 3))
  }

  @Test func growthAtOrAboveZeroIsMetAndAFallIsNotMet() throws {
    let rows = try Self.rows(
      """
      甲区,2022,一般公共预算教育支出,,growth_pct,0,%
      乙区,2022,一般公共预算教育支出,,growth_pct,-1.5,%
      """)
    #expect(Self.status(rows, "R1") == .met)  // 不减: zero growth is not a fall
    #expect(Self.status(rows, "R1", "乙区") == .notMet)
  }

  @Test func twoValuesAreComparedWhenNoGrowthIsGiven() throws {
    let rows = try Self.rows(
      """
      甲区,2021,一般公共预算教育支出,,value,100000,万元
      甲区,2022,一般公共预算教育支出,,value,99000,万元
      """)
    #expect(Self.status(rows, "R1") == .notMet)
    let r1 = try #require(rows.first { $0.year == 2022 && $0.rule.id == "R1" })
    #expect(r1.figures.map(\.value) == [1e9, 9.9e8])
    #expect(r1.figures.map(\.passes) == [nil, false])
  }

  @Test func aFallTheReportClaimsOtherwiseIsContradicted() throws {
    let rows = try Self.rows("甲区,2022,一般公共预算教育支出,,growth_pct,-0.4,%\n", claims: [Self.claim("R1")])
    #expect(Self.status(rows, "R1") == .contradicted)
  }

  @Test func aClaimWithNoFigureIsClaimedOnlyAndNothingIsNotReported() throws {
    let rows = try Self.rows("甲区,2022,一般公共预算教育支出,,growth_pct,3,%\n", claims: [Self.claim("R3")])
    #expect(Self.status(rows, "R3") == .claimedOnly)
    #expect(Self.status(rows, "R5") == .notReported)
  }

  /// One level falling fails the per-level requirement, whatever the all-level figure does.
  @Test func oneLevelFallingIsNotMetDespiteTheAllLevelFigure() throws {
    let csv = """
      甲区,2022,生均一般公共预算教育经费,,growth_pct,5,%
      甲区,2022,生均一般公共预算教育经费,小学,growth_pct,2,%
      甲区,2022,生均一般公共预算教育经费,初中,growth_pct,-0.1,%
      """
    #expect(Self.status(try Self.rows(csv), "R2") == .notMet)
    // A claim for 小学 alone does not speak for 初中; one naming no level does.
    #expect(Self.status(try Self.rows(csv, claims: [Self.claim("R2", [.primary])]), "R2") == .notMet)
    #expect(Self.status(try Self.rows(csv, claims: [Self.claim("R2", [.compulsory])]), "R2") == .contradicted)
    #expect(Self.status(try Self.rows(csv, claims: [Self.claim("R2")]), "R2") == .contradicted)
  }

  @Test func anAllLevelFigureAloneIsMetWithANote() throws {
    let rows = try Self.rows("甲区,2022,生均一般公共预算教育经费,,growth_pct,5,%\n")
    let r2 = try #require(rows.first { $0.rule.id == "R2" })
    #expect(r2.status == .met)
    #expect(r2.notes == ["只有全学段合计数字，没有分学段数字"])
  }

  @Test func teacherPayBelowCivilServantsIsNotMetAndAConsistentGapHasNoNote() throws {
    let below = try Self.rows(
      """
      甲区,2022,教师年平均工资收入,,value,100000,元
      甲区,2022,公务员年平均工资收入,,value,100500,元
      """)
    #expect(Self.status(below, "R3") == .notMet)
    let consistent = try Self.rows(
      """
      甲区,2022,教师年平均工资收入,,value,100500,元
      甲区,2022,公务员年平均工资收入,,value,100000,元
      甲区,2022,教师工资高于公务员,,change_abs,500,元
      """)
    let r3 = try #require(consistent.first { $0.rule.id == "R3" })
    #expect(r3.status == .met)
    #expect(r3.notes.isEmpty)
  }

  @Test func aGapAloneDecidesWhenOnePayFigureIsMissing() throws {
    let rows = try Self.rows("甲区,2022,教师工资高于公务员,,change_abs,-200,元\n")
    #expect(Self.status(rows, "R3") == .notMet)
  }

  @Test func standardsBelowTheNationalBaselineAreNotMet() throws {
    let rows = try Self.rows(
      """
      甲区,2022,生均公用经费标准,小学,standard,620,元/生·年
      乙区,2022,生均公用经费标准,初中,standard,790,元/生·年
      丙区,2022,寄宿生公用经费补助,,standard,150,元/生·年
      """)
    // No region: the floor is the 中西部 amount, 600 for 小学.
    #expect(Self.status(rows, "R4") == .met)
    #expect(Self.status(rows, "R4", "乙区") == .notMet)  // 790 < 800
    #expect(Self.status(rows, "R4", "丙区") == .notMet)  // 150 < 200 boarding top-up
    // 东部 holds 小学 to 650.
    let east = try Self.rows("甲区,2022,生均公用经费标准,小学,standard,620,元/生·年\n", region: "东部")
    #expect(Self.status(east, "R4") == .notMet)
  }

  @Test func aStandardBeforeTheBaselineYearIsNotTested() throws {
    let rows = try Self.rows("甲区,2015,生均公用经费标准,小学,standard,500,元/生·年\n")
    #expect(rows.allSatisfy { $0.status == .notReported })
  }

  @Test func actualAmountsAreHeldToTheDistrictsOwnStandard() throws {
    let rows = try Self.rows(
      """
      甲区,2022,生均公用经费标准,小学,standard,1000,元/生·年
      甲区,2022,生均一般公共预算公用经费,小学,value,900,元
      """)
    let r4 = try #require(rows.first { $0.rule.id == "R4" })
    #expect(r4.status == .notMet)
    #expect(r4.figures.contains { $0.value == 900 && $0.passes == false && $0.threshold?.contains("本地标准") == true })
  }

  @Test func growthAboveRevenueNeedsAPositiveDifferenceOrAHigherGrowth() throws {
    let rows = try Self.rows(
      """
      甲区,2022,教育支出增长高于财政经常性收入增长,,pp_diff,0,个百分点
      乙区,2022,一般公共预算教育支出,,growth_pct,4,%
      乙区,2022,财政经常性收入,,growth_pct,3.5,%
      """)
    #expect(Self.status(rows, "R5") == .notMet)  // equal growth is not 高于
    #expect(Self.status(rows, "R5", "乙区") == .met)
  }

  @Test func approximateAndMaskedFiguresDecideNothing() throws {
    var table = try tidy(Self.header + "甲区,2022,一般公共预算教育支出,,growth_pct,-3,%\n")
    table = ObservationTable(
      table.map { o -> Observation in
        var o = o
        o.flags.insert(.approximate)
        return o
      })
    let rows = DutyChecker().scorecard(table)
    #expect(rows.allSatisfy { $0.status == .notReported })
  }

  @Test func rulesFromJSONAddToOrReplaceTheBuiltInOnes() throws {
    let json = """
      [{"id": "R4", "requirement": "生均公用经费不低于省定标准", "source": "某省文件", "test": "not_below_standard",
        "indicator": "生均一般公共预算公用经费", "standard_indicator": "生均公用经费标准",
        "baselines": [{"indicator": "生均公用经费标准", "level": "小学", "from": 2021, "amount": 720, "source": "某省文件（省定）"}]},
       {"id": "P1", "requirement": "教育费附加足额征收", "source": "某省文件", "test": "not_falling", "indicator": "教育费附加",
        "claims": [{"all": ["教育费附加", "足额"]}]}]
      """
    let extra = try JSONDecoder().decode([DutyRule].self, from: Data(json.utf8))
    let rules = DutyRule.standard(adding: extra)
    #expect(rules.map(\.id) == ["R1", "R2", "R3", "R4", "R5", "P1"])
    let rows = DutyChecker(rules: rules).scorecard(
      try tidy(
        Self.header + """
          甲区,2022,生均公用经费标准,小学,standard,700,元/生·年
          甲区,2022,教育费附加,,growth_pct,-2,%
          """))
    #expect(Self.status(rows, "R4") == .notMet)  // 700 < the province's 720, though ≥ the national 600
    #expect(Self.status(rows, "P1") == .notMet)
  }
}
