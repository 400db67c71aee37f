extension Panel {
  /// The panel with its districts in the given order (a subset is allowed;
  /// names not in the panel are ignored). Cells move with their districts.
  ///
  ///     p.reordered(districts: ["渝中区", "万州区"])
  public func reordered(districts wanted: [String]) -> Panel {
    var seen = Set<String>()
    let order = wanted.compactMap { d -> Int? in
      guard seen.insert(d).inserted else { return nil }
      return districts.firstIndex(of: d)
    }
    return permuted(order)
  }

  /// Districts sorted by their figure in `year` (largest first when
  /// `descending`); districts without a figure that year come last, in their
  /// original order. Ties keep their original order.
  ///
  ///     p.sortedByValue(in: 2023).districts.first  // the largest in 2023
  public func sortedByValue(in year: Int, descending: Bool = true) -> Panel {
    let column = self.column(year)
    let order = districts.indices.sorted { a, b in
      switch (column[a], column[b]) {
      case let (x?, y?): return x != y ? (descending ? x > y : x < y) : a < b
      case (_?, nil): return true
      case (nil, _?): return false
      case (nil, nil): return a < b
      }
    }
    return permuted(order)
  }

  /// The panel limited to the given years (in panel order).
  public func selecting(years wanted: [Int]) -> Panel {
    let keep = years.indices.filter { wanted.contains(years[$0]) }
    var p = Panel(
      indicatorName: indicatorName, indicator: indicator, level: level, measure: measure, unit: unit,
      districts: districts, years: keep.map { years[$0] }, flat: [])
    p.copyCells(from: self, districtOrder: Array(districts.indices), yearOrder: keep)
    return p
  }

  private func permuted(_ order: [Int]) -> Panel {
    var p = Panel(
      indicatorName: indicatorName, indicator: indicator, level: level, measure: measure, unit: unit,
      districts: order.map { districts[$0] }, years: years, flat: [])
    p.copyCells(from: self, districtOrder: order, yearOrder: Array(years.indices))
    return p
  }

  private mutating func copyCells(from source: Panel, districtOrder: [Int], yearOrder: [Int]) {
    let n = districtOrder.count * yearOrder.count
    values = []
    values.reserveCapacity(n)
    flags = []
    flags.reserveCapacity(n)
    rows = []
    rows.reserveCapacity(n)
    extraProvenance = [:]
    for d in districtOrder {
      for y in yearOrder {
        let i = d * source.years.count + y
        if let extra = source.extraProvenance[i] { extraProvenance[values.count] = extra }
        values.append(source.values[i])
        flags.append(source.flags[i])
        rows.append(source.rows[i])
      }
    }
    self.source = source.source
    warnings = source.warnings
  }
}
