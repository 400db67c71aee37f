/// A deflate (RFC 1951) compressor specialised for PNG rows of chart rasters.
///
/// Why hand-written rather than libdeflate: libdeflate hashes and inserts every byte,
/// also inside the long runs of one colour that make up most of a chart, and spent
/// ~8 ms on the standard BAR chart's rows (1200 × 1000, 3.6 MB) at any level, ~63 %
/// of a whole render. This matcher looks first where a chart repeats itself — the
/// previous pixel (distance 3) and the row above (distance = row length) — compares
/// 8 bytes at a time, and uses its one-entry hash table (which finds repeated glyphs)
/// only at positions those could not cover, so runs cost almost nothing. Blocks get
/// their own dynamic Huffman codes (`DeflateBlockWriter`). Measured on the BAR rows,
/// one thread, in the same minute (2026-11-22, a loaded host): libdeflate level 4
/// 13.8 ms / 108,650 bytes, level 1 13.8 ms / 113,525 bytes; this 3.1 ms / 107,789
/// bytes (Cairo's own PNG of the same pixels: 130,076 bytes). On TREND it is ~5 %
/// larger than libdeflate level 4 (106,087 vs 100,844 bytes), still below Cairo's.
///
/// The output is a raw deflate stream; with `final: false` it ends byte-aligned with
/// an empty stored block and no BFINAL, so pieces made on several cores (see
/// `CairoRenderer+PNG.swift`) concatenate into one stream.
///
/// ```swift
/// let deflater = RasterDeflater()
/// let out = UnsafeMutablePointer<UInt8>.allocate(capacity: RasterDeflater.bound(n))
/// let written = deflater.compress(rows, count: n, rowBytes: 1 + 3 * width, final: true, into: out)
/// ```
final class RasterDeflater {
  static let hashBits = 14
  /// Deflate's window: no back-reference may reach further.
  static let window = 32768

  /// Last position (relative to the piece) whose 4 bytes hashed to each slot; -1 empty.
  private let table: UnsafeMutablePointer<Int32>
  private let block = DeflateBlockWriter()

  init() {
    table = .allocate(capacity: 1 << Self.hashBits)
  }

  deinit { table.deallocate() }

  /// Output bytes `compress` may need for `count` input bytes (it never writes more):
  /// the input stored in blocks with their headers, plus the bit writer's slack.
  static func bound(_ count: Int) -> Int {
    count + count / 1024 + 256
  }

  /// Compresses `count` bytes of PNG rows (`rowBytes` each, filter byte included)
  /// into `out`, which must hold `bound(count)` bytes. Returns the bytes written.
  ///
  /// `prepare(k)` is called for rows k = 0, 1, … in order, each before the deflater
  /// reads any byte of that row, a few hundred bytes ahead of the matcher: the caller
  /// can write each row just in time, while it is in the cache.
  func compress(
    _ data: UnsafePointer<UInt8>, count n: Int, rowBytes: Int, final: Bool, into out: UnsafeMutablePointer<UInt8>,
    preparingRows prepare: (Int) -> Void = { _ in }
  ) -> Int {
    table.initialize(repeating: -1, count: 1 << Self.hashBits)
    var w = DeflateBitWriter(out)
    // The row above is out of reach for rows longer than the window (width > 10922).
    let above = rowBytes <= Self.window ? rowBytes : 0
    let shift = UInt32(32 - Self.hashBits)
    var i = 0
    var blockStart = 0
    var ready = 0, nextRow = 0  // bytes prepared; the next row to prepare
    while i < n {
      // A match may reach 258 bytes ahead, a load 8 bytes past a position.
      if ready < n && ready &- i < 264 {
        while ready < n && ready &- i < 264 {
          prepare(nextRow)
          nextRow &+= 1
          ready &+= rowBytes
        }
        continue
      }
      if block.isFull {
        block.write(raw: data + blockStart, count: i - blockStart, final: false, to: &w)
        blockStart = i
      }
      let remaining = n &- i
      let p = data + i
      if remaining < 4 {
        block.literal(p.pointee)
        i &+= 1
        continue
      }
      let limit = min(258, remaining)
      let current = UnsafeRawPointer(p).loadUnaligned(as: UInt32.self)
      var bestLength = 0, bestDistance = 0
      // Same pixel as the one before: a run of one colour.
      if i >= 3 && (current ^ UnsafeRawPointer(p - 3).loadUnaligned(as: UInt32.self)) & 0xFF_FFFF == 0 {
        bestLength = Self.matchLength(p, p - 3, limit)
        bestDistance = 3
      }
      // Same bytes as the row above.
      if bestLength < limit && above > 0 && i >= above
        && UnsafeRawPointer(p - above).loadUnaligned(as: UInt32.self) == current
      {
        let length = Self.matchLength(p, p - above, limit)
        if length > bestLength {
          bestLength = length
          bestDistance = above
        }
      }
      // Anything seen before with the same 4 bytes (a repeated glyph).
      if bestLength < limit {
        let slot = Int((current &* 0x9E37_79B1) &>> shift)
        let candidate = Int(table[slot])
        table[slot] = Int32(truncatingIfNeeded: i)
        if candidate >= 0 && i &- candidate <= Self.window
          && UnsafeRawPointer(data + candidate).loadUnaligned(as: UInt32.self) == current
        {
          let length = Self.matchLength(p, data + candidate, limit)
          if length > bestLength {
            bestLength = length
            bestDistance = i &- candidate
          }
        }
      }
      if bestLength >= 3 {
        block.match(length: bestLength, distance: bestDistance)
        i &+= bestLength
      } else {
        block.literal(p.pointee)
        i &+= 1
      }
    }
    block.write(raw: data + blockStart, count: i - blockStart, final: final, to: &w)
    if !final { DeflateBlockWriter.writeSyncMarker(to: &w) }
    return w.finish()
  }

  /// How many bytes (≤ `limit`) at `a` equal those at `b`, 8 at a time.
  @inline(__always) static func matchLength(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ limit: Int) -> Int {
    var k = 0
    while k &+ 8 <= limit {
      let x =
        UnsafeRawPointer(a + k).loadUnaligned(as: UInt64.self) ^ UnsafeRawPointer(b + k).loadUnaligned(as: UInt64.self)
      // The first differing byte is the lowest one in memory order.
      #if _endian(little)
        if x != 0 { return k &+ x.trailingZeroBitCount &>> 3 }
      #else
        if x != 0 { return k &+ x.leadingZeroBitCount &>> 3 }
      #endif
      k &+= 8
    }
    while k < limit && a[k] == b[k] { k &+= 1 }
    return k
  }
}
