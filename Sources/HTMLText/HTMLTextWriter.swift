/// Lays out the text of an HTML page as it reads: one line per block, table
/// cells separated by tabs, and white space as a browser shows it.
///
/// White space: a run of spaces, tabs and line breaks in the source is one space,
/// none at the start or end of a line, and none at all where a line break in the
/// source falls between two Chinese characters (a hard-wrapped 一般公共预算\n教育支出
/// reads 一般公共预算教育支出, as CSS's segment-break rule has browsers show it). Inside
/// `<pre>` the text is kept as written. `&nbsp;` is a plain space that is never
/// collapsed.
struct HTMLTextWriter {
  /// Elements whose content is not text of the page.
  static let dropped: Set<String> = ["script", "style", "noscript", "template"]
  /// Elements that start and end a line.
  static let blocks: Set<String> = [
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "tbody", "thead", "tfoot", "title", "tr", "ul",
  ]

  private var out = String.UnicodeScalarView()
  private var pendingSpace = false
  /// The pending white space holds a line break (see the segment-break rule above).
  private var pendingBreak = false
  private var preDepth = 0
  /// Cells opened in the current table row.
  private var cellsInRow = 0

  mutating func open(_ name: String) {
    if Self.blocks.contains(name) { endLine() }
    switch name {
    case "pre": preDepth += 1
    case "tr": cellsInRow = 0
    case "td", "th":
      if cellsInRow > 0 {
        dropPendingSpace()
        out.append("\t")
      }
      cellsInRow += 1
    default: break
    }
  }

  mutating func close(_ name: String) {
    if name == "pre" { preDepth = max(0, preDepth - 1) }
    if Self.blocks.contains(name) { endLine() }
  }

  mutating func append(_ text: String) {
    for u in text.unicodeScalars {
      if preDepth > 0 {
        flushPendingSpace(before: u)
        out.append(u == "\r" ? "\n" : u)
        continue
      }
      switch u {
      case " ", "\t", "\n", "\r", "\u{0C}":
        pendingSpace = true
        if u == "\n" || u == "\r" { pendingBreak = true }
      case "\u{A0}":
        flushPendingSpace(before: u)
        out.append(" ")
      default:
        flushPendingSpace(before: u)
        out.append(u)
      }
    }
  }

  /// The text, each line without trailing spaces, ending with a line break.
  mutating func finish() -> String {
    endLine()
    return String(out)
  }

  private mutating func endLine() {
    dropPendingSpace()
    while let last = out.last, last == " " || last == "\t" { out.removeLast() }
    if let last = out.last, last != "\n" { out.append("\n") }
  }

  private mutating func dropPendingSpace() {
    pendingSpace = false
    pendingBreak = false
  }

  private mutating func flushPendingSpace(before next: Unicode.Scalar) {
    defer { dropPendingSpace() }
    guard pendingSpace, let last = out.last, last != "\n", last != "\t" else { return }
    if pendingBreak && Self.isWide(last) && Self.isWide(next) { return }
    out.append(" ")
  }

  /// Han, CJK punctuation, kana and full-width forms: where a source line break
  /// between two of them is no space.
  static func isWide(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFF: true
    default: false
    }
  }
}
