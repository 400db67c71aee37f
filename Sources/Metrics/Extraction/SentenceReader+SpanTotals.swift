/// A total over a span of past years: `2016—2018年我县学前教育累计投入资金3064.5万元`. Not a
/// year's figure, so never under a catalog indicator (an annual 一般公共预算教育支出 beside a
/// three-year sum would be no comparison): the report's own words with the span, as the span's
/// last year's (the total reached by then).
extension SentenceReader {
  /// Emits the figures of `group` as span totals when the sentence sums a span of years (累计,
  /// 共计, 合计, 总计 before the figure) and sets no target; true when it did.
  mutating func readSpanTotal(_ group: [NumberToken], at t: Int) -> Bool {
    guard keepUncatalogued, !target, yearList.count >= 2, let first = yearList.first, let last = yearList.last,
      first < last, group.allSatisfy({ $0.unit?.dimension == .money }),
      case let start = tokens[t].range.lowerBound,
      Self.cumulativeWords.contains(where: { w in
        (sentence.range.lowerBound..<max(sentence.range.lowerBound, start - w.count + 1)).contains {
          text.has(w, at: $0)
        }
      })
    else { return false }
    let phrase = SubjectPhrase.nearest(text, tokens, before: t, sentenceStart: sentence.range.lowerBound)
    guard !phrase.isEmpty else { return false }
    for n in group {
      record(
        phrase + "（\(first)—\(last)年）", catalogued: false, level: levels.count == 1 ? levels[0] : nil,
        measure: .value, n, year: last)
    }
    return true
  }

  static let cumulativeWords: [[UInt32]] = ["累计", "共计", "合计", "总计"].map(\.foldedScalars)
}
