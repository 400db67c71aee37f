import Foundation

/// Excel's date serials: days since 1899-12-30 (so that serial 60 is Lotus'
/// 1900-02-29 that never was) or, in 1904-system workbooks, since 1904-01-01.
///
///     ExcelDate.text(43466, date1904: false)  // "2019-01-01"
enum ExcelDate {
  /// The date as `yyyy-mm-dd` (a time of day, if any, is dropped), or nil when out of range.
  static func text(_ serial: Double, date1904: Bool) -> String? {
    guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }  // up to 9999-12-31
    let days = Int(serial.rounded(.down)) + (date1904 ? 1462 : 0)  // 1904-01-01 is 1462 days after 1899-12-30
    let (y, m, d) = civil(daysSince18991230: days)
    return String(format: "%04d-%02d-%02d", y, m, d)
  }

  /// Howard Hinnant's days-to-civil, shifted to Excel's epoch.
  static func civil(daysSince18991230 days: Int) -> (Int, Int, Int) {
    let z = days - 25569 + 719468  // 1899-12-30 is 25569 days before 1970-01-01
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}
