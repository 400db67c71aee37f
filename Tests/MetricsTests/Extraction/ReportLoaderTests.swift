import Foundation
import Testing
import ZIPFoundation

@testable import Metrics

/// Loading reports from disk in each format, and refusing what is not a report.
struct ReportLoaderTests {
  let sample = "丰都县人民政府\n2022年一般公共预算教育支出14.13亿元。"

  func write(_ data: Data, _ name: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("report-loader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try data.write(to: url)
    return url
  }

  @Test func utf8() throws {
    let r = try ReportLoader.load(write(Data(sample.utf8), "a.txt"))
    #expect(r.text == sample)
    #expect(r.sourceFile == "a.txt")
  }

  @Test func utf8WithByteOrderMark() throws {
    let r = try ReportLoader.load(write(Data([0xEF, 0xBB, 0xBF]) + Data(sample.utf8), "bom.txt"))
    #expect(r.text == sample)
  }

  @Test func gb18030() throws {
    // "丰都县人民政府\n2022年一般公共预算教育支出14.13亿元。" in GB18030.
    let bytes: [UInt8] = [
      0xB7, 0xE1, 0xB6, 0xBC, 0xCF, 0xD8, 0xC8, 0xCB, 0xC3, 0xF1, 0xD5, 0xFE, 0xB8, 0xAE, 0x0A, 0x32, 0x30, 0x32, 0x32,
      0xC4, 0xEA, 0xD2, 0xBB, 0xB0, 0xE3, 0xB9, 0xAB, 0xB9, 0xB2, 0xD4, 0xA4, 0xCB, 0xE3, 0xBD, 0xCC, 0xD3, 0xFD, 0xD6,
      0xA7, 0xB3, 0xF6, 0x31, 0x34, 0x2E, 0x31, 0x33, 0xD2, 0xDA, 0xD4, 0xAA, 0xA1, 0xA3,
    ]
    let r = try ReportLoader.load(write(Data(bytes), "gbk.txt"))
    #expect(r.text == sample)
    let e = ReportExtractor().extract(r)
    #expect(e.district == "丰都县")
    #expect(e.observations.first?.value == 1_413_000_000)
  }

  @Test func docxParagraphsBecomeLines() throws {
    let xml = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
      <w:p><w:r><w:t>丰都县人民政府</w:t></w:r></w:p>
      <w:p><w:r><w:t>2022年一般公共预算教育支出</w:t></w:r><w:r><w:t>14.13亿元</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>增长4.49%</w:t></w:r></w:p>
      </w:body></w:document>
      """
    let archive = try Archive(accessMode: .create)
    let data = Data(xml.utf8)
    try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(data.count)) {
      position, size in
      data.subdata(in: Int(position)..<Int(position) + size)
    }
    let url = try write(try #require(archive.data), "report.docx")
    let r = try ReportLoader.load(url)
    #expect(
      r.text.components(separatedBy: "\n").filter { !$0.isEmpty } == ["丰都县人民政府", "2022年一般公共预算教育支出14.13亿元 增长4.49%"])
    let e = ReportExtractor().extract(r)
    #expect(e.observations.map(\.measure) == [.value, .growthPercent])
  }

  @Test func htmlNeedsTheReaderTheCallerPassesIn() throws {
    // Metrics has no HTML parser of its own (see HTMLText): without one passed in, a
    // page is refused by name rather than read as text with its tags.
    let url = try write(Data("<p>丰都县2022年教育支出14.13亿元</p>".utf8), "r.html")
    let error = try #require(throws: InputError.self) { try ReportLoader.load(url) }
    #expect(error.file == "r.html" && error.message.contains("HTML reader"))
    // A format passed in is used, and its text checked as any report's is.
    let withoutTags = ReportFormat(extensions: ["html"]) { data, _ in
      String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<p>", with: "")
    }
    #expect(try ReportLoader.load(url, formats: [withoutTags]).text.hasPrefix("丰都县2022年"))
    let empty = ReportFormat(extensions: ["html"]) { _, _ in "" }
    #expect(
      try #require(throws: InputError.self) { try ReportLoader.load(url, formats: [empty]) }.message.contains("no text")
    )
  }

  @Test func emptyFile() throws {
    let url = try write(Data(), "empty.txt")
    #expect(throws: InputError(file: "empty.txt", "the file is empty")) { try ReportLoader.load(url) }
  }

  @Test func aFolderIsNamedAsAFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reports-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = try #require(throws: InputError.self) { try ReportLoader.load(folder) }
    #expect(error.file == folder.path && error.message.contains("is a folder"))
  }

  @Test func binaryFile() throws {
    let url = try write(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]), "image.txt")
    let error = try #require(throws: InputError.self) { try ReportLoader.load(url) }
    #expect(error.file == "image.txt" && error.message.contains("binary"))
  }

  @Test func unreadableEncoding() throws {
    let url = try write(Data([0xFF, 0xFF, 0x80, 0x41]), "odd.txt")
    let error = try #require(throws: InputError.self) { try ReportLoader.load(url) }
    #expect(error.message.contains("UTF-8"))
  }

  @Test func notAReport() throws {
    let english = try write(Data("Annual report: spending rose 4%.".utf8), "en.txt")
    #expect(try #require(throws: InputError.self) { try ReportLoader.load(english) }.message.contains("Chinese"))
    let noNumbers = try write(Data("关于履行教育职责情况的报告".utf8), "words.txt")
    #expect(try #require(throws: InputError.self) { try ReportLoader.load(noNumbers) }.message.contains("numbers"))
  }

  @Test func brokenDocx() throws {
    let notZip = try write(Data("丰都县 2022年".utf8), "fake.docx")
    #expect(try #require(throws: InputError.self) { try ReportLoader.load(notZip) }.message.contains("ZIP"))
    let archive = try Archive(accessMode: .create)
    let other = Data("x".utf8)
    try archive.addEntry(with: "other.xml", type: .file, uncompressedSize: Int64(other.count)) { p, s in
      other.subdata(in: Int(p)..<Int(p) + s)
    }
    let noDocument = try write(try #require(archive.data), "empty.docx")
    #expect(
      try #require(throws: InputError.self) { try ReportLoader.load(noDocument) }.message.contains("document.xml"))
  }

  @Test func missingFile() {
    #expect(throws: InputError.self) { try ReportLoader.load(URL(fileURLWithPath: "/nonexistent/report.txt")) }
  }
}
