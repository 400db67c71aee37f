import Foundation

/// A header or cell that names a year: `2019`, `2019年`, `2019年度`, `2019-01-01`
/// (a sheet's date cell), with a unit in brackets after it (`2019年（元）`) allowed.
///
///     YearHeader.year("2019年度")  // 2019
///     YearHeader.year("区县")      // nil
enum YearHeader {
  static func year(_ text: String) -> Int? {
    // The common case, a plain year, without the bracket and suffix handling below.
    if text.utf8.count == 4 {
      var y = 0
      for b in text.utf8 {
        guard b >= 0x30 && b <= 0x39 else {
          y = -1
          break
        }
        y = y * 10 + Int(b - 0x30)
      }
      if y >= 0 { return (1900...2100).contains(y) ? y : nil }
    }
    var t = WideTableReader.split(header: text).name
    for suffix in ["年度", "年", "度"] where t.hasSuffix(suffix) {
      t.removeLast(suffix.count)
      break
    }
    // A date: its year.
    if t.count == 10, t.dropFirst(4).first == "-", t.dropFirst(7).first == "-" { t = String(t.prefix(4)) }
    if t.hasSuffix(".0") { t.removeLast(2) }  // a year typed as a number in a sheet
    guard t.count == 4, t.allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(t), (1900...2100).contains(y) else {
      return nil
    }
    return y
  }
}
