/// One normalised fact: a district's indicator in a data year, with its level,
/// measure, flags and provenance.
///
///     Observation(district: "丰都县", year: 2022, indicator: "一般公共预算教育支出",
///                 value: 1_413_000_000, unit: .yuan)
///
/// `value` is in the unit's base (元, not 万元); `nil` means missing — a masked
/// or empty number is never zero.
public struct Observation: Sendable, Hashable, Codable {
  public var district: String
  /// The year the figure describes, not the year the report was written; 0 when the report
  /// states none (flag ``ObservationFlags/yearNotStated``).
  public var year: Int
  /// Canonical indicator id when the catalog knows the name, else the name as written.
  public var indicator: String
  public var level: SchoolLevel?
  public var measure: Measure
  public var value: Double?
  public var unit: Unit
  public var flags: ObservationFlags
  public var provenance: Provenance
  /// What a difference is taken against when it is not the previous year, as
  /// ``ComparisonReference`` normalises the report's words: 高出省11个百分点、市7个百分点
  /// are two figures, against 全省 and 全市. nil for values and year-on-year changes.
  public var reference: String?
  /// How precisely the source wrote the figure: the place value of its last written
  /// digit, in the unit's base. `1.12亿元` → 1,000,000 (so ± 500,000 元), `4.49%` → 0.01,
  /// `10000` in a table → 1. nil: as the shortest form of `value` shows, whole numbers
  /// to the unit (what a table cell in the base unit says); see ``ObservationTable/halfUnit(row:)``.
  public var precision: Double?

  public init(
    district: String, year: Int, indicator: String, level: SchoolLevel? = nil,
    measure: Measure = .value, value: Double?, unit: Unit,
    flags: ObservationFlags = [], provenance: Provenance = Provenance(), reference: String? = nil,
    precision: Double? = nil
  ) {
    self.district = district
    self.year = year
    self.indicator = indicator
    self.level = level
    self.measure = measure
    self.value = value
    self.unit = unit
    self.flags = flags
    self.provenance = provenance
    self.reference = reference
    self.precision = precision
  }

  public var isApproximate: Bool { flags.contains(.approximate) }
  public var isMasked: Bool { flags.contains(.masked) }
  public var isDerived: Bool { flags.contains(.derived) }
}
