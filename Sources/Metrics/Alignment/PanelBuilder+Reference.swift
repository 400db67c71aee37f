import Foundation

/// Step 5 of ``PanelBuilder/panel(_:)``: one reference. Differences against 全省
/// and against 全市 are different quantities.
extension PanelBuilder {
  /// Keeps the candidates whose differences are taken against one reference: the one
  /// asked for, else the only one, else the most common (the others are named in a
  /// warning). Returns it; nil when the differences are year on year.
  func chooseReference(
    _ candidates: inout [Int32], rows: [Int32], query q: PanelQuery, displayName: String,
    warnings: inout [ComparabilityWarning]
  ) throws -> String? {
    // By spelling: 市 and 全市 are one reference, 上年 and none are year on year ("").
    var references = ReferenceKeys(table)
    guard references.column != nil else {
      if let wanted = q.reference, ComparisonReference.normalise(wanted) != nil {
        throw AlignmentError(
          kind: .noSuchReference,
          message: "the data has no \(displayName) compared with \(wanted); its figures are year on year")
      }
      return nil
    }
    func key(_ c: Int32) -> String { references.key(row: Int(rows[Int(c)])) }
    var counts: [String: Int] = [:]
    var firstSeen: [String] = []
    for c in candidates {
      let k = key(c)
      if counts[k] == nil { firstSeen.append(k) }
      counts[k, default: 0] += 1
    }
    func name(_ k: String) -> String { k.isEmpty ? "上年" : k }
    let chosen: String
    if let wanted = q.reference {
      let k = ComparisonReference.normalise(wanted) ?? ""
      guard counts[k] != nil else {
        throw AlignmentError(
          kind: .noSuchReference,
          message:
            "the data has no \(displayName) compared with \(wanted); it holds: \(firstSeen.map { "\(name($0)) (\(counts[$0]!))" }.joined(separator: ", "))"
        )
      }
      chosen = k
    } else if firstSeen.count == 1 {
      chosen = firstSeen[0]
    } else {
      // The most common; on a tie, the first in the file.
      chosen =
        firstSeen.enumerated().max { (a, b) in
          counts[a.element]! < counts[b.element]! || (counts[a.element]! == counts[b.element]! && a.offset > b.offset)
        }!.element
      let others = firstSeen.filter { $0 != chosen }
      warnings.append(
        .excludedReferences(
          indicator: displayName, kept: chosen, left: others.map { ReferenceCount(reference: $0, count: counts[$0]!) }))
    }
    if firstSeen.count > 1 { candidates.removeAll { key($0) != chosen } }
    return chosen.isEmpty ? nil : chosen
  }
}
