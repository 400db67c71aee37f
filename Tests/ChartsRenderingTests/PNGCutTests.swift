import ChartsTestSupport
import Foundation
import Testing

@testable import Charts
@testable import ChartsRendering

/// A picture and cuts of its rows from one render (a briefing's chart file and its document
/// picture): every PNG decodes, with zlib and with libpng, to exactly the rows Cairo drew,
/// the cuts made of the file's own compressed bands.
struct PNGCutTests {
  static let scene: Scene = {
    try! ChartLayout.scene(for: .bar(Samples.bar()), measurer: PangoTextMeasurer.shared)
  }()

  static func rows(_ rgb: [UInt8], width: Int, _ range: Range<Int>) -> [UInt8] {
    Array(rgb[(range.lowerBound * 3 * width)..<(range.upperBound * 3 * width)])
  }

  /// The pHYs chunk's horizontal pixels per metre.
  static func pixelsPerMetre(_ png: Data) -> UInt32? {
    let bytes = [UInt8](png)
    guard let at = (0..<(bytes.count - 8)).first(where: { bytes[$0..<($0 + 4)].elementsEqual(Array("pHYs".utf8)) })
    else { return nil }
    return bytes[(at + 4)..<(at + 8)].reduce(0) { $0 << 8 | UInt32($1) }
  }

  // A cut in the middle (the usual: title band above, footer below), one from the top, one
  // to the bottom (its last piece already final), the whole picture, a single row, two at once.
  @Test(arguments: [1, 2], [[100..<700], [0..<500], [321..<1000], [0..<1000], [999..<1000], [40..<90, 500..<980]])
  func cutsDecodeToTheirRowsOfThePicture(threads: Int, cuts: [Range<Int>]) throws {
    let scene = Self.scene
    #expect(scene.pixelHeight == 1000)
    let w = scene.pixelWidth
    let renderer = CairoRenderer(pngThreads: threads)
    let (png, cutPNGs) = try renderer.renderPNG(scene, cuts: cuts)
    let expected = try PNGEncoderTests.cairoPixels(scene)
    // The picture itself is what a render without cuts gives, pixel for pixel.
    #expect(try ZlibCheck.decodePNG(png).rgb == expected)
    #expect(try decodePNG(png).rgb == (try decodePNG(try renderer.render(scene, format: .png))).rgb)
    #expect(cutPNGs.count == cuts.count)
    for (cut, bytes) in zip(cuts, cutPNGs) {
      let viaZlib = try ZlibCheck.decodePNG(bytes)
      #expect(viaZlib.width == w && viaZlib.height == cut.count)
      #expect(viaZlib.rgb == Self.rows(expected, width: w, cut))
      #expect(try decodePNG(bytes).rgb == viaZlib.rgb)
      // Placed at the picture's size on paper: the same dpi.
      #expect(Self.pixelsPerMetre(bytes) == Self.pixelsPerMetre(png) && Self.pixelsPerMetre(png) != nil)
    }
  }

  /// libdeflate levels cannot share pieces: the cut is encoded from a copy of its rows.
  @Test func cutsWithALibdeflateLevel() throws {
    let scene = Self.scene
    let (png, cuts) = try CairoRenderer(pngCompressionLevel: 6).renderPNG(scene, cuts: [200..<800])
    let expected = try PNGEncoderTests.cairoPixels(scene)
    #expect(try ZlibCheck.decodePNG(png).rgb == expected)
    #expect(try ZlibCheck.decodePNG(cuts[0]).rgb == Self.rows(expected, width: scene.pixelWidth, 200..<800))
  }

  @Test(arguments: [[0..<0], [-1..<10], [900..<1001]])
  func rowsOutsideThePictureAreRefused(cuts: [Range<Int>]) {
    #expect(throws: RenderError.self) { try CairoRenderer().renderPNG(Self.scene, cuts: cuts) }
  }

  @Test func bandsStartAtEveryCutAndHalveTheBiggest() {
    #expect(CairoRenderer.bands(height: 1000, cuts: [], threads: 1) == [0..<1000])
    #expect(CairoRenderer.bands(height: 1000, cuts: [], threads: 2) == [0..<500, 500..<1000])
    #expect(
      CairoRenderer.bands(height: 1000, cuts: [100..<700], threads: 2) == [0..<100, 100..<400, 400..<700, 700..<1000])
  }
}
