import Docx

/// How much of a page a chart's pictures may take in the Word document: the text height
/// less the paragraphs that must share the page with them, in points.
///
/// The document keeps a figure together: its heading keeps with the picture, the picture
/// with its caption, the caption with its notes and the source line (Word's "keep with
/// next"). A picture taller than what is left beside them pushes the heading to a new page,
/// or splits the chain where no reader looks for it; so each picture is laid out no taller
/// than its page holds with its paragraphs. Line heights follow ``StylesXML``: headings at
/// exactly 29 pt, captions, notes and sources single-spaced, counted at 1.5 times their
/// size (Noto CJK, LibreOffice's stand-in for 仿宋 and 黑体, sets lines at 1.45).
///
/// ```swift
/// let room = DocumentFigureRoom(page: .officialA4, heading: "标题", lead: nil, caption: "图1 标题", notes: [], source: nil)
/// room.alone   // 557 pt of the 637.8 pt text height: 41 for the heading, 30 for the caption, 10 spare
/// ```
struct DocumentFigureRoom {
  var page: PageSetup
  var heading: String
  /// The spec's `caption:`, a paragraph between the heading and the picture.
  var lead: String?
  /// The longest caption of the figure's pictures, with its number.
  var caption: String
  var notes: [String]
  var source: String?

  /// Air kept free on every page: the picture's own line (its paragraph is single-spaced
  /// and adds the font's descent under the picture) and rounding in the reader.
  static let slack = 10.0

  var textHeight: Double { page.textHeight / 25.4 * 72 }
  var textWidth: Double { page.textWidth / 25.4 * 72 }

  /// Lines `text` takes at `size` pt across the text width, `indent` characters in.
  func lines(_ text: String, size: Double, indent: Double = 0) -> Double {
    let ems = text.unicodeScalars.reduce(indent) { $0 + ($1.value < 0x2E80 ? 0.55 : 1) }
    return max(1, (ems * size / textWidth).rounded(.up))
  }

  /// Heading 1: 12 pt before, 29 pt lines; the lead: 29 pt lines, indented two characters.
  var headingHeight: Double {
    12 + 29 * lines(heading, size: 16) + (lead.map { 29 * lines($0, size: 16, indent: 2) } ?? 0)
  }
  /// The picture's 6 pt before, the caption (12 pt) and its 6 pt after.
  var captionHeight: Double { 6 + 1.5 * 12 * lines(caption, size: 12) + 6 }
  /// Notes and warnings (12 pt, 2–4 pt apart), the source (10.5 pt, 8 pt after).
  var footHeight: Double {
    notes.reduce(0) { $0 + 1.5 * 12 * lines($1, size: 12) + 4 }
      + (source.map { 1.5 * 10.5 * lines($0, size: 10.5) + 8 } ?? 0)
  }

  /// One picture with its heading, caption, notes and source on one page.
  var alone: Double { textHeight - headingHeight - captionHeight - footHeight - Self.slack }
  /// The first part of a split figure: its heading and caption.
  var first: Double { textHeight - headingHeight - captionHeight - Self.slack }
  /// A part between the first and the last: its caption only.
  var middle: Double { textHeight - captionHeight - Self.slack }
  /// The last part: its caption, the notes and the source.
  var last: Double { textHeight - captionHeight - footHeight - Self.slack }

  /// The room of part `i` of `count`.
  func part(_ i: Int, of count: Int) -> Double {
    count == 1 ? alone : i == 0 ? first : i == count - 1 ? last : middle
  }
}
