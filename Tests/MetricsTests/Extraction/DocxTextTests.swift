import Foundation
import Testing
import ZIPFoundation

@testable import Metrics

/// A .docx built in memory: `word/document.xml` holding `body` inside the usual
/// document element (or `xml` as it is), deflated by ZIPFoundation.
func docx(body: String) throws -> Data {
  try docx(
    xml: """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
      """)
}

func docx(xml: String) throws -> Data {
  try docx(entries: [("word/document.xml", Data(xml.utf8))])
}

func docx(entries: [(String, Data)]) throws -> Data {
  let archive = try Archive(accessMode: .create)
  for (path, data) in entries {
    try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
      position, size in
      data.subdata(in: Int(position)..<Int(position) + size)
    }
  }
  return try #require(archive.data)
}

/// The text of .docx bytes, through a temporary file (the reader opens the archive from its file).
func docxText(_ data: Data, file: String) throws -> String {
  try DocxText.text(of: temporaryFile(data, file), file: file)
}

func temporaryFile(_ data: Data, _ name: String) throws -> URL {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docx-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  let url = dir.appendingPathComponent(name)
  try data.write(to: url)
  return url
}

/// A Word paragraph, and a table row of cells (each cell one paragraph).
func paragraph(_ text: String) -> String { "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>" }
func row(_ cells: [String]) -> String {
  "<w:tr>" + cells.map { "<w:tc>\(paragraph($0))</w:tc>" }.joined() + "</w:tr>"
}

/// .docx tables read as rows, and hostile archives (zip and entity bombs) refused.
struct DocxTextTests {
  @Test func tableRowsBecomeTabSeparatedLinesInDocumentOrder() throws {
    let body =
      paragraph("丰都县2022年教育经费情况如下。")
      + "<w:tbl>" + row(["项目", "金额"]) + row(["一般公共预算教育支出", "14.13亿元"]) + row(["小学生均公用经费", "1050元"]) + "</w:tbl>"
      + paragraph("以上数据来自决算。")
    let text = try docxText(docx(body: body), file: "t.docx")
    #expect(
      text.components(separatedBy: "\n") == [
        "丰都县2022年教育经费情况如下。", "项目\t金额", "一般公共预算教育支出\t14.13亿元", "小学生均公用经费\t1050元", "以上数据来自决算。", "",
      ])
  }

  @Test func cellParagraphsJoinAndMergedCellsRepeat() throws {
    // 小学 is merged over two rows (vMerge restart, then continue); a cell of
    // two paragraphs reads as one; a grid span keeps the columns aligned.
    let body =
      "<w:tbl>"
      + "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>\(paragraph("小学"))</w:tc>"
      + "<w:tc>\(paragraph("生均公用经费"))\(paragraph("（元）"))</w:tc><w:tc>\(paragraph("720"))</w:tc></w:tr>"
      + "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
      + "<w:tc>\(paragraph("生均教育事业费（元）"))</w:tc><w:tc>\(paragraph("12000"))</w:tc></w:tr>"
      + "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>\(paragraph("合计"))</w:tc><w:tc>\(paragraph("12720"))</w:tc></w:tr>"
      + "</w:tbl>"
    let text = try docxText(docx(body: body), file: "t.docx")
    #expect(text == "小学\t生均公用经费 （元）\t720\n小学\t生均教育事业费（元）\t12000\n合计\t12720\n")
  }

  @Test func nestedTableStaysInItsCell() throws {
    let inner = "<w:tbl>" + row(["甲", "1"]) + row(["乙", "2"]) + "</w:tbl>"
    let body = "<w:tbl><w:tr><w:tc>\(paragraph("外"))</w:tc><w:tc>\(inner)<w:p/></w:tc></w:tr></w:tbl>"
    let text = try docxText(docx(body: body), file: "t.docx")
    #expect(text == "外\t甲 1 乙 2\n")
  }

  @Test func extractionReadsATablesFiguresLikeText() throws {
    let body =
      paragraph("丰都县人民政府关于2022年履行教育职责情况的自查报告")
      + paragraph("表1  2022年教育经费")
      + "<w:tbl>" + row(["指标", "数值"])
      + row(["一般公共预算教育支出", "14.13亿元"])
      + row(["小学生均一般公共预算教育事业费", "12345元"])
      + row(["初中生均一般公共预算公用经费", "1260元"]) + "</w:tbl>"
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent("丰都县.docx")
    try docx(body: body).write(to: url)
    let e = ReportExtractor().extract(try ReportLoader.load(url))
    let found = e.observations.map {
      "\($0.indicator)|\($0.level.map { "\($0)" } ?? "-")|\($0.year)|\($0.value.map { String($0) } ?? "-")"
    }
    #expect(e.district == "丰都县")
    #expect(found.contains { $0.hasSuffix("|2022|1413000000.0") })
    #expect(found.contains { $0.hasSuffix("|2022|12345.0") })
    #expect(found.contains { $0.hasSuffix("|2022|1260.0") })
  }

  // MARK: - Bombs

  /// The issue's entity bomb: one 50,000-character entity used 20,000 times
  /// (a gigabyte once expanded) in a few hundred bytes of .docx.
  @Test func entityBombIsRefusedBeforeParsing() throws {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE w:document [<!ENTITY a "\(String(repeating: "教", count: 50_000))">]>
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>2022年\(String(repeating: "&a;", count: 20_000))</w:t></w:r></w:p></w:body></w:document>
      """
    let data = try docx(xml: xml)
    #expect(data.count < 4096)
    let error = try #require(throws: InputError.self) { try docxText(data, file: "bomb.docx") }
    #expect(error.file == "bomb.docx")
    #expect(error.message.contains("DTD") && error.message.contains("refused"))
  }

  @Test func entityBombInUTF16IsRefusedToo() throws {
    let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE d [<!ENTITY a \"aaaa\">]><d>&a;&a;</d>"
    var bytes: [UInt8] = [0xFF, 0xFE]
    for u in xml.utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
    let data = try docx(entries: [("word/document.xml", Data(bytes))])
    let error = try #require(throws: InputError.self) { try docxText(data, file: "u16.docx") }
    #expect(error.message.contains("DTD"))
  }

  @Test func unknownEncodingIsRefusedNotParsedUnchecked() throws {
    // "<?xm" in EBCDIC, which libxml2 would decode and the DTD check could not read.
    let data = try docx(entries: [("word/document.xml", Data([0x4C, 0x6F, 0xA7, 0x94, 0x93]))])
    let error = try #require(throws: InputError.self) { try docxText(data, file: "e.docx") }
    #expect(error.message.contains("neither UTF-8 nor UTF-16"))
  }

  /// A zip bomb whose header states its size (4 GiB here) is refused through
  /// the report loader before anything is inflated.
  @Test func zipBombDeclaringItsSizeIsRefusedUnread() throws {
    var data = try docx(entries: [("word/document.xml", Data(count: 3000))])
    try overwriteUncompressedSize(of: &data, with: 0xFFFF_0000)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("docx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent("bomb.docx")
    try data.write(to: url)
    let error = try #require(throws: InputError.self) { try ReportLoader.load(url) }
    #expect(error.file == "bomb.docx")
    #expect(error.message.contains("would inflate to 4294901760 bytes, more than the limit of 64 MiB"))
  }

  /// A zip bomb that understates its size (3 MiB of zeros whose headers claim
  /// 100 bytes) is stopped while inflating, at the limit.
  @Test func zipBombUnderstatingItsSizeIsStoppedWhileInflating() throws {
    var data = try docx(entries: [("word/document.xml", Data(count: 3 << 20))])
    #expect(data.count < 10_000)
    try overwriteUncompressedSize(of: &data, with: 100)
    let error = try #require(throws: InputError.self) {
      try DocxPackage.part("word/document.xml", of: temporaryFile(data, "bomb.docx"), file: "bomb.docx", limit: 1 << 20)
    }
    #expect(error.file == "bomb.docx")
    #expect(
      error.message.contains("inflates to more than the limit of 1 MiB") && error.message.contains("declared 100 bytes")
    )
  }

  /// Sets the uncompressed size in the (only) local header, at offset 22, and
  /// central directory record, at offset 24.
  func overwriteUncompressedSize(of data: inout Data, with size: UInt32) throws {
    let bytes = (0..<4).map { UInt8(size >> (8 * $0) & 0xFF) }
    for (signature, offset) in [([0x50, 0x4B, 0x03, 0x04] as [UInt8], 22), ([0x50, 0x4B, 0x01, 0x02], 24)] {
      let at = try #require(data.range(of: Data(signature))).lowerBound + offset
      data.replaceSubrange(at..<at + 4, with: bytes)
    }
  }

  @Test func archiveWithTooManyEntriesIsRefused() throws {
    var names = (0..<DocxPackage.maxEntries).map { "media/\($0).bin" }
    names.append("word/document.xml")
    let error = try #require(throws: InputError.self) { try docxText(storedZip(names), file: "many.docx") }
    #expect(error.message.contains("more than 10000 entries"))
  }

  @Test func garbageAndTruncatedArchivesGiveErrors() throws {
    let good = try docx(body: paragraph("丰都县2022年教育支出14.13亿元。"))
    for cut in [4, 30, good.count / 2, good.count - 10] {
      #expect(throws: InputError.self) { try docxText(good.prefix(cut), file: "cut.docx") }
    }
    var flipped = good
    for i in stride(from: 40, to: flipped.count - 30, by: 7) { flipped[i] ^= 0x5A }
    #expect(throws: InputError.self) { try docxText(flipped, file: "flipped.docx") }
    // XMLParser on Linux returns true for these two: the errors come from its delegate.
    let unclosed = try docx(xml: "<w:document><w:body><w:p><w:r><w:t>2022年")
    #expect(
      try #require(throws: InputError.self) { try docxText(unclosed, file: "x.docx") }.message.contains(
        "word/document.xml"))
    let notXML = try docx(xml: "<w:document><w:body></w:p></w:body></w:document>")
    let message = try #require(throws: InputError.self) { try docxText(notXML, file: "x.docx") }.message
    #expect(message.contains("not well-formed"), "\(message)")
  }

  /// The fuzzer's first find: an entry whose local header lies past the end
  /// of the archive trapped in ZIPFoundation's in-memory reading.
  @Test func entryOffsetPastTheEndIsAnError() throws {
    let error = try #require(throws: InputError.self) {
      try docxText(storedZip(["word/document.xml"], offset: 0x7FFF_0000), file: "seek.docx")
    }
    #expect(error.file == "seek.docx")
  }

  /// A ZIP of empty stored entries, written by hand: ZIPFoundation rewrites the
  /// central directory on every added entry, which is quadratic for 10,000.
  func storedZip(_ names: [String], offset fakeOffset: Int? = nil) -> Data {
    var local = Data(), central = Data()
    func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16(v >> 16) }
    for name in names {
      let n = Array(name.utf8)
      let offset = local.count
      local +=
        [0x50, 0x4B, 0x03, 0x04] + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21) + le32(0) + le32(0) + le32(0)
        + le16(n.count) + le16(0) + n
      central +=
        [0x50, 0x4B, 0x01, 0x02] + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21) + le32(0) + le32(0)
        + le32(0)
        + le16(n.count) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(fakeOffset ?? offset) + n
    }
    let end: [UInt8] =
      [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(names.count) + le16(names.count) + le32(central.count)
      + le32(local.count) + le16(0)
    return local + central + Data(end)
  }
}
