import ChartsTestSupport
import Testing

@testable import Charts

@Suite struct OutputFormatTests {
  @Test(arguments: [
    ("a.png", OutputFormat.png), ("dir.x/a.PNG", .png), ("a.svg", .svg), ("a.pdf", .pdf), ("a.text.svg", .textSVG),
  ])
  func byExtension(path: String, format: OutputFormat) {
    #expect(OutputFormat(path: path) == format)
  }

  @Test func unknownExtensions() {
    #expect(OutputFormat(path: "a.jpg") == nil)
    #expect(OutputFormat(path: "noextension") == nil)
  }

  @Test func sizesInCentimetresKeepProportions() {
    let s = ChartSize.centimetres(16, 10, dpi: 300)
    #expect(s.width == 1890 && s.height == 1181)
    #expect(abs(s.widthPoints - 16 / 2.54 * 72) < 0.1)
    let p = ChartSize.pixels(1200, 800)
    #expect(p.dpi == 144 && p.widthPoints == 600 && p.heightPoints == 400)
  }
}
