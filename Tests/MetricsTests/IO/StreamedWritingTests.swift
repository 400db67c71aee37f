import Foundation
import Testing

@testable import Metrics

/// Writers that stream (``ObservationJSONStream``, ``TidyCSVWriter/forEachRow(of:_:)``) write
/// the bytes the whole-table writers write: `compare extract` over a folder writes a report at a
/// time and must give the file it gave when it held them all.
@Suite struct StreamedWritingTests {
  /// Observations with what changes a row's text: a formula-like district, commas and quotes,
  /// a missing and a masked value, levels, references, precision, restated lines, uncatalogued.
  static func observations(_ part: Int) -> [Observation] {
    (0..<7).map { k in
      var o = Observation(
        district: k == 1 ? "=HYPERLINK(\"x\")" : "县\(part)", year: 2020 + k, indicator: k == 3 ? "投入资金" : "生均经费",
        level: k == 2 ? .primary : nil, measure: k == 4 ? .growthPercent : .value,
        value: k == 5 ? nil : Double(part * 100 + k) + 0.25, unit: k == 4 ? .percent : .yuan,
        flags: k == 6 ? [.masked] : [],
        provenance: Provenance(sourceFile: "r\(part).txt", sourceText: k == 0 ? "甲，\"乙\",丙" : "句\(part)", line: k + 1))
      if k == 3 && part > 0 { o.flags.insert(.uncatalogued) }
      if k == 4 { o.reference = "全省" }
      if k == 2 { o.precision = 0.01 }
      if k == 0 && part == 2 { o.provenance.alsoStatedAt = [12, 30] }
      if k == 6 { o.value = nil }
      return o
    }
  }

  @Test func jsonWrittenInPartsIsTheWholeTablesJSON() throws {
    let parts = [Self.observations(0), [], Self.observations(1), Self.observations(2)]
    var stream = ObservationJSONStream()
    var streamed = Data()
    for p in parts { streamed.append(try stream.next(ObservationTable(p))) }
    streamed.append(try stream.end())
    let whole = try ObservationJSON.encode(ObservationTable(parts.joined()))
    #expect(streamed == whole)
    #expect(String(decoding: whole, as: UTF8.self).contains("\"catalogued\" : false"))
    // Keys are sorted: the same table gives the same bytes in every run.
    #expect(String(decoding: whole, as: UTF8.self).hasPrefix("[\n  {\n    \"approx\" : false,\n    \"district\""))
  }

  @Test func anEmptyStreamIsAnEmptyArray() throws {
    var stream = ObservationJSONStream()
    #expect(try stream.next(ObservationTable()).isEmpty)
    #expect(try stream.end() == ObservationJSON.encode(ObservationTable()))
  }

  @Test func rowsOneAtATimeAreTheWritersRows() throws {
    let table = ObservationTable(Self.observations(0) + Self.observations(1))
    let written = TidyCSVWriter().write(table).split(separator: "\n", omittingEmptySubsequences: false)
    let columns = table.attributes.map(\.name)
    #expect(columns.contains(ObservationTable.cataloguedColumn) && columns.contains(ObservationTable.precisionColumn))
    var k = 0
    TidyCSVWriter.forEachRow(of: table) { standard, attributes in
      k += 1
      let byName = Dictionary(uniqueKeysWithValues: attributes.map { ($0.name, $0.field) })
      #expect(written[k] == standard + columns.map { "," + (byName[$0] ?? "") }.joined(), "row \(k)")
    }
    #expect(k == table.count)
  }
}
