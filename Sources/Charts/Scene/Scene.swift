/// Everything a renderer draws: a canvas size, a resolution and primitives in paint order.
///
/// Coordinates are points (1/72 inch), y downwards. Renderers scale by `dpi / 72`.
///
/// ```swift
/// let scene = try ChartLayout.scene(for: .bar(spec), measurer: FixedWidthMeasurer())
/// scene.primitives(.bar).count      // one rect per drawn bar
/// scene.overlappingTexts().isEmpty  // true for every chart we draw
/// ```
public struct Scene: Sendable, Equatable {
  public var width: Double
  public var height: Double
  /// Output resolution (pixels per inch).
  public var dpi: Double
  public var background: Color
  public var primitives: [Primitive]

  public init(
    width: Double, height: Double, dpi: Double = 144, background: Color = .white, primitives: [Primitive] = []
  ) {
    self.width = width
    self.height = height
    self.dpi = dpi
    self.background = background
    self.primitives = primitives
  }

  /// Pixel size of raster output.
  public var pixelWidth: Int { Int((width * dpi / 72).rounded()) }
  public var pixelHeight: Int { Int((height * dpi / 72).rounded()) }

  /// The primitives with a role (and key, if given), in paint order.
  public func primitives(_ role: Role, key: String? = nil) -> [Primitive] {
    primitives.filter { $0.role == role && (key == nil || $0.key == key) }
  }

  /// All text runs, in paint order.
  public var texts: [TextRun] { primitives.compactMap(\.textRun) }

  mutating func append(_ p: Primitive) { primitives.append(p) }
}
