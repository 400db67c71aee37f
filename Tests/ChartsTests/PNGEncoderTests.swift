import CCairo
import Foundation
import Testing

@testable import Charts

/// The PNG encoder is lossless: decoding its output (with Cairo/libpng) gives exactly
/// the pixels Cairo drew, across the seam where the two compressed bands meet.
struct PNGEncoderTests {
  /// The scene drawn by Cairo into its own image surface, as packed RGB.
  static func cairoPixels(_ scene: Scene) throws -> [UInt8] {
    let w = scene.pixelWidth, h = scene.pixelHeight
    let surface = try #require(cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(w), Int32(h)))
    defer { cairo_surface_destroy(surface) }
    try CairoRenderer().draw(scene, on: surface, scale: scene.dpi / 72, target: "png@\(scene.dpi)")
    cairo_surface_flush(surface)
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

  /// The standard bar chart's primitives on a canvas of `size` pixels (cropped if small).
  static func barScene(_ size: (Int, Int)) throws -> Scene {
    let full = try ChartLayout.scene(for: .bar(Samples.bar(size: .pixels(1200, 1000, dpi: 96))), measurer: PangoTextMeasurer.shared)
    return Scene(width: Double(size.0), height: Double(size.1), dpi: 72, primitives: full.primitives)
  }

  // Two bands (even and odd heights), one band (too small to split), one pixel.
  @Test(arguments: [(1200, 1000), (777, 333), (300, 63), (1, 1)])
  func decodesToExactlyWhatCairoDrew(size: (Int, Int)) throws {
    let scene = try Self.barScene(size)
    let png = try CairoRenderer().render(scene, format: .png)
    let decoded = try decodePNG(png)
    #expect(decoded.width == size.0 && decoded.height == size.1)
    #expect(decoded.rgb == (try Self.cairoPixels(scene)))
  }

  @Test(arguments: [1, 4, 9] as [Int32])
  func everyCompressionLevelDecodes(level: Int32) throws {
    let scene = try Self.barScene((640, 480))
    let png = try CairoRenderer(pngCompressionLevel: level).render(scene, format: .png)
    #expect(try decodePNG(png).rgb == (try Self.cairoPixels(scene)))
  }
}
