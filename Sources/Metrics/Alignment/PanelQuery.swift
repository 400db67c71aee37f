/// What to line up: one indicator, at one level, as one measure.
///
///     PanelQuery(indicator: "生均一般公共预算教育经费", level: .primary, years: 2019...2023)
///     PanelQuery(indicator: "小学生均一般公共预算教育经费")   // the level from the name
public struct PanelQuery: Sendable, Hashable {
  /// A catalog id, a Chinese name or alias (with or without a level prefix), or a
  /// name as written in the data when the catalog does not know it.
  public var indicator: String
  public var level: SchoolLevel?
  public var measure: Measure = .value
  public var years: ClosedRange<Int>?
  /// Districts in the order wanted; nil = every district with data, in order of first appearance.
  public var districts: [String]?
  /// Picks one unit when the data holds the indicator in several (元 vs 元/生·年).
  public var unit: String?
  /// Picks what differences are taken against when the data holds several
  /// (高出省11个百分点、市7个百分点: 全省 or 全市); see ``ComparisonReference``.
  public var reference: String?
  /// How several rows for one cell are combined; nil: rows that disagree are an error.
  public var aggregate: Aggregation?

  public init(
    indicator: String, level: SchoolLevel? = nil, measure: Measure = .value, years: ClosedRange<Int>? = nil,
    districts: [String]? = nil, unit: String? = nil, reference: String? = nil, aggregate: Aggregation? = nil
  ) {
    self.indicator = indicator
    self.level = level
    self.measure = measure
    self.years = years
    self.districts = districts
    self.unit = unit
    self.reference = reference
    self.aggregate = aggregate
  }
}
