/// The figures of a table that duties are tested on, looked up by district,
/// indicator (resolved through the catalog), level, measure and year.
///
/// Only figures a test can rest on are kept: not masked, not approximate (余, 约
/// cannot show that a figure did not fall), year on year (a difference against
/// 全省 says nothing about the district's own previous year). The first such
/// figure of a key wins; `compare check` reports duplicates that disagree.
struct DutyFacts {
  struct Key: Hashable {
    var district: String
    var indicator: String
    var level: SchoolLevel?
    var measure: Measure
    var year: Int
  }

  struct Slot: Hashable {
    var district: String
    var indicator: String
    var year: Int
  }

  private(set) var facts: [Key: Observation] = [:]
  /// Levels with any figure, in order of appearance, per district, indicator and year.
  private(set) var levels: [Slot: [SchoolLevel?]] = [:]
  /// Districts in order of appearance.
  private(set) var districts: [String] = []
  /// Years with any figure, per district and indicator key.
  private(set) var years: [String: [String: Set<Int>]] = [:]
  let catalog: IndicatorCatalog

  init(_ table: ObservationTable, catalog: IndicatorCatalog) {
    self.catalog = catalog
    var keys: [Int32: (String, SchoolLevel?)] = [:]
    var seen = Set<String>()
    for i in table.indices {
      let district = table.strings[table.districtIDs[i]]
      if seen.insert(district).inserted { districts.append(district) }
      let v = table.values[i]
      // An undated figure (year 0) says nothing about a year's duty.
      guard !v.isNaN, !table.flags[i].contains(.approximate), !table.flags[i].contains(.yearNotStated),
        table.referenceID(row: i) == nil
      else { continue }
      let nameID = table.indicatorIDs[i]
      if keys[nameID] == nil {
        let name = table.strings[nameID]
        keys[nameID] = catalog.resolve(name).map { ($0.indicator.id, $0.level) } ?? (Self.nameKey(name), nil)
      }
      let (indicator, impliedLevel) = keys[nameID]!
      let level = table.levels[i] ?? impliedLevel
      let year = Int(table.years[i])
      let key = Key(district: district, indicator: indicator, level: level, measure: table.measures[i], year: year)
      if facts[key] == nil { facts[key] = table[i] }
      let slot = Slot(district: district, indicator: indicator, year: year)
      if !(levels[slot]?.contains(level) ?? false) { levels[slot, default: []].append(level) }
      years[district, default: [:]][indicator, default: []].insert(year)
    }
  }

  /// The key of an indicator as a rule names it: its catalog id, else its normalised name.
  func key(_ name: String) -> String {
    catalog.resolve(name)?.indicator.id ?? Self.nameKey(name)
  }

  static func nameKey(_ name: String) -> String { "name:" + IndicatorCatalog.normalise(name) }

  /// The indicator's Chinese name for labels.
  func displayName(_ key: String) -> String {
    if key.hasPrefix("name:") { return String(key.dropFirst(5)) }
    return catalog.indicator(id: key)?.chinese ?? key
  }

  func fact(_ district: String, _ indicator: String, _ level: SchoolLevel?, _ measure: Measure, _ year: Int)
    -> Observation?
  {
    facts[Key(district: district, indicator: indicator, level: level, measure: measure, year: year)]
  }

  func levels(_ district: String, _ indicator: String, _ year: Int) -> [SchoolLevel?] {
    levels[Slot(district: district, indicator: indicator, year: year)] ?? []
  }
}
