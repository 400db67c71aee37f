import Foundation
import Testing

@testable import Metrics

/// A wide JSON table read for one indicator (``IndicatorFilter``): only that indicator's
/// columns are built while the records stream by, and the rows are those the whole read gives.
@Suite struct WideJSONFilterTests {
  let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("compare-widejson-\(UUID().uuidString)")

  func file(_ text: String) throws -> URL {
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    let url = tmp.appendingPathComponent("w.json")
    try Data(text.utf8).write(to: url)
    return url
  }

  func options(_ indicator: String?) -> TableOptions {
    var o = TableOptions(layout: .wide)
    o.filter = indicator.map { IndicatorFilter(indicator: $0) }
    return o
  }

  static let records = """
    [
    {"district":"A","year":2020,"甲（万元）":1.5,"乙":2,"region":"东","note":{"deep":[1,2]}},
    {"district":"B","year":2021,"甲（万元）":"3","乙":"x","region":"西"},
    {"district":"C","year":2022,"乙":4}
    ]
    """

  @Test func onlyTheIndicatorsCellsAreKeptAndTheRowsMatchTheWholeRead() throws {
    let url = try file(Self.records)
    let one = try ObservationSource.read(url, options: options("甲")).table
    #expect(one.indicatorNames == ["甲"])
    // Left out and still named (as a wide CSV does): the other columns, 乙 among them.
    #expect(one.indicatorsLeftOut == ["note", "region", "乙"])
    // The whole read fails on 乙's "x"; compare with the rows of 甲 of a read without 乙.
    let without = try file(Self.records.replacingOccurrences(of: #""乙":"x","#, with: ""))
    let whole = try ObservationSource.read(without, options: options(nil)).table
    let wholeRows = whole.indices.filter { whole.strings[whole.indicatorIDs[$0]] == "甲" }
    #expect(one.count == wholeRows.count && one.count == 3)
    // Text columns are left out as in a wide CSV read for one indicator; the figures are the same.
    for (k, i) in wholeRows.enumerated() { #expect(one[k] == whole[i]) }
    #expect(one[0].value == 15000 && one[1].value == 30000 && one[2].value == nil)
  }

  @Test func theLeftOutColumnsAreNotBuilt() throws {
    let data = Data(Self.records.utf8)
    let columns = try WideTableReader.jsonColumns(data, "w.json")
    #expect(columns == ["district", "note", "region", "year", "乙", "甲（万元）"])
    let grid = try WideTableReader.jsonGrid(data, "w.json", columns: columns) { $0 != "乙" && $0 != "note" }
    let b = try #require(columns.firstIndex(of: "乙"))
    #expect(grid.leftOut == [b, try #require(columns.firstIndex(of: "note"))])
    #expect(grid.rows.allSatisfy { $0[b] == nil })
    #expect(grid.rows[0][try #require(columns.firstIndex(of: "region"))] == "东")
    #expect(grid.lines == [2, 3, 4])
  }

  @Test func aBadCellOfTheIndicatorStillNamesItsLineAndColumn() throws {
    let url = try file(Self.records.replacingOccurrences(of: #""甲（万元）":"3""#, with: #""甲（万元）":"三""#))
    #expect {
      _ = try ObservationSource.read(url, options: options("甲"))
    } throws: { error in
      "\(error)".contains("w.json:3") && "\(error)".contains("甲（万元）") && "\(error)".contains("not a number")
    }
  }

  @Test func aSkippedValueIsStillCheckedForItsSyntax() throws {
    let url = try file(Self.records.replacingOccurrences(of: #""乙":2,"#, with: #""乙":[1,,"#))
    #expect {
      _ = try ObservationSource.read(url, options: options("甲"))
    } throws: { error in
      "\(error)".contains("w.json:2") && "\(error)".contains("not valid JSON")
    }
  }
}
