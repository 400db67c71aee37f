/// The text of a PDF's pages in reading order: paragraphs as lines (a line
/// wrapped by the layout, or cut by a page break, is joined back), table rows
/// as lines of tab-separated cells, page numbers dropped.
///
///     PDFReadingOrder.text(of: pages)  // "丰都县…报告\n2022年，全县…增长4.49%。…\n指标\t2021年\t2022年\n…"
///
/// The sentence reader ends a sentence at every line end, so a paragraph
/// split over two lines would lose the figures whose words are on the other
/// line. A line continues the one before when that one reaches the right
/// margin (it was wrapped, not ended), the new one starts at the left margin
/// (a paragraph's first line is indented two characters), and no blank space
/// lies between them; across a page break, the last line of one page and the
/// first of the next are compared the same way.
enum PDFReadingOrder {
  struct Page: Sendable {
    var lines: [PDFLine]
    var height: Double
  }

  static func text(of pages: [Page]) -> String {
    let pages = pages.map { page in page.lines.filter { !isFurniture($0, pageHeight: page.height) } }
    // The margins of the running text (lines of one cell), over the whole document.
    let prose = pages.joined().filter { !$0.isRow }
    let left = prose.map(\.x1).min() ?? 0
    let right = prose.map(\.x2).max() ?? 0
    var out = ""
    var previous: PDFLine?  // the last line written, when it was running text
    for (p, lines) in pages.enumerated() {
      for (i, line) in lines.enumerated() {
        // A lone line with a wide gap that a wrapped paragraph runs into is
        // prose with a wide space (an em space between two names), not a
        // one-row table: a table has rows above or below.
        let lone = !(i > 0 && lines[i - 1].isRow) && !(i + 1 < lines.count && lines[i + 1].isRow)
        let wideSpace =
          lone && previous.map { continues($0, with: line, left: left, right: right, samePage: i > 0) } == true
        if line.isRow && !wideSpace {
          if !out.isEmpty, !out.hasSuffix("\n") { out += "\n" }
          out += line.text + "\n"
          previous = nil
          continue
        }
        if let before = previous, continues(before, with: line, left: left, right: right, samePage: i > 0) {
          if let a = out.unicodeScalars.last, let b = line.text.unicodeScalars.first,
            a.isASCII && a.properties.isAlphabetic && b.isASCII && b.properties.isAlphabetic
          {
            out += " "
          }
        } else if !out.isEmpty, !out.hasSuffix("\n") {
          out += "\n"
        }
        out += line.text
        previous = line
      }
    }
    if !out.isEmpty, !out.hasSuffix("\n") { out += "\n" }
    return out
  }

  /// Whether `line` goes on the paragraph `before` ends: `line` starts at the
  /// left margin (not indented), `before` was wrapped (it reaches the right
  /// margin, or comes within 6 em of it without closing a sentence: a number
  /// too long to fit moves whole to the next line), and on one page no more
  /// than a line's spacing lies between them.
  static func continues(_ before: PDFLine, with line: PDFLine, left: Double, right: Double, samePage: Bool) -> Bool {
    guard line.x1 < left + line.em else { return false }
    let short = right - before.x2
    guard short < 2 * before.em || (short < 6 * before.em && !endsSentence(before)) else { return false }
    return !samePage || line.y1 - before.y2 < (before.y2 - before.y1) * 0.8
  }

  static func endsSentence(_ line: PDFLine) -> Bool {
    guard let last = line.text.unicodeScalars.last else { return true }
    return "。！？；：.!?;:）)”".unicodeScalars.contains(last)
  }

  /// A page number at the top or bottom tenth of the page: "3", "- 3 -", "第3页", "第 3 页 共 12 页", "3/12".
  static func isFurniture(_ line: PDFLine, pageHeight: Double) -> Bool {
    guard pageHeight > 0, line.y1 > pageHeight * 0.9 || line.y2 < pageHeight * 0.1 else { return false }
    let text = line.cells.joined()
    let allowed = Set("0123456789-–—/·第页共 PageofIVXivx".unicodeScalars)
    return text.unicodeScalars.contains { ("0"..."9").contains($0) }
      && text.unicodeScalars.allSatisfy { allowed.contains($0) }
  }
}
