import Foundation
import Testing
import ZIPFoundation

@testable import Metrics

/// Workbooks built in the test (``WorkbookBuilder``), read as tables.
@Suite struct ExcelSheetReaderTests {
  typealias W = WorkbookBuilder

  func read(_ book: WorkbookBuilder, _ options: TableOptions = TableOptions(), name: String = "t.xlsx") throws
    -> TableRead
  {
    try ObservationSource.read(data: try book.data(), name: name, format: "xlsx", options: options)
  }

  @Test func tidySheetWithSharedStringsNumbersAndFormulas() throws {
    // Shared strings (t="s"), a formula's cached value, a number shown as a
    // percentage (stored 0.951: the value, not the text, is read), an empty cell.
    let rows =
      W.row(1, ["district", "year", "indicator", "value", "unit"])
      + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\"><v>2023</v></c><c r=\"C2\" t=\"s\"><v>1</v></c>"
      + "<c r=\"D2\"><f>1.75*1</f><v>1.75</v></c><c r=\"E2\" t=\"s\"><v>2</v></c></row>"
      + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"B3\"><v>2022</v></c><c r=\"C3\" t=\"s\"><v>1</v></c><c r=\"D3\"/></row>"
    let t = try read(W(sheets: [("数据", rows)], sharedStrings: ["渝中区", "生均经费", "万元"])).table
    #expect(t.count == 2)
    #expect(t[0].district == "渝中区" && t[0].indicator == "生均经费" && t[0].year == 2023)
    #expect(t[0].value == 17_500 && t[0].unit == .yuan)
    #expect(t[1].value == nil)  // empty stays missing
  }

  @Test func yearbookSheetTitleMergedHeaderAndFootnote() throws {
    // Row 1: a title merged across; row 2: the unit; rows 3–4: 区县 merged down,
    // 生均经费 merged over the years; a footnote at the end.
    let rows =
      W.row(1, ["2019—2021年各区县生均一般公共预算教育经费"]) + W.row(2, [nil, nil, nil, "单位：万元"])
      + W.row(3, ["区县", "生均经费"]) + W.row(4, [nil, "2019年", "2020年", "2021年度"])
      + W.row(5, ["渝中区", 1.75, 1.82, nil]) + W.row(6, ["城口县", 2.44, "***", 2.6])
      + W.row(8, ["注：2021年渝中区数据缺失。"])
    let book = W(sheets: [("表1", rows)], merges: ["A1:D1", "A3:A4", "B3:D3"])
    let read = try read(book)
    let t = read.table
    #expect(t.count == 6)
    #expect(Set(t.map(\.indicator)) == ["生均经费"])
    #expect(t.first { $0.district == "渝中区" && $0.year == 2019 }?.value == 17_500)
    #expect(t.first { $0.district == "渝中区" && $0.year == 2021 }?.value == nil)
    #expect(t.first { $0.district == "城口县" && $0.year == 2020 }?.isMasked == true)
    #expect(t.first { $0.district == "城口县" && $0.year == 2021 }?.value == 26_000)
    #expect(read.notes.contains { $0.contains("header on row 3") && $0.contains("2019—2021年各区县") })
    #expect(read.notes.contains { $0.contains("indicator 生均经费 (the header above the years)") })
  }

  @Test func yearsAsColumnsNamedByTheSheetOrTheOption() throws {
    let rows = W.row(1, ["区县", "2019", "2020"]) + W.row(2, ["万州区", 100, 110])
    let bySheet = try read(W(sheets: [("Sheet1", W.row(1, ["x"])), ("教育支出", rows)]), TableOptions(sheet: "教育支出")).table
    #expect(bySheet.indicatorNames == ["教育支出"] && bySheet.count == 2)
    let byOption = try read(W(sheets: [("Sheet1", rows)]), TableOptions(indicator: "专任教师数")).table
    #expect(byOption.indicatorNames == ["专任教师数"])
    let byFile = try read(W(sheets: [("Sheet1", rows)]), name: "/tmp/生师比.xlsx").table
    #expect(byFile.indicatorNames == ["生师比"])
  }

  @Test func datesBooleansAndDate1904() throws {
    // A year column formatted as a date (style 1 = numFmt 14) reads as the year.
    let rows =
      W.row(1, ["区县", "年份", "在园幼儿数", "达标"])
      + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>渝中区</t></is></c><c r=\"B2\" s=\"1\"><v>43466</v></c><c r=\"C2\"><v>1200</v></c><c r=\"D2\" t=\"b\"><v>1</v></c></row>"
    let t = try read(W(sheets: [("s", rows)])).table
    #expect(t.count == 1 && t[0].year == 2019 && t[0].value == 1200)
    #expect(t.attribute("达标", row: 0) == "true")
    #expect(ExcelDate.text(43466, date1904: false) == "2019-01-01")
    #expect(ExcelDate.text(43466 - 1462, date1904: true) == "2019-01-01")
    #expect(ExcelDate.text(61, date1904: false) == "1900-03-01")
    #expect(
      ExcelWorkbook.isDateFormat("yyyy\"年\"m\"月\"") && !ExcelWorkbook.isDateFormat("#,##0.00\"元\"")
        && !ExcelWorkbook.isDateFormat("[Red]0.0%"))
  }

  @Test func errorsNameTheFileSheetAndCell() throws {
    let rows = W.row(1, ["区县", "2020年", "2021年"]) + W.row(2, ["渝中区", 1, 2]) + W.row(7, ["城口县", 3, "三"])
    let e = errorText { _ = try read(W(sheets: [("表1", rows)])) }
    #expect(e.hasPrefix("t.xlsx: sheet 表1, cell C7: column '2021年': \"三\" is not a number"))
    #expect(e.contains("read as a years table because the header has years as columns (2020年, 2021年)"))
    let badString =
      W.row(1, ["区县", "2020"]) + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\"><v>1</v></c></row>"
    #expect(
      errorText { _ = try read(W(sheets: [("表1", badString)])) }.hasPrefix(
        "t.xlsx: sheet 表1, cell A2: the shared string 5 does not exist"))
    #expect(
      errorText { _ = try read(W(sheets: [("表1", rows)]), TableOptions(sheet: "表9")) }.contains(
        "no sheet called '表9'; the workbook has: 表1"))
  }

  @Test func damagedAndHostileWorkbooksAreRefused() throws {
    #expect(
      errorText { _ = try read(WorkbookBuilder(sheets: [("s", "<row r=\"1\"><c r=\"A1\"")])) }.contains(
        "not well-formed XML"))
    #expect(
      errorText {
        _ = try ObservationSource.read(
          data: Data("区县,2020\n".utf8), name: "fake.xlsx", format: "xlsx", options: TableOptions())
      }
      .contains("not a ZIP archive"))
    // A DTD (the way to an entity bomb) is refused, not expanded.
    let dtd = WorkbookBuilder(
      sheets: [("s", W.row(1, ["a", "b"]))],
      extra: ["xl/sharedStrings.xml": Data("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><sst/>".utf8)])
    #expect(errorText { _ = try read(dtd) }.contains("document type declaration"))
    // A part that inflates far beyond its stored size: a zip bomb.
    let zeros = Data(count: 4 << 20)
    let bomb = WorkbookBuilder(sheets: [("s", W.row(1, ["a", "b"]))], extra: ["xl/media/zeros.bin": zeros])
    var reader = ExcelSheetReader()
    reader.limits.ratio = 100
    #expect(errorText { _ = try reader.read(try bomb.data(), name: "b.xlsx", sheet: nil) }.contains("likely zip bomb"))
    reader.limits = .init(partBytes: 1 << 20)
    #expect(errorText { _ = try reader.read(try bomb.data(), name: "b.xlsx", sheet: nil) }.contains("likely zip bomb"))
    reader.limits = .init(entries: 3)
    #expect(
      errorText { _ = try reader.read(try bomb.data(), name: "b.xlsx", sheet: nil) }.contains("more than 3 ZIP entries")
    )
  }

  @Test func zipDirectoriesThatPointPastTheEndAreErrorsNotCrashes() throws {
    // The fuzzer's .docx whose entry offset lies past the end (its first byte picks the reader).
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let found = try Data(contentsOf: root.appendingPathComponent("Fuzz/regressions/docx-seek-past-end")).dropFirst()
    #expect(
      errorText { _ = try ExcelSheetReader().read(Data(found), name: "f.xlsx", sheet: nil) }.contains(
        "the ZIP archive is damaged"))
    // Every prefix of a good workbook: an error, never a trap.
    let good = try W(sheets: [("s", W.row(1, ["区县", "2020"]) + W.row(2, ["渝中区", 1]))]).data()
    for cut in stride(from: 0, to: good.count, by: 7) {
      #expect(throws: InputError.self) {
        _ = try ExcelSheetReader().read(good.prefix(cut), name: "cut.xlsx", sheet: nil)
      }
    }
    // A flipped byte anywhere in the directory: an error or a table, never a trap.
    for i in stride(from: good.count - 200, to: good.count, by: 3) {
      var bad = good
      bad[i] ^= 0xFF
      _ = try? ExcelSheetReader().read(bad, name: "flip.xlsx", sheet: nil)
    }
  }

  @Test func xmlScannerDecodesEntitiesAndSkipsPrefixes() throws {
    let xml = Array(
      "<?xml version=\"1.0\"?><x:row r='2'><x:c t=\"s\">a&amp;b &#x4E2D;&#25991;<![CDATA[<1>]]></x:c></x:row>".utf8)
    var tokens: [String] = []
    try xml.withUnsafeBytes { raw in
      var x = XMLScanner(raw)
      while let t = try x.next() {
        switch t {
        case .start(let n, let a, _): tokens.append("<\(x.text(n)) r=\(x.attribute("r", in: a) ?? "-")")
        case .end(let n): tokens.append("</\(x.text(n))")
        case .text(let r): tokens.append(x.text(r))
        }
      }
    }
    #expect(tokens == ["<row r=2", "<c r=-", "a&b 中文", "<1>", "</c", "</row"])
  }
}
