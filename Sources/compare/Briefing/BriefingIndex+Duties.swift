import Foundation
import Metrics

/// The duties scorecard's section of the index: the chart, then a table of the
/// statuses, then the files (the full scorecard with figures and sources is duties.md).
extension BriefingIndex {
  static let dutiesTitle = "履行教育职责经费法定要求"

  func dutiesMarkdown() -> String {
    guard let duties else { return "" }
    var out = "## \(Self.dutiesTitle)\n\n"
    if let image = duties.files.first(where: { $0.hasSuffix(".png") || $0.hasSuffix(".svg") }) {
      out += "![各区县各项法定经费要求的达标情况](\(image))\n\n"
    }
    out += "| 区县 | 年份 | 要求 | 状态 |\n| --- | ---: | --- | --- |\n"
    for r in duties.rows {
      out +=
        "| \(cell(r.district)) | \(r.year) | \(r.rule.id) \(cell(r.rule.requirement)) | \(r.status.symbol) \(r.status.chinese) |\n"
    }
    out +=
      "\n文件：" + duties.files.filter { !$0.hasSuffix(".png") }.map { "[\($0)](\($0))" }.joined(separator: " · ") + "\n\n"
    return out
  }

  func dutiesHTML(inline: Bool) throws -> String {
    guard let duties else { return "" }
    var out = "<section id=\"duties\">\n<h2>\(html(Self.dutiesTitle))</h2>\n"
    let alt = "各区县各项法定经费要求的达标情况"
    if inline, let png = duties.files.first(where: { $0.hasSuffix(".png") }) {
      let data = try Data(contentsOf: imageDirectory.appendingPathComponent(png))
      out +=
        "<img src=\"data:image/png;base64,\(data.base64EncodedString())\" alt=\"\(alt)\" style=\"max-width:100%;height:auto\">\n"
    } else if let image = duties.files.first(where: { $0.hasSuffix(".png") || $0.hasSuffix(".svg") }) {
      out += "<img src=\"\(html(image))\" alt=\"\(alt)\" loading=\"lazy\" style=\"max-width:100%;height:auto\">\n"
    }
    out += "<table>\n<tr><th>区县</th><th>年份</th><th>要求</th><th>状态</th></tr>\n"
    for r in duties.rows {
      out +=
        "<tr><td>\(html(r.district))</td><td>\(r.year)</td><td>\(html(r.rule.id + " " + r.rule.requirement))</td><td>\(r.status.symbol) \(html(r.status.chinese))</td></tr>\n"
    }
    out +=
      "</table>\n<p class=\"files\">"
      + duties.files.map { "<a href=\"\(html($0))\">\(html($0))</a>" }.joined(separator: " · ") + "</p>\n</section>\n"
    return out
  }

  private func cell(_ s: String) -> String {
    s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(
      of: ">", with: "&gt;")
  }

  private func html(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }
}
