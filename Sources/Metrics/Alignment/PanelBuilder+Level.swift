import Foundation

/// Step 3 of ``PanelBuilder/panel(_:)``: one school level. All-level figures and
/// level-specific ones never share a panel.
extension PanelBuilder {
  /// Chooses the level (the one asked for or named, else the only one, else the
  /// all-level figures with a warning naming what was left out) and sets
  /// `candidates.positions` to its candidates.
  ///
  /// - Throws: ``AlignmentError`` `.ambiguousLevel` when the level asked for is
  ///   missing, or when several levels and no all-level figures leave no choice.
  func chooseLevel(
    _ candidates: inout PanelCandidates, target: ResolvedIndicator, query q: PanelQuery,
    warnings: inout [ComparabilityWarning]
  ) throws -> SchoolLevel? {
    let displayName = target.displayName
    var levelTally = [Int](repeating: 0, count: SchoolLevel.allCases.count + 1)
    for l in candidates.levels { levelTally[levelOrder(l) + 1] += 1 }
    var levelCounts: [SchoolLevel?: Int] = [:]
    for (k, n) in levelTally.enumerated() where n > 0 { levelCounts[k == 0 ? nil : SchoolLevel.allCases[k - 1]] = n }
    func describe(_ counts: [SchoolLevel?: Int]) -> String {
      counts.sorted { levelOrder($0.key) < levelOrder($1.key) }
        .map { "\($0.key?.rawValue ?? "all levels (no level given)") (\($0.value))" }.joined(separator: ", ")
    }
    let level: SchoolLevel?
    if let wantedLevel = target.wantedLevel {
      guard levelCounts[wantedLevel] != nil else {
        // The level may be there under another measure (a report gives 小学's growth
        // but not its value): say which --measure finds it.
        let elsewhere = measures(of: target.matched, at: wantedLevel)
        let hint =
          elsewhere.isEmpty
          ? ""
          : ". For \(wantedLevel.rawValue) it holds \(elsewhere.map { "\($0.0.rawValue) (\($0.1))" }.joined(separator: ", ")): add --measure \(elsewhere[0].0.rawValue)"
        throw AlignmentError(
          kind: .ambiguousLevel,
          message:
            "the data has no \(displayName) for \(wantedLevel.rawValue) as \(q.measure.rawValue); it holds: \(describe(levelCounts))\(hint)"
        )
      }
      level = wantedLevel
    } else if levelCounts.count == 1 {
      level = levelCounts.first!.key
    } else if levelCounts[nil] != nil {
      level = nil
      var others = levelCounts
      others[nil] = nil
      warnings.append(
        .excludedLevels(
          indicator: displayName,
          left: others.sorted { levelOrder($0.key) < levelOrder($1.key) }.map {
            LevelCount(level: $0.key!, count: $0.value)
          }))
    } else {
      let levels = levelCounts.keys.compactMap { $0 }.sorted { levelOrder($0) < levelOrder($1) }
      throw AlignmentError(
        kind: .ambiguousLevel,
        message:
          "the data holds \(displayName) at several levels: \(describe(levelCounts)). Figures of different levels are not comparable; pick one with --level, e.g. --level \(levels[0].rawValue)"
      )
    }
    if levelCounts.count == 1 {
      candidates.positions = Array(0..<Int32(candidates.rows.count))
    } else {
      for k in candidates.rows.indices where candidates.levels[k] == level { candidates.positions.append(Int32(k)) }
    }
    return level
  }

  /// The measures the rows of `matched` names hold at `level`, most rows first;
  /// only for error messages, so a plain scan.
  private func measures(of matched: [Int], at level: SchoolLevel) -> [(Measure, Int)] {
    var counts: [Measure: Int] = [:]
    for k in matched {
      let nameLevel = index.resolved[k]?.level
      for r in index.rows(k) where (table.levels[Int(r)] ?? nameLevel) == level {
        counts[table.measures[Int(r)], default: 0] += 1
      }
    }
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }.map {
      ($0.key, $0.value)
    }
  }
}
