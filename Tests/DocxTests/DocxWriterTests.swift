import Foundation
import Testing
import ZIPFoundation

@testable import Docx

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("Docx: the package Word opens without offering to repair it")
struct DocxWriterTests {
  /// A document with every kind of block, two pictures and hostile text.
  static func sample(title: String = "区县教育经费比较") throws -> WordDocument {
    let wide = try Picture(
      png: TestPNG.make(width: 600, height: 400, dpi: 72), name: "wide.png", altText: "条形图：渝中区最高。",
      fitting: (156, 195))
    let small = try Picture(
      png: TestPNG.make(width: 600, height: 400, dpi: 144), name: "small.png", altText: "折线图\n第二行", fitting: (156, 195))
    return WordDocument(
      title: title,
      blocks: [
        .title(title), .subtitle("示例"), .paragraph("引言。"), .heading("生均经费", level: 1), .picture(wide),
        .caption(label: "图", number: 1, text: "生均经费"), .note("注：示例。"), .warning("注意：年份不同。"), .source("数据来源：示例"),
        .table(WordTable(header: ["区县", "2023年"], rows: [["渝中区", "24,774"], ["城口县", "—"]])),
        .heading("趋势", level: 1), .picture(small), .caption(label: "图", number: 2, text: "趋势"),
      ])
  }

  static func parts(_ data: Data) throws -> [String: Data] {
    let archive = try Archive(data: data, accessMode: .read)
    var parts: [String: Data] = [:]
    for entry in archive {
      var bytes = Data()
      _ = try archive.extract(entry) { bytes.append($0) }
      parts[entry.path] = bytes
    }
    return parts
  }

  @Test func aDocumentWithPicturesAndATableIsASoundPackage() throws {
    let data = try DocxWriter().data(Self.sample())
    #expect(DocxPackageCheck.problems(in: data) == [])
    let parts = try Self.parts(data)
    #expect(parts["word/media/image1.png"] != nil && parts["word/media/image2.png"] != nil)
    #expect(parts.keys.filter { $0.hasPrefix("word/media/") }.count == 2)
  }

  @Test func theCheckFindsAMissingContentTypeAndADanglingRelationship() throws {
    var parts = try DocxWriter().parts(Self.sample())
    // Drop a picture: its relationship now points nowhere.
    parts.removeAll { $0.path == "word/media/image2.png" }
    // And a part nobody declared.
    parts.append(("word/extra.bin", Data([1, 2, 3])))
    let archive = try Archive(accessMode: .create)
    for (path, bytes) in parts {
      try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count)) { pos, size in
        bytes.subdata(in: Int(pos)..<Int(pos) + size)
      }
    }
    let problems = DocxPackageCheck.problems(in: try #require(archive.data))
    #expect(problems.contains { $0.contains("media/image2.png") && $0.contains("missing") })
    #expect(problems.contains { $0.contains("word/extra.bin: no content type") })
  }

  @Test func hostileTextStaysWellFormedAndIsKept() throws {
    let title = "A&B <script>\"引号\" \u{1}\u{0B}控制字符"
    let data = try DocxWriter().data(Self.sample(title: title))
    #expect(DocxPackageCheck.problems(in: data) == [])
    let document = try #require(try Self.parts(data)["word/document.xml"])
    let texts = XMLTexts(document).texts.joined()
    #expect(texts.contains("A&B <script>\"引号\" 控制字符"))
  }

  @Test func picturesArePlacedAtTheirPrintedSizeAndNeverWiderThanTheText() throws {
    // 312 px at 50.8 dpi is 15.6 cm: placed as it is (small images keep the test quick).
    let exact = try Picture(
      png: TestPNG.make(width: 312, height: 200, dpi: 50.8), name: "a", altText: "", fitting: (156, 225))
    #expect(abs(exact.width - 156.0) < 0.1 && abs(exact.height - 100.0) < 0.1)
    // 600 px at 72 dpi is 21.2 cm: shrunk to 15.6 cm, proportions kept.
    let wide = try Picture(
      png: TestPNG.make(width: 600, height: 400, dpi: 72), name: "b", altText: "", fitting: (156, 225))
    #expect(abs(wide.width - 156) < 0.01 && abs(wide.width / wide.height - 1.5) < 0.001)
    // No pHYs: 96 dpi, as Word assumes.
    let plain = try Picture(
      png: TestPNG.make(width: 96, height: 48, dpi: nil), name: "c", altText: "", fitting: (156, 225))
    #expect(abs(plain.width - 25.4) < 0.01)
    // Too tall for the box: shrunk by height.
    let tall = try Picture(
      png: TestPNG.make(width: 30, height: 300, dpi: 10), name: "d", altText: "", fitting: (156, 200))
    #expect(abs(tall.height - 200) < 0.01 && tall.width < 21)
    #expect(throws: DocxError.self) {
      try Picture(png: Data("GIF89a".utf8), name: "e", altText: "", fitting: (156, 225))
    }
  }

  @Test func pictureExtentsAndAltTextAreInTheDrawing() throws {
    let data = try DocxWriter().data(Self.sample())
    let document = XMLElements(try #require(try Self.parts(data)["word/document.xml"]))
    let extents = document.all("extent").compactMap { e in e["cx"].flatMap(Int.init).map { ($0, Int(e["cy"]!)!) } }
    #expect(extents.count == 2)
    // 600 px at 72 dpi = 21.2 cm → the 15.6 cm text width (5,616,000 EMU).
    #expect(extents[0].0 == 5_616_000)
    #expect(extents.allSatisfy { $0.0 <= 5_616_000 })
    let descriptions = document.all("docPr").compactMap { $0["descr"] }
    #expect(descriptions == ["条形图：渝中区最高。", "折线图\n第二行"])
    #expect(Set(document.all("docPr").compactMap { $0["id"] }).count == 2)
  }

  @Test func anSVGRidesAlongWithItsPNGTheWayWord2016EmbedsIt() throws {
    var document = try Self.sample()
    let svg = Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>".utf8)
    for (i, block) in document.blocks.enumerated() {
      if case .picture(var p) = block, p.name == "small.png" {
        p.svg = svg
        document.blocks[i] = .picture(p)
      }
    }
    let data = try DocxWriter().data(document)
    #expect(DocxPackageCheck.problems(in: data) == [])
    let parts = try Self.parts(data)
    #expect(parts["word/media/image2.svg"] == svg && parts["word/media/image1.svg"] == nil)
    let xml = XMLElements(try #require(parts["word/document.xml"]))
    let blips = xml.all("svgBlip")
    #expect(blips.count == 1)
    let rels = XMLElements(try #require(parts["word/_rels/document.xml.rels"])).all("Relationship")
    let target = rels.first { $0["Id"] == blips.first?["r:embed"] }?["Target"]
    #expect(target == "media/image2.svg")
    // The PNG stays the picture's main image.
    #expect(xml.all("blip").count == 2)
  }

  @Test func thePageIsA4WithTheGBT9704Margins() throws {
    let data = try DocxWriter().data(Self.sample())
    let document = XMLElements(try #require(try Self.parts(data)["word/document.xml"]))
    let size = try #require(document.all("pgSz").first)
    let margins = try #require(document.all("pgMar").first)
    #expect(size["w:w"] == "11906" && size["w:h"] == "16838")
    // 37, 35, 28, 26 mm in twips.
    #expect(margins["w:top"] == "2098" && margins["w:bottom"] == "1984")
    #expect(margins["w:left"] == "1587" && margins["w:right"] == "1474")
    #expect(PageSetup.officialA4.textWidth == 156)
    #expect(PageSetup(left: 100, right: 100).problem != nil)
  }

  @Test func captionsAreNumberedWithAFieldWordRenumbers() throws {
    let data = try DocxWriter().data(Self.sample())
    let xml = String(decoding: try #require(try Self.parts(data)["word/document.xml"]), as: UTF8.self)
    #expect(xml.components(separatedBy: "w:instr=\" SEQ 图 \\* ARABIC \"").count == 3)
    let texts = XMLTexts(Data(xml.utf8)).paragraphs
    #expect(texts.filter { $0.hasPrefix("图") } == ["图1 生均经费", "图2 趋势"])
  }

  /// A figure split over pages: `图1 …` then `图1（续） …`, the second number repeating the
  /// first (`\c`), so a renumbered document keeps them one figure; the first part's caption
  /// lets the next picture go to the next page, the last one keeps with the notes.
  @Test func aSplitFigureIsCaptionedOnceAndContinued() throws {
    let picture = try Picture(
      png: TestPNG.make(width: 60, height: 40, dpi: 72), name: "p.png", altText: "条形图", fitting: (156, 225))
    let doc = WordDocument(
      title: "t",
      blocks: [
        .picture(picture), .partCaption(label: "图", number: 1, text: "排名（第1—19位）", continued: false, last: false),
        .picture(picture), .partCaption(label: "图", number: 1, text: "排名（第20—38位）", continued: true, last: true),
        .source("来源"), .picture(picture), .caption(label: "图", number: 2, text: "趋势"),
      ])
    let data = try DocxWriter().data(doc)
    #expect(DocxPackageCheck.problems(in: data) == [])
    let xml = String(decoding: try #require(try Self.parts(data)["word/document.xml"]), as: UTF8.self)
    #expect(
      XMLTexts(Data(xml.utf8)).paragraphs.filter { $0.hasPrefix("图") } == [
        "图1 排名（第1—19位）", "图1（续） 排名（第20—38位）", "图2 趋势",
      ])
    #expect(xml.components(separatedBy: "w:instr=\" SEQ 图 \\* ARABIC \"").count == 3)
    #expect(xml.components(separatedBy: "w:instr=\" SEQ 图 \\c \\* ARABIC \"").count == 2)
    // Only the first part's caption turns "keep with next" off.
    #expect(xml.components(separatedBy: "<w:keepNext w:val=\"0\"/>").count == 2)
    let first = try #require(xml.range(of: "排名（第1—19位）")), off = try #require(xml.range(of: "w:val=\"0\""))
    #expect(off.lowerBound < first.lowerBound)
  }

  @Test func stylesNameTheChineseOfficeFontsForEastAsianText() throws {
    let data = try DocxWriter().data(Self.sample())
    let parts = try Self.parts(data)
    let styles = XMLElements(try #require(parts["word/styles.xml"]))
    var fontOf: [String: String] = [:]
    var current = ""
    for e in styles.elements {
      if e.name == "style" { current = e.attributes["w:styleId"] ?? "" }
      if e.name == "rFonts", let east = e.attributes["w:eastAsia"] { fontOf[current] = east }
    }
    #expect(fontOf["Title"] == "方正小标宋简体")
    #expect(fontOf["Heading1"] == "黑体")
    #expect(fontOf["BodyText"] == "仿宋_GB2312")
    let table = XMLElements(try #require(parts["word/fontTable.xml"]))
    let names = table.all("font").compactMap { $0["w:name"] }
    #expect(names.contains("仿宋_GB2312") && table.all("altName").contains { $0["w:val"] == "仿宋" })
  }
}

/// The text of `w:t` runs, and of each paragraph.
struct XMLTexts {
  var texts: [String] = []
  var paragraphs: [String] = []

  init(_ data: Data) {
    let d = Delegate()
    let p = XMLParser(data: data)
    p.delegate = d
    _ = p.parse()
    texts = d.texts
    paragraphs = d.paragraphs
  }

  private final class Delegate: NSObject, XMLParserDelegate {
    var texts: [String] = []
    var paragraphs: [String] = []
    var inText = false
    var current = ""
    var paragraph = ""
    func parser(
      _ parser: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      if e == "w:t" {
        inText = true
        current = ""
      }
      if e == "w:p" { paragraph = "" }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if inText { current += string }
    }
    func parser(_ parser: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
      if e == "w:t" {
        inText = false
        texts.append(current)
        paragraph += current
      }
      if e == "w:p" { paragraphs.append(paragraph) }
    }
  }
}
