/// An indicator that is, by definition, the difference of two others in the
/// same district and year; ``ConsistencyChecker`` redoes the subtraction.
///
///     // 教师年平均工资收入 139357元 − 公务员年平均工资收入 121694元 = 17663元,
///     // so a reported "高出…5299元" does not add up.
///     IndicatorRelation(difference: "teacher_pay_gap", minuend: "teacher_salary", subtrahend: "civil_servant_salary")
public struct IndicatorRelation: Sendable, Hashable {
  /// Catalog ids.
  public var difference: String
  public var minuend: String
  public var subtrahend: String

  public init(difference: String, minuend: String, subtrahend: String) {
    self.difference = difference
    self.minuend = minuend
    self.subtrahend = subtrahend
  }

  public static let standard: [IndicatorRelation] = [
    IndicatorRelation(difference: "teacher_pay_gap", minuend: "teacher_salary", subtrahend: "civil_servant_salary")
  ]
}
