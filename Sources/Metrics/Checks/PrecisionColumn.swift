/// Each row's rounding allowance (``WrittenPrecision``), read from the table's
/// `precision` column once: its texts are few (1000000, 0.01…), its rows many.
struct PrecisionColumn {
  private let ids: [Int32]?
  private let parsed: [Int32: Double]
  private let values: [Double]

  init(_ table: ObservationTable) {
    values = table.values
    ids = table.attributes.first { $0.name == ObservationTable.precisionColumn }?.values
    var parsed: [Int32: Double] = [:]
    for id in Set(ids ?? []) where id >= 0 {
      if let p = DecimalParser.parse(table.strings[id]) { parsed[id] = p }
    }
    self.parsed = parsed
  }

  /// Half the place value of row `i`'s last written digit.
  func halfUnit(row i: Int) -> Double {
    WrittenPrecision.halfUnit(of: values[i], precision: ids.flatMap { parsed[$0[i]] })
  }
}
