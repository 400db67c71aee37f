import Charts

/// How a trend chart's end labels sit beside their lines: labels must keep the
/// vertical order of the line ends, and a label that moved needs a leader line.
package struct EndLabelOrder {
  /// The series keys of the end labels, in paint order.
  package var keys: [String]
  /// Series keys by the labels' vertical position, top first.
  package var byLabel: [String]
  /// Series keys by the vertical position of their last marker, top first (ties: series order).
  package var byLine: [String]
  /// Labels more than 1 pt from their line's end that have no leader.
  package var movedWithoutLeader: [String]

  /// `series`: the series names in the spec's order, which breaks ties between equal line ends.
  package init(_ scene: Scene, series names: [String]) {
    let labels = scene.primitives(.endLabel)
    keys = labels.map(\.key)
    let lastY = Dictionary(
      uniqueKeysWithValues: labels.map { p in
        (p.key, scene.primitives(.marker, key: p.key).max { $0.bounds.minX < $1.bounds.minX }!.bounds.midY)
      })
    byLabel = labels.sorted { $0.bounds.midY < $1.bounds.midY }.map(\.key)
    byLine = names.sorted { (a: String, b: String) -> Bool in
      let ya = lastY[a]!, yb = lastY[b]!
      return ya != yb ? ya < yb : names.firstIndex(of: a)! < names.firstIndex(of: b)!
    }
    movedWithoutLeader = labels.filter { p in
      abs(p.bounds.midY - lastY[p.key]!) > 1 && scene.primitives(.leader, key: p.key).count != 1
    }.map(\.key)
  }
}
