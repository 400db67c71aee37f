/// Attaching a subject to a figure that has no indicator named right before it:
/// a count written before what it counts, the fund a spent amount belongs to, the
/// report's own phrase, or a gap between two indicators named in the sentence.
extension SentenceReader {
  func isRightBeforeParen(_ t: Int) -> Bool {
    t >= 2 && { if case .openParen = tokens[t - 1].kind { return true } else { return false } }()
  }

  /// 635名残疾儿童接受义务教育 / ***万在校学生: a count written right before what it counts.
  func forwardIndicator(_ n: NumberToken, at t: Int) -> Subject? {
    guard pending.isEmpty, t + 1 < tokens.count, tokens[t + 1].range.lowerBound == n.range.upperBound,
      case .lexeme(.indicator(let ind)) = tokens[t + 1].kind, ind.dimension == .count,
      n.unit == nil || n.unit?.dimension == .count
    else { return nil }
    return Subject(indicator: ind, phrase: text.string(tokens[t + 1].range), levels: [])
  }

  /// 教师培训经费按照工资总额的1.5%安排，全年支出312万元: an amount spent, after a figure
  /// of a share of it, is the amount of the fund the sentence is about — the last money
  /// indicator named in the sentence, when the words right before the amount say it
  /// was spent (支出, 投入, 安排, 拨付, 下达).
  func spentAmountsIndicator(_ n: NumberToken) -> Subject? {
    // The cheap conditions first: this is asked of many figures that have no indicator.
    guard let unit = n.unit, unit.dimension == .money, !n.perStudent, parenDepth == 0, compare == nil, !target,
      let fund = namedInSentence.last(where: { $0.indicator?.dimension == .money })
    else { return nil }
    let before = SubjectPhrase.trimmed(text, segmentStart, n.range.lowerBound)
    guard before.unicodeScalars.count <= 6, Self.spendingWords.contains(where: { before.hasSuffix($0) }) else {
      return nil
    }
    return fund
  }

  static let spendingWords = ["支出", "投入", "安排", "拨付", "下达", "使用"]
  static let moneyWords = ["经费", "补助", "标准", "定额", "资助", "拨款", "补贴", "费"]

  /// The report's own phrase for a rate or a per-student standard that the catalog does not know.
  func ownSubject(_ n: NumberToken, start: Int) -> Subject? {
    guard n.unit == .percent || n.unit?.dimension == .moneyPerStudent else { return nil }
    var phrase = SubjectPhrase.trimmed(text, segmentStart, start)
    // 教师空间开通90%以上: a completion verb with a percentage is that verb's rate (开通率).
    if n.unit == .percent, !SubjectPhrase.endsLikeRate(phrase),
      SubjectPhrase.completionVerbs.contains(where: { phrase.hasSuffix($0) })
    {
      phrase += "率"
    }
    guard phrase.unicodeScalars.count >= 3, n.unit != .percent || SubjectPhrase.endsLikeRate(phrase) else { return nil }
    // A short phrase after a named indicator completes it: 教职工编制6240个，使用率99.0%.
    if phrase.unicodeScalars.count <= 4, let s = subject {
      var prefix = s.phrase
      while prefix.count >= 2 {
        if let hit = catalog.resolve(prefix + phrase) {
          return Subject(indicator: hit.indicator, phrase: prefix + phrase, levels: hit.level.map { [$0] } ?? [])
        }
        prefix.removeLast()
      }
    }
    if let share = shareOfSubject(phrase) { return share }
    if let hit = catalog.resolve(phrase) {
      return Subject(indicator: hit.indicator, phrase: phrase, levels: hit.level.map { [$0] } ?? levels)
    }
    // An amount per pupil names what it is an amount of (…经费, …补助, …标准); 按照小学 does not.
    if n.unit?.dimension == .moneyPerStudent, !Self.moneyWords.contains(where: { phrase.contains($0) }) { return nil }
    // A per-student amount of 公用经费 is the funding standard (特殊教育学生公用经费6000元/生·年).
    if n.unit?.dimension == .moneyPerStudent, n.perStudent, phrase.contains("公用经费"), !phrase.contains("补助"),
      let standard = catalog.indicator(id: "per_student_funding_standard")
    {
      return Subject(indicator: standard, phrase: phrase, levels: levels)
    }
    return Subject(indicator: nil, phrase: phrase, levels: levels, ownUnit: n.unit)
  }

  /// …一般公共预算教育支出…，占一般公共预算支出的比例为19.2%: a share phrase without its owner is
  /// the share of the subject before, when the catalog knows the two together.
  func shareOfSubject(_ phrase: String) -> Subject? {
    guard phrase.hasPrefix("占"), let s = pending.last ?? subject else { return nil }
    for name in [s.phrase, s.name] {
      if let hit = catalog.resolve(name + phrase), hit.indicator.dimension == .percent {
        return Subject(indicator: hit.indicator, phrase: name + phrase, levels: hit.level.map { [$0] } ?? levels)
      }
    }
    return nil
  }

  /// The one gap indicator whose two sides (in order) the sentence has named; nil when none or several.
  func gapNamedInSentence() -> Indicator? {
    var found: Indicator? = nil
    for (i, a) in namedInSentence.enumerated() {
      for b in namedInSentence[(i + 1)...] {
        guard let g = gapIndicator(a, b) else { continue }
        if let f = found, f.id != g.id { return nil }
        found = g
      }
    }
    return found
  }

  /// The indicator for "A is above B by x", when the catalog has one (teacher vs civil-servant pay).
  func gapIndicator(_ a: Subject, _ b: Subject) -> Indicator? {
    guard let x = a.indicator?.id, let y = b.indicator?.id, let id = Self.gaps[x + "|" + y] else { return nil }
    return catalog.indicator(id: id)
  }

  /// Per-level indicators that the catalog names apart at one level ("indicator|level" → indicator).
  static let levelNames = ["students_enrolled|学前": "children_in_kindergarten"]

  /// Pairs of indicators whose difference the catalog names.
  static let gaps = ["teacher_salary|civil_servant_salary": "teacher_pay_gap"]

}
