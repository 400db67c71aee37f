import CDeflate
import CSystemZlib
import Foundation
import Testing

@testable import Charts

/// Joined libdeflate pieces must inflate (with zlib, independent of the join) to the
/// concatenated input, whatever the piece sizes and content.
struct DeflateJoinTests {
  /// Deterministic bytes: long white runs with noisy stretches, like a chart's rows.
  static func sample(_ count: Int, seed: UInt64) -> [UInt8] {
    var state = seed
    return (0..<count).map { i in
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return (i / 997) % 3 == 0 ? UInt8(truncatingIfNeeded: state >> 56) : 0xFF
    }
  }

  static func deflate(_ input: [UInt8], level: Int32) -> [UInt8] {
    let c = libdeflate_alloc_compressor(level)!
    defer { libdeflate_free_compressor(c) }
    var out = [UInt8](repeating: 0, count: libdeflate_deflate_compress_bound(c, input.count) + DeflateJoin.maxPadding)
    let n = libdeflate_deflate_compress(c, input, input.count, &out, out.count - DeflateJoin.maxPadding)
    return Array(out[..<n]) + [UInt8](repeating: 0xAA, count: DeflateJoin.maxPadding)  // spare bytes hold junk
  }

  static func inflateRaw(_ data: [UInt8], expected: Int) -> [UInt8]? {
    var s = z_stream()
    guard inflateInit2_(&s, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
    defer { inflateEnd(&s) }
    var out = [UInt8](repeating: 0, count: expected + 16)
    var input = data
    let rc = input.withUnsafeMutableBufferPointer { inp in
      out.withUnsafeMutableBufferPointer { o in
        s.next_in = inp.baseAddress; s.avail_in = uInt(inp.count)
        s.next_out = o.baseAddress; s.avail_out = uInt(o.count)
        return inflate(&s, Z_FINISH)
      }
    }
    guard rc == Z_STREAM_END else { return nil }
    return Array(out[..<Int(s.total_out)])
  }

  @Test(arguments: [(1, 1), (50_000, 20_000), (3_601, 200_000), (300_000, 7)], [1, 4, 6] as [Int32])
  func joinedPiecesInflateToTheConcatenation(sizes: (Int, Int), level: Int32) throws {
    let a = Self.sample(sizes.0, seed: 1), b = Self.sample(sizes.1, seed: 2)
    var first = Self.deflate(a, level: level)
    let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 4096)
    defer { scratch.deallocate() }
    let kept = try first.withUnsafeMutableBufferPointer {
      try DeflateJoin.makeNonFinal($0.baseAddress!, count: $0.count - DeflateJoin.maxPadding, scratch: scratch, scratchCount: 4096)
    }
    let second = Self.deflate(b, level: level).dropLast(DeflateJoin.maxPadding)
    let joined = Array(first[..<kept]) + second
    #expect(Self.inflateRaw(joined, expected: a.count + b.count) == a + b)
  }

  @Test func rejectsBytesThatAreNotADeflateStream() {
    var junk: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0]
    let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 64)
    defer { scratch.deallocate() }
    #expect(throws: DeflateJoin.NotADeflateStream.self) {
      _ = try junk.withUnsafeMutableBufferPointer { try DeflateJoin.makeNonFinal($0.baseAddress!, count: 5, scratch: scratch, scratchCount: 64) }
    }
  }
}
