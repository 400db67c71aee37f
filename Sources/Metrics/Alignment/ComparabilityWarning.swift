/// Something a reader of a chart or table must know because the figures are
/// not quite like beside like, as data: which cells, levels, references or
/// sources. Metrics says what happened; the presentation layer (ChartBuilding)
/// words it, in English for the terminal and in Chinese for a briefing's reader.
///
///     .approximate(cells: [PanelCellRef(district: "渝中区", year: 2021)])
///     .excludedLevels(indicator: "生均一般公共预算教育经费", left: [LevelCount(level: .preschool, count: 2)])
public enum ComparabilityWarning: Sendable, Hashable {
  /// All-level and level-specific figures were both present; the level-specific ones
  /// (`left`, in school order, with their row counts) were left out.
  case excludedLevels(indicator: String, left: [LevelCount])
  /// Differences against several references (全省, 全市); `kept` was kept, `left` left out.
  /// A reference "" is the previous year.
  case excludedReferences(indicator: String, kept: String, left: [ReferenceCount])
  /// Some figures are hedged in the source (余, 约, 近, 以上).
  case approximate(cells: [PanelCellRef])
  /// Some figures are masked in the source; shown as gaps.
  case masked(cells: [PanelCellRef])
  /// Two sources give different figures for one cell; the panel keeps the first.
  case duplicatesDisagree(indicator: String, conflicts: [SourceConflict])
  /// Several rows for one cell were combined into one figure by `rule` (sum, mean, min, max).
  case aggregated(indicator: String, rule: Aggregation, cells: [PanelCellRef])
  /// Districts' latest data years differ: the districts by latest year, newest first.
  case differentDataYears(latest: [LatestYear])
  /// These districts have no figure at all in `years`.
  case districtWithoutData(districts: [String], years: [Int])
  /// The indicator is not in the catalog; compared as written.
  case uncataloguedIndicator(name: String)
  /// The panel `name` was computed by this tool from the panel `from`.
  case derived(name: String, from: String)
  /// Some figures lie outside the indicator's plausible range: a unit or scale slip?
  /// `first` is the first such figure in `unit`, `hint` the catalog's guess at the slip.
  case implausible(indicator: String, cells: [PanelCellRef], first: Double, unit: String, hint: String?)
  /// `count` figures whose report states no year were left out: a panel has a column per year.
  case undated(indicator: String, count: Int)

  /// What kind of warning this is, without its data (for filters and JSON).
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case excludedLevels, excludedReferences, approximate, masked, duplicatesDisagree, differentDataYears
    case districtWithoutData, uncataloguedIndicator, derived, implausible
    case aggregated, undated
  }

  public var kind: Kind {
    switch self {
    case .excludedLevels: .excludedLevels
    case .excludedReferences: .excludedReferences
    case .approximate: .approximate
    case .masked: .masked
    case .duplicatesDisagree: .duplicatesDisagree
    case .differentDataYears: .differentDataYears
    case .districtWithoutData: .districtWithoutData
    case .uncataloguedIndicator: .uncataloguedIndicator
    case .derived: .derived
    case .implausible: .implausible
    case .aggregated: .aggregated
    case .undated: .undated
    }
  }
}

/// One cell of a panel, by district and year.
public struct PanelCellRef: Sendable, Hashable {
  public var district: String
  public var year: Int
  public init(district: String, year: Int) {
    self.district = district
    self.year = year
  }
}

/// A school level and how many rows of the data hold it.
public struct LevelCount: Sendable, Hashable {
  public var level: SchoolLevel
  public var count: Int
  public init(level: SchoolLevel, count: Int) {
    self.level = level
    self.count = count
  }
}

/// A comparison reference (全省; "" for the previous year) and how many rows hold it.
public struct ReferenceCount: Sendable, Hashable {
  public var reference: String
  public var count: Int
  public init(reference: String, count: Int) {
    self.reference = reference
    self.count = count
  }
}

/// Two sources that disagree about one cell: the figure kept and the other one.
public struct SourceConflict: Sendable, Hashable {
  public var cell: PanelCellRef
  public var kept: Double
  public var keptSource: Provenance
  public var other: Double
  public var otherSource: Provenance
  public init(cell: PanelCellRef, kept: Double, keptSource: Provenance, other: Double, otherSource: Provenance) {
    self.cell = cell
    self.kept = kept
    self.keptSource = keptSource
    self.other = other
    self.otherSource = otherSource
  }
}

/// The districts whose latest figure is in `year`.
public struct LatestYear: Sendable, Hashable {
  public var year: Int
  public var districts: [String]
  public init(year: Int, districts: [String]) {
    self.year = year
    self.districts = districts
  }
}
