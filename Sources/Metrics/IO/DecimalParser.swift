import Foundation

/// Numbers as tables write them: `12590`, `-2.52`, `1.5e3`, `24,774` (a quoted
/// field with thousands separators), ` 61.8 `.
enum DecimalParser {
  /// Parses plain decimals without allocating; falls back to `strtod` for the rest.
  ///
  /// The fast path is exact: a mantissa below 2^53 divided by a power of ten
  /// up to 10^22 is one correctly rounded IEEE division (Clinger's fast path).
  static func parse(_ bytes: UnsafeRawBufferPointer) -> Double? {
    var i = 0, n = bytes.count
    while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
    while n > i, bytes[n - 1] == 0x20 || bytes[n - 1] == 0x09 { n -= 1 }
    if i == n { return nil }
    var negative = false
    if bytes[i] == 0x2D { negative = true; i += 1 } else if bytes[i] == 0x2B { i += 1 }
    var mantissa: UInt64 = 0
    var digits = 0, fraction = 0
    var seenDot = false, separators = false
    while i < n {
      let b = bytes[i]
      if b >= 0x30 && b <= 0x39 {
        mantissa = mantissa &* 10 &+ UInt64(b - 0x30)
        digits += 1
        if seenDot { fraction += 1 }
      } else if b == 0x2E && !seenDot {
        seenDot = true
      } else if b == 0x2C && !seenDot && digits > 0 {
        separators = true
      } else {
        return slowParse(bytes)
      }
      i += 1
    }
    if digits == 0 { return nil }
    if digits > 15 || fraction > 22 { return slowParse(bytes) }
    _ = separators
    var v = Double(mantissa)
    if fraction > 0 { v /= powersOfTen[fraction] }
    return negative ? -v : v
  }

  private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

  private static func slowParse(_ bytes: UnsafeRawBufferPointer) -> Double? {
    let text = String(decoding: bytes, as: UTF8.self)
      .trimmingCharacters(in: .whitespaces)
      .replacingOccurrences(of: ",", with: "")
    guard let v = Double(text), v.isFinite else { return nil }
    return v
  }

  /// Masks reports use instead of a number: `***`, `**.*`, `xx`, `XX.X`, `＊＊`.
  /// A masked number is missing, never zero.
  static func isMask(_ text: String) -> Bool {
    let t = text.trimmingCharacters(in: .whitespaces)
    guard !t.isEmpty else { return false }
    var sawMaskChar = false
    for c in t {
      switch c {
      case "*", "＊", "x", "X", "×": sawMaskChar = true
      case ".", "．": continue
      default: return false
      }
    }
    return sawMaskChar
  }
}
