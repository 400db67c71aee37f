import Foundation

/// The years of a panel and where each data year goes: `slots[year - base]` is
/// the column, -1 for a year between them that the panel leaves out.
struct PanelYearAxis {
  var years: [Int]
  var base: Int
  var slots: [Int]
}

/// The districts of a panel and where each goes: `slots[stringID]` is the row, -1 for none.
struct PanelDistrictAxis {
  var names: [String]
  var slots: [Int32]
}

/// Step 6 of ``PanelBuilder/panel(_:)``: the years and districts the panel shows.
extension PanelBuilder {
  /// Every year with a candidate, narrowed to `q.years`.
  ///
  /// - Throws: ``AlignmentError`` `.noDataForYears` naming the years the data has.
  func yearAxis(_ c: PanelCandidates, query q: PanelQuery, displayName: String, level: SchoolLevel?) throws
    -> PanelYearAxis
  {
    var minYear = Int32.max, maxYear = Int32.min
    for k in c.positions {
      let y = c.years[Int(k)]
      minYear = min(minYear, y)
      maxYear = max(maxYear, y)
    }
    var seenYear = [Bool](repeating: false, count: Int(maxYear - minYear) + 1)
    for k in c.positions { seenYear[Int(c.years[Int(k)] - minYear)] = true }
    let allYears = seenYear.indices.filter { seenYear[$0] }.map { Int(minYear) + $0 }
    var years = allYears
    if let range = q.years {
      years = years.filter { range.contains($0) }
      if years.isEmpty {
        throw AlignmentError(
          kind: .noDataForYears,
          message:
            "the data has no \(displayName)\(level.map { "（\($0.rawValue)）" } ?? "") for \(range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"); it has: \(compactYears(allYears))"
        )
      }
    }
    let base = years.first!
    var slots = [Int](repeating: -1, count: years.last! - base + 1)
    for (k, y) in years.enumerated() { slots[y - base] = k }
    return PanelYearAxis(years: years, base: base, slots: slots)
  }

  /// The districts asked for, in that order, else every district with a figure in
  /// the panel's years, in order of first appearance.
  ///
  /// - Throws: ``AlignmentError`` `.unknownDistrict` with the nearest names.
  func districtAxis(_ c: PanelCandidates, years: PanelYearAxis, query q: PanelQuery) throws -> PanelDistrictAxis {
    var slots = [Int32](repeating: -1, count: table.strings.count)
    var names: [String] = []
    if let wanted = q.districts {
      for d in wanted {
        guard let id = table.strings.id(of: d), table.districtIDs.contains(id) else {
          let known = table.districtNames
          let near = known.filter { $0.contains(d) || d.contains($0) }.prefix(5)
          throw AlignmentError(
            kind: .unknownDistrict,
            message: "no district \"\(d)\" in the data"
              + (near.isEmpty
                ? "; it has \(known.count) districts, e.g. \(known.prefix(5).joined(separator: ", "))"
                : "; did you mean \(near.joined(separator: ", "))?"))
        }
        if slots[Int(id)] < 0 {
          slots[Int(id)] = Int32(names.count)
          names.append(d)
        }
      }
    } else {
      for k in c.positions {
        let id = Int(c.districts[Int(k)])
        let y = Int(c.years[Int(k)]) - years.base
        guard y >= 0, y < years.slots.count, years.slots[y] >= 0, slots[id] < 0 else { continue }
        slots[id] = Int32(names.count)
        names.append(table.strings[Int32(id)])
      }
    }
    return PanelDistrictAxis(names: names, slots: slots)
  }
}
