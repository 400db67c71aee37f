/// A linear map from a numeric domain to a pixel range, with d3-scale's `nice` and `ticks`.
///
/// ```swift
/// let s = LinearScale(domain: (0, 26094), range: (100, 580)).nice(count: 6)  // domain 0…30000
/// s(15000)  // 340
/// ```
public struct LinearScale: Sendable, Equatable {
  public var domain: (Double, Double)
  public var range: (Double, Double)

  public init(domain: (Double, Double), range: (Double, Double)) {
    self.domain = domain
    self.range = range
  }

  public static func == (a: LinearScale, b: LinearScale) -> Bool {
    a.domain == b.domain && a.range == b.range
  }

  /// The range position of `v` (not clamped).
  public func callAsFunction(_ v: Double) -> Double {
    let (d0, d1) = domain, (r0, r1) = range
    if d1 == d0 { return (r0 + r1) / 2 }
    return r0 + (v - d0) / (d1 - d0) * (r1 - r0)
  }

  /// The domain extended outwards to multiples of the tick step (d3 `linear.nice(count)`).
  public func nice(count: Double = 10) -> LinearScale {
    var copy = self
    copy.domain = Self.niceDomain(domain, count: count)
    return copy
  }

  /// d3-scale's `nice`: repeat until the tick increment stops changing (at most 10 times).
  public static func niceDomain(_ d: (Double, Double), count: Double = 10) -> (Double, Double) {
    var start = d.0, stop = d.1
    let reversed = stop < start
    if reversed { swap(&start, &stop) }
    var prestep: Double? = nil
    for _ in 0..<10 {
      let step = Ticks.tickIncrement(start, stop, count: count)
      // Like d3, only a converged step changes the domain.
      if step == prestep { return reversed ? (stop, start) : (start, stop) }
      if step > 0 {
        start = (start / step).rounded(.down) * step
        stop = (stop / step).rounded(.up) * step
      } else if step < 0 {
        start = (start * step).rounded(.up) / step
        stop = (stop * step).rounded(.down) / step
      } else {
        break
      }
      prestep = step
    }
    return d
  }

  /// About `count` nice tick values within the domain.
  public func ticks(count: Double = 10) -> [Double] { Ticks.ticks(domain.0, domain.1, count: count) }

  /// The distance between those ticks (for label precision).
  public func tickStep(count: Double = 10) -> Double { abs(Ticks.tickStep(domain.0, domain.1, count: count)) }
}
