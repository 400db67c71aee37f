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
    var seenDot = false
    // Thousands separators must group exactly three digits (24,774): "1,5" is a
    // European decimal comma and must not silently read as 15.
    var digitsSinceSeparator = -1
    while i < n {
      let b = bytes[i]
      if b >= 0x30 && b <= 0x39 {
        mantissa = mantissa &* 10 &+ UInt64(b - 0x30)
        digits += 1
        if seenDot { fraction += 1 } else if digitsSinceSeparator >= 0 { digitsSinceSeparator += 1 }
      } else if b == 0x2E && !seenDot {
        if digitsSinceSeparator >= 0 && digitsSinceSeparator != 3 { return nil }
        seenDot = true
      } else if b == 0x2C && !seenDot && digits > 0 {
        if digitsSinceSeparator >= 0 && digitsSinceSeparator != 3 { return nil }
        if digitsSinceSeparator < 0 && digits > 3 { return nil }
        digitsSinceSeparator = 0
      } else {
        return slowParse(bytes)
      }
      i += 1
    }
    if digits == 0 { return nil }
    if !seenDot && digitsSinceSeparator >= 0 && digitsSinceSeparator != 3 { return nil }
    if digits > 15 || fraction > 22 { return slowParse(bytes) }
    var v = Double(mantissa)
    if fraction > 0 { v /= powersOfTen[fraction] }
    return negative ? -v : v
  }

  private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

  /// Long mantissas and exponents (`1.5e3`); commas are not accepted here.
  private static func slowParse(_ bytes: UnsafeRawBufferPointer) -> Double? {
    let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
    guard !text.contains(","), let v = Double(text), v.isFinite else { return nil }
    // Double("nan"), Double("inf") and hex floats are not numbers in a table.
    guard text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }) else { return nil }
    return v
  }

  /// Parses a string (convenience for JSON and wide tables).
  static func parse(_ text: String) -> Double? {
    var t = text
    return t.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
  }

  /// Words tables use for "no figure" that are not masks: empty, `NA`, `—`, `-`.
  /// Such a cell is missing (nil), never zero.
  static func isMissing(_ text: String) -> Bool {
    switch text.trimmingCharacters(in: .whitespaces).lowercased() {
    case "", "na", "n/a", "nan", "null", "none", "-", "—", "–", "——", "/", "无": return true
    default: return false
    }
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
