/// An opaque sRGB colour.
public struct Color: Sendable, Hashable {
  public var red: UInt8
  public var green: UInt8
  public var blue: UInt8

  /// `Color(0x0072B2)`.
  public init(_ hex: UInt32) {
    red = UInt8((hex >> 16) & 0xFF)
    green = UInt8((hex >> 8) & 0xFF)
    blue = UInt8(hex & 0xFF)
  }

  /// "#0072B2".
  public var hex: String {
    let digits = Array("0123456789ABCDEF")
    return "#" + String([red >> 4, red & 15, green >> 4, green & 15, blue >> 4, blue & 15].map { digits[Int($0)] })
  }

  /// This colour mixed with white; `amount` 0 keeps it, 1 gives white. Used for muted bars.
  public func lightened(_ amount: Double) -> Color {
    func mix(_ c: UInt8) -> UInt32 { UInt32((Double(c) + (255 - Double(c)) * amount).rounded()) }
    return Color(mix(red) << 16 | mix(green) << 8 | mix(blue))
  }

  public static let white = Color(0xFFFFFF)
  public static let black = Color(0x000000)
}

/// A font: family, size in points, weight.
public struct FontSpec: Sendable, Hashable {
  public var family: String
  /// Size in points (layout units).
  public var size: Double
  public var bold: Bool

  public init(family: String, size: Double, bold: Bool = false) {
    self.family = family
    self.size = size
    self.bold = bold
  }

  /// The same font at another size.
  public func sized(_ s: Double) -> FontSpec { FontSpec(family: family, size: s, bold: bold) }
}

/// Fonts, colours and spacing shared by all charts; all lengths in points.
///
/// The palette is Okabe–Ito (safe for the common colour-vision deficiencies), its
/// yellow replaced by wine so lines stay visible on white paper, then four of Paul
/// Tol's colours for charts with up to twelve series.
///
/// ```swift
/// var theme = Theme.standard
/// theme.fontFamily = "Noto Serif CJK SC"
/// ```
public struct Theme: Sendable {
  public var fontFamily = "Noto Sans CJK SC"
  public var titleSize = 13.0
  public var subtitleSize = 10.5
  public var labelSize = 9.0
  public var tickSize = 8.5
  public var valueLabelSize = 8.0
  public var noteSize = 8.0
  /// Labels are shrunk to fit crowded charts, but never below this.
  public var minimumLabelSize = 5.5

  public var palette: [Color] = [
    Color(0x0072B2), Color(0xD55E00), Color(0x009E73), Color(0xE69F00),
    Color(0xCC79A7), Color(0x56B4E9), Color(0x000000), Color(0x882255),
    // Beyond Okabe–Ito: Paul Tol's indigo, teal and olive; after twelve, colours repeat.
    Color(0x332288), Color(0x44AA99), Color(0x999933), Color(0x6F4E37),
  ]
  /// Single-series bars and highlighted categories.
  public var accent = Color(0x0072B2)
  /// Bars of categories that are not highlighted.
  public var mutedBar = Color(0xBFCAD4)
  /// Lines of series that are not highlighted.
  public var mutedLine = Color(0xB4B4B4)
  public var text = Color(0x222222)
  public var secondaryText = Color(0x5A5A5A)
  public var grid = Color(0xE3E3E3)
  public var axis = Color(0x555555)
  public var reference = Color(0xA33B20)
  public var background = Color.white

  /// Space between the canvas edge and any content.
  public var margin = 12.0
  /// Space between a label and what it labels.
  public var gap = 4.0
  public var lineWidth = 1.6
  public var markerRadius = 2.6
  /// Fraction of a category's band taken by bar(s).
  public var barFill = 0.72
  /// The thickest one bar may be (pt): a chart of two or three districts keeps bars
  /// of a readable weight, centred in their rows, instead of filling the plot.
  public var maximumBarThickness = 30.0
  /// The same for vertical bars (columns), which read better a little wider.
  public var maximumColumnWidth = 60.0
  /// A category label may take at most this fraction of the chart width before it is
  /// wrapped, shortened or truncated.
  public var maximumCategoryLabelFraction = 0.3
  /// Direct labels at line ends may take at most this fraction of the width; beyond
  /// it, or with more than ``maximumDirectLabels`` lines, a legend is drawn.
  public var maximumEndLabelFraction = 0.3
  public var maximumDirectLabels = 8

  public init() {}

  /// The default theme, fit for print and screen.
  public static let standard = Theme()

  func font(_ size: Double, bold: Bool = false) -> FontSpec {
    FontSpec(family: fontFamily, size: size, bold: bold)
  }
  func color(series i: Int) -> Color { palette[i % palette.count] }
}
