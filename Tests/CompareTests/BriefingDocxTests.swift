import Docx
import Foundation
import Testing
import ZIPFoundation

@testable import compare

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `briefing.docx`: the Word draft of a briefing, checked as a package (what Word checks
/// before it offers to repair a file) and as a document (pictures, captions, tables).
@Suite("compare briefing: briefing.docx")
struct BriefingDocxTests {
  let tmp: TemporaryDirectory
  var dir: URL { tmp.url }
  init() throws { tmp = try TemporaryDirectory() }

  /// The sample data beside a spec; the briefing's output folder.
  func run(_ yaml: String, _ extra: [String] = []) throws -> (CLIRunner.Output, URL) {
    try FileManager.default.copyItem(at: CLIRunner.sampleCSV, to: dir.appendingPathComponent("data.csv"))
    try FileManager.default.copyItem(at: CLIRunner.seedFacts, to: dir.appendingPathComponent("seeds.csv"))
    let spec = try CLIRunner.write(yaml, to: "spec.yaml", in: dir)
    let out = dir.appendingPathComponent("out")
    return (try CLIRunner.run(["briefing", spec.path, "--output-dir", out.path, "--quiet"] + extra), out)
  }

  static let threeCharts = """
    title: 区县教育经费比较
    subtitle: 测试简报
    introduction: |
      第一段引言。

      第二段引言。
    data:
      - {id: cq, file: data.csv}
      - {id: seeds, file: seeds.csv}
    docx: {tables: true}
    charts:
      - {id: bar, kind: bar, data: [cq], indicator: 生均一般公共预算教育经费, year: 2023, districts: [渝中区, 江北区, 城口县], reference: [mean]}
      - {id: trend, kind: trend, data: [cq], indicator: 生均一般公共预算教育经费, years: 2019-2023, districts: [渝中区, 城口县]}
      - {id: levels, kind: bar, by: levels, data: [seeds], indicator: 生均一般公共预算教育经费, measure: growth_pct,
         districts: [沙坪坝区, 大足区, "*县"], sort: given, caption: 三地数据年份不同，仅作示意。}
    """

  /// The parts of a .docx.
  static func parts(_ url: URL) throws -> [String: Data] {
    let archive = try Archive(url: url, accessMode: .read)
    var parts: [String: Data] = [:]
    for entry in archive {
      var bytes = Data()
      _ = try archive.extract(entry) { bytes.append($0) }
      parts[entry.path] = bytes
    }
    return parts
  }

  @Test func aBriefingWritesASoundWordDocumentWithEveryChartInOrder() throws {
    let (r, out) = try run(Self.threeCharts)
    #expect(r.status == 0, "\(r.stderr)")
    let docx = out.appendingPathComponent("briefing.docx")
    let bytes = try Data(contentsOf: docx)
    #expect(DocxPackageCheck.problems(in: bytes) == [])
    let parts = try Self.parts(docx)
    let xml = try #require(parts["word/document.xml"])
    let doc = WordXML(xml)
    // Title, subtitle, the introduction's two paragraphs, then per chart: heading, picture, caption.
    #expect(doc.paragraphs.prefix(4) == ["区县教育经费比较", "测试简报", "第一段引言。", "第二段引言。"])
    let captions = doc.paragraphs.filter { $0.hasPrefix("图") && $0.count > 2 && $0.dropFirst().first!.isNumber }
    #expect(captions.count == 3)
    #expect(captions.enumerated().allSatisfy { $0.element.hasPrefix("图\($0.offset + 1) ") })
    // Each picture carries the chart's alt text, as index.md gives it.
    let index = try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8)
    let alts = index.split(separator: "\n").filter { $0.hasPrefix("![") }.map {
      String($0.dropFirst(2).prefix { $0 != "]" })
    }
    #expect(doc.descriptions.count == 3)
    for (descr, alt) in zip(doc.descriptions, alts) {
      #expect(descr.replacingOccurrences(of: "[", with: "【").replacingOccurrences(of: "]", with: "】") == alt)
    }
    // The pictures are laid out for the document: as wide as the chart's PNG, shorter by the
    // title and source the document says around them (the file keeps them).
    let picture = try #require(parts["word/media/image1.png"])
    let file = try Data(contentsOf: out.appendingPathComponent("bar.png"))
    let size = { (png: Data) in
      (png[16..<20].reduce(0) { $0 << 8 | Int($1) }, png[20..<24].reduce(0) { $0 << 8 | Int($1) })
    }
    #expect(size(picture).0 == size(file).0 && size(picture).1 < size(file).1, "\(size(picture)) \(size(file))")
    // Warnings are in the document: the three districts' years differ.
    #expect(doc.paragraphs.contains { $0.hasPrefix("注意：") && $0.contains("年份不同") })
    #expect(doc.paragraphs.contains("三地数据年份不同，仅作示意。"))
  }

  @Test func theSampleBriefingsDocumentIsSoundAndHoldsEveryChart() throws {
    let spec = CLIRunner.packageRoot.appendingPathComponent("samples/briefing.yaml")
    let out = dir.appendingPathComponent("sample")
    let r = try CLIRunner.run(["briefing", spec.path, "--output-dir", out.path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    let docx = out.appendingPathComponent("briefing.docx")
    #expect(DocxPackageCheck.problems(in: try Data(contentsOf: docx)) == [])
    let parts = try Self.parts(docx)
    let doc = WordXML(try #require(parts["word/document.xml"]))
    let text = try String(contentsOf: spec, encoding: .utf8)
    let chartList = try #require(text.range(of: "\ncharts:")).upperBound
    let charts = text[chartList...].split(separator: "\n").filter { $0.hasPrefix("  - id: ") }.count
    #expect(charts >= 7)
    // One caption per chart, a continued one (图N（续）) under each further part of a split ranking.
    let numbered = doc.paragraphs.filter { $0.range(of: "^图\\d+ ", options: .regularExpression) != nil }
    let continued = doc.paragraphs.filter { $0.range(of: "^图\\d+（续） ", options: .regularExpression) != nil }
    #expect(numbered.count == charts && continued.count >= 2, "\(continued)")
    #expect(doc.descriptions.count == charts + continued.count && doc.tables.count == charts)
    // Every picture inside the 15.6 cm text width.
    #expect(doc.extents.allSatisfy { $0 <= 5_616_000 })
  }

  /// All 38 districts: two pictures of 19 bars, captioned 图1 and 图1（续） with the ranks
  /// they show, both at the text width; one table of all 38 under the second.
  @Test func aLongRankingIsSplitOverTwoCaptionedPictures() throws {
    let (r, out) = try run(
      """
      data: [{id: cq, file: data.csv}]
      docx: {tables: true}
      charts:
        - {id: all, kind: bar, indicator: 生均一般公共预算教育经费, year: 2023, reference: [mean], title: 各区县生均经费}
      """)
    #expect(r.status == 0, "\(r.stderr)")
    let docx = out.appendingPathComponent("briefing.docx")
    #expect(DocxPackageCheck.problems(in: try Data(contentsOf: docx)) == [])
    let parts = try Self.parts(docx)
    let doc = WordXML(try #require(parts["word/document.xml"]))
    let captions = doc.paragraphs.filter { $0.hasPrefix("图1") }
    #expect(captions == ["图1 各区县生均经费（第1—19位）", "图1（续） 各区县生均经费（第20—38位）"])
    #expect(doc.descriptions.count == 2 && doc.descriptions[1].hasSuffix("（第20—38位）"))
    #expect(doc.extents.count == 2 && doc.extents.allSatisfy { $0 <= 5_616_000 && $0 > 5_600_000 })
    let heading = try #require(doc.paragraphs.firstIndex(of: "各区县生均经费"))
    let second = try #require(doc.paragraphs.firstIndex(of: captions[1]))
    let table = try #require(doc.tables.first)
    #expect(heading < second && table.count == 39)
    #expect(parts.keys.filter { $0.hasPrefix("word/media/") }.count == 2)
  }

  /// A chart given a size in pixels keeps it in the document, drawn without its title, and
  /// is placed shrunk to the text width.
  @Test func aChartWithItsOwnSizeKeepsItWithoutItsTitle() throws {
    let (r, out) = try run(
      """
      data: [{id: cq, file: data.csv}]
      charts:
        - {id: sized, kind: bar, indicator: 生均一般公共预算教育经费, year: 2023, districts: [渝中区, 城口县], size: 1200x800}
      """)
    #expect(r.status == 0, "\(r.stderr)")
    let parts = try Self.parts(out.appendingPathComponent("briefing.docx"))
    let picture = try #require(parts["word/media/image1.png"])
    let file = try Data(contentsOf: out.appendingPathComponent("sized.png"))
    let size = { (png: Data) in [png[16..<20], png[20..<24]].map { $0.reduce(0) { $0 << 8 | Int($1) } } }
    #expect(size(picture) == [1200, 800] && size(file) == [1200, 800])
    #expect(picture != file)
    #expect(WordXML(try #require(parts["word/document.xml"])).extents.allSatisfy { $0 <= 5_616_000 })
  }

  /// A lead paragraph longer than a page leaves the ranking no room beside it: the chart's
  /// files are written all the same, the terminal says why, and the document shows the file.
  @Test func aChartThePageCannotHoldShowsItsFile() throws {
    let lead = String(repeating: "这段说明很长。", count: 400)
    let (r, out) = try run(
      """
      data: [{id: cq, file: data.csv}]
      charts:
        - {id: all, kind: bar, indicator: 生均一般公共预算教育经费, year: 2023, caption: \(lead)}
      """)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("chart all: not laid out for briefing.docx"), "\(r.stderr)")
    let parts = try Self.parts(out.appendingPathComponent("briefing.docx"))
    #expect(parts["word/media/image1.png"] == (try Data(contentsOf: out.appendingPathComponent("all.png"))))
  }

  @Test func theWordTablesHoldTheChartsDataCSV() throws {
    let (r, out) = try run(Self.threeCharts)
    #expect(r.status == 0, "\(r.stderr)")
    let doc = WordXML(try #require(try Self.parts(out.appendingPathComponent("briefing.docx"))["word/document.xml"]))
    #expect(doc.tables.count == 3)
    for (id, table) in zip(["bar", "trend", "levels"], doc.tables) {
      let csv = try String(contentsOf: out.appendingPathComponent("\(id).csv"), encoding: .utf8)
      let rows = csv.split(separator: "\n").dropFirst().map {
        $0.split(separator: ",", omittingEmptySubsequences: false)
      }
      let header = table[0]
      var checked = 0
      for row in rows {
        let series = String(row[0]), district = String(row[1]), year = String(row[2]), shown = Double(row[3])
        // Rows are districts (with their year when the columns are not years), columns series or years.
        let columnName = header.contains("\(year)年") && series != "\(year)" || series == "\(year)" ? "\(year)年" : series
        let column = try #require(header.firstIndex(of: columnName), "\(id): column \(columnName) in \(header)")
        let line = try #require(
          table.first { $0[0] == district || $0[0] == "\(district)（\(year)年）" }, "\(id): row \(district)")
        let cell = line[column]
        if let shown {
          let number = try #require(
            Double(cell.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "%", with: "")))
          #expect(abs(number - shown) <= 0.005 * max(1, abs(shown)), "\(id) \(district) \(series): \(cell) vs \(shown)")
        } else {
          #expect(cell == "—", "\(id) \(district) \(series): missing is —")
        }
        checked += 1
      }
      #expect(checked == rows.count && checked > 0)
    }
    // Rows in the order of the bars: highest first, as the chart sorts them.
    #expect(doc.tables[0].dropFirst().map { $0[0] } == ["城口县", "渝中区", "江北区"])
  }

  @Test func chartsWithoutASizeAreLaidOutAtTheTextWidthWithPrintSizedText() throws {
    let (r, out) = try run(Self.threeCharts)
    #expect(r.status == 0, "\(r.stderr)")
    // 15.6 cm at 300 dpi = 1842 px, and the PNG says 300 dpi (11,811 px per metre).
    let png = try Data(contentsOf: out.appendingPathComponent("trend.png"))
    let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
    #expect(width == 1842)
    let layout = DocumentChartLayout(page: .officialA4)
    #expect(layout.size(for: .trend(.init(title: "", years: [2020], series: [])), dpi: 300).width == 1842)
    // The print theme: every text of a chart at 9 pt or more on paper, where the chart is not crowded.
    let theme = DocumentChartLayout.theme
    #expect([theme.tickSize, theme.valueLabelSize, theme.noteSize, theme.labelSize].allSatisfy { $0 >= 9 })
  }

  @Test func aFailedChartAndTheDutiesScorecardAreInTheDocumentToo() throws {
    try FileManager.default.copyItem(
      at: CLIRunner.seeds.appendingPathComponent("004_7811de6225d2c56f.txt"), to: dir.appendingPathComponent("dz.txt"))
    let (r, out) = try run(
      """
      title: 简报
      data:
        - {id: dz, report: dz.txt}
      duties: {formats: [png]}
      charts:
        - {id: bad, kind: bar, indicator: 不存在的指标, title: 不存在的图}
      """)
    #expect(r.status != 0)
    let docx = out.appendingPathComponent("briefing.docx")
    #expect(DocxPackageCheck.problems(in: try Data(contentsOf: docx)) == [])
    let doc = WordXML(try #require(try Self.parts(docx)["word/document.xml"]))
    let failed = try #require(doc.paragraphs.firstIndex(of: "不存在的图"))
    #expect(doc.paragraphs[failed + 1].hasPrefix("未能生成：") && doc.paragraphs[failed + 1].contains("不存在的指标"))
    #expect(doc.paragraphs.contains("履行教育职责经费法定要求"))
    #expect(doc.paragraphs.contains("图1 履行教育职责经费法定要求"))
    let scorecard = try #require(doc.tables.last)
    #expect(scorecard.first == ["区县", "年份", "要求", "状态"])
    #expect(scorecard.contains { $0[0] == "大足区" && $0[3].contains("声称达到但数据相反") })
  }

  @Test func svgTrueEmbedsEachChartsSVGBesideItsPNG() throws {
    let spec = Self.threeCharts.replacingOccurrences(
      of: "docx: {tables: true}", with: "docx: {svg: true}\nstyle: {formats: [png, svg]}")
    let (r, out) = try run(spec)
    #expect(r.status == 0, "\(r.stderr)")
    let docx = out.appendingPathComponent("briefing.docx")
    #expect(DocxPackageCheck.problems(in: try Data(contentsOf: docx)) == [])
    let parts = try Self.parts(docx)
    // The SVG of the document's picture (without the title), not the chart's file.
    let svg = String(decoding: try #require(parts["word/media/image2.svg"]), as: UTF8.self)
    let trendFile = try String(contentsOf: out.appendingPathComponent("trend.svg"), encoding: .utf8)
    #expect(svg.contains("<svg") && svg != trendFile)
    #expect(parts.keys.filter { $0.hasSuffix(".svg") }.count == 3)
    // Off by default: the same spec without the key embeds none.
    let (r2, out2) = try run2(spec.replacingOccurrences(of: "docx: {svg: true}", with: "docx: {}"))
    #expect(r2.status == 0, "\(r2.stderr)")
    #expect(try Self.parts(out2.appendingPathComponent("briefing.docx")).keys.allSatisfy { !$0.hasSuffix(".svg") })
  }

  /// A second briefing beside the first, into its own folder.
  func run2(_ yaml: String) throws -> (CLIRunner.Output, URL) {
    let spec = try CLIRunner.write(yaml, to: "spec2.yaml", in: dir)
    let out = dir.appendingPathComponent("out2")
    return (try CLIRunner.run(["briefing", spec.path, "--output-dir", out.path, "--quiet"]), out)
  }

  @Test func noDocxAndTheSpecKeyTurnTheDocumentOff() throws {
    let (r, out) = try run(Self.threeCharts, ["--no-docx"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("briefing.docx").path))
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    let off = Self.threeCharts.replacingOccurrences(of: "docx: {tables: true}", with: "docx: false")
    try FileManager.default.removeItem(at: dir)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let (r2, out2) = try run(off)
    #expect(r2.status == 0, "\(r2.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out2.appendingPathComponent("briefing.docx").path))
  }

  @Test(arguments: [
    ("docx: {page: A9}", "docx.page 'A9'"),
    ("docx: {margins: 37 35 28}", "four numbers"),
    ("docx: {margins: 37 35 100 100}", "text area"),
    ("docx: {tabels: true}", "unknown key 'tabels'"),
  ])
  func aBadPageIsRefusedNamingTheSpecLine(key: String, message: String) throws {
    let spec = Self.threeCharts.replacingOccurrences(of: "docx: {tables: true}", with: key)
    let (r, out) = try run(spec)
    #expect(r.status != 0)
    #expect(r.stderr.contains("spec.yaml:10"), "\(r.stderr)")
    #expect(r.stderr.contains(message), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("briefing.docx").path))
  }

  @Test func anotherPageSizeSetsThePageAndTheChartWidth() throws {
    let spec = Self.threeCharts.replacingOccurrences(
      of: "docx: {tables: true}", with: "docx: {page: A5, margins: 20 20 15 15}")
    let (r, out) = try run(spec)
    #expect(r.status == 0, "\(r.stderr)")
    let doc = WordXML(try #require(try Self.parts(out.appendingPathComponent("briefing.docx"))["word/document.xml"]))
    let size = try #require(doc.elements.first { $0.name == "w:pgSz" }?.attributes)
    #expect(size["w:w"] == "8391" && size["w:h"] == "11906")
    // A5 less 30 mm of margins: 118 mm = 1393 px at 300 dpi.
    let png = try Data(contentsOf: out.appendingPathComponent("bar.png"))
    #expect(png[16..<20].reduce(0) { $0 << 8 | Int($1) } == 1393)
    #expect(doc.extents.allSatisfy { $0 <= 118 * 36_000 })
  }
}

/// What a test needs of word/document.xml: paragraph texts, picture descriptions and
/// extents, and tables as rows of cell texts.
struct WordXML {
  var elements: [(name: String, attributes: [String: String])] = []
  var paragraphs: [String] = []
  var tables: [[[String]]] = []

  var descriptions: [String] { elements.filter { $0.name == "wp:docPr" }.compactMap { $0.attributes["descr"] } }
  var extents: [Int] { elements.filter { $0.name == "wp:extent" }.compactMap { $0.attributes["cx"].flatMap(Int.init) } }

  init(_ data: Data) {
    let d = Delegate()
    let p = XMLParser(data: data)
    p.delegate = d
    _ = p.parse()
    elements = d.elements
    paragraphs = d.paragraphs
    tables = d.tables
  }

  private final class Delegate: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var paragraphs: [String] = []
    var tables: [[[String]]] = []
    var text: String?
    var paragraph = ""
    var row: [String]?
    var depth = 0

    func parser(
      _ parser: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      elements.append((e, attributes))
      switch e {
      case "w:t": text = ""
      case "w:p": paragraph = ""
      case "w:tbl": tables.append([])
      case "w:tr": row = []
      default: break
      }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }
    func parser(_ parser: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
      switch e {
      case "w:t":
        paragraph += text ?? ""
        text = nil
      case "w:p":
        if row != nil { row!.append(paragraph) } else { paragraphs.append(paragraph) }
      case "w:tr":
        tables[tables.count - 1].append(row ?? [])
        row = nil
      default: break
      }
    }
  }
}
