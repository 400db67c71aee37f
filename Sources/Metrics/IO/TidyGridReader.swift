import Foundation

/// Reads a tidy table that arrived as cells (a sheet) rather than CSV bytes:
/// the same columns and rules as ``TidyCSVReader``, errors naming the cell.
///
///     let t = try TidyGridReader().observations(grid)  // district,year,indicator,value[,unit,level,measure]
struct TidyGridReader {
  /// Keep only the rows of one indicator (nil: all).
  var filter: IndicatorFilter? = nil

  func observations(_ grid: TableGrid) throws -> ObservationTable {
    typealias Column = TidyCSVReader.Column
    var index: [Column: Int] = [:]
    var extras: [Int] = []
    for (c, h) in grid.columns.enumerated() {
      if let role = Column(header: h), index[role] == nil { index[role] = c } else if !h.isEmpty { extras.append(c) }
    }
    for required in [Column.district, .year, .indicator, .value] where index[required] == nil {
      var e = grid.error(
        row: nil, column: nil,
        "missing column '\(required.rawValue)'; the header has: \(grid.columns.joined(separator: ", "))")
      e.field = required.rawValue
      throw e
    }
    let cDistrict = index[.district]!, cYear = index[.year]!, cIndicator = index[.indicator]!, cValue = index[.value]!
    let file = (grid.name as NSString).lastPathComponent
    var table = ObservationTable()
    var units: [String: (unit: Unit, factor: Double)] = [:]
    var decided: [String: Bool] = [:]
    for (r, row) in grid.rows.enumerated() {
      guard let district = row[cDistrict], !district.isEmpty else {
        throw grid.error(row: r, column: cDistrict, "the district is empty")
      }
      guard let indicator = row[cIndicator], !indicator.isEmpty else {
        throw grid.error(row: r, column: cIndicator, "the indicator is empty")
      }
      if let filter {
        if decided[indicator] == nil {
          decided[indicator] = filter.keeps(indicator)
          if decided[indicator] == false { table.indicatorsLeftOut.append(indicator) }
        }
        if decided[indicator] == false { continue }
      }
      guard let year = row[cYear].flatMap(YearHeader.year) else {
        throw grid.error(row: r, column: cYear, "\"\(row[cYear] ?? "")\" is not a year (expected e.g. 2023)")
      }
      let spelling = index[.unit].flatMap { row[$0] } ?? ""
      let unit: (unit: Unit, factor: Double)
      if let u = units[spelling] {
        unit = u
      } else {
        unit = Unit.parse(spelling)
        units[spelling] = unit
      }
      let t = row[cValue] ?? ""
      guard var (value, flags) = DecimalParser.cell(t, factor: unit.factor) else {
        throw grid.error(row: r, column: cValue, "\"\(t)\" is not a number")
      }
      var level: SchoolLevel?
      if let c = index[.level], let t = row[c] {
        guard let l = SchoolLevel(parsing: t) else {
          throw grid.error(row: r, column: c, "unknown school level \"\(t)\"")
        }
        level = l
      }
      var measure = Measure.value
      if let c = index[.measure], let t = row[c] {
        guard let m = Measure(parsing: t) else { throw grid.error(row: r, column: c, "unknown measure \"\(t)\"") }
        measure = m
      }
      if let c = index[.approx], let t = row[c], ["true", "1", "是", "yes"].contains(t.lowercased()) {
        flags.insert(.approximate)
      }
      if let c = index[.masked], let t = row[c], ["true", "1", "是", "yes"].contains(t.lowercased()) {
        flags.insert(.masked)
        value = nil
      }
      table.append(
        Observation(
          district: district, year: year, indicator: indicator, level: level, measure: measure, value: value,
          unit: unit.unit,
          flags: flags, provenance: Provenance(sourceFile: file, line: grid.lines[r]),
          precision: value == nil ? nil : DecimalParser.precision(t, factor: unit.factor)))
      for a in extras {
        if let v = row[a], !v.isEmpty { table.setAttribute(grid.columns[a], row: table.count - 1, to: v) }
      }
    }
    return table
  }
}
