/// Figures that carry on a series already begun in the sentence, with no words of
/// their own to name them:
///
///     北京市2015年教育支出为614亿元,占财政支出13.5%,2020年则分别增长到820亿元和占比13.65%,
///     2024年继续增长到1000亿元和占比14.5%,十年分别增长了62.9%和1个百分点
///     → 1000亿元: 教育支出 for 2024 (the last money value, a later year named since);
///       1个百分点: the change of the share before it (占比), in percentage points
extension SentenceReader {
  /// Reads `n` as the next term of the last figure in the same unit in this sentence:
  /// a value of a later year, or (in 个百分点) the change of the last percentage.
  mutating func readContinuedSeries(_ n: NumberToken) -> Bool {
    guard let unit = n.unit, !n.masked, change == nil, compare == nil, !procedure, parenDepth == 0 else { return false }
    if unit == .percentagePoints {
      guard
        let model = observations.last(where: { $0.unit == .percent && ($0.measure == .value || $0.measure == .share) })
      else { return false }
      record(
        model.indicator, catalogued: !model.flags.contains(.uncatalogued), level: model.level,
        measure: .percentagePointDifference, n, year: year ?? model.year, reference: model.reference)
      return true
    }
    // A later year must have been named since the model figure: the series moves on in time.
    guard unit.dimension == .money, let y = year,
      let model = observations.last(where: { $0.unit == unit && $0.measure == .value }), model.year < y
    else { return false }
    record(
      model.indicator, catalogued: !model.flags.contains(.uncatalogued), level: model.level, measure: .value, n,
      year: y, reference: model.reference)
    return true
  }
}
