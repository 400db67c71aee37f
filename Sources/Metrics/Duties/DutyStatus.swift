/// Where a district stands on one requirement in one year.
///
/// The symbol goes with the colour wherever the status is drawn, so that a
/// scorecard printed in black and white still reads.
public enum DutyStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// Its figures show the requirement is met.
  case met
  /// Its figures show the requirement is not met, and the report does not claim it.
  case notMet = "not-met"
  /// The report claims it, and its own figures show it is not met.
  case contradicted
  /// The report claims it, but gives no figure that shows it.
  case claimedOnly = "claimed-only"
  /// Neither a figure nor a claim.
  case notReported = "not-reported"

  /// ✓ ✗ ! ? –
  public var symbol: String {
    switch self {
    case .met: "✓"
    case .notMet: "✗"
    case .contradicted: "!"
    case .claimedOnly: "?"
    case .notReported: "–"
    }
  }

  /// The status in Chinese, for tables and charts.
  public var chinese: String {
    switch self {
    case .met: "达到"
    case .notMet: "未达到"
    case .contradicted: "声称达到但数据相反"
    case .claimedOnly: "仅声称，无数据"
    case .notReported: "未报告"
    }
  }

  /// One line for `--help` and the README.
  public var explanation: String {
    switch self {
    case .met: "its figures show the requirement is met"
    case .notMet: "its figures show it is not met, and no claim says otherwise"
    case .contradicted: "claimed met, and its own figures show it is not"
    case .claimedOnly: "claimed met, with no figure that shows it"
    case .notReported: "neither a figure nor a claim"
    }
  }
}
