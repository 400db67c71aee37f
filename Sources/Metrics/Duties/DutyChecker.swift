import Foundation

/// Builds the duties scorecard: for each district and year, each requirement's
/// status from the figures and the report's own claims.
///
///     let rows = DutyChecker().scorecard(table, claims: claims)
///     // 大足区 2021 R2 contradicted: 初中 增长 −2.52 %, while 004.txt:27 claims 生均…只增不减
///
/// Stages: index the usable figures (``DutyFacts``) → test each rule on them
/// (``DutyChecker/verdict(_:_:_:_:)``, one function per ``DutyRule/Test``) →
/// combine the verdict with the claims into a ``DutyStatus``. A district and year
/// get rows when some figure or claim speaks of them; a district with none gets
/// its latest year, all not reported, so that it is not silently left out.
public struct DutyChecker: Sendable {
  public var rules: [DutyRule]
  public var catalog: IndicatorCatalog
  /// The region whose baseline amounts apply (中西部, 东部); nil: the lowest amount, the floor for all.
  public var region: String?

  public init(rules: [DutyRule] = DutyRule.standard, catalog: IndicatorCatalog = .standard, region: String? = nil) {
    self.rules = rules
    self.catalog = catalog
    self.region = region
  }

  /// What the figures say about one rule: passes (nil: no figure can tell), the
  /// figures used and notes.
  struct Verdict {
    var figures: [DutyFigure] = []
    var notes: [String] = []
    var passes: Bool? {
      let tested = figures.compactMap(\.passes)
      return tested.isEmpty ? nil : !tested.contains(false)
    }
    var failing: [DutyFigure] { figures.filter { $0.passes == false } }
  }

  public func scorecard(_ table: ObservationTable, claims: [DutyClaim] = []) -> [ScorecardRow] {
    let facts = DutyFacts(table, catalog: catalog)
    var districts = facts.districts
    for c in claims where !districts.contains(c.district) { districts.append(c.district) }
    var rows: [ScorecardRow] = []
    for district in districts {
      let own = claims.filter { $0.district == district }
      var candidates = Set(own.map(\.year))
      let byIndicator = facts.years[district] ?? [:]
      for rule in rules {
        for name in indicatorNames(rule) { candidates.formUnion(byIndicator[facts.key(name)] ?? []) }
      }
      var kept: [ScorecardRow] = []
      for year in candidates.sorted() {
        let yearRows = rules.map { row(district, year, $0, facts, own.filter { c in c.year == year }) }
        if yearRows.contains(where: { $0.status != .notReported }) { kept += yearRows }
      }
      if kept.isEmpty, let latest = byIndicator.values.flatMap({ $0 }).max() {
        kept = rules.map { ScorecardRow(district: district, year: latest, rule: $0, status: .notReported) }
      }
      rows += kept
    }
    return rows
  }

  func indicatorNames(_ rule: DutyRule) -> [String] {
    [rule.indicator] + [rule.reference, rule.difference, rule.standardIndicator].compactMap { $0 }
      + rule.baselines.map(\.indicator)
  }

  func row(_ district: String, _ year: Int, _ rule: DutyRule, _ facts: DutyFacts, _ claims: [DutyClaim]) -> ScorecardRow
  {
    let claims = claims.filter { $0.rule == rule.id }
    let v = verdict(rule, district, year, facts)
    let status: DutyStatus
    switch v.passes {
    case true?: status = .met
    case false?: status = claims.contains { covers($0, v.failing) } ? .contradicted : .notMet
    case nil: status = claims.isEmpty ? .notReported : .claimedOnly
    }
    return ScorecardRow(
      district: district, year: year, rule: rule, status: status, figures: v.figures, claims: claims, notes: v.notes)
  }

  /// Whether a claim speaks for a level whose figure fails: a claim naming no
  /// level speaks for all; 义务教育 speaks for 小学 and 初中.
  func covers(_ claim: DutyClaim, _ failing: [DutyFigure]) -> Bool {
    if claim.levels.isEmpty { return true }
    return failing.contains { f in
      guard let level = f.level else { return true }
      return claim.levels.contains(level)
        || (claim.levels.contains(.compulsory) && (level == .primary || level == .juniorSecondary))
    }
  }

  func verdict(_ rule: DutyRule, _ district: String, _ year: Int, _ facts: DutyFacts) -> Verdict {
    switch rule.test {
    case .notFalling: notFalling(rule, district, year, facts, levels: [nil])
    case .notFallingPerLevel: notFalling(rule, district, year, facts, levels: nil)
    case .notBelow: notBelow(rule, district, year, facts)
    case .notBelowStandard: notBelowStandard(rule, district, year, facts)
    case .growthAbove: growthAbove(rule, district, year, facts)
    }
  }
}
