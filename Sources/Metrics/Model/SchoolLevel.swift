import Foundation

/// The school level a figure speaks of. Per-student figures differ by level, so
/// a value for 小学 is never put beside one for 初中 or an all-level figure.
///
///     SchoolLevel(parsing: "普通高中")  // .seniorGeneral
///     SchoolLevel(parsing: "幼儿园")    // .preschool (an alias)
public enum SchoolLevel: String, CaseIterable, Codable, Sendable, Hashable {
  case preschool = "学前"
  case primary = "小学"
  case juniorSecondary = "初中"
  case compulsory = "义务教育"
  case seniorGeneral = "普通高中"
  case seniorSecondary = "高中阶段"
  case vocational = "中职"
  case special = "特殊教育"
  case higher = "高校"

  /// English name, for `--format json` and English tables.
  public var english: String {
    switch self {
    case .preschool: "pre-school"
    case .primary: "primary"
    case .juniorSecondary: "junior secondary"
    case .compulsory: "compulsory (primary + junior)"
    case .seniorGeneral: "general senior secondary"
    case .seniorSecondary: "senior secondary (general + vocational)"
    case .vocational: "secondary vocational"
    case .special: "special education"
    case .higher: "higher education"
    }
  }

  /// Words reports use for each level, longest first so that 普通高中 wins over 高中.
  public static let aliases: [(String, SchoolLevel)] = [
    ("中等职业学校", .vocational), ("中等职业教育", .vocational), ("特殊教育学校", .special),
    // 普通初中由上年的…: 普通 is part of the level's name, not words qualifying the clause.
    ("普通高等学校", .higher), ("普通初中", .juniorSecondary), ("普通小学", .primary), ("高等学校", .higher),
    ("义务教育阶段", .compulsory), ("普通高中", .seniorGeneral), ("高中阶段", .seniorSecondary),
    ("学前教育", .preschool), ("义务教育", .compulsory), ("特殊教育", .special),
    ("职业高中", .vocational), ("职业高级中学", .vocational), ("幼儿园", .preschool), ("在园幼儿", .preschool),
    ("中职", .vocational), ("职中", .vocational), ("学前", .preschool), ("幼儿", .preschool),
    ("小学", .primary), ("初中", .juniorSecondary), ("高中", .seniorGeneral),
    ("特校", .special), ("高校", .higher), ("高等教育", .higher),
    ("preschool", .preschool), ("pre-school", .preschool), ("primary", .primary),
    ("junior", .juniorSecondary), ("compulsory", .compulsory), ("senior", .seniorGeneral),
    ("vocational", .vocational), ("special", .special), ("higher", .higher),
  ]

  /// Reads a level as written in a table cell or a command-line option:
  /// its canonical name, an alias, or the case name (`seniorGeneral`).
  public init?(parsing text: String) {
    let t = text.trimmingCharacters(in: .whitespaces)
    if let exact = SchoolLevel(rawValue: t) {
      self = exact
      return
    }
    if let byCase = SchoolLevel.allCases.first(where: { "\($0)" == t }) {
      self = byCase
      return
    }
    if let alias = SchoolLevel.aliases.first(where: { $0.0 == t.lowercased() }) {
      self = alias.1
      return
    }
    return nil
  }
}
