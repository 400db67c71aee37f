import Foundation
import Testing

@testable import Metrics

@Suite struct PanelDerivedTests {
  let p = Panel(
    indicatorName: "生均", unit: .yuan, districts: ["A", "B", "C"], years: [2021, 2022, 2023],
    values: [[100, 110, 121], [200, nil, 180], [50, 60, 60]])

  @Test func growthIsYearOnYearPercentWithGapsKept() throws {
    let g = p.growth()
    #expect(g.years == [2022, 2023])
    #expect(g.measure == .growthPercent && g.unit == .percent)
    #expect(abs(g.value("A", 2022)! - 10) < 1e-9)
    #expect(abs(g.value("A", 2023)! - 10) < 1e-9)
    #expect(g.value("B", 2022) == nil && g.value("B", 2023) == nil)  // gap operand → gap
    #expect(abs(g.value("C", 2022)! - 20) < 1e-9)
    let c = try #require(g.cell("A", 2023))
    #expect(c.flags.contains(.derived))
    #expect(c.provenance.first?.sourceFile == "(derived)")
    #expect(c.provenance.first?.sourceText == "growth A 2023 = (121 / 110 − 1) × 100 = 10 %")
  }

  @Test func growthSkipsNonConsecutiveYears() {
    let q = Panel(indicatorName: "x", unit: .yuan, districts: ["A"], years: [2015, 2017, 2018], values: [[1, 2, 3]])
    #expect(q.growth().years == [2018])
  }

  @Test func backDerivedPriorFromSeed004() throws {
    // 2021 一般公共预算教育经费 169333万元, growth 7.17 % → 2020 ≈ 158,003万元 (reported increase 11330万元).
    let v = Panel(indicatorName: "教育经费", unit: .yuan, districts: ["大足区"], years: [2021], values: [[1_693_330_000]])
    let g = Panel(
      indicatorName: "教育经费", measure: .growthPercent, unit: .percent, districts: ["大足区"], years: [2021],
      values: [[7.17]])
    let prior = v.backDerivedPrior(growth: g)
    #expect(prior.years == [2020])
    let x = try #require(prior.value("大足区", 2020))
    #expect(abs(x - 1_693_330_000 / 1.0717) < 1e-3)
    #expect(abs(x - 1_580_030_000) < 0.5e4 * 10)  // within rounding of 7.17 %
    #expect(prior.cell("大足区", 2020)!.provenance[0].sourceText.contains("1693330000 / (1 + 7.17 / 100)"))
  }

  @Test func cagr() throws {
    let r = p.cagr(from: 2021, to: 2023)
    #expect(abs(r["A"]!! - 10) < 1e-9)  // 100 → 121 over 2 years
    #expect(abs(r["B"]!! - (pow(0.9, 0.5) - 1) * 100) < 1e-9)
    #expect(r["C"]! != nil)
    let gap = Panel(indicatorName: "x", unit: .yuan, districts: ["D"], years: [2021, 2023], values: [[nil, 5]]).cagr(
      from: 2021, to: 2023)
    #expect(gap["D"]! == nil)
  }

  @Test func indexedToBase() {
    let i = p.indexed(toBase: 2022)
    #expect(i.value("A", 2021).map { abs($0 - 100 / 1.1) < 1e-9 } == true)
    #expect(i.value("A", 2022) == 100)
    #expect(i.value("C", 2023) == 100)
    #expect(i.value("B", 2021) == nil)  // no base value → no index
  }

  @Test func rankWithTies() {
    let r = p.rank()
    #expect(r.column(2021) == [2, 1, 3])
    #expect(r.column(2022) == [1, nil, 2])
    let ties = Panel(
      indicatorName: "x", unit: .yuan, districts: ["A", "B", "C", "D"], years: [2023], values: [[5], [7], [7], [1]])
    #expect(ties.rank().column(2023) == [3, 1, 1, 4])
    #expect(ties.rank(descending: false).column(2023) == [2, 3, 3, 1])
  }

  @Test func gapToMeanMedianStandard() {
    let m = p.gap(to: .mean)
    #expect(m.value("A", 2021) == 100 - 350.0 / 3)
    #expect(m.value("B", 2022) == nil)
    #expect(abs(m.value("A", 2022)! - 25) < 1e-9)
    #expect(p.gap(to: .median).value("C", 2023) == -61)  // median of 60, 121, 180
    #expect(p.gap(to: .standard(100)).value("B", 2023) == 80)
    let pct = Panel(indicatorName: "r", unit: .percent, districts: ["A", "B"], years: [2023], values: [[60], [70]])
    #expect(pct.gap(to: .mean).unit == .percentagePoints)  // percent minus percent is points
  }

  @Test func approximateOperandsStayApproximate() {
    let a = Panel(
      indicatorName: "x", unit: .yuan, districts: ["A"], years: [2022, 2023], values: [[100, 110]],
      flags: [.approximate])
    #expect(a.growth().cell("A", 2023)!.flags == [.derived, .approximate])
  }
}
