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
///   that disagree → the cell keeps the *first* figure in table order, is flagged
///   `.conflicting`, lists both sources, and a warning names both. (Keeping it
///   rather than blanking it leaves the number visible next to its warning; the
///   writer of the briefing decides.) A number beside a masked/empty duplicate
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
    return out
  }

  public func panel(_ q: PanelQuery) throws -> Panel {
    // 1. Which names in the data denote the indicator asked for.
    let asked = catalog.resolve(q.indicator)
    var matched: [Int] = []
    if let asked {
      matched = index.resolved.indices.filter { index.resolved[$0]?.indicator.id == asked.indicator.id }
    } else {
      let key = IndicatorCatalog.normalise(q.indicator)
      matched = index.names.indices.filter { IndicatorCatalog.normalise(table.strings[index.names[$0]]) == key }
    }
    if matched.isEmpty { throw unknownIndicator(q.indicator, asked: asked?.indicator) }
    let displayName = asked?.indicator.chinese ?? table.strings[index.names[matched[0]]]

    var wantedLevel = q.level
    if let fromName = asked?.level {
      if let l = q.level, l != fromName {
        throw AlignmentError(
          kind: .levelConflict,
          message: "\"\(q.indicator)\" names the level \(fromName.rawValue) but --level \(l.rawValue) was given; use one")
      }
      wantedLevel = fromName
    }

    // 2. Candidate rows: the right measure (levels and units sorted out below).
    // Hot loops over up to millions of rows: plain arrays, no hashing per row.
    let levelsColumn = table.levels, measuresColumn = table.measures, unitColumn = table.unitIDs
    let yearColumn = table.years, districtColumn = table.districtIDs
    var candidateRows: [Int32] = []
    var candidateLevels: [SchoolLevel?] = []
    var candidateYears: [Int32] = [], candidateDistricts: [Int32] = [], candidateUnits: [Int16] = []
    // Values and flags are gathered in the same pass: the rows of one indicator
    // are scattered through a large table, and touching each row's cache lines
    // once, with all its loads in flight together, is what makes this fast.
    var candidateValues: [Double] = [], candidateFlags: [ObservationFlags] = []
    let valueColumn = table.values, flagColumn = table.flags
    let measureCases = Measure.allCases
    var otherMeasures = [Int](repeating: 0, count: measureCases.count)
    for k in matched {
      let nameLevel = index.resolved[k]?.level
      let rows = index.rows(k)
      if let u = index.uniform[k] {
        // Every row of this name has the same measure, level and unit.
        if u.measure != q.measure { otherMeasures[measureCases.firstIndex(of: u.measure)!] += rows.count; continue }
        candidateRows.append(contentsOf: rows)
        candidateLevels.append(contentsOf: repeatElement(u.level ?? nameLevel, count: rows.count))
        candidateUnits.append(contentsOf: repeatElement(u.unit, count: rows.count))
        if let g = index.gathered {
          let span = index.starts[k]..<index.starts[k + 1]
          candidateYears.append(contentsOf: g.years[span])
          candidateDistricts.append(contentsOf: g.districts[span])
          candidateValues.append(contentsOf: g.values[span])
          candidateFlags.append(contentsOf: g.flags[span])
          continue
        }
        candidateYears.reserveCapacity(candidateYears.count + rows.count)
        candidateDistricts.reserveCapacity(candidateDistricts.count + rows.count)
        candidateValues.reserveCapacity(candidateValues.count + rows.count)
        candidateFlags.reserveCapacity(candidateFlags.count + rows.count)
        // `map` writes into exact-size storage without a uniqueness check per element.
        candidateYears += rows.map { yearColumn[Int($0)] }
        candidateDistricts += rows.map { districtColumn[Int($0)] }
        candidateValues += rows.map { valueColumn[Int($0)] }
        candidateFlags += rows.map { flagColumn[Int($0)] }
        continue
      }
      candidateRows.reserveCapacity(candidateRows.count + rows.count)
      candidateLevels.reserveCapacity(candidateLevels.count + rows.count)
      for r in rows {
        let i = Int(r)
        let m = measuresColumn[i]
        if m != q.measure { otherMeasures[measureCases.firstIndex(of: m)!] += 1; continue }
        candidateRows.append(r)
        candidateLevels.append(levelsColumn[i] ?? nameLevel)
        candidateYears.append(yearColumn[i])
        candidateDistricts.append(districtColumn[i])
        candidateUnits.append(unitColumn[i])
        candidateValues.append(valueColumn[i])
        candidateFlags.append(flagColumn[i])
      }
    }
    if candidateRows.isEmpty {
      let held = Measure.allCases.indices.filter { otherMeasures[$0] > 0 }.sorted { otherMeasures[$0] > otherMeasures[$1] }
      throw AlignmentError(
        kind: .noSuchMeasure,
        message: "the data holds \(displayName) only as \(held.map { "\(Measure.allCases[$0].rawValue) (\(otherMeasures[$0]))" }.joined(separator: ", ")), not as \(q.measure.rawValue). Pick one with --measure, e.g. --measure \(Measure.allCases[held[0]].rawValue)")
    }

    // 3. One level.
    var warnings: [ComparabilityWarning] = []
    var levelTally = [Int](repeating: 0, count: SchoolLevel.allCases.count + 1)
    for l in candidateLevels { levelTally[levelOrder(l) + 1] += 1 }
    var levelCounts: [SchoolLevel?: Int] = [:]
    for (k, n) in levelTally.enumerated() where n > 0 { levelCounts[k == 0 ? nil : SchoolLevel.allCases[k - 1]] = n }
    func describe(_ counts: [SchoolLevel?: Int]) -> String {
      counts.sorted { levelOrder($0.key) < levelOrder($1.key) }
        .map { "\($0.key?.rawValue ?? "all levels (no level given)") (\($0.value))" }.joined(separator: ", ")
    }
    let level: SchoolLevel?
    if let wantedLevel {
      guard levelCounts[wantedLevel] != nil else {
        // The level may be there under another measure (a report gives 小学's growth
        // but not its value): say which --measure finds it.
        let elsewhere = measures(of: matched, at: wantedLevel)
        let hint = elsewhere.isEmpty ? "" : ". For \(wantedLevel.rawValue) it holds \(elsewhere.map { "\($0.0.rawValue) (\($0.1))" }.joined(separator: ", ")): add --measure \(elsewhere[0].0.rawValue)"
        throw AlignmentError(
          kind: .ambiguousLevel,
          message: "the data has no \(displayName) for \(wantedLevel.rawValue) as \(q.measure.rawValue); it holds: \(describe(levelCounts))\(hint)")
      }
      level = wantedLevel
    } else if levelCounts.count == 1 {
      level = levelCounts.first!.key
    } else if levelCounts[nil] != nil {
      level = nil
      var others = levelCounts
      others[nil] = nil
      warnings.append(.excludedLevels(
        indicator: displayName,
        left: others.sorted { levelOrder($0.key) < levelOrder($1.key) }.map { LevelCount(level: $0.key!, count: $0.value) }))
    } else {
      let levels = levelCounts.keys.compactMap { $0 }.sorted { levelOrder($0) < levelOrder($1) }
      throw AlignmentError(
        kind: .ambiguousLevel,
        message: "the data holds \(displayName) at several levels: \(describe(levelCounts)). Figures of different levels are not comparable; pick one with --level, e.g. --level \(levels[0].rawValue)")
    }
    // From here on, candidates are positions in the candidate arrays.
    var candidates: [Int32] = []
    if levelCounts.count == 1 {
      candidates = Array(0..<Int32(candidateRows.count))
    } else {
      for k in candidateRows.indices where candidateLevels[k] == level { candidates.append(Int32(k)) }
    }

    // 4. One unit.
    var unitTally = [Int](repeating: 0, count: table.units.count)
    for c in candidates { unitTally[Int(candidateUnits[Int(c)])] += 1 }
    var unitCounts: [Int16: Int] = [:]
    for (u, n) in unitTally.enumerated() where n > 0 { unitCounts[Int16(u)] = n }
    var unitID: Int16
    if let wanted = q.unit {
      let u = Unit.parse(wanted).unit
      guard let id = unitCounts.keys.first(where: { table.units[Int($0)] == u }) else {
        throw AlignmentError(
          kind: .ambiguousUnit,
          message: "the data has no \(displayName) in \(wanted); it holds: \(unitCounts.keys.map { table.units[Int($0)].symbol.isEmpty ? "(no unit)" : table.units[Int($0)].symbol }.joined(separator: ", "))")
      }
      unitID = id
    } else if unitCounts.count == 1 {
      unitID = unitCounts.first!.key
    } else {
      let listed = unitCounts.sorted { $0.value > $1.value }.map {
        let u = table.units[Int($0.key)]
        return "\(u.symbol.isEmpty ? "(no unit)" : u.symbol) (\($0.value))"
      }
      let example = unitCounts.max { $0.value < $1.value }!.key
      throw AlignmentError(
        kind: .ambiguousUnit,
        message: "the data holds \(displayName) in several units: \(listed.joined(separator: ", ")). Figures in different units are not comparable; pick one with --unit, e.g. --unit \(table.units[Int(example)].symbol)")
    }
    if unitCounts.count > 1 { candidates.removeAll { candidateUnits[Int($0)] != unitID } }

    // 4b. One reference: differences against 全省 and against 全市 are different quantities.
    let reference = try chooseReference(&candidates, rows: candidateRows, query: q, displayName: displayName, warnings: &warnings)

    // Several spellings of one indicator: restore table order, so that "the
    // first figure" of a duplicate and the district order follow the file.
    if matched.count > 1 { candidates.sort { candidateRows[Int($0)] < candidateRows[Int($1)] } }

    // 5. Years.
    var minYear = Int32.max, maxYear = Int32.min
    for c in candidates { let y = candidateYears[Int(c)]; minYear = min(minYear, y); maxYear = max(maxYear, y) }
    var seenYear = [Bool](repeating: false, count: Int(maxYear - minYear) + 1)
    for c in candidates { seenYear[Int(candidateYears[Int(c)] - minYear)] = true }
    let allYears = seenYear.indices.filter { seenYear[$0] }.map { Int(minYear) + $0 }
    var years = allYears
    if let range = q.years {
      years = years.filter { range.contains($0) }
      if years.isEmpty {
        throw AlignmentError(
          kind: .noDataForYears,
          message: "the data has no \(displayName)\(level.map { "（\($0.rawValue)）" } ?? "") for \(range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"); it has: \(compactYears(allYears))")
      }
    }
    let yearBase = years.first!
    var yearSlot = [Int](repeating: -1, count: years.last! - yearBase + 1)
    for (k, y) in years.enumerated() { yearSlot[y - yearBase] = k }

    // 6. Districts.
    var districtSlot = [Int32](repeating: -1, count: table.strings.count)
    var districts: [String] = []
    if let wanted = q.districts {
      for d in wanted {
        guard let id = table.strings.id(of: d), table.districtIDs.contains(id) else {
          let known = table.districtNames
          let near = known.filter { $0.contains(d) || d.contains($0) }.prefix(5)
          throw AlignmentError(
            kind: .unknownDistrict,
            message: "no district \"\(d)\" in the data" + (near.isEmpty ? "; it has \(known.count) districts, e.g. \(known.prefix(5).joined(separator: ", "))" : "; did you mean \(near.joined(separator: ", "))?"))
        }
        if districtSlot[Int(id)] < 0 {
          districtSlot[Int(id)] = Int32(districts.count)
          districts.append(d)
        }
      }
    } else {
      for c in candidates {
        let id = Int(candidateDistricts[Int(c)])
        let y = Int(candidateYears[Int(c)]) - yearBase
        guard y >= 0, y < yearSlot.count, yearSlot[y] >= 0, districtSlot[id] < 0 else { continue }
        districtSlot[id] = Int32(districts.count)
        districts.append(table.strings[Int32(id)])
      }
    }

    // 7. Cells.
    let unit = table.units[Int(unitID)]
    var p = Panel(
      indicatorName: displayName, indicator: asked?.indicator, level: level, measure: q.measure, unit: unit,
      districts: districts, years: years, flat: [Double](repeating: .nan, count: districts.count * years.count))
    p.reference = reference
    p.source = table
    // Filled through local buffers: writing `p.values[cell]` checks the
    // array's uniqueness on every write, which costs more than the write.
    var cellValues = p.values, cellFlags = p.flags, cellRows = p.rows
    p.values = []; p.flags = []; p.rows = []
    var duplicates: [(cell: Int, position: Int32)] = []
    cellValues.withUnsafeMutableBufferPointer { values in
      cellFlags.withUnsafeMutableBufferPointer { flags in
        cellRows.withUnsafeMutableBufferPointer { rows in
          for c in candidates {
            let k = Int(c)
            let y = Int(candidateYears[k]) - yearBase
            guard y >= 0, y < yearSlot.count, yearSlot[y] >= 0 else { continue }
            let d = districtSlot[Int(candidateDistricts[k])]
            guard d >= 0 else { continue }
            let cell = Int(d) * years.count + yearSlot[y]
            if rows[cell] >= 0 { duplicates.append((cell, c)); continue }
            values[cell] = candidateValues[k]
            flags[cell] = candidateFlags[k]
            rows[cell] = candidateRows[k]
          }
        }
      }
    }
    p.values = cellValues; p.flags = cellFlags; p.rows = cellRows
    // Duplicates (rare): merge agreeing figures, flag disagreeing ones.
    var conflicts: [SourceConflict] = []
    for (cell, c) in duplicates {
      let i = Int(candidateRows[Int(c)])
      let v = candidateValues[Int(c)]
      let old = p.values[cell]
      p.extraProvenance[cell, default: []].append(table.provenance(row: i))
      if v.isNaN { continue }
      if old.isNaN {
        p.values[cell] = v
        p.flags[cell] = table.flags[i].union(p.flags[cell]).subtracting(.masked)
        if !table.flags[i].contains(.approximate) { p.flags[cell].remove(.approximate) }
        continue
      }
      if abs(v - old) <= 1e-9 * max(abs(v), abs(old)) { continue }
      p.flags[cell].insert(.conflicting)
      let first = table.provenance(row: Int(p.rows[cell]))
      conflicts.append(SourceConflict(
        cell: PanelCellRef(district: districts[cell / years.count], year: years[cell % years.count]),
        kept: old, keptSource: first, other: v, otherSource: table.provenance(row: i)))
    }
    if !conflicts.isEmpty {
      warnings.append(.duplicatesDisagree(indicator: displayName, conflicts: conflicts))
    }
    if asked == nil {
      warnings.append(.uncataloguedIndicator(name: displayName))
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

  /// Keeps the candidates whose differences are taken against one reference: the one
  /// asked for, else the only one, else the most common (the others are named in a
  /// warning). Returns it; nil when the differences are year on year.
  private func chooseReference(
    _ candidates: inout [Int32], rows: [Int32], query q: PanelQuery, displayName: String, warnings: inout [ComparabilityWarning]
  ) throws -> String? {
    // By spelling: 市 and 全市 are one reference, 上年 and none are year on year ("").
    var references = ReferenceKeys(table)
    guard references.column != nil else {
      if let wanted = q.reference, ComparisonReference.normalise(wanted) != nil {
        throw AlignmentError(kind: .noSuchReference, message: "the data has no \(displayName) compared with \(wanted); its figures are year on year")
      }
      return nil
    }
    func key(_ c: Int32) -> String { references.key(row: Int(rows[Int(c)])) }
    var counts: [String: Int] = [:]
    var firstSeen: [String] = []
    for c in candidates {
      let k = key(c)
      if counts[k] == nil { firstSeen.append(k) }
      counts[k, default: 0] += 1
    }
    func name(_ k: String) -> String { k.isEmpty ? "上年" : k }
    let chosen: String
    if let wanted = q.reference {
      let k = ComparisonReference.normalise(wanted) ?? ""
      guard counts[k] != nil else {
        throw AlignmentError(
          kind: .noSuchReference,
          message: "the data has no \(displayName) compared with \(wanted); it holds: \(firstSeen.map { "\(name($0)) (\(counts[$0]!))" }.joined(separator: ", "))")
      }
      chosen = k
    } else if firstSeen.count == 1 {
      chosen = firstSeen[0]
    } else {
      // The most common; on a tie, the first in the file.
      chosen = firstSeen.enumerated().max { (a, b) in counts[a.element]! < counts[b.element]! || (counts[a.element]! == counts[b.element]! && a.offset > b.offset) }!.element
      let others = firstSeen.filter { $0 != chosen }
      warnings.append(.excludedReferences(
        indicator: displayName, kept: chosen, left: others.map { ReferenceCount(reference: $0, count: counts[$0]!) }))
    }
    if firstSeen.count > 1 { candidates.removeAll { key($0) != chosen } }
    return chosen.isEmpty ? nil : chosen
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
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }.map { ($0.key, $0.value) }
  }

  private func unknownIndicator(_ name: String, asked: Indicator?) -> AlignmentError {
    let present = indicatorsInData
    let shown = present.prefix(20).joined(separator: ", ") + (present.count > 20 ? ", … (\(present.count) in all)" : "")
    if let asked {
      return AlignmentError(
        kind: .unknownIndicator,
        message: "the data has no \(asked.chinese) (\(asked.id)); it holds: \(shown)")
    }
    var message = "unknown indicator \"\(name)\": neither in the data nor in the catalog. The data holds: \(shown)"
    let hints = catalog.suggestions(for: name, limit: 3)
    if !hints.isEmpty { message += ". Similar catalog indicators: " + hints.map { "\($0.chinese) (\($0.id))" }.joined(separator: ", ") }
    return AlignmentError(kind: .unknownIndicator, message: message)
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
