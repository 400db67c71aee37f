/// Figures a report gives for another place, in brackets after the place's name:
///
///     全区幼儿园为4757.17元,比上年增长9.24%。增长最快的是防城港市(30.66%)。
///     → 防城港市 · 生均一般公共预算教育经费 · 学前 · growth_pct 30.66
///     …增长14.74%,增长最快的是额尔古纳市(79.11%)   ·   其中佛山市增长最快(31.22%)
///
/// The bracketed figure has the indicator, level, measure and year of the last figure
/// in the same unit before it (in the sentence, else the sentence before in the
/// paragraph) and the named place as its district. Without such a figure, or without
/// a place's name before the bracket, it stays a detail in parentheses.
extension SentenceReader {
  /// Words that end a place's short name as reports write it (鄂温克旗, 新右旗, 佛山市).
  private static let placeEnds = Set("市县区旗省州盟".foldedScalars)
  /// 是/为 (增长最快的是新右旗) and 于 (仅次于白石区(4.56%)): the words that lead to a place's short name.
  private static let placeLeads = Set("是为:于".foldedScalars)

  /// The place named right before the bracket that holds figure `t`, when the bracket
  /// holds nothing but the figure.
  func placeBeforeBracket(at t: Int) -> String? {
    guard let open = openParen(before: t), t + 1 < tokens.count, case .closeParen = tokens[t + 1].kind
    else { return nil }
    let paren = tokens[open].range.lowerBound
    // The lead: back to the clause's start (a comma, a list mark, the sentence's start).
    let leadStart = leadStart(beforeBracketAt: open + 1, stoppingAtKeywords: false)
    guard leadStart < paren else { return nil }
    let s = text.folded
    // The last gazetteer name in the lead (其中佛山市增长最快: not at the bracket).
    var i = paren - 1
    while i >= leadStart {
      if let length = Gazetteer.nameLength(endingAt: i, in: s, notBefore: leadStart), length >= 2 {
        let name = text.foldedString((i + 1 - length)..<(i + 1))
        // A province written before a city (广东省佛山市) is its address: the city is the place.
        if !Gazetteer.addressNames.contains(name) || i == paren - 1 || !Self.placeEnds.contains(s[paren - 1]) {
          return name
        }
      }
      i -= 1
    }
    // A district written without its suffix (崇明(3.93%)、奉贤(3.49%)和金山(2.96%)3个区):
    // the stem of one division, after a lead word, a list mark or the clause's start.
    if let name = divisionByStem(endingBefore: paren, from: leadStart) { return name }
    // A short name the gazetteer lacks (鄂温克旗, 新右旗) right after 是/为: 增长最快的是新右旗(21.56%).
    guard Self.placeEnds.contains(s[paren - 1]) else { return nil }
    var a = paren - 1
    while a > leadStart, isHan(s[a - 1]), !Self.placeLeads.contains(s[a - 1]) { a -= 1 }
    guard a > leadStart, Self.placeLeads.contains(s[a - 1]), (2...7).contains(paren - a) else { return nil }
    return text.foldedString(a..<paren)
  }

  /// The bracket that opens right before figure `t`: (30.66%) or, with the change word
  /// inside it, (增长31.22%) / (下降2.50%).
  func openParen(before t: Int) -> Int? {
    guard t >= 1 else { return nil }
    if case .openParen = tokens[t - 1].kind { return t - 1 }
    if t >= 2, case .lexeme(.keyword(.change)) = tokens[t - 1].kind, case .openParen = tokens[t - 2].kind {
      return t - 2
    }
    return nil
  }

  /// The division whose short name (奉贤 of 奉贤区) is the whole run of Han characters
  /// ending at `end`, led by 是/为/于/、/和/及 or the clause's start. A stem several
  /// divisions share is placed in the document's province, else not read.
  func divisionByStem(endingBefore end: Int, from leadStart: Int) -> String? {
    let s = text.folded
    var a = end
    while a > leadStart, isHan(s[a - 1]), !Self.stemLeads.contains(s[a - 1]), end - a < 5 { a -= 1 }
    guard (2...4).contains(end - a), a == leadStart || Self.stemLeads.contains(s[a - 1]) || !isHan(s[a - 1])
    else { return nil }
    let stem = Array(s[a..<end])
    var names: [String] = []
    for suffix in Self.stemSuffixes {
      if let (length, name) = Gazetteer.stemsBySuffix[suffix]?.longestMatch(in: stem, at: 0), length == stem.count {
        names.append(name)
      }
    }
    let candidates = names.flatMap { Gazetteer.divisions(named: $0) }
    if candidates.count == 1 { return candidates[0].name }
    // Several (朝阳区 of 北京 and of 长春): the one in the province the document speaks for.
    guard let home = documentDivision?.code else { return nil }
    let inProvince = candidates.filter { $0.code / 10_000 == home / 10_000 }
    return inProvince.count == 1 ? inProvince[0].name : nil
  }
  private static let stemLeads = Set("是为:于、和及与".foldedScalars)
  private static let stemSuffixes = "区县市旗".foldedScalars

  /// Reads figure `n` (at `t`, inside brackets after a place) as that place's figure of
  /// the last figure before it in the same unit; false when there is no such figure.
  mutating func readOtherPlace(_ n: NumberToken, at t: Int) -> Bool {
    guard let unit = n.unit, let place = placeBeforeBracket(at: t) else { return false }
    guard
      let model = observations.last(where: { $0.unit == unit && $0.district == district })
        ?? figureBefore.flatMap({ $0.unit == unit ? $0 : nil })
    else { return readPlaceOfNamedIndicator(n, place: place) }
    // (下降2.50%): the change word in the bracket gives the sign.
    var sign = 1.0
    if let open = openParen(before: t), open == t - 2, case .lexeme(.keyword(.change(let c))) = tokens[t - 1].kind {
      sign = c
    }
    record(
      model.indicator, catalogued: !model.flags.contains(.uncatalogued), level: model.level, measure: model.measure, n,
      year: model.year, sign: sign, reference: model.reference)
    observations[observations.count - 1].district = place
    return true
  }

  /// 各市…占公共财政支出比例，排在前五位的依次是：茂名市(28.29%)、汕头市(25.10%): no figure of
  /// the document's own to model on, but the sentence names the indicator, whose unit fits.
  mutating func readPlaceOfNamedIndicator(_ n: NumberToken, place: String) -> Bool {
    guard let unit = n.unit, let named = namedInSentence.last ?? subject, let ind = named.indicator,
      Self.fits(ind, unit: unit, measure: .value), let y = year ?? fallbackYear
    else { return false }
    record(
      ind.chinese, catalogued: true, level: named.levels.count == 1 ? named.levels[0] : nil, measure: .value, n, year: y
    )
    observations[observations.count - 1].district = place
    return true
  }

  /// Reads figure `n` (at `t`, alone in brackets right after 全省平均水平, 全市平均, 全国均值)
  /// as that reference's own figure of the last figure before it in the same unit:
  ///
  ///     小学生均…为12345.67元,高于全省平均水平(11000.50元) → 全省 · 11000.50
  ///
  /// The reference, as `ComparisonReference` spells it (全省, 全市, 全国), is its district.
  mutating func readReferenceInBracket(_ n: NumberToken, at t: Int) -> Bool {
    guard let unit = n.unit, t >= 1, case .openParen = tokens[t - 1].kind, t + 1 < tokens.count,
      case .closeParen = tokens[t + 1].kind
    else { return false }
    let paren = tokens[t - 1].range.lowerBound
    // The lead: back to the comparison word or the clause's start (高于|全省平均水平|(…)).
    let leadStart = leadStart(beforeBracketAt: t, stoppingAtKeywords: true)
    guard leadStart < paren else { return false }
    // 水準 is Hong Kong and Taiwan's 水平.
    let words = text.simplified(leadStart..<paren).replacingOccurrences(of: "水准", with: "水平")
    // Only an average or level of a whole region (全省平均水平), never a project or a thing.
    guard words.contains("平均") || words.contains("均值") || words.hasSuffix("水平"),
      let reference = ComparisonReference.normalise(words),
      Set(ComparisonReference.regions.values).contains(reference),
      let model = observations.last(where: { $0.unit == unit && $0.district == district })
        ?? figureBefore.flatMap({ $0.unit == unit ? $0 : nil })
    else { return false }
    record(
      model.indicator, catalogued: !model.flags.contains(.uncatalogued), level: model.level, measure: model.measure, n,
      year: model.year, reference: model.reference)
    observations[observations.count - 1].district = reference
    return true
  }
}

/// Places listed before a 分别 list of figures, one figure each:
///
///     增加额居前三位的是北京市、陕西省、宁夏回族自治区,分别增加了3252.15元、663.97元、642.14元
///     → 3252.15 for 北京市, 663.97 for 陕西省, 642.14 for 宁夏回族自治区
extension SentenceReader {
  /// The last run of gazetteer names joined by 、/和/及 before token `t` (two or more), as written.
  func placesListed(before t: Int) -> [String] {
    let s = text.folded
    var runs: [[String]] = []
    var current: [String] = []
    var lastEnd = -1
    var i = sentence.range.lowerBound
    let end = tokens[t].range.lowerBound
    while i < end {
      if let length = Gazetteer.nameLength(endingAt: i, in: s, notBefore: sentence.range.lowerBound), length >= 3 {
        let a = i + 1 - length
        let joined = lastEnd >= 0 && (a == lastEnd || (a == lastEnd + 1 && "、和及与".foldedScalars.contains(s[lastEnd])))
        if !joined, !current.isEmpty {
          runs.append(current)
          current = []
        }
        current.append(text.foldedString(a..<(i + 1)))
        lastEnd = i + 1
      }
      i += 1
    }
    if !current.isEmpty { runs.append(current) }
    return runs.last.map { $0.count >= 2 ? $0 : [] } ?? []
  }

  /// Where the words before the bracket around figure `t` begin: after the clause mark,
  /// bracket or figure before them (and a keyword such as 高于, when asked), else at the
  /// sentence's start.
  private func leadStart(beforeBracketAt t: Int, stoppingAtKeywords: Bool) -> Int {
    var j = t - 2
    while j >= 0 {
      switch tokens[j].kind {
      case .clauseSeparator, .listSeparator, .closeParen, .number: return tokens[j].range.upperBound
      case .lexeme(.keyword) where stoppingAtKeywords: return tokens[j].range.upperBound
      default: j -= 1
      }
    }
    return sentence.range.lowerBound
  }
}
