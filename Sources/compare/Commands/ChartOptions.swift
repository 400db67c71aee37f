import ArgumentParser
import Charts
import ChartBuilding
import Foundation
import Metrics

/// What to draw and how, shared by `bar` and `trend`.
struct ChartOptions: ParsableArguments {
  @Option(help: ArgumentHelp("The indicator, by Chinese or English name, alias or id.", valueName: "name"))
  var indicator: String

  @Option(help: ArgumentHelp("School level: 学前 小学 初中 义务教育 普通高中 高中阶段 中职 特殊教育 高校.", valueName: "level"))
  var level: String?

  @Option(help: ArgumentHelp("Which reported measure: value, growth_pct, change_abs, pp_diff, standard, target.", valueName: "measure"))
  var measure = "value"

  @Option(help: ArgumentHelp("With --measure pp_diff or change_abs: what the differences are taken against when the data holds several (高出省11个百分点、市7个百分点), e.g. 全省 or 全市.", valueName: "ref"))
  var comparedTo: String?

  @Option(help: ArgumentHelp("What to show: the reported values, or growth, an index to a base year, the rank, the gap to the mean/median/a standard (gap:1500), or prior-year values back-derived from a reported growth.", valueName: "view"))
  var view = "value"

  @Option(help: ArgumentHelp("With --view index: the base year (= 100).", valueName: "year"))
  var baseYear: Int?

  @Option(help: ArgumentHelp("Districts to show, comma-separated, in this order.", valueName: "a,b,…"))
  var districts: String?

  @Option(help: ArgumentHelp("Districts to highlight (the rest are muted), comma-separated.", valueName: "a,b,…"))
  var highlight: String?

  @Option(help: ArgumentHelp("A reference line: mean, median, or VALUE[:LABEL] in the indicator's unit (e.g. '1500:市级标准 1500元/生·年'). Repeatable.", valueName: "ref"))
  var reference: [String] = []

  @Option(help: "Chart title (default: derived from the indicator and years).")
  var title: String?

  @Option(help: "Subtitle.")
  var subtitle: String?

  @Option(help: "Source line (default: 数据来源： and the files the values came from).")
  var source: String?

  @Option(name: .customLong("note"), help: "A note under the chart. Repeatable.")
  var notes: [String] = []

  @Option(help: ArgumentHelp("Size in pixels (1200x800) or centimetres (16x10cm).", valueName: "WxH"))
  var size: String?

  @Option(help: ArgumentHelp("Resolution for PNG and for sizes in centimetres.", valueName: "dpi"))
  var dpi: Double?

  @Option(name: .shortAndLong, help: ArgumentHelp("Output file; the format follows the extension: .png, .svg, .pdf, or .text.svg (SVG with real text).", valueName: "file"))
  var output: String

  func request(kind: ChartRequest.Kind) throws -> ChartRequest {
    var r = ChartRequest(kind: kind, indicator: indicator)
    if let level {
      guard let l = SchoolLevel(parsing: level) else {
        throw ValidationError("unknown level '\(level)'; use one of \(SchoolLevel.allCases.map(\.rawValue).joined(separator: " "))")
      }
      r.level = l
    }
    guard let m = Measure(parsing: measure) else {
      throw ValidationError("unknown measure '\(measure)'; use one of \(Measure.allCases.map(\.rawValue).joined(separator: " "))")
    }
    r.measure = m
    r.comparedTo = comparedTo
    guard let v = PanelView(parsing: view, baseYear: baseYear) else {
      throw ValidationError("unknown view '\(view)'; use one of: \(PanelView.help)")
    }
    r.view = v
    r.districts = districts.map(Self.list)
    r.highlights = highlight.map(Self.list) ?? []
    r.references = try reference.map(Self.parseReference)
    r.title = title
    r.subtitle = subtitle
    r.source = source
    r.notes = notes
    if let size { r.size = try Self.parseSize(size, dpi: dpi) }
    r.dpi = dpi
    return r
  }

  func format() throws -> OutputFormat {
    guard let f = OutputFormat(path: output) else {
      throw ValidationError("cannot tell the format of '\(output)': use .png, .svg, .pdf or .text.svg")
    }
    return f
  }

  static func list(_ s: String) -> [String] {
    s.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }).map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  static func parseReference(_ s: String) throws -> ChartRequest.Reference {
    switch s.lowercased() {
    case "mean", "average", "均值", "平均": return .mean
    case "median", "中位数": return .median
    default:
      let parts = s.split(separator: ":", maxSplits: 1).map(String.init)
      guard let v = Double(parts[0].replacingOccurrences(of: ",", with: "")) else {
        throw ValidationError("reference '\(s)': expected mean, median or VALUE[:LABEL]")
      }
      return .value(v, label: parts.count > 1 ? parts[1] : parts[0])
    }
  }

  /// `1200x800` (pixels) or `16x10cm` (centimetres at `dpi`, default 300).
  static func parseSize(_ s: String, dpi: Double?) throws -> ChartSize {
    var t = s.lowercased().replacingOccurrences(of: "×", with: "x")
    let cm = t.hasSuffix("cm")
    if cm { t.removeLast(2) }
    let parts = t.split(separator: "x").compactMap { Double($0) }
    guard parts.count == 2, parts[0] > 0, parts[1] > 0, parts[0] <= 20000, parts[1] <= 20000 else {
      throw ValidationError("size '\(s)': expected WIDTHxHEIGHT in pixels (1200x800) or centimetres (16x10cm)")
    }
    return cm ? .centimetres(parts[0], parts[1], dpi: dpi ?? 300) : .pixels(parts[0], parts[1], dpi: dpi ?? 144)
  }
}
