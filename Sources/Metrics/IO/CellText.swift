import Foundation

/// Small text helpers for cells, without Foundation's `trimmingCharacters`,
/// which bridges through NSString on Linux: it was a quarter of a
/// 100,000-row sheet's read (perf), for cells that almost never need trimming.
enum CellText {
  /// `s` without leading or trailing whitespace; `s` itself (no copy) when there is none.
  @inline(__always)
  static func trimmed(_ s: String) -> String {
    guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return s }
    if !first.properties.isWhitespace && !last.properties.isWhitespace { return s }
    let scalars = s.unicodeScalars.drop { $0.properties.isWhitespace }
    return String(String.UnicodeScalarView(scalars.reversed().drop { $0.properties.isWhitespace }.reversed()))
  }

  /// A number as a sheet stores it (`17500`, `-0.25`), kept as it is: plain
  /// decimals need no round trip through Double; others (`1.2E-3`) are rewritten.
  @inline(__always)
  static func isPlainDecimal(_ s: String) -> Bool {
    var digits = 0, points = 0
    for (k, b) in s.utf8.enumerated() {
      switch b {
      case 0x30...0x39: digits += 1
      case 0x2E: points += 1
      case 0x2D where k == 0: break
      default: return false
      }
    }
    return digits > 0 && points <= 1 && digits <= 15
  }
}
