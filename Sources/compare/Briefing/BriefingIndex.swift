import ChartBuilding
import Charts
import Foundation

/// The page that embeds a briefing's charts: Markdown for documents, and one HTML file for
/// the web or for a quick look — self-contained (images inlined) while the images are small
/// enough, linking them beside it otherwise (10,000 inlined charts made a 457 MB page).
struct BriefingIndex {
  var spec: BriefingSpec
  var results: [BriefingRunner.Result]
  /// Where the images are read from for inlining (the staging folder while a briefing is built).
  var imageDirectory: URL
  /// The duties scorecard section, when the spec asks for one.
  var duties: BriefingRunner.DutiesResult? = nil

  /// Past this many bytes of images, `index.html` links them instead of inlining them
  /// (unless the spec's `style: {inline_images: …}` decides).
  static let inlineLimit = 16 << 20

  /// Whether the HTML page carries its images inside it.
  func inlinesImages() -> Bool {
    if let forced = spec.inlineImages { return forced }
    var total = 0
    for f in results.flatMap(\.files) + (duties?.files ?? []) where f.hasSuffix(".png") || f.hasSuffix(".svg") {
      let size =
        (try? FileManager.default.attributesOfItem(atPath: imageDirectory.appendingPathComponent(f).path)[.size])
      total += (size as? Int) ?? 0
      if total > Self.inlineLimit { return false }
    }
    return true
  }

  func markdown() -> String {
    var out = "# \(md(spec.title))\n\n"
    if let s = spec.subtitle { out += "\(md(s))\n\n" }
    for p in spec.introduction { out += "\(md(p))\n\n" }
    for r in results {
      guard let built = r.built else {
        out += "## \(md(r.chart.request.title ?? r.chart.id))\n\n> 未能生成：\(md(r.error ?? ""))\n\n"
        continue
      }
      out += "## \(md(title(built)))\n\n"
      if let image = r.files.first(where: { $0.hasSuffix(".png") || $0.hasSuffix(".svg") }) {
        out += "![\(escapeMarkdown(built.altText))](\(image))\n\n"
      }
      if let caption = r.chart.caption { out += "\(md(caption))\n\n" }
      if let source = source(built) { out += "*\(md(source))*\n\n" }
      for w in built.notes { out += "> 注意：\(md(w))\n" }
      if !built.notes.isEmpty { out += "\n" }
      let others = r.files.filter { !$0.hasSuffix(".png") }
      out += "文件：" + others.map { "[\($0)](\($0))" }.joined(separator: " · ") + "\n\n"
    }
    return out + dutiesMarkdown()
  }

  func html() throws -> String {
    let inline = inlinesImages()
    var body = ""
    for r in results {
      guard let built = r.built else {
        body +=
          "<section class=\"failed\"><h2>\(esc(r.chart.request.title ?? r.chart.id))</h2><p>未能生成：\(esc(r.error ?? ""))</p></section>\n"
        continue
      }
      body += "<section id=\"\(esc(SafeFileName.make(r.chart.id)))\">\n<h2>\(esc(title(built)))</h2>\n<figure>\n"
      if !inline, let image = r.files.first(where: { $0.hasSuffix(".png") || $0.hasSuffix(".svg") }) {
        body +=
          "<img src=\"\(esc(image))\" alt=\"\(esc(built.altText))\" loading=\"lazy\" style=\"max-width:100%;height:auto\">\n"
      } else if let png = r.files.first(where: { $0.hasSuffix(".png") }) {
        let data = try Data(contentsOf: imageDirectory.appendingPathComponent(png))
        body +=
          "<img src=\"data:image/png;base64,\(data.base64EncodedString())\" alt=\"\(esc(built.altText))\" style=\"max-width:100%;height:auto\">\n"
      } else if let svg = r.files.first(where: { $0.hasSuffix(".svg") }) {
        let data = try Data(contentsOf: imageDirectory.appendingPathComponent(svg))
        body +=
          "<img src=\"data:image/svg+xml;base64,\(data.base64EncodedString())\" alt=\"\(esc(built.altText))\" style=\"max-width:100%;height:auto\">\n"
      }
      body += "<figcaption>\(esc(r.chart.caption ?? built.altText))"
      if let source = source(built) { body += "<br><small>\(esc(source))</small>" }
      body += "</figcaption>\n</figure>\n"
      for w in built.notes { body += "<p class=\"warning\">注意：\(esc(w))</p>\n" }
      body +=
        "<p class=\"files\">" + r.files.map { "<a href=\"\(esc($0))\">\(esc($0))</a>" }.joined(separator: " · ")
        + "</p>\n</section>\n"
    }
    return """
      <!doctype html>
      <html lang="zh-CN"><head><meta charset="utf-8"><title>\(esc(spec.title))</title>
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <style>
      body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222;line-height:1.6}
      figure{margin:0}figcaption{color:#444;font-size:.95em}.warning{color:#8a4b00;background:#fff6e5;padding:.3em .6em;border-left:3px solid #e69f00}
      .failed{color:#a00}.files{font-size:.85em;color:#666}section{margin-bottom:3em}
      </style></head><body>
      <h1>\(esc(spec.title))</h1>
      \(spec.subtitle.map { "<p>\(esc($0))</p>" } ?? "")
      \(spec.introduction.map { "<p>\(esc($0))</p>" }.joined(separator: "\n"))
      \(body)\(try dutiesHTML(inline: inline))</body></html>

      """
  }

  private func title(_ b: BuiltChart) -> String {
    switch b.spec {
    case .bar(let s): s.title
    case .trend(let s): s.title
    }
  }

  private func source(_ b: BuiltChart) -> String? {
    switch b.spec {
    case .bar(let s): s.source
    case .trend(let s): s.source
    }
  }

  private func esc(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
  }

  /// Text from the spec or the data in Markdown: HTML in it is shown, never run
  /// (a `<script>` in a title reached index.md raw).
  private func md(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  private func escapeMarkdown(_ s: String) -> String {
    s.replacingOccurrences(of: "[", with: "【").replacingOccurrences(of: "]", with: "】")
  }
}
