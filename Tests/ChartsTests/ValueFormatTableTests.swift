import Testing

@testable import Charts

/// ``ValueFormat`` from a table, as d3-format tests its specifiers: each row is a
/// format (its d3 specifier in the comment), a value and the text.
@Suite struct ValueFormatTableTests {
  static let grouped0 = ValueFormat(decimals: 0)  // ",.0f"
  static let grouped2 = ValueFormat(decimals: 2)  // ",.2f"
  static let plain1 = ValueFormat(decimals: 1, thousandsSeparator: false)  // ".1f"
  static let trimmed4 = ValueFormat(decimals: 4, thousandsSeparator: false, trimsTrailingZeros: true)  // ".4~f"
  static let percent1 = ValueFormat(decimals: 1, suffix: "%")  // ",.1f" + "%"

  static let rows: [(ValueFormat, Double, String)] = [
    (grouped0, 0, "0"), (grouped0, 999, "999"), (grouped0, 1000, "1,000"), (grouped0, 1_234_567, "1,234,567"),
    (grouped0, -24774, "-24,774"), (grouped0, 0.5, "1"), (grouped0, -0.4, "0"), (grouped0, 999.5, "1,000"),
    (grouped2, 12345.678, "12,345.68"), (grouped2, 0.1, "0.10"), (grouped2, -0.001, "0.00"),
    (plain1, 12345.67, "12345.7"), (plain1, 9.96, "10.0"), (plain1, 3.25, "3.3"),
    (trimmed4, 14.13, "14.13"), (trimmed4, 16.9333, "16.9333"), (trimmed4, 4.908712, "4.9087"),
    (trimmed4, 17500, "17500"),
    (trimmed4, 2.5, "2.5"), (trimmed4, 0.00004, "0"), (trimmed4, -0.00004, "0"), (trimmed4, -12.34564, "-12.3456"),
    (trimmed4, 1234567.00001, "1234567"), (trimmed4, 0.99999, "1"),
    (percent1, 12.34, "12.3%"), (percent1, -1.25, "-1.3%"),
    (ValueFormat.percentagePoints, -1.2, "-1.2个百分点"),
    (grouped0, .nan, "NaN"), (grouped0, .infinity, "∞"), (grouped0, -.infinity, "-∞"),
    // Past 10^16, as Excel writes it; never grouped into `1e+,308`. A table's cell keeps every digit.
    (grouped0, 1e308, "1E+308"), (grouped2, -2.5e20, "-2.5E+20"), (grouped0, 1.23456e17, "1.235E+17"),
    (grouped0, 9.9999e20, "1E+21"), (trimmed4, 1.23456e17, "1.23456E+17"), (trimmed4, 1e308, "1E+308"),
    // Below it, whole digits; decimals past a Double's 53 bits are rounded off, not overflowed into NaN.
    (grouped0, 9.5e15, "9,500,000,000,000,000"), (trimmed4, 1e15 + 0.5, "1000000000000001"),
  ]

  @Test(arguments: rows.indices)
  func formats(row: Int) {
    let (format, value, text) = Self.rows[row]
    #expect(format.format(value) == text, "row \(row): \(value)")
  }

  @Test func trimmedTickLabelsDropZerosToo() {
    #expect(Self.trimmed4.tickLabel(1, step: 0.5) == "1")
    #expect(ValueFormat.plain.tickLabel(1, step: 0.5) == "1.0")
  }
}
