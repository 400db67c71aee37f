import Foundation
import Testing
import ZIPFoundation

/// Tables as users have them, end to end: Excel workbooks, other encodings,
/// years as columns and standard input — and the same thrown at the CLI broken,
/// where it must fail with a message naming the file, never crash.
@Suite("compare with Excel, encodings, years as columns and standard input")
struct TableInputTests {
  let dir: URL
  init() throws {
    dir = FileManager.default.temporaryDirectory.appendingPathComponent("compare-table-input-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  }

  /// Runs compare with `input` on standard input.
  func run(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
    let p = Process()
    p.executableURL = CLIRunner.executable
    p.arguments = arguments
    let inPipe = Pipe(), out = Pipe(), err = Pipe()
    p.standardInput = inPipe
    p.standardOutput = out
    p.standardError = err
    try p.run()
    // Write from another thread, so that a large input cannot block against a full output pipe.
    let writer = Thread {
      if let input { inPipe.fileHandleForWriting.write(input) }
      try? inPipe.fileHandleForWriting.close()
    }
    writer.start()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
  }

  func file(_ name: String, _ data: Data) throws -> String {
    let url = dir.appendingPathComponent(name)
    try data.write(to: url)
    return url.path
  }

  /// A one-sheet workbook of inline strings and numbers, with a title row merged above the header.
  func workbook(sheet: String = "生均经费", rows: [[Any?]], title: String? = nil) throws -> Data {
    let archive = try Archive(accessMode: .create)
    func add(_ path: String, _ text: String) throws {
      let d = Data(text.utf8)
      try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(d.count), compressionMethod: .deflate) {
        p, n in d.subdata(in: Int(p)..<Int(p) + n)
      }
    }
    let ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
    try add(
      "xl/workbook.xml",
      "<workbook \(ns) xmlns:r=\"r\"><sheets><sheet name=\"\(sheet)\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
    )
    try add(
      "xl/_rels/workbook.xml.rels",
      "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>")
    var xml = "<worksheet \(ns)><sheetData>"
    let all = (title.map { [[$0]] } ?? []) + rows
    for (r, row) in all.enumerated() {
      xml += "<row r=\"\(r + 1)\">"
      for (c, v) in row.enumerated() {
        let ref = "\(String(UnicodeScalar(UInt8(65 + c))))\(r + 1)"
        if let s = v as? String { xml += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(s)</t></is></c>" }
        if let n = v as? Double { xml += "<c r=\"\(ref)\"><v>\(n)</v></c>" }
      }
      xml += "</row>"
    }
    xml += "</sheetData>" + (title == nil ? "" : "<mergeCells><mergeCell ref=\"A1:D1\"/></mergeCells>") + "</worksheet>"
    try add("xl/worksheets/sheet1.xml", xml)
    return archive.data!
  }

  var yearbook: [[Any?]] {
    [["区县", "2019年", "2020年", "2021年"], ["渝中区", 17500.0, 18200.0, nil], ["城口县", 21000.0, 22000.0, 23000.0]]
  }

  @Test func anExcelYearbookSheetGoesToATable() throws {
    let path = try file("生均经费.xlsx", workbook(rows: yearbook, title: "2019—2021年各区县生均经费（单位：元）"))
    let r = try run(["table", "--data", path, "--indicator", "生均经费", "--format", "csv"])
    #expect(r.status == 0, "\(r.stderr)")
    let row = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("渝中区") })
    #expect(row.contains("17500") && row.contains("18200"))
    #expect(r.stderr.contains("header on row 2"))
  }

  @Test func encodingsFromExcelOnChineseWindowsAndUTF16() throws {
    // 区县,2019年 … in GB18030: 渝中区 is D3E5 D6D0 C7F8.
    var gbk = Data("district,year,indicator,value\n".utf8)
    gbk.append(contentsOf: [0xD3, 0xE5, 0xD6, 0xD0, 0xC7, 0xF8] + Array(",2023,x1,5\n".utf8))
    let g = try run(["table", "--data", try file("gbk.csv", gbk), "--indicator", "x1", "--format", "csv"])
    #expect(g.status == 0, "\(g.stderr)")
    #expect(g.stdout.contains("渝中区"))
    var utf16 = Data([0xFF, 0xFE])
    for u in "district,year,indicator,value\n城口县,2023,x1,7\n".utf16 {
      utf16.append(contentsOf: [UInt8(u & 0xFF), UInt8(u >> 8)])
    }
    let u = try run(["table", "--data", try file("u16.csv", utf16), "--indicator", "x1", "--format", "csv"])
    #expect(u.status == 0 && u.stdout.contains("城口县"), "\(u.stderr)")
  }

  @Test func standardInputReadsATable() throws {
    let csv = Data("区县,2019年,2020年\n渝中区,1,2\n".utf8)
    let r = try run(["table", "--data", "-", "--indicator", "生均经费", "--format", "csv"], input: csv)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("渝中区"))
    let x = try run(
      ["table", "--data", "-", "--indicator", "生均经费", "--format", "csv"], input: try workbook(rows: yearbook))
    #expect(x.status == 0 && x.stdout.contains("城口县"), "\(x.stderr)")
  }

  @Test func extractReadsAReportFromStandardInput() throws {
    // A GB18030 report on standard input: 丰都县 2022年教育支出14.13亿元.
    let report = "丰都县人民政府关于2022年履行教育职责情况的报告\n2022年，全县一般公共预算教育支出14.13亿元。\n"
    let r = try run(["extract", "-"], input: Data(report.utf8))
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("1413000000") && r.stdout.contains("(stdin)"), "\(r.stdout)")
  }

  @Test func malformedTablesFailCleanly() throws {
    let valid = try workbook(rows: yearbook)
    var cases: [(String, Data, String)] = [
      (
        "random.xlsx", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }),
        "not an Excel .xlsx workbook"
      ),
      ("truncated.xlsx", valid.prefix(valid.count / 2), "t.xlsx"),
      ("empty.xlsx", Data(), "not an Excel .xlsx workbook"),
      (
        "latin1.csv", Data("district,year,indicator,value\nZ".utf8) + Data([0xFC]) + Data("rich,2023,x,1\n".utf8),
        "save the file as UTF-8"
      ),
      ("nul.csv", Data([0x41, 0x00, 0xE9, 0x00]), "save it as UTF-8"),
      ("badyear.csv", Data("区县,2019年\n渝中区,一万\n".utf8), "read as a years table"),
    ]
    cases[1].2 = "truncated.xlsx"
    for (name, data, expected) in cases {
      let r = try run(["table", "--data", try file(name, data), "--indicator", "生均经费", "--format", "csv"])
      #expect(r.status == 1, "\(name): exit \(r.status) \(r.stderr)")
      #expect(r.stderr.contains(expected), "\(name): \(r.stderr)")
      #expect(r.stdout.isEmpty, "\(name)")
    }
    let empty = try run(["table", "--data", "-", "--indicator", "x", "--format", "csv"], input: Data())
    #expect(empty.status == 1 && empty.stderr.contains("standard input is empty"), "\(empty.stderr)")
    let garbage = try run(
      ["table", "--data", "-", "--indicator", "x"], input: Data([0x50, 0x4B, 0x03, 0x04, 0xFF, 0xFF]))
    #expect(garbage.status == 1 && garbage.stderr.contains("(stdin)"), "\(garbage.stderr)")
  }
}
