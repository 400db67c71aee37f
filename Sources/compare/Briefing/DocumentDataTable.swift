import ChartBuilding
import Charts
import Docx

/// A chart's data (the rows of its `<id>.csv`) as a Word table a reader can check and edit:
/// one row per district, one column per series (year, school level), or per year for a
/// trend; numbers as the chart writes them, `—` where a value is missing, the unit above.
///
/// ```
/// 单位：元
/// | 区县   | 2021年 | 2022年 |
/// | 渝中区 | 24,774 | —      |
/// ```
struct DocumentDataTable {
  var built: BuiltChart

  /// The missing-value mark of Chinese statistical tables.
  static let missing = "—"

  /// A row's label and its column: trends (series = district) spread years across; bars
  /// spread their series (years or levels) across, and name each district's year when
  /// the series are not years and the years differ.
  func cells() -> (header: [String], rows: [[String]]) {
    let rows = built.rows
    let isTrend = rows.allSatisfy { $0.series == $0.district }
    let seriesAreYears = rows.allSatisfy { $0.series == "\($0.year)" }
    let yearsDiffer = Set(rows.map(\.year)).count > 1
    func column(_ r: BuiltChart.Row) -> String {
      isTrend || seriesAreYears ? "\(r.year)年" : r.series
    }
    func label(_ r: BuiltChart.Row) -> String {
      !isTrend && !seriesAreYears && yearsDiffer ? "\(r.district)（\(r.year)年）" : r.district
    }
    var columns: [String] = []
    var labels: [String] = []
    var values: [String: [String: Double?]] = [:]
    for r in rows {
      let c = column(r), l = label(r)
      if !columns.contains(c) { columns.append(c) }
      if values[l] == nil { labels.append(l) }
      values[l, default: [:]][c] = r.shown
    }
    labels = chartOrder(labels, columns: columns, values: values)
    let format = valueFormat()
    let body = labels.map { l in
      [l] + columns.map { c in (values[l]?[c] ?? nil).map { format.format($0) } ?? Self.missing }
    }
    return (["区县"] + columns, body)
  }

  /// Rows in the order the bars are drawn: a sorted bar chart sorts its districts by the last
  /// series (by the total when stacked), missing values last; otherwise the data's order.
  func chartOrder(_ labels: [String], columns: [String], values: [String: [String: Double?]]) -> [String] {
    guard case .bar(let s) = built.spec, s.sort != .given, let last = columns.last,
      Set(labels).isSubset(of: Set(s.categories))
    else { return labels }
    func key(_ l: String) -> Double? {
      guard let row = values[l] else { return nil }
      if s.stacked {
        let all = columns.compactMap { row[$0] ?? nil }
        return all.isEmpty ? nil : all.reduce(0, +)
      }
      return row[last] ?? nil
    }
    return labels.enumerated().sorted { a, b in
      switch (key(a.element), key(b.element)) {
      case let (x?, y?): return x != y ? (s.sort == .descending ? x > y : x < y) : a.offset < b.offset
      case (nil, nil): return a.offset < b.offset
      case (nil, _): return false
      case (_, nil): return true
      }
    }.map(\.element)
  }

  /// The chart's own number format (same decimals as its labels).
  func valueFormat() -> ValueFormat {
    let f: ValueFormat
    switch built.spec {
    case .bar(let s): f = s.valueFormat
    case .trend(let s): f = s.valueFormat
    }
    return f.resolved(for: built.rows.compactMap(\.shown))
  }

  func blocks() -> [WordDocument.Block] {
    let (header, rows) = cells()
    let unit = built.displayUnit.isEmpty ? nil : "单位：\(built.displayUnit)"
    return [.table(WordTable(header: header, rows: rows, unit: unit))]
  }
}
