import Foundation

/// One function per ``DutyRule/Test``: the figures each test uses and whether they pass.
extension DutyChecker {
  /// Growth ≥ 0, else this year's value ≥ last year's, else a change ≥ 0. `levels`
  /// nil: every level with a figure (the all-level figure too), each tested alone.
  func notFalling(_ rule: DutyRule, _ d: String, _ y: Int, _ facts: DutyFacts, levels: [SchoolLevel?]?) -> Verdict {
    let ind = facts.key(rule.indicator)
    let name = facts.displayName(ind)
    var v = Verdict()
    let all = levels ?? facts.levels(d, ind, y)
    for level in all {
      let label = name + (level.map { "（\($0.rawValue)）" } ?? "")
      if let g = facts.fact(d, ind, level, .growthPercent, y), let x = g.value {
        v.figures.append(
          DutyFigure(label: label + " 增长", level: level, value: x, unit: "%", passes: x >= 0, provenance: g.provenance))
      } else if let a = facts.fact(d, ind, level, .value, y), let b = facts.fact(d, ind, level, .value, y - 1),
        let x1 = a.value, let x0 = b.value
      {
        v.figures.append(
          DutyFigure(
            label: "\(label) \(y - 1)年", level: level, value: x0, unit: b.unit.symbol, passes: nil,
            provenance: b.provenance))
        v.figures.append(
          DutyFigure(
            label: "\(label) \(y)年", level: level, value: x1, unit: a.unit.symbol, passes: x1 >= x0,
            provenance: a.provenance))
      } else if let c = facts.fact(d, ind, level, .changeAbsolute, y), let x = c.value {
        v.figures.append(
          DutyFigure(
            label: label + " 比上年增减", level: level, value: x, unit: c.unit.symbol, passes: x >= 0,
            provenance: c.provenance))
      }
    }
    if levels == nil, !v.figures.isEmpty, v.figures.allSatisfy({ $0.level == nil }) {
      v.notes.append("只有全学段合计数字，没有分学段数字")
    }
    return v
  }

  /// The indicator ≥ the reference in the same year; a stated difference is
  /// checked against the two, allowing for the rounding each is written with.
  func notBelow(_ rule: DutyRule, _ d: String, _ y: Int, _ facts: DutyFacts) -> Verdict {
    var v = Verdict()
    let ind = facts.key(rule.indicator)
    func find(_ key: String, _ measures: [Measure]) -> Observation? {
      for m in measures {
        for level in [nil, SchoolLevel.compulsory] + facts.levels(d, key, y) {
          if let o = facts.fact(d, key, level, m, y), o.value != nil { return o }
        }
      }
      return nil
    }
    let own = find(ind, [.value])
    let ref = rule.reference.map { facts.key($0) }.flatMap { find($0, [.value]) }
    let gap = rule.difference.map { facts.key($0) }.flatMap { find($0, [.value, .changeAbsolute]) }
    if let own, let ref, let a = own.value, let b = ref.value {
      v.figures.append(
        DutyFigure(
          label: facts.displayName(ind), value: a, unit: own.unit.symbol, passes: a >= b, provenance: own.provenance))
      v.figures.append(
        DutyFigure(
          label: facts.displayName(facts.key(rule.reference!)), value: b, unit: ref.unit.symbol, passes: nil,
          provenance: ref.provenance))
      if let gap, let g = gap.value {
        v.figures.append(
          DutyFigure(label: "所述差额", value: g, unit: gap.unit.symbol, passes: nil, provenance: gap.provenance))
        let bound =
          WrittenPrecision.halfUnit(of: a, precision: own.precision)
          + WrittenPrecision.halfUnit(of: b, precision: ref.precision)
          + WrittenPrecision.halfUnit(of: g, precision: gap.precision) + 1e-6 * max(abs(a), abs(b))
        if abs(a - b - g) > bound {
          v.notes.append(
            "所述差额\(DecimalFormat.shortest(g))与两数之差不符：\(DecimalFormat.shortest(a)) − \(DecimalFormat.shortest(b)) = \(DecimalFormat.shortest(a - b))"
          )
        }
      }
    } else if let gap, let g = gap.value {
      v.figures.append(
        DutyFigure(label: "所述差额", value: g, unit: gap.unit.symbol, passes: g >= 0, provenance: gap.provenance))
    } else {
      // One side only: shown for context, it cannot show the requirement either way.
      for o in [own, ref].compactMap({ $0 }) {
        v.figures.append(
          DutyFigure(label: o.indicator, value: o.value!, unit: o.unit.symbol, passes: nil, provenance: o.provenance))
      }
    }
    return v
  }

  /// Each level's standard (and top-up) not below its baseline; each level's actual
  /// amount not below its baseline nor the district's own standard.
  func notBelowStandard(_ rule: DutyRule, _ d: String, _ y: Int, _ facts: DutyFacts) -> Verdict {
    var v = Verdict()
    let standardKey = rule.standardIndicator.map { facts.key($0) }
    var baselineKeys: [String] = []
    for b in rule.baselines where !baselineKeys.contains(facts.key(b.indicator)) {
      baselineKeys.append(facts.key(b.indicator))
    }
    if let standardKey, !baselineKeys.contains(standardKey) { baselineKeys.insert(standardKey, at: 0) }
    var standards: [SchoolLevel?: Double] = [:]
    for key in baselineKeys {
      for level in facts.levels(d, key, y) {
        guard let o = facts.fact(d, key, level, .standard, y) ?? facts.fact(d, key, level, .value, y), let x = o.value
        else { continue }
        if key == standardKey { standards[level] = x }
        let label = facts.displayName(key) + (level.map { "（\($0.rawValue)）" } ?? "")
        if let (amount, source) = baseline(rule, key, level, y, facts) {
          v.figures.append(
            DutyFigure(
              label: label, level: level, value: x, unit: o.unit.symbol, passes: x >= amount,
              threshold: "≥ \(DecimalFormat.shortest(amount))（\(source)）", provenance: o.provenance))
        } else {
          v.figures.append(
            DutyFigure(label: label, level: level, value: x, unit: o.unit.symbol, passes: nil, provenance: o.provenance)
          )
        }
      }
    }
    let actual = facts.key(rule.indicator)
    for level in facts.levels(d, actual, y) {
      guard let o = facts.fact(d, actual, level, .value, y), let x = o.value else { continue }
      let label = facts.displayName(actual) + (level.map { "（\($0.rawValue)）" } ?? "")
      var limits: [(Double, String)] = []
      if let standardKey, let b = baseline(rule, standardKey, level, y, facts) { limits.append(b) }
      if let own = standards[level] { limits.append((own, "本地标准")) }
      guard let (amount, source) = limits.max(by: { $0.0 < $1.0 }) else {
        v.figures.append(
          DutyFigure(label: label, level: level, value: x, unit: o.unit.symbol, passes: nil, provenance: o.provenance))
        continue
      }
      v.figures.append(
        DutyFigure(
          label: label, level: level, value: x, unit: o.unit.symbol, passes: x >= amount,
          threshold: "≥ \(DecimalFormat.shortest(amount))（\(source)）", provenance: o.provenance))
    }
    return v
  }

  /// The baseline amount for a figure, level and year, with a short name of its
  /// source: the region's amount, else the lowest that applies. 义务教育 is held to
  /// the lower of 小学 and 初中.
  func baseline(_ rule: DutyRule, _ key: String, _ level: SchoolLevel?, _ year: Int, _ facts: DutyFacts) -> (
    Double, String
  )? {
    let wanted: [SchoolLevel?] = level == .compulsory ? [.primary, .juniorSecondary] : [level]
    let candidates = rule.baselines.filter {
      facts.key($0.indicator) == key && wanted.contains($0.level) && $0.applies(year: year)
        && (region == nil || $0.region == nil || $0.region == region)
    }
    // The latest baseline in force for each level, then the lowest of those.
    let latestFrom = candidates.map(\.from).max()
    guard let chosen = candidates.filter({ $0.from == latestFrom }).min(by: { $0.amount < $1.amount }) else {
      return nil
    }
    let document =
      chosen.source.range(of: "（").map { String(chosen.source[$0.upperBound...].dropLast()) } ?? chosen.source
    return (chosen.amount, "国家基准\(chosen.region.map { "·\($0)" } ?? "")，\(document)")
  }

  /// The difference in percentage points > 0, else the indicator's growth > the reference's.
  func growthAbove(_ rule: DutyRule, _ d: String, _ y: Int, _ facts: DutyFacts) -> Verdict {
    var v = Verdict()
    if let key = rule.difference.map({ facts.key($0) }) {
      for m in [Measure.percentagePointDifference, .value] {
        if let o = facts.fact(d, key, nil, m, y), let x = o.value {
          v.figures.append(
            DutyFigure(
              label: facts.displayName(key), value: x, unit: o.unit.symbol, passes: x > 0, provenance: o.provenance))
          return v
        }
      }
    }
    let ind = facts.key(rule.indicator)
    if let ref = rule.reference.map({ facts.key($0) }),
      let a = facts.fact(d, ind, nil, .growthPercent, y), let b = facts.fact(d, ref, nil, .growthPercent, y),
      let ga = a.value, let gb = b.value
    {
      v.figures.append(
        DutyFigure(
          label: facts.displayName(ind) + " 增长", value: ga, unit: "%", passes: ga > gb, provenance: a.provenance))
      v.figures.append(
        DutyFigure(label: facts.displayName(ref) + " 增长", value: gb, unit: "%", passes: nil, provenance: b.provenance))
    }
    return v
  }
}
