import Foundation

/// Lines up truly comparable observations as a ``Panel``, and says plainly
/// when they are not comparable.
///
///     let builder = PanelBuilder(table: table)          // indexes the table once
///     let p = try builder.panel(PanelQuery(indicator: "小学生均一般公共预算教育经费"))
///
/// Rules:
/// - Only like beside like: one catalog indicator (公办园占比 and 公办在园幼儿占比
///   stay apart), one level, one measure, one unit. All-level figures and
///   level-specific ones never share a panel: when both exist and no level is
///   asked for, the all-level ones are used and a warning says what was left out.
/// - Several levels or units and no way to choose → ``AlignmentError`` naming the
///   option that picks one.
/// - Duplicates for one cell that agree → one cell with both sources. Duplicates
///   that disagree → combined as ``PanelQuery/aggregate`` says (sum, mean, min,
///   max; `first` keeps the first figure in table order, flags the cell
///   `.conflicting` and a warning names both sources); with no aggregation given,
///   an ``AlignmentError`` listing them. A number beside a masked/empty duplicate
///   is not a disagreement: the number fills the cell.
/// - Missing cells stay gaps (nil), never zero; approximate, masked and derived
///   flags travel into the cell.
public struct PanelBuilder: Sendable {
  public let table: ObservationTable
  public let catalog: IndicatorCatalog
  var index: IndicatorIndex

  public init(table: ObservationTable, catalog: IndicatorCatalog = .standard) {
    self.table = table
    self.catalog = catalog
    self.index = IndicatorIndex(table: table, catalog: catalog)
  }

  /// The distinct indicators in the data as a reader should see them: catalog
  /// names where known, else the names as written.
  public var indicatorsInData: [String] {
    var seen = Set<String>()
    var out: [String] = []
    for (k, id) in index.names.enumerated() {
      let name = index.resolved[k]?.indicator.chinese ?? table.strings[id]
      if seen.insert(name).inserted { out.append(name) }
    }
    for spelling in table.indicatorsLeftOut {
      let name = catalog.resolve(spelling)?.indicator.chinese ?? spelling
      if seen.insert(name).inserted { out.append(name) }
    }
    return out
  }

  /// The panel `q` asks for, built in named steps: resolve the indicator, gather
  /// its rows in the measure asked for, choose one level, one unit and one
  /// reference, lay out the years and districts, fill the cells, then warn.
  public func panel(_ q: PanelQuery) throws -> Panel {
    let target = try resolve(q)
    var candidates = try gather(target, measure: q.measure)
    var warnings: [ComparabilityWarning] = []
    let level = try chooseLevel(&candidates, target: target, query: q, warnings: &warnings)
    let unitID = try chooseUnit(&candidates, query: q, displayName: target.displayName)
    // A figure whose report states no year has no column: left out, and said.
    let flags = candidates.flags
    let dated = candidates.positions.filter { !flags[Int($0)].contains(.yearNotStated) }
    if dated.count < candidates.positions.count {
      warnings.append(.undated(indicator: target.displayName, count: candidates.positions.count - dated.count))
      guard !dated.isEmpty else {
        throw AlignmentError(
          kind: .undated,
          message:
            "every figure of \(target.displayName) stands in a report that states no year; date the report with `compare extract --year`"
        )
      }
      candidates.positions = dated
    }
    // One reference: differences against 全省 and against 全市 are different quantities.
    let reference = try chooseReference(
      &candidates.positions, rows: candidates.rows, query: q, displayName: target.displayName, warnings: &warnings)
    // Several spellings of one indicator: restore table order, so that "the
    // first figure" of a duplicate and the district order follow the file.
    if target.matched.count > 1 {
      let rows = candidates.rows
      candidates.positions.sort { rows[Int($0)] < rows[Int($1)] }
    }
    let years = try yearAxis(candidates, query: q, displayName: target.displayName, level: level)
    let districts = try districtAxis(candidates, years: years, query: q)

    var p = Panel(
      indicatorName: target.displayName, indicator: target.asked?.indicator, level: level, measure: q.measure,
      unit: table.units[Int(unitID)], districts: districts.names, years: years.years,
      flat: [Double](repeating: .nan, count: districts.names.count * years.years.count))
    p.reference = reference
    p.source = table
    let duplicates = fill(&p, from: candidates, years: years, districts: districts)
    warnings += try mergeDuplicates(
      duplicates, into: &p, from: candidates, displayName: target.displayName, aggregate: q.aggregate)
    if target.asked == nil {
      warnings.append(.uncataloguedIndicator(name: target.displayName))
    }
    warnings += Self.cellWarnings(p)
    p.warnings = warnings
    return p
  }

  /// `file:line “source text”`, the text cut to `limit` characters (nil: whole).
  public static func cite(_ p: Provenance, limit: Int? = 40) -> String {
    var s = p.sourceFile.isEmpty ? "?" : p.sourceFile
    if let l = p.line { s += ":\(l)" }
    if !p.sourceText.isEmpty {
      let cut = limit.map { p.sourceText.count > $0 } ?? false
      s += " “\(cut ? String(p.sourceText.prefix(limit!)) + "…" : p.sourceText)”"
    }
    return s
  }

}

/// -1 for all levels, then the levels in ``SchoolLevel`` order. A switch, not
/// `allCases.firstIndex`, because it runs once per row.
func levelOrder(_ l: SchoolLevel?) -> Int {
  switch l {
  case nil: -1
  case .preschool: 0
  case .primary: 1
  case .juniorSecondary: 2
  case .compulsory: 3
  case .seniorGeneral: 4
  case .seniorSecondary: 5
  case .vocational: 6
  case .special: 7
  case .higher: 8
  }
}

/// `2015–2024` for a run of years, `2015, 2017, 2019–2021` otherwise.
public func compactYears(_ years: [Int]) -> String {
  var parts: [String] = []
  var i = 0
  while i < years.count {
    var j = i
    while j + 1 < years.count && years[j + 1] == years[j] + 1 { j += 1 }
    parts.append(i == j ? "\(years[i])" : "\(years[i])–\(years[j])")
    i = j + 1
  }
  return parts.joined(separator: ", ")
}
