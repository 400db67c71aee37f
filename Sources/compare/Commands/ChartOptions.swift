import ArgumentParser
import ChartBuilding
import Charts
import Foundation
import Metrics

/// How to draw and where to write, shared by `bar` and `trend`.
struct ChartOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Districts to show, comma-separated, in this order.", valueName: "a,b,…"))
  var districts: String?

  @Option(
    name: .customLong("district"),
    help: ArgumentHelp(
      "One district to show, its name taken whole (for a name with a comma). Repeatable; after those of --districts.",
      valueName: "name"))
  var districtNames: [String] = []

  @Option(help: ArgumentHelp("Districts to highlight (the rest are muted), comma-separated.", valueName: "a,b,…"))
  var highlight: String?

  @Option(help: ArgumentHelp("A reference line. Repeatable.", valueName: "ref"))
  var reference: [ChartRequest.Reference] = []

  @Option(help: "Chart title (default: derived from the indicator and years).")
  var title: String?

  @Option(help: "Subtitle.")
  var subtitle: String?

  @Option(help: "Source line (default: 数据来源： and the files the values came from).")
  var source: String?

  @Option(name: .customLong("note"), help: "A note under the chart. Repeatable.")
  var notes: [String] = []

  @Option(
    help: ArgumentHelp(
      "What the places are called in titles and notes, e.g. 国家 (default: 区县 when the names are Chinese districts or counties, else 地区).",
      valueName: "noun"))
  var entity: String?

  @Flag(help: "Also note under the chart that the indicator is not in the catalog (always said on the terminal).")
  var uncataloguedNote = false

  @Option(help: ArgumentHelp("Size in pixels (1200x800) or centimetres (16x10cm).", valueName: "WxH"))
  var size: String?

  @Option(help: ArgumentHelp("Resolution for PNG and for sizes in centimetres.", valueName: "dpi"))
  var dpi: Double?

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Output file; the format follows the extension: .png, .svg, .pdf, or .text.svg (SVG with real text).",
      valueName: "file"))
  var output: String

  /// The request for a chart of `kind` showing what `selection` picks.
  func request(kind: ChartRequest.Kind, selection: SelectionOptions) throws -> ChartRequest {
    var r = ChartRequest(kind: kind, indicator: selection.indicator)
    r.level = selection.level
    r.measure = selection.measure
    r.comparedTo = selection.comparedTo
    r.view = selection.panelView
    r.aggregate = selection.aggregate
    let shown = (districts.map(Self.list) ?? []) + districtNames.map { $0.trimmingCharacters(in: .whitespaces) }
    r.districts = shown.isEmpty ? nil : shown
    r.highlights = highlight.map(Self.list) ?? []
    r.references = reference
    r.title = title
    r.subtitle = subtitle
    r.source = source
    r.notes = notes
    r.entity = entity
    r.uncataloguedNote = uncataloguedNote
    if let dpi, !(dpi.isFinite && ChartSize.dpiRange.contains(dpi)) {
      throw ValidationError(
        "--dpi \(dpi): use \(Int(ChartSize.dpiRange.lowerBound))–\(Int(ChartSize.dpiRange.upperBound)) (144 for screens, 300 for print)"
      )
    }
    if let size {
      do { r.size = try Self.parseSize(size, dpi: dpi).validated() } catch let e as ChartSizeError {
        throw ValidationError("--size \(size): \(e.description)")
      }
    }
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
      guard let first = parts.first, let v = Double(first.replacingOccurrences(of: ",", with: "")) else {
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
