/// The stated rule for shortening long district names that do not fit: an autonomous
/// county (or banner, prefecture) keeps its place name and its administrative word,
/// dropping the ethnic names and "自治", as in official short forms.
///
/// ```swift
/// CategoryName.shortened("酉阳土家族苗族自治县")  // "酉阳县"
/// CategoryName.shortened("石柱土家族自治县")      // "石柱县"
/// CategoryName.shortened("渝中区")               // nil (rule does not apply)
/// ```
enum CategoryName {
  /// The rule as printed in a chart note.
  static let ruleNote = "自治县名称简写（去掉民族名称与“自治”二字）"

  /// Names of China's ethnic groups without "族", longest first so "土家" wins over "土".
  static let ethnicGroups: [String] = [
    "柯尔克孜", "乌孜别克", "俄罗斯", "鄂伦春", "鄂温克", "达斡尔", "塔吉克", "塔塔尔", "维吾尔", "哈萨克",
    "土家", "蒙古", "布依", "哈尼", "傈僳", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗", "撒拉",
    "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴",
    "基诺", "朝鲜", "高山",
    "苗", "回", "彝", "藏", "壮", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "土", "羌", "怒",
    "京", "满",
  ]

  static func shortened(_ name: String) -> String? {
    for suffix in ["自治县", "自治旗", "自治州", "自治区"] where name.hasSuffix(suffix) {
      var body = String(name.dropLast(suffix.count))
      var removed = false
      stripping: while body.hasSuffix("族") {
        for group in ethnicGroups where body.hasSuffix(group + "族") && body.count > group.count + 2 {
          body = String(body.dropLast(group.count + 1))
          removed = true
          continue stripping
        }
        break
      }
      guard removed, body.count >= 1 else { return nil }
      return body + String(suffix.last!)
    }
    return nil
  }
}
