import ChartsTestSupport
import Foundation
import Testing

@testable import Charts
@testable import ChartsRendering

/// The fixed-point number printer behind the outline SVG (no libc printf).
struct OutlineSVGBytesTests {
  private func printed(_ v: Double) -> String {
    var out = SVGBytes(capacity: 16)
    out.number(v)
    return String(decoding: out.bytes, as: UTF8.self)
  }

  @Test(arguments: [
    (0.0, "0"), (-0.0, "0"), (-0.004, "0"), (12, "12"), (12.5, "12.5"), (12.05, "12.05"), (12.345, "12.35"),
    (-3.25, "-3.25"), (-0.01, "-0.01"), (600, "600"), (1234567.891, "1234567.89"), (0.999, "1"), (9.996, "10"),
    (Double.nan, "0"),
  ])
  func hundredthsWithoutTrailingZeros(value: Double, text: String) {
    #expect(printed(value) == text)
  }

  @Test func everyPrintedNumberReadsBackWithinHalfAHundredth() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      let v = Double.random(in: -5000...5000, using: &generator)
      let text = printed(v)
      let back = Double(text)
      #expect(back != nil && abs(back! - v) <= 0.005 + 1e-9, "\(v) printed as \(text)")
      #expect(!text.hasSuffix(".") && !(text.contains(".") && text.hasSuffix("0")), "\(text)")
    }
  }

  @Test func colorsAndEscapes() {
    var out = SVGBytes(capacity: 64)
    out.color(Color(0x0072B2))
    out.byte(0x20)
    out.color(.white)
    out.byte(0x20)
    out.escaped("A<B & \"C\" > 区")
    out.byte(0x20)
    out.integer(1_234_567_890)
    #expect(
      String(decoding: out.bytes, as: UTF8.self) == "#0072B2 #FFFFFF A&lt;B &amp; &quot;C&quot; &gt; 区 1234567890")
  }
}
