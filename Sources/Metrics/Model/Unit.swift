import Foundation

/// What a unit measures. Values of different dimensions never share an axis.
public enum UnitDimension: String, Sendable, Codable, CaseIterable {
  /// An amount of money, stored in 元.
  case money
  /// Money per student per year (funding standards), stored in 元/生·年.
  case moneyPerStudent = "money_per_student"
  /// A rate or share in percent.
  case percent
  /// A difference of two percentages.
  case percentagePoints = "percentage_points"
  /// People, schools, places, items…
  case count
  /// Floor or land area.
  case area
  /// A ratio such as 生师比 or a coefficient (校际差异系数): no unit.
  case ratio
  /// A unit this tool does not know; kept as written.
  case other
}

/// A canonical unit. Every scaled spelling (万元, 亿元, 万人, 万平方米) is turned
/// into its base unit by ``Unit/parse(_:)``, which also returns the factor, so
/// that a wrong 万/亿 scale cannot slip through silently.
///
///     Unit.parse("亿元")   // (unit: .yuan, factor: 1e8)
///     Unit.parse("元/生·年") // (unit: .yuanPerStudentYear, factor: 1)
public struct Unit: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The base symbol as written in tidy tables (元, %, 个百分点, 人…).
  public let symbol: String
  public let dimension: UnitDimension

  public init(symbol: String, dimension: UnitDimension) {
    self.symbol = symbol
    self.dimension = dimension
  }

  public var description: String { symbol }

  public static let yuan = Unit(symbol: "元", dimension: .money)
  public static let yuanPerStudentYear = Unit(symbol: "元/生·年", dimension: .moneyPerStudent)
  /// Money per student (or person) per day: 营养改善计划 每生每天4元. Never on an axis with 元/生·年:
  /// a panel holds one unit.
  public static let yuanPerStudentDay = Unit(symbol: "元/生·日", dimension: .moneyPerStudent)
  /// Money per student (or person) per month: 生活补助每人每月200元.
  public static let yuanPerStudentMonth = Unit(symbol: "元/生·月", dimension: .moneyPerStudent)
  public static let percent = Unit(symbol: "%", dimension: .percent)
  public static let percentagePoints = Unit(symbol: "个百分点", dimension: .percentagePoints)
  public static let people = Unit(symbol: "人", dimension: .count)
  public static let personTimes = Unit(symbol: "人次", dimension: .count)
  public static let schools = Unit(symbol: "所", dimension: .count)
  public static let items = Unit(symbol: "个", dimension: .count)
  public static let squareMetres = Unit(symbol: "平方米", dimension: .area)
  public static let mu = Unit(symbol: "亩", dimension: .area)
  public static let none = Unit(symbol: "", dimension: .ratio)

  /// Spellings of each unit with the factor to its base. Longest spellings are
  /// tried first by ``parse(_:)`` so 万亿元 is never read as 亿元.
  static let spellings: [(String, Unit, Double)] = {
    var s: [(String, Unit, Double)] = [
      ("元", .yuan, 1), ("千元", .yuan, 1e3), ("万元", .yuan, 1e4), ("亿元", .yuan, 1e8),
      ("万亿元", .yuan, 1e12), ("yuan", .yuan, 1), ("CNY", .yuan, 1), ("RMB", .yuan, 1),
      ("%", .percent, 1), ("％", .percent, 1), ("percent", .percent, 1),
      ("个百分点", .percentagePoints, 1), ("百分点", .percentagePoints, 1), ("pp", .percentagePoints, 1),
      ("人", .people, 1), ("名", .people, 1), ("万人", .people, 1e4), ("位", .people, 1),
      ("人次", .personTimes, 1), ("万人次", .personTimes, 1e4),
      ("所", .schools, 1), ("个", .items, 1), ("间", .items, 1), ("台", .items, 1),
      ("平方米", .squareMetres, 1), ("㎡", .squareMetres, 1), ("m²", .squareMetres, 1),
      ("m2", .squareMetres, 1), ("万平方米", .squareMetres, 1e4), ("亩", .mu, 1),
    ]
    // Per-student-year money has many spellings: 元/生·年, 元/生/年, 元／生／年, 元/年/人…
    for per in ["生·年", "生/年", "生", "年/人", "人·年", "人/年", "生年", "年/生", "生·学年"] {
      for slash in ["/", "／"] {
        let p = per.replacingOccurrences(of: "/", with: slash)
        s.append(("元\(slash)\(p)", .yuanPerStudentYear, 1))
        s.append(("万元\(slash)\(p)", .yuanPerStudentYear, 1e4))
      }
    }
    for (unit, pers) in [
      (Unit.yuanPerStudentDay, ["生·日", "生/日", "生·天", "生/天", "人·日", "人/日", "人·天", "人/天"]),
      (Unit.yuanPerStudentMonth, ["生·月", "生/月", "人·月", "人/月"]),
    ] {
      for per in pers {
        for slash in ["/", "／"] { s.append(("元\(slash)\(per.replacingOccurrences(of: "/", with: slash))", unit, 1)) }
      }
    }
    return s.sorted { $0.0.count > $1.0.count }
  }()

  /// The unit and the factor that turns a value written in `text` into the base unit.
  /// An unknown spelling is kept as its own unit (dimension `.other`, factor 1),
  /// never forced onto a known one.
  public static func parse(_ text: String) -> (unit: Unit, factor: Double) {
    let t = text.trimmingCharacters(in: .whitespaces)
    if t.isEmpty { return (.none, 1) }
    if let hit = lookup[t] { return hit }
    return (Unit(symbol: t, dimension: .other), 1)
  }

  private static let lookup: [String: (unit: Unit, factor: Double)] = {
    var d: [String: (unit: Unit, factor: Double)] = [:]
    for (spelling, unit, factor) in spellings where d[spelling] == nil {
      d[spelling] = (unit, factor)
    }
    return d
  }()

  /// The unit spellings a report may put right after a number, longest first.
  public static var reportSpellings: [(spelling: String, unit: Unit, factor: Double)] {
    spellings.map { ($0.0, $0.1, $0.2) }
  }
}
