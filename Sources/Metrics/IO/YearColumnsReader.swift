import Foundation

/// Reads a table with one row per district and one column per year — the
/// yearbook shape — as observations of one indicator.
///
///     区县,2019年,2020年,2021年度
///     渝中区,17500,18200,
///
///     let t = try YearColumnsReader(indicator: "生均经费").observations(grid)
///     // 渝中区 2019 = 17500, 2020 = 18200, 2021 missing
///
/// The indicator is named by the caller (`--indicator`, a sheet's group header,
/// the sheet or the file name). A unit comes from the year headers' brackets
/// (`2019年（万元）`), a unit column (`单位`), or the indicator's name
/// (`生均经费（元）`). Columns that are neither the district, a year nor the unit
/// are kept as text attributes. A cell that is not a number, a mask or a
/// missing marker is an error naming its line (or sheet cell) and column.
struct YearColumnsReader {
  var indicator: String
  /// The district column's name; nil = the column called 区县/district/…, else the first that is not a year.
  var districtColumn: String? = nil
  /// The unit when neither the headers nor a unit column give one (a sheet's `单位：元` row).
  var unit: String? = nil

  func observations(_ grid: TableGrid) throws -> ObservationTable {
    let yearColumns = grid.columns.indices.compactMap { c in YearHeader.year(grid.columns[c]).map { (c, $0) } }
    guard !yearColumns.isEmpty else {
      throw grid.error(
        row: nil, column: nil,
        "no column names a year (2019, 2019年 or 2019年度); the header has: \(grid.columns.joined(separator: ", "))")
    }
    let yearSet = Set(yearColumns.map(\.0))
    let cDistrict: Int
    if let districtColumn {
      guard
        let c = grid.columns.firstIndex(of: districtColumn)
          ?? grid.columns.firstIndex(where: { $0.lowercased() == districtColumn.lowercased() })
      else {
        var e = grid.error(
          row: nil, column: nil, "no such column; the header has: \(grid.columns.joined(separator: ", "))")
        e.field = districtColumn
        throw e
      }
      cDistrict = c
    } else if let c = grid.columns.firstIndex(where: { TidyCSVReader.Column(header: $0) == .district }) {
      cDistrict = c
    } else if let c = grid.columns.indices.first(where: { !yearSet.contains($0) && !grid.columns[$0].isEmpty }) {
      cDistrict = c
    } else {
      throw grid.error(row: nil, column: nil, "no district column: the header has only years")
    }
    let cUnit = grid.columns.firstIndex { TidyCSVReader.Column(header: $0) == .unit }
    let others = grid.columns.indices.filter {
      $0 != cDistrict && $0 != cUnit && !yearSet.contains($0) && !grid.columns[$0].isEmpty
    }
    let named = WideTableReader.split(header: indicator)
    let yearUnits = yearColumns.map { WideTableReader.split(header: grid.columns[$0.0]).unit ?? named.unit ?? unit }
    let file = (grid.name as NSString).lastPathComponent
    var table = ObservationTable()
    var units: [String: (unit: Unit, factor: Double)] = [:]
    for (r, row) in grid.rows.enumerated() {
      guard let district = row[cDistrict], !district.isEmpty else {
        // A row with no district and no figures is a spacer; with figures it is an error.
        if yearColumns.allSatisfy({ row[$0.0] == nil }) { continue }
        throw grid.error(row: r, column: cDistrict, "the district is empty")
      }
      let rowUnit = cUnit.flatMap { row[$0] }
      for (k, (c, year)) in yearColumns.enumerated() {
        let t = row[c] ?? ""
        let spelling = rowUnit ?? yearUnits[k] ?? ""
        let unit: (unit: Unit, factor: Double)
        if let u = units[spelling] {
          unit = u
        } else {
          unit = Unit.parse(spelling)
          units[spelling] = unit
        }
        guard let (value, flags) = DecimalParser.cell(t, factor: unit.factor) else {
          throw grid.error(row: r, column: c, "\"\(t)\" is not a number (a year column holds the indicator's values)")
        }
        table.append(
          Observation(
            district: district, year: year, indicator: named.name, value: value, unit: unit.unit,
            flags: flags, provenance: Provenance(sourceFile: file, line: grid.lines[r]),
            precision: DecimalParser.precision(t, factor: unit.factor)))
        for a in others {
          if let v = row[a], !v.isEmpty { table.setAttribute(grid.columns[a], row: table.count - 1, to: v) }
        }
      }
    }
    return table
  }
}
