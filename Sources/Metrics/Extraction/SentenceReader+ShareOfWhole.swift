/// A share written right after an amount, of a whole the text does not name again:
///
///     其中：财政拨款收入12563.04万元，占100.0%；事业收入0.00万元，占0.0%
///     → 财政拨款收入 12563.04万元 (value) · 财政拨款收入占比 100 % (share)
///
/// The 占 must stand alone before the percentage (占预算支出的31.43% names its base and is
/// read by ``shareConstruction(_:at:)``), and the amount must be the figure just before it.
extension SentenceReader {
  mutating func readShareOfWhole(_ n: NumberToken, at t: Int) -> Bool {
    guard n.unit == .percent, parenDepth == 0, compare == nil, change == nil, t >= 2,
      case .clauseSeparator = tokens[t - 1].kind, case .number(let amount) = tokens[t - 2].kind,
      amount.unit?.dimension == .money,
      let owner = observations.last, owner.measure == .value, owner.unit.dimension == .money,
      ledger.wasEmitted(amount),
      Array(text.folded[tokens[t - 1].range.upperBound..<n.range.lowerBound]) == Self.occupies
    else { return false }
    let name = owner.indicator.hasSuffix("占比") ? owner.indicator : owner.indicator + "占比"
    record(
      name, catalogued: false, level: owner.level, measure: .share, n, year: owner.year)
    return true
  }

  private static let occupies = "占".foldedScalars
}
