import Foundation
import Testing

@testable import Metrics

/// Reading one indicator while parsing (``IndicatorFilter``) and through a mapping
/// whose pages are given back (``MappedFile``): the panel must be exactly the one
/// the whole table gives, and what was left out must still be named.
@Suite struct FilteredReadTests {
  let dir: URL

  init() throws {
    dir = FileManager.default.temporaryDirectory.appendingPathComponent("compare-filtered-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  }

  func file(_ name: String, _ text: String) throws -> URL {
    let url = dir.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  func options(_ indicator: String) -> TableOptions {
    var o = TableOptions()
    o.filter = IndicatorFilter(indicator: indicator)
    return o
  }

  @Test func theFilterKeepsWhatThePanelBuilderLinesUp() {
    let keep = IndicatorFilter(indicator: "生均一般公共预算教育经费")
    #expect(keep.keeps("生均一般公共预算教育经费"))
    #expect(keep.keeps("小学生均一般公共预算教育经费"))  // a level prefix: the same catalog indicator
    #expect(keep.keeps("生均一般公共预算教育经费（元）"))  // a unit in brackets
    #expect(!keep.keeps("生均公用经费"))
    let uncatalogued = IndicatorFilter(indicator: "指标０１")  // full-width digits fold as in the builder
    #expect(uncatalogued.keeps("指标01"))
    #expect(uncatalogued.keeps(" 指标01"))
    #expect(!uncatalogued.keeps("指标02"))
  }

  /// 12 000 rows over three chunks: the filtered panel equals the unfiltered one cell for cell.
  @Test func aFilteredChunkedReadGivesTheSamePanel() throws {
    var reader = TidyCSVReaderLargeTests.reader
    reader.chunkCount = 3
    let text = TidyCSVReaderLargeTests.large()
    let whole = try reader.read(data: Data(text.utf8), name: "t.csv")
    let one = try Data(text.utf8).withUnsafeBytes {
      try reader.read(bytes: $0, name: "t.csv", filter: IndicatorFilter(indicator: "指标7"))
    }
    #expect(one.count == 300)
    #expect(Set(one.indicatorNames) == ["指标7"])
    #expect(one.indicatorsLeftOut.count == 39)
    let q = PanelQuery(indicator: "指标7")
    let a = try PanelBuilder(table: whole).panel(q), b = try PanelBuilder(table: one).panel(q)
    #expect(a.districts == b.districts)
    #expect(a.years == b.years)
    for d in a.districts {
      for y in a.years { #expect(a.value(d, y) == b.value(d, y)) }
    }
    // Each kept row keeps its own line in the file.
    let lines = whole.indices.filter { whole[$0].indicator == "指标7" }.map { whole[$0].provenance.line }
    #expect(one.indices.map { one[$0].provenance.line } == lines)
  }

  @Test func anIndicatorNotInTheFileStillListsWhatTheFileHolds() throws {
    let url = try file("t.csv", "district,year,indicator,value\nA,2020,甲,1\nA,2020,乙,2\n")
    let read = try ObservationSource.read(url, options: options("丙"))
    #expect(read.table.isEmpty)
    #expect(read.table.indicatorsLeftOut == ["甲", "乙"])
    let message = errorText { _ = try PanelBuilder(table: read.table).panel(PanelQuery(indicator: "丙")) }
    #expect(message.contains("甲, 乙"), "\(message)")
  }

  @Test func rowsOfOtherIndicatorsAreCheckedForShapeOnly() throws {
    let bad = "district,year,indicator,value\nA,2020,甲,1\nA,20x0,乙,zz\nA,2021,甲,2\n"
    let url = try file("bad.csv", bad)
    #expect(try ObservationSource.read(url, options: options("甲")).table.count == 2)
    // The row asked for is still checked: file, line and column.
    let message = errorText { _ = try ObservationSource.read(url, options: options("乙")) }
    #expect(message.contains("bad.csv:3: column 'year'"), "\(message)")
    let short = try file("short.csv", "district,year,indicator,value\nA,2020,乙\n")
    #expect(errorText { _ = try ObservationSource.read(short, options: options("甲")) }.contains("short.csv:2:"))
  }

  @Test func aWideTableReadsOnlyTheColumnsAsked() throws {
    let url = try file("w.csv", "district,year,甲（万元）,乙,region\nA,2020,1.5,2,东\nB,2020,3,x,西\n")
    let t = try ObservationSource.read(url, options: options("甲")).table
    #expect(t.count == 2)
    #expect(t[0].indicator == "甲")
    #expect(t[0].value == 15000)
    #expect(t.indicatorsLeftOut.contains("乙"))
  }

  @Test func jsonRecordsAreFilteredToo() throws {
    let url = try file(
      "r.json",
      #"[{"district":"A","year":2020,"indicator":"甲","value":1},{"district":"A","year":2020,"indicator":"乙","value":2}]"#
    )
    let t = try ObservationSource.read(url, options: options("乙")).table
    #expect(t.count == 1)
    #expect(t[0].value == 2)
    #expect(t.indicatorsLeftOut == ["甲"])
  }

  /// The mapped path (UTF-8 on disk) and the in-memory path (GB18030, transcoded) read the same.
  @Test func mappedAndTranscodedFilesReadTheSame() throws {
    let text = "district,year,indicator,value,unit\n渝中区,2023,生均经费,1.5,万元\n"
    let utf8 = try file("u.csv", text)
    let gb = dir.appendingPathComponent("g.csv")
    // 渝中区 and 生均经费 in GB18030, as Excel on Chinese Windows saves them.
    let gbRow: [UInt8] =
      [0xD3, 0xE5, 0xD6, 0xD0, 0xC7, 0xF8] + Array(",2023,".utf8) + [0xC9, 0xFA, 0xBE, 0xF9, 0xBE, 0xAD, 0xB7, 0xD1]
      + Array(",1.5,".utf8) + [0xCD, 0xF2, 0xD4, 0xAA, 0x0A]
    try Data(Array("district,year,indicator,value,unit\n".utf8) + gbRow).write(to: gb)
    let mapped = try #require(MappedFile(utf8))
    #expect(mapped.isUTF8())
    #expect(try #require(MappedFile(gb)).isUTF8() == false)
    let a = try ObservationSource.read(utf8, options: TableOptions()).table
    let b = try ObservationSource.read(gb, options: TableOptions()).table
    #expect(a.count == 1 && b.count == 1)
    #expect(a[0].district == b[0].district && a[0].value == b[0].value && a[0].value == 15000)
  }

  /// Pages given back are read again from the file, not lost (the mapping is private, never written).
  @Test func releasedPagesReadBackUnchanged() throws {
    let page = MappedFile.pageSize
    let text = String(repeating: "0123456789abcdef", count: page * 4 / 16)
    let mapped = try #require(MappedFile(try file("p.txt", text)))
    let before = Array(mapped.bytes)
    mapped.release(from: mapped.bytes.baseAddress!, to: mapped.bytes.baseAddress! + mapped.bytes.count)
    #expect(Array(mapped.bytes) == before)
  }
}
