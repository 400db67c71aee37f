import ChartsTestSupport
import Testing

@testable import Charts

@Suite struct ValueFormatTests {
  @Test(arguments: [
    (24774.0, "24,774"), (1234567.0, "1,234,567"), (999.0, "999"), (0.0, "0"), (-24774.0, "-24,774"),
    (1000.0, "1,000"), (-0.4, "0"),
  ])
  func integersWithThousandsSeparators(value: Double, text: String) {
    #expect(ValueFormat(decimals: 0).format(value) == text)
  }

  @Test func fixedDecimalsRoundHalfAwayFromZero() {
    #expect(ValueFormat(decimals: 1).format(3.25) == "3.3")
    #expect(ValueFormat(decimals: 2).format(-1.005) == "-1.00" || ValueFormat(decimals: 2).format(-1.005) == "-1.01")
    #expect(ValueFormat(decimals: 1).format(9.96) == "10.0")
    #expect(ValueFormat(decimals: 2).format(12345.678) == "12,345.68")
    #expect(ValueFormat(decimals: 1, thousandsSeparator: false).format(12345.67) == "12345.7")
  }

  @Test func suffixes() {
    #expect(ValueFormat(decimals: 1, suffix: "%").format(12.34) == "12.3%")
    #expect(ValueFormat(decimals: 1, suffix: "个百分点").format(-1.2) == "-1.2个百分点")
  }

  @Test func automaticDecimalsAreFixedPerChart() {
    #expect(ValueFormat().resolved(for: [24774, 18190]).decimals == 0)
    #expect(ValueFormat().resolved(for: [4.2, -1.35, 6]).decimals == 2)
    #expect(ValueFormat().resolved(for: [4.5, 12, 60.5]).decimals == 1)
    // Large magnitudes drop the decimals: 1,234.6 元 reads as 1,235.
    #expect(ValueFormat().resolved(for: [1234.56, 2000]).decimals == 0)
    #expect(ValueFormat(decimals: 3).resolved(for: [1]).decimals == 3)
  }

  @Test func tickPrecisionComesFromTheStep() {
    let f = ValueFormat.plain
    #expect(f.tickLabel(5000, step: 5000) == "5,000")
    #expect(f.tickLabel(0.2, step: 0.2) == "0.2")
    #expect(f.tickLabel(0.05, step: 0.05) == "0.05")
    #expect(f.tickLabel(1, step: 0.5) == "1.0")
    #expect(ValueFormat.percent.tickLabel(-2, step: 2) == "-2%")
    // Long units belong in the axis title, not on every tick.
    #expect(ValueFormat.percentagePoints.tickLabel(1.5, step: 0.5) == "1.5")
  }
}
