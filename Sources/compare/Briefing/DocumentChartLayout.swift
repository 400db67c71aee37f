import ChartBuilding
import Charts
import Docx

/// How a briefing lays out charts for its page: at the text width in centimetres, with
/// text that prints at a readable size.
///
/// Before, a briefing's charts were 1200 px at 144 dpi = 21.2 cm wide: Word shrank them to the
/// 15.6 cm text width of an A4 official page and their 8.5 pt tick labels printed at 6.3 pt.
/// Laid out at the text width, a point in the chart is a point on paper.
///
/// ```swift
/// let layout = DocumentChartLayout(page: .officialA4)
/// layout.size(for: built.spec, dpi: 300)   // 15.6 cm × its height, 1843 px wide
/// ```
struct DocumentChartLayout {
  var page: PageSetup

  /// The smallest text that prints readably (pt); a chart laid out here with smaller text
  /// (too many bars for one page) is reported on the terminal.
  static let smallestPrintedText = 9.0

  /// Pixels per inch when neither the chart nor the style names one: print quality.
  static let defaultDPI = 300.0
  /// Room left on the page beside a chart (mm): the heading, caption and source line, and
  /// on the first page the title, so a 38-district bar chart (160 mm) follows the title.
  static let textAround = 65.0

  /// The chart theme for print: axis, tick, value and note text at 9 pt or more.
  static let theme: Theme = {
    var t = Theme.standard
    t.labelSize = 10
    t.tickSize = 9
    t.valueLabelSize = 9
    t.noteSize = 9
    return t
  }()

  /// The print theme for charts laid out here; a chart with a size of its own (pixels for
  /// a screen) keeps the standard theme.
  static func theme(for request: ChartRequest) -> Theme { request.size == nil ? theme : .standard }

  /// Row pitch of horizontal bars (pt): a 10 pt label's line box (Noto Sans CJK: 1.45 ×
  /// the size) and a little air. The screen default's 11 pt rows shrank labels to 8 pt.
  static let barRowPitch = 16.0
  /// What a horizontal bar chart needs besides its rows (pt): title, axis, ticks, source, margins.
  static let barChrome = 140.0

  /// The size a chart without a size of its own gets: the text width, and for trends the
  /// proportions of the default (2:3); horizontal bars get the rows their labels need at
  /// 10 pt; at most the page's text height less the text around the chart. Pixels are
  /// rounded down, so the picture is never wider than the text.
  func size(for spec: ChartSpec, dpi: Double) -> ChartSize {
    let width = page.textWidth / 25.4 * 72
    let maxHeight = (page.textHeight - Self.textAround) / 25.4 * 72
    let height: Double
    switch spec {
    case .trend(let s):
      height = width * s.size.heightPoints / s.size.widthPoints
    case .bar(let s):
      let rows = Double(s.categories.count * (s.stacked ? 1 : max(1, s.series.count)))
      height =
        s.orientation == .horizontal
        ? max(s.size.heightPoints, rows * Self.barRowPitch + Self.barChrome) : s.size.heightPoints
    }
    let h = min(maxHeight, height)
    // A hair over before rounding down: a spec fitted once fits again to the same pixels
    // (500 pt is 2083 px at 300 dpi, and 2083 px back in points times 300/72 is 2082.9999…).
    func pixels(_ points: Double) -> Double { (points * dpi / 72 + 1e-6).rounded(.down) }
    return ChartSize(width: pixels(width), height: pixels(h), dpi: dpi)
  }

  /// The spec with its size replaced by ``size(for:dpi:)``.
  func fitted(_ spec: ChartSpec, dpi: Double) -> ChartSpec {
    let size = self.size(for: spec, dpi: dpi)
    switch spec {
    case .bar(var s):
      s.size = size
      return .bar(s)
    case .trend(var s):
      s.size = size
      return .trend(s)
    }
  }
}
