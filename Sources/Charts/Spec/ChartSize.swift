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

/// A size or resolution no chart can use: refused before any pixel is allocated.
public struct ChartSizeError: Error, CustomStringConvertible, Sendable {
  public var description: String
}

extension ChartSize {
  /// Resolutions from screen drafts to print; beyond 1,200 dpi no printer shows more.
  public static let dpiRange: ClosedRange<Double> = 36...1200
  /// 20,000 pixels a side and 80 megapixels (320 MB of RGBA) in all: an A3 poster at
  /// 600 dpi fits; `--size 1000x1000cm` (1.1 TB of pixels) and `--dpi 1e9` no longer
  /// reach the allocator (they crashed it).
  public static let maxSide = 20_000.0
  public static let maxPixels = 80_000_000.0

  /// The size itself, or an error that says what is out of range and what would fit.
  public func validated() throws -> ChartSize {
    guard dpi.isFinite, Self.dpiRange.contains(dpi) else {
      throw ChartSizeError(
        description:
          "dpi \(Self.show(dpi)) is out of range: use \(Int(Self.dpiRange.lowerBound))–\(Int(Self.dpiRange.upperBound)) (144 for screens, 300 for print)"
      )
    }
    guard width.isFinite, height.isFinite, width >= 16, height >= 16 else {
      throw ChartSizeError(
        description: "size \(Self.show(width))×\(Self.show(height)) px is too small: at least 16×16 pixels")
    }
    guard width <= Self.maxSide, height <= Self.maxSide, width * height <= Self.maxPixels else {
      throw ChartSizeError(
        description:
          "size \(Self.show(width))×\(Self.show(height)) px at \(Self.show(dpi)) dpi is too large: at most \(Int(Self.maxSide)) pixels a side and \(Int(Self.maxPixels / 1e6)) megapixels (a 16×10 cm chart at 300 dpi is 1890×1181)"
      )
    }
    return self
  }

  private static func show(_ v: Double) -> String {
    guard v.isFinite, abs(v) < 1e12 else { return "\(v)" }
    return v == v.rounded() ? String(Int64(v)) : String(v)
  }
}
