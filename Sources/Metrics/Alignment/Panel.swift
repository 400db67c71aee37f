import Foundation

/// A district × year grid of one indicator at one level as one measure in one
/// unit: figures that may stand side by side.
///
///     let p = try PanelBuilder(table: t).panel(PanelQuery(indicator: "生均一般公共预算教育经费"))
///     p.value("万州区", 2015)   // 12590
///     p.value("巫溪县", 2017)   // nil — a gap, never 0
///
/// Values are in the unit's base (元, not 万元). Cells are stored flat, district
/// by district, so a 3000 × 15 panel is three arrays, not 45 000 objects.
public struct Panel: Sendable {
  /// nil for names the catalog does not know.
  public var indicator: Indicator?
  public var indicatorName: String
  public var level: SchoolLevel?
  public var measure: Measure
  public var unit: Unit
  /// What the differences are taken against (全省, 全市), when not the previous year.
  public var reference: String?
  /// Row labels. Read-only: reorder with ``reordered(districts:)`` or
  /// ``sortedByValue(in:descending:)`` so that the cells move with their labels.
  public private(set) var districts: [String]
  public private(set) var years: [Int]
  public var warnings: [ComparabilityWarning]

  /// `values[d * years.count + y]`; `.nan` is a gap.
  var values: [Double]
  var flags: [ObservationFlags]
  /// The table row each cell came from (-1: none), read for provenance on demand.
  var rows: [Int32]
  var source: ObservationTable?
  /// Further provenance by cell index: duplicates, and the formulas of derived cells.
  var extraProvenance: [Int: [Provenance]]
  /// District name → row, built on first lookup: hashing thousands of Chinese
  /// names costs about a millisecond, which a panel that is only formatted
  /// row by row in order, or only charted, need not pay up front.
  private var lookup = LabelIndex()

  /// A panel from plain numbers (tests, derived panels, callers with their own data).
  /// `values[d][y]` is district `d`'s figure in `years[y]`; nil is a gap.
  public init(
    indicatorName: String, indicator: Indicator? = nil, level: SchoolLevel? = nil, measure: Measure = .value,
    unit: Unit, districts: [String], years: [Int], values: [[Double?]], flags: ObservationFlags = [],
    warnings: [ComparabilityWarning] = []
  ) {
    precondition(
      values.count == districts.count && values.allSatisfy { $0.count == years.count },
      "values must be districts × years")
    self.init(
      indicatorName: indicatorName, indicator: indicator, level: level, measure: measure, unit: unit,
      districts: districts, years: years, flat: values.flatMap { $0.map { $0 ?? .nan } })
    for i in self.values.indices where !self.values[i].isNaN { self.flags[i] = flags }
    self.warnings = warnings
  }

  init(
    indicatorName: String, indicator: Indicator?, level: SchoolLevel?, measure: Measure, unit: Unit,
    districts: [String], years: [Int], flat: [Double]
  ) {
    self.indicator = indicator
    self.indicatorName = indicatorName
    self.level = level
    self.measure = measure
    self.unit = unit
    self.districts = districts
    self.years = years
    self.warnings = []
    self.values = flat
    self.flags = Array(repeating: [], count: flat.count)
    self.rows = Array(repeating: -1, count: flat.count)
    self.source = nil
    self.extraProvenance = [:]
    reindex()
  }

  private mutating func reindex() {
    lookup = LabelIndex()
  }

  func districtIndex(_ district: String) -> Int? { lookup.districts(districts)[district] }

  func yearIndex(_ year: Int) -> Int? {
    // Years are few and sorted: a binary search needs no table.
    var lo = 0, hi = years.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if years[mid] < year { lo = mid + 1 } else { hi = mid }
    }
    return lo < years.count && years[lo] == year ? lo : (years.firstIndex(of: year))
  }

  func index(_ district: String, _ year: Int) -> Int? {
    guard let d = districtIndex(district), let y = yearIndex(year) else { return nil }
    return d * years.count + y
  }

  /// The figure, or nil for a gap (or a district or year not in the panel).
  public func value(_ district: String, _ year: Int) -> Double? {
    guard let i = index(district, year) else { return nil }
    return values[i].isNaN ? nil : values[i]
  }

  /// The cell with its flags and sources; nil when the district or year is not in the panel.
  public func cell(_ district: String, _ year: Int) -> PanelCell? {
    guard let i = index(district, year) else { return nil }
    return cell(at: i)
  }

  func cell(at i: Int) -> PanelCell {
    var provenance: [Provenance] = []
    if rows[i] >= 0, let source { provenance.append(source.provenance(row: Int(rows[i]))) }
    provenance += extraProvenance[i] ?? []
    return PanelCell(value: values[i].isNaN ? nil : values[i], flags: flags[i], provenance: provenance)
  }

  /// One district's figures, year by year (nil = gap).
  public func row(_ district: String) -> [Double?] {
    guard let d = districtIndex(district) else { return years.map { _ in nil } }
    return (0..<years.count).map { y in
      let v = values[d * years.count + y]
      return v.isNaN ? nil : v
    }
  }

  /// Every district's figure in one year, in district order (nil = gap).
  public func column(_ year: Int) -> [Double?] {
    guard let y = yearIndex(year) else { return districts.map { _ in nil } }
    return (0..<districts.count).map { d in
      let v = values[d * years.count + y]
      return v.isNaN ? nil : v
    }
  }

  /// Every figure that is present.
  public var presentValues: [Double] { values.filter { !$0.isNaN } }

  /// The latest year in which at least one district has a figure.
  public var latestYear: Int? {
    years.indices.reversed().first { y in districts.indices.contains { !values[$0 * years.count + y].isNaN } }.map {
      years[$0]
    }
  }

  /// A label such as `生均一般公共预算教育经费（小学）` or `一本上线率（较全省）`.
  public var title: String {
    var t = indicatorName
    if let level { t += "（\(level.rawValue)）" }
    if let reference { t += "（较\(reference)）" }
    return t
  }
}

extension ObservationTable {
  /// Where row `i` came from.
  public func provenance(row i: Int) -> Provenance {
    let textID = sourceTextIDs[i]
    return Provenance(
      sourceFile: strings[sourceFileIDs[i]], sourceText: textID < 0 ? "" : strings[textID],
      line: lines[i] > 0 ? Int(lines[i]) : nil)
  }
}

/// A lazily built name → position table shared by copies of one panel (its
/// labels never change after creation; every reordering makes a new panel).
final class LabelIndex: @unchecked Sendable {
  private let lock = NSLock()
  private var table: [String: Int]?

  func districts(_ names: [String]) -> [String: Int] {
    lock.lock()
    defer { lock.unlock() }
    if let table { return table }
    let built = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    table = built
    return built
  }
}
