import CCairo
import CSystemZlib
import ChartsTestSupport
import Foundation
import Testing

@testable import Charts
@testable import ChartsRendering

/// The PNG encoder is lossless: decoding its output — with zlib (independent of our
/// deflate) and with Cairo/libpng — gives exactly the pixels Cairo drew, across the
/// seam where the two compressed bands meet, for charts and for synthetic images
/// made to hit the encoder's edge cases.
struct PNGEncoderTests {
  /// The scene drawn by Cairo into its own image surface, as packed RGB.
  static func cairoPixels(_ scene: Scene) throws -> [UInt8] {
    let w = scene.pixelWidth, h = scene.pixelHeight
    let surface = try #require(cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(w), Int32(h)))
    defer { cairo_surface_destroy(surface) }
    try CairoRenderer().draw(scene, on: surface, scale: scene.dpi / 72, target: "png@\(scene.dpi)")
    cairo_surface_flush(surface)
    return try packedRGB(surface, width: w, height: h)
  }

  /// The bytes `cairo_surface_write_to_png` writes for the scene: the size to beat.
  static func cairoOwnPNGSize(_ scene: Scene) throws -> Int {
    let surface = try #require(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(scene.pixelWidth), Int32(scene.pixelHeight)))
    defer { cairo_surface_destroy(surface) }
    try CairoRenderer().draw(scene, on: surface, scale: scene.dpi / 72, target: "png@\(scene.dpi)")
    cairo_surface_flush(surface)
    var total = 0
    let status = withUnsafeMutablePointer(to: &total) { counter in
      cairo_surface_write_to_png_stream(
        surface,
        { closure, _, length in
          closure!.assumingMemoryBound(to: Int.self).pointee += Int(length)
          return CAIRO_STATUS_SUCCESS
        }, counter)
    }
    try #require(status == CAIRO_STATUS_SUCCESS)
    return total
  }

  /// The standard bar chart's primitives on a canvas of `size` pixels (cropped if small).
  static func barScene(_ size: (Int, Int)) throws -> Scene {
    let full = try ChartLayout.scene(
      for: .bar(Samples.bar(size: .pixels(1200, 1000, dpi: 96))), measurer: PangoTextMeasurer.shared)
    return Scene(width: Double(size.0), height: Double(size.1), dpi: 72, primitives: full.primitives)
  }

  static let standardCharts: [ChartSpec] = [.bar(Samples.bar()), .trend(Samples.trendChart())]

  // Two bands (even and odd heights), one band (too small to split), one pixel.
  @Test(arguments: [(1200, 1000), (777, 333), (300, 63), (1, 1)])
  func decodesToExactlyWhatCairoDrew(size: (Int, Int)) throws {
    let scene = try Self.barScene(size)
    let png = try CairoRenderer().render(scene, format: .png)
    let expected = try Self.cairoPixels(scene)
    let decoded = try decodePNG(png)
    #expect(decoded.width == size.0 && decoded.height == size.1)
    #expect(decoded.rgb == expected)
    #expect(try ZlibCheck.decodePNG(png).rgb == expected)
  }

  /// The standard BAR and TREND charts, on one core and on two, through zlib.
  @Test(arguments: standardCharts, [1, 2])
  func standardChartsDecodeWithZlib(spec: ChartSpec, threads: Int) throws {
    let scene = try ChartLayout.scene(for: spec, measurer: PangoTextMeasurer.shared)
    let png = try CairoRenderer(pngThreads: threads).render(scene, format: .png)
    let decoded = try ZlibCheck.decodePNG(png)
    #expect(decoded.width == scene.pixelWidth && decoded.height == scene.pixelHeight)
    #expect(decoded.rgb == (try Self.cairoPixels(scene)))
  }

  /// Issue 7's size bar: no larger than what Cairo itself writes for the same pixels.
  @Test(arguments: standardCharts)
  func standardChartsAreNoLargerThanCairosOwnPNG(spec: ChartSpec) throws {
    let scene = try ChartLayout.scene(for: spec, measurer: PangoTextMeasurer.shared)
    let png = try CairoRenderer().render(scene, format: .png)
    #expect(png.count <= (try Self.cairoOwnPNGSize(scene)))
  }

  @Test(arguments: [1, 4, 9] as [Int32])
  func everyLibdeflateLevelDecodes(level: Int32) throws {
    let scene = try Self.barScene((640, 480))
    let png = try CairoRenderer(pngCompressionLevel: level).render(scene, format: .png)
    #expect(try decodePNG(png).rgb == (try Self.cairoPixels(scene)))
    #expect(try ZlibCheck.decodePNG(png).rgb == (try Self.cairoPixels(scene)))
  }

  // Odd and tiny widths; heights below, at and above the two-band threshold (64).
  @Test(arguments: [1, 2, 3, 86, 87, 301], [1, 2, 63, 64, 65])
  func noiseDecodes(width: Int, height: Int) throws {
    var random = TestRandom(state: UInt64(width * 1000 + height))
    let image = CairoImage(width: width, height: height) { _, _ in random.next() }
    #expect(try ZlibCheck.decodePNG(image.encode()).rgb == image.rgb)
  }

  @Test(arguments: [(1, 1), (5, 200), (1200, 1000)], [0x00FF_FFFF, 0x0000_0000, 0x001F_77B4] as [UInt32])
  func oneColourDecodes(size: (Int, Int), colour: UInt32) throws {
    let image = CairoImage(width: size.0, height: size.1) { _, _ in colour }
    let png = try image.encode()
    #expect(try ZlibCheck.decodePNG(png).rgb == image.rgb)
    #expect(png.count < 200 + size.0 * size.1 / 100)  // it does compress
  }

  /// Every row the same noisy row: all back-references to the row above (the first
  /// row of each of the two bands is noise and stays as it is).
  @Test(arguments: [1, 3, 87, 500, 10922])
  func identicalRowsDecode(width: Int) throws {
    var random = TestRandom(state: UInt64(width))
    let row = (0..<width).map { _ in random.next() }
    let image = CairoImage(width: width, height: 70) { x, _ in row[x] }
    let png = try image.encode()
    #expect(try ZlibCheck.decodePNG(png).rgb == image.rgb)
    if width >= 87 { #expect(png.count < 2 * 3 * width + 4 * 70 * (3 * width / 258 + 1) + 500) }
  }

  /// Rows longer than deflate's 32 KiB window (width > 10922): the row above is out of
  /// reach and must not be referenced.
  @Test(arguments: [10923, 11000, 16000])
  func rowsBeyondTheWindowDecode(width: Int) throws {
    var random = TestRandom(state: 7)
    let row = (0..<width).map { x in x % 700 < 300 ? random.next() : 0xFFFFFF }
    let image = CairoImage(width: width, height: 66) { x, y in y % 5 == 4 ? 0x123456 : row[x] }
    #expect(try ZlibCheck.decodePNG(image.encode()).rgb == image.rgb)
  }

  /// Runs of one grey (3 bytes a pixel) whose byte lengths are exactly 3, 258 and 259,
  /// and near them, ended by a pixel that differs in its first, second or third byte.
  @Test(arguments: [1, 85, 86, 87, 172, 173])
  func runsAroundTheMatchLimitsDecode(runPixels: Int) throws {
    let period = runPixels + 1
    let image = CairoImage(width: 5 * period + 3, height: 67) { x, y in
      let k = x % period
      if k < runPixels { return 0x808080 }
      return [0x818080, 0x808180, 0x808081][(x / period + y) % 3]
    }
    #expect(try ZlibCheck.decodePNG(image.encode()).rgb == image.rgb)
  }

  /// Something like a chart: bars, blank rows, and repeated noisy "glyphs", large
  /// enough for many blocks on each band.
  @Test func chartLikeImageDecodes() throws {
    var random = TestRandom(state: 99)
    let glyph = (0..<(12 * 14)).map { _ in random.next() % 256 * 0x010101 }
    let image = CairoImage(width: 1001, height: 777) { x, y in
      let band = y / 20
      if y % 20 < 14 && x % 40 < 12 { return glyph[(y % 20) * 12 + x % 40] ^ UInt32(band) }
      if y % 20 > 15 && x > 300 && x < 400 + band * 7 { return 0x1F77B4 }
      return 0xFFFFFF
    }
    #expect(try ZlibCheck.decodePNG(image.encode()).rgb == image.rgb)
  }
}
/// Decoding with system zlib, independent of the encoder under test.
enum ZlibCheck {
  /// Inflates a raw deflate stream (no zlib header); nil unless it is one complete
  /// stream that ends exactly at the last byte.
  static func inflateRaw(_ data: [UInt8], expected: Int) -> [UInt8]? {
    var s = z_stream()
    guard inflateInit2_(&s, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
    defer { inflateEnd(&s) }
    var out = [UInt8](repeating: 0, count: expected + 64)
    var input = data
    let rc = input.withUnsafeMutableBufferPointer { inp in
      out.withUnsafeMutableBufferPointer { o in
        s.next_in = inp.baseAddress
        s.avail_in = uInt(inp.count)
        s.next_out = o.baseAddress
        s.avail_out = uInt(o.count)
        return inflate(&s, Z_FINISH)
      }
    }
    guard rc == Z_STREAM_END, s.avail_in == 0 else { return nil }
    return Array(out[..<Int(s.total_out)])
  }

  /// Decodes a PNG written by our encoder (8-bit RGB, no interlace) with zlib's
  /// `uncompress`, which also checks the Adler-32; every row's filter byte must be a
  /// known filter (only None is undone, the encoder writes no other).
  static func decodePNG(_ data: Data) throws -> (width: Int, height: Int, rgb: [UInt8]) {
    let chunks = try pngChunks(data)
    let ihdr = try #require(chunks.first { $0.0 == "IHDR" }?.1)
    func u32(_ b: [UInt8], _ at: Int) -> Int { b[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    let w = u32(ihdr, 0), h = u32(ihdr, 4)
    try #require(Array(ihdr[8...]) == [8, 2, 0, 0, 0])
    let idat = chunks.filter { $0.0 == "IDAT" }.flatMap(\.1)
    let rowBytes = 1 + 3 * w
    var raw = [UInt8](repeating: 0, count: rowBytes * h + 1)
    var rawCount = uLong(raw.count)
    let rc = uncompress(&raw, &rawCount, idat, uLong(idat.count))
    try #require(rc == Z_OK, "zlib uncompress: \(rc)")
    try #require(Int(rawCount) == rowBytes * h)
    var rgb = [UInt8]()
    rgb.reserveCapacity(3 * w * h)
    for y in 0..<h {
      try #require(raw[y * rowBytes] == 0, "row \(y) filter")
      rgb += raw[(y * rowBytes + 1)..<((y + 1) * rowBytes)]
    }
    return (w, h, rgb)
  }
}

/// Synthetic Cairo RGB24 images (native-endian 0x00RRGGBB words, rows `stride` bytes
/// apart), and the packed RGB the PNG must decode to.
struct CairoImage {
  let width: Int, height: Int, stride: Int
  var words: [UInt32]

  init(width: Int, height: Int, pixel: (Int, Int) -> UInt32) {
    self.width = width
    self.height = height
    let wordsPerRow = width + (width % 2)  // a stride unlike 4 × width, as Cairo may choose
    stride = 4 * wordsPerRow
    words = [UInt32](repeating: 0xDEAD_BEEF, count: wordsPerRow * height)
    for y in 0..<height { for x in 0..<width { words[y * wordsPerRow + x] = pixel(x, y) & 0xFF_FFFF } }
  }

  var rgb: [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity(3 * width * height)
    for y in 0..<height {
      for x in 0..<width {
        let p = words[y * stride / 4 + x]
        out += [UInt8(truncatingIfNeeded: p >> 16), UInt8(truncatingIfNeeded: p >> 8), UInt8(truncatingIfNeeded: p)]
      }
    }
    return out
  }

  /// Our encoder's PNG of this image (it overwrites a copy of the pixels).
  func encode(_ renderer: CairoRenderer = CairoRenderer()) throws -> Data {
    var copy = words
    return try copy.withUnsafeMutableBytes { buffer in
      try renderer.encodePNG(
        pixels: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), stride: stride, width: width, height: height,
        dpi: 96, scratch: PNGScratch()
      ).png
    }
  }
}

/// A deterministic pseudo-random sequence (64-bit LCG), for noise that tests can repeat.
struct TestRandom {
  var state: UInt64
  mutating func next() -> UInt32 {
    state = state &* 6364136223846793005 &+ 1442695040888963407
    return UInt32(truncatingIfNeeded: state >> 33)
  }
}
