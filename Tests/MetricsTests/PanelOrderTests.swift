import Testing

@testable import Metrics

@Suite struct PanelOrderTests {
  let p = Panel(
    indicatorName: "x", unit: .yuan, districts: ["A", "B", "C", "D"], years: [2022, 2023],
    values: [[1, 5], [2, nil], [3, 9], [4, 5]])

  @Test func sortingMovesCellsWithTheirDistricts() {
    let s = p.sortedByValue(in: 2023)
    #expect(s.districts == ["C", "A", "D", "B"])  // ties keep order, gaps last
    #expect(s.row("C") == [3, 9])
    #expect(s.row("B") == [2, nil])
    #expect(p.sortedByValue(in: 2023, descending: false).districts == ["A", "D", "C", "B"])
  }

  @Test func reorderAndSelectYears() {
    let r = p.reordered(districts: ["D", "A", "Z", "A"])
    #expect(r.districts == ["D", "A"])
    #expect(r.value("D", 2022) == 4)
    let y = p.selecting(years: [2023])
    #expect(y.years == [2023])
    #expect(y.column(2023) == [5, nil, 9, 5])
  }

  @Test func provenanceSurvivesReordering() throws {
    let t = try tidy("district,year,indicator,value,source_text\nA,2023,X,1,甲\nB,2023,X,2,乙\n")
    let q = try PanelBuilder(table: t).panel(PanelQuery(indicator: "X")).sortedByValue(in: 2023)
    #expect(q.districts == ["B", "A"])
    #expect(q.cell("A", 2023)?.provenance.first?.sourceText == "甲")
    #expect(q.cell("B", 2023)?.provenance.first?.line == 3)
  }
}
