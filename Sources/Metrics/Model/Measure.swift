import Foundation

/// What kind of number an observation is. A growth rate and the value it grew
/// from are different measures of the same indicator and never share a panel.
public enum Measure: String, CaseIterable, Codable, Sendable, Hashable {
  /// The indicator's level itself (14.13亿元, 61.8 %).
  case value
  /// Growth in percent (增长4.49%; 降低2.52% is −2.52).
  case growthPercent = "growth_pct"
  /// A change in the indicator's own unit (比2020年增加了11330万元).
  case changeAbsolute = "change_abs"
  /// A difference in percentage points (高出1.19个百分点).
  case percentagePointDifference = "pp_diff"
  /// A per-student funding standard (小学1500元/生·年).
  case standard
  /// A target to reach (力争达到95%).
  case target
  /// A share of another quantity in percent (占预算支出4.74亿元的31.43%, 土地出让收益的10%);
  /// what it is a share of is the observation's reference (`compared_to`).
  case share = "share_pct"

  /// Reads the tidy-table spelling, the case name, or a few English words.
  public init?(parsing text: String) {
    let t = text.trimmingCharacters(in: .whitespaces).lowercased()
    if t.isEmpty {
      self = .value
      return
    }
    if let m = Measure(rawValue: t) {
      self = m
      return
    }
    if let m = Measure.allCases.first(where: { "\($0)".lowercased() == t }) {
      self = m
      return
    }
    switch t {
    case "growth", "growth%", "yoy": self = .growthPercent
    case "change", "diff": self = .changeAbsolute
    case "pp", "percentage_points": self = .percentagePointDifference
    case "share", "share%": self = .share
    default: return nil
    }
  }
}
