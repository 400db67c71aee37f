/// One district × year × requirement of the scorecard: its status, the figures
/// and claims it rests on (each with its source), and notes such as a stated
/// difference that does not agree with its operands.
///
///     大足区 2021 R2 contradicted: 初中 增长 −2.52 % (004.txt:27), claimed at 004.txt:27
public struct ScorecardRow: Sendable, Hashable, Encodable {
  public var district: String
  public var year: Int
  public var rule: DutyRule
  public var status: DutyStatus
  public var figures: [DutyFigure]
  public var claims: [DutyClaim]
  public var notes: [String]

  public init(
    district: String, year: Int, rule: DutyRule, status: DutyStatus, figures: [DutyFigure] = [],
    claims: [DutyClaim] = [], notes: [String] = []
  ) {
    self.district = district
    self.year = year
    self.rule = rule
    self.status = status
    self.figures = figures
    self.claims = claims
    self.notes = notes
  }

  private enum CodingKeys: String, CodingKey {
    case district, year, rule, requirement, source, status, figures, claims, notes
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(district, forKey: .district)
    try c.encode(year, forKey: .year)
    try c.encode(rule.id, forKey: .rule)
    try c.encode(rule.requirement, forKey: .requirement)
    try c.encode(rule.source, forKey: .source)
    try c.encode(status, forKey: .status)
    try c.encode(figures, forKey: .figures)
    try c.encode(claims, forKey: .claims)
    try c.encode(notes, forKey: .notes)
  }
}

/// A figure a verdict used: what it is, its value, whether it passes, and where it came from.
///
///     DutyFigure(label: "初中 生均一般公共预算教育经费 增长", value: -2.52, unit: "%", passes: false, provenance: …)
public struct DutyFigure: Sendable, Hashable, Codable {
  public var label: String
  /// The school level the figure is for; nil: all levels or none.
  public var level: SchoolLevel?
  public var value: Double
  public var unit: String
  /// nil: context only (a figure the test could not use on its own).
  public var passes: Bool?
  /// What it was held to, in words: ≥ 600（国家基准·中西部，国发〔2015〕67号）.
  public var threshold: String?
  public var provenance: Provenance

  public init(
    label: String, level: SchoolLevel? = nil, value: Double, unit: String, passes: Bool?, threshold: String? = nil,
    provenance: Provenance
  ) {
    self.threshold = threshold
    self.label = label
    self.level = level
    self.value = value
    self.unit = unit
    self.passes = passes
    self.provenance = provenance
  }
}
