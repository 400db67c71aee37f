import Foundation

/// How precisely a figure was written in its source, which is all a check may
/// allow for rounding: `1.12亿元` was rounded to 0.01亿 (± 0.005亿元), `10000` in a
/// table is exact to the unit (± 0.5), `4.49%` to the hundredth (± 0.005 %).
///
///     WrittenPrecision.of(figure: "1.12亿元".foldedScalars, value: 1.12e8)  // 1_000_000
///     WrittenPrecision.halfUnit(of: 10000, precision: nil)                   // 0.5
///
/// Reading the precision back from the stored `Double` instead cannot work: 10000
/// may be `10000` (± 0.5) or `1万` (± 5000), and a check that took every trailing
/// zero for rounding let a growth of 20 % between 10000 and 11000 pass.
public enum WrittenPrecision {
  /// Half the place value of the figure's last written digit: how far rounding can
  /// have moved it. Without a recorded `precision`, the figure is taken as written
  /// in its shortest form (a table cell in the unit's base): `7.17` ± 0.005, `10000` ± 0.5.
  public static func halfUnit(of value: Double, precision: Double?) -> Double {
    if let precision, precision.isFinite, precision > 0 { return precision / 2 }
    return 0.5 / pow(10, Double(DecimalFormat.decimals(value)))
  }

  /// The place value of the last written digit of a figure in a report, in the unit's
  /// base: the digits after the point, times the scale written after them (万, 亿, 千元).
  /// `figure` is the figure's text as folded scalars (half-width digits); what comes
  /// before the first digit (a sign, 每生每年) is skipped. A figure in Chinese numerals
  /// (三千) is as precise as its lowest non-zero place; a ratio (17.5:1) has none (nil).
  public static func of<S: Collection<UInt32>>(figure: S, value: Double?) -> Double? {
    var sawDigit = false, inFraction = false, fraction = 0
    var scale = 1.0
    var afterNumber = false
    for c in figure {
      if !afterNumber {
        if c >= 0x30 && c <= 0x39 {
          sawDigit = true
          if inFraction { fraction += 1 }
          continue
        }
        if sawDigit && c == 0x2C && !inFraction { continue }  // 25,000
        if sawDigit && c == 0x2E && !inFraction {
          inFraction = true
          continue
        }
        if !sawDigit {
          if chineseNumerals.contains(c) {
            guard let value, value.isFinite, value != 0 else { return nil }
            return 2 * DecimalFormat.halfUnit(value)
          }
          continue
        }
        afterNumber = true
      }
      switch c {
      case 0x4E07: scale *= 1e4  // 万
      case 0x4EBF: scale *= 1e8  // 亿
      case 0x5343: scale *= 1e3  // 千 (千元)
      case 0x20, 0x0A, 0x0D, 0x4F59, 0x591A: continue  // a space or a wrapped line, 余, 多
      case 0x3A: return nil  // 17.5:1, a quotient
      default: return scale / pow(10, Double(fraction))
      }
    }
    return sawDigit ? scale / pow(10, Double(fraction)) : nil
  }

  /// 〇一二…九十百千万亿 and 两, 零: the scalars a Chinese numeral is written with.
  private static let chineseNumerals: Set<UInt32> = Set(
    "〇零一二两三四五六七八九十百千万亿".unicodeScalars.map(\.value))
}
