import ChartsTestSupport
import Testing

@testable import Charts

@Suite struct LabelStackingTests {
  @Test func separatedLabelsStayPut() {
    #expect(
      LabelStacking.resolve(desired: [10, 50, 90], sizes: [10, 10, 10], lower: 0, upper: 100, spacing: 0) == [
        10, 50, 90,
      ])
  }

  @Test func collidingLabelsSpreadAroundTheirMean() {
    let r = LabelStacking.resolve(desired: [100, 102], sizes: [12, 12], lower: 0, upper: 400, spacing: 0)
    #expect(r == [95, 107])
  }

  @Test func manyLabelsNeverOverlapAndStayInBounds() {
    let desired: [Double] = [50, 51, 52, 53, 54, 55, 56, 57, 5, 98]
    let r = LabelStacking.resolve(
      desired: desired, sizes: Array(repeating: 9, count: 10), lower: 0, upper: 100, spacing: 0.5)
    let sorted = r.sorted()
    for i in 1..<sorted.count { #expect(sorted[i] - sorted[i - 1] >= 9.5 - 1e-9) }
    #expect(sorted.first! - 4.5 >= 0 && sorted.last! + 4.5 <= 100)
    // Order is preserved: a label wanting a higher position never ends below another.
    let order = desired.indices.sorted { desired[$0] < desired[$1] }
    #expect(order.map { r[$0] } == sorted)
  }
}
