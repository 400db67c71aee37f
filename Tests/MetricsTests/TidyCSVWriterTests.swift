import Foundation
import Testing

@testable import Metrics

@Suite struct TidyCSVWriterTests {
  /// Everything but the line number, which becomes the row's line in the new file.
  func same(_ a: ObservationTable, _ b: ObservationTable) {
    #expect(a.count == b.count)
    for i in 0..<min(a.count, b.count) {
      var x = a[i], y = b[i]
      x.provenance.line = nil
      y.provenance.line = nil
      #expect(x == y)
    }
  }

  func sample() throws -> ObservationTable {
    var t = try TidyCSVReader().read(fixture("tidy_basic.csv"))
    t.append(
      Observation(
        district: "A, B", year: 2023, indicator: "增长率", level: .juniorSecondary, measure: .growthPercent,
        value: -2.52, unit: .percent, flags: [.approximate],
        provenance: Provenance(sourceFile: "r.txt", sourceText: "初中生均降低2.52%\n换行")))
    t.append(
      Observation(
        district: "A", year: 2020, indicator: "X", value: 1_580_030_000, unit: .yuan, flags: [.derived],
        provenance: Provenance(sourceFile: Provenance.derivedFile, sourceText: "prior = 1693330000 / (1 + 7.17 / 100)"))
    )
    t.setAttribute("region", row: 0, to: "渝东南")
    return t
  }

  /// A text a spreadsheet would run as a formula is written with an apostrophe (Excel, WPS and
  /// LibreOffice show it as text) and read back without it (issue 13, item 10).
  @Test func formulaTextIsNeutralisedAndReadsBackAsItWas() throws {
    var t = ObservationTable()
    t.append(
      Observation(
        district: "=HYPERLINK(\"http://x\",\"甲\")", year: 2023, indicator: "+生均", value: 1, unit: .yuan,
        provenance: Provenance(sourceFile: "@r.txt", sourceText: "-3个百分点")))
    t.append(Observation(district: "'引号区", year: 2023, indicator: "+生均", value: 2, unit: .yuan))
    let csv = TidyCSVWriter().write(t)
    #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"甲\"\")\",2023,'+生均,"), "\(csv)")
    #expect(csv.contains(",'@r.txt,'-3个百分点"), "\(csv)")
    #expect(
      !csv.split(separator: "\n").contains { line in
        line.split(separator: ",").contains { "=+-@".contains($0.first ?? " ") }
      })
    let back = try TidyCSVReader().read(data: Data(csv.utf8), name: "t.csv")
    #expect(back[0].district == t[0].district && back[0].indicator == "+生均")
    #expect(back[0].provenance.sourceText == "-3个百分点" && back[0].provenance.sourceFile == "@r.txt")
    #expect(back[1].district == "'引号区")
  }

  @Test func csvRoundTrips() throws {
    let t = try sample()
    let csv = TidyCSVWriter().write(t)
    // 14.13亿元 in the fixture was written to the 0.01亿: its precision travels in its own column.
    #expect(csv.hasPrefix(TidyCSVWriter.header + ",precision,region\n"))
    #expect(csv.contains(",1413000000,元,false,false,") && csv.contains(",1000000,"))
    #expect(csv.contains(",1413000000,元,false,false,"))
    #expect(csv.contains(",17500,元,"))
    #expect(csv.contains("\"A, B\",2023,增长率,初中,growth_pct,-2.52,%,true,false,r.txt,\"初中生均降低2.52%\n换行\""))
    let back = try tidy(csv)
    same(t, back)
    #expect(back.attribute("region", row: 0) == "渝东南")
    #expect(back[t.count - 1].isDerived)
  }

  @Test func jsonRoundTrips() throws {
    let t = try sample()
    let data = try ObservationJSON.encode(t)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("\"value\" : 1413000000"))
    #expect(text.contains("\"value\" : null"))
    same(t, try ObservationJSON.decode(data, name: "t.json"))
  }

  @Test func jsonDecodeIsLenientButNamesTheRecordLine() throws {
    let json = """
      [
        {"district": "A", "year": "2021年", "indicator": "X", "value": "1.75", "unit": "万元"},
        {"district": "A", "year": 2022, "indicator": "X", "value": "***"},
        {"district": "A", "year": 2023, "indicator": "X", "value": "abc"}
      ]
      """
    let e = errorText { _ = try ObservationJSON.decode(Data(json.utf8), name: "t.json") }
    #expect(e.hasPrefix("t.json:4: column 'value': record 3: \"abc\" is not a number"))
    let ok = try ObservationJSON.decode(
      Data(json.split(separator: "\n").dropLast(2).joined(separator: "\n").appending("]").utf8), name: "t.json")
    #expect(ok[0].value == 17500 && ok[0].year == 2021)
    #expect(ok[0].precision == 100)  // "1.75" 万元: written to the 0.01万
    #expect(ok[1].value == nil && ok[1].isMasked)
  }

  @Test(arguments: [
    (1_413_000_000.0, "1413000000"), (17500, "17500"), (61.8, "61.8"), (-2.52, "-2.52"), (0, "0"),
    (1e-7, "0.0000001"), (1.5e21, "1500000000000000000000"), (0.1 + 0.2, "0.30000000000000004"),
    // Written without an exponent by `description` (the fast path): ".0" dropped, nothing else.
    (100, "100"), (-0.5, "-0.5"), (0.001234, "0.001234"), (9_007_199_254_740_992, "9007199254740992"),
    (1e16, "10000000000000000"), (-40.0, "-40"), (0.0001, "0.0001"), (0.00001, "0.00001"),
  ])
  func shortestDecimal(value: Double, text: String) {
    #expect(DecimalFormat.shortest(value) == text)
    #expect(Double(DecimalFormat.shortest(value)) == value)
  }

  @Test func halfUnits() {
    #expect(DecimalFormat.halfUnit(7.17) == 0.005)
    #expect(DecimalFormat.halfUnit(1_693_330_000) == 5000)
    #expect(DecimalFormat.halfUnit(139_357) == 0.5)
  }
}
