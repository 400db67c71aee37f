/// What a reported difference is taken against, in one spelling, so that figures
/// against the same thing line up and figures against different things do not:
///
///     ComparisonReference.normalise("省")             // "全省"
///     ComparisonReference.normalise("全省平均水平")    // "全省"
///     ComparisonReference.normalise("当地公务员平均工资") // "当地公务员平均工资"
///     ComparisonReference.normalise("上年")            // nil: the previous year is the default
///
/// 高出省11个百分点、市7个百分点 is two quantities, the county's rate minus the
/// province's and minus the city's; a panel that held both in one cell would
/// show one of them with no way to tell which.
public enum ComparisonReference {
  /// The reference in its usual spelling; nil when the words name none, name the
  /// previous year (which differences are taken against by default) or do not
  /// look like a reference (digits, a whole clause).
  public static func normalise(_ words: String) -> String? {
    var s = String(words.unicodeScalars.filter { !separators.contains($0) })
    for p in ["比", "较", "于", "与"] where s.hasPrefix(p) { s.removeFirst() }
    var trimmed = true
    while trimmed {
      trimmed = false
      for suffix in ["平均水平", "平均值", "平均数", "水平", "平均", "均值", "的"] where s.hasSuffix(suffix) && s.count > suffix.count {
        s.removeLast(suffix.count)
        trimmed = true
      }
    }
    guard !s.isEmpty, s.count <= 12, !s.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) else { return nil }
    if previousYear.contains(s) { return nil }
    return regions[s] ?? s
  }

  /// The words of the previous year: a difference against it is a plain change.
  static let previousYear: Set<String> = ["上年", "上年度", "去年", "上一年", "上一年度", "上年同期", "去年同期", "同期"]

  /// 省 and 全省 are the same reference; so are 全国 and 国家.
  static let regions: [String: String] = [
    "省": "全省", "全省": "全省", "省级": "全省",
    "市": "全市", "全市": "全市", "市级": "全市",
    "国": "全国", "国家": "全国", "全国": "全国",
    "县": "全县", "全县": "全县", "区": "全区", "全区": "全区",
  ]

  static let separators: Set<Unicode.Scalar> = Set(" \u{3000}\t、，,：:；;（）()“”\"".unicodeScalars)
}

/// The normalised reference of each row of a table ("" for year on year), every
/// distinct spelling normalised once: what the checker and the panel builder group by.
struct ReferenceKeys {
  /// The `compared_to` column's string ids; nil when the table has no such column.
  let column: [Int32]?
  private let strings: StringPool
  private var cache: [Int32: String] = [-1: ""]

  init(_ table: ObservationTable) {
    column = table.attributes.first { $0.name == ObservationTable.referenceColumn }?.values
    strings = table.strings
  }

  mutating func key(row: Int) -> String {
    guard let id = column?[row] else { return "" }
    if let k = cache[id] { return k }
    let k = ComparisonReference.normalise(strings[id]) ?? ""
    cache[id] = k
    return k
  }
}
