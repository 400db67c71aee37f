/// A line of a PDF page: the glyphs that share a band across the page, left to
/// right, split into cells where a gap is as wide as a table's column gap.
///
///     PDFLine.lines(of: glyphs)  // [PDFLine(cells: ["指标", "2021年", "2022年"]), …]
///
/// A line of running text has one cell; a table row has several. The column
/// gap is 0.8 em: a Word table puts 0.19 cm of padding on each side of a cell,
/// 10.8 pt between the texts of two cells, which is 1.03 em in 10.5 pt type
/// (五号) and 0.9 em in 12 pt (小四); Chinese running text has no gaps, and
/// justification widens them by far less.
struct PDFLine: Sendable, Equatable {
  var cells: [String]
  var x1: Double, y1: Double, x2: Double, y2: Double
  /// The type size: the width of a CJK character, else 70 % of the glyph height.
  var em: Double

  static let columnGap = 0.8
  /// Between two Latin letters or digits, a gap this wide (in em) is a space.
  static let wordGap = 0.15

  var isRow: Bool { cells.count > 1 }
  var text: String { cells.joined(separator: "\t") }

  static func lines(of glyphs: [PDFGlyph]) -> [PDFLine] {
    let visible = glyphs.filter { $0.height > 0 && $0.x2 > $0.x1 && !$0.scalar.properties.isWhitespace }
      .sorted { ($0.midY, $0.x1) < ($1.midY, $1.x1) }
    var lines: [PDFLine] = []
    var band: [PDFGlyph] = []
    var top = 0.0, bottom = 0.0
    for g in visible {
      // Same line when the glyph overlaps the line's band by half its height
      // or more: a superscript stays on its line; the next line, even set
      // tight (lines 1.2 em apart), overlaps by a fifth at most.
      if !band.isEmpty, min(bottom, g.y2) - max(top, g.y1) < 0.5 * min(g.height, bottom - top) {
        lines.append(line(of: band))
        band = []
      }
      if band.isEmpty { (top, bottom) = (g.y1, g.y2) } else { (top, bottom) = (min(top, g.y1), max(bottom, g.y2)) }
      band.append(g)
    }
    if !band.isEmpty { lines.append(line(of: band)) }
    return lines.sorted { $0.y1 < $1.y1 }
  }

  private static func line(of band: [PDFGlyph]) -> PDFLine {
    var glyphs = band.sorted { $0.x1 < $1.x1 }
    // Fake bold draws each glyph twice, a fraction of a point apart.
    glyphs = glyphs.enumerated().filter { i, g in
      i == 0 || !(g.scalar == glyphs[i - 1].scalar && abs(g.x1 - glyphs[i - 1].x1) < (g.x2 - g.x1) * 0.3)
    }.map(\.1)
    let cjkWidths = glyphs.filter(\.isCJK).map { $0.x2 - $0.x1 }.sorted()
    let heights = glyphs.map(\.height).sorted()
    let em = cjkWidths.isEmpty ? heights[heights.count / 2] * 0.7 : cjkWidths[cjkWidths.count / 2]
    var cells: [String] = []
    var cell = String.UnicodeScalarView()
    var previous: PDFGlyph?
    for g in glyphs {
      if let p = previous {
        let gap = g.x1 - p.x2
        if gap >= columnGap * em {
          cells.append(String(cell))
          cell = String.UnicodeScalarView()
        } else if gap >= wordGap * em, isWordCharacter(p.scalar), isWordCharacter(g.scalar) {
          cell.append(" ")
        }
      }
      cell.append(g.scalar)
      previous = g
    }
    cells.append(String(cell))
    return PDFLine(
      cells: cells, x1: glyphs.map(\.x1).min()!, y1: glyphs.map(\.y1).min()!, x2: glyphs.map(\.x2).max()!,
      y2: glyphs.map(\.y2).max()!, em: em)
  }

  /// ASCII letters, digits and the punctuation inside Latin words and numbers.
  static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
    s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || "%.,-()".unicodeScalars.contains(s))
  }
}
