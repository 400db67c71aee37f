/// A statutory funding requirement a district is held to, as data: what it asks,
/// which law or document asks it, how its figures are tested, and which words of a
/// report claim it. A province adds its own as JSON (`compare duties --rules FILE`).
///
///     DutyRule(id: "R1", requirement: "一般公共预算教育支出逐年只增不减",
///              source: "国办发〔2018〕82号", test: .notFalling, indicator: "education_expenditure",
///              claims: [ClaimPattern(all: ["只增不减"], any: ["教育经费", "教育支出"], none: ["生均"])])
///
/// Indicators are catalog ids or names (resolved through the catalog, so
/// `一般公共预算教育支出` and `education_expenditure` are the same).
public struct DutyRule: Sendable, Hashable, Codable {
  /// How the figures are tested.
  public enum Test: String, Sendable, Hashable, Codable, CaseIterable {
    /// The indicator did not fall on the previous year: growth ≥ 0, value ≥ the
    /// previous year's, or a change ≥ 0.
    case notFalling = "not_falling"
    /// ``notFalling`` for every school level reported: one level falling is not
    /// met, whatever the all-level figure does.
    case notFallingPerLevel = "not_falling_per_level"
    /// The indicator is not below ``DutyRule/reference`` in the same year; a stated
    /// ``DutyRule/difference`` must agree with the two figures.
    case notBelow = "not_below"
    /// Per-level standards (``DutyRule/standardIndicator``) and actual amounts
    /// (``DutyRule/indicator``) not below ``DutyRule/baselines``, and the actual
    /// amounts not below the district's own standard.
    case notBelowStandard = "not_below_standard"
    /// The indicator's growth is above the reference's growth, or the stated
    /// ``DutyRule/difference`` in percentage points is above zero.
    case growthAbove = "growth_above"
  }

  /// Short and stable (R1…R5 built in); a rule from a file with the same id replaces it.
  public var id: String
  /// The requirement in the words of the law, Chinese.
  public var requirement: String
  /// The law or document that asks it, with article or document number.
  public var source: String
  public var test: Test
  public var indicator: String
  public var reference: String?
  public var difference: String?
  public var standardIndicator: String?
  public var baselines: [DutyBaseline]
  /// Words that make a report sentence claim the requirement is met.
  public var claims: [ClaimPattern]

  public init(
    id: String, requirement: String, source: String, test: Test, indicator: String, reference: String? = nil,
    difference: String? = nil, standardIndicator: String? = nil, baselines: [DutyBaseline] = [],
    claims: [ClaimPattern] = []
  ) {
    self.id = id
    self.requirement = requirement
    self.source = source
    self.test = test
    self.indicator = indicator
    self.reference = reference
    self.difference = difference
    self.standardIndicator = standardIndicator
    self.baselines = baselines
    self.claims = claims
  }

  private enum CodingKeys: String, CodingKey {
    case id, requirement, source, test, indicator, reference, difference
    case standardIndicator = "standard_indicator", baselines, claims
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    requirement = try c.decode(String.self, forKey: .requirement)
    source = try c.decode(String.self, forKey: .source)
    test = try c.decode(Test.self, forKey: .test)
    indicator = try c.decode(String.self, forKey: .indicator)
    reference = try c.decodeIfPresent(String.self, forKey: .reference)
    difference = try c.decodeIfPresent(String.self, forKey: .difference)
    standardIndicator = try c.decodeIfPresent(String.self, forKey: .standardIndicator)
    baselines = try c.decodeIfPresent([DutyBaseline].self, forKey: .baselines) ?? []
    claims = try c.decodeIfPresent([ClaimPattern].self, forKey: .claims) ?? []
  }
}

/// Words that, all present in one sentence, claim a requirement:
/// every word of `all`, at least one of `any` (when given), none of `none`.
///
///     ClaimPattern(all: ["教师", "公务员"], any: ["不低于", "高于", "高出"])
///     // 中小学教师年平均工资收入152014元，高于公务员水平  → a claim
public struct ClaimPattern: Sendable, Hashable, Codable {
  public var all: [String]
  public var any: [String]
  public var none: [String]

  public init(all: [String], any: [String] = [], none: [String] = []) {
    self.all = all
    self.any = any
    self.none = none
  }

  private enum CodingKeys: String, CodingKey { case all, any, none }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    all = try c.decodeIfPresent([String].self, forKey: .all) ?? []
    any = try c.decodeIfPresent([String].self, forKey: .any) ?? []
    none = try c.decodeIfPresent([String].self, forKey: .none) ?? []
  }

  /// The words of the pattern found in `sentence`, or nil when it does not match.
  public func match(_ sentence: String) -> [String]? {
    guard !all.isEmpty || !any.isEmpty else { return nil }
    for w in all where !sentence.contains(w) { return nil }
    for w in none where sentence.contains(w) { return nil }
    var words = all
    if !any.isEmpty {
      guard let hit = any.first(where: { sentence.contains($0) }) else { return nil }
      words.append(hit)
    }
    return words
  }
}
