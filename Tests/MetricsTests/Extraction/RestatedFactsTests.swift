import Foundation
import Testing

@testable import Metrics

/// A fact restated in one report is one observation with the places it was stated.
struct RestatedFactsTests {
  func o(_ value: Double?, line: Int, measure: Measure = .value, flags: ObservationFlags = []) -> Observation {
    Observation(
      district: "白石县", year: 2022, indicator: "一般公共预算教育支出", measure: measure, value: value, unit: .yuan, flags: flags,
      provenance: Provenance(sourceFile: "t.txt", sourceText: "…", line: line))
  }

  @Test func identicalFactsMergeAndKeepTheirLines() {
    let merged = RestatedFacts.merge([o(3.2e8, line: 3), o(3.2e8, line: 9), o(3.2e8, line: 3), o(3.2e8, line: 14)])
    #expect(merged.count == 1)
    #expect(merged[0].provenance.line == 3)
    #expect(merged[0].provenance.alsoStatedAt == [9, 14])
  }

  @Test func differentValuesMeasuresOrFlagsStayApart() {
    let merged = RestatedFacts.merge([
      o(3.2e8, line: 3), o(3.3e8, line: 4), o(3.2e8, line: 5, measure: .changeAbsolute),
      o(3.2e8, line: 6, flags: .approximate),
    ])
    #expect(merged.count == 4)
  }

  @Test func theExtractorMergesARestatedHeadline() throws {
    let text = "白石县2022年教育经费执行情况统计公告\n2022年一般公共预算教育支出3.2亿元。\n综上，2022年一般公共预算教育支出3.2亿元，增长5%。\n"
    let e = ReportExtractor().extract(ReportText(text: text, sourceFile: "t.txt"))
    let values = e.observations.filter { $0.measure == .value }
    #expect(values.count == 1)
    #expect(values.first?.provenance.line == 2)
    #expect(values.first?.provenance.alsoStatedAt == [3])
  }

  @Test func theFlagAndTheLinesSurviveTidyCSVAndJSON() throws {
    var table = ObservationTable()
    table.append(o(1, line: 2))
    var other = o(2, line: 5, flags: .uncatalogued)
    other.indicator = "实际拨付"
    other.provenance.alsoStatedAt = [7, 9]
    table.append(other)
    let csv = TidyCSVWriter().write(table)
    #expect(csv.hasPrefix(TidyCSVWriter.header + ",catalogued,also_stated_at\n"))
    let back = try TidyCSVReader().read(data: Data(csv.utf8), name: "x.csv")
    #expect(!back[0].flags.contains(.uncatalogued))
    #expect(back[1].flags.contains(.uncatalogued))
    #expect(back[1].provenance.alsoStatedAt == [7, 9])
    let json = try ObservationJSON.decode(try ObservationJSON.encode(table), name: "x.json")
    #expect(!json[0].flags.contains(.uncatalogued))
    #expect(json[1].flags.contains(.uncatalogued))
    #expect(json[1].provenance.alsoStatedAt == [7, 9])
  }
}
