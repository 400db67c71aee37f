/// A national or provincial minimum amount that a per-student figure must reach
/// from a year on: 城乡义务教育生均公用经费基准定额 and its top-ups.
///
///     DutyBaseline(indicator: "per_student_funding_standard", level: .primary, from: 2016,
///                  amount: 600, region: "中西部", source: "国发〔2015〕67号")
///
/// `region` tells apart amounts that differ by region (中西部 and 东部 in 2016); a
/// check without a region takes the lowest amount that applies, the floor every
/// district must reach.
public struct DutyBaseline: Sendable, Hashable, Codable {
  /// The catalog id or name of the figure held to it (a standard, or a top-up such
  /// as 寄宿生公用经费补助).
  public var indicator: String
  /// nil: any level (a top-up per boarding student).
  public var level: SchoolLevel?
  /// First year the amount applies to.
  public var from: Int
  /// Last year it applies to; nil: until a later baseline for the same figure and level.
  public var through: Int?
  /// 元 per student per year.
  public var amount: Double
  public var region: String?
  public var source: String

  public init(
    indicator: String, level: SchoolLevel?, from: Int, through: Int? = nil, amount: Double, region: String? = nil,
    source: String
  ) {
    self.indicator = indicator
    self.level = level
    self.from = from
    self.through = through
    self.amount = amount
    self.region = region
    self.source = source
  }

  public func applies(year: Int) -> Bool { year >= from && through.map { year <= $0 } ?? true }
}
