/// One character of a PDF page with its box, in points from the page's top
/// left (y grows downwards), as poppler lays it out.
///
///     PDFGlyph("教", x1: 72, y1: 100, x2: 86, y2: 120.3)
struct PDFGlyph: Sendable, Equatable {
  var scalar: Unicode.Scalar
  var x1: Double, y1: Double, x2: Double, y2: Double

  init(_ scalar: Unicode.Scalar, x1: Double, y1: Double, x2: Double, y2: Double) {
    self.scalar = scalar
    self.x1 = x1
    self.y1 = y1
    self.x2 = x2
    self.y2 = y2
  }

  var height: Double { y2 - y1 }
  var midY: Double { (y1 + y2) / 2 }

  /// Han ideographs and full-width punctuation: text that is written without spaces.
  var isCJK: Bool {
    let v = scalar.value
    return (0x2E80...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFFEF).contains(v)
      || (0x3000...0x303F).contains(v) || (0x20000...0x3FFFF).contains(v)
  }
}
