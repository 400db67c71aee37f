/// The rows of a table bucketed by indicator name, and each distinct name
/// resolved through the catalog once — not once per row.
///
/// Built in two passes over the `indicatorIDs` column (count, then place: a
/// counting sort), so lining up any one indicator touches only its own rows
/// and the table is never copied per indicator.
struct IndicatorIndex: Sendable {
  /// String ids of the distinct indicator names, in order of first appearance.
  let names: [Int32]
  /// `rowsByName[starts[k]..<starts[k + 1]]` are the rows of `names[k]`, ascending.
  let rowsByName: [Int32]
  let starts: [Int]
  /// The catalog reading of each name (nil when unknown).
  let resolved: [(indicator: Indicator, level: SchoolLevel?)?]

  init(table: ObservationTable, catalog: IndicatorCatalog) {
    let poolSize = table.strings.count
    var slot = [Int32](repeating: -1, count: poolSize)
    var names: [Int32] = []
    var counts: [Int] = []
    table.indicatorIDs.withUnsafeBufferPointer { ids in
      for id in ids {
        var k = slot[Int(id)]
        if k < 0 {
          k = Int32(names.count)
          slot[Int(id)] = k
          names.append(id)
          counts.append(0)
        }
        counts[Int(k)] += 1
      }
    }
    var starts = [Int](repeating: 0, count: names.count + 1)
    for k in names.indices { starts[k + 1] = starts[k] + counts[k] }
    var next = Array(starts.dropLast())
    var rows = [Int32](repeating: 0, count: table.count)
    table.indicatorIDs.withUnsafeBufferPointer { ids in
      rows.withUnsafeMutableBufferPointer { out in
        for (i, id) in ids.enumerated() {
          let k = Int(slot[Int(id)])
          out[next[k]] = Int32(i)
          next[k] += 1
        }
      }
    }
    self.names = names
    self.rowsByName = rows
    self.starts = starts
    self.resolved = names.map { catalog.resolve(table.strings[$0]) }
  }

  func rows(_ k: Int) -> ArraySlice<Int32> { rowsByName[starts[k]..<starts[k + 1]] }
}
