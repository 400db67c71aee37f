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

/// A floor restated without its subject, after the figure it bounds:
///
///     国家财政性教育经费…占GDP比例为4.22%。“十三五”期间持续做到“不低于4%”
///     → 国家财政性教育经费占GDP比例 · target 4 %
extension SentenceReader {
  private static let not: UInt32 = 0x4E0D  // 不

  /// Reads percent figure `n` (at `t`, after 不低于 with no subject of its own) as the target of
  /// the last percentage read before it; false otherwise.
  mutating func readFloorOfFigureBefore(_ n: NumberToken, at t: Int) -> Bool {
    guard n.unit == .percent, compare != nil, pending.isEmpty, comparePending.isEmpty, t >= 1,
      case .lexeme(.keyword(.compare(let sign))) = tokens[t - 1].kind, sign < 0,
      tokens[t - 1].range.lowerBound > sentence.range.lowerBound,
      text.folded[tokens[t - 1].range.lowerBound - 1] == Self.not,
      SubjectPhrase.trimmed(text, tokens[t - 1].range.upperBound, n.range.lowerBound).isEmpty,
      let model = observations.last(where: { $0.unit == .percent && $0.measure == .value })
        ?? figureBefore.flatMap({ $0.unit == .percent && $0.measure == .value ? $0 : nil }),
      let year = year ?? fallbackYear
    else { return false }
    // …,这是自2012年以来连续第九年做到“不低于4%”: the same floor said again is not a new figure.
    if observations.contains(where: { $0.indicator == model.indicator && $0.measure == .target && $0.value == n.value })
    {
      ledger.leave(n, "the floor stated before, restated")
      return true
    }
    record(
      model.indicator, catalogued: !model.flags.contains(.uncatalogued), level: model.level, measure: .target, n,
      year: year)
    return true
  }
}
