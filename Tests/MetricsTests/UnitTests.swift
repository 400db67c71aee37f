import Testing

@testable import Metrics

@Suite struct UnitTests {
  @Test(arguments: [
    ("14.13", "亿元", 1_413_000_000.0), ("1.75", "万元", 17500), ("169333", "万元", 1_693_330_000), ("1.5", "万人", 15000),
  ])
  func scaledUnitsBecomeBaseUnits(value: String, unit: String, expected: Double) throws {
    let t = try tidy("district,year,indicator,value,unit\nA,2021,X,\(value),\(unit)\n")
    #expect(abs(t[0].value! - expected) <= expected * 1e-15)
    #expect(t[0].unit.symbol == (unit.hasSuffix("元") ? "元" : "人"))
  }

  @Test func percentAndPercentagePointsAreDistinct() {
    #expect(Unit.parse("%").unit.dimension == .percent)
    #expect(Unit.parse("个百分点").unit.dimension == .percentagePoints)
    #expect(Unit.parse("%").unit != Unit.parse("个百分点").unit)
    #expect(Unit.parse("元/生·年").unit == .yuanPerStudentYear)
    #expect(Unit.parse("万亿元").factor == 1e12)
    #expect(Unit.parse("公里").unit.dimension == .other)
  }
}
