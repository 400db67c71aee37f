import Foundation

/// Nice tick values in 1-2-5 steps: a port of d3-array's `ticks`, `tickIncrement`
/// and `tickStep` (v3), including its exact-integer arithmetic that avoids 0.30000000000000004.
///
/// ```swift
/// Ticks.ticks(0, 1, count: 5)        // [0, 0.2, 0.4, 0.6, 0.8, 1]
/// Ticks.tickStep(0, 26094, count: 5) // 5000
/// ```
public enum Ticks {
  private static let e10 = 50.0.squareRoot(), e5 = 10.0.squareRoot(), e2 = 2.0.squareRoot()

  /// (i1, i2, inc): ticks are i·inc, or i / -inc when inc < 0 (steps below 1).
  static func tickSpec(_ start: Double, _ stop: Double, _ count: Double) -> (Double, Double, Double) {
    let step = (stop - start) / max(0, count)
    let power = (log10(step)).rounded(.down)
    let error = step / pow(10, power)
    let factor: Double = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1
    var i1: Double, i2: Double, inc: Double
    if power < 0 {
      inc = pow(10, -power) / factor
      i1 = jsRound(start * inc)
      i2 = jsRound(stop * inc)
      if i1 / inc < start { i1 += 1 }
      if i2 / inc > stop { i2 -= 1 }
      inc = -inc
    } else {
      inc = pow(10, power) * factor
      i1 = jsRound(start / inc)
      i2 = jsRound(stop / inc)
      if i1 * inc < start { i1 += 1 }
      if i2 * inc > stop { i2 -= 1 }
    }
    if i2 < i1 && 0.5 <= count && count < 2 { return tickSpec(start, stop, count * 2) }
    return (i1, i2, inc)
  }

  /// JavaScript's Math.round: halves round towards +∞.
  private static func jsRound(_ v: Double) -> Double { (v + 0.5).rounded(.down) }

  /// About `count` nice values from `start` to `stop` (either order), inclusive.
  public static func ticks(_ start: Double, _ stop: Double, count: Double) -> [Double] {
    guard count > 0, count.isFinite, start.isFinite, stop.isFinite else { return [] }
    if start == stop { return [start] }
    let reverse = stop < start
    let (i1, i2, inc) = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count)
    guard i2 >= i1, (i2 - i1) < 1e6 else { return [] }
    let n = Int(i2 - i1) + 1
    return (0..<n).map { k in
      let i = reverse ? i2 - Double(k) : i1 + Double(k)
      return inc < 0 ? i / -inc : i * inc
    }
  }

  /// The step as d3 encodes it: positive (the step) or negative (−1/step for steps below 1).
  public static func tickIncrement(_ start: Double, _ stop: Double, count: Double) -> Double {
    tickSpec(start, stop, count).2
  }

  /// The signed distance between neighbouring ticks.
  public static func tickStep(_ start: Double, _ stop: Double, count: Double) -> Double {
    let reverse = stop < start
    let inc = reverse ? tickIncrement(stop, start, count: count) : tickIncrement(start, stop, count: count)
    return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc)
  }
}
