import Metrics
import Testing

@testable import ChartBuilding

@Suite struct PanelViewTests {
  @Test(arguments: [
    ("value", PanelView.value), ("", .value), ("growth", .growth), ("INDEX", .index(base: 2020)), ("rank", .rank),
    ("gap", .gap(.mean)), ("gap-mean", .gap(.mean)), ("gap-median", .gap(.median)), ("gap:1500", .gap(.standard(1500))),
    ("prior", .prior),
  ])
  func parses(text: String, view: PanelView) {
    #expect(PanelView(parsing: text, baseYear: 2020) == view)
  }

  @Test(arguments: ["gap:x", "median", "values", "gap-"])
  func rejectsUnknownViews(text: String) {
    #expect(PanelView(parsing: text) == nil)
  }

  @Test func onlyTheValueIsNotComputed() {
    #expect(!PanelView.value.isComputed)
    #expect([PanelView.growth, .index(base: nil), .rank, .gap(.mean), .prior].allSatisfy { $0.isComputed })
  }

  func apply(_ view: PanelView) throws -> Panel {
    let builder = PanelBuilder(table: try Tables.read(Tables.perStudent))
    let query = PanelQuery(indicator: "生均一般公共预算教育经费")
    return try view.apply(to: try builder.panel(query), query: query, builder: builder)
  }

  @Test func growthIsYearOnYearPercent() throws {
    let p = try apply(.growth)
    #expect(abs(try #require(p.value("甲区", 2023)) - 20) < 1e-9)
    #expect(abs(try #require(p.value("乙区", 2023)) - 50) < 1e-9)
    #expect(p.value("丙区", 2023) == nil)
  }

  @Test func indexIsRelativeToTheBaseYear() throws {
    let p = try apply(.index(base: 2022))
    #expect(p.value("甲区", 2022) == 100)
    #expect(p.value("甲区", 2023) == 120)
    #expect(p.value("乙区", 2023) == 150)
  }

  @Test func rankOneIsTheHighest() throws {
    let p = try apply(.rank)
    #expect(p.value("乙区", 2022) == 1 && p.value("丙区", 2022) == 2 && p.value("甲区", 2022) == 3)
    #expect(p.value("乙区", 2023) == 1 && p.value("甲区", 2023) == 2)
  }

  @Test func gapToTheMeanOfTheYear() throws {
    let p = try apply(.gap(.mean))
    #expect(p.value("甲区", 2022) == -5000)
    #expect(p.value("乙区", 2023) == 9000)
  }

  @Test func aBaseYearWithoutDataIsAnError() throws {
    let error = #expect(throws: ChartBuildError.self) { try apply(.index(base: 2019)) }
    #expect(error?.description == "no data for the base year 2019; the data has years 2022–2023")
  }
}
