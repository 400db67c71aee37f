import Foundation

/// Step 2 of ``PanelBuilder/panel(_:)``: the rows of the indicator in the measure
/// asked for, column by column. The choosing steps narrow `positions`, indices
/// into these arrays; the arrays themselves stay as gathered.
struct PanelCandidates {
  var rows: [Int32] = []
  var levels: [SchoolLevel?] = []
  var years: [Int32] = []
  var districts: [Int32] = []
  var units: [Int16] = []
  var values: [Double] = []
  var flags: [ObservationFlags] = []
  /// The candidates still in the running (set once a level is chosen).
  var positions: [Int32] = []
}

extension PanelBuilder {
  /// - Throws: ``AlignmentError`` `.noSuchMeasure` naming the measures the data does hold.
  func gather(_ target: ResolvedIndicator, measure: Measure) throws -> PanelCandidates {
    // Hot loops over up to millions of rows: plain arrays, no hashing per row.
    // Values and flags are gathered in the same pass: the rows of one indicator
    // are scattered through a large table, and touching each row's cache lines
    // once, with all its loads in flight together, is what makes this fast.
    let levelsColumn = table.levels, measuresColumn = table.measures, unitColumn = table.unitIDs
    let yearColumn = table.years, districtColumn = table.districtIDs
    let valueColumn = table.values, flagColumn = table.flags
    var c = PanelCandidates()
    let measureCases = Measure.allCases
    var otherMeasures = [Int](repeating: 0, count: measureCases.count)
    for k in target.matched {
      let nameLevel = index.resolved[k]?.level
      let rows = index.rows(k)
      if let u = index.uniform[k] {
        // Every row of this name has the same measure, level and unit.
        if u.measure != measure {
          otherMeasures[measureCases.firstIndex(of: u.measure)!] += rows.count
          continue
        }
        c.rows.append(contentsOf: rows)
        c.levels.append(contentsOf: repeatElement(u.level ?? nameLevel, count: rows.count))
        c.units.append(contentsOf: repeatElement(u.unit, count: rows.count))
        if let g = index.gathered {
          let span = index.starts[k]..<index.starts[k + 1]
          c.years.append(contentsOf: g.years[span])
          c.districts.append(contentsOf: g.districts[span])
          c.values.append(contentsOf: g.values[span])
          c.flags.append(contentsOf: g.flags[span])
          continue
        }
        c.years.reserveCapacity(c.years.count + rows.count)
        c.districts.reserveCapacity(c.districts.count + rows.count)
        c.values.reserveCapacity(c.values.count + rows.count)
        c.flags.reserveCapacity(c.flags.count + rows.count)
        // `map` writes into exact-size storage without a uniqueness check per element.
        c.years += rows.map { yearColumn[Int($0)] }
        c.districts += rows.map { districtColumn[Int($0)] }
        c.values += rows.map { valueColumn[Int($0)] }
        c.flags += rows.map { flagColumn[Int($0)] }
        continue
      }
      c.rows.reserveCapacity(c.rows.count + rows.count)
      c.levels.reserveCapacity(c.levels.count + rows.count)
      for r in rows {
        let i = Int(r)
        let m = measuresColumn[i]
        if m != measure {
          otherMeasures[measureCases.firstIndex(of: m)!] += 1
          continue
        }
        c.rows.append(r)
        c.levels.append(levelsColumn[i] ?? nameLevel)
        c.years.append(yearColumn[i])
        c.districts.append(districtColumn[i])
        c.units.append(unitColumn[i])
        c.values.append(valueColumn[i])
        c.flags.append(flagColumn[i])
      }
    }
    if c.rows.isEmpty {
      let held = Measure.allCases.indices.filter { otherMeasures[$0] > 0 }.sorted {
        otherMeasures[$0] > otherMeasures[$1]
      }
      throw AlignmentError(
        kind: .noSuchMeasure,
        message:
          "the data holds \(target.displayName) only as \(held.map { "\(Measure.allCases[$0].rawValue) (\(otherMeasures[$0]))" }.joined(separator: ", ")), not as \(measure.rawValue). Pick one with --measure, e.g. --measure \(Measure.allCases[held[0]].rawValue)"
      )
    }
    return c
  }
}
