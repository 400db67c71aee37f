import Charts

/// A growing UTF-8 buffer for SVG text with a fast number formatter.
///
/// Why not `String(format:)` or string interpolation: an outline SVG holds tens of
/// thousands of coordinates, and libc's float printing (what Cairo's SVG surface
/// uses) was over half of its render time. Coordinates here are printed as fixed
/// point with at most two decimals and no trailing zeros, from integer digits only;
/// the same value always gives the same bytes.
///
/// ```swift
/// var out = SVGBytes()
/// out.append("<rect x=\"")
/// out.number(12.345)  // "12.35"
/// out.number(-0.001)  // "0"
/// ```
struct SVGBytes {
  var bytes: [UInt8] = []

  init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

  mutating func append(_ s: StaticString) {
    s.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }

  mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

  mutating func byte(_ b: UInt8) { bytes.append(b) }

  /// `v` rounded to hundredths: "12", "12.5", "12.05", "-3.25"; -0 prints as "0".
  mutating func number(_ v: Double) {
    let scaled = (v * 100).rounded()
    // Outside ±2^53 / 100 the value is no coordinate; clamp rather than trap.
    guard scaled.magnitude < 9.0e15 else {
      number(v.isNaN ? 0 : (v < 0 ? -1.0e12 : 1.0e12))
      return
    }
    var hundredths = Int(scaled)
    if hundredths < 0 {
      bytes.append(0x2D)  // "-"
      hundredths = -hundredths
    }
    integer(hundredths / 100)
    let frac = hundredths % 100
    guard frac != 0 else { return }
    bytes.append(0x2E)  // "."
    bytes.append(0x30 + UInt8(frac / 10))
    if frac % 10 != 0 { bytes.append(0x30 + UInt8(frac % 10)) }
  }

  /// A non-negative integer in decimal.
  mutating func integer(_ value: Int) {
    if value < 10 {
      bytes.append(0x30 + UInt8(value))
      return
    }
    // Digits right to left into a small stack buffer, then appended in order.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var v = value
      var i = 20
      while v > 0 {
        i -= 1
        digits[i] = 0x30 + UInt8(v % 10)
        v /= 10
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[i..<20]))
    }
  }

  /// `#RRGGBB`.
  mutating func color(_ c: Color) {
    bytes.append(0x23)
    hexByte(c.red)
    hexByte(c.green)
    hexByte(c.blue)
  }

  private mutating func hexByte(_ v: UInt8) {
    func digit(_ d: UInt8) -> UInt8 { d < 10 ? 0x30 + d : 0x41 + d - 10 }
    bytes.append(digit(v >> 4))
    bytes.append(digit(v & 15))
  }

  /// Text as XML character data or attribute value: `<`, `>`, `&` and `"` escaped.
  mutating func escaped(_ s: String) {
    for b in s.utf8 {
      switch b {
      case 0x3C: append("&lt;")
      case 0x3E: append("&gt;")
      case 0x26: append("&amp;")
      case 0x22: append("&quot;")
      default: bytes.append(b)
      }
    }
  }
}
