import Foundation
import Metrics
import PDFTestSupport
import Testing

@testable import PDFText

/// PDF reports drawn by Cairo in the test, read back through poppler.
struct PDFTextTests {
  static let paragraph1 = "2022年，全县一般公共预算教育支出14.13亿元，比上年增长4.49%。全县共有中小学校86所，其中小学52所、初中26所、普通高中8所，均已达到国家规定的办学标准。"
  /// The last line of page 1, ending 3 em short of the margin in mid-sentence
  /// (a number too long for the line moved whole to the next), and the first of page 2.
  static let breakLine1 = "学前三年毛入园率达到92.5%，普惠性幼儿园覆盖率达到91.2%，九年义务教育巩固率达到"
  static let breakLine2 = "99.6%，高中阶段毛入学率达到96.2%。"

  /// A two-page report: a title, a paragraph wrapped by Pango, a table drawn as
  /// positioned cells, a paragraph cut by the page break, page numbers.
  static func report() throws -> Data {
    var page1: [TestPDF.Item] = [
      .text("丰都县人民政府关于2022年履行教育职责情况的自查报告", x: 110, y: 60, size: 14),
      .text(paragraph1, x: 72, y: 100, width: 451),
      .text("表1  2022年生均经费", x: 72, y: 170),
    ]
    let rows = [["指标", "数值"], ["小学生均一般公共预算教育事业费", "12345元"], ["初中生均一般公共预算公用经费", "1260元"]]
    for (r, row) in rows.enumerated() {
      page1.append(.text(row[0], x: 72, y: 195 + Double(r) * 20))
      page1.append(.text(row[1], x: 330, y: 195 + Double(r) * 20))
    }
    page1.append(.text(breakLine1, x: 72, y: 780))
    page1.append(.text("- 1 -", x: 290, y: 810, size: 9))
    let page2: [TestPDF.Item] = [
      .text(breakLine2, x: 72, y: 60),
      .text("特此报告。", x: 93, y: 85),
      .text("- 2 -", x: 290, y: 810, size: 9),
    ]
    return try TestPDF(pages: [page1, page2]).data()
  }

  @Test func readingOrderKeepsParagraphsWholeAndTableRowsAsLines() throws {
    let text = try PDFText.text(of: Self.report(), file: "r.pdf")
    let lines = text.components(separatedBy: "\n")
    #expect(
      lines == [
        "丰都县人民政府关于2022年履行教育职责情况的自查报告",
        Self.paragraph1,
        "表1 2022年生均经费",
        "指标\t数值",
        "小学生均一般公共预算教育事业费\t12345元",
        "初中生均一般公共预算公用经费\t1260元",
        Self.breakLine1 + Self.breakLine2,
        "特此报告。",
        "",
      ])
  }

  @Test func extractReadsTheFiguresOfParagraphsTablesAndBrokenSentences() throws {
    let url = try write(Self.report(), "丰都县2022年自查报告.pdf")
    let report = try ReportLoader.load(url, formats: [.pdf])
    let e = ReportExtractor().extract(report)
    #expect(e.district == "丰都县")
    let found = Set(
      e.observations.map {
        "\($0.indicator) \($0.level.map { "\($0)" } ?? "-") \($0.year) \($0.value.map { String($0) } ?? "-")"
      })
    for expected in [
      "一般公共预算教育支出 - 2022 1413000000.0",
      "生均一般公共预算教育事业费 primary 2022 12345.0",
      "生均一般公共预算公用经费 juniorSecondary 2022 1260.0",
      "学前三年毛入园率 - 2022 92.5",
      "普惠性幼儿园覆盖率 - 2022 91.2",
      "九年义务教育巩固率 - 2022 99.6",
      "高中阶段教育毛入学率 - 2022 96.2",
    ] {
      #expect(found.contains(expected), "\(expected) not in \(found.sorted())")
    }
  }

  @Test func scannedPDFAsksForOCR() throws {
    let data = try TestPDF(pages: [[.image(x: 40, y: 40, width: 500, height: 700)]]).data()
    let error = try #require(throws: InputError.self) { try PDFText.text(of: data, file: "scan.pdf") }
    #expect(error.file == "scan.pdf")
    #expect(error.message.contains("has no text layer: it is a scanned image; run OCR first"))
  }

  @Test func blankPDFHasNoText() throws {
    let data = try TestPDF(pages: [[]]).data()
    let error = try #require(throws: InputError.self) { try PDFText.text(of: data, file: "blank.pdf") }
    #expect(error.message.contains("no text"))
    #expect(!error.message.contains("scanned"))
  }

  @Test func encryptedPDFSaysSo() throws {
    let error = try #require(throws: InputError.self) { try PDFText.text(of: Self.encrypted(), file: "locked.pdf") }
    #expect(error.file == "locked.pdf")
    #expect(error.message.contains("encrypted"))
  }

  @Test func notAPDFAndEmptyFile() throws {
    #expect(
      try #require(throws: InputError.self) { try PDFText.text(of: Data("丰都县 2022年".utf8), file: "x.pdf") }.message
        .contains("not a PDF"))
    #expect(
      try #require(throws: InputError.self) { try PDFText.text(of: Data(), file: "x.pdf") }.message.contains("empty"))
  }

  /// Truncated and garbled PDFs end in an error or in text, never in a crash.
  @Test func truncatedAndGarbledPDFs() throws {
    let good = try Self.report()
    for cut in [8, 100, good.count / 3, good.count / 2, good.count - 200] {
      do {
        _ = try PDFText.text(of: good.prefix(cut), file: "cut.pdf")
      } catch let error as InputError {
        #expect(error.file == "cut.pdf")
      }
    }
    var garbled = good
    var seed: UInt64 = 42
    for _ in 0..<200 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      garbled[Int(seed >> 33) % garbled.count] = UInt8(truncatingIfNeeded: seed >> 20)
    }
    do {
      _ = try PDFText.text(of: garbled, file: "garbled.pdf")
    } catch let error as InputError {
      #expect(error.file == "garbled.pdf")
    }
    let header = try #require(throws: InputError.self) {
      try PDFText.text(of: Data("%PDF-1.5\n".utf8) + Data(count: 4000), file: "zeros.pdf")
    }
    #expect(header.message.contains("not a readable PDF"))
  }

  /// A one-page PDF with a standard security handler whose user password is
  /// not empty: poppler cannot open it without one.
  static func encrypted() -> Data {
    let hex32 = String(repeating: "A5", count: 32)
    let objects = [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
      "<< /Filter /Standard /V 1 /R 2 /O <\(hex32)> /U <\(hex32)> /P -4 >>",
    ]
    var pdf = "%PDF-1.4\n"
    var offsets: [Int] = []
    for (i, object) in objects.enumerated() {
      offsets.append(pdf.utf8.count)
      pdf += "\(i + 1) 0 obj\n\(object)\nendobj\n"
    }
    let xref = pdf.utf8.count
    pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for o in offsets { pdf += String(format: "%010d 00000 n \n", o) }
    let id = String(repeating: "01", count: 16)
    pdf +=
      "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Encrypt 4 0 R /ID [<\(id)> <\(id)>] >>\nstartxref\n\(xref)\n%%EOF\n"
    return Data(pdf.utf8)
  }

  func write(_ data: Data, _ name: String) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try data.write(to: url)
    return url
  }
}
