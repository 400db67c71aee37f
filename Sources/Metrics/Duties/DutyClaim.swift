/// A report's own statement that a requirement is met (只增不减, 不低于, 达到…标准,
/// 高于…增长), with the span it covers and the sentence that says it.
///
///     DutyClaim(district: "大足区", year: 2021, rule: "R2", words: ["生均", "只增不减"],
///               provenance: Provenance(sourceFile: "004.txt", sourceText: "生均一般公共预算教育经费只增不减。", line: 27))
public struct DutyClaim: Sendable, Hashable, Codable {
  public var district: String
  /// The year the claim speaks of: the sentence's own year, else the report's.
  public var year: Int
  /// The ``DutyRule/id`` it claims.
  public var rule: String
  /// Levels the sentence names; empty: all levels.
  public var levels: [SchoolLevel]
  /// The words that made it a claim.
  public var words: [String]
  public var provenance: Provenance

  public init(
    district: String, year: Int, rule: String, levels: [SchoolLevel] = [], words: [String], provenance: Provenance
  ) {
    self.district = district
    self.year = year
    self.rule = rule
    self.levels = levels
    self.words = words
    self.provenance = provenance
  }
}
