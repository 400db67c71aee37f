import Foundation

/// Step 7 of ``PanelBuilder/panel(_:)``: the cells. The first figure for a cell
/// fills it; later ones for the same cell are duplicates, merged afterwards.
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

  /// Merges agreeing duplicates into one cell with both sources, lets a number fill
  /// a masked cell, and flags disagreeing ones `.conflicting`, keeping the first
  /// figure. Returns the warning naming the disagreements, if any.
  func mergeDuplicates(
    _ duplicates: [(cell: Int, position: Int32)], into p: inout Panel, from c: PanelCandidates, displayName: String
  ) -> [ComparabilityWarning] {
    var conflicts: [SourceConflict] = []
    for (cell, position) in duplicates {
      let i = Int(c.rows[Int(position)])
      let v = c.values[Int(position)]
      let old = p.values[cell]
      p.extraProvenance[cell, default: []].append(table.provenance(row: i))
      if v.isNaN { continue }
      if old.isNaN {
        p.values[cell] = v
        p.flags[cell] = table.flags[i].union(p.flags[cell]).subtracting(.masked)
        if !table.flags[i].contains(.approximate) { p.flags[cell].remove(.approximate) }
        continue
      }
      if abs(v - old) <= 1e-9 * max(abs(v), abs(old)) { continue }
      p.flags[cell].insert(.conflicting)
      let first = table.provenance(row: Int(p.rows[cell]))
      conflicts.append(
        SourceConflict(
          cell: PanelCellRef(district: p.districts[cell / p.years.count], year: p.years[cell % p.years.count]),
          kept: old, keptSource: first, other: v, otherSource: table.provenance(row: i)))
    }
    return conflicts.isEmpty ? [] : [.duplicatesDisagree(indicator: displayName, conflicts: conflicts)]
  }
}
