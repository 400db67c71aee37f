/// Whether the words in a header's brackets are a unit: `生均经费（万元）`,
/// `预期寿命（岁）`, `人均GDP（美元）`, `GDP per capita (US$)` name a quantity and
/// its unit; `生均经费（小学）`, `支出（2019年）`, `经费（含幼儿园）` name a narrower
/// quantity, and their brackets stay in the name.
///
///     HeaderUnit.isUnit("岁")      // true: not in the catalog, still a unit
///     HeaderUnit.isUnit("小学")    // false: a school level
///     HeaderUnit.isUnit("含幼儿园") // false: a qualifier
enum HeaderUnit {
  /// A unit the catalog knows, or a short word that is none of a school level,
  /// a year or date, a qualifier (含, 不含, 其中, 口径, 预算…) or a sentence.
  static func isUnit(_ text: String) -> Bool {
    let t = text.trimmingCharacters(in: .whitespaces)
    guard !t.isEmpty else { return false }
    if Unit.parse(t).unit.dimension != .other { return true }
    guard t.count <= maximumLength, SchoolLevel(parsing: t) == nil else { return false }
    // 2019年, 2015年价, 1:1000: a year, a price base or a scale, not a unit of the figure.
    guard !t.contains(where: { $0.isNumber }) else { return false }
    // A unit is one word: `US$`, `kg/ha`, `美元`; `per 1,000 people` or `a b c` is a phrase.
    guard t.split(separator: " ").count <= 2 else { return false }
    let lower = t.lowercased()
    return !qualifiers.contains { lower.contains($0) }
  }

  /// The longest unit written in brackets that is not in the catalog (`万美元/人`, `千克/公顷`).
  static let maximumLength = 8

  /// Words that narrow what a figure counts rather than say what it is measured in.
  static let qualifiers = [
    "含", "包括", "其中", "口径", "合计", "总计", "小计", "预算", "决算", "调整", "预计", "估计", "初步", "价", "注",
    "说明", "备注", "以上", "以下", "全部", "全市", "全县", "全区", "全省", "全国", "地区", "学段", "学校", "公办",
    "民办", "城镇", "农村", "新增", "平均", "类", "级",
    "incl", "excl", "est", "note", "total", "prices", "average", "mean",
  ]
}
