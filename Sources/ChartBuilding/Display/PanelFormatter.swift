import Foundation
import Metrics

/// A ``Panel`` as a district × year table: CSV, Markdown or JSON.
///
///     PanelFormatter.markdown(p)
///     // 生均一般公共预算教育经费（单位：元）
///     //
///     // | 区县 | 2022 | 2023 |
///     // | --- | ---: | ---: |
///     // | 万州区 | 17500 | — |
///
/// Gaps are empty in CSV, `—` in Markdown and `null` in JSON — never 0. One
/// ``DisplayScale`` for the whole table; the header names it (and says nothing for
/// numbers without a unit). In JSON, derived cells carry their formula in `formulas`. Approximate
/// figures are marked `≈` and conflicting ones `!` in Markdown; warnings follow the table.
public enum PanelFormatter {
  public static func csv(_ p: Panel, scale: DisplayScale? = nil) -> String {
    let s = scale ?? DisplayScale.choose(for: p.presentValues, unit: p.unit)
    let unit = label(p, s)
    var out =
      TidyCSVWriter.field(unit.isEmpty ? "district" : "district (\(unit))") + ","
      + p.years.map(String.init).joined(separator: ",") + "\n"
    for d in p.districts {
      out += TidyCSVWriter.field(SpreadsheetSafe.text(d))
      for v in p.row(d) { out += "," + (v.map { s.format($0) } ?? "") }
      out += "\n"
    }
    return out
  }

  public static func markdown(_ p: Panel, scale: DisplayScale? = nil) -> String {
    let s = scale ?? DisplayScale.choose(for: p.presentValues, unit: p.unit)
    let unit = label(p, s)
    var lines = [
      "\(p.title)\(p.measure == .value ? "" : " — \(p.measure.rawValue)")\(unit.isEmpty ? "" : "（单位：\(unit)）")", "",
    ]
    lines.append(
      "| \(EntityNoun.guess(p.districts).noun) | " + p.years.map(String.init).joined(separator: " | ") + " |")
    lines.append("| --- |" + String(repeating: " ---: |", count: p.years.count))
    for d in p.districts {
      var cells: [String] = []
      for y in p.years {
        let c = p.cell(d, y)!
        guard let v = c.value else {
          cells.append("—")
          continue
        }
        var t = s.format(v)
        if c.flags.contains(.approximate) { t = "≈" + t }
        if c.flags.contains(.conflicting) { t += "!" }
        cells.append(t)
      }
      lines.append("| \(d.replacingOccurrences(of: "|", with: "\\|")) | " + cells.joined(separator: " | ") + " |")
    }
    if !p.warnings.isEmpty {
      lines.append("")
      lines += p.warnings.map { "- 注意：\($0.chinese)。" }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Values in base units (`unit`), with the suggested display scale alongside.
  public static func json(_ p: Panel) throws -> String {
    let s = DisplayScale.choose(for: p.presentValues, unit: p.unit)
    var object: [String: Any] = [
      "indicator": p.indicatorName,
      "measure": p.measure.rawValue,
      "unit": p.unit.symbol,
      "display": ["divisor": s.divisor, "unit": s.unitLabel],
      "years": p.years,
      "warnings": p.warnings.map { ["kind": $0.kind.rawValue, "message": $0.english] },
    ]
    object["indicator_id"] = p.indicator?.id ?? NSNull()
    object["level"] = p.level?.rawValue ?? NSNull()
    // A derived cell's formula with its operands, beside its value (null where none).
    let derived = p.districts.contains { d in p.years.contains { p.cell(d, $0)?.flags.contains(.derived) == true } }
    object["districts"] = p.districts.map { d -> [String: Any] in
      var entry: [String: Any] = [
        "district": d, "values": p.row(d).map { v -> Any in v.map { $0 as Any } ?? NSNull() },
      ]
      if derived {
        entry["formulas"] = p.years.map { y -> Any in
          let cell = p.cell(d, y)
          guard cell?.flags.contains(.derived) == true,
            let formula = cell?.provenance.first(where: { $0.sourceFile == Provenance.derivedFile })?.sourceText
          else { return NSNull() }
          return formula
        }
      }
      return entry
    }
    let data = try JSONSerialization.data(
      withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// The unit of the numbers shown; "" when they have none (a ratio, a rank), so that
  /// no header says `district (无单位)`.
  static func label(_ p: Panel, _ s: DisplayScale) -> String {
    s.unitLabel.isEmpty ? (p.measure == .value ? "" : p.measure.rawValue) : s.unitLabel
  }
}
