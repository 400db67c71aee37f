import ChartsTestSupport
import Foundation
import Testing

@testable import Charts
@testable import ChartsRendering

/// `RasterDeflater`'s raw deflate streams inflate (with zlib, independent of it) to
/// exactly its input, stay within `bound`, and, when a piece is not final, let the
/// next piece follow it byte-aligned.
struct PNGRasterDeflaterTests {
  static func compress(_ input: [UInt8], rowBytes: Int, final: Bool = true) -> [UInt8] {
    let bound = RasterDeflater.bound(input.count)
    var out = [UInt8](repeating: 0, count: bound + 8)  // + the bit writer's slack
    let n = input.withUnsafeBufferPointer { i in
      out.withUnsafeMutableBufferPointer {
        RasterDeflater().compress(
          i.baseAddress!, count: i.count, rowBytes: rowBytes, final: final, into: $0.baseAddress!)
      }
    }
    #expect(n <= bound)
    return Array(out[..<n])
  }

  static func roundTrips(_ input: [UInt8], rowBytes: Int) -> Bool {
    ZlibCheck.inflateRaw(compress(input, rowBytes: rowBytes), expected: input.count) == input
  }

  /// Runs of one byte exactly 1…5, 257…260 and 515…518 long, between random bytes.
  @Test(arguments: [1, 2, 3, 4, 5, 257, 258, 259, 260, 515, 516, 517, 518])
  func runsOfEveryLengthNearTheLimits(run: Int) {
    var random = TestRandom(state: UInt64(run))
    var input = [UInt8]()
    for k in 0..<40 {
      input += [UInt8](repeating: UInt8(k % 3 == 0 ? 0xFF : 7), count: run)
      input += (0..<(k % 4 + 1)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    }
    #expect(Self.roundTrips(input, rowBytes: 97))
  }

  @Test(arguments: [1, 2, 3, 4, 7, 100, 100_000, 300_000])
  func noiseIsStoredAndRoundTrips(count: Int) {
    var random = TestRandom(state: UInt64(count))
    let input = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    let out = Self.compress(input, rowBytes: 301)
    #expect(ZlibCheck.inflateRaw(out, expected: count) == input)
    #expect(out.count <= RasterDeflater.bound(count))
  }

  /// Rows exactly at the window (32768 apart is the furthest reference) and beyond it.
  @Test(arguments: [32767, 32768, 32769, 40000])
  func rowsAroundTheWindowSize(rowBytes: Int) {
    var random = TestRandom(state: 3)
    let row = (0..<rowBytes).map { x in x % 1000 < 100 ? UInt8(truncatingIfNeeded: random.next()) : 0xFF }
    let input = Array([[UInt8]](repeating: row, count: 4).joined())
    #expect(Self.roundTrips(input, rowBytes: rowBytes))
  }

  /// Two pieces, the first not final, concatenated: one stream of both inputs, even
  /// when the second piece's bytes also occur in the first.
  @Test(arguments: [(1, 1), (4_000, 20_000), (300_000, 7), (50_000, 50_000)])
  func nonFinalPieceJoinsTheNext(sizes: (Int, Int)) {
    var random = TestRandom(state: 5)
    let make = { (n: Int) in
      (0..<n).map { i in (i / 700) % 3 == 0 ? UInt8(truncatingIfNeeded: random.next() % 16) : 0xFF }
    }
    let a = make(sizes.0), b = make(sizes.1)
    let first = Self.compress(a, rowBytes: 301, final: false)
    #expect(Array(first.suffix(4)) == [0, 0, 0xFF, 0xFF])
    #expect(ZlibCheck.inflateRaw(first, expected: a.count) == nil)  // not final on its own
    let joined = first + Self.compress(b, rowBytes: 301)
    #expect(ZlibCheck.inflateRaw(joined, expected: a.count + b.count) == a + b)
  }

  /// A compressible input of many blocks, with matches of every kind, and a second
  /// run of the same deflater (its hash table must not leak into the next stream).
  @Test func manyBlocksAndReuse() {
    var random = TestRandom(state: 11)
    let palette: [UInt8] = [0xFF, 0x00, 0x80, 0x1F, 0x77, 0xB4]
    let rowBytes = 1 + 3 * 555
    var input = [UInt8]()
    for y in 0..<400 {
      for x in 0..<rowBytes {
        let noisy = (x / 50 + y / 9) % 4 == 0
        input.append(x == 0 ? 0 : noisy ? palette[Int(random.next() % 6)] : palette[(x / 90 + y / 30) % 6])
      }
    }
    let deflater = RasterDeflater()
    for part in [input, Array(input[1000...]), input] {
      var out = [UInt8](repeating: 0, count: RasterDeflater.bound(part.count) + 8)
      let n = part.withUnsafeBufferPointer { i in
        out.withUnsafeMutableBufferPointer {
          deflater.compress(i.baseAddress!, count: i.count, rowBytes: rowBytes, final: true, into: $0.baseAddress!)
        }
      }
      #expect(n < part.count / 3)
      #expect(ZlibCheck.inflateRaw(Array(out[..<n]), expected: part.count) == part)
    }
  }
}
