import ChartBuilding
import Charts
import Foundation
import Metrics
import Yams

/// A briefing: data sources, shared style and a list of charts, read from YAML
/// or JSON. Every entry keeps its line in the spec so that errors can name it.
///
/// ```yaml
/// title: 区县教育经费比较
/// data:
///   - id: cq
///     file: chongqing_per_student.csv
///   - report: ../shared/seeds/000_fbdfa655b18779ee.txt
/// style: { size: 1200x800, formats: [png, svg] }
/// charts:
///   - id: per-student-2023
///     kind: bar
///     data: [cq]
///     indicator: 生均一般公共预算教育经费
///     year: 2023
///     reference: [mean]
/// ```
struct BriefingSpec {
  struct Source {
    var id: String
    var path: URL
    var isReport: Bool
    var wide: WideTableReader?
    var line: Int
  }

  struct Chart {
    var id: String
    var request: ChartRequest
    var formats: [OutputFormat]
    /// Source ids; empty means all sources.
    var data: [String]
    var caption: String?
    var line: Int
  }

  var file: String
  var title: String
  var subtitle: String?
  var outputDirectory: URL?
  /// `style: {inline_images: true|false}`: whether index.html carries its images; nil decides
  /// by their size (``BriefingIndex/inlineLimit``).
  var inlineImages: Bool? = nil
  var sources: [Source]
  var charts: [Chart]
  /// `duties: {data: [ids], formats: [png]}`: the duties scorecard as a section (see `compare duties`).
  var duties: Duties? = nil
  /// `introduction:` paragraphs that open the briefing (after the title).
  var introduction: [String] = []
  /// `docx:` the Word document written beside the index, and the page charts are laid out for.
  var document = DocumentSettings()

  struct Duties {
    /// Source ids; empty means all sources.
    var data: [String]
    var formats: [OutputFormat]
    var line: Int
  }
}

/// A spec error with its place: `briefing.yaml:12: chart 'x': …`.
struct SpecError: Error, CustomStringConvertible {
  var file: String
  var line: Int?
  var message: String
  var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

extension BriefingSpec {
  /// Parses a spec file; relative paths inside it are relative to the spec's folder.
  static func load(_ url: URL) throws -> BriefingSpec {
    let name = url.path
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
      throw SpecError(file: name, line: nil, message: "cannot read the briefing spec (missing file or not UTF-8)")
    }
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw SpecError(file: name, line: 1, message: "the spec is empty")
      }
      root = node
    } catch let e as YamlError {
      throw SpecError(file: name, line: Self.line(of: e), message: "not valid YAML or JSON: \(Self.problem(of: e))")
    }
    return try SpecParser(file: name, base: url.deletingLastPathComponent()).parse(root)
  }

  private static func line(of e: YamlError) -> Int? {
    switch e {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
    default: return nil
    }
  }

  private static func problem(of e: YamlError) -> String {
    switch e {
    case .scanner(let c, let p, let m, _), .parser(let c, let p, let m, _), .composer(let c, let p, let m, _):
      return [c?.text, p, "(column \(m.column))"].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    default: return "\(e)"
    }
  }
}

/// Reads the YAML node tree into a ``BriefingSpec``, naming the line of every mistake.
struct SpecParser {
  var file: String
  var base: URL

  func fail(_ node: Node?, _ message: String) -> SpecError {
    SpecError(file: file, line: node?.mark?.line, message: message)
  }

  func mapping(_ node: Node, _ what: String) throws -> Node.Mapping {
    guard let m = node.mapping else { throw fail(node, "\(what) must be a mapping (key: value)") }
    return m
  }

  func string(_ node: Node?, _ what: String) throws -> String? {
    guard let node else { return nil }
    guard let s = node.scalar?.string else { throw fail(node, "\(what) must be a text value") }
    return s
  }

  func strings(_ node: Node?, _ what: String) throws -> [String] {
    guard let node else { return [] }
    if let s = node.scalar?.string { return ChartOptions.list(s) }
    guard let seq = node.sequence else { throw fail(node, "\(what) must be a list") }
    return try seq.map { try string($0, what)! }
  }

  func int(_ node: Node?, _ what: String) throws -> Int? {
    guard let node else { return nil }
    guard let s = node.scalar?.string, let v = Int(s) else { throw fail(node, "\(what) must be a whole number") }
    return v
  }

  func check(_ m: Node.Mapping, allowed: Set<String>, _ what: String) throws {
    for (k, _) in m {
      let key = k.scalar?.string ?? ""
      if !allowed.contains(key) {
        throw fail(k, "unknown key '\(key)' in \(what); known keys: \(allowed.sorted().joined(separator: ", "))")
      }
    }
  }

  func parse(_ root: Node) throws -> BriefingSpec {
    let m = try mapping(root, "the spec")
    try check(
      m, allowed: ["title", "subtitle", "introduction", "output_dir", "data", "style", "charts", "duties", "docx"],
      "the spec")
    let title = try string(m["title"], "title") ?? "简报"
    var spec = BriefingSpec(
      file: file, title: title, subtitle: try string(m["subtitle"], "subtitle"),
      // An absolute output_dir is honoured as written; a relative one is relative to the spec's folder.
      outputDirectory: try string(m["output_dir"], "output_dir").map {
        URL(fileURLWithPath: $0, isDirectory: true, relativeTo: base).standardizedFileURL
      },
      sources: [], charts: [])
    guard let data = m["data"]?.sequence, !data.isEmpty else {
      throw fail(m["data"] ?? root, "'data' must list at least one source (file: table.csv, or report: report.txt)")
    }
    for (i, node) in data.enumerated() {
      spec.sources.append(try source(node, index: i))
    }
    let style = try m["style"].map { try mapping($0, "style") }
    if let style {
      try check(
        style, allowed: ["size", "dpi", "formats", "source", "notes", "inline_images", "entity", "uncatalogued_note"],
        "style")
      if let node = style["inline_images"] {
        guard let b = node.bool else { throw fail(node, "inline_images must be true or false") }
        spec.inlineImages = b
      }
    }
    if let node = m["duties"] { spec.duties = try duties(node, style: style, sources: spec.sources) }
    spec.introduction = try paragraphs(m["introduction"])
    if let node = m["docx"] { spec.document = try document(node) }
    let charts = m["charts"]?.sequence.map(Array.init) ?? []
    guard !charts.isEmpty || spec.duties != nil else {
      throw fail(m["charts"] ?? root, "'charts' must list at least one chart (or give a 'duties' section)")
    }
    var ids = Set<String>()
    // Ids become file names after cleaning (a/b and a:b are both a_b): two charts must not share one.
    var fileNames: [String: BriefingSpec.Chart] = [:]
    for (i, node) in charts.enumerated() {
      let c = try chart(node, index: i, style: style, sources: spec.sources)
      guard ids.insert(c.id).inserted else { throw fail(node, "chart id '\(c.id)' is used twice") }
      let name = SafeFileName.make(c.id)
      if spec.duties != nil, name == BriefingSpec.dutiesFileName {
        throw fail(node, "chart id '\(c.id)' becomes the file name of the duties scorecard; rename it")
      }
      if let other = fileNames[name] {
        throw fail(
          node,
          "chart ids '\(other.id)' (line \(other.line)) and '\(c.id)' both become the file name '\(name)'; rename one")
      }
      fileNames[name] = c
      spec.charts.append(c)
    }
    return spec
  }

  func source(_ node: Node, index: Int) throws -> BriefingSpec.Source {
    let m = try mapping(node, "a data source")
    try check(m, allowed: ["id", "file", "report", "wide", "district_column", "year_column"], "a data source")
    let file = try string(m["file"], "file"), report = try string(m["report"], "report")
    guard let path = file ?? report, (file == nil) != (report == nil) else {
      throw fail(node, "a data source needs exactly one of 'file' (a table) or 'report' (a report to extract)")
    }
    let url = URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw fail(m["file"] ?? m["report"], "no such file: \(path) (looked for \(url.path))")
    }
    var wide: WideTableReader? = nil
    if m["wide"]?.bool == true {
      wide = WideTableReader(
        districtColumn: try string(m["district_column"], "district_column") ?? "district",
        yearColumn: try string(m["year_column"], "year_column") ?? "year")
    }
    let id = try string(m["id"], "id") ?? url.deletingPathExtension().lastPathComponent
    return .init(id: id, path: url, isReport: report != nil, wide: wide, line: node.mark?.line ?? 0)
  }

  /// `duties: {data: [ids], formats: [png, svg]}`; formats default to the style's.
  func duties(_ node: Node, style: Node.Mapping?, sources: [BriefingSpec.Source]) throws -> BriefingSpec.Duties {
    let m = try mapping(node, "duties")
    try check(m, allowed: ["data", "formats"], "duties")
    let data = try strings(m["data"], "data")
    for d in data where !sources.contains(where: { $0.id == d }) {
      throw fail(m["data"], "no data source with id '\(d)'; the spec has \(sources.map(\.id).joined(separator: ", "))")
    }
    var formats: [OutputFormat] = []
    for f in try strings(m["formats"] ?? style?["formats"], "formats") {
      guard let format = OutputFormat(path: "x.\(f)") else {
        throw fail(m["formats"] ?? style?["formats"], "unknown format '\(f)'; use png, svg, pdf or text.svg")
      }
      formats.append(format)
    }
    return .init(data: data, formats: formats.isEmpty ? [.png] : formats, line: node.mark?.line ?? 0)
  }

  static let chartKeys: Set<String> = [
    "id", "kind", "data", "indicator", "level", "measure", "compared_to", "view", "base_year", "year", "years",
    "districts",
    "highlight", "reference", "title", "subtitle", "source", "notes", "caption", "orientation", "sort", "stacked",
    "top", "size", "dpi", "formats", "by", "entity", "uncatalogued_note",
    "aggregate",
  ]

  func chart(_ node: Node, index: Int, style: Node.Mapping?, sources: [BriefingSpec.Source]) throws
    -> BriefingSpec.Chart
  {
    let m = try mapping(node, "a chart")
    try check(m, allowed: Self.chartKeys, "a chart")
    guard let kindText = try string(m["kind"], "kind"), let kind = ChartRequest.Kind(rawValue: kindText) else {
      throw fail(m["kind"] ?? node, "a chart needs 'kind: bar' or 'kind: trend'")
    }
    guard let indicator = try string(m["indicator"], "indicator") else {
      throw fail(node, "a chart needs an 'indicator'")
    }
    var r = ChartRequest(kind: kind, indicator: indicator)
    if let l = try string(m["level"], "level") {
      guard let level = SchoolLevel(parsing: l) else {
        throw fail(
          m["level"], "unknown level '\(l)'; use one of \(SchoolLevel.allCases.map(\.rawValue).joined(separator: " "))")
      }
      r.level = level
    }
    if let s = try string(m["measure"], "measure") {
      guard let measure = Measure(parsing: s) else { throw fail(m["measure"], "unknown measure '\(s)'") }
      r.measure = measure
    }
    r.comparedTo = try string(m["compared_to"], "compared_to")
    if let s = try string(m["aggregate"], "aggregate") {
      guard let a = Aggregation(rawValue: s) else {
        throw fail(
          m["aggregate"], "aggregate must be one of: \(Aggregation.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      r.aggregate = a
    }
    if let s = try string(m["view"], "view") {
      guard let v = PanelView(parsing: s, baseYear: try int(m["base_year"], "base_year")) else {
        throw fail(m["view"], "view must be one of: \(PanelView.help)")
      }
      r.view = v
    }
    if let s = try string(m["by"], "by") {
      guard let c = ChartRequest.Categories(rawValue: s) else { throw fail(m["by"], "by must be districts or levels") }
      r.categories = c
    }
    if let y = try int(m["year"], "year") { r.years = y...y }
    if let s = try string(m["years"], "years") {
      do { r.years = try YearSpan.parse(s) } catch { throw fail(m["years"], "years must look like 2015-2024") }
    }
    let districts = try strings(m["districts"], "districts")
    r.districts = districts.isEmpty ? nil : districts
    r.highlights = try strings(m["highlight"], "highlight")
    if let refs = m["reference"] {
      let items = refs.sequence.map(Array.init) ?? [refs]
      for item in items {
        if let s = item.scalar?.string {
          do { r.references.append(try ChartOptions.parseReference(s)) } catch {
            throw fail(item, "reference: mean, median or VALUE:LABEL")
          }
        } else if let rm = item.mapping, let v = rm["value"]?.float {
          r.references.append(.value(v, label: try string(rm["label"], "label") ?? "\(v)"))
        } else {
          throw fail(item, "reference: mean, median, VALUE:LABEL or {value: 1500, label: 市级标准}")
        }
      }
    }
    r.title = try string(m["title"], "title")
    r.subtitle = try string(m["subtitle"], "subtitle")
    r.source = try string(m["source"], "source") ?? string(style?["source"], "style.source")
    r.notes = try strings(m["notes"], "notes") + strings(style?["notes"], "style.notes")
    if let s = try string(m["orientation"], "orientation") {
      guard let o = BarChartSpec.Orientation(rawValue: s) else {
        throw fail(m["orientation"], "orientation: horizontal or vertical")
      }
      r.orientation = o
    }
    if let s = try string(m["sort"], "sort") {
      guard let o = BarSort(rawValue: s) else { throw fail(m["sort"], "sort: descending, ascending or given") }
      r.sort = o
    }
    r.stacked = m["stacked"]?.bool ?? false
    r.top = try int(m["top"], "top")
    r.entity = try string(m["entity"], "entity") ?? string(style?["entity"], "style.entity")
    r.uncataloguedNote = (m["uncatalogued_note"] ?? style?["uncatalogued_note"])?.bool ?? false
    let dpi = m["dpi"]?.float ?? style?["dpi"]?.float
    r.dpi = dpi
    if let s = try string(m["size"], "size") ?? string(style?["size"], "style.size") {
      do { r.size = try ChartOptions.parseSize(s, dpi: dpi) } catch {
        throw fail(m["size"] ?? style?["size"], "size must look like 1200x800 or 16x10cm")
      }
    }
    var formats: [OutputFormat] = []
    for f in try strings(m["formats"] ?? style?["formats"], "formats") {
      guard let format = OutputFormat(path: "x.\(f)") else {
        throw fail(m["formats"] ?? style?["formats"], "unknown format '\(f)'; use png, svg, pdf or text.svg")
      }
      formats.append(format)
    }
    let data = try strings(m["data"], "data")
    for d in data where !sources.contains(where: { $0.id == d }) {
      throw fail(m["data"], "no data source with id '\(d)'; the spec has \(sources.map(\.id).joined(separator: ", "))")
    }
    let id = try string(m["id"], "id") ?? "chart-\(index + 1)"
    return .init(
      id: id, request: r, formats: formats.isEmpty ? [.png] : formats, data: data,
      caption: try string(m["caption"], "caption"), line: node.mark?.line ?? 0)
  }
}
