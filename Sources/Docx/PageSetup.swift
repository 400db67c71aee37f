/// A page and its margins, in millimetres: where a document's text and pictures may go.
///
/// The default is the Chinese official-document page (GB/T 9704-2012): A4 with margins of
/// 37 mm at the top, 35 mm at the bottom, 28 mm on the left and 26 mm on the right, which
/// leaves a text area of 156 × 225 mm. Word's own default (A4, 25.4/31.8 mm) leaves 14.6 cm.
///
/// ```swift
/// PageSetup.officialA4.textWidth      // 156 (mm)
/// PageSetup(width: 297, height: 420)  // A3, the same margins
/// ```
public struct PageSetup: Sendable, Equatable {
  public var width: Double
  public var height: Double
  public var top: Double
  public var bottom: Double
  public var left: Double
  public var right: Double

  public init(
    width: Double = 210, height: Double = 297, top: Double = 37, bottom: Double = 35, left: Double = 28,
    right: Double = 26
  ) {
    self.width = width
    self.height = height
    self.top = top
    self.bottom = bottom
    self.left = left
    self.right = right
  }

  /// A4 with the GB/T 9704 margins.
  public static let officialA4 = PageSetup()

  /// Named paper sizes (portrait, millimetres) a spec may ask for.
  public static let paperSizes: [String: (Double, Double)] = [
    "A4": (210, 297), "A3": (297, 420), "A5": (148, 210), "B5": (176, 250), "16K": (184, 260), "Letter": (215.9, 279.4),
  ]

  /// Width of the text area (mm).
  public var textWidth: Double { width - left - right }
  /// Height of the text area (mm).
  public var textHeight: Double { height - top - bottom }

  /// Why this page cannot hold text, or nil when it can.
  public var problem: String? {
    let all = [width, height, top, bottom, left, right]
    guard all.allSatisfy({ $0.isFinite && $0 >= 0 }) else { return "page sizes and margins must be positive numbers" }
    guard width >= 50, height >= 50, width <= 1200, height <= 1200 else {
      return "page size \(Self.mm(width))×\(Self.mm(height)) mm is out of range (50–1200 mm a side)"
    }
    guard textWidth >= 30, textHeight >= 30 else {
      return
        "the margins leave \(Self.mm(textWidth))×\(Self.mm(textHeight)) mm of text area on a \(Self.mm(width))×\(Self.mm(height)) mm page; at least 30×30 mm is needed"
    }
    return nil
  }

  static func mm(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
}

/// Lengths in the units of WordprocessingML: twentieths of a point (twips) for the page,
/// English Metric Units (360,000 per centimetre) for pictures.
enum WordUnits {
  static func twips(mm: Double) -> Int { Int((mm / 25.4 * 1440).rounded()) }
  static func emu(mm: Double) -> Int { Int((mm * 36_000).rounded()) }
}
