import Foundation

/// The scorecard as text: a Markdown table with the findings quoted below it
/// (the style of `compare check`), CSV and JSON.
///
///     | 区县 | 年份 | 要求 | 状态 | 依据数字 | 来源 |
///     | 大足区 | 2021 | R2 按在校学生人数平均的…只增不减（分学段） | ! 声称达到但数据相反 | … 初中 增长 -2.52% ✗ … | 004.txt:27 |
public enum ScorecardText {
  public static func markdown(_ rows: [ScorecardRow]) -> String {
    var lines = ["| 区县 | 年份 | 要求 | 状态 | 依据数字 | 来源 |", "| --- | ---: | --- | --- | --- | --- |"]
    for r in rows {
      let cells = [
        r.district, String(r.year), "\(r.rule.id) \(r.rule.requirement)", "\(r.status.symbol) \(r.status.chinese)",
        (figures(r) + r.notes).joined(separator: "；"), sources(r).joined(separator: "；"),
      ]
      lines.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
    }
    // The findings as a list with the sentences nested, so Markdown keeps their lines apart.
    for finding in findings(rows) {
      let parts = finding.trimmingCharacters(in: .newlines).components(separatedBy: "\n  ")
      lines += ["", "- " + parts[0]] + parts.dropFirst().map { "  - " + $0 }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// - Parameter cell: applied to every text field before it is quoted (the CLI makes a
  ///   cell a spreadsheet would run as a formula, `=…`, plain text).
  public static func csv(_ rows: [ScorecardRow], cell: (String) -> String = { $0 }) -> String {
    var out = "district,year,rule,requirement,status,figures,notes,sources,claims,legal_source\n"
    for r in rows {
      let fields = [
        r.district, String(r.year), r.rule.id, r.rule.requirement, r.status.rawValue,
        figures(r).joined(separator: "; "),
        r.notes.joined(separator: "; "), sources(r).joined(separator: "; "),
        r.claims.map { PanelBuilder.cite($0.provenance, limit: nil) }.joined(separator: "; "), r.rule.source,
      ]
      out +=
        fields.enumerated().map { TidyCSVWriter.field($0.offset == 1 ? $0.element : cell($0.element)) }
        .joined(separator: ",") + "\n"
    }
    return out
  }

  public static func json(_ rows: [ScorecardRow]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n"
  }

  /// Each figure as `label value unit`, marked ✗ where it fails the test.
  static func figures(_ r: ScorecardRow) -> [String] {
    r.figures.map {
      "\($0.label) \(number($0.value, $0.unit))\($0.threshold.map { " \($0)" } ?? "")\($0.passes == false ? " ✗" : "")"
    }
  }

  /// file:line of each figure, then of each claim (声称), once each.
  static func sources(_ r: ScorecardRow) -> [String] {
    var seen: [String] = []
    for p in r.figures.map(\.provenance) {
      let s = place(p)
      if !seen.contains(s) { seen.append(s) }
    }
    for p in r.claims.map(\.provenance) {
      let s = "声称 " + place(p)
      if !seen.contains(s) && !seen.contains(place(p)) { seen.append(s) }
    }
    return seen
  }

  static func place(_ p: Provenance) -> String {
    (p.sourceFile.isEmpty ? "?" : p.sourceFile) + (p.line.map { ":\($0)" } ?? "")
  }

  /// Contradicted, not met, claimed-only rows and rows with notes, each with the
  /// whole sentences it rests on, once each — as `compare check` quotes them.
  public static func findings(_ rows: [ScorecardRow]) -> [String] {
    var out: [String] = []
    for r in rows where r.status == .contradicted || r.status == .notMet || r.status == .claimedOnly || !r.notes.isEmpty
    {
      var s = "\(r.status.rawValue): \(r.district) \(r.year) \(r.rule.id) \(r.rule.requirement)"
      let failing = r.figures.filter { $0.passes == false }
      switch r.status {
      case .contradicted:
        s += " — claimed, but " + failing.map { "\($0.label) \(number($0.value, $0.unit))" }.joined(separator: ", ")
      case .notMet: s += " — " + failing.map { "\($0.label) \(number($0.value, $0.unit))" }.joined(separator: ", ")
      case .claimedOnly: s += " — claimed, with no figure that shows it"
      default: break
      }
      if !r.notes.isEmpty { s += " (" + r.notes.joined(separator: "; ") + ")" }
      var cited = Set<String>()
      for p in r.claims.map(\.provenance) + r.figures.map(\.provenance) {
        let c = PanelBuilder.cite(p, limit: nil)
        if cited.insert(c).inserted { s += "\n  " + c }
      }
      out.append(s + "\n")
    }
    return out
  }

  /// 1693330000 元 → 16.9333亿元; 121694 元 stays; −2.52 %.
  static func number(_ v: Double, _ unit: String) -> String {
    if unit == "元", abs(v) >= 1e8 { return DecimalFormat.rounded(v / 1e8, places: 4) + "亿元" }
    if unit == "元", abs(v) >= 1e6 { return DecimalFormat.rounded(v / 1e4, places: 2) + "万元" }
    return DecimalFormat.shortest(v) + unit
  }
}
