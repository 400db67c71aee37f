/// Writes deflate's bit stream (least significant bit first) into memory the caller
/// owns, 64 bits at a time.
///
/// Every `write` stores the whole 64-bit accumulator unaligned and advances by the
/// complete bytes in it, so there is no branch per call; the buffer therefore needs
/// 8 bytes of slack after the last byte the stream can reach.
///
/// ```swift
/// var w = DeflateBitWriter(out)
/// w.write(0b011, 3)           // BFINAL = 1, BTYPE = 01
/// let length = w.finish()     // bytes written, last one zero-padded
/// ```
struct DeflateBitWriter {
  let start: UnsafeMutablePointer<UInt8>
  private(set) var cursor: UnsafeMutablePointer<UInt8>
  /// Bits not yet past `cursor`; only the low `count` bits are meaningful, the rest zero.
  private var bits: UInt64 = 0
  private var count = 0

  init(_ out: UnsafeMutablePointer<UInt8>) {
    start = out
    cursor = out
  }

  /// Appends the low `n` bits of `value` (n ≤ 56; no higher bits set).
  @inline(__always) mutating func write(_ value: UInt64, _ n: Int) {
    bits |= value &<< UInt64(count)
    count &+= n
    UnsafeMutableRawPointer(cursor).storeBytes(of: bits.littleEndian, as: UInt64.self)
    let bytes = count &>> 3
    cursor += bytes
    bits = bits &>> UInt64(bytes &* 8)
    count &= 7
  }

  /// Pads with zero bits to the next byte boundary.
  mutating func alignToByte() {
    if count > 0 {
      cursor += 1
      bits = 0
      count = 0
    }
  }

  /// Appends whole bytes (the stream must be byte-aligned).
  mutating func writeBytes(_ bytes: UnsafePointer<UInt8>, _ n: Int) {
    precondition(count == 0)
    cursor.update(from: bytes, count: n)
    cursor += n
  }

  /// Byte-aligns and returns the number of bytes written.
  mutating func finish() -> Int {
    alignToByte()
    return cursor - start
  }

  var bytesWritten: Int { cursor - start }
}
