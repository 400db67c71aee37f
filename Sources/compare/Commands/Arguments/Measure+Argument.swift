import ArgumentParser
import ChartBuilding
import Metrics

/// `--measure`: the tidy-table spellings are listed in `--help`; the case names
/// and a few English words (growth, pp) are accepted too.
extension Measure: ExpressibleByArgument {
  public init?(argument: String) { self.init(parsing: argument) }

  public static var allValueDescriptions: [String: String] {
    Dictionary(
      uniqueKeysWithValues: allCases.map { m -> (String, String) in
        switch m {
        case .value: (m.rawValue, "the indicator itself (14.13亿元, 61.8%)")
        case .growthPercent: (m.rawValue, "growth in percent (增长4.49%)")
        case .changeAbsolute: (m.rawValue, "a change in the indicator's unit (增加了11330万元)")
        case .percentagePointDifference: (m.rawValue, "a difference in percentage points (高出1.19个百分点)")
        case .standard: (m.rawValue, "a per-student funding standard (小学1500元/生·年)")
        case .target: (m.rawValue, "a target to reach (力争达到95%)")
        case .share: (m.rawValue, "a share of another quantity in percent (占预算支出的31.43%)")
        }
      })
  }
}
