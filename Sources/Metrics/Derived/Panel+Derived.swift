import Foundation

/// What to measure a district against in ``Panel/gap(to:)``.
public enum GapReference: Sendable, Equatable {
  /// The mean of the districts with a figure that year.
  case mean
  /// The median of the districts with a figure that year.
  case median
  /// A fixed standard (e.g. a national funding standard of 650 元).
  case standard(Double)
}

/// Figures this tool computes from a panel. Each returns a new panel whose cells
/// are flagged `.derived` and whose provenance is the formula with its operands
/// (source file `(derived)`), so a reader can redo the sum. An operand's
/// approximate flag carries over; a missing operand gives a gap, never zero.
extension Panel {
  /// Year-on-year growth in percent: (v[y] / v[y−1] − 1) × 100, for each year
  /// whose previous calendar year is in the panel (2015→2017 is not "yoy").
  ///
  ///     // 17500 (2022) → 18054 (2023): 3.1657 %
  public func growth() -> Panel {
    let pairs = years.indices.compactMap { k -> (Int, Int)? in
      guard let prev = years.firstIndex(of: years[k] - 1) else { return nil }
      return (prev, k)
    }
    var out = derived(
      name: indicatorName + " 增长率", measure: .growthPercent, unit: .percent, years: pairs.map { years[$0.1] })
    for d in districts.indices {
      for (j, (prev, cur)) in pairs.enumerated() {
        let a = values[d * years.count + prev], b = values[d * years.count + cur]
        guard !a.isNaN, !b.isNaN, a > 0 else { continue }
        let g = (b / a - 1) * 100
        out.set(
          d, j, g, operands: [d * years.count + prev, d * years.count + cur], from: self,
          "growth \(districts[d]) \(years[cur]) = (\(f(b)) / \(f(a)) − 1) × 100 = \(DecimalFormat.rounded(g, places: 4)) %"
        )
      }
    }
    return out
  }

  /// The value a year earlier implied by a reported growth rate:
  /// prior = v[y] / (1 + g[y] / 100), placed at year y − 1.
  ///
  ///     // 2021 value 169333万元 with growth 7.17 % → 2020 ≈ 158003万元
  public func backDerivedPrior(growth g: Panel) -> Panel {
    let targetYears = years.filter { g.years.contains($0) }
    // Named as what it is: a table of these must not read as reported values.
    var out = derived(name: indicatorName + "（由增长率反推）", measure: measure, unit: unit, years: targetYears.map { $0 - 1 })
    for d in districts.indices {
      for (j, y) in targetYears.enumerated() {
        guard let v = value(districts[d], y), let rate = g.value(districts[d], y), rate > -100 else { continue }
        let prior = v / (1 + rate / 100)
        out.set(
          d, j, prior, operands: [index(districts[d], y)!], from: self,
          "prior \(districts[d]) \(y - 1) = \(f(v)) / (1 + \(f(rate)) / 100) = \(DecimalFormat.rounded(prior, places: 2))"
        )
        out.flags[d * out.years.count + j].formUnion(g.cell(districts[d], y)!.flags.intersection(.approximate))
      }
    }
    return out
  }

  /// Compound annual growth in percent between two years, per district:
  /// ((v[to] / v[from])^(1 / (to − from)) − 1) × 100; nil where either is missing.
  public func cagr(from: Int, to: Int) -> [String: Double?] {
    var out: [String: Double?] = [:]
    for d in districts {
      guard to > from, let a = value(d, from), let b = value(d, to), a > 0, b >= 0 else {
        out[d] = .some(nil)
        continue
      }
      out[d] = (pow(b / a, 1 / Double(to - from)) - 1) * 100
    }
    return out
  }

  /// Each district's figures as an index, its `base` year = 100.
  public func indexed(toBase base: Int) -> Panel {
    var out = derived(name: indicatorName + " 指数（\(base)=100）", measure: .value, unit: .none, years: years)
    for d in districts.indices {
      guard let b = value(districts[d], base), b != 0 else { continue }
      for (k, y) in years.enumerated() {
        let v = values[d * years.count + k]
        guard !v.isNaN else { continue }
        out.set(
          d, k, v / b * 100, operands: [d * years.count + k, index(districts[d], base)!], from: self,
          "index \(districts[d]) \(y) = \(f(v)) / \(f(b)) × 100")
      }
    }
    return out
  }

  /// Each year's rank among the districts with a figure (1 = largest when
  /// `descending`); ties share the better rank (1, 2, 2, 4).
  public func rank(descending: Bool = true) -> Panel {
    var out = derived(name: indicatorName + " 排名", measure: .value, unit: .none, years: years)
    for (k, y) in years.enumerated() {
      let present = districts.indices.compactMap { d -> (Int, Double)? in
        let v = values[d * years.count + k]
        return v.isNaN ? nil : (d, v)
      }
      for (d, v) in present {
        let better = present.filter { descending ? $0.1 > v : $0.1 < v }.count
        out.set(
          d, k, Double(better + 1), operands: [d * years.count + k], from: self,
          "rank \(districts[d]) \(y) = \(better + 1) of \(present.count) (\(f(v)), \(descending ? "largest" : "smallest") first)"
        )
      }
    }
    return out
  }

  /// Each figure minus a reference for its year. A gap between percentages is in
  /// percentage points, not percent.
  public func gap(to reference: GapReference) -> Panel {
    let gapUnit = unit.dimension == .percent ? Unit.percentagePoints : unit
    let label: String
    switch reference {
    case .mean: label = "与均值之差"
    case .median: label = "与中位数之差"
    case .standard(let s): label = "与标准\(f(s))之差"
    }
    var out = derived(name: indicatorName + " " + label, measure: .value, unit: gapUnit, years: years)
    for (k, y) in years.enumerated() {
      let present = districts.indices.map { values[$0 * years.count + k] }.filter { !$0.isNaN }.sorted()
      guard !present.isEmpty else { continue }
      let ref: Double
      let refText: String
      switch reference {
      case .mean:
        ref = present.reduce(0, +) / Double(present.count)
        refText = "mean of \(present.count) = \(DecimalFormat.rounded(ref, places: 4))"
      case .median:
        let m = present.count / 2
        ref = present.count % 2 == 1 ? present[m] : (present[m - 1] + present[m]) / 2
        refText = "median of \(present.count) = \(DecimalFormat.rounded(ref, places: 4))"
      case .standard(let s):
        ref = s
        refText = "standard \(f(s))"
      }
      for d in districts.indices {
        let v = values[d * years.count + k]
        guard !v.isNaN else { continue }
        out.set(
          d, k, v - ref, operands: [d * years.count + k], from: self,
          "gap \(districts[d]) \(y) = \(f(v)) − \(refText) = \(DecimalFormat.rounded(v - ref, places: 4))")
      }
    }
    return out
  }

  // MARK: helpers

  private func derived(name: String, measure: Measure, unit: Unit, years: [Int]) -> Panel {
    var p = Panel(
      indicatorName: name, indicator: indicator, level: level, measure: measure, unit: unit,
      districts: districts, years: years, flat: [Double](repeating: .nan, count: districts.count * years.count))
    p.reference = reference
    p.warnings = [.derived(name: name, from: indicatorName)]
    return p
  }

  /// Sets a derived cell, carrying the operands' approximate flags.
  fileprivate mutating func set(_ d: Int, _ k: Int, _ v: Double, operands: [Int], from source: Panel, _ formula: String)
  {
    let i = d * years.count + k
    values[i] = v
    var f: ObservationFlags = .derived
    for o in operands { f.formUnion(source.flags[o].intersection(.approximate)) }
    flags[i] = f
    extraProvenance[i] = [Provenance(sourceFile: Provenance.derivedFile, sourceText: formula)]
  }

  private func f(_ v: Double) -> String { DecimalFormat.rounded(v, places: 4) }
}
