import Foundation

/// Step 8 of ``PanelBuilder/panel(_:)``: several rows for one cell.
///
/// Rows that give the same figure are one fact stated twice (a report restates its
/// headline; a table and a report agree): one cell with every source. A number
/// beside a masked or empty row fills the cell. Rows that give different figures
/// are combined by the query's ``Aggregation``; without one they are an error that
/// lists them, because charting the first of them silently would say something false.
extension PanelBuilder {
  /// How many disagreeing cells an error lists before it counts the rest.
  static let listedDuplicates = 10

  /// Merges `duplicates` (cell, candidate) into `p` by `aggregate`, and returns the
  /// warning that says how, if any.
  ///
  /// - Throws: ``AlignmentError`` `.disagreeingDuplicates` when rows disagree and no
  ///   aggregation is given, or `.aggregateOverflow` when a sum exceeds the largest number.
  func mergeDuplicates(
    _ duplicates: [(cell: Int, position: Int32)], into p: inout Panel, from c: PanelCandidates, displayName: String,
    aggregate: Aggregation?
  ) throws -> [ComparabilityWarning] {
    guard !duplicates.isEmpty else { return [] }
    var byCell: [Int: [Int]] = [:]
    for (cell, position) in duplicates {
      let row = Int(c.rows[Int(position)])
      byCell[cell, default: []].append(row)
      p.extraProvenance[cell, default: []].append(table.provenance(row: row))
    }
    var conflicts: [SourceConflict] = []
    var aggregated: [PanelCellRef] = []
    // Panel order (district, then year), so errors and warnings list cells as the table shows them.
    for cell in byCell.keys.sorted() {
      let rows = [Int(p.rows[cell])] + byCell[cell]!
      let ref = PanelCellRef(district: p.districts[cell / p.years.count], year: p.years[cell % p.years.count])
      let present = rows.filter { !table.values[$0].isNaN }
      let values = present.map { table.values[$0] }
      switch aggregate {
      case nil, .first?:
        // The first figure present fills the cell; the others agree with it or are listed.
        guard let kept = present.first else { continue }
        if kept != rows[0] {
          p.values[cell] = table.values[kept]
          p.flags[cell] = table.flags[kept].union(p.flags[cell]).subtracting(.masked)
          if !table.flags[kept].contains(.approximate) { p.flags[cell].remove(.approximate) }
        }
        for other in present.dropFirst() where !Self.same(table.values[other], table.values[kept]) {
          p.flags[cell].insert(.conflicting)
          conflicts.append(
            SourceConflict(
              cell: ref, kept: table.values[kept], keptSource: table.provenance(row: kept),
              other: table.values[other], otherSource: table.provenance(row: other)))
        }
      case .sum?, .mean?, .min?, .max?:
        // A figure stated twice is still summed: with a rule given, every row is a part.
        let rule = aggregate!
        // A total with a part missing is not the total: a gap, masked if a part was.
        if rule == .sum && present.count < rows.count || present.isEmpty {
          p.values[cell] = .nan
          p.flags[cell] = rows.reduce(into: ObservationFlags()) { $0.formUnion(table.flags[$1]) }
            .intersection([.masked])
          aggregated.append(ref)
          continue
        }
        let v = rule.combine(values)
        guard v.isFinite else {
          throw AlignmentError(
            kind: .aggregateOverflow,
            message:
              "\(displayName) \(ref.district) \(ref.year): the \(rule.rawValue) of \(values.count) rows exceeds the largest number this tool holds (\(rows.map { PanelBuilder.cite(table.provenance(row: $0)) }.joined(separator: ", ")))"
          )
        }
        p.values[cell] = v
        p.flags[cell] = present.reduce(into: ObservationFlags()) {
          $0.formUnion(table.flags[$1].intersection([.approximate, .derived, .uncatalogued]))
        }
        aggregated.append(ref)
      }
    }
    if let aggregate, aggregate != .first {
      return aggregated.isEmpty ? [] : [.aggregated(indicator: displayName, rule: aggregate, cells: aggregated)]
    }
    guard !conflicts.isEmpty else { return [] }
    if aggregate == nil { throw disagreeing(conflicts, displayName: displayName) }
    return [.duplicatesDisagree(indicator: displayName, conflicts: conflicts)]
  }

  /// Equal up to the last bits of a `Double` (a figure read as 万元 and as 元).
  static func same(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(abs(a), abs(b)) }

  /// The error for rows that disagree: the first cells with each row's figure and
  /// place (file and line), a count of the rest, and the option that decides.
  private func disagreeing(_ conflicts: [SourceConflict], displayName: String) -> AlignmentError {
    var cells: [PanelCellRef] = []
    var figures: [PanelCellRef: [(Double, Provenance)]] = [:]
    for conflict in conflicts {
      if figures[conflict.cell] == nil {
        cells.append(conflict.cell)
        figures[conflict.cell] = [(conflict.kept, conflict.keptSource)]
      }
      figures[conflict.cell]!.append((conflict.other, conflict.otherSource))
    }
    let listed = cells.prefix(Self.listedDuplicates).map { cell in
      "  \(cell.district) \(cell.year): "
        + figures[cell]!.map { "\(DecimalFormat.shortest($0.0)) (\(PanelBuilder.cite($0.1)))" }.joined(separator: ", ")
    }
    let rest = cells.count - listed.count
    return AlignmentError(
      kind: .disagreeingDuplicates,
      message:
        "\(displayName): \(cells.count) district-year cell\(cells.count == 1 ? " has" : "s have") several rows with different figures:\n"
        + listed.joined(separator: "\n") + (rest > 0 ? "\n  … and \(rest) more" : "")
        + "\nSay how to combine them with --aggregate sum, mean, min, max or first (first keeps the first row and flags the others; in a briefing chart, aggregate: sum), or remove the extra rows"
    )
  }
}
