/// Shares: a percentage of another quantity, written with 占…的 or 按…的.
///
///     教育费附加收入3.2亿元，占预算支出4.74亿元的31.43%
///     → 预算支出 4.74亿元 (value) · 教育费附加占预算支出比例 31.43 % (share of 预算支出)
///     按土地出让收益的10%计提教育资金
///     → 占土地出让收益比例 10 % (share of 土地出让收益)
///
/// A share the catalog names (一般公共预算教育支出占一般公共预算支出比例) is read by the
/// catalog's phrase before this construction is tried.
extension SentenceReader {
  private static let shareLeads: [[UInt32]] = ["占", "按照", "按"].map(\.foldedScalars)
  private static let of: UInt32 = 0x7684  // 的

  /// The base of a share construction at figure `t`: its words, the base amount (if
  /// written) and the index of the percent token.
  func shareConstruction(_ n: NumberToken, at t: Int) -> (base: String, amount: NumberToken?, percentAt: Int)? {
    // A share the catalog names (占教师工资总额的1.5%) is read as that indicator.
    guard parenDepth == 0, compare == nil, change == nil, !segmentHasIndicator, let unit = n.unit else { return nil }
    let s = text.folded
    // The words from the last boundary to the figure must open with 占/按.
    var a = segmentStart
    while a < n.range.lowerBound, SentenceSplitter.isSpace(s[a]) { a += 1 }
    guard let lead = Self.shareLeads.first(where: { text.has($0, at: a) }) else { return nil }
    let baseStart = a + lead.count
    if unit.dimension == .money {
      // 占预算支出4.74亿元的31.43%
      guard t + 1 < tokens.count, case .number(let p) = tokens[t + 1].kind, p.unit == .percent,
        Self.onlyOf(s, n.range.upperBound, tokens[t + 1].range.lowerBound)
      else { return nil }
      let base = SubjectPhrase.trimmed(text, baseStart, n.range.lowerBound)
      return base.isEmpty ? nil : (base, n, t + 1)
    }
    if unit == .percent {
      // 土地出让收益的10%
      var b = n.range.lowerBound
      while b > baseStart, SentenceSplitter.isSpace(s[b - 1]) { b -= 1 }
      guard b > baseStart, s[b - 1] == Self.of else { return nil }
      let base = SubjectPhrase.trimmed(text, baseStart, b - 1)
      return base.isEmpty ? nil : (base, nil, t)
    }
    return nil
  }

  /// 的, or 的比例为 / 的比重是 (占一般公共预算支出29472万元的比例为11.32%), and spaces.
  private static func onlyOf(_ s: [UInt32], _ a: Int, _ b: Int) -> Bool {
    var words = s[a..<b].filter { !SentenceSplitter.isSpace($0) }[...]
    guard words.first == of else { return false }
    words = words.dropFirst()
    if words.starts(with: ratio) || words.starts(with: weight) { words = words.dropFirst(2) }
    return words.isEmpty || links.contains(Array(words))
  }
  private static let ratio = "比例".foldedScalars, weight = "比重".foldedScalars
  private static let links: Set<[UInt32]> = Set(["为", "是", "达", "达到"].map(\.foldedScalars))

  /// Emits the base amount (when written and named) and the share; returns the tokens consumed after `t`.
  mutating func readShare(_ base: String, amount: NumberToken?, percentAt p: Int, from t: Int) -> Int {
    guard case .number(let percent) = tokens[p].kind else { return 0 }
    guard let year = figureYear ?? year ?? fallbackYear ?? yearNotStated else {
      ledger.leave(percent, "no year")
      return p - t
    }
    let resolvedBase = catalog.resolve(base)
    if let amount {
      if let hit = resolvedBase, Self.fits(hit.indicator, unit: amount.unit ?? .yuan, measure: .value) {
        record(hit.indicator.chinese, catalogued: true, level: hit.level, measure: .value, amount, year: year)
      } else if keepUncatalogued {
        record(base, catalogued: false, level: nil, measure: .value, amount, year: year)
      } else {
        ledger.leave(amount, "the base of a share, not in the catalog")
      }
    }
    let owner = (pending.first ?? subject)?.name ?? ""
    let name = owner + "占" + base + "比例"
    if let hit = catalog.resolve(name), hit.indicator.dimension == .percent {
      record(hit.indicator.chinese, catalogued: true, level: hit.level, measure: .value, percent, year: year)
      // 比上年的10.54%增加了0.78个百分点 after it: the share's, not the amount's.
      subject = Subject(indicator: hit.indicator, phrase: hit.indicator.chinese, levels: [])
      pending = []
    } else if keepUncatalogued {
      record(name, catalogued: false, level: nil, measure: .share, percent, year: year, reference: base)
      subject = Subject(indicator: nil, phrase: name, levels: [], ownUnit: .percent)
      pending = []
    } else {
      ledger.leave(percent, "a share of \(base), not in the catalog")
    }
    return p - t
  }
}
