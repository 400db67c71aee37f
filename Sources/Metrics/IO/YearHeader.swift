import Foundation

/// A header or cell that names a year: `2019`, `2019年`, `2019年度`, `2019-01-01`
/// (a sheet's date cell), with a unit in brackets after it (`2019年（元）`) allowed.
///
///     YearHeader.year("2019年度")  // 2019
///     YearHeader.year("区县")      // nil
enum YearHeader {
  static func year(_ text: String) -> Int? {
    var t = WideTableReader.split(header: text).name
    for suffix in ["年度", "年", "度"] where t.hasSuffix(suffix) {
      t.removeLast(suffix.count)
      break
    }
    // A date: its year.
    if t.count == 10, t.dropFirst(4).first == "-", t.dropFirst(7).first == "-" { t = String(t.prefix(4)) }
    if t.hasSuffix(".0") { t.removeLast(2) }  // a year typed as a number in a sheet
    guard t.count == 4, t.allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(t), (1900...2100).contains(y) else { return nil }
    return y
  }
}
