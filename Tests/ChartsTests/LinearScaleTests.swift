import ChartsTestSupport
import Testing

@testable import Charts

/// `nice` tables from d3-scale's linear-test.js.
@Suite struct LinearScaleTests {
  struct Case: Sendable, CustomStringConvertible {
    var domain: (Double, Double)
    var count: Double
    var expected: (Double, Double)
    var description: String { "\(domain) nice(\(count)) → \(expected)" }
  }

  static let cases: [Case] = [
    Case(domain: (0, 0.96), count: 10, expected: (0, 1)),
    Case(domain: (0, 96), count: 10, expected: (0, 100)),
    Case(domain: (0.96, 0), count: 10, expected: (1, 0)),
    Case(domain: (96, 0), count: 10, expected: (100, 0)),
    Case(domain: (0, -0.96), count: 10, expected: (0, -1)),
    Case(domain: (0, -96), count: 10, expected: (0, -100)),
    Case(domain: (-0.96, 0), count: 10, expected: (-1, 0)),
    Case(domain: (-96, 0), count: 10, expected: (-100, 0)),
    Case(domain: (-0.1, 51.1), count: 8, expected: (-10, 60)),
    Case(domain: (1.1, 10.9), count: 10, expected: (1, 11)),
    Case(domain: (10.9, 1.1), count: 10, expected: (11, 1)),
    Case(domain: (0.7, 11.001), count: 10, expected: (0, 12)),
    Case(domain: (123.1, 6.7), count: 10, expected: (130, 0)),
    Case(domain: (0, 0.49), count: 10, expected: (0, 0.5)),
    Case(domain: (0, 14.1), count: 5, expected: (0, 20)),
    Case(domain: (0, 15), count: 5, expected: (0, 20)),
    Case(domain: (0, 0), count: 10, expected: (0, 0)),
    Case(domain: (0.5, 0.5), count: 10, expected: (0.5, 0.5)),
    Case(domain: (12, 87), count: 5, expected: (0, 100)),
    Case(domain: (12, 87), count: 10, expected: (10, 90)),
    Case(domain: (12, 87), count: 100, expected: (12, 87)),
  ]

  @Test(arguments: cases)
  func nice(_ c: Case) {
    let d = LinearScale(domain: c.domain, range: (0, 1)).nice(count: c.count).domain
    #expect(d.0 == c.expected.0 && d.1 == c.expected.1, "\(c): got \(d)")
  }

  @Test func mapsLinearlyIncludingReversedRanges() {
    let s = LinearScale(domain: (0, 100), range: (500, 100))
    #expect(s(0) == 500)
    #expect(s(25) == 400)
    #expect(s(100) == 100)
    #expect(s(-50) == 700)
  }

  @Test func bandScaleCentresBarsInSteps() {
    let b = BandScale(count: 4, range: (0, 100), fill: 0.8)
    #expect(b.step == 25)
    #expect(b.bandwidth == 20)
    #expect(b.start(0) == 2.5)
    #expect(b.center(3) == 87.5)
  }
}
