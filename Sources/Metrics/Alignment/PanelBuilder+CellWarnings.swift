extension PanelBuilder {
  /// Warnings that depend only on the filled cells: flags, implausible figures,
  /// empty districts, latest years. Cells are listed in panel order (district, then year).
  static func cellWarnings(_ p: Panel) -> [ComparabilityWarning] {
    var out: [ComparabilityWarning] = []
    let n = p.years.count
    func cells(_ indices: [Int]) -> [PanelCellRef] {
      indices.map { PanelCellRef(district: p.districts[$0 / n], year: p.years[$0 % n]) }
    }
    let approx = p.flags.indices.filter { p.flags[$0].contains(.approximate) }
    if !approx.isEmpty { out.append(.approximate(cells: cells(approx))) }
    let masked = p.flags.indices.filter { p.flags[$0].contains(.masked) && p.values[$0].isNaN }
    if !masked.isEmpty { out.append(.masked(cells: cells(masked))) }
    // A figure no district could have (2.1966 元 per student) was read at the wrong scale.
    if let indicator = p.indicator, [.value, .standard, .target].contains(p.measure),
      p.unit.dimension == indicator.dimension,
      let range = indicator.plausible
    {
      let odd = p.values.indices.filter { !p.values[$0].isNaN && !range.contains(p.values[$0]) }
      if !odd.isEmpty {
        let first = p.values[odd[0]]
        out.append(
          .implausible(
            indicator: indicator.chinese, cells: cells(odd), first: first, unit: p.unit.symbol,
            hint: indicator.scaleHint(first)))
      }
    }
    var latest: [Int: [String]] = [:]
    var empty: [String] = []
    for (d, name) in p.districts.enumerated() {
      if let y = (0..<n).last(where: { !p.values[d * n + $0].isNaN }) {
        latest[p.years[y], default: []].append(name)
      } else {
        empty.append(name)
      }
    }
    if !empty.isEmpty { out.append(.districtWithoutData(districts: empty, years: p.years)) }
    if latest.count > 1 {
      out.append(
        .differentDataYears(
          latest: latest.sorted { $0.key > $1.key }.map { LatestYear(year: $0.key, districts: $0.value) }))
    }
    return out
  }
}
