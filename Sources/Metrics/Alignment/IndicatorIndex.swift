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
    // Tables are sorted by indicator or by district; most rows repeat the
    // previous row's indicator, so the last hit is checked first.
    var lastID: Int32 = -1, lastSlot = 0
    table.indicatorIDs.withUnsafeBufferPointer { ids in
      for id in ids {
        if id == lastID { counts[lastSlot] += 1; continue }
        var k = slot[Int(id)]
        if k < 0 {
          k = Int32(names.count)
          slot[Int(id)] = k
          names.append(id)
          counts.append(0)
        }
        counts[Int(k)] += 1
        lastID = id
        lastSlot = Int(k)
      }
    }
    var starts = [Int](repeating: 0, count: names.count + 1)
    for k in names.indices { starts[k + 1] = starts[k] + counts[k] }
    var next = Array(starts.dropLast())
    let rows = [Int32](unsafeUninitializedCapacity: table.count) { out, initialized in
      table.indicatorIDs.withUnsafeBufferPointer { ids in
        slot.withUnsafeBufferPointer { slot in
          next.withUnsafeMutableBufferPointer { next in
            for (i, id) in ids.enumerated() {
              let k = Int(slot[Int(id)])
              out[next[k]] = Int32(i)
              next[k] += 1
            }
          }
        }
      }
      initialized = table.count
    }
    self.names = names
    self.rowsByName = rows
    self.starts = starts
    self.resolved = names.map { catalog.resolve(table.strings[$0]) }
  }

  func rows(_ k: Int) -> ArraySlice<Int32> { rowsByName[starts[k]..<starts[k + 1]] }
}
