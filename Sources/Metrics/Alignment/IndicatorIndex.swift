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
  /// The measure, level and unit shared by all of a name's rows, or nil when
  /// they differ: lets the builder skip three columns per row (large tables
  /// are usually uniform, and each column read is a cache miss there).
  let uniform: [Uniform?]

  /// The year, district, value and flags columns copied into bucket order, so
  /// that each name's figures lie side by side. Built only for batches of
  /// panels (``PanelBuilder/panels(_:)``): lining up one indicator reads its
  /// scattered rows directly, which is cheaper than copying the table.
  var gathered: Gathered?

  struct Gathered: Sendable {
    var years: [Int32]
    var districts: [Int32]
    var values: [Double]
    var flags: [ObservationFlags]
  }

  /// Name position of each string id (-1: not an indicator name).
  let slotOfString: [Int32]

  struct Uniform: Sendable {
    var measure: Measure
    var level: SchoolLevel?
    var unit: Int16
  }

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
        if id == lastID {
          counts[lastSlot] += 1
          continue
        }
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
    var uniform: [Uniform?] = []
    var mixed = [Bool](repeating: false, count: names.count)
    for k in names.indices {
      let first = Int(rows[starts[k]])
      uniform.append(Uniform(measure: table.measures[first], level: table.levels[first], unit: table.unitIDs[first]))
    }
    table.indicatorIDs.withUnsafeBufferPointer { ids in
      table.measures.withUnsafeBufferPointer { measures in
        table.levels.withUnsafeBufferPointer { levels in
          table.unitIDs.withUnsafeBufferPointer { units in
            for i in ids.indices {
              let k = Int(slot[Int(ids[i])])
              if mixed[k] { continue }
              let u = uniform[k]!
              if measures[i] != u.measure || levels[i] != u.level || units[i] != u.unit { mixed[k] = true }
            }
          }
        }
      }
    }
    for k in names.indices where mixed[k] { uniform[k] = nil }
    self.uniform = uniform
    self.slotOfString = slot
    self.names = names
    self.rowsByName = rows
    self.starts = starts
    self.resolved = names.map { catalog.resolve(table.strings[$0]) }
  }

  func rows(_ k: Int) -> ArraySlice<Int32> { rowsByName[starts[k]..<starts[k + 1]] }

  /// Fills ``gathered``: one sequential pass over the table, writing each row
  /// to its bucket position (the counting sort's placement again).
  mutating func gather(_ table: ObservationTable) {
    let n = table.count
    var next = Array(starts.dropLast())
    var years = [Int32](repeating: 0, count: n), districts = [Int32](repeating: 0, count: n)
    var values = [Double](repeating: 0, count: n), flags = [ObservationFlags](repeating: [], count: n)
    table.indicatorIDs.withUnsafeBufferPointer { ids in
      table.years.withUnsafeBufferPointer { ys in
        table.districtIDs.withUnsafeBufferPointer { ds in
          table.values.withUnsafeBufferPointer { vs in
            table.flags.withUnsafeBufferPointer { fs in
              years.withUnsafeMutableBufferPointer { oy in
                districts.withUnsafeMutableBufferPointer { od in
                  values.withUnsafeMutableBufferPointer { ov in
                    flags.withUnsafeMutableBufferPointer { of in
                      for i in 0..<n {
                        let k = Int(slotOfString[Int(ids[i])])
                        let pos = next[k]
                        next[k] = pos + 1
                        oy[pos] = ys[i]
                        od[pos] = ds[i]
                        ov[pos] = vs[i]
                        of[pos] = fs[i]
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    gathered = Gathered(years: years, districts: districts, values: values, flags: flags)
  }
}
