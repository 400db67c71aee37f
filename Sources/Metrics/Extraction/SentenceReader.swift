/// An indicator a figure may belong to: a catalog indicator or, failing that,
/// the report's own phrase, with the school levels named with it.
struct Subject: Sendable {
  var indicator: Indicator?
  /// The phrase as written (the catalog spelling matched, or the report's own words).
  var phrase: String
  var levels: [SchoolLevel]
  /// For the report's own phrase: the unit it was found with (a rate stays a rate).
  var ownUnit: Unit? = nil
  var name: String { indicator?.chinese ?? phrase }
}

/// Reads one sentence's tokens into observations. See ``ReportExtractor``.
struct SentenceReader {
  let text: ScalarText
  let sentence: Sentence
  let tokens: [ReportToken]
  let catalog: IndicatorCatalog
  let fallbackYear: Int?
  let reportYear: Int?
  let district: String
  let sourceFile: String

  var observations: [Observation] = []
  var warnings: [String] = []
  /// The last year in the sentence that is a period of data (not a base, date or plan).
  var lastDataYear: Int? = nil

  // Sentence state.
  private var year: Int? = nil
  private var plan = false
  private var subject: Subject? = nil
  private var among = false
  private var target = false
  // Clause state.
  private var pending: [Subject] = []
  private var levels: [SchoolLevel] = []
  private var change: Double? = nil
  private var compare: Double? = nil
  /// 比全市高出2个百分点: where the words before the comparison word lie (read only
  /// when a difference needs its reference).
  private var compareLead: Range<Int> = 0..<0
  /// Every indicator named in the sentence so far, outside parentheses and comparisons.
  private var namedInSentence: [Subject] = []
  private var comparePending: [Subject] = []
  private var compared: Subject? = nil
  private var procedure = false
  private var rank = false
  private var parenDepth = 0
  private var parenPending: [Subject] = []
  /// Where the current phrase began: the end of the last separator, keyword, year or number.
  private var segmentStart: Int
  private var segmentHasIndicator = false
  /// End of the previous token: text between it and a number qualifies the number.
  private var previousEnd: Int
  /// Words in this clause qualify what follows (农场3所, 乡镇(村)9所): the clause's
  /// figures are not the subject's own.
  private var clauseQualified = false
  /// The level an item is headed by (义务教育：…), for per-level indicators named without one.
  private var headingLevel: SchoolLevel? = nil

  init(
    text: ScalarText, sentence: Sentence, tokens: [ReportToken], catalog: IndicatorCatalog, fallbackYear: Int?,
    reportYear: Int?, district: String, sourceFile: String
  ) {
    self.reportYear = reportYear
    self.text = text
    self.sentence = sentence
    self.tokens = tokens
    self.catalog = catalog
    self.fallbackYear = fallbackYear
    self.district = district
    self.sourceFile = sourceFile
    segmentStart = sentence.range.lowerBound
    previousEnd = sentence.range.lowerBound
  }

  mutating func read() {
    // Fast path: most sentences of a report carry no figure at all.
    var hasNumber = false
    for (i, t) in tokens.enumerated() {
      if case .number = t.kind { hasNumber = true }
      if case .year(let y) = t.kind, y.role == .data, !followsTarget(i) { lastDataYear = y.year }
    }
    guard hasNumber else { return }
    lastDataYear = nil
    // 截至9月 / 截至目前 without a year: the time of writing, i.e. the year the report covers.
    if text.mentionsAsOfWithoutYear(in: sentence.range) { year = reportYear }
    var t = 0
    while t < tokens.count {
      let token = tokens[t]
      if Self.isQualifier(text, previousEnd, token.range.lowerBound) { clauseQualified = true }
      switch token.kind {
      case .year(let y):
        switch y.role {
        case .data:
          year = y.year
          // 力争2025年达到95% / 计划到2025年: the year of the target, not a period of data.
          if !followsTarget(t) { lastDataYear = y.year; target = false }  // 计划,2023年共吸纳…: a new period
        case .date: year = y.year
        case .range: plan = true
        case .base: break
        }
        boundary(token)
      case .listSeparator:
        closeOwnPhrase(at: token.range.lowerBound)
        boundary(token)
      case .clauseSeparator:
        // （3）义务教育：在校学生9.6万人: a level as the heading of an item covers what the item counts.
        if t == 1, text.folded[token.range.lowerBound] == 0x3A, tokens[0].range.upperBound == token.range.lowerBound,
          case .lexeme(.level(let l)) = tokens[0].kind
        {
          headingLevel = l
        }
        closeOwnPhrase(at: token.range.lowerBound)
        if let first = pending.first { subject = first }
        pending = []
        levels = []
        change = nil
        compare = nil
        comparePending = []
        compared = nil
        procedure = false
        rank = false
        clauseQualified = false
        boundary(token)
      case .openParen:
        parenDepth += 1
        parenPending = []
        boundary(token)
      case .closeParen:
        parenDepth = max(0, parenDepth - 1)
        parenPending = []
        boundary(token)
      case .lexeme(let lexeme):
        lexemeToken(lexeme, token, index: t)
      case .number(let n):
        t += number(n, at: t)
      }
      t += 1
    }
  }

  // MARK: Tokens

  /// Whether the token at `t` comes right after 力争/计划/目标 (with 到 or 至 between or not):
  /// 力争2025年, 计划到2025年.
  private func followsTarget(_ t: Int) -> Bool {
    var j = t - 1
    var end = tokens[t].range.lowerBound
    while j >= 0, tokens[j].range.upperBound == end {
      switch tokens[j].kind {
      case .lexeme(.keyword(.target)): return true
      case .lexeme(.keyword(.reachTo)): end = tokens[j].range.lowerBound; j -= 1
      default: return false
      }
    }
    return false
  }

  private mutating func boundary(_ token: ReportToken) {
    segmentStart = token.range.upperBound
    segmentHasIndicator = false
    previousEnd = token.range.upperBound
  }

  private mutating func lexemeToken(_ lexeme: Lexeme, _ token: ReportToken, index t: Int) {
    switch lexeme {
    case .level(let l):
      levels.append(l)
      // A level at the head of a phrase qualifies it (小学、初中大班额比例): not part of its name.
      if !segmentHasIndicator, Self.trimmedPhrase(text, segmentStart, token.range.lowerBound).isEmpty {
        segmentStart = token.range.upperBound
      }
      previousEnd = token.range.upperBound
    case .dual(let indicator, let level):
      if dualIsIndicator(token, index: t) {
        named(indicator, token)
      } else {
        levels.append(level)
        previousEnd = token.range.upperBound
      }
    case .indicator(let indicator):
      // A bare 生均 names per-student spending only right after a level (小学生均增长3.25%).
      if token.range.count == 2, indicator.levelApplies, levels.isEmpty || previousEnd != token.range.lowerBound {
        return
      }
      named(indicator, token)
    case .keyword(let k):
      closeOwnPhrase(at: token.range.lowerBound)
      switch k {
      case .change(let sign): change = sign
      case .compare(let sign):
        compare = sign
        comparePending = []
        compared = nil
        compareLead = segmentStart..<max(segmentStart, token.range.lowerBound)
      case .shared, .respectively: break
      case .among: among = true
      case .target: target = true
      case .procedure: procedure = true
      case .base: break
      case .rank: rank = true
      case .reachTo:
        if t > 0, case .lexeme(.keyword(.change)) = tokens[t - 1].kind, tokens[t - 1].range.upperBound == token.range.lowerBound {
          change = nil  // 提高到95%: the level reached, not a change
        }
      }
      boundary(token)
    }
  }

  /// 幼儿园 and 在园幼儿 name a level, except when they are counted right away
  /// at the start of a phrase (全县共有幼儿园54所, 全县在园幼儿4372人).
  private func dualIsIndicator(_ token: ReportToken, index t: Int) -> Bool {
    guard t + 1 < tokens.count, case .number(let n) = tokens[t + 1].kind,
      n.unit == .schools || n.unit == .people,
      !Self.isQualifier(text, token.range.upperBound, tokens[t + 1].range.lowerBound)
    else { return false }
    let before = Self.trimmedPhrase(text, segmentStart, token.range.lowerBound)
    return before.isEmpty || before.allSatisfy { "共有现计".contains($0) }
  }

  private mutating func named(_ indicator: Indicator, _ token: ReportToken) {
    var levelsHere = indicator.levelApplies ? levels : []
    if indicator.levelApplies, levelsHere.isEmpty, let h = headingLevel { levelsHere = [h] }
    // 县职中生均占地38.1㎡，生均校舍20.6㎡: the level carries on to the next per-level
    // indicator; but the same indicator named again without a level is the all-level figure.
    if indicator.levelApplies, levelsHere.isEmpty, let s = subject, s.indicator?.levelApplies == true,
      s.indicator?.id != indicator.id
    {
      levelsHere = s.levels
    }
    let s = Subject(indicator: indicator, phrase: text.string(token.range), levels: levelsHere)
    levels = []
    if parenDepth > 0 {
      parenPending.append(s)
    } else if compare != nil {
      comparePending.append(s)
    } else {
      pending.append(s)
      namedInSentence.append(s)
    }
    among = false
    clauseQualified = false
    segmentHasIndicator = true
    previousEnd = token.range.upperBound
  }

  /// At a separator or keyword: words since the last boundary that end like an
  /// indicator (…率, …比例, …占比) are the report's own indicator, kept for the figure to come.
  private mutating func closeOwnPhrase(at end: Int) {
    guard !segmentHasIndicator, parenDepth == 0, Self.mayEndLikeRate(text, segmentStart, end) else { return }
    let phrase = Self.trimmedPhrase(text, segmentStart, end)
    if Self.endsLikeRate(phrase) { pending.append(Subject(indicator: nil, phrase: phrase, levels: levels, ownUnit: .percent)) }
  }

  // MARK: Numbers

  /// Handles the number at `t` and the figures listed right after it with 、;
  /// returns how many extra tokens were consumed.
  private mutating func number(_ n: NumberToken, at t: Int) -> Int {
    let start = n.range.lowerBound
    // A bare number (1.0工程, 1:5比例) is part of the words around it, not a figure.
    let bare = n.unit == nil && n.pendingScale == 1 && !n.masked
    let emittedBefore = observations.count
    defer {
      // A bare number that became a figure (差异系数小学为0.42、初中为0.38) ends its levels too.
      if !bare || observations.count > emittedBefore {
        levels = []
        change = nil
        segmentStart = tokens[t].range.upperBound
        segmentHasIndicator = false
        previousEnd = tokens[t].range.upperBound
      }
    }
    if rank { rank = false; return 0 }
    if n.isRange || plan { return 0 }
    if n.procedural, !countsInProceduralUnit(start) { return 0 }
    // Figures listed with 、 (or a last one with 和) and nothing else between them:
    // 0.50、0.45 / 73.3%、100% / 2.7%和3.1%; with a change, each may carry its own
    // direction (分别增长2.1%和下降1.4%).
    var group = [n]
    var signs: [Double?] = [change]
    var ends = [t + 1]  // the token after each figure of the group
    var firstAnd: Int? = nil  // the index in `group` of the first figure joined by 和
    var k = t + 1
    while k < tokens.count {
      var next = k
      var at = tokens[k - 1].range.upperBound
      var joinedByAnd = false
      if case .listSeparator = tokens[k].kind, tokens[k].range.lowerBound == at {
        next = k + 1
        at = tokens[k].range.upperBound
      } else if tokens[k].range.lowerBound == at + 1, Self.conjunctions.contains(text.folded[at]) {
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
      guard next < tokens.count, case .number(let m) = tokens[next].kind, tokens[next].range.lowerBound == at, !m.procedural,
        joinedByAnd ? m.unit == n.unit : (m.unit == nil) == (n.unit == nil)
      else { break }
      if joinedByAnd, firstAnd == nil { firstAnd = group.count }
      group.append(m)
      signs.append(sign)
      k = next + 1
      ends.append(k)
    }
    var consumed = k - t - 1
    // 分别为每生每年720元、940元: the first figure's per-pupil reading covers the list.
    if n.unit == .yuanPerStudentYear, group.count > 1 {
      for g in group.indices.dropFirst() where group[g].unit == .yuan {
        group[g].unit = .yuanPerStudentYear
        group[g].perStudent = n.perStudent
      }
    }
    // 均超过0.50、0.45: the hedge before the list covers every figure in it.
    if n.approximate, group.count > 1, n.range.lowerBound > sentence.range.lowerBound {
      for g in group.indices { group[g].approximate = true }
    }
    let qualified = Self.isQualifier(text, previousEnd, start)

    var targets: [Subject] = []
    var measureOverride: Measure? = nil
    var isCompared = false
    var forwarded = false
    var skipTo: Int? = nil
    var namedMoney = false
    if parenDepth > 0 {
      if !parenPending.isEmpty {
        targets = parenPending
      } else if let last = comparePending.last, isRightBeforeParen(t) {
        targets = [last]
      } else {
        return consumed  // a parenthetical detail (市本级***万元)
      }
      if !comparePending.isEmpty { compared = comparePending.last; comparePending = []; isCompared = true }
      parenPending = []
    } else if compare != nil, let b = comparePending.last, !qualified {
      // 高于公务员年平均工资收入2,350元: a figure right after the other quantity is the gap, never
      // that quantity's value; kept only when the catalog names the gap (or in percentage points).
      let a = pending.first ?? subject
      if let a, n.unit == .percentagePoints {
        targets = [a]
      } else if let a, let gap = gapIndicator(a, b), n.unit?.dimension == .money {
        targets = [Subject(indicator: gap, phrase: gap.chinese, levels: a.levels)]
        measureOverride = .changeAbsolute
      } else {
        return consumed
      }
      compared = b
      comparePending = []
    } else if compare != nil, !comparePending.isEmpty {
      targets = comparePending
      compared = comparePending.last
      comparePending = []
      isCompared = true
    } else if compare != nil, let s = subject {
      // The gap itself: 高出省11个百分点 / 高出当地公务员平均工资（121694元）5299元.
      if n.unit == .percentagePoints {
        targets = [s]
      } else if let c = compared, let gap = gapIndicator(s, c) {
        targets = [Subject(indicator: gap, phrase: gap.chinese, levels: s.levels)]
        measureOverride = .changeAbsolute
      } else if n.unit?.dimension == .money, let gap = gapNamedInSentence() {
        // 教师…12.3万元，公务员…11.8万元，教师高出0.5万元: both sides named earlier in the sentence.
        targets = [Subject(indicator: gap, phrase: gap.chinese, levels: [])]
        measureOverride = .changeAbsolute
      } else {
        return consumed
      }
    } else if !pending.isEmpty, !qualified {
      // Levels named after the indicator (基准定额为小学720元) choose the level.
      targets = levels.isEmpty ? pending : pending.map { var p = $0; p.levels = levels; return p }
      // 发放学生资助资金3,265.4万元: an amount of money is never a count of procedures.
      namedMoney = n.unit?.dimension == .money && pending.allSatisfy { $0.indicator?.dimension == .money }
    } else if let forward = forwardIndicator(n, at: t) {
      targets = [forward]
      forwarded = true
    } else if let (boarding, figure) = boardingSubsidyAhead(n, from: k) {
      emit(boarding, nil, figure, measureOverride: nil, isCompared: false)
      return consumed
    } else if let (ahead, at) = standardAhead(n, from: k) {
      targets = [ahead]
      skipTo = at
    } else if let (standards, at) = levelledStandardsAhead(n, from: k) {
      // No override: 不低于 reads as a comparison (低于), and an override would take its sign.
      for (subject, level, figure) in standards { emit(subject, level, figure, measureOverride: nil, isCompared: false) }
      return at - t
    } else if pending.isEmpty, let s = subject, !qualified, !clauseQualified, !among || !levels.isEmpty, !procedure,
      levels.isEmpty || s.indicator?.levelApplies != false,  // 幼儿园62所，小学70所: not kindergartens
      s.ownUnit == nil || s.ownUnit == n.unit || (s.ownUnit == .percent && n.unit == .percentagePoints)
    {
      targets = [Subject(indicator: s.indicator, phrase: s.phrase, levels: levels.isEmpty ? s.levels : levels)]
    } else if pending.isEmpty, change == nil, !procedure, let head = spentAmountsIndicator(n) {
      targets = [head]
    } else if let own = ownSubject(n, start: start) {
      targets = [own]
    } else {
      return consumed
    }
    if procedure && !isCompared && !namedMoney { return consumed }
    if among && targets.allSatisfy({ $0.indicator?.id == subject?.indicator?.id && $0.phrase == subject?.phrase }) && levels.isEmpty && !isCompared {
      return consumed  // 其中600万余元…: a part of the figure before
    }

    // Pair figures with indicators × levels.
    var slots: [(Subject, SchoolLevel?)] = []
    for s in targets {
      let ls = (s.indicator?.levelApplies ?? true) ? s.levels : []
      if ls.isEmpty { slots.append((s, nil)) } else { for l in ls { slots.append((s, l)) } }
    }
    // 整改率98.8%和…: a figure joined by 和 that has no indicator of its own is not part of the list.
    if let a = firstAnd, slots.count != group.count, slots.count <= a {
      group.removeSubrange(a...)
      signs.removeSubrange(a...)
      consumed = ends[a - 1] - t - 1
    }
    let pairs: [(Subject, SchoolLevel?, NumberToken, Double?)]
    if group.count == 1 {
      pairs = slots.map { ($0.0, $0.1, n, signs[0]) }
    } else if slots.count == group.count {
      pairs = zip(slots, zip(group, signs)).map { ($0.0.0, $0.0.1, $0.1.0, $0.1.1) }
    } else if slots.count == 1, slots[0].0.indicator == nil, let names = Self.parallel(slots[0].0.phrase), names.count == group.count {
      // 政府保障和教育质量指标达标率分别为73.3%、100%: two indicators sharing one ending.
      pairs = zip(names, zip(group, signs)).map {
        (Subject(indicator: nil, phrase: $0.0, levels: [], ownUnit: $0.1.0.unit), slots[0].1, $0.1.0, $0.1.1)
      }
    } else {
      warnings.append("\(sourceFile):\(sentence.line): \(group.count) figures for \(slots.count) indicators; skipped")
      return consumed
    }
    for (s, level, m, sign) in pairs {
      change = sign
      emit(s, level, m, measureOverride: measureOverride, isCompared: isCompared)
    }
    if !isCompared, let first = targets.first { subject = first }
    pending = []
    if let skipTo { return skipTo - t }
    return forwarded ? consumed + 1 : consumed
  }

  /// 和, 及, 与 joining the last figure of a list.
  private static let conjunctions: Set<UInt32> = Set("和及与".foldedScalars)

  /// A count in a unit that usually counts procedures (处, 起) is the figure of a
  /// count indicator named right before it (排查安全隐患320处, 安全事故3起), or
  /// its change (较上年减少2起); never of anything else.
  private func countsInProceduralUnit(_ start: Int) -> Bool {
    guard !procedure, parenDepth == 0, compare == nil, !Self.isQualifier(text, previousEnd, start) else { return false }
    if !pending.isEmpty { return pending.allSatisfy { $0.indicator?.dimension == .count } }
    return change != nil && subject?.indicator?.dimension == .count
  }

  /// 按照寄宿生年生均300元标准增加公用经费补助: a per-boarder amount, in a clause that
  /// names 寄宿生 before it and a 公用经费 补助 after it, is the boarding top-up.
  private func boardingSubsidyAhead(_ n: NumberToken, from k: Int) -> (Subject, NumberToken)? {
    // Checked on the scalars first: this runs for every amount in 元 of every report.
    let at = n.range.lowerBound
    // 年生均300元 (每生每年300元 is read as 元/生·年 by the scanner): per pupil and year.
    let perPupil = n.unit == .yuanPerStudentYear || (n.unit == .yuan && at >= 2 && text.has(Self.perPupilWord, at: at - 2))
    guard perPupil, pending.isEmpty, parenDepth == 0, compare == nil, change == nil,
      (segmentStart..<at).contains(where: { text.has(Self.boarderWord, at: $0) }),
      let subsidy = catalog.indicator(id: "boarding_public_funds_subsidy")
    else { return nil }
    var end = sentence.range.upperBound
    for j in k..<tokens.count {
      if case .clauseSeparator = tokens[j].kind { end = tokens[j].range.lowerBound; break }
    }
    guard (n.range.upperBound..<end).contains(where: { text.has(Self.publicFundsWord, at: $0) && text.has(Self.subsidyWord, at: $0 + Self.publicFundsWord.count) })
    else { return nil }
    return (Subject(indicator: subsidy, phrase: subsidy.chinese, levels: []), n.perPupilAndYear)
  }

  /// 按650元/生/年的标准拨付学前教育生均公用经费: a per-student amount written
  /// before the 公用经费 it is the standard of, in the same clause. Returns the
  /// standard (with the levels named on the way) and the index of the indicator's token.
  private func standardAhead(_ n: NumberToken, from k: Int) -> (Subject, Int)? {
    guard n.unit == .yuanPerStudentYear, n.perStudent, pending.isEmpty, parenDepth == 0,
      let standard = catalog.indicator(id: "per_student_funding_standard")
    else { return nil }
    var found: [SchoolLevel] = []
    var depth = 0
    var j = k
    while j < tokens.count {
      switch tokens[j].kind {
      case .clauseSeparator, .number, .year: return nil
      case .openParen: depth += 1
      case .closeParen: depth -= 1
      case .lexeme(.level(let l)), .lexeme(.dual(_, let l)): if depth == 0 { found.append(l) }
      case .lexeme(.indicator(let ind)):
        if depth == 0, ind.id == "per_student_public_funds" || ind.id == standard.id {
          if found.isEmpty, (tokens[k - 1].range.upperBound..<tokens[j].range.lowerBound).contains(where: { text.has(Self.disabled, at: $0) }) {
            found = [.special]
          }
          // Without a level the standard's scope is unknown (all levels? one school?): not forced.
          return found.isEmpty ? nil : (Subject(indicator: standard, phrase: text.string(tokens[j].range), levels: found), j)
        }
      case .lexeme(.keyword), .listSeparator: break
      }
      j += 1
    }
    return nil
  }

  /// 按照小学不低于720元、初中不低于940元的标准足额拨付生均公用经费: each level named right
  /// before its own amount in 元, the list closed by 标准 and then the 公用经费 it is the
  /// standard of, in the same clause. Amounts are per pupil and year (what a 生均公用经费
  /// standard is), so 元 becomes 元/生·年. Returns the figures and the index of the
  /// indicator's token; nil unless every amount has exactly one level of its own.
  private func levelledStandardsAhead(_ n: NumberToken, from k: Int) -> ([(Subject, SchoolLevel, NumberToken)], Int)? {
    guard n.unit == .yuan || n.unit == .yuanPerStudentYear, levels.count == 1, pending.isEmpty, parenDepth == 0,
      let standard = catalog.indicator(id: "per_student_funding_standard")
    else { return nil }
    var figures: [(SchoolLevel, NumberToken)] = [(levels[0], n)]
    var named: [SchoolLevel] = []
    var lastEnd = n.range.upperBound
    func standards(_ phrase: String) -> [(Subject, SchoolLevel, NumberToken)] {
      figures.map { level, figure in (Subject(indicator: standard, phrase: phrase, levels: [level]), level, figure.perPupilAndYear) }
    }
    // 按照小学每生每年720元、初中每生每年940元的标准拨付公用经费: the funds named in plain
    // words (公用经费, not a catalog phrase) after 标准, at the end of the clause.
    func plainFunds(until end: Int) -> Bool {
      guard named.isEmpty, figures.count > 1 || n.unit == .yuanPerStudentYear,
        let s = (lastEnd..<end).first(where: { text.has(Self.standardWord, at: $0) })
      else { return false }
      return (s..<end).contains { text.has(Self.publicFundsWord, at: $0) }
    }
    var j = k
    while j < tokens.count {
      switch tokens[j].kind {
      case .clauseSeparator:
        return plainFunds(until: tokens[j].range.lowerBound) ? (standards("公用经费"), j - 1) : nil
      case .year, .openParen, .closeParen: return nil
      case .number(let m):
        guard m.unit == n.unit, named.count == 1 else { return nil }
        figures.append((named[0], m))
        named = []
        lastEnd = m.range.upperBound
      case .lexeme(.level(let l)), .lexeme(.dual(_, let l)): named.append(l)
      case .lexeme(.indicator(let ind)):
        guard ind.id == "per_student_public_funds" || ind.id == standard.id, named.isEmpty, figures.count > 1,
          (lastEnd..<tokens[j].range.lowerBound).contains(where: { text.has(Self.standardWord, at: $0) })
        else { return nil }
        return (standards(text.string(tokens[j].range)), j)
      case .lexeme(.keyword), .listSeparator: break
      }
      j += 1
    }
    return plainFunds(until: sentence.range.upperBound) ? (standards("公用经费"), tokens.count - 1) : nil
  }

  private static let standardWord: [UInt32] = "标准".foldedScalars
  private static let publicFundsWord: [UInt32] = "公用经费".foldedScalars
  private static let perPupilWord: [UInt32] = "生均".foldedScalars
  private static let boarderWord: [UInt32] = "寄宿生".foldedScalars
  private static let subsidyWord: [UInt32] = "补助".foldedScalars

  /// 残疾学生, 残疾儿童: the pupils of special education, when the text names no level.
  private static let disabled: [UInt32] = "残疾".foldedScalars

  private func isRightBeforeParen(_ t: Int) -> Bool {
    t >= 2 && { if case .openParen = tokens[t - 1].kind { return true } else { return false } }()
  }

  /// 635名残疾儿童接受义务教育 / ***万在校学生: a count written right before what it counts.
  private func forwardIndicator(_ n: NumberToken, at t: Int) -> Subject? {
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
  private func spentAmountsIndicator(_ n: NumberToken) -> Subject? {
    // The cheap conditions first: this is asked of many figures that have no indicator.
    guard let unit = n.unit, unit.dimension == .money, !n.perStudent, parenDepth == 0, compare == nil, !target,
      let fund = namedInSentence.last(where: { $0.indicator?.dimension == .money })
    else { return nil }
    let before = Self.trimmedPhrase(text, segmentStart, n.range.lowerBound)
    guard before.unicodeScalars.count <= 6, Self.spendingWords.contains(where: { before.hasSuffix($0) }) else { return nil }
    return fund
  }

  static let spendingWords = ["支出", "投入", "安排", "拨付", "下达", "使用"]
  static let moneyWords = ["经费", "补助", "标准", "定额", "资助", "拨款", "补贴", "费"]

  /// The report's own phrase for a rate or a per-student standard that the catalog does not know.
  private func ownSubject(_ n: NumberToken, start: Int) -> Subject? {
    guard n.unit == .percent || n.unit == .yuanPerStudentYear else { return nil }
    var phrase = Self.trimmedPhrase(text, segmentStart, start)
    // 教师空间开通90%以上: a completion verb with a percentage is that verb's rate (开通率).
    if n.unit == .percent, !Self.endsLikeRate(phrase), Self.completionVerbs.contains(where: { phrase.hasSuffix($0) }) {
      phrase += "率"
    }
    guard phrase.unicodeScalars.count >= 3, n.unit != .percent || Self.endsLikeRate(phrase) else { return nil }
    // A short phrase after a named indicator completes it: 教职工编制6240个，使用率99.0%.
    if phrase.unicodeScalars.count <= 4, let s = subject {
      var prefix = s.phrase
      while prefix.count >= 2 {
        if let hit = catalog.resolve(prefix + phrase) { return Subject(indicator: hit.indicator, phrase: prefix + phrase, levels: hit.level.map { [$0] } ?? []) }
        prefix.removeLast()
      }
    }
    if let hit = catalog.resolve(phrase) {
      return Subject(indicator: hit.indicator, phrase: phrase, levels: hit.level.map { [$0] } ?? levels)
    }
    // An amount per pupil names what it is an amount of (…经费, …补助, …标准); 按照小学 does not.
    if n.unit == .yuanPerStudentYear, !Self.moneyWords.contains(where: { phrase.contains($0) }) { return nil }
    // A per-student amount of 公用经费 is the funding standard (特殊教育学生公用经费6000元/生·年).
    if n.unit == .yuanPerStudentYear, n.perStudent, phrase.contains("公用经费"), !phrase.contains("补助"),
      let standard = catalog.indicator(id: "per_student_funding_standard")
    {
      return Subject(indicator: standard, phrase: phrase, levels: levels)
    }
    return Subject(indicator: nil, phrase: phrase, levels: levels, ownUnit: n.unit)
  }

  /// The one gap indicator whose two sides (in order) the sentence has named; nil when none or several.
  private func gapNamedInSentence() -> Indicator? {
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
  private func gapIndicator(_ a: Subject, _ b: Subject) -> Indicator? {
    guard let x = a.indicator?.id, let y = b.indicator?.id, let id = Self.gaps[x + "|" + y] else { return nil }
    return catalog.indicator(id: id)
  }

  /// Per-level indicators that the catalog names apart at one level ("indicator|level" → indicator).
  static let levelNames = ["students_enrolled|学前": "children_in_kindergarten"]

  /// Pairs of indicators whose difference the catalog names.
  static let gaps = ["teacher_salary|civil_servant_salary": "teacher_pay_gap"]

  // MARK: Emitting

  /// The sentence as written, built once for all its observations.
  private var sentenceText: String {
    mutating get {
      if let s = cachedSentenceText { return s }
      let s = text.string(sentence.range)
      cachedSentenceText = s
      return s
    }
  }
  private var cachedSentenceText: String? = nil

  private mutating func emit(_ s: Subject, _ level: SchoolLevel?, _ n: NumberToken, measureOverride: Measure?, isCompared: Bool) {
    var subject = s
    var unit = n.unit
    var value = n.value
    // A scale without a unit (教研经费****万) or no unit at all: the indicator's base unit decides.
    if unit == nil {
      guard let ind = subject.indicator else { return }
      if n.pendingScale != 1 {
        guard [.money, .count].contains(ind.dimension) else { return }
        unit = ind.baseUnit
        value = value.map { $0 * n.pendingScale }
      } else if ind.dimension == .ratio {
        unit = Unit.none
      } else {
        return
      }
    }
    guard let unit else { return }
    let sign = change ?? compare ?? 1
    var measure: Measure
    if let m = measureOverride {
      measure = m
      if isCompared == false, let v = value { value = v * (compare ?? 1) }
    } else if unit == .percentagePoints {
      measure = .percentagePointDifference
      if let v = value, !isCompared { value = v * sign }
    } else if !isCompared, let c = change {
      if subject.indicator?.chinese.hasPrefix("新增") == true && unit != .percent {
        measure = .value  // 增加了200余个普惠学位: an increment indicator counts what was added
      } else {
        measure = unit == .percent ? .growthPercent : .changeAbsolute
        if let v = value { value = v * c }
      }
    } else if unit == .yuanPerStudentYear {
      measure = .standard
    } else if target {
      measure = .target
    } else {
      measure = .value
    }
    if let ind = subject.indicator, !Self.fits(ind, unit: unit, measure: measure) {
      // The catalog's word in a different sense (预算教育支出进度为26.2%): the report's own phrase, or nothing.
      guard let own = ownSubject(n, start: n.range.lowerBound), own.indicator == nil || Self.fits(own.indicator!, unit: unit, measure: measure)
      else { return }
      subject = own
    }
    // A per-student figure in the hundreds of thousands is a total (生均公用经费总计17857万元).
    if let ind = subject.indicator, ind.chinese.contains("生均"), ind.dimension == .money, let v = value, v > 100_000 { return }
    guard let dataYear = year ?? fallbackYear else {
      warnings.append("\(sourceFile):\(sentence.line): no year for \(subject.name); skipped")
      return
    }
    var flags: ObservationFlags = []
    if n.approximate { flags.insert(.approximate) }
    if n.masked { flags.insert(.masked); value = nil }
    var level = level
    // 在园幼儿、小学、初中在校生分别为…: pupils at pre-school level are the catalog's 在园幼儿数.
    if level == .preschool, let id = subject.indicator?.id, let own = Self.levelNames[id + "|" + SchoolLevel.preschool.rawValue],
      let ind = catalog.indicator(id: own)
    {
      subject = Subject(indicator: ind, phrase: ind.chinese, levels: [])
      level = nil
    }
    let applies = subject.indicator?.levelApplies ?? true
    observations.append(
      Observation(
        district: district, year: dataYear, indicator: subject.name, level: applies ? level : nil, measure: measure,
        value: value, unit: unit, flags: flags,
        provenance: Provenance(sourceFile: sourceFile, sourceText: sentenceText, line: sentence.line),
        reference: reference(of: subject, measure: measure, measureOverride: measureOverride, figureStart: n.range.lowerBound)))
  }

  /// What a difference in a comparison clause is taken against: the words between the
  /// comparison (or the last 、) and the figure (高出省11个百分点、市7个百分点), else those
  /// after 比/较 before it (比全市高出2个百分点). nil for anything else, and for an
  /// indicator whose name already says it (教育支出增长高于财政经常性收入增长).
  private func reference(of subject: Subject, measure: Measure, measureOverride: Measure?, figureStart: Int) -> String? {
    guard compare != nil, measureOverride == nil, measure == .percentagePointDifference || measure == .changeAbsolute else { return nil }
    let words = ComparisonReference.normalise(Self.trimmedPhrase(text, segmentStart, figureStart))
      ?? Self.referenceBefore(Self.trimmedPhrase(text, compareLead.lowerBound, compareLead.upperBound))
    guard let words else { return nil }
    let name = subject.name.replacingOccurrences(of: "的", with: "")
    return name.contains(words.replacingOccurrences(of: "的", with: "")) ? nil : words
  }

  /// The reference in the words before a comparison word: what follows the last 比 or 较.
  static func referenceBefore(_ phrase: String) -> String? {
    guard let i = phrase.lastIndex(where: { $0 == "比" || $0 == "较" }) else { return nil }
    return ComparisonReference.normalise(String(phrase[phrase.index(after: i)...]))
  }

  /// Whether a figure in `unit` can be `indicator`'s `measure`.
  static func fits(_ indicator: Indicator, unit: Unit, measure: Measure) -> Bool {
    switch measure {
    case .growthPercent: return unit == .percent
    case .percentagePointDifference: return [.percent, .percentagePoints].contains(indicator.dimension)
    default:
      switch indicator.dimension {
      case .money: return unit.dimension == .money
      case .moneyPerStudent: return unit.dimension == .moneyPerStudent || unit.dimension == .money
      case .percent: return unit == .percent
      case .percentagePoints: return unit == .percentagePoints
      case .count: return unit.dimension == .count
      case .area: return unit.dimension == .area
      case .ratio: return unit == Unit.none
      case .other: return true
      }
    }
  }

  // MARK: Phrases

  /// Function words allowed between an indicator and its figure (为, 达到, 共计, 仅为…).
  private static let linking: Set<UInt32> = Set("为达到是共有计总合累约近超过逾的仅只已现均都了占即预算按".foldedScalars)

  /// Whether the text between `a` and `b` holds words that qualify the figure
  /// (公办园县城内8所: 县城内), so that it is not the indicator's own value.
  static func isQualifier(_ text: ScalarText, _ a: Int, _ b: Int) -> Bool {
    guard a < b else { return false }
    for i in a..<b {
      let c = text.folded[i]
      if isHan(c) && !linking.contains(c) { return true }
      if c >= 0x61 && c <= 0x7A { return true }  // Latin, lower-cased by folding
    }
    return false
  }

  private static let leadingWords: [[UInt32]] = [
    "全县", "全区", "全市", "全省", "我县", "我区", "我市", "其中", "并且", "同时", "并", "且", "各", "一季度", "二季度", "三季度",
    "四季度", "上半年", "下半年",
    // 一是…二是…: the enumeration of a paragraph, not part of an indicator's name.
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
  ].map(\.foldedScalars)
  private static let trailing: Set<UInt32> = Set("为达到是约近超过逾的仅有只已现均都共计总合累".foldedScalars)
  private static let punctuation: Set<UInt32> = Set(" \t“”\"'‘’「」".foldedScalars)

  /// The words from `a` to `b`, without scope words before or linking words after.
  static func trimmedPhrase(_ text: ScalarText, _ a: Int, _ b: Int) -> String {
    guard a < b else { return "" }
    let s = text.folded
    var lo = a, hi = b
    while hi > lo, trailing.contains(s[hi - 1]) || punctuation.contains(s[hi - 1]) { hi -= 1 }
    var changed = true
    while changed {
      changed = false
      while lo < hi, punctuation.contains(s[lo]) { lo += 1; changed = true }
      for w in leadingWords where hi - lo >= w.count && text.has(w, at: lo) {
        lo += w.count
        changed = true
      }
    }
    return lo < hi ? text.string(lo..<hi) : ""
  }

  /// "A和B…率" with heads of equal length: [A…率, B…率] (政府保障和教育质量指标达标率 →
  /// 政府保障指标达标率, 教育质量指标达标率). Nil when the phrase is not so built.
  static func parallel(_ phrase: String) -> [String]? {
    guard let sep = phrase.firstIndex(where: { "和与及".contains($0) }) else { return nil }
    let first = String(phrase[..<sep]), second = String(phrase[phrase.index(after: sep)...])
    guard !first.isEmpty, !endsLikeRate(first), endsLikeRate(second), second.count >= first.count + 2 else { return nil }
    return [first + second.dropFirst(first.count), second]
  }

  private static let rateEndings = ["率", "比例", "占比", "比重", "进度"]
  private static let completionVerbs = ["开通", "覆盖", "达标", "配备", "建成", "普及", "完成", "配齐"]
  /// A cheap test before building a phrase: does the text from `a` to `b`, less
  /// linking words, end in 率, 例, 比, 重 or 度?
  static func mayEndLikeRate(_ text: ScalarText, _ a: Int, _ b: Int) -> Bool {
    var j = b
    while j > a, trailing.contains(text.folded[j - 1]) || punctuation.contains(text.folded[j - 1]) { j -= 1 }
    guard j - a >= 3 else { return false }
    switch text.folded[j - 1] {
    case 0x7387, 0x4F8B, 0x6BD4, 0x91CD, 0x5EA6: return true
    default: return false
    }
  }

  static func endsLikeRate(_ phrase: String) -> Bool {
    phrase.unicodeScalars.count >= 3 && rateEndings.contains { phrase.hasSuffix($0) }
      && !phrase.unicodeScalars.contains { isDigit($0.value) }  // 提升1.0工程培训率: a programme's name, not an indicator
  }
}
