/// A sentence that opens with its comparison and names nothing carries on the
/// figure the sentence before stated:
///
///     全省地方教育经费总投入425.77亿元，占全国教育经费总投入的0.85%。比上年的378.34亿元
///     增加47.43亿元，增长12.54%
///     → 378.34亿元: 教育经费总投入 of the year before; 47.43亿元 and 12.54%: its change
///
/// Only the first value of the sentence before (not the share after it), and only
/// when the sentence starts with 比上年 / 较上年 / 与上年相比 / 上年: a sentence that
/// opens with words of its own names its own subject.
extension SentenceReader {
  func subjectCarriedOver(_ n: NumberToken, at t: Int) -> Subject? {
    guard let before = valueBefore, let unit = n.unit, let first = tokens.first,
      case .lexeme(.keyword(let k)) = first.kind, k == .base || k == .previousYear,
      !SubjectPhrase.isQualifier(text, sentence.range.lowerBound, first.range.lowerBound),
      tokens[..<t].allSatisfy({ !Self.namesSomething($0) })
    else { return nil }
    // The figure must be of the same kind: a money value carries money, a rate its change.
    let fitsBefore =
      unit == before.unit || (unit.dimension == before.unit.dimension && unit.dimension == .money)
      || (unit == .percent && change != nil) || unit == .percentagePoints
    guard fitsBefore else { return nil }
    let indicator = before.flags.contains(.uncatalogued) ? nil : catalog.resolve(before.indicator)?.indicator
    return Subject(
      indicator: indicator, phrase: before.indicator, levels: before.level.map { [$0] } ?? [],
      ownUnit: indicator == nil && before.unit == .percent ? .percent : nil)
  }

  private static func namesSomething(_ token: ReportToken) -> Bool {
    switch token.kind {
    case .lexeme(.indicator), .lexeme(.dual), .lexeme(.level), .number: return true
    default: return false
    }
  }
}
