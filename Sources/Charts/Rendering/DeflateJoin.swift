import CSystemZlib

/// Turns a complete raw deflate stream (as libdeflate writes it) into a non-final,
/// byte-aligned piece, so another raw deflate stream can follow it and the two decode
/// as one — the way pigz joins pieces compressed on several cores.
///
/// libdeflate has no "not the last piece" mode: it always marks its last block final
/// (BFINAL) and ends mid-byte. zlib's `inflate` with `Z_BLOCK` stops at every block
/// boundary and reports the bit position, which gives the final block's header bit
/// and the stream's exact end; both are then patched and an empty stored block
/// (`00 00 FF FF`, as in `Z_SYNC_FLUSH`) pads to a byte boundary. Hand-written because
/// neither library exposes this join.
///
/// ```swift
/// let kept = try DeflateJoin.makeNonFinal(piece, count: n, scratch: s, scratchCount: 1 << 18)
/// // piece[0..<kept] followed by the next piece's bytes is one deflate stream
/// ```
enum DeflateJoin {
  /// Bytes `makeNonFinal` may add after the piece's own bytes.
  static let maxPadding = 5

  struct NotADeflateStream: Error {}

  /// Bit offsets (LSB-first, as deflate counts) of the final block's header and of
  /// the first bit after the stream. `scratch` receives (and discards) the inflated
  /// bytes; any size works, larger means fewer calls.
  static func finalBlock(of data: UnsafePointer<UInt8>, count: Int, scratch: UnsafeMutablePointer<UInt8>, scratchCount: Int) throws -> (start: Int, end: Int) {
    var s = z_stream()
    guard inflateInit2_(&s, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw NotADeflateStream() }
    defer { inflateEnd(&s) }
    s.next_in = UnsafeMutablePointer(mutating: data)
    s.avail_in = uInt(count)
    var lastBoundary = 0
    while true {
      s.next_out = scratch
      s.avail_out = uInt(scratchCount)
      let rc = inflate(&s, Z_BLOCK)
      guard rc == Z_OK || rc == Z_STREAM_END || rc == Z_BUF_ERROR else { throw NotADeflateStream() }
      // data_type: unused bits in the last byte read, +64 once the final block's
      // header was read, +128 when stopped at a block boundary.
      let position = Int(s.total_in) * 8 - Int(s.data_type & 7)
      if s.data_type & 192 == 128 { lastBoundary = position }
      if s.data_type & 192 == 192 { return (lastBoundary, position) }
      if rc == Z_STREAM_END || (rc == Z_BUF_ERROR && s.avail_in == 0) { throw NotADeflateStream() }
    }
  }

  /// Rewrites the piece in place to end non-final and byte-aligned; returns its new
  /// length. The buffer must have room for `maxPadding` more bytes after `count`.
  static func makeNonFinal(_ data: UnsafeMutablePointer<UInt8>, count: Int, scratch: UnsafeMutablePointer<UInt8>, scratchCount: Int) throws -> Int {
    let (start, end) = try finalBlock(of: data, count: count, scratch: scratch, scratchCount: scratchCount)
    data[start / 8] &= ~(UInt8(1) << UInt8(start % 8))  // BFINAL = 0
    var length = (end + 7) / 8
    let freeBits = (8 - end % 8) % 8
    if freeBits > 0 { data[length - 1] &= UInt8((1 << (8 - freeBits)) - 1) }  // zero bits after the end
    // An empty stored block: 3 header bits (non-final, type 00) — zeros in the last
    // byte if they fit — then padding to the byte, LEN 0000 and NLEN FFFF.
    if freeBits < 3 { data[length] = 0; length += 1 }
    data[length] = 0; data[length + 1] = 0; data[length + 2] = 0xFF; data[length + 3] = 0xFF
    return length + 4
  }
}
