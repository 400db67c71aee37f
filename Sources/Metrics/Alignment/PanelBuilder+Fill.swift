import Foundation

/// Step 7 of ``PanelBuilder/panel(_:)``: the cells. The first figure for a cell
/// fills it; later ones for the same cell are duplicates, merged afterwards
/// (``PanelBuilder/mergeDuplicates(_:into:from:displayName:aggregate:)``).
extension PanelBuilder {
  /// Fills `p`'s cells from the candidates; returns the duplicates (cell, candidate), rare.
  func fill(
    _ p: inout Panel, from c: PanelCandidates, years: PanelYearAxis, districts: PanelDistrictAxis
  ) -> [(cell: Int, position: Int32)] {
    // Filled through local buffers: writing `p.values[cell]` checks the
    // array's uniqueness on every write, which costs more than the write.
    var cellValues = p.values, cellFlags = p.flags, cellRows = p.rows
    p.values = []
    p.flags = []
    p.rows = []
    var duplicates: [(cell: Int, position: Int32)] = []
    let yearBase = years.base, yearSlot = years.slots, districtSlot = districts.slots, yearCount = years.years.count
    let candidateYears = c.years, candidateDistricts = c.districts, candidateRows = c.rows
    let candidateValues = c.values, candidateFlags = c.flags
    cellValues.withUnsafeMutableBufferPointer { values in
      cellFlags.withUnsafeMutableBufferPointer { flags in
        cellRows.withUnsafeMutableBufferPointer { rows in
          for position in c.positions {
            let k = Int(position)
            let y = Int(candidateYears[k]) - yearBase
            guard y >= 0, y < yearSlot.count, yearSlot[y] >= 0 else { continue }
            let d = districtSlot[Int(candidateDistricts[k])]
            guard d >= 0 else { continue }
            let cell = Int(d) * yearCount + yearSlot[y]
            if rows[cell] >= 0 {
              duplicates.append((cell, position))
              continue
            }
            values[cell] = candidateValues[k]
            flags[cell] = candidateFlags[k]
            rows[cell] = candidateRows[k]
          }
        }
      }
    }
    p.values = cellValues
    p.flags = cellFlags
    p.rows = cellRows
    return duplicates
  }
}
