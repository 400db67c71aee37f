import Testing

@testable import PDFText

/// Lines, cells and paragraphs from glyph boxes, without poppler.
struct PDFLayoutTests {
  /// Glyphs of `text` from x at 10.5 pt: CJK 1 em wide, others half.
  func glyphs(_ text: String, x: Double, y: Double, size: Double = 10.5, tracking: Double = 0) -> [PDFGlyph] {
    var x = x
    return text.unicodeScalars.map { s in
      let w = (s.isASCII ? 0.5 : 1) * size
      defer { x += w + tracking }
      return PDFGlyph(s, x1: x, y1: y, x2: x + w, y2: y + size * 1.45)
    }
  }

  @Test func wideGapsSplitCellsNarrowOnesDoNot() {
    let lines = PDFLine.lines(
      of: glyphs("小学", x: 72, y: 100) + glyphs("12345元", x: 72 + 21 + 9, y: 100) + glyphs("720", x: 200, y: 100))
    // 9 pt (0.86 em) is a column gap; 21 + 9 = 30 → 102.
    #expect(lines.map(\.cells) == [["小学", "12345元", "720"]])
  }

  @Test func latinWordsKeepTheirSpacesChineseGetsNone() {
    let text =
      glyphs("Page", x: 72, y: 100) + glyphs("one", x: 72 + 21 + 3, y: 100)
      + glyphs("教育", x: 72 + 21 + 3 + 15.75 + 3, y: 100)
    #expect(PDFLine.lines(of: text).map(\.text) == ["Page one教育"])
  }

  @Test func glyphsOutOfOrderAreSortedIntoLinesTopToBottom() {
    let first = glyphs("第一行", x: 72, y: 100), second = glyphs("第二行", x: 72, y: 116)
    let superscript = PDFGlyph("2", x1: 103.5, y1: 97, x2: 107, y2: 106)
    let lines = PDFLine.lines(of: (second + first + [superscript]).reversed())
    #expect(lines.map(\.text) == ["第一行2", "第二行"])
  }

  @Test func fakeBoldDoubleGlyphsAreDroppedAndWhitespaceIgnored() {
    let bold = glyphs("教育", x: 72, y: 100) + glyphs("教育", x: 72.4, y: 100) + glyphs(" \n", x: 93, y: 100)
    #expect(PDFLine.lines(of: bold).map(\.text) == ["教育"])
  }

  @Test func pageNumbersAtTheEdgesAreFurniture() {
    let footer = PDFLine.lines(of: glyphs("- 3 -", x: 290, y: 800))[0]
    let ofTotal = PDFLine.lines(of: glyphs("第3页共12页", x: 290, y: 800))[0]
    let figure = PDFLine.lines(of: glyphs("2022", x: 290, y: 400))[0]
    let note = PDFLine.lines(of: glyphs("注：3", x: 72, y: 800))[0]
    #expect(PDFReadingOrder.isFurniture(footer, pageHeight: 842))
    #expect(PDFReadingOrder.isFurniture(ofTotal, pageHeight: 842))
    #expect(!PDFReadingOrder.isFurniture(figure, pageHeight: 842))
    #expect(!PDFReadingOrder.isFurniture(note, pageHeight: 842))
  }

  @Test func paragraphEndsWhereTheLineEndsShortOrTheNextIsIndented() {
    let full = String(repeating: "教", count: 40)
    let lines = PDFLine.lines(
      of: glyphs("　　" + full.dropFirst(2), x: 72, y: 100)  // indented first line (the U+3000 are dropped)
        + glyphs(full, x: 72, y: 116)  // reaches the margin: continues
        + glyphs("到此为止。", x: 72, y: 132)  // short: the paragraph ends
        + glyphs("新段落" + full.dropFirst(5), x: 93, y: 148)  // indented: a new paragraph
        + glyphs("一、标题", x: 72, y: 180))  // a blank line above: not a continuation
    let text = PDFReadingOrder.text(of: [.init(lines: lines, height: 842)])
    #expect(text.components(separatedBy: "\n").map(\.count) == [38 + 40 + 5, 40 - 2, 4, 0])
  }

  @Test func aWideSpaceInsideAParagraphIsNotATable() {
    let full = String(repeating: "教", count: 40)
    // 中共某市委  某市人民政府: two em spaces inside a wrapped line.
    let lines = PDFLine.lines(
      of: glyphs(full, x: 72, y: 100) + glyphs("中共某市委", x: 72, y: 116)
        + glyphs(String(full.prefix(33)), x: 72 + 52.5 + 21, y: 116)
        + glyphs("关于机构改革的意见。", x: 72, y: 132))
    #expect(lines[1].isRow)
    let text = PDFReadingOrder.text(of: [.init(lines: lines, height: 842)])
    #expect(text == full + "中共某市委\t" + full.prefix(33) + "关于机构改革的意见。\n")
  }
}
