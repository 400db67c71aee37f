import ChartsTestSupport
import Testing

@testable import Charts

/// Tables ported from d3-array's ticks-test.js and d3-scale's linear-test.js.
@Suite struct TicksTests {
  @Test(
    arguments: [
      (10.0, [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
      (9, [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
      (8, [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
      (7, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
      (6, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
      (5, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
      (4, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
      (3, [0.0, 0.5, 1.0]),
      (2, [0.0, 0.5, 1.0]),
      (1, [0.0, 1.0]),
    ] as [(Double, [Double])])
  func unitDomain(count: Double, expected: [Double]) {
    #expect(Ticks.ticks(0, 1, count: count) == expected)
    #expect(Ticks.ticks(1, 0, count: count) == expected.reversed())
  }

  @Test(
    arguments: [
      (10.0, [-100.0, -80, -60, -40, -20, 0, 20, 40, 60, 80, 100]),
      (9, [-100, -80, -60, -40, -20, 0, 20, 40, 60, 80, 100]),
      (8, [-100, -80, -60, -40, -20, 0, 20, 40, 60, 80, 100]),
      (7, [-100, -80, -60, -40, -20, 0, 20, 40, 60, 80, 100]),
      (6, [-100, -50, 0, 50, 100]),
      (5, [-100, -50, 0, 50, 100]),
      (4, [-100, -50, 0, 50, 100]),
      (3, [-100, -50, 0, 50, 100]),
      (2, [-100, 0, 100]),
      (1, [0]),
    ] as [(Double, [Double])])
  func symmetricDomain(count: Double, expected: [Double]) {
    #expect(Ticks.ticks(-100, 100, count: count) == expected)
  }

  @Test func invalidCountsGiveNoTicks() {
    #expect(Ticks.ticks(0, 1, count: 0).isEmpty)
    #expect(Ticks.ticks(0, 1, count: -1).isEmpty)
    #expect(Ticks.ticks(0, 1, count: .nan).isEmpty)
    #expect(Ticks.ticks(0, 1, count: .infinity).isEmpty)
    #expect(Ticks.ticks(1, 1, count: 10) == [1])
  }

  @Test func fractionalCountsFromD3Array() {
    #expect(Ticks.ticks(1, 364, count: 0.1).isEmpty)
    #expect(Ticks.ticks(1, 364, count: 0.499).isEmpty)
    #expect(Ticks.ticks(1, 364, count: 0.5) == [200])
    #expect(Ticks.ticks(1, 364, count: 1) == [200])
    #expect(Ticks.ticks(1, 364, count: 1.5) == [200])
    #expect(Ticks.ticks(1, 499, count: 1) == [200, 400])
    #expect(Ticks.ticks(364, 1, count: 0.5) == [200])
    #expect(Ticks.ticks(0.001, 0.499, count: 1) == [0.2, 0.4])
  }

  @Test func exactDecimalsWithoutFloatingPointNoise() {
    // 0.1 * 3 would be 0.30000000000000004; d3 divides integers instead.
    #expect(Ticks.ticks(0, 0.5, count: 5).contains(0.3))
  }

  @Test(
    arguments: [
      (0.0, 1.0, 10.0, 0.1), (0, 1, 5, 0.2), (0, 26094, 5, 5000), (1, 0, 10, -0.1), (-100, 100, 2, 100),
    ] as [(Double, Double, Double, Double)])
  func tickStep(start: Double, stop: Double, count: Double, step: Double) {
    #expect(Ticks.tickStep(start, stop, count: count) == step)
  }
}
