/// Chinese numerals as reports write small counts: 两所, 三个, 十二名, 一百二十人.
///
///     ChineseNumber.parse("十二".foldedScalars[...])  // 12
///     ChineseNumber.parse("两".foldedScalars[...])    // 2
///     ChineseNumber.parse("一百零五".foldedScalars[...]) // 105
///
/// Only the numeral itself is read; whether it carries a value (两所 does,
/// 一是 or 第三 do not) is decided by the scanner from what follows.
enum ChineseNumber {
  static let digits: [UInt32: Int] = [
    0x96F6: 0, 0x3007: 0, 0x4E00: 1, 0x4E8C: 2, 0x4E24: 2, 0x4E09: 3, 0x56DB: 4, 0x4E94: 5,
    0x516D: 6, 0x4E03: 7, 0x516B: 8, 0x4E5D: 9,
  ]
  static let multipliers: [UInt32: Int] = [0x5341: 10, 0x767E: 100, 0x5343: 1000]

  /// Whether `v` can be part of a Chinese numeral (digits and 十百千). A switch,
  /// not a dictionary probe: the tokenizer asks this for most characters of a report.
  @inline(__always) static func isNumeral(_ v: UInt32) -> Bool {
    switch v {
    case 0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E,
      0x5343:
      return true
    default: return false
    }
  }

  /// The value of a run of numeral characters, or nil when malformed.
  static func parse(_ s: ArraySlice<UInt32>) -> Int? {
    if s.isEmpty { return nil }
    var total = 0
    var pending: Int? = nil
    for v in s {
      if let d = digits[v] {
        if pending != nil && d != 0 { return nil }  // 二三: not a numeral
        pending = d == 0 ? nil : d
      } else if let m = multipliers[v] {
        total += (pending ?? 1) * m
        pending = nil
      } else {
        return nil
      }
    }
    return total + (pending ?? 0)
  }
}
