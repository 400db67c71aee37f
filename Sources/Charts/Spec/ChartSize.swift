/// The size of a chart on paper or screen: pixels plus the resolution they are meant for.
///
/// Layout works in **points** (1/72 inch), the unit of PDF and of font sizes, so a
/// chart keeps its proportions at every resolution: a 16 cm × 10 cm chart is
/// 453.5 × 283.5 pt whether it is rasterised at 96 or 300 dpi. Raster output is
/// scaled by `dpi / 72`, and the PNG records `dpi` so Word/WPS place it at the
/// intended physical size.
///
/// ```swift
/// let screen = ChartSize.pixels(1200, 800)            // 1200×800 px at 144 dpi = 600×400 pt
/// let print = ChartSize.centimetres(16, 10, dpi: 300) // 1890×1181 px
/// ```
public struct ChartSize: Sendable, Equatable {
  /// Width in output pixels.
  public var width: Double
  /// Height in output pixels.
  public var height: Double
  /// Pixels per inch of the output (PNG pHYs; scale of the drawing).
  public var dpi: Double

  public init(width: Double, height: Double, dpi: Double = 144) {
    self.width = width
    self.height = height
    self.dpi = dpi
  }

  /// A size given in pixels at `dpi`.
  public static func pixels(_ w: Double, _ h: Double, dpi: Double = 144) -> ChartSize {
    ChartSize(width: w, height: h, dpi: dpi)
  }

  /// A size given in centimetres, rasterised at `dpi` (pixels rounded to whole numbers).
  public static func centimetres(_ w: Double, _ h: Double, dpi: Double = 300) -> ChartSize {
    ChartSize(width: (w / 2.54 * dpi).rounded(), height: (h / 2.54 * dpi).rounded(), dpi: dpi)
  }

  /// Width in layout units (points).
  public var widthPoints: Double { width * 72 / dpi }
  /// Height in layout units (points).
  public var heightPoints: Double { height * 72 / dpi }
}
