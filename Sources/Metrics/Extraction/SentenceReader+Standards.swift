/// Constructions that name their indicator after the figure: a per-student amount
/// written before the 公用经费 it is the standard of, in the same clause
/// (按650元/生/年的标准拨付学前教育生均公用经费, 按照小学不低于720元、初中不低于940元的标准…,
/// 按照寄宿生年生均300元标准增加公用经费补助).
extension SentenceReader {
  /// 按照寄宿生年生均300元标准增加公用经费补助: a per-boarder amount, in a clause that
  /// names 寄宿生 before it and a 公用经费 补助 after it, is the boarding top-up.
  func boardingSubsidyAhead(_ n: NumberToken, from k: Int) -> (Subject, NumberToken)? {
    // Checked on the scalars first: this runs for every amount in 元 of every report.
    let at = n.range.lowerBound
    // 年生均300元 (每生每年300元 is read as 元/生·年 by the scanner): per pupil and year.
    let perPupil =
      n.unit?.dimension == .moneyPerStudent || (n.unit == .yuan && at >= 2 && text.has(Self.perPupilWord, at: at - 2))
    guard perPupil, pending.isEmpty, parenDepth == 0, compare == nil, change == nil,
      (segmentStart..<at).contains(where: { text.has(Self.boarderWord, at: $0) }),
      let subsidy = catalog.indicator(id: "boarding_public_funds_subsidy")
    else { return nil }
    var end = sentence.range.upperBound
    for j in k..<tokens.count {
      if case .clauseSeparator = tokens[j].kind {
        end = tokens[j].range.lowerBound
        break
      }
    }
    guard
      (n.range.upperBound..<end).contains(where: {
        text.has(Self.publicFundsWord, at: $0) && text.has(Self.subsidyWord, at: $0 + Self.publicFundsWord.count)
      })
    else { return nil }
    return (Subject(indicator: subsidy, phrase: subsidy.chinese, levels: []), n.perPupilAndYear)
  }

  /// 按650元/生/年的标准拨付学前教育生均公用经费: a per-student amount written
  /// before the 公用经费 it is the standard of, in the same clause. Returns the
  /// standard (with the levels named on the way) and the index of the indicator's token.
  func standardAhead(_ n: NumberToken, from k: Int) -> (Subject, Int)? {
    guard n.unit?.dimension == .moneyPerStudent, n.perStudent, pending.isEmpty, parenDepth == 0,
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
          if found.isEmpty,
            (tokens[k - 1].range.upperBound..<tokens[j].range.lowerBound).contains(where: {
              text.has(Self.disabled, at: $0)
            })
          {
            found = [.special]
          }
          // Without a level the standard's scope is unknown (all levels? one school?): not forced.
          return found.isEmpty
            ? nil : (Subject(indicator: standard, phrase: text.string(tokens[j].range), levels: found), j)
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
  func levelledStandardsAhead(_ n: NumberToken, from k: Int) -> ([(Subject, SchoolLevel, NumberToken)], Int)? {
    guard n.unit == .yuan || n.unit?.dimension == .moneyPerStudent, levels.count == 1, pending.isEmpty, parenDepth == 0,
      let standard = catalog.indicator(id: "per_student_funding_standard")
    else { return nil }
    var figures: [(SchoolLevel, NumberToken)] = [(levels[0], n)]
    var named: [SchoolLevel] = []
    var lastEnd = n.range.upperBound
    func standards(_ phrase: String) -> [(Subject, SchoolLevel, NumberToken)] {
      figures.map { level, figure in
        (Subject(indicator: standard, phrase: phrase, levels: [level]), level, figure.perPupilAndYear)
      }
    }
    // 按照小学每生每年720元、初中每生每年940元的标准拨付公用经费: the funds named in plain
    // words (公用经费, not a catalog phrase) after 标准, at the end of the clause.
    func plainFunds(until end: Int) -> Bool {
      guard named.isEmpty, figures.count > 1 || n.unit?.dimension == .moneyPerStudent,
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

  static let standardWord: [UInt32] = "标准".foldedScalars
  static let publicFundsWord: [UInt32] = "公用经费".foldedScalars
  static let perPupilWord: [UInt32] = "生均".foldedScalars
  static let boarderWord: [UInt32] = "寄宿生".foldedScalars
  static let subsidyWord: [UInt32] = "补助".foldedScalars

  /// 残疾学生, 残疾儿童: the pupils of special education, when the text names no level.
  static let disabled: [UInt32] = "残疾".foldedScalars
}
