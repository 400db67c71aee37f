/// A place named as the fastest, highest or lowest, with its figure in the next clause
/// instead of in brackets:
///
///     全省小学…比上年增长8.12%。增长最快的是佛山市，增长31.22%。
///     → 佛山市 · the indicator, level and year of 8.12% · growth_pct 31.22
///     增幅最大的是佛山市，为21.22%
///
/// The clause before the figure must hold a superlative (最快, 最高, 最低, 最大…) and end
/// with a place's name; the figure's own clause holds nothing but a change word or 为/达.
/// The figure takes the measure of the last figure in its unit, as a bracketed one does.
extension SentenceReader {
  mutating func readSuperlativePlace(_ n: NumberToken, at t: Int) -> Bool {
    guard let unit = n.unit, parenDepth == 0, compare == nil, !n.masked else { return false }
    // The figure's clause: from the last separator before it.
    var j = t - 1
    while j >= 0, !Self.isClauseBreak(tokens[j].kind) { j -= 1 }
    guard j >= 1, case .clauseSeparator = tokens[j].kind else { return false }
    // Nothing but change words (增长) and 为/达 between the separator and the figure.
    var from = tokens[j].range.upperBound
    for k in (j + 1)..<t {
      // 增长 / 较上年增长 / 同比增长: the change and its base, nothing that names a subject.
      switch tokens[k].kind {
      case .lexeme(.keyword(.change)), .lexeme(.keyword(.base)): break
      default: return false
      }
      guard SubjectPhrase.trimmed(text, from, tokens[k].range.lowerBound).isEmpty else { return false }
      from = tokens[k].range.upperBound
    }
    let own = SubjectPhrase.trimmed(text, from, n.range.lowerBound)
    guard own.isEmpty || Self.figureLeads.contains(own) else { return false }
    // The clause before: a superlative, and a place's name at its end.
    var i = j - 1
    while i >= 0, !Self.isClauseBreak(tokens[i].kind) { i -= 1 }
    let clauseStart = i >= 0 ? tokens[i].range.upperBound : sentence.range.lowerBound
    let clauseEnd = tokens[j].range.lowerBound
    guard clauseEnd - clauseStart >= 4,
      Self.superlatives.contains(where: { text.contains($0, in: clauseStart..<clauseEnd) }),
      let place = placeEnding(at: clauseEnd, from: clauseStart) ?? lastPlace(in: clauseStart..<clauseEnd)
    else { return false }
    guard
      let model = observations.last(where: { $0.unit == unit && $0.district == district })
        ?? figureBefore.flatMap({ $0.unit == unit ? $0 : nil })
    else { return false }
    var sign = 1.0
    if t >= 1, case .lexeme(.keyword(.change(let c))) = tokens[t - 1].kind { sign = c }
    record(
      model.indicator, catalogued: !model.flags.contains(.uncatalogued), level: model.level, measure: model.measure, n,
      year: model.year, sign: sign, reference: model.reference)
    observations[observations.count - 1].district = place
    return true
  }

  /// The division named by the last words before `end` (佛山市, or a stem: 佛山).
  func placeEnding(at end: Int, from start: Int) -> String? {
    fullPlaceName(endingAt: end, from: start) ?? divisionByStem(endingBefore: end, from: start)
  }

  /// A division's full name (佛山市) as the last words before `end`.
  func fullPlaceName(endingAt end: Int, from start: Int) -> String? {
    let s = text.folded
    var e = end
    while e > start, SentenceSplitter.isSpace(s[e - 1]) { e -= 1 }
    guard e > start, let length = Gazetteer.nameLength(endingAt: e - 1, in: s, notBefore: start), length >= 2 else {
      return nil
    }
    return text.foldedString((e - length)..<e)
  }

  /// The last division named anywhere in `range` (其中汕尾市增长最快: the name before the superlative).
  func lastPlace(in range: Range<Int>) -> String? {
    let s = text.folded
    var i = range.upperBound - 1
    while i >= range.lowerBound {
      if let length = Gazetteer.nameLength(endingAt: i, in: s, notBefore: range.lowerBound), length >= 3 {
        return text.foldedString((i + 1 - length)..<(i + 1))
      }
      i -= 1
    }
    return nil
  }

  private static func isClauseBreak(_ kind: ReportToken.Kind) -> Bool {
    switch kind {
    case .clauseSeparator, .number, .openParen, .closeParen: return true
    default: return false
    }
  }
  private static let figureLeads: Set<String> = ["为", "达", "达到", "是", "增幅为", "增速为", "增长率为"]
  private static let superlatives = ["最快", "最高", "最低", "最大", "最小", "最慢", "最多", "最少", "第一", "首位", "负增长"].map(
    \.foldedScalars)
}
