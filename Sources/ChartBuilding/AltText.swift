import Charts
import Foundation

/// Chinese descriptions of a chart for screen readers and captions: what is
/// compared, the highest and the lowest, and the change — only statements the
/// chart supports. Rates are compared in 个百分点, never as a ratio ("6.3% is 2.6
/// times 2.4%" says nothing), and bars of districts with different data years are
/// never described as a change over time.
enum AltText {
  /// Districts as categories, one series per year.
  /// `partOf`: how many places the chart was cut from (`--top`), so its mean is said
  /// to be of those shown.
  static func bar(
    title: String, rows: [BuiltChart.Row], unit: String, format: ValueFormat, entity: EntityNoun = .districts,
    partOf: Int? = nil
  ) -> String {
    let years = Array(Set(rows.map(\.year))).sorted()
    guard let last = years.last else { return "条形图：\(title)。无数据。" }
    let latest = rows.filter { $0.year == last && $0.shown != nil }
    let missing = rows.filter { $0.year == last && $0.shown == nil }.map(\.district)
    let districts = orderedUnique(rows.map(\.district))
    var parts = ["条形图：\(title)。"]
    parts.append(
      "比较\(entity.count(districts.count))\(years.count > 1 ? "\(years.first!)—\(last)年" : "")的数值\(unitClause(unit))。")
    parts.append(
      extremes(
        latest.map { ($0.district, $0.shown!) }, prefix: "\(last)年", unit: unit, format: format, withMean: true,
        meanOf: partOf.map { _ in "图中\(entity.count(latest.count))的" }))
    if years.count > 1, let first = years.first {
      let both = districts.compactMap { d -> (Double, Double)? in
        guard let a = rows.first(where: { $0.district == d && $0.year == first })?.shown,
          let b = rows.first(where: { $0.district == d && $0.year == last })?.shown
        else { return nil }
        return (a, b)
      }
      let rose = both.filter { $0.1 > $0.0 }.count
      if !both.isEmpty {
        parts.append(
          "\(first)年至\(last)年，"
            + (rose == both.count ? "\(entity.count(both.count))均上升。" : "\(entity.count(both.count))中\(rose)个上升。"))
      }
    }
    if !missing.isEmpty { parts.append("\(missing.joined(separator: "、"))无\(last)年数据。") }
    return parts.joined()
  }

  /// School levels as categories, one series per district, each at its own year:
  /// the highest and lowest level within each district, and what is missing.
  static func byLevel(
    title: String, rows: [BuiltChart.Row], unit: String, format: ValueFormat, entity: EntityNoun = .districts
  ) -> String {
    let levels = orderedUnique(rows.map(\.series))
    let districts = orderedUnique(rows.map(\.district))
    guard !levels.isEmpty else { return "条形图：\(title)。无数据。" }
    var parts = ["条形图：\(title)。"]
    let whose = districts.count == 1 ? districts[0] : entity.count(districts.count)
    parts.append("比较\(whose)\(levels.count)个学段的数值\(unitClause(unit))。")
    var missing: [String] = []
    for d in districts {
      let own = rows.filter { $0.district == d }
      let year = own.first.map { "\($0.year)年" } ?? ""
      let shown = own.filter { $0.shown != nil }.map { ($0.series, $0.shown!) }
      let label = districts.count == 1 ? year : "\(d)（\(year)）"
      parts.append(extremes(shown, prefix: label, unit: unit, format: format, withMean: districts.count == 1))
      let lacking = own.filter { $0.shown == nil }.map(\.series)
      if !lacking.isEmpty { missing.append("\(d)\(lacking.joined(separator: "、"))") }
    }
    if Set(rows.map(\.year)).count > 1 { parts.append("\(entity.every)数据年份不同，\(entity.noun)之间的比较仅供参考。") }
    if !missing.isEmpty { parts.append("无数据：\(missing.joined(separator: "；"))。") }
    return parts.joined()
  }

  static func trend(title: String, rows: [BuiltChart.Row], unit: String, format: ValueFormat) -> String {
    let districts = orderedUnique(rows.map(\.district))
    let years = Array(Set(rows.map(\.year))).sorted()
    guard let y0 = years.first, let y1 = years.last else { return "折线图：\(title)。无数据。" }
    var parts = ["折线图：\(title)。\(districts.count)条折线，\(y0)—\(y1)年\(unitClause(unit))。"]
    var changes: [(district: String, from: Double, to: Double)] = []
    for d in districts {
      let points = rows.filter { $0.district == d && $0.shown != nil }.sorted { $0.year < $1.year }
      guard let a = points.first, let b = points.last, a.year != b.year else { continue }
      changes.append((d, a.shown!, b.shown!))
    }
    if let top = changes.max(by: { $0.to - $0.from < $1.to - $1.from }) {
      let rose = top.to > top.from
      parts.append(
        "\(rose ? "增加最多" : "各折线均未上升，降幅最小")的是\(top.district)，由\(withUnit(top.from, unit, format))\(rose ? "增至" : "降至")\(withUnit(top.to, unit, format))"
      )
      if isRate(unit) {
        parts.append("（\(rose ? "提高" : "降低")\(points(abs(top.to - top.from), format))个百分点）")
      } else if top.from > 0 {
        parts.append("（\(rose ? "增长" : "下降")\(Self.oneDecimal.format(abs(top.to / top.from - 1) * 100))%）")
      }
      parts.append("。")
    }
    if let hi = rows.filter({ $0.year == y1 && $0.shown != nil }).max(by: { $0.shown! < $1.shown! }) {
      parts.append("\(y1)年最高为\(hi.district)（\(withUnit(hi.shown!, unit, format))）。")
    }
    let gaps = rows.filter { $0.shown == nil }
    if !gaps.isEmpty {
      parts.append("缺失数据（图中断开）：" + gaps.map { "\($0.district)\($0.year)年" }.joined(separator: "、") + "。")
    }
    return parts.joined()
  }

  /// Ratios and growth in one decimal; a huge one as 2E+307, not 308 digits (`%.1f` wrote them all).
  private static let oneDecimal = ValueFormat(decimals: 1, thousandsSeparator: false)

  /// "2023年最高为A（…），最低为B（…），最高是最低的1.6倍；平均为…。" for one set of bars.
  private static func extremes(
    _ values: [(String, Double)], prefix: String, unit: String, format: ValueFormat, withMean: Bool,
    meanOf: String? = nil
  ) -> String {
    guard let hi = values.max(by: { $0.1 < $1.1 }), let lo = values.min(by: { $0.1 < $1.1 }) else { return "" }
    if values.count == 1 { return "\(prefix)\(hi.0)为\(withUnit(hi.1, unit, format))。" }
    var s = "\(prefix)最高为\(hi.0)（\(withUnit(hi.1, unit, format))），最低为\(lo.0)（\(withUnit(lo.1, unit, format))）"
    if isRate(unit) {
      s += "，相差\(points(hi.1 - lo.1, format))个百分点"
    } else if lo.1 > 0 {
      s += "，最高是最低的\(Self.oneDecimal.format(hi.1 / lo.1))倍"
    }
    if withMean {
      let mean = values.map(\.1).reduce(0, +) / Double(values.count)
      s += "；\(meanOf ?? "")平均为\(withUnit(mean, unit, format))"
    }
    return s + "。"
  }

  /// Percentages and percentage points: their differences are in 个百分点.
  private static func isRate(_ unit: String) -> Bool { unit == "%" || unit == "个百分点" }

  /// A value with its unit once: the chart's format may already end in it ("3.29%").
  private static func withUnit(_ v: Double, _ unit: String, _ format: ValueFormat) -> String {
    let text = format.format(v)
    return text.hasSuffix(unit) ? text : text + unit
  }

  /// A difference of rates, with the chart's decimals and no suffix.
  private static func points(_ v: Double, _ format: ValueFormat) -> String {
    var plain = format
    plain.suffix = ""
    return plain.format(v)
  }

  private static func unitClause(_ unit: String) -> String { unit.isEmpty ? "" : "（单位：\(unit)）" }

  private static func orderedUnique(_ xs: [String]) -> [String] {
    var seen = Set<String>()
    return xs.filter { seen.insert($0).inserted }
  }
}
