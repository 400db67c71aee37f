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
    if bytes[i] == 0x2D {
      negative = true
      i += 1
    } else if bytes[i] == 0x2B {
      i += 1
    }
    var mantissa: UInt64 = 0
    let intStart = i
    while i < n {
      let d = bytes[i] &- 0x30
      if d > 9 { break }
      mantissa = mantissa &* 10 &+ UInt64(d)
      i += 1
    }
    var digits = i - intStart, fraction = 0
    if i < n && bytes[i] == 0x2C { return grouped(bytes) }
    if i < n && bytes[i] == 0x2E {
      i += 1
      let fracStart = i
      while i < n {
        let d = bytes[i] &- 0x30
        if d > 9 { break }
        mantissa = mantissa &* 10 &+ UInt64(d)
        i += 1
      }
      fraction = i - fracStart
      digits += fraction
    }
    if i != n { return slowParse(bytes) }
    if digits == 0 { return nil }
    if digits > 15 || fraction > 22 { return slowParse(bytes) }
    var v = Double(mantissa)
    if fraction > 0 { v /= powersOfTen[fraction] }
    return negative ? -v : v
  }

  /// Thousands separators must group exactly three digits (`24,774`,
  /// `1,234,567.5`): "1,5" is a European decimal comma and must not silently
  /// read as 15, so anything else is not a number.
  private static func grouped(_ bytes: UnsafeRawBufferPointer) -> Double? {
    let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
    let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    var groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
    if let first = groups.first, first.hasPrefix("-") || first.hasPrefix("+") { groups[0] = first.dropFirst() }
    guard let head = groups.first, (1...3).contains(head.count),
      groups.dropFirst().allSatisfy({ $0.count == 3 }),
      groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    var plain = Array(text.replacingOccurrences(of: ",", with: "").utf8)
    return plain.withUnsafeMutableBytes { parse(UnsafeRawBufferPointer($0)) }
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

  /// The place value of the last digit of a number as written (`1.12` → 0.01, `10000` → 1,
  /// `1.5e3` → 100), for ``Observation/precision`` when a unit's factor scales it.
  static func lastDigit(_ text: String) -> Double {
    var t = text
    return t.withUTF8 { lastDigit(UnsafeRawBufferPointer($0)) }
  }

  /// The same from a cell's bytes: the tidy reader calls it for every cell in 万元/亿元, and
  /// the String version (trim, lowercase, split) made reading the 1.8 M-row table 20× slower.
  static func lastDigit(_ bytes: UnsafeRawBufferPointer) -> Double {
    var decimals = 0, exponent = 0, negative = false
    var inDecimals = false, inExponent = false, exponentDigits = 0
    for b in bytes {
      if inExponent {
        if b == 0x2D, exponentDigits == 0 {
          negative = true
        } else if b >= 0x30 && b <= 0x39, exponentDigits < 6 {
          exponent = exponent * 10 + Int(b - 0x30)
          exponentDigits += 1
        }
      } else if b == 0x2E {
        inDecimals = true
      } else if b == 0x65 || b == 0x45 {
        inExponent = true
      } else if inDecimals, b >= 0x30 && b <= 0x39 {
        decimals += 1
      }
    }
    return pow(10, Double((negative ? -exponent : exponent) - decimals))
  }

  /// ``Observation/precision`` of a cell whose unit scales it (`1.12` under 亿元 → 1,000,000);
  /// nil for a cell in the base unit, whose stored value shows its precision as it is.
  static func precision(_ text: String, factor: Double) -> Double? {
    factor == 1 || parse(text) == nil ? nil : factor * lastDigit(text)
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

  /// A table cell as a value: a number scaled by `factor` (the unit's, 万元 → 1e4), a masked
  /// figure (`***`) as no value flagged masked, an empty cell as no value; nil when the text is
  /// none of these, for the reader to report with its own place and wording.
  static func cell(_ text: String, factor: Double) -> (value: Double?, flags: ObservationFlags)? {
    if let v = parse(text) { return (v * factor, []) }
    if isMask(text) { return (nil, .masked) }
    if isMissing(text) { return (nil, []) }
    return nil
  }
}
