import Docx
import Foundation
import Testing
import ZIPFoundation

/// `briefing.docx` opened by a real reader: LibreOffice converts it to PDF (and to ODT for
/// what it read as alt text), poppler reads the pages back. Skipped, saying why, where
/// LibreOffice is not installed (`apt-get install libreoffice-writer-nogui`; scripts/setup.sh does).
@Suite(
  "briefing.docx in LibreOffice",
  .enabled(
    if: OfficeReader.soffice != nil, "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
)
struct BriefingDocxReaderTests {
  let tmp: TemporaryDirectory
  var dir: URL { tmp.url }
  init() throws { tmp = try TemporaryDirectory() }

  func briefing() throws -> URL {
    try FileManager.default.copyItem(at: CLIRunner.sampleCSV, to: dir.appendingPathComponent("data.csv"))
    try FileManager.default.copyItem(at: CLIRunner.seedFacts, to: dir.appendingPathComponent("seeds.csv"))
    let spec = try CLIRunner.write(BriefingDocxTests.threeCharts, to: "spec.yaml", in: dir)
    let out = dir.appendingPathComponent("out")
    let r = try CLIRunner.run(["briefing", spec.path, "--output-dir", out.path, "--quiet"])
    try #require(r.status == 0, "\(r.stderr)")
    return out
  }

  @Test func aReaderSeesThePagesPicturesCaptionsAndTablesInOrder() throws {
    let out = try briefing()
    let pdf = try OfficeReader.convert(out.appendingPathComponent("briefing.docx"), to: "pdf", in: dir)
    let pages = try OfficeReader.pageCount(pdf)
    // Three charts, each with its table: more than one page, fewer than two per chart.
    #expect(pages >= 2 && pages <= 6, "pages: \(pages)")
    let images = try OfficeReader.run("pdfimages", ["-list", pdf.path]).split(separator: "\n").dropFirst(2).filter {
      $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst(2).first == "image"
    }
    #expect(images.count == 3, "\(images)")
    let text = try OfficeReader.run("pdftotext", [pdf.path, "-"])
    // Captions in order, each after the one before.
    var at = text.startIndex
    for n in 1...3 {
      // pdftotext puts a space where the font changes: 图 1.
      let caption = try #require(
        text.range(of: "图\\s?\(n)\\s", options: .regularExpression, range: at..<text.endIndex), "图\(n) after 图\(n - 1)")
      at = caption.upperBound
    }
    #expect(text.contains("区县教育经费比较") && text.contains("第二段引言。"))
    // The tables' cells as the reader sees them: the bar chart's values, and — for missing ones.
    let csv = try String(contentsOf: out.appendingPathComponent("bar.csv"), encoding: .utf8)
    for row in csv.split(separator: "\n").dropFirst() {
      let shown = try #require(Double(row.split(separator: ",")[3]))
      let written = shown.formatted(.number.grouping(.automatic).precision(.fractionLength(0)))
      #expect(text.contains(written), "\(written) in the PDF's text")
    }
    #expect(text.contains("注意："))
  }

  @Test func everyPictureLiesInsideTheTextArea() throws {
    let out = try briefing()
    // Pages as greyscale images at 50 dpi (1 mm ≈ 2 px): nothing but white in the left,
    // right and top margins (the bottom one holds the page number).
    try expectNothingInTheMargins(
      try OfficeReader.convert(out.appendingPathComponent("briefing.docx"), to: "pdf", in: dir))
  }

  /// All 38 districts and a trend: the ranking prints as two pictures on two pages, the
  /// heading with the first, each with its caption, every picture at 300 dpi (placed at its
  /// printed size, so its 9 pt text prints at 9 pt) and inside the text area.
  @Test func aLongRankingPrintsOverTwoPagesInsideTheTextArea() throws {
    try FileManager.default.copyItem(at: CLIRunner.sampleCSV, to: dir.appendingPathComponent("data.csv"))
    let spec = try CLIRunner.write(
      """
      title: 区县排名
      data: [{id: cq, file: data.csv}]
      docx: {tables: true}
      charts:
        - {id: all, kind: bar, indicator: 生均一般公共预算教育经费, year: 2023, reference: [mean], title: 各区县生均经费排名}
        - {id: trend, kind: trend, indicator: 生均一般公共预算教育经费, years: 2019-2023, districts: [渝中区, 城口县], title: 两地趋势}
      """, to: "spec.yaml", in: dir)
    let out = dir.appendingPathComponent("out")
    let r = try CLIRunner.run(["briefing", spec.path, "--output-dir", out.path, "--quiet"])
    try #require(r.status == 0, "\(r.stderr)")
    #expect(!r.stderr.contains("smallest text"))
    let pdf = try OfficeReader.convert(out.appendingPathComponent("briefing.docx"), to: "pdf", in: dir)
    let images = try OfficeReader.images(pdf)
    #expect(images.count == 3, "\(images)")
    for image in images {
      #expect(abs(image.ppi.x - 300) <= 2 && abs(image.ppi.y - 300) <= 2, "\(image): placed at its printed size")
    }
    // Pages as pdftotext sees them (form feeds between): where each heading and caption is.
    let pages = try OfficeReader.run("pdftotext", [pdf.path, "-"]).components(separatedBy: "\u{0C}")
    func page(_ pattern: String) -> Int? {
      pages.firstIndex { $0.range(of: pattern, options: .regularExpression) != nil }.map { $0 + 1 }
    }
    let heading = try #require(page("各区县生均经费排名\n"))
    let first = try #require(page("图\\s?1\\s各区县生均经费排名（第\\s?1—19\\s?位）"))
    let second = try #require(page("图\\s?1（续）\\s*各区县生均经费排名（第\\s?20—38\\s?位）"))
    let trend = try #require(page("图\\s?2\\s两地趋势"))
    #expect(heading == first && first < second && second <= trend, "pages \(heading) \(first) \(second) \(trend)")
    // The pictures on the pages their captions are on.
    #expect(images.map(\.page).prefix(2) == [first, second], "\(images.map(\.page))")
    #expect(images.count == 3 && images[2].page <= trend)
    try expectNothingInTheMargins(pdf)
  }

  /// The bundled sample as a reader prints it: every caption in order, each continued one
  /// right after its figure, every picture at 300 dpi inside the text area.
  @Test func theSampleBriefingPrintsInOrderInsideTheTextArea() throws {
    let spec = CLIRunner.packageRoot.appendingPathComponent("samples/briefing.yaml")
    let out = dir.appendingPathComponent("sample")
    let r = try CLIRunner.run(["briefing", spec.path, "--output-dir", out.path, "--quiet"])
    try #require(r.status == 0, "\(r.stderr)")
    let pdf = try OfficeReader.convert(out.appendingPathComponent("briefing.docx"), to: "pdf", in: dir)
    let text = try OfficeReader.run("pdftotext", [pdf.path, "-"])
    // A page's first line follows a form feed.
    let captions = text.split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" }).compactMap { line -> String? in
      guard let m = line.range(of: "^图\\s?\\d+(（续）)?", options: .regularExpression) else { return nil }
      return line[m].replacingOccurrences(of: " ", with: "")
    }
    // 图1, 图1（续）, 图2, …: numbers rise by one, a continuation repeats the one before.
    var expected = 0
    for c in captions {
      if c.hasSuffix("（续）") {
        #expect(c == "图\(expected)（续）", "\(captions)")
      } else {
        expected += 1
        #expect(c == "图\(expected)", "\(captions)")
      }
    }
    #expect(expected >= 10 && captions.filter { $0.hasSuffix("（续）") }.count >= 2, "\(captions)")
    let images = try OfficeReader.images(pdf)
    #expect(images.count == captions.count)
    #expect(images.allSatisfy { abs($0.ppi.x - 300) <= 2 && abs($0.ppi.y - 300) <= 2 }, "\(images)")
    try expectNothingInTheMargins(pdf)
  }

  func expectNothingInTheMargins(_ pdf: URL) throws {
    let pages = try OfficeReader.pageImages(pdf, dpi: 50, in: dir)
    #expect(!pages.isEmpty)
    let page = PageSetup.officialA4
    for (i, image) in pages.enumerated() {
      let px = { (mm: Double) in Int((mm / 25.4 * 50).rounded(.down)) - 1 }
      let ink = image.darkPixels(
        outside: (left: px(page.left), right: image.width - px(page.right), top: px(page.top), bottom: image.height))
      #expect(ink == 0, "page \(i + 1): \(ink) dark pixels in the margins")
      #expect(image.darkPixels(outside: (0, 0, 0, 0)) > 0, "page \(i + 1) is blank")
    }
  }

  @Test func theReaderKeepsTheAltText() throws {
    let out = try briefing()
    let odt = try OfficeReader.convert(out.appendingPathComponent("briefing.docx"), to: "odt", in: dir)
    let archive = try Archive(url: odt, accessMode: .read)
    var content = Data()
    _ = try archive.extract(try #require(archive["content.xml"])) { content.append($0) }
    let xml = String(decoding: content, as: UTF8.self)
    let index = try String(contentsOf: out.appendingPathComponent("index.md"), encoding: .utf8)
    let alts = index.split(separator: "\n").filter { $0.hasPrefix("![") }.map {
      String($0.dropFirst(2).prefix { $0 != "]" })
    }
    #expect(alts.count == 3)
    for alt in alts {
      // ODT keeps it in <svg:desc>; compare its opening, escaped as XML.
      let opening = String(alt.prefix(20)).replacingOccurrences(of: "【", with: "[").replacingOccurrences(
        of: "】", with: "]")
      #expect(xml.contains("<svg:desc>" + opening), "alt text \(opening)… in the ODT")
    }
  }
}

/// LibreOffice and poppler, run as a user would.
enum OfficeReader {
  static let soffice: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Runs a tool and returns its standard output; a failure or a run of more than
  /// `timeout` seconds is an error naming the tool.
  @discardableResult
  static func run(_ tool: String, _ arguments: [String], timeout: TimeInterval = 180) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [tool] + arguments
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let drain = PipeDrain(err.fileHandleForReading)
    let killer = DispatchWorkItem { if p.isRunning { p.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = drain.wait()
    p.waitUntilExit()
    killer.cancel()
    guard p.terminationStatus == 0 else {
      throw OfficeError(
        "\(tool) \(arguments.joined(separator: " ")) failed (\(p.terminationStatus)): \(String(decoding: e, as: UTF8.self))"
      )
    }
    return String(decoding: o, as: UTF8.self)
  }

  /// `soffice --headless --convert-to FORMAT`, with a profile of its own so that tests
  /// running at once (or a desktop LibreOffice) do not share one.
  static func convert(_ file: URL, to format: String, in dir: URL) throws -> URL {
    let profile = dir.appendingPathComponent("lo-profile")
    let outdir = dir.appendingPathComponent("converted-\(format)")
    try run(
      soffice!,
      [
        "-env:UserInstallation=file://\(profile.path)", "--headless", "--norestore", "--convert-to", format, "--outdir",
        outdir.path, file.path,
      ])
    let result = outdir.appendingPathComponent(file.deletingPathExtension().lastPathComponent + "." + format)
    guard FileManager.default.fileExists(atPath: result.path) else { throw OfficeError("soffice wrote no \(format)") }
    return result
  }

  /// The pictures of a PDF as `pdfimages -list` gives them: page and resolution as placed.
  static func images(_ pdf: URL) throws -> [(page: Int, ppi: (x: Double, y: Double))] {
    try run("pdfimages", ["-list", pdf.path]).split(separator: "\n").dropFirst(2).compactMap { line in
      let f = line.split(separator: " ", omittingEmptySubsequences: true)
      guard f.count >= 14, f[2] == "image", let page = Int(f[0]), let x = Double(f[12]), let y = Double(f[13]) else {
        return nil
      }
      return (page, (x, y))
    }
  }

  static func pageCount(_ pdf: URL) throws -> Int {
    let info = try run("pdfinfo", [pdf.path])
    guard let line = info.split(separator: "\n").first(where: { $0.hasPrefix("Pages:") }),
      let n = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces))
    else { throw OfficeError("pdfinfo gave no page count") }
    return n
  }

  /// Every page as an 8-bit grey image (pdftoppm's PGM).
  static func pageImages(_ pdf: URL, dpi: Int, in dir: URL) throws -> [GreyImage] {
    let prefix = dir.appendingPathComponent("page").path
    try run("pdftoppm", ["-gray", "-r", "\(dpi)", pdf.path, prefix])
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
      $0.hasPrefix("page") && $0.hasSuffix(".pgm")
    }.sorted()
    return try files.map { try GreyImage(pgm: Data(contentsOf: dir.appendingPathComponent($0))) }
  }
}

struct OfficeError: Error, CustomStringConvertible {
  var description: String
  init(_ d: String) { description = d }
}

/// A binary PGM (P5, 8-bit).
struct GreyImage {
  var width: Int
  var height: Int
  var pixels: [UInt8]

  init(pgm: Data) throws {
    let bytes = [UInt8](pgm)
    var fields: [String] = []
    var i = 0
    while fields.count < 4, i < bytes.count {
      while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
      var f = ""
      while i < bytes.count, !(bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09) {
        f.append(Character(Unicode.Scalar(bytes[i])))
        i += 1
      }
      fields.append(f)
    }
    i += 1
    guard fields.count == 4, fields[0] == "P5", let w = Int(fields[1]), let h = Int(fields[2]), fields[3] == "255",
      bytes.count - i >= w * h
    else { throw OfficeError("not an 8-bit binary PGM") }
    width = w
    height = h
    pixels = Array(bytes[i..<i + w * h])
  }

  /// Pixels darker than light grey outside the rectangle (left, right, top, bottom).
  func darkPixels(outside r: (left: Int, right: Int, top: Int, bottom: Int)) -> Int {
    var n = 0
    for y in 0..<height {
      for x in 0..<width where pixels[y * width + x] < 200 {
        if x < r.left || x >= r.right || y < r.top || y >= r.bottom { n += 1 }
      }
    }
    return n
  }
}
