/// Moves labels along one axis so they do not overlap, each as close as possible to
/// where it wants to be: overlapping labels merge into clusters centred on the mean of
/// their wishes, clusters are kept inside the bounds, repeated until nothing overlaps.
///
/// ```swift
/// LabelStacking.resolve(desired: [100, 102, 300], sizes: [12, 12, 12], lower: 0, upper: 400)
/// // [95, 107, 300]
/// ```
enum LabelStacking {
  /// Centres for labels of the given sizes, in the input order. If they cannot fit
  /// between the bounds at all they are packed from `lower`.
  static func resolve(desired: [Double], sizes: [Double], lower: Double, upper: Double, spacing: Double = 1) -> [Double]
  {
    let n = desired.count
    guard n > 0 else { return [] }
    let order = desired.indices.sorted { desired[$0] < desired[$1] || desired[$0] == desired[$1] && $0 < $1 }
    struct Cluster {
      var members: [Int]
      var start: Double
      var length: Double
    }
    var clusters: [Cluster] = order.map { i in
      Cluster(members: [i], start: desired[i] - sizes[i] / 2, length: sizes[i])
    }
    func place(_ c: inout Cluster) {
      // Centre of mass of the wishes, then clamp into the bounds.
      var offset = 0.0
      var total = 0.0
      for i in c.members {
        total += desired[i] - sizes[i] / 2 - offset
        offset += sizes[i] + spacing
      }
      c.start = total / Double(c.members.count)
      c.start = max(lower, min(c.start, upper - c.length))
    }
    for i in clusters.indices { place(&clusters[i]) }
    var changed = true
    while changed {
      changed = false
      var k = 0
      while k + 1 < clusters.count {
        if clusters[k].start + clusters[k].length + spacing > clusters[k + 1].start + 1e-9 {
          let next = clusters.remove(at: k + 1)
          clusters[k].members += next.members
          clusters[k].length += spacing + next.length
          place(&clusters[k])
          changed = true
        } else {
          k += 1
        }
      }
    }
    var result = Array(repeating: 0.0, count: n)
    for c in clusters {
      var y = c.start
      for i in c.members {
        result[i] = y + sizes[i] / 2
        y += sizes[i] + spacing
      }
    }
    return result
  }
}
