import Testing

@testable import Charts

/// Sizes are bounded before any pixel is allocated (issue 13: `--dpi 1e9` trapped,
/// `--size 1000x1000cm` asked for 1.1 TB).
@Suite struct ChartSizeBoundsTests {
  @Test(arguments: [
    ChartSize.pixels(1200, 800), .centimetres(16, 10, dpi: 300), .centimetres(42, 29.7, dpi: 600),
    .pixels(16, 16, dpi: 36), .pixels(20_000, 4_000, dpi: 1200),
  ])
  func usableSizesPass(size: ChartSize) throws {
    #expect(try size.validated() == size)
  }

  @Test(arguments: [
    (ChartSize.pixels(1200, 800, dpi: 1e9), "dpi"), (.pixels(1200, 800, dpi: 0), "dpi"),
    (.pixels(1200, 800, dpi: .nan), "dpi"), (.centimetres(1000, 1000, dpi: 300), "too large"),
    (.centimetres(200, 200, dpi: 300), "too large"), (.pixels(20_001, 100), "too large"),
    (.pixels(10_000, 9_000), "megapixels"), (.pixels(0, 800), "too small"), (.pixels(.infinity, 800), "too small"),
  ])
  func unusableSizesAreRefusedSayingWhy(size: ChartSize, words: String) {
    #expect {
      try size.validated()
    } throws: { error in
      "\(error)".contains(words)
    }
  }
}
