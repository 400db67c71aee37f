import ArgumentParser
import ChartBuilding
import Foundation
import Metrics

/// Each district's compound annual growth rate, (v[to] / v[from])^(1 / (to − from)) − 1,
/// for `table --cagr`: CSV `district,cagr_pct,from,to`, a Markdown table, or JSON;
/// empty (—, null) where a year is missing.
struct CAGRListing {
  let panel: Panel
  let from: Int
  let to: Int
  let rates: [String: Double?]

  init(panel: Panel, span: ClosedRange<Int>) throws {
    guard span.lowerBound < span.upperBound else {
      throw ValidationError("--cagr needs two different years, e.g. 2015-2024")
    }
    self.panel = panel
    (from, to) = (span.lowerBound, span.upperBound)
    rates = panel.cagr(from: from, to: to)
  }

  private func rate(_ district: String) -> Double? { rates[district] ?? nil }

  /// The listing, ending with a newline.
  func text(_ format: TableFormat) throws -> String {
    switch format {
    case .csv:
      var out = "district,cagr_pct,from,to\n"
      for d in panel.districts {
        out += "\(DataTableWriter.csvField(d)),\(rate(d).map { String(format: "%.2f", $0) } ?? ""),\(from),\(to)\n"
      }
      return out
    case .markdown:
      var out = "\(panel.title) \(from)—\(to)年年均增长率（%，由本工具计算）\n\n| 区县 | 年均增长率 |\n| --- | ---: |\n"
      for d in panel.districts {
        out +=
          "| \(d.replacingOccurrences(of: "|", with: "\\|")) | \(rate(d).map { String(format: "%.2f", $0) } ?? "—") |\n"
      }
      return out
    case .json:
      let object: [String: Any] = [
        "indicator": panel.indicatorName, "from": from, "to": to,
        "districts": panel.districts.map { d -> [String: Any] in
          ["district": d, "cagr_pct": rate(d).map { $0 as Any } ?? NSNull()]
        },
      ]
      let data = try JSONSerialization.data(
        withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
      return String(decoding: data, as: UTF8.self) + "\n"
    }
  }
}
