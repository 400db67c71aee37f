/// The measured size of one line of text, in points.
public struct TextExtent: Sendable, Equatable {
  public var width: Double
  /// Baseline to the top of the line box.
  public var ascent: Double
  /// Baseline to the bottom of the line box.
  public var descent: Double

  public init(width: Double, ascent: Double, descent: Double) {
    self.width = width
    self.ascent = ascent
    self.descent = descent
  }

  public var height: Double { ascent + descent }
}

/// Measures text for layout. Tests use ``FixedWidthMeasurer``; rendering uses
/// `PangoTextMeasurer` (in ChartsRendering), which knows the real fonts.
///
/// ```swift
/// let e = try measurer.measure("渝中区", font: Theme.standard.font(9))
/// ```
public protocol TextMeasuring {
  /// The extent of `text` on one line; throws ``MissingGlyphError`` when a character
  /// has no glyph in any available font.
  func measure(_ text: String, font: FontSpec) throws -> TextExtent
}

/// A label contains a character no installed font can draw; we fail instead of
/// printing a box ("tofu").
public struct MissingGlyphError: Error, Equatable, CustomStringConvertible {
  public var text: String
  public var font: String
  public init(text: String, font: String = "") {
    self.text = text
    self.font = font
  }
  public var description: String {
    "no font has a glyph for some character of \"\(text)\"" + (font.isEmpty ? "" : " (font \(font))")
      + "; install a CJK font such as Noto Sans CJK SC (Debian: fonts-noto-cjk, or run scripts/setup.sh)"
  }
}

/// A font-free measurer for tests: CJK characters are 1 em wide, everything else
/// 0.55 em; the line box is 1.16 em above and 0.29 em below the baseline (the
/// proportions of Noto Sans CJK). Deterministic on every machine.
///
/// ```swift
/// try FixedWidthMeasurer().measure("渝中区12", font: f)  // width = 3 em + 1.1 em
/// ```
public struct FixedWidthMeasurer: TextMeasuring, Sendable {
  public var wideEm: Double
  public var narrowEm: Double
  public var ascentEm: Double
  public var descentEm: Double

  public init(wideEm: Double = 1, narrowEm: Double = 0.55, ascentEm: Double = 1.16, descentEm: Double = 0.29) {
    self.wideEm = wideEm
    self.narrowEm = narrowEm
    self.ascentEm = ascentEm
    self.descentEm = descentEm
  }

  public func measure(_ text: String, font: FontSpec) throws -> TextExtent {
    var ems = 0.0
    for scalar in text.unicodeScalars { ems += Self.isWide(scalar) ? wideEm : narrowEm }
    return TextExtent(width: ems * font.size, ascent: ascentEm * font.size, descent: descentEm * font.size)
  }

  /// CJK ideographs, kana, hangul and full-width forms and punctuation.
  static func isWide(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
