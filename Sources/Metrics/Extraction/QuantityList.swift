/// The first stage of reading a sentence: a figure and the figures listed right
/// after it with 、 (or a last one with 和) and nothing else between them —
/// 0.50、0.45 / 73.3%、100% / 2.7%和3.1%. With a change word, each figure may
/// carry its own direction (分别增长2.1%和下降1.4%).
///
///     一般公共预算教育支出分别为3.2亿元、3.5亿元和3.9亿元
///     → figures [3.2e8, 3.5e8, 3.9e8], firstAnd 2
///
/// A per-pupil reading or a hedge written with the first figure covers the list
/// (分别为每生每年720元、940元; 均超过0.50、0.45).
struct QuantityList {
  var figures: [NumberToken]
  /// The change direction of each figure (nil: not a change).
  var signs: [Double?]
  /// The index of the token after each figure.
  var ends: [Int]
  /// The index in `figures` of the first figure joined by 和, if any.
  var firstAnd: Int?
  /// The index of the first token after the list.
  var next: Int

  /// 和, 及, 与 joining the last figure of a list.
  static let conjunctions: Set<UInt32> = Set("和及与".foldedScalars)

  /// The list that starts with the number token at `t`.
  static func collect(_ tokens: [ReportToken], _ text: ScalarText, at t: Int, change: Double?, sentenceStart: Int)
    -> QuantityList
  {
    guard case .number(let n) = tokens[t].kind else { preconditionFailure("QuantityList starts at a number") }
    var group = [n]
    var signs: [Double?] = [change]
    var ends = [t + 1]
    var firstAnd: Int? = nil
    var k = t + 1
    while k < tokens.count {
      var next = k
      var at = tokens[k - 1].range.upperBound
      var joinedByAnd = false
      if case .listSeparator = tokens[k].kind, tokens[k].range.lowerBound == at {
        next = k + 1
        at = tokens[k].range.upperBound
      } else if tokens[k].range.lowerBound == at + 1, conjunctions.contains(text.folded[at]) {
        at += 1
        joinedByAnd = true
      } else {
        break
      }
      var sign = change
      if change != nil, next < tokens.count, tokens[next].range.lowerBound == at,
        case .lexeme(.keyword(.change(let s))) = tokens[next].kind
      {
        sign = s
        at = tokens[next].range.upperBound
        next += 1
      }
      guard next < tokens.count, case .number(let m) = tokens[next].kind, tokens[next].range.lowerBound == at,
        !m.procedural,
        joinedByAnd ? m.unit == n.unit : (m.unit == nil) == (n.unit == nil)
      else { break }
      if joinedByAnd, firstAnd == nil { firstAnd = group.count }
      group.append(m)
      signs.append(sign)
      k = next + 1
      ends.append(k)
    }
    // 分别为每生每年720元、940元: the first figure's per-pupil reading covers the list.
    if let per = n.unit, per.dimension == .moneyPerStudent, group.count > 1 {
      for g in group.indices.dropFirst() where group[g].unit == .yuan {
        group[g].unit = per
        group[g].perStudent = n.perStudent
      }
    }
    // 均超过0.50、0.45: the hedge before the list covers every figure in it.
    if n.approximate, group.count > 1, n.range.lowerBound > sentenceStart {
      for g in group.indices { group[g].approximate = true }
    }
    return QuantityList(figures: group, signs: signs, ends: ends, firstAnd: firstAnd, next: k)
  }
}
