/// One meaningful piece of a sentence: a catalog phrase, a level, a keyword, a
/// year, a number, or punctuation that separates list items or clauses.
struct ReportToken: Sendable {
  enum Kind: Sendable {
    case lexeme(Lexeme)
    case year(YearMention)
    case number(NumberToken)
    /// 、 between list items.
    case listSeparator
    /// ， ： , : between clauses.
    case clauseSeparator
    case openParen, closeParen
  }
  var kind: Kind
  var range: Range<Int>
}

/// Cuts a sentence into ``ReportToken``s in one left-to-right pass: at each
/// position the longest lexicon phrase wins, then a year, then a number; other
/// text is left between tokens as free text. Document titles in 《》 are skipped
/// whole: their years and numbers name documents, not data.
///
///     2022年一般公共预算教育支出14.13亿元、增长4.49%
///     → year(2022) · indicator(一般公共预算教育支出) · number(1.413e9 元) · 、 · change(+) · number(4.49 %)
struct SentenceTokenizer: Sendable {
  let lexicon: ReportLexicon

  func tokens(_ text: ScalarText, _ sentence: Sentence) -> [ReportToken] {
    let s = text.folded
    let end = sentence.range.upperBound
    var out: [ReportToken] = []
    out.reserveCapacity(16)
    var i = sentence.range.lowerBound
    if sentence.startsItem { i = skipItemNumber(s, i, end) }
    var titleDepth = 0
    while i < end {
      let c = s[i]
      if c == 0x300A || c == 0x3008 {
        titleDepth += 1
        i += 1
        continue
      }  // 《 〈
      if c == 0x300B || c == 0x3009 {
        titleDepth = max(0, titleDepth - 1)
        i += 1
        continue
      }
      if titleDepth > 0 {
        i += 1
        continue
      }
      switch c {
      case 0x3001:
        out.append(ReportToken(kind: .listSeparator, range: i..<(i + 1)))
        i += 1
        continue
      case 0x3A
      where i > sentence.range.lowerBound && s[i - 1] == 0x4E3A && i + 1 < end && (0x30...0x39).contains(s[i + 1]):
        // 增幅分别为：8.93%、4.56%: the colon after 为 introduces its figures; the clause goes on.
        i += 1
        continue
      case 0x2C, 0x3A:
        out.append(ReportToken(kind: .clauseSeparator, range: i..<(i + 1)))
        i += 1
        continue
      case 0x28:
        out.append(ReportToken(kind: .openParen, range: i..<(i + 1)))
        i += 1
        continue
      case 0x29:
        out.append(ReportToken(kind: .closeParen, range: i..<(i + 1)))
        i += 1
        continue
      default: break
      }
      if isDigit(c) {
        if let y = YearContext.mention(in: s, at: i, end: end) {
          out.append(ReportToken(kind: .year(y), range: y.range))
          i = y.range.upperBound
          continue
        }
      }
      // 增265.15万元, 减3所: a bare 增/减 right before a figure is a change (增强, 减负 are not).
      if c == 0x589E || c == 0x51CF, i + 1 < end, isDigit(s[i + 1]) {
        out.append(ReportToken(kind: .lexeme(.keyword(.change(sign: c == 0x589E ? 1 : -1))), range: i..<(i + 1)))
        i += 1
        continue
      }
      if let m = lexicon.match(s, at: i, end: end) {
        // 在校学生人均实际支出: a count named before 人均 is the divisor of another figure, not the subject.
        if m.lexeme.countsPeople,
          i + m.length + 1 < end, s[i + m.length] == 0x4EBA, s[i + m.length + 1] == 0x5747
        {
          i += m.length
          continue
        }
        out.append(ReportToken(kind: .lexeme(m.lexeme), range: i..<(i + m.length)))
        i += m.length
        continue
      }
      if isDigit(c) || c == 0x2A || c == 0x78 || ChineseNumber.isNumeral(c) {
        let afterWordChar = i > sentence.range.lowerBound && isWordChar(s[i - 1])
        // 第5位, and 前三位 / 前5名 (the top three: a rank, not three people).
        let ordinal =
          i > sentence.range.lowerBound
          && (s[i - 1] == 0x7B2C
            || (s[i - 1] == 0x524D && i + 1 < end && (s[i + 1] == 0x4F4D || s[i + 1] == 0x540D)))
        if !afterWordChar && !ordinal, let n = NumberScanner.scan(s, at: i, end: end) {
          out.append(ReportToken(kind: .number(n), range: n.range))
          i = n.range.upperBound
          continue
        }
        // Skip the rest of a run of digits so that 2035 is not read again as 035.
        if isDigit(c) || c == 0x2A {
          while i < end, isDigit(s[i]) || s[i] == 0x2A || s[i] == 0x2E { i += 1 }
          continue
        }
      }
      i += 1
    }
    return out
  }

  /// ASCII letters and digits: a number glued to them is part of a code (G20, 5G).
  @inline(__always) private func isWordChar(_ c: UInt32) -> Bool {
    (c >= 0x61 && c <= 0x7A) || isDigit(c) || c == 0x2E
  }

  /// Moves past 一、 （二） 3． (4) at the start of a numbered item.
  private func skipItemNumber(_ s: [UInt32], _ start: Int, _ end: Int) -> Int {
    var i = start
    if s[i] == 0x28 { i += 1 }
    while i < end, isDigit(s[i]) || ChineseNumber.isNumeral(s[i]) { i += 1 }
    if i < end, s[i] == 0x29 || s[i] == 0x2E || s[i] == 0x3001 { i += 1 }
    return i
  }
}
