import Foundation

/// Step 4 of ``PanelBuilder/panel(_:)``: one unit. 元 and 元/生·年 never share a panel.
extension PanelBuilder {
  /// Chooses the unit (the one asked for, else the only one) and keeps its candidates.
  ///
  /// - Throws: ``AlignmentError`` `.ambiguousUnit` naming the units the data holds.
  func chooseUnit(_ candidates: inout PanelCandidates, query q: PanelQuery, displayName: String) throws -> Int16 {
    var unitTally = [Int](repeating: 0, count: table.units.count)
    for c in candidates.positions { unitTally[Int(candidates.units[Int(c)])] += 1 }
    var unitCounts: [Int16: Int] = [:]
    for (u, n) in unitTally.enumerated() where n > 0 { unitCounts[Int16(u)] = n }
    var unitID: Int16
    if let wanted = q.unit {
      let u = Unit.parse(wanted).unit
      guard let id = unitCounts.keys.first(where: { table.units[Int($0)] == u }) else {
        throw AlignmentError(
          kind: .ambiguousUnit,
          message:
            "the data has no \(displayName) in \(wanted); it holds: \(unitCounts.keys.map { table.units[Int($0)].symbol.isEmpty ? "(no unit)" : table.units[Int($0)].symbol }.joined(separator: ", "))"
        )
      }
      unitID = id
    } else if unitCounts.count == 1 {
      unitID = unitCounts.first!.key
    } else {
      let listed = unitCounts.sorted { $0.value > $1.value }.map {
        let u = table.units[Int($0.key)]
        return "\(u.symbol.isEmpty ? "(no unit)" : u.symbol) (\($0.value))"
      }
      let example = unitCounts.max { $0.value < $1.value }!.key
      throw AlignmentError(
        kind: .ambiguousUnit,
        message:
          "the data holds \(displayName) in several units: \(listed.joined(separator: ", ")). Figures in different units are not comparable; pick one with --unit, e.g. --unit \(table.units[Int(example)].symbol)"
      )
    }
    if unitCounts.count > 1 {
      let units = candidates.units
      candidates.positions.removeAll { units[Int($0)] != unitID }
    }
    return unitID
  }
}
