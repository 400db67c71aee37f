import CCairo
import ChartsTestSupport
import Testing

@testable import Charts
@testable import ChartsRendering

/// The Noto-CJK-only font map must change nothing but speed: same extents as the
/// default font map, same fallbacks, same missing-glyph errors.
struct CJKFontMapTests {
  @Test func knowsTheNotoCJKFamiliesAndNothingElse() throws {
    let map = try #require(CJKFontMap.make())
    defer { g_object_unref(UnsafeMutableRawPointer(map)) }
    #expect(CJKFontMap.has(family: "Noto Sans CJK SC", in: map))
    #expect(CJKFontMap.has(family: "noto serif cjk sc", in: map))
    #expect(!CJKFontMap.has(family: "DejaVu Sans", in: map))
  }

  @Test func noFontMapWithoutNotoFiles() {
    #expect(CJKFontMap.make(directory: "/nonexistent/fonts") == nil)
  }

  // Chinese, Latin and digits; a symbol Noto CJK lacks (falls back to another
  // installed font, or is missing everywhere); private use (missing everywhere).
  @Test(arguments: ["酉阳土家族苗族自治县", "生均经费 24,774 元（2023年）", "ꙮ", "😀", "\u{E000}"], [false, true])
  func measuresExactlyAsTheDefaultFontMap(text: String, bold: Bool) {
    let font = FontSpec(family: Theme.standard.fontFamily, size: 9.5, bold: bold)
    let withCJKMap = Result { try PangoTextMeasurer(useCJKFontMap: true).measure(text, font: font) }
    let withDefault = Result { try PangoTextMeasurer(useCJKFontMap: false).measure(text, font: font) }
    switch (withCJKMap, withDefault) {
    case (.success(let a), .success(let b)): #expect(a == b)
    case (.failure(let a), .failure(let b)): #expect(a is MissingGlyphError && b is MissingGlyphError)
    default: Issue.record("\(text): \(withCJKMap) vs \(withDefault)")
    }
  }

  @Test func otherFamiliesUseTheDefaultFontMap() throws {
    let font = FontSpec(family: "DejaVu Sans", size: 10)
    #expect(
      try PangoTextMeasurer().measure("Chongqing 2023", font: font)
        == PangoTextMeasurer(useCJKFontMap: false).measure("Chongqing 2023", font: font))
  }
}
