/// A value scale with nice ticks whose labels do not collide.
///
/// Starts from about one tick per 80 pt (horizontal) or 40 pt (vertical) and asks for
/// fewer ticks until neighbouring labels keep a gap — and, for figures shown without
/// decimals, until the ticks are whole numbers.
///
/// ```swift
/// let axis = try ValueAxis.make(lo: 0, hi: 26094, range: (100, 580), horizontal: true, format: .plain, font: f, labeler: l)
/// axis.ticks   // [0, 5000, 10000, …, 30000]; axis.labels == ["0", "5,000", …]
/// ```
struct ValueAxis {
  var scale: LinearScale
  var ticks: [Double]
  var labels: [String]
  var step: Double

  static func make(
    lo: Double, hi: Double, range: (Double, Double), horizontal: Bool,
    format: ValueFormat, font: FontSpec, labeler: Labeler
  ) throws -> ValueAxis {
    var (lo, hi) = (lo, hi)
    if lo == hi {
      // A flat domain: widen it so the data sits inside a visible axis.
      let pad = lo == 0 ? 1 : abs(lo) * 0.1
      if lo >= 0 && lo - pad < 0 {
        hi += pad
      } else {
        lo -= pad
        hi += pad
      }
    }
    let length = abs(range.1 - range.0)
    var count = max(2, (length / (horizontal ? 80 : 40)).rounded())
    var best: ValueAxis? = nil, first: ValueAxis? = nil
    while count >= 1 {
      let scale = LinearScale(domain: (lo, hi), range: range).nice(count: count)
      let ticks = scale.ticks(count: count)
      let step = scale.tickStep(count: count)
      let labels = ticks.map { format.tickLabel($0, step: step) }
      let axis = ValueAxis(scale: scale, ticks: ticks, labels: labels, step: step)
      if first == nil { first = axis }
      // Whole numbers (ranks, counts of schools) get whole ticks: no 0.5 of a rank.
      if format.decimals == 0, step < 1, count > 1 {
        count -= 1
        continue
      }
      if best == nil { best = axis }
      if try axis.labelsFit(horizontal: horizontal, font: font, labeler: labeler) { return axis }
      count -= 1
    }
    return (best ?? first)!
  }

  private func labelsFit(horizontal: Bool, font: FontSpec, labeler: Labeler) throws -> Bool {
    guard ticks.count > 1 else { return true }
    let spacing = abs(scale(ticks[1]) - scale(ticks[0]))
    if horizontal {
      let widths = try labels.map { try labeler.width($0, font) }
      for i in 1..<widths.count where (widths[i - 1] + widths[i]) / 2 + 8 > spacing { return false }
      return true
    }
    return try labeler.lineHeight(font) + 4 <= spacing
  }
}
