/// Measures text and makes text primitives; the one place layout code meets the measurer.
///
/// ```swift
/// let run = try labeler.run("渝中区", font: theme.font(9), x: 90, baseline: 40, anchor: .end)
/// ```
struct Labeler {
  let theme: Theme
  let measurer: any TextMeasuring

  func extent(_ text: String, _ font: FontSpec) throws -> TextExtent {
    try measurer.measure(text, font: font)
  }

  func width(_ text: String, _ font: FontSpec) throws -> Double {
    try measurer.measure(text, font: font).width
  }

  /// Ascent and descent of a line in `font` (measured on a CJK character, so every
  /// line of a font has the same box whatever its characters).
  func lineBox(_ font: FontSpec) throws -> (ascent: Double, descent: Double) {
    let e = try measurer.measure("国", font: font)
    return (e.ascent, e.descent)
  }

  func lineHeight(_ font: FontSpec) throws -> Double {
    let b = try lineBox(font)
    return b.ascent + b.descent
  }

  /// A text run with its baseline at `baseline`; the extent's box is the font's line box.
  func run(_ text: String, font: FontSpec, x: Double, baseline: Double, anchor: TextAnchor, color: Color? = nil) throws
    -> TextRun
  {
    var e = try measurer.measure(text, font: font)
    let box = try lineBox(font)
    e.ascent = max(e.ascent, box.ascent)
    e.descent = max(e.descent, box.descent)
    return TextRun(text: text, x: x, y: baseline, anchor: anchor, font: font, color: color ?? theme.text, extent: e)
  }

  /// A text run whose line box starts at `top`.
  func run(_ text: String, font: FontSpec, x: Double, top: Double, anchor: TextAnchor, color: Color? = nil) throws
    -> TextRun
  {
    try run(text, font: font, x: x, baseline: top + lineBox(font).ascent, anchor: anchor, color: color)
  }

  /// A text run vertically centred on `centerY`.
  func run(_ text: String, font: FontSpec, x: Double, centerY: Double, anchor: TextAnchor, color: Color? = nil) throws
    -> TextRun
  {
    let b = try lineBox(font)
    return try run(text, font: font, x: x, baseline: centerY + (b.ascent - b.descent) / 2, anchor: anchor, color: color)
  }
}
