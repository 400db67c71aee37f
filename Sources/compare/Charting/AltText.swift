import Charts
import Foundation

/// Chinese descriptions of a chart for screen readers and captions: what is
/// compared, the highest and the lowest, and the change.
enum AltText {
  static func bar(title: String, rows: [BuiltChart.Row], unit: String, format: ValueFormat) -> String {
    let years = Array(Set(rows.map(\.year))).sorted()
    guard let last = years.last else { return "条形图：\(title)。无数据。" }
    let latest = rows.filter { $0.year == last && $0.shown != nil }
    let missing = rows.filter { $0.year == last && $0.shown == nil }.map(\.district)
    var parts = ["条形图：\(title)。"]
    parts.append("比较\(Set(rows.map(\.district)).count)个区县\(years.count > 1 ? "\(years.first!)—\(last)年" : "")的数值（单位：\(unit.isEmpty ? "无" : unit)）。")
    if let hi = latest.max(by: { $0.shown! < $1.shown! }), let lo = latest.min(by: { $0.shown! < $1.shown! }), latest.count > 1 {
      parts.append("\(last)年最高为\(hi.district)（\(format.format(hi.shown!))\(unitText(unit))），最低为\(lo.district)（\(format.format(lo.shown!))\(unitText(unit))）")
      if lo.shown! > 0 { parts.append("，最高是最低的\(String(format: "%.1f", hi.shown! / lo.shown!))倍") }
      let mean = latest.map { $0.shown! }.reduce(0, +) / Double(latest.count)
      parts.append("；平均为\(format.format(mean))\(unitText(unit))。")
    } else if let only = latest.first {
      parts.append("\(only.district)为\(format.format(only.shown!))\(unitText(unit))。")
    }
    if years.count > 1, let first = years.first {
      let grew = Set(rows.map(\.district)).filter { d in
        guard let a = rows.first(where: { $0.district == d && $0.year == first })?.shown,
          let b = rows.first(where: { $0.district == d && $0.year == last })?.shown
        else { return false }
        return b > a
      }
      parts.append("\(first)年至\(last)年，\(grew.count)个区县的数值上升。")
    }
    if !missing.isEmpty { parts.append("\(missing.joined(separator: "、"))无\(last)年数据。") }
    return parts.joined()
  }

  static func trend(title: String, rows: [BuiltChart.Row], unit: String, format: ValueFormat) -> String {
    let districts = orderedUnique(rows.map(\.district))
    let years = Array(Set(rows.map(\.year))).sorted()
    guard let y0 = years.first, let y1 = years.last else { return "折线图：\(title)。无数据。" }
    var parts = ["折线图：\(title)。\(districts.count)条折线，\(y0)—\(y1)年（单位：\(unit.isEmpty ? "无" : unit)）。"]
    var changes: [(String, Double, Double, Double)] = []
    for d in districts {
      let points = rows.filter { $0.district == d && $0.shown != nil }.sorted { $0.year < $1.year }
      guard let a = points.first, let b = points.last, a.year != b.year else { continue }
      changes.append((d, a.shown!, b.shown!, Double(b.year - a.year)))
    }
    if let top = changes.max(by: { $0.2 - $0.1 < $1.2 - $1.1 }) {
      parts.append("增加最多的是\(top.0)，由\(format.format(top.1))\(unitText(unit))增至\(format.format(top.2))\(unitText(unit))")
      if top.1 > 0 { parts.append("（增长\(String(format: "%.1f", (top.2 / top.1 - 1) * 100))%）") }
      parts.append("。")
    }
    if let hi = rows.filter({ $0.year == y1 && $0.shown != nil }).max(by: { $0.shown! < $1.shown! }) {
      parts.append("\(y1)年最高为\(hi.district)（\(format.format(hi.shown!))\(unitText(unit))）。")
    }
    let gaps = rows.filter { $0.shown == nil }
    if !gaps.isEmpty {
      parts.append("缺失数据（图中断开）：" + gaps.map { "\($0.district)\($0.year)年" }.joined(separator: "、") + "。")
    }
    return parts.joined()
  }

  private static func unitText(_ unit: String) -> String { unit == "%" ? "%" : unit }

  private static func orderedUnique(_ xs: [String]) -> [String] {
    var seen = Set<String>()
    return xs.filter { seen.insert($0).inserted }
  }
}
