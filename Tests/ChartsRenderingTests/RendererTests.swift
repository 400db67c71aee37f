import CCairo
import ChartsTestSupport
import Foundation
import Testing

@testable import Charts
@testable import ChartsRendering

/// Reads PNG chunks (type, body) and checks each CRC.
func pngChunks(_ data: Data) throws -> [(String, [UInt8])] {
  let bytes = [UInt8](data)
  try #require(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
  var chunks: [(String, [UInt8])] = []
  var i = 8
  func u32(_ at: Int) -> UInt32 { bytes[at..<at + 4].reduce(0) { $0 << 8 | UInt32($1) } }
  while i + 12 <= bytes.count {
    let length = Int(u32(i))
    let type = String(decoding: bytes[i + 4..<i + 8], as: UTF8.self)
    let body = Array(bytes[i + 8..<i + 8 + length])
    #expect(u32(i + 8 + length) == crc32(Array(bytes[i + 4..<i + 8 + length])), "CRC of \(type)")
    chunks.append((type, body))
    i += 12 + length
  }
  #expect(i == bytes.count)
  return chunks
}

/// CRC-32 (ISO 3309), written out here so the test does not trust the encoder's own CRC.
func crc32(_ bytes: [UInt8]) -> UInt32 {
  var crc: UInt32 = 0xFFFF_FFFF
  for b in bytes {
    crc ^= UInt32(b)
    for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
  }
  return ~crc
}

/// Decodes a PNG with Cairo (libpng), independent of our encoder. Returns width, height
/// and packed RGB bytes.
func decodePNG(_ data: Data) throws -> (width: Int, height: Int, rgb: [UInt8]) {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("charts-decode-\(UUID().uuidString).png")
  try data.write(to: url)
  defer { try? FileManager.default.removeItem(at: url) }
  let surface = try #require(cairo_image_surface_create_from_png(url.path))
  defer { cairo_surface_destroy(surface) }
  try #require(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS)
  let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
  return (w, h, try packedRGB(surface, width: w, height: h))
}

/// An RGB24 image surface's pixels as packed R, G, B bytes (Cairo keeps 0x00RRGGBB words).
func packedRGB(_ surface: OpaquePointer, width w: Int, height h: Int) throws -> [UInt8] {
  let stride = Int(cairo_image_surface_get_stride(surface))
  let pixels = try #require(cairo_image_surface_get_data(surface))
  var rgb = [UInt8]()
  rgb.reserveCapacity(w * h * 3)
  for y in 0..<h {
    let row = UnsafeRawPointer(pixels + y * stride).assumingMemoryBound(to: UInt32.self)
    for x in 0..<w {
      let p = row[x]
      rgb += [UInt8(truncatingIfNeeded: p >> 16), UInt8(truncatingIfNeeded: p >> 8), UInt8(truncatingIfNeeded: p)]
    }
  }
  return rgb
}

@Suite struct RendererTests {
  let smallBar = Samples.bar(size: .pixels(900, 750, dpi: 108))

  @Test func pngHasSignatureIHDRpHYsIDATIEND() throws {
    let scene = try ChartLayout.scene(for: .bar(smallBar), measurer: PangoTextMeasurer.shared)
    let png = try CairoRenderer().render(scene, format: .png)
    let chunks = try pngChunks(png)
    #expect(chunks.map(\.0) == ["IHDR", "pHYs", "IDAT", "IEND"])
    let ihdr = chunks[0].1
    #expect(ihdr == [0, 0, 0x03, 0x84, 0, 0, 0x02, 0xEE, 8, 2, 0, 0, 0])  // 900 × 750, 8-bit RGB
    // 108 dpi = 4252 px/m in both directions, unit metre.
    #expect(chunks[1].1 == [0, 0, 0x10, 0x9C, 0, 0, 0x10, 0x9C, 1])
  }

  @Test func pngDecodesToTheSceneSizeWithAWhiteBackground() throws {
    let png = try ChartRendering.render(.bar(smallBar), format: .png)
    let image = try decodePNG(png)
    #expect(image.width == 900 && image.height == 750)
    #expect(Array(image.rgb.prefix(3)) == [255, 255, 255])
    // The accent colour of the bars is present exactly (no alpha, no colour management).
    let accent = Theme.standard.accent
    var found = false
    for i in stride(from: 0, to: image.rgb.count, by: 3)
    where image.rgb[i] == accent.red && image.rgb[i + 1] == accent.green && image.rgb[i + 2] == accent.blue {
      found = true
      break
    }
    #expect(found)
  }

  @Test func printSizeKeepsProportions() throws {
    var spec = ChartGallery.negative
    spec.size = .centimetres(16, 10, dpi: 300)
    let image = try decodePNG(try ChartRendering.render(.bar(spec), format: .png))
    #expect(image.width == 1890 && image.height == 1181)
  }

  @Test(arguments: OutputFormat.allCases)
  func outputIsDeterministic(format: OutputFormat) throws {
    let a = try ChartRendering.render(.trend(Samples.trendChart()), format: format)
    let b = try ChartRendering.render(.trend(Samples.trendChart()), format: format)
    #expect(a == b)
    #expect(!a.isEmpty)
  }

  @Test func vectorFormatsHaveTheirHeaders() throws {
    let svg = String(decoding: try ChartRendering.render(.bar(ChartGallery.negative), format: .svg), as: UTF8.self)
    #expect(svg.hasPrefix("<?xml") && svg.contains("<svg") && svg.contains("width=\"500pt\""))
    let pdf = try ChartRendering.render(.bar(ChartGallery.negative), format: .pdf)
    #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    #expect(String(decoding: pdf, as: UTF8.self).contains("20000101"))
  }

  @Test func textSVGHasRealTextElementsWithTheChineseStrings() throws {
    let data = try ChartRendering.render(.trend(Samples.trendChart()), format: .textSVG)
    let svg = String(decoding: data, as: UTF8.self)
    // The chart's font first, then fallbacks.
    #expect(svg.contains("font-family=\"Noto Sans CJK SC, Source Han Sans SC,"))
    #expect(svg.contains(">2015—2024年重庆市部分区县生均一般公共预算教育经费</text>"))
    #expect(svg.contains(">酉阳土家族苗族自治县</text>"))
    #expect(svg.contains(">数据来源：各区县履行教育职责自评报告（基准测试用模拟数据）</text>"))
    #expect(
      svg.components(separatedBy: "<text ").count - 1
        == (try layout(.trend(Samples.trendChart()), measurer: PangoTextMeasurer.shared)).texts.count)
    #expect(throws: RenderError.self) { try TextSVGRenderer().render(Scene(width: 1, height: 1), format: .png) }
  }

  @Test func textSVGEscapesMarkup() throws {
    var spec = ChartGallery.negative
    spec.title = "A<B & \"C\""
    let svg = String(decoding: try TextSVGRenderer().render(try layout(.bar(spec)), format: .textSVG), as: UTF8.self)
    #expect(svg.contains("A&lt;B &amp; &quot;C&quot;"))
  }

  @Test func pangoMeasuresCJKAtOneEm() throws {
    let e = try PangoTextMeasurer.shared.measure("渝中区", font: FontSpec(family: "Noto Sans CJK SC", size: 10))
    #expect(abs(e.width - 30) < 0.5)
    #expect(e.ascent > 8 && e.descent > 1)
    let bold = try PangoTextMeasurer.shared.measure(
      "24,774", font: FontSpec(family: "Noto Sans CJK SC", size: 10, bold: true))
    #expect(bold.width > 20 && bold.width < 40)
  }

  @Test func missingGlyphsFailLoudlyNamingTheText() throws {
    let text = "区县\u{0378}"  // an unassigned code point: no font has it
    #expect(throws: MissingGlyphError(text: text, font: "Noto Sans CJK SC")) {
      try PangoTextMeasurer.shared.measure(text, font: FontSpec(family: "Noto Sans CJK SC", size: 9))
    }
    var spec = ChartGallery.negative
    spec.categories[0] = text
    do {
      _ = try ChartRendering.render(.bar(spec), format: .png)
      Issue.record("rendering a label without glyphs must fail")
    } catch let error as MissingGlyphError {
      #expect(error.text == text)
      #expect(error.description.contains(text))
    }
  }
}
