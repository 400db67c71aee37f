import Foundation

/// Checks that reported figures add up: growth rates against the values they
/// grew between, changes and differences against their operands, duplicates
/// against each other, and every value against what its indicator can be.
///
///     let findings = ConsistencyChecker().check(table)
///     // growthMismatch, differenceMismatch, duplicateConflict, implausibleValue
///
/// Reports round, so a check allows for the rounding of the precision each
/// figure is written with in its source (7.17 % ± 0.005; 169333万元 ± 0.5万元;
/// 10000 in a table ± 0.5: ``WrittenPrecision``) plus a small ``Tolerance``; only
/// what is wrong beyond that is reported. Figures flagged approximate (余, 约) are
/// not held to arithmetic.
public struct ConsistencyChecker: Sendable {
  public struct Tolerance: Sendable {
    /// Extra slack for growth rates, in percentage points.
    public var growthPoints: Double
    /// Extra slack for differences, as a fraction of the larger operand.
    public var relative: Double

    public init(growthPoints: Double = 0.01, relative: Double = 1e-6) {
      self.growthPoints = growthPoints
      self.relative = relative
    }
  }

  public var catalog: IndicatorCatalog
  public var tolerance: Tolerance
  public var relations: [IndicatorRelation]

  public init(
    catalog: IndicatorCatalog = .standard, tolerance: Tolerance = Tolerance(),
    relations: [IndicatorRelation] = IndicatorRelation.standard
  ) {
    self.catalog = catalog
    self.tolerance = tolerance
    self.relations = relations
  }

  struct Key: Hashable {
    var district: Int32
    var indicator: String
    var level: SchoolLevel?
    var measure: Measure
    var year: Int32
    /// What a difference is taken against (``ComparisonReference``); "": the previous year.
    var reference = ""
  }

  public func check(_ table: ObservationTable) -> [Finding] {
    let index = IndicatorIndex(table: table, catalog: catalog)
    var groups: [Key: [Int]] = [:]
    var references = ReferenceKeys(table)
    var order: [Key] = []
    var findings: [Finding] = []
    var names: [String: String] = [:]
    let precision = PrecisionColumn(table)
    func half(_ row: Int) -> Double { precision.halfUnit(row: row) }
    for k in index.names.indices {
      let resolved = index.resolved[k]
      let key = resolved?.indicator.id ?? "name:" + IndicatorCatalog.normalise(table.strings[index.names[k]])
      names[key] = resolved?.indicator.chinese ?? table.strings[index.names[k]]
      for r in index.rows(k) {
        let i = Int(r)
        // Figures without a year cannot be checked against a year's other figures.
        if table.flags[i].contains(.yearNotStated) { continue }
        let g = Key(
          district: table.districtIDs[i], indicator: key, level: table.levels[i] ?? resolved?.level,
          measure: table.measures[i], year: table.years[i], reference: references.key(row: i))
        if groups[g] == nil { order.append(g) }
        groups[g, default: []].append(i)
        if let f = implausible(table, i, resolved?.indicator, names[key]!) { findings.append(f) }
      }
    }
    order.sort {
      ($0.district, $0.indicator, levelOrder($0.level), $0.measure.rawValue, $0.year, $0.reference)
        < ($1.district, $1.indicator, levelOrder($1.level), $1.measure.rawValue, $1.year, $1.reference)
    }

    func value(_ key: Key) -> (Double, Int)? {
      guard let rows = groups[key] else { return nil }
      for i in rows where !table.values[i].isNaN && !table.flags[i].contains(.approximate) {
        return (table.values[i], i)
      }
      return nil
    }
    func label(_ k: Key) -> String {
      "\(table.strings[k.district]) \(k.year) \(names[k.indicator]!)\(k.level.map { "（\($0.rawValue)）" } ?? "")"
        + (k.reference.isEmpty ? "" : " vs \(k.reference)")
    }

    for key in order {
      let rows = groups[key]!
      // Duplicates that disagree.
      let present = rows.filter { !table.values[$0].isNaN }
      if let first = present.first {
        let others = present.dropFirst().filter {
          !close(table.values[$0], table.values[first], slack: 1e-9 * abs(table.values[first]))
        }
        if !others.isEmpty {
          let rows = [first] + others
          findings.append(
            Finding(
              kind: .duplicateConflict,
              message: "\(label(key)) \(key.measure == .value ? "" : key.measure.rawValue + " ")is given as "
                + rows.map { f(table.values[$0]) + unitText(table, $0) }.joined(separator: " and ")
                + Self.sameSourceHint(table, rows),
              observations: rows.map { table[$0] }))
        }
      }
      // A difference against 全省 or 全市 says nothing about the district's own previous year.
      if !key.reference.isEmpty { continue }
      var valueKey = key
      valueKey.measure = .value
      var priorKey = valueKey
      priorKey.year -= 1
      // Differences by definition (teacher pay above civil-servant pay). Checked before
      // the year-over-year rules below, whose `continue` would otherwise skip them.
      if key.measure == .value || key.measure == .changeAbsolute {
        for relation in relations where relation.difference == key.indicator {
          guard let (c, ci) = value(key) else { continue }
          var a = valueKey, b = valueKey
          a.indicator = relation.minuend
          b.indicator = relation.subtrahend
          a.level = nil
          b.level = nil
          guard
            let (va, ia) = value(a)
              ?? value(
                Key(district: a.district, indicator: a.indicator, level: key.level, measure: .value, year: a.year)),
            let (vb, ib) = value(b)
              ?? value(
                Key(district: b.district, indicator: b.indicator, level: key.level, measure: .value, year: b.year))
          else { continue }
          let computed = va - vb
          let bound = half(ci) + half(ia) + half(ib) + tolerance.relative * max(abs(va), abs(vb))
          if abs(computed - c) > bound {
            findings.append(
              Finding(
                kind: .differenceMismatch,
                message:
                  "\(label(key)): reported as \(f(c)), but \(names[relation.minuend] ?? relation.minuend) \(f(va)) − \(names[relation.subtrahend] ?? relation.subtrahend) \(f(vb)) = \(f(computed))",
                observations: [table[ci], table[ia], table[ib]]))
          }
        }
      }
      switch key.measure {
      case .growthPercent:
        guard let (g, gi) = value(key) else { continue }
        if let (v1, i1) = value(valueKey), let (v0, i0) = value(priorKey), v0 > 0 {
          let computed = (v1 / v0 - 1) * 100
          let h1 = half(i1), h0 = half(i0)
          let bound = half(gi) + 100 * (h1 / v0 + v1 * h0 / (v0 * v0)) + tolerance.growthPoints
          if abs(computed - g) > bound {
            findings.append(
              Finding(
                kind: .growthMismatch,
                message:
                  "\(label(key)): growth reported as \(f(g))%, but \(f(v0)) (\(priorKey.year)) → \(f(v1)) (\(key.year)) is \(DecimalFormat.rounded(computed, places: 2))%",
                observations: [table[gi], table[i0], table[i1]]))
          }
        } else if let (v1, i1) = value(valueKey),
          let (c, ci) = value(
            Key(
              district: key.district, indicator: key.indicator, level: key.level, measure: .changeAbsolute,
              year: key.year)), v1 - c > 0
        {
          let prior = v1 - c
          let computed = c / prior * 100
          let hc = half(ci), hv = half(i1)
          let bound = half(gi) + 100 * ((hc / prior) + abs(c) * (hc + hv) / (prior * prior)) + tolerance.growthPoints
          if abs(computed - g) > bound {
            findings.append(
              Finding(
                kind: .growthMismatch,
                message:
                  "\(label(key)): growth reported as \(f(g))%, but an increase of \(f(c)) to \(f(v1)) is \(DecimalFormat.rounded(computed, places: 2))% (from \(f(prior)))",
                observations: [table[gi], table[ci], table[i1]]))
          }
        }
      case .changeAbsolute, .percentagePointDifference:
        guard let (c, ci) = value(key), let (v1, i1) = value(valueKey), let (v0, i0) = value(priorKey) else { continue }
        let computed = v1 - v0
        let bound = half(ci) + half(i1) + half(i0) + tolerance.relative * max(abs(v1), abs(v0))
        if abs(computed - c) > bound {
          findings.append(
            Finding(
              kind: .differenceMismatch,
              message:
                "\(label(key)): change reported as \(f(c)), but \(f(v1)) − \(f(v0)) (\(priorKey.year)) = \(f(computed))",
              observations: [table[ci], table[i1], table[i0]]))
        }
      default: break
      }
    }
    return findings
  }

  /// Two figures for one thing from one report are often not a contradiction but
  /// parts the report does not name apart (新增学位 of two projects; 高出省11个百分点、
  /// 市7个百分点). Say so, so the reader checks the sentences before the arithmetic.
  static func sameSourceHint(_ table: ObservationTable, _ rows: [Int]) -> String {
    let files = Set(rows.map { table.sourceFileIDs[$0] })
    guard files.count == 1, let file = files.first else { return "" }
    let name = table.strings[file]
    let texts = Set(rows.map { table.sourceTextIDs[$0] })
    if texts.count == 1, texts.first != -1 {
      return " (one sentence of \(name) gives both: figures against different references or for different parts?)"
    }
    return " (both in \(name), in different sentences: figures for different parts, or a contradiction?)"
  }

  private func implausible(_ table: ObservationTable, _ i: Int, _ indicator: Indicator?, _ name: String) -> Finding? {
    let v = table.values[i]
    guard !v.isNaN else { return nil }
    let unit = table.units[Int(table.unitIDs[i])]
    let measure = table.measures[i]
    var reason: String?
    switch measure {
    case .growthPercent:
      if v < -100 { reason = "a fall of more than 100 % is impossible" }
    case .value, .standard, .target:
      if let indicator, let range = indicator.plausible,
        unit.dimension == indicator.dimension || indicator.dimension == .money && unit.dimension == .moneyPerStudent
      {
        if !range.contains(v) {
          reason =
            "outside the plausible range \(f(range.lowerBound))…\(range.upperBound == .greatestFiniteMagnitude ? "∞" : f(range.upperBound)) for \(indicator.chinese)"
            + (indicator.scaleHint(v).map { "; \($0)" } ?? "")
        }
      } else if let range = Indicator.defaultRange(unit.dimension), !range.contains(v) {
        reason =
          unit.dimension == .percent
          ? "a rate or share above 100 % or below 0" : "a negative \(unit.dimension == .count ? "count" : "amount")"
      }
    default: break
    }
    guard let reason else { return nil }
    return Finding(
      kind: .implausibleValue,
      message: "\(table.strings[table.districtIDs[i]]) \(table.years[i]) \(name): \(f(v))\(unit.symbol) — \(reason)",
      observations: [table[i]])
  }

  private func unitText(_ t: ObservationTable, _ i: Int) -> String { t.units[Int(t.unitIDs[i])].symbol }
  private func close(_ a: Double, _ b: Double, slack: Double) -> Bool { abs(a - b) <= slack }
  private func f(_ v: Double) -> String { DecimalFormat.rounded(v, places: 4) }
}
