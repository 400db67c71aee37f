import Foundation

/// How numbers are written on a chart: decimals, thousands separators and a unit suffix.
///
/// Value labels use one fixed number of decimals per chart (``resolved(for:)``);
/// tick labels take their precision from the tick step (``tickLabel(_:step:)``), as
/// d3-format's `precisionFixed` does.
///
/// The one formatter for numbers a reader sees: chart labels and ticks, alt text,
/// and the tables of `compare table` (through `DisplayScale`). Numbers written back
/// as data (CSV values, provenance formulas) use Metrics' `DecimalFormat`, which
/// keeps every digit a `Double` holds.
///
/// ```swift
/// ValueFormat().format(24774)                       // "24,774"   (d3: ",.0f")
/// ValueFormat(decimals: 1, suffix: "%").format(3.25) // "3.3%"
/// ValueFormat.percentagePoints.format(-1.2)         // "-1.2个百分点"
/// ValueFormat(decimals: 4, thousandsSeparator: false, trimsTrailingZeros: true).format(14.13) // "14.13" (d3: ".4~f")
/// ```
public struct ValueFormat: Sendable, Equatable {
  /// Digits after the decimal point; nil picks them from the data (see ``resolved(for:)``).
  public var decimals: Int?
  /// Written after the number: "%", "个百分点" or "".
  public var suffix: String
  /// Group the integer part in threes with ",".
  public var thousandsSeparator: Bool
  /// Drop zeros at the end of the fraction, and the point if nothing is left (d3-format's `~`):
  /// ``decimals`` is then a maximum.
  public var trimsTrailingZeros: Bool

  public init(
    decimals: Int? = nil, suffix: String = "", thousandsSeparator: Bool = true, trimsTrailingZeros: Bool = false
  ) {
    self.decimals = decimals
    self.suffix = suffix
    self.thousandsSeparator = thousandsSeparator
    self.trimsTrailingZeros = trimsTrailingZeros
  }

  /// Plain numbers with thousands separators.
  public static let plain = ValueFormat()
  /// Percentages ("12.5%").
  public static let percent = ValueFormat(suffix: "%")
  /// Differences of percentages ("1.2个百分点"), which are not growth rates.
  public static let percentagePoints = ValueFormat(suffix: "个百分点")

  /// `v` written with this format (decimals chosen for `v` alone when ``decimals`` is nil).
  public func format(_ v: Double) -> String {
    let d = decimals ?? Self.automaticDecimals(for: [v])
    return Self.number(v, decimals: d, grouping: thousandsSeparator, trimming: trimsTrailingZeros) + suffix
  }

  /// A copy whose ``decimals`` is fixed for all of `values`, so every label of a chart
  /// has the same precision: the fewest decimals (0–2) that write every value exactly,
  /// capped by magnitude (none from 1,000 up, one from 10 up).
  public func resolved(for values: [Double]) -> ValueFormat {
    var copy = self
    if copy.decimals == nil { copy.decimals = Self.automaticDecimals(for: values) }
    return copy
  }

  /// A tick label: precision from the tick step (`max(0, -exponent(step))`), and the
  /// suffix only when it is short ("%"); longer units belong in the axis title.
  public func tickLabel(_ v: Double, step: Double) -> String {
    let precision = step > 0 ? max(0, -Int((log10(step)).rounded(.down))) : 0
    let tail = suffix.count <= 1 ? suffix : ""
    return Self.number(v, decimals: min(precision, 10), grouping: thousandsSeparator, trimming: trimsTrailingZeros)
      + tail
  }

  static func automaticDecimals(for values: [Double]) -> Int {
    let finite = values.filter { $0.isFinite }
    guard let largest = finite.map({ abs($0) }).max() else { return 0 }
    let cap = largest >= 1000 ? 0 : largest >= 10 ? 1 : 2
    for d in 0..<cap {
      let scale = pow(10, Double(d))
      if finite.allSatisfy({ abs(($0 * scale).rounded() - $0 * scale) < 1e-6 }) { return d }
    }
    return cap
  }

  /// Fixed-point text with optional grouping. Hand-written because Foundation's
  /// formatters depend on the locale and are far slower; this must be exact and stable.
  static func number(_ v: Double, decimals: Int, grouping: Bool, trimming: Bool = false) -> String {
    guard v.isFinite else { return v.isNaN ? "NaN" : (v < 0 ? "-∞" : "∞") }
    if abs(v) >= 1e16 { return scientific(v, exact: !grouping) }
    // Digits past a Double's 53 bits are noise, and 1e15 × 10^4 would leave them: fewer decimals.
    var decimals = decimals
    while decimals > 0 && abs(v) * pow(10, Double(decimals)) >= 0x1p53 { decimals -= 1 }
    let scale = pow(10, Double(decimals))
    let scaled = (abs(v) * scale).rounded()
    let negative = v < 0 && scaled != 0
    var integerPart = (scaled / scale).rounded(.down)
    var fraction = scaled - integerPart * scale
    if fraction >= scale {
      integerPart += 1
      fraction -= scale
    }
    var digits = String(format1: integerPart)
    if grouping && digits.count > 3 {
      var grouped = ""
      for (i, c) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { grouped.append(",") }
        grouped.append(c)
      }
      digits = grouped
    }
    if decimals > 0 {
      var f = String(format1: fraction.rounded())
      while f.count < decimals { f = "0" + f }
      if trimming { while f.last == "0" { f.removeLast() } }
      if !f.isEmpty { digits += "." + f }
    }
    return (negative ? "-" : "") + digits
  }
}

extension ValueFormat {
  /// A number of 10^16 or more, which fixed-point digits would write as 17 to 309
  /// characters (and grouping once wrote as `1e+,308`): `1E+308`, as Excel and WPS write
  /// it. `exact` keeps every digit of the mantissa (a table's data); otherwise it is
  /// rounded to three decimals (a chart's label: `1.235E+20`).
  static func scientific(_ v: Double, exact: Bool) -> String {
    // Swift writes |v| ≥ 1e16 as the shortest round-tripping mantissa and exponent: "1.2345e+20".
    let parts = abs(v).description.split(separator: "e")
    guard parts.count == 2, let mantissa = Double(parts[0]), var exponent = Int(parts[1]) else {
      return abs(v).description
    }
    var m = exact ? String(parts[0]) : number(mantissa, decimals: 3, grouping: false, trimming: true)
    if m == "10" {  // 9.9996 rounded up
      m = "1"
      exponent += 1
    }
    return (v < 0 ? "-" : "") + m + "E" + (exponent < 0 ? "-" : "+") + String(abs(exponent))
  }
}

extension String {
  /// Digits of a non-negative whole number below 10^16 held in a Double.
  fileprivate init(format1 whole: Double) {
    if whole < 9.2e18 { self = String(Int64(whole)) } else { self = String(whole) }
  }
}
