import ChartBuilding
import Foundation
import Metrics

/// The table a chart shows, and where each value came from, as CSV files that
/// sit beside the chart.
enum DataTableWriter {
  /// `series,district,year,value_shown,unit_shown,value,unit,approx,derived`
  static func data(_ b: BuiltChart) -> String {
    var out = "series,district,year,value_shown,unit_shown,value,unit,approx,derived\n"
    for r in b.rows {
      out +=
        [
          SpreadsheetSafe.text(r.series), SpreadsheetSafe.text(r.district), "\(r.year)", r.shown.map(number) ?? "",
          SpreadsheetSafe.text(b.displayUnit), r.value.map(number) ?? "", SpreadsheetSafe.text(r.unit),
          r.flags.contains(.approximate) ? "true" : "false", r.flags.contains(.derived) ? "true" : "false",
        ].map(csvField).joined(separator: ",") + "\n"
    }
    return out
  }

  /// `district,year,value,source_file,line,source_text`: one row per source of each value.
  static func provenance(_ b: BuiltChart) -> String {
    var out = "district,year,value,source_file,line,source_text\n"
    for r in b.rows where r.value != nil {
      for p in r.sources {
        out +=
          [
            SpreadsheetSafe.text(r.district), "\(r.year)", r.value.map(number) ?? "",
            SpreadsheetSafe.text(p.sourceFile),
            p.line.map(String.init) ?? "", SpreadsheetSafe.text(p.sourceText),
          ]
          .map(csvField).joined(separator: ",") + "\n"
      }
    }
    return out
  }

  static func number(_ v: Double) -> String {
    if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
    // 1e308 as its shortest round-tripping form (`1e+308`), not the 309 digits of its binary value.
    if abs(v) >= 1e15 { return v.description }
    var s = String(format: "%.6f", v)
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s
  }

  static func csvField(_ s: String) -> String {
    s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
      ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
  }
}
