/// A report restates its headline figures (in the summary, again in a section,
/// again in a table caption): the same fact is one observation with the places
/// it was stated, not several rows.
///
///     [教育支出 2022 1.4e9 (line 3), 教育支出 2022 1.4e9 (line 17)]
///     → [教育支出 2022 1.4e9 (line 3, also stated at line 17)]
///
/// Facts are the same when district, year, indicator, level, measure, value
/// (or both masked), unit and reference agree; the first statement is kept.
enum RestatedFacts {
  private struct Key: Hashable {
    var district: String, year: Int, indicator: String, level: SchoolLevel?, measure: Measure
    var value: Double?, unit: Unit, reference: String?
  }

  static func merge(_ observations: [Observation]) -> [Observation] {
    guard observations.count > 1 else { return observations }
    var out: [Observation] = []
    out.reserveCapacity(observations.count)
    var first: [Key: Int] = [:]
    for o in observations {
      let key = Key(
        district: o.district, year: o.year, indicator: o.indicator, level: o.level, measure: o.measure, value: o.value,
        unit: o.unit, reference: o.reference)
      if let i = first[key] {
        // A masked figure and a hedged one are kept apart by their flags: merge only equals.
        guard out[i].flags == o.flags else {
          out.append(o)
          continue
        }
        if let line = o.provenance.line, line != out[i].provenance.line, !out[i].provenance.alsoStatedAt.contains(line)
        {
          out[i].provenance.alsoStatedAt.append(line)
        }
        continue
      }
      first[key] = out.count
      out.append(o)
    }
    return out
  }
}
