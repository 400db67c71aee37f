import Testing

@testable import Charts

/// The scorecard grid, laid out with the font-free measurer.
@Suite struct ScorecardLayoutTests {
  static let statuses = [
    ScorecardChartSpec.Status(name: "达到", symbol: "✓", color: Color(0x009E73)),
    ScorecardChartSpec.Status(name: "未达到", symbol: "✗", color: Color(0xD55E00)),
    ScorecardChartSpec.Status(name: "声称达到但数据相反", symbol: "!", color: Color(0xCC79A7)),
    ScorecardChartSpec.Status(name: "仅声称，无数据", symbol: "?", color: Color(0xE69F00)),
    ScorecardChartSpec.Status(name: "未报告", symbol: "–", color: Color(0xBBBBBB)),
  ]

  static func spec(rows: Int, width: Double = 1200) -> ScorecardChartSpec {
    let names = (0..<rows).map { "区县\($0) 2022" }
    let columns = ["R1", "R2", "R3", "R4", "R5"]
    return ScorecardChartSpec(
      title: "履行教育职责经费要求：各区县达标情况", subtitle: "颜色与符号同义，黑白打印可读", rows: names, columns: columns,
      columnKey: columns.map { "\($0) 一条很长的法定要求说明文字，用来检验换行是否正确而不会超出画布的右边缘" },
      statuses: statuses, cells: (0..<rows).map { r in (0..<5).map { c in (r + c) % 6 == 5 ? nil : (r + c) % 5 } },
      notes: ["未报告：报告和表格都没有数字和声称。"], source: "区县自查自评报告", size: .pixels(width, 800))
  }

  @Test(arguments: [1, 5, 40])
  func oneCellPerRowAndColumnWithItsSymbol(rows: Int) throws {
    let spec = Self.spec(rows: rows)
    let scene = try ScorecardLayout.scene(spec, measurer: FixedWidthMeasurer())
    let cells = scene.primitives(.bar)
    #expect(cells.count == rows * 5)
    #expect(Set(cells.map(\.key)).count == rows * 5)
    // A symbol in every filled cell, inside it.
    let filled = spec.cells.joined().compactMap { $0 }.count
    let symbols = scene.primitives(.valueLabel)
    #expect(symbols.count == filled)
    for s in symbols {
      let cell = try #require(cells.first { $0.key == s.key }?.rect)
      #expect(cell.contains(s.bounds, tolerance: 0.5))
    }
    // Cells of one row share a top; rows do not overlap.
    let tops = Set(cells.compactMap(\.rect?.y))
    #expect(tops.count == rows)
    for a in cells { for b in cells where a.key != b.key { #expect(!a.rect!.overlaps(b.rect!, tolerance: 0.01)) } }
  }

  @Test(arguments: [1, 5, 40])
  func nothingOverlapsAndEverythingIsOnTheCanvas(rows: Int) throws {
    let scene = try ScorecardLayout.scene(Self.spec(rows: rows), measurer: FixedWidthMeasurer())
    #expect(scene.overlappingTexts().isEmpty)
    #expect(scene.primitivesOutsideCanvas().isEmpty)
  }

  @Test func theLegendHasEachStatusWithItsSymbolAndName() throws {
    let scene = try ScorecardLayout.scene(Self.spec(rows: 3), measurer: FixedWidthMeasurer())
    for status in Self.statuses {
      let swatch = scene.primitives(.legendSwatch, key: status.name)
      #expect(swatch.contains { $0.rect != nil })
      #expect(swatch.contains { $0.textRun?.text == status.symbol })
      #expect(scene.primitives(.legendLabel, key: status.name).first?.textRun?.text == status.name)
    }
    // The legend sits below the grid.
    let gridBottom = scene.primitives(.bar).compactMap(\.rect?.maxY).max()!
    #expect(scene.primitives(.legendSwatch).allSatisfy { $0.bounds.minY >= gridBottom })
  }

  @Test func theHeightGrowsWithTheRowsAndAWideGridWidensTheCanvas() throws {
    let five = try ScorecardLayout.scene(Self.spec(rows: 5), measurer: FixedWidthMeasurer())
    let forty = try ScorecardLayout.scene(Self.spec(rows: 40), measurer: FixedWidthMeasurer())
    #expect(forty.height > five.height)
    let narrow = try ScorecardLayout.scene(Self.spec(rows: 2, width: 100), measurer: FixedWidthMeasurer())
    #expect(narrow.width > 50)
    #expect(narrow.primitivesOutsideCanvas().isEmpty)
  }

  @Test func aCellCountThatDoesNotMatchIsRefused() {
    var spec = Self.spec(rows: 2)
    spec.cells[1].removeLast()
    #expect(throws: ChartLayoutError.self) { try ScorecardLayout.scene(spec, measurer: FixedWidthMeasurer()) }
    spec = Self.spec(rows: 2)
    spec.cells[0][0] = 9
    #expect(throws: ChartLayoutError.self) { try ScorecardLayout.scene(spec, measurer: FixedWidthMeasurer()) }
  }

  /// The canvas grows with the rows, so its size is bounded like every chart's before anything is drawn.
  @Test func aScorecardTooTallToDrawIsRefused() {
    #expect(throws: ChartLayoutError.self) {
      try ScorecardLayout.scene(Self.spec(rows: 2000), measurer: FixedWidthMeasurer())
    }
  }
}
