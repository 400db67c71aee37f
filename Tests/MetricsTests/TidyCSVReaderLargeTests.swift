import Foundation
import Testing

@testable import Metrics

/// Tables the reader cuts into chunks parsed at once (the threshold is lowered
/// from 4 MiB so that a debug build stays quick; at least 3 chunks are cut):
/// the result must be exactly what a single pass gives.
@Suite struct TidyCSVReaderLargeTests {
  static var reader: TidyCSVReader {
    var r = TidyCSVReader()
    r.minimumChunkedBytes = 1 << 16
    r.chunkCount = 3
    return r
  }

  func read(_ text: String, name: String = "t.csv") throws -> ObservationTable {
    try Self.reader.read(data: Data(text.utf8), name: name)
  }

  /// 12 000 rows (20 districts × 40 indicators × 15 years); a blank line after
  /// row 7 000 and CRLF line ends on every 7th row.
  static func large(badRowAt bad: Int? = nil, quoteAt quote: Int? = nil) -> String {
    var s = "district,year,indicator,value,unit\n"
    s.reserveCapacity(600_000)
    for r in 0..<12_000 {
      let district = r == quote ? "\"区县\(r / 600)\"" : "区县\(r / 600)"
      let value = r == bad ? "12.3x" : "\(r).5"
      s += "\(district),\(2010 + (r / 40) % 15),指标\(r % 40),\(value),\(r % 2 == 0 ? "万元" : "元")"
      s += r % 7 == 0 ? "\r\n" : "\n"
      if r == 7_000 { s += "\n" }
    }
    return s
  }

  func check(_ t: ObservationTable) {
    #expect(t.count == 12_000)
    #expect(t.districtNames.count == 20)
    #expect(t.indicatorNames.count == 40)
    #expect(t.units.count == 2)  // (no unit) and 元: 万元 is scaled to 元, not a unit of its own
    for r in [0, 1, 6_999, 7_000, 7_001, 11_999] {
      let o = t[r]
      #expect(o.district == "区县\(r / 600)")
      #expect(o.year == 2010 + (r / 40) % 15)
      #expect(o.indicator == "指标\(r % 40)")
      #expect(o.value == (Double(r) + 0.5) * (r % 2 == 0 ? 1e4 : 1))
      #expect(o.unit == .yuan)
      #expect(o.provenance.line == r + 2 + (r > 7_000 ? 1 : 0))
    }
  }

  @Test func chunkedReadMatchesTheRows() throws {
    check(try read(Self.large()))
  }

  @Test func quotedFilesAreReadInOnePassWithTheSameResult() throws {
    check(try read(Self.large(quoteAt: 5)))
  }

  @Test func errorLinesAreCountedAcrossChunks() {
    let e = errorText { _ = try read(Self.large(badRowAt: 11_000), name: "big.csv") }
    #expect(e.hasPrefix("big.csv:11003: column 'value': \"12.3x\" is not a number"))
  }

  @Test func alignsEveryIndicatorFromOneIndex() throws {
    let b = PanelBuilder(table: try read(Self.large()))
    for k in [0, 17, 39] {
      let p = try b.panel(PanelQuery(indicator: "指标\(k)"))
      #expect(p.presentValues.count == 300)
      #expect(p.years == Array(2010...2024))
      #expect(p.warnings.allSatisfy { $0.kind == .uncataloguedIndicator })
    }
  }

  @Test func gatheredColumnsGiveTheSamePanels() throws {
    let lines = Self.large().split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasPrefix("区县3,2012,指标5,") ? "区县3,2012,指标5,***,元" : String(line)
    }
    let text = lines.joined(separator: "\n") + "区县0,2010,指标0,1,元\n"
    let b = PanelBuilder(table: try read(text))
    let g = b.withGatheredColumns()
    for k in [0, 5, 39] {
      let plain = try b.panel(PanelQuery(indicator: "指标\(k)", aggregate: .first))
      let fast = try g.panel(PanelQuery(indicator: "指标\(k)", aggregate: .first))
      #expect(plain.districts == fast.districts && plain.years == fast.years)
      for d in plain.districts {
        for y in plain.years { #expect(plain.cell(d, y) == fast.cell(d, y)) }
      }
      #expect(plain.warnings == fast.warnings)
    }
    #expect(try g.panel(PanelQuery(indicator: "指标5")).cell("区县3", 2012)?.flags.contains(.masked) == true)
    #expect(
      try g.panel(PanelQuery(indicator: "指标0", aggregate: .first)).warnings.contains { $0.kind == .duplicatesDisagree })
  }
}
