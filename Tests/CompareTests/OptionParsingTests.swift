import ArgumentParser
import ChartBuilding
import Charts
import Metrics
import Testing

@testable import compare

/// The typed options: the words `--help` lists parse back, aliases still work,
/// and a wrong word gets swift-argument-parser's message listing the choices.
@Suite struct OptionParsingTests {
  static let bar = ["--data", "a.csv", "--indicator", "生均经费", "--output", "a.png"]
  static let table = ["--data", "a.csv", "--indicator", "生均经费"]

  @Test func everyListedValueParsesBackToItself() throws {
    func roundTrip<T: ExpressibleByArgument>(_: T.Type) {
      for word in T.allValueStrings where !word.contains(":") {
        let value = T(argument: word)
        #expect(value?.defaultValueDescription == word, "\(T.self): \(word)")
      }
      #expect(!T.allValueStrings.isEmpty, "\(T.self) lists no values")
    }
    roundTrip(SchoolLevel.self)
    roundTrip(Measure.self)
    roundTrip(PanelView.self)
    roundTrip(BarChartSpec.Orientation.self)
    roundTrip(BarSort.self)
    roundTrip(TableFormat.self)
    roundTrip(CatalogFormat.self)
  }

  @Test func aliasesAreStillAccepted() throws {
    let t = try TableCommand.parse(Self.table + ["--level", "幼儿园", "--measure", "growth", "--format", "md"])
    #expect(t.selection.level == .preschool)
    #expect(t.selection.measure == .growthPercent)
    #expect(t.format == .markdown)
    #expect(try IndicatorsCommand.parse(["--format", "markdown"]).format == .table)
    #expect(
      try BarCommand.parse(Self.bar + ["--reference", "均值", "--reference", "1500:标准"]).chart.reference
        == [.mean, .value(1500, label: "标准")])
  }

  @Test func viewsWithAValueOrABaseYear() throws {
    #expect(try BarCommand.parse(Self.bar + ["--view", "gap:1500"]).selection.panelView == .gap(.standard(1500)))
    #expect(
      try TrendCommand.parse(Self.bar + ["--view", "index", "--base-year", "2016"]).selection.panelView
        == .index(base: 2016))
    #expect(try TableCommand.parse(Self.table).selection.panelView == .value)
  }

  @Test(arguments: [
    (["--level", "大学"], "'大学' is invalid for '--level <level>'", "高校"),
    (["--measure", "total"], "'total' is invalid for '--measure <measure>'", "growth_pct"),
    (["--view", "gap:x"], "'gap:x' is invalid for '--view <view>'", "gap:VALUE"),
    (["--sort", "up"], "'up' is invalid for '--sort <order>'", "'descending', 'ascending' or 'given'"),
    (
      ["--orientation", "diagonal"], "'diagonal' is invalid for '--orientation <orientation>'",
      "'horizontal' and 'vertical'"
    ),
    (["--reference", "top"], "'top' is invalid for '--reference <ref>'", "VALUE[:LABEL]"),
  ])
  func aWrongValueListsTheChoices(_ extra: [String], _ says: String, _ lists: String) {
    let message = message(BarCommand.self, Self.bar + extra)
    #expect(message.contains(says), "\(message)")
    #expect(message.contains("Please provide one of") && message.contains(lists), "\(message)")
  }

  @Test func tableAndIndicatorsFormatsAreChecked() {
    #expect(
      message(TableCommand.self, Self.table + ["--format", "xml"]).contains(
        "Please provide one of 'csv', 'markdown' or 'json'"))
    #expect(
      message(IndicatorsCommand.self, ["--format", "xml"]).contains("Please provide one of 'table', 'csv' or 'json'"))
  }

  /// The message the command would print for these arguments ("" when they parse).
  func message<C: ParsableCommand>(_: C.Type, _ arguments: [String]) -> String {
    do {
      _ = try C.parse(arguments)
      return ""
    } catch {
      return C.message(for: error)
    }
  }
}
