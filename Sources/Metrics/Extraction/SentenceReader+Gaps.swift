/// Differences written 比<reference>低/高<figure>, the reference between 比 and the
/// comparison word (which stands alone, not as 低于/高于):
///
///     广西普通高中生均一般公共预算公用经费…,比全国均值低274.51元/(生·年),比最低的甘肃省高826.05元
///     → change_abs −274.51 against 全国 · change_abs 826.05 against 甘肃省
///     比上年低0.4个百分点 → pp_diff −0.4 (the previous year: a plain change)
///
/// The figure is the gap of the subject named before it in the sentence.
extension SentenceReader {
  private static let directions: [UInt32: Double] = [0x4F4E: -1, 0x9AD8: 1, 0x5C11: -1, 0x591A: 1]  // 低 高 少 多
  private static let than: UInt32 = 0x6BD4  // 比
  /// 最高的北京市 / 最低的甘肃省: the superlative says which place, the place is the reference.
  private static let superlatives = ["最高的", "最低的", "最多的", "最少的", "最高", "最低"]

  /// The reference and direction when the words right before figure `n` read 比…低 / 比…高.
  func gapAgainst(_ n: NumberToken) -> (reference: String?, sign: Double)? {
    guard parenDepth == 0, compare == nil, change == nil, let unit = n.unit,
      unit.dimension == .money || unit.dimension == .moneyPerStudent || unit == .percentagePoints
    else { return nil }
    let s = text.folded
    var a = segmentStart
    while a < n.range.lowerBound, SentenceSplitter.isSpace(s[a]) { a += 1 }
    var b = n.range.lowerBound
    while b > a, SentenceSplitter.isSpace(s[b - 1]) { b -= 1 }
    guard b - a >= 3, s[a] == Self.than, let sign = Self.directions[s[b - 1]] else { return nil }
    var words = text.simplified((a + 1)..<(b - 1))
    for w in Self.superlatives where words.hasPrefix(w) { words.removeFirst(w.count) }
    guard !words.isEmpty, words.count <= 12, !words.contains(where: { "，,。；;、".contains($0) }) else { return nil }
    // 比上年低: the previous year, a plain change; anything else names the reference.
    if let ref = ComparisonReference.normalise(words) { return (ref, sign) }
    return ComparisonReference.previousYear.contains(words) ? (nil, sign) : nil
  }

  /// Reads figure `n` as the gap of the subject before it; false when there is no subject.
  mutating func readGap(_ n: NumberToken, reference: String?, sign: Double) -> Bool {
    guard let s = pending.first ?? subject, let year = figureYear ?? year ?? fallbackYear else { return false }
    let level = (s.indicator?.levelApplies ?? true) && s.levels.count == 1 ? s.levels[0] : nil
    let measure: Measure = n.unit == .percentagePoints ? .percentagePointDifference : .changeAbsolute
    record(
      s.name, catalogued: s.indicator != nil, level: level, measure: measure, n, year: year, sign: sign,
      reference: reference)
    return true
  }
}
