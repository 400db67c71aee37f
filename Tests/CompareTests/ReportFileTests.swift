import Foundation
import PDFTestSupport
import Testing

/// `compare extract` on PDF and .docx reports: a PDF drawn by Cairo read end to
/// end, and damaged, hostile or wrong files thrown at it, which must end in an
/// error naming the file (exit 1) or in output, never in a crash (exit ≥ 128).
@Suite("compare extract on PDF and .docx reports")
struct ReportFileTests {
  let tmp: TemporaryDirectory
  var dir: URL { tmp.url }
  init() throws { tmp = try TemporaryDirectory() }

  /// One page: a wrapped paragraph and a two-column table drawn as positioned cells.
  static func reportPDF() throws -> Data {
    var items: [TestPDF.Item] = [
      .text("丰都县人民政府关于2022年履行教育职责情况的自查报告", x: 110, y: 60, size: 14),
      .text("2022年，全县一般公共预算教育支出14.13亿元，比上年增长4.49%。全县共有中小学校86所，均已达到国家规定的办学标准。", x: 72, y: 100, width: 451),
    ]
    for (r, row) in [["指标", "数值"], ["小学生均一般公共预算教育事业费", "12345元"]].enumerated() {
      items.append(.text(row[0], x: 72, y: 170 + Double(r) * 20))
      items.append(.text(row[1], x: 330, y: 170 + Double(r) * 20))
    }
    return try TestPDF(pages: [items]).data()
  }

  func write(_ data: Data, _ name: String) throws -> URL {
    let url = dir.appendingPathComponent(name)
    try data.write(to: url)
    return url
  }

  @Test func extractReadsAPDFReportWithItsTable() throws {
    let pdf = try write(Self.reportPDF(), "丰都县.pdf")
    let out = dir.appendingPathComponent("facts.csv")
    let r = try CLIRunner.run(["extract", pdf.path, "--output", out.path])
    #expect(r.status == 0, "\(r.stderr)")
    let csv = try String(contentsOf: out, encoding: .utf8)
    #expect(csv.contains("丰都县,2022,一般公共预算教育支出,,value,1413000000,元"))
    #expect(csv.contains("丰都县,2022,生均一般公共预算教育事业费,小学,value,12345,元"))
  }

  @Test func damagedAndHostileReportsEndInErrorsNotCrashes() throws {
    let pdf = try Self.reportPDF()
    let docx = Self.storedZip(["word/document.xml": Data(Self.documentXML.utf8)])
    var cases: [(String, Data, mustFail: Bool)] = [
      ("header-only.pdf", Data("%PDF-1.7\n".utf8) + Data(count: 2000), true),
      ("text.pdf", Data("丰都县2022年教育支出14.13亿元。".utf8), true),
      ("empty.pdf", Data(), true),
      ("scan.pdf", try TestPDF(pages: [[.image(x: 40, y: 40, width: 300, height: 400)]]).data(), true),
      ("garbage.docx", Data((0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }), true),
      ("bomb.docx", Self.storedZip(["word/document.xml": Data(Self.entityBomb.utf8)]), true),
    ]
    for cut in [9, pdf.count / 4, pdf.count / 2, pdf.count - 100] {
      cases.append(("cut\(cut).pdf", pdf.prefix(cut), false))
    }
    for cut in [10, docx.count / 2, docx.count - 5] {
      cases.append(("cut\(cut).docx", docx.prefix(cut), true))
    }
    var garbled = pdf
    for i in stride(from: 500, to: garbled.count, by: 97) { garbled[i] = UInt8(truncatingIfNeeded: i) }
    cases.append(("garbled.pdf", garbled, false))

    for (name, data, mustFail) in cases {
      let file = try write(data, name)
      let out = dir.appendingPathComponent("\(name).csv")
      let r = try CLIRunner.run(["extract", file.path, "--output", out.path])
      #expect(r.status < 128, "\(name) crashed: exit \(r.status) \(r.stderr.prefix(300))")
      if mustFail || r.status != 0 {
        #expect(r.status == 1, "\(name): exit \(r.status)")
        #expect(r.stderr.contains(name), "\(name): \(r.stderr.prefix(300))")
        #expect(!FileManager.default.fileExists(atPath: out.path), "\(name): output written after an error")
      }
    }
  }

  @Test func theHandWrittenDocxIsReadable() throws {
    let docx = try write(Self.storedZip(["word/document.xml": Data(Self.documentXML.utf8)]), "丰都县.docx")
    let r = try CLIRunner.run(["extract", docx.path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("丰都县,2022,一般公共预算教育支出,,value,1413000000,元"))
  }

  @Test func scannedPDFSaysRunOCR() throws {
    let scan = try write(TestPDF(pages: [[.image(x: 40, y: 40, width: 300, height: 400)]]).data(), "scan.pdf")
    let r = try CLIRunner.run(["extract", scan.path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("scan.pdf: the PDF has no text layer: it is a scanned image; run OCR first"))
  }

  static let documentXML = """
    <?xml version="1.0" encoding="UTF-8"?>
    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
    <w:p><w:r><w:t>丰都县人民政府</w:t></w:r></w:p>
    <w:p><w:r><w:t>2022年一般公共预算教育支出14.13亿元。</w:t></w:r></w:p></w:body></w:document>
    """

  static let entityBomb = """
    <?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "\(String(repeating: "教", count: 50_000))">]>
    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>\(String(repeating: "&a;", count: 20_000))</w:t></w:r></w:p></w:body></w:document>
    """

  /// A ZIP of stored (uncompressed) entries, written by hand: this target has no ZIP library.
  static func storedZip(_ entries: [String: Data]) -> Data {
    var local = Data(), central = Data()
    func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16(v >> 16 & 0xFFFF) }
    for (name, data) in entries.sorted(by: { $0.key < $1.key }) {
      let n = Array(name.utf8), crc = Int(crc32(data)), offset = local.count
      let sizes = le32(crc) + le32(data.count) + le32(data.count)
      local +=
        [0x50, 0x4B, 0x03, 0x04] + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21) + sizes + le16(n.count) + le16(0)
        + n
      local += data
      central +=
        [0x50, 0x4B, 0x01, 0x02] + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21) + sizes
        + le16(n.count) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + n
    }
    let end =
      [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(entries.count) + le16(entries.count) + le32(central.count)
      + le32(local.count) + le16(0)
    return local + central + Data(end)
  }

  static func crc32(_ data: Data) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in data {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }
}
