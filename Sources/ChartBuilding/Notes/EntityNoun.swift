import Metrics

/// What the compared places are called in titles and notes: 区县 for Chinese
/// districts and counties, the user's word (`--entity 国家`), or a neutral 地区.
///
///     EntityNoun.guess(["渝中区", "城口县"]).every    // 各区县
///     EntityNoun.guess(["日本", "巴西"]).count(142)    // 142个地区
///     EntityNoun(noun: "国家").some                    // 部分国家
public struct EntityNoun: Sendable, Equatable {
  public var noun: String

  public init(noun: String) { self.noun = noun }

  public static let districts = EntityNoun(noun: "区县")
  /// For places that are not Chinese districts: a country table must not read 共142个区县.
  public static let neutral = EntityNoun(noun: "地区")

  public var every: String { "各\(noun)" }
  public var some: String { "部分\(noun)" }
  public func count(_ n: Int) -> String { "\(n)个\(noun)" }

  /// 区县 when at least half the names are county-level divisions: in the gazetteer
  /// (沙坪坝区, 仙桃市), or ending in 区, 县 or 旗 (masked 「*县」 and the 甲区 of
  /// examples); else the neutral word. 市 alone is not enough: 洛阳市 is a prefecture.
  public static func guess(_ names: [String]) -> EntityNoun {
    guard !names.isEmpty else { return .districts }
    let county = names.filter { name in
      Division.named(name).contains { $0.level == .county }
        || (name.count >= 2 && name.last.map { "区县旗".contains($0) } == true)
    }
    return county.count * 2 >= names.count ? .districts : .neutral
  }
}
