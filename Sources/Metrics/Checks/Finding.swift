/// A figure that does not add up, with the observations involved and their
/// source texts, so the reader can look them up.
///
///     differenceMismatch: 某区 2021: 教师年平均工资收入 139357 − 公务员年平均工资收入 121694 = 17663, but 5299 is reported
///       004.txt “义务教育教师平均工资收入139357元，高出当地公务员平均工资（121694元）5299元”
public struct Finding: Sendable, CustomStringConvertible {
  public enum Kind: String, Sendable, CaseIterable {
    /// A reported growth rate that the two reported values do not give.
    case growthMismatch
    /// A reported change or difference that its operands do not give.
    case differenceMismatch
    /// Two sources give different figures for the same thing.
    case duplicateConflict
    /// A figure outside what the indicator can be (a rate above 100 %, a negative count).
    case implausibleValue
  }

  public var kind: Kind
  public var message: String
  public var observations: [Observation]

  public init(kind: Kind, message: String, observations: [Observation]) {
    self.kind = kind
    self.message = message
    self.observations = observations
  }

  public var description: String {
    var s = "\(kind.rawValue): \(message)"
    var cited = Set<String>()
    for o in observations {
      // The whole sentence: the reader must be able to find it and see both sides.
      // Once each: three figures from one sentence need one quote, not three.
      let citation = PanelBuilder.cite(o.provenance, limit: nil)
      if cited.insert(citation).inserted { s += "\n  " + citation }
    }
    return s
  }
}
