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
  /// Figures with a unit that became no observation, with the reason.
  var leftOut: [LeftOutFigure] = []
  /// The last year in the sentence that is a period of data (not a base, date or plan).
  var lastDataYear: Int? = nil

  // Sentence state.
  var year: Int? = nil
  var plan = false
  var subject: Subject? = nil
  var among = false
  var target = false
  // Clause state.
  var pending: [Subject] = []
  var levels: [SchoolLevel] = []
  var change: Double? = nil
  var compare: Double? = nil
  /// 比全市高出2个百分点: where the words before the comparison word lie (read only
  /// when a difference needs its reference).
  var compareLead: Range<Int> = 0..<0
  /// Every indicator named in the sentence so far, outside parentheses and comparisons.
  var namedInSentence: [Subject] = []
  var comparePending: [Subject] = []
  var compared: Subject? = nil
  var procedure = false
  var rank = false
  var parenDepth = 0
  var parenPending: [Subject] = []
  /// Where the current phrase began: the end of the last separator, keyword, year or number.
  var segmentStart: Int
  var segmentHasIndicator = false
  /// End of the previous token: text between it and a number qualifies the number.
  var previousEnd: Int
  /// Words in this clause qualify what follows (农场3所, 乡镇(村)9所): the clause's
  /// figures are not the subject's own.
  var clauseQualified = false
  /// The level an item is headed by (义务教育：…), for per-level indicators named without one.
  var headingLevel: SchoolLevel? = nil
  /// The sentence as written, once built (see `sentenceText`).
  var cachedSentenceText: String? = nil
  /// Which year the next figure is about, when not the sentence's: set by 比上年/上年
  /// (the previous year, −1) or 比2021年 (that year), for a figure right after it.
  var priorBase: (year: Int, end: Int)? = nil
  /// The year of the figure being emitted, when it is not `year` (a prior value, a year of a list).
  var figureYear: Int? = nil
  /// The figure after a comparison word is the gap to the reference named between them (高出标准1377.93元).
  var gapToReference = false
  /// Years listed before a 分别为 list (2002—2004年, 2020年、2021年、2022年).
  var yearList: [Int] = []
  /// The indicator of a heading that introduces level-keyed items (…增长情况是：), from the sentence before.
  var heading: Heading?
  /// Every figure met and what became of it.
  var ledger = FigureLedger()
  /// The last figure read in the paragraph before this sentence (a bracketed figure for
  /// another place may follow in a sentence of its own: 。增长最快的是防城港市(30.66%)).
  var figureBefore: Observation? = nil
  /// The first value the sentence before stated (。比上年的378.34亿元增加47.43亿元 carries on from
  /// 全省教育经费总投入425.77亿元 in the sentence before).
  var valueBefore: Observation? = nil
  /// The document's own division, where the gazetteer places it (for short names of its neighbours).
  var documentDivision: Division? = nil
  /// The first catalog value of the document's own district with no level, as emitted (for `headingForItems`).
  var firstAllLevelsValue: (indicator: Indicator, year: Int)? = nil
  /// Figures no rule read become the report's own subject, marked uncatalogued (false: left out).
  let keepUncatalogued: Bool

  init(
    text: ScalarText, sentence: Sentence, tokens: [ReportToken], catalog: IndicatorCatalog, fallbackYear: Int?,
    reportYear: Int?, district: String, sourceFile: String, heading: Heading? = nil, keepUncatalogued: Bool = false,
    paragraphYears: [Int] = []
  ) {
    self.heading = heading
    self.yearList = paragraphYears
    self.keepUncatalogued = keepUncatalogued
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
    // A heading holds until a sentence names an indicator of its own.
    // (生均支出 in an item is no indicator of its own: see `emit`.)
    let namesIndicator = tokens.contains {
      if case .lexeme(.indicator) = $0.kind {
        return $0.range.count > 4 || !Self.vaguePerStudentScalars.contains(Array(text.folded[$0.range]))
      }
      return false
    }
    guard hasNumber else {
      if let h = Heading.opened(by: tokens, text, sentence: sentence, year: lastDataYear) {
        heading = h
      } else if namesIndicator {
        heading = nil
      }
      return
    }
    lastDataYear = nil
    // 去年,政府向每位市民派发6,000元: a sentence led by 去年/上年 and naming no year of its own
    // is about the year before the report's.
    if year == nil, tokens.count >= 2, case .lexeme(.keyword(.previousYear)) = tokens[0].kind,
      case .clauseSeparator = tokens[1].kind, ["去年", "上年"].contains(text.simplified(tokens[0].range)),
      !tokens.contains(where: { if case .year = $0.kind { return true } else { return false } })
    {
      year = fallbackYear.map { $0 - 1 }
    }
    // 截至9月 / 截至目前 without a year: the time of writing, i.e. the year the report covers.
    if text.mentionsAsOfWithoutYear(in: sentence.range) { year = reportYear }
    var t = 0
    while t < tokens.count {
      let token = tokens[t]
      if SubjectPhrase.isQualifier(text, previousEnd, token.range.lowerBound) { clauseQualified = true }
      switch token.kind {
      case .year(let y):
        switch y.role {
        case .data:
          year = y.year
          // 力争2025年达到95% / 计划到2025年: the year of the target, not a period of data.
          if !followsTarget(t) {
            lastDataYear = y.year
            target = false
          }  // 计划,2023年共吸纳…: a new period
        case .date: year = y.year
        case .range:
          plan = true
          yearList = Heading.span(text.string(y.range), last: y.year)
        case .base: priorBase = (y.year, y.range.upperBound)
        }
        if y.role == .data || y.role == .date { listYear(y.year, at: t) }
        boundary(token)
      case .listSeparator:
        closeOwnPhrase(at: token.range.lowerBound)
        boundary(token)
      case .clauseSeparator where parenDepth > 0:
        // 国家财政性教育经费(主要包括…经费,…经费)为2.98亿元: a comma inside parentheses
        // separates the parenthetical's own items; the clause around it goes on.
        parenPending = []
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
        priorBase = nil
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
        ledger.met(
          token: t,
          FigureContext(
            year: priorYear(before: n) ?? year ?? fallbackYear, change: change, compare: compare, target: target,
            plan: plan))
        t += number(n, at: t)
      }
      t += 1
    }
    readUnreadFigures()
    if namesIndicator { heading = headingForItems() }
  }

  /// 2021年全国按在校学生人数平均的一般公共预算教育经费为15356.59元…。1.全国幼儿园为9505.84元:
  /// a sentence that states an all-levels figure of a per-level indicator heads the
  /// level-keyed items after it, as a heading line does.
  func headingForItems() -> Heading? {
    guard let lead = firstAllLevelsValue, lead.indicator.levelApplies else { return nil }
    return Heading(
      subject: Subject(indicator: lead.indicator, phrase: lead.indicator.chinese, levels: []), year: lead.year)
  }

  /// The level a numbered item opens with (1.全县幼儿园为…): [] for a sentence that is no item.
  func itemLevels() -> [SchoolLevel] {
    guard sentence.startsItem else { return [] }
    for token in tokens {
      switch token.kind {
      case .lexeme(.level(let l)), .lexeme(.dual(_, let l)): return [l]
      case .number: return []
      default: continue
      }
    }
    return []
  }

  /// 2020年、2021年和2022年: a data year joined to the one before by 、/和/及 extends the list; any other starts it.
  mutating func listYear(_ y: Int, at t: Int) {
    // (2010年和2011年 opening a sentence: the second year is token 1.)
    let joined =
      t >= 1
      && {
        if t >= 2, case .listSeparator = tokens[t - 1].kind, case .year = tokens[t - 2].kind { return true }
        if case .year = tokens[t - 1].kind, tokens[t].range.lowerBound == tokens[t - 1].range.upperBound + 1,
          QuantityList.conjunctions.contains(text.folded[tokens[t - 1].range.upperBound])
        {
          return true
        }
        return false
      }()
    if joined, !yearList.isEmpty { yearList.append(y) } else { yearList = [y] }
  }

  /// Whether 分别 comes before token `t` in the sentence.
  func saysRespectively(before t: Int) -> Bool {
    tokens[..<t].contains { if case .lexeme(.keyword(.respectively)) = $0.kind { return true } else { return false } }
  }

  /// 幼儿园从4600.67元提升到6039.55元: the figure after 从/由 with a change to another figure
  /// in the same unit after it is the value the change started from, the year before.
  func fromToPriorYear(_ n: NumberToken, at t: Int) -> Int? {
    let s = text.folded
    guard change == nil, compare == nil, n.range.lowerBound > sentence.range.lowerBound,
      s[n.range.lowerBound - 1] == 0x4ECE || s[n.range.lowerBound - 1] == 0x7531,  // 从 由
      let to = reachedFigure(after: t),
      to.unit == n.unit || (to.unit == .yuan && n.unit?.dimension == .moneyPerStudent), n.unit != nil
    else { return nil }
    return (year ?? fallbackYear).map { $0 - 1 }
  }

  /// The number token at `i`, with its index.
  func figure(_ i: Int) -> (token: NumberToken, index: Int)? {
    if case .number(let n) = tokens[i].kind { return (n, i) }
    return nil
  }

  /// The figure after `提高到` (a rise, then 到/至) or `调整为` right after the figure at `t`.
  func reachedFigure(after t: Int) -> NumberToken? {
    if t + 3 < tokens.count, case .lexeme(.keyword(.change(let sign))) = tokens[t + 1].kind, sign > 0,
      case .lexeme(.keyword(.reachTo)) = tokens[t + 2].kind, case .number(let to) = tokens[t + 3].kind
    {
      return to
    }
    if t + 2 < tokens.count, case .lexeme(.keyword(.reachTo)) = tokens[t + 1].kind,
      text.simplified(tokens[t + 1].range).hasPrefix("调整"), case .number(let to) = tokens[t + 2].kind
    {
      return to
    }
    return nil
  }

  /// The year of a figure written right after 比上年 / 上年 / 比2021年 (with at most 的 between).
  func priorYear(before n: NumberToken) -> Int? {
    guard let base = priorBase, change == nil, compare == nil else { return nil }
    // 比上年的 2265.25亿元: 的 and spaces may stand between.
    guard
      (base.end..<n.range.lowerBound).allSatisfy({
        text.folded[$0] == 0x7684 || SentenceSplitter.isSpace(text.folded[$0])
      })
    else { return nil }
    if base.year > 0 { return base.year }
    return (year ?? fallbackYear).map { $0 - 1 }
  }

  // MARK: Tokens

  /// Whether the token at `t` comes right after 力争/计划/目标 (with 到 or 至 between or not):
  /// 力争2025年, 计划到2025年.
  func followsTarget(_ t: Int) -> Bool {
    var j = t - 1
    var end = tokens[t].range.lowerBound
    // 目标是在2020年: 是 and 在 may stand between the target word and its year.
    while j >= 0,
      tokens[j].range.upperBound == end || Self.targetLinks.contains(text.simplified(tokens[j].range.upperBound..<end))
    {
      switch tokens[j].kind {
      case .lexeme(.keyword(.target)): return true
      case .lexeme(.keyword(.reachTo)):
        end = tokens[j].range.lowerBound
        j -= 1
      default: return false
      }
    }
    return false
  }

  /// Words that may link a target word to its year (目标是在2020年).
  static let targetLinks: Set<String> = ["是", "在", "是在", "于"]

  mutating func boundary(_ token: ReportToken) {
    segmentStart = token.range.upperBound
    segmentHasIndicator = false
    previousEnd = token.range.upperBound
  }

  mutating func lexemeToken(_ lexeme: Lexeme, _ token: ReportToken, index t: Int) {
    switch lexeme {
    case .level(let l):
      levels.append(l)
      // A level at the head of a phrase qualifies it (小学、初中大班额比例): not part of its name.
      if !segmentHasIndicator, SubjectPhrase.trimmed(text, segmentStart, token.range.lowerBound).isEmpty {
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
    case .keyword(.scope):
      // Like a level at the head of a phrase, but naming none.
      if !segmentHasIndicator, SubjectPhrase.trimmed(text, segmentStart, token.range.lowerBound).isEmpty {
        segmentStart = token.range.upperBound
      }
      previousEnd = token.range.upperBound
    case .keyword(let k):
      closeOwnPhrase(at: token.range.lowerBound)
      switch k {
      case .change(let sign):
        change = sign
        priorBase = nil
      case .compare(let sign):
        priorBase = nil
        compare = sign
        comparePending = []
        compared = nil
        compareLead = segmentStart..<max(segmentStart, token.range.lowerBound)
      case .shared, .respectively: break
      case .among: among = true
      case .target: if !namesAPlan(token) { target = true }
      case .procedure: procedure = true
      case .base, .previousYear: priorBase = (-1, token.range.upperBound)
      case .currentYear: priorBase = nil
      case .scope: break
      case .rank: rank = true
      case .reachTo:
        if t > 0, case .lexeme(.keyword(.change)) = tokens[t - 1].kind,
          tokens[t - 1].range.upperBound == token.range.lowerBound
        {
          change = nil  // 提高到95%: the level reached, not a change
        }
      }
      boundary(token)
    }
  }

  /// 幼儿园 and 在园幼儿 name a level, except when they are counted right away
  /// at the start of a phrase (全县共有幼儿园54所, 全县在园幼儿4372人).
  func dualIsIndicator(_ token: ReportToken, index t: Int) -> Bool {
    guard t + 1 < tokens.count, case .number(let n) = tokens[t + 1].kind,
      n.unit == .schools || n.unit == .people,
      !SubjectPhrase.isQualifier(text, token.range.upperBound, tokens[t + 1].range.lowerBound)
    else { return false }
    let before = SubjectPhrase.trimmed(text, segmentStart, token.range.lowerBound)
    return before.isEmpty || before.allSatisfy { "共有现计".contains($0) }
  }

  mutating func named(_ indicator: Indicator, _ token: ReportToken) {
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
  mutating func closeOwnPhrase(at end: Int) {
    guard !segmentHasIndicator, parenDepth == 0, SubjectPhrase.mayEndLikeRate(text, segmentStart, end) else { return }
    let phrase = SubjectPhrase.trimmed(text, segmentStart, end)
    guard SubjectPhrase.endsLikeRate(phrase) else { return }
    pending.append(shareOfSubject(phrase) ?? Subject(indicator: nil, phrase: phrase, levels: levels, ownUnit: .percent))
  }

  // MARK: Numbers

  /// Handles the number at `t` and the figures listed right after it with 、;
  /// returns how many extra tokens were consumed.
  mutating func number(_ written: NumberToken, at t: Int) -> Int {
    var n = written
    // 幼儿园上年2709.16,本年2845.20元 / 比上年的12,530.03增加2,079.49元: a prior value written
    // without its unit has the unit of the money figure after it in the sentence.
    if n.unit == nil, n.pendingScale == 1, !n.masked, priorYear(before: n) != nil, let u = moneyUnit(after: t) {
      n.unit = u
    }
    // 由每人每月200元提高到315元: the figure reached is a rate per pupil and period, as the one it
    // started from.
    if n.unit == .yuan, let from = (t >= 3 ? t - 3 : nil).flatMap(figure) ?? (t >= 2 ? t - 2 : nil).flatMap(figure),
      let per = from.token.unit, per.dimension == .moneyPerStudent,
      let reached = reachedFigure(after: from.index), reached.range == n.range
    {
      n.unit = per
      n.perStudent = from.token.perStudent
    }
    let start = n.range.lowerBound
    // A bare number (1.0工程, 1:5比例) is part of the words around it, not a figure.
    let bare = n.unit == nil && n.pendingScale == 1 && !n.masked
    let emittedBefore = observations.count
    figureYear = priorYear(before: n) ?? fromToPriorYear(n, at: t)
    defer {
      gapToReference = false
      figureYear = nil
      priorBase = nil
      // A bare number that became a figure (差异系数小学为0.42、初中为0.38) ends its levels too.
      if !bare || observations.count > emittedBefore {
        levels = []
        change = nil
        segmentStart = tokens[t].range.upperBound
        segmentHasIndicator = false
        previousEnd = tokens[t].range.upperBound
      }
    }
    if rank {
      rank = false
      ledger.leave(n, "a rank, not a value")
      return 0
    }
    if n.isRange {
      ledger.leave(n, "a range of values")
      return 0
    }
    if n.procedural, !countsInProceduralUnit(start) {
      ledger.leave(n, "counts events or procedures (次, 场, 天…)")
      return 0
    }
    let list = QuantityList.collect(tokens, text, at: t, change: change, sentenceStart: sentence.range.lowerBound)
    var group = list.figures
    if group.first?.range == n.range { group[0] = n }
    var signs = list.signs
    let ends = list.ends
    let firstAnd = list.firstAnd
    let k = list.next
    var consumed = k - t - 1
    // 2023—2025年投入…: a figure of a planning period, unless the years pair with a list of figures.
    if plan, yearList.count < 2 || group.count != yearList.count {
      if readSpanTotal(group, at: t) { return consumed }
      for m in group { ledger.leave(m, "a figure for a planning period or a span of years") }
      return consumed
    }
    if let used = readPlacesRespectively(list, at: t) {
      return used  // 汕尾市、梅州市和河源市，分别增长35.37%、23.93%和20.11%: a figure per place
    }
    if group.count == 1, readPlaceAsSubject(n, at: t) {
      return consumed  // 其中，广州市为23456.78元: that place's figure
    }
    if group.count == 1, readSuperlativePlace(n, at: t) {
      return consumed  // 增长最快的是佛山市，增长31.22%: that place's figure
    }
    if group.count == 1, readShareOfWhole(n, at: t) {
      return consumed  // 财政拨款收入12563.04万元，占100.0%: the amount's share of the whole
    }
    if let share = shareConstruction(n, at: t) {
      return readShare(share.base, amount: share.amount, percentAt: share.percentAt, from: t)
    }
    if group.count == 1, let gap = gapAgainst(n), readGap(n, reference: gap.reference, sign: gap.sign) {
      return consumed  // 比全国均值低274.51元: the gap to the place named
    }
    let qualified = SubjectPhrase.isQualifier(text, previousEnd, start)

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
      } else if readOtherPlace(n, at: t) {
        return consumed  // 增长最快的是防城港市(30.66%): another place's figure
      } else if readReferenceInBracket(n, at: t) {
        return consumed  // 高于全省平均水平(11000.50元): the province's own figure
      } else {
        for m in group { ledger.leave(m, "a detail in parentheses") }
        return consumed  // a parenthetical detail (市本级***万元)
      }
      if !comparePending.isEmpty {
        compared = comparePending.last
        comparePending = []
        isCompared = true
      }
      parenPending = []
    } else if compare != nil, let b = comparePending.last,
      !qualified || SubjectPhrase.isRateWord(text, previousEnd, start)
    {
      // 高于公务员年平均工资收入2,350元: a figure right after the other quantity is the gap, never
      // that quantity's value; kept only when the catalog names the gap (or in percentage points).
      let a = pending.first ?? subject
      if let a, n.unit == .percentagePoints || (n.unit == .percent && change != nil),
        let hit = catalog.resolve(a.name + "增长高于" + b.name + "增长"), hit.indicator.dimension != .money
      {
        // 教育经费增长高于财政经常性收入增长-10.42个百分点 / 增長高於財政經常性收入13.04%: the gap
        // between two growth rates, the catalog's own indicator (its sign from 高于/低于).
        targets = [Subject(indicator: hit.indicator, phrase: hit.indicator.chinese, levels: [])]
        measureOverride = .percentagePointDifference
      } else if let a, n.unit == .percentagePoints {
        targets = [a]
      } else if let a, let gap = gapIndicator(a, b), n.unit?.dimension == .money {
        targets = [Subject(indicator: gap, phrase: gap.chinese, levels: a.levels)]
        measureOverride = .changeAbsolute
      } else {
        for m in group { ledger.leave(m, "the other side of a comparison") }
        return consumed
      }
      compared = b
      comparePending = []
    } else if subject == nil, readFloorOfFigureBefore(n, at: t) {
      return consumed  // “十三五”期间持续做到“不低于4%”: the floor of the share before
    } else if compare != nil, !comparePending.isEmpty {
      targets = comparePending
      compared = comparePending.last
      comparePending = []
      isCompared = true
    } else if compare != nil, let s = pending.first ?? subject {
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
      } else if n.unit?.dimension == .money,
        ComparisonReference.normalise(SubjectPhrase.trimmed(text, segmentStart, start)) != nil
      {
        // 高出标准1377.93元 / 低于全市平均水平200元: the gap to the reference named after the comparison.
        targets = [s]
        gapToReference = true
      } else {
        for m in group { ledger.leave(m, "a difference to something the catalog does not name") }
        return consumed
      }
    } else if !pending.isEmpty, !qualified {
      // Levels named after the indicator (基准定额为小学720元) choose the level.
      targets =
        levels.isEmpty
        ? pending
        : pending.map {
          var p = $0
          p.levels = levels
          return p
        }
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
      for (subject, level, figure) in standards {
        emit(subject, level, figure, measureOverride: nil, isCompared: false)
      }
      return at - t
    } else if pending.isEmpty, let s = subject, !qualified, !clauseQualified, !among || !levels.isEmpty, !procedure,
      levels.isEmpty || s.indicator?.levelApplies != false,  // 幼儿园62所，小学70所: not kindergartens
      s.ownUnit == nil || s.ownUnit == n.unit || (s.ownUnit == .percent && n.unit == .percentagePoints)
    {
      targets = [Subject(indicator: s.indicator, phrase: s.phrase, levels: levels.isEmpty ? s.levels : levels)]
    } else if pending.isEmpty, change == nil, !procedure, let head = spentAmountsIndicator(n) {
      targets = [head]
    } else if pending.isEmpty, subject == nil, let h = heading,
      case let itemLevels = levels.isEmpty ? itemLevels() : levels,
      !itemLevels.isEmpty, !qualified, !procedure, let ind = h.subject.indicator,
      n.unit.map({ Self.fits(ind, unit: $0, measure: $0 == .percent && change != nil ? .growthPercent : .value) })
        ?? false
    {
      // （1）全市幼儿园为2431.76元: the indicator of the heading (…生均一般公共预算教育经费增长情况是：), the item's level
      // (named at its start: 1.全幼儿园为8479.61,比上年的9468.70下降10.45% keeps 学前 past the comma).
      targets = [Subject(indicator: ind, phrase: h.subject.phrase, levels: itemLevels)]
      if year == nil, let y = h.year {
        year = y
        figureYear = priorYear(before: n)  // 上年X under a dated heading: the year before the heading's
      }
    } else if pending.isEmpty, subject == nil, let carried = subjectCarriedOver(n, at: t) {
      targets = [carried]
    } else if let own = ownSubject(n, start: start) {
      targets = [own]
    } else if keepUncatalogued, n.unit != nil, !qualified || pending.isEmpty,
      case let phrase = SubjectPhrase.nearest(text, tokens, before: t, sentenceStart: sentence.range.lowerBound),
      !phrase.isEmpty,
      catalog.resolve(phrase) == nil
    {
      // No catalog indicator: the report's own words name the figure (实际拨付288.52万元).
      targets = [Subject(indicator: nil, phrase: phrase, levels: levels, ownUnit: n.unit == .percent ? .percent : nil)]
    } else if group.count == 1, readShareNamedAfter(n) {
      return consumed  // 其中95.3%为国家财政性教育经费: the share of what is named after it
    } else if group.count == 1, readContinuedSeries(n) {
      return consumed  // 2020年则增长到850亿元和占比16.3%,2024年继续增长到1250亿元: the same figure, a later year
    } else {
      for m in group { ledger.leave(m, "no indicator named for it") }
      return consumed
    }
    if procedure && !isCompared && !namedMoney {
      for m in group { ledger.leave(m, "in a clause about a procedure (召开, 开展…)") }
      return consumed
    }
    if among && targets.allSatisfy({ $0.indicator?.id == subject?.indicator?.id && $0.phrase == subject?.phrase })
      && levels.isEmpty && !isCompared
    {
      for m in group { ledger.leave(m, "a part (其中) of the figure before") }
      return consumed  // 其中600万余元…: a part of the figure before
    }

    // Pair figures with indicators × levels.
    var slots: [(Subject, SchoolLevel?)] = []
    for s in targets {
      let ls = (s.indicator?.levelApplies ?? true) ? s.levels : []
      if ls.isEmpty { slots.append((s, nil)) } else { for l in ls { slots.append((s, l)) } }
    }
    // 整改率98.8%和…: a figure joined by 和 that has no indicator of its own is not part of the list.
    // (Not when the figures pair with a list of years: 2010年和2011年…分别为5.9%和6.34%.)
    let pairsWithYears = yearList.count > 1 && group.count == yearList.count && saysRespectively(before: t)
    if let a = firstAnd, slots.count != group.count, slots.count <= a, !pairsWithYears {
      group.removeSubrange(a...)
      signs.removeSubrange(a...)
      consumed = ends[a - 1] - t - 1
    }
    // 2002—2004年…分别为13595万元、13563万元、14020万元: one indicator, a figure per year.
    if yearList.count > 1, group.count == yearList.count, slots.count == 1, plan || saysRespectively(before: t) {
      // 教育支出中财政拨款的比例分别达到84.3%、80.9%: a catalog word whose unit does not fit
      // yields to the report's own phrase, once for the whole list.
      var slot = slots[0].0
      if let ind = slot.indicator, let u = n.unit,
        !Self.fits(ind, unit: u, measure: u == .percent && signs[0] != nil ? .growthPercent : .value),
        keepUncatalogued,
        case let phrase = SubjectPhrase.nearest(text, tokens, before: t, sentenceStart: sentence.range.lowerBound),
        phrase.unicodeScalars.count > ind.chinese.unicodeScalars.count / 2
      {
        slot = Subject(indicator: nil, phrase: phrase, levels: [], ownUnit: u == .percent ? .percent : nil)
      }
      for (i, m) in group.enumerated() {
        change = signs[i]
        figureYear = yearList[i]
        emit(slot, slots[0].1, m, measureOverride: measureOverride, isCompared: isCompared)
      }
      if let first = targets.first { subject = first }
      pending = []
      return consumed
    }
    // 居前三位的是北京市、陕西省、宁夏回族自治区,分别增加了X、Y、Z: one figure per place.
    if group.count > 1, slots.count == 1, saysRespectively(before: t), case let places = placesListed(before: t),
      places.count == group.count
    {
      for (i, m) in group.enumerated() {
        change = signs[i]
        let before = observations.count
        emit(slots[0].0, slots[0].1, m, measureOverride: measureOverride, isCompared: isCompared)
        if observations.count > before { observations[observations.count - 1].district = places[i] }
      }
      if let first = targets.first { subject = first }
      pending = []
      return consumed
    }
    let pairs: [(Subject, SchoolLevel?, NumberToken, Double?)]
    if group.count == 1 {
      pairs = slots.map { ($0.0, $0.1, n, signs[0]) }
    } else if slots.count == group.count {
      pairs = zip(slots, zip(group, signs)).map { ($0.0.0, $0.0.1, $0.1.0, $0.1.1) }
    } else if slots.count == 1, slots[0].0.indicator == nil, let names = SubjectPhrase.parallel(slots[0].0.phrase),
      names.count == group.count
    {
      // 政府保障和教育质量指标达标率分别为73.3%、100%: two indicators sharing one ending.
      pairs = zip(names, zip(group, signs)).map {
        (Subject(indicator: nil, phrase: $0.0, levels: [], ownUnit: $0.1.0.unit), slots[0].1, $0.1.0, $0.1.1)
      }
    } else {
      warnings.append("\(sourceFile):\(sentence.line): \(group.count) figures for \(slots.count) indicators; skipped")
      for m in group { ledger.leave(m, "\(group.count) figures for \(slots.count) indicators") }
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

  /// The unit of the first money figure after token `t` in the sentence.
  func moneyUnit(after t: Int) -> Unit? {
    for token in tokens[(t + 1)...] {
      if case .number(let m) = token.kind, let u = m.unit { return u.dimension == .money ? u : nil }
    }
    return nil
  }

  /// A count in a unit that usually counts procedures (处, 起) is the figure of a
  /// count indicator named right before it (排查安全隐患320处, 安全事故3起), or
  /// its change (较上年减少2起); never of anything else.
  func countsInProceduralUnit(_ start: Int) -> Bool {
    guard !procedure, parenDepth == 0, compare == nil, !SubjectPhrase.isQualifier(text, previousEnd, start) else {
      return false
    }
    if !pending.isEmpty { return pending.allSatisfy { $0.indicator?.dimension == .count } }
    return change != nil && subject?.indicator?.dimension == .count
  }

}
