/// Positions for n categories along a range: equal steps, each with a bar band
/// centred in it (d3-scale's `scaleBand` with equal inner and outer padding).
///
/// ```swift
/// let b = BandScale(count: 4, range: (0, 100), fill: 0.8)
/// b.step          // 25
/// b.start(0)      // 2.5, b.bandwidth == 20
/// ```
///
/// `maximumBandwidth` caps the band (still centred in its step): two districts in a
/// 480-pt plot would otherwise get bars as thick as a paragraph.
public struct BandScale: Sendable, Equatable {
  public var count: Int
  public var range: (Double, Double)
  /// Fraction of each step covered by the band.
  public var fill: Double
  /// The widest a band may be, whatever the step.
  public var maximumBandwidth: Double

  public init(count: Int, range: (Double, Double), fill: Double, maximumBandwidth: Double = .infinity) {
    self.count = count
    self.range = range
    self.fill = fill
    self.maximumBandwidth = maximumBandwidth
  }

  public static func == (a: BandScale, b: BandScale) -> Bool {
    a.count == b.count && a.range == b.range && a.fill == b.fill && a.maximumBandwidth == b.maximumBandwidth
  }

  public var step: Double { count == 0 ? 0 : (range.1 - range.0) / Double(count) }
  public var bandwidth: Double { min(step * fill, maximumBandwidth) }
  /// Start of the step for item `i`.
  public func stepStart(_ i: Int) -> Double { range.0 + Double(i) * step }
  /// Start of the band for item `i`.
  public func start(_ i: Int) -> Double { stepStart(i) + (step - bandwidth) / 2 }
  /// Centre of item `i`.
  public func center(_ i: Int) -> Double { stepStart(i) + step / 2 }
}
