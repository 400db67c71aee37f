/// The words of a sentence as the name of what a figure measures: where a phrase
/// begins and ends, which words only link it to its figure (为, 达到, 共计), which
/// only scope it (全县, 其中, 一是), and whether it ends like a rate (…率, …比例).
///
///     SubjectPhrase.trimmed(ScalarText("全县教育费附加收入为"), 0, 10)  // "教育费附加收入"
enum SubjectPhrase {

  /// Function words allowed between an indicator and its figure (为, 达到, 共计, 仅为…).
  private static let linking: Set<UInt32> = Set("为达到是共有计总合累约近超过逾的仅只已现均都了占即预算按从由".foldedScalars)

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

  /// 增长比例 / 增长率 / 增幅: the words between a change word and its figure only name the rate
  /// (…增长比例低于财政经常性收入增长比例0.84个百分点), they do not qualify the figure.
  static func isRateWord(_ text: ScalarText, _ a: Int, _ b: Int) -> Bool {
    guard a < b, b - a <= 3 else { return false }
    let words = Array(text.folded[a..<b])
    return rateWords.contains(words)
  }
  private static let rateWords: Set<[UInt32]> = Set(["比例", "的比例", "率", "幅度", "速度"].map(\.foldedScalars))

  private static let leadingWords: [[UInt32]] = [
    "全县", "全区", "全市", "全省", "我县", "我区", "我市", "其中", "并且", "同时", "并", "且", "各区县", "各县区", "各县市", "各区", "各县", "各市", "各地",
    "各", "一季度", "二季度", "三季度",
    "四季度", "上半年", "下半年",
    // 一是…二是…: the enumeration of a paragraph, not part of an indicator's name.
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
  ].map(\.foldedScalars)
  private static let trailing: Set<UInt32> = Set("为达到是约近超过逾的仅有只已现均都共计总合累从由".foldedScalars)
  private static let punctuation: Set<UInt32> = Set(" \t\n\r“”\"'‘’「」".foldedScalars)

  /// The words from `a` to `b`, without scope words before or linking words after.
  static func trimmed(_ text: ScalarText, _ a: Int, _ b: Int) -> String {
    guard a < b else { return "" }
    let s = text.folded
    var lo = a, hi = b
    while hi > lo, trailing.contains(s[hi - 1]) || punctuation.contains(s[hi - 1]) { hi -= 1 }
    // 二、全省…比例: an item number is never part of a name.
    lo = afterItemNumber(s, lo, hi)
    var changed = true
    while changed {
      changed = false
      while lo < hi, punctuation.contains(s[lo]) {
        lo += 1
        changed = true
      }
      for w in leadingWords where hi - lo >= w.count && text.has(w, at: lo) {
        lo += w.count
        changed = true
      }
    }
    guard lo < hi else { return "" }
    // 全县教育 / 公用经费: a name wrapped over lines is one name.
    if (lo..<hi).contains(where: { s[$0] == 0x0A || s[$0] == 0x0D }) {
      return text.string(lo..<hi).split(whereSeparator: \.isNewline).joined()
    }
    return text.string(lo..<hi)
  }

  /// "A和B…率" with heads of equal length: [A…率, B…率] (政府保障和教育质量指标达标率 →
  /// 政府保障指标达标率, 教育质量指标达标率). Nil when the phrase is not so built.
  static func parallel(_ phrase: String) -> [String]? {
    guard let sep = phrase.firstIndex(where: { "和与及".contains($0) }) else { return nil }
    let first = String(phrase[..<sep]), second = String(phrase[phrase.index(after: sep)...])
    guard !first.isEmpty, !endsLikeRate(first), endsLikeRate(second), second.count >= first.count + 2 else {
      return nil
    }
    return [first + second.dropFirst(first.count), second]
  }

  private static let rateEndings = ["率", "比例", "占比", "比重", "进度"]
  static let completionVerbs = ["开通", "覆盖", "达标", "配备", "建成", "普及", "完成", "配齐"]
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

  /// The report's own words for the figure at token `t`: the phrase from the last
  /// separator, figure, year or keyword before it, trimmed; at most `longest`
  /// scalars, taken from the end (the words nearest the figure name it).
  ///
  ///     全县教育费附加收入为3.2亿元 → 教育费附加收入
  static func nearest(_ text: ScalarText, _ tokens: [ReportToken], before t: Int, sentenceStart: Int, longest: Int = 16)
    -> String
  {
    guard case .number(let n) = tokens[t].kind else { return "" }
    var a = sentenceStart
    var b = n.range.lowerBound
    var j = t - 1
    while j >= 0 {
      switch tokens[j].kind {
      // Names and words that do not end a phrase (达到, 计划, 其中) stay in it.
      case .lexeme(.indicator), .lexeme(.level), .lexeme(.dual),
        .lexeme(.keyword(.reachTo)), .lexeme(.keyword(.target)), .lexeme(.keyword(.procedure)),
        .lexeme(.keyword(.among)),
        .lexeme(.keyword(.scope)), .lexeme(.keyword(.shared)):
        j -= 1
        continue
      // 教育总支出分别为42721万元、…: the words before 分别 name the list.
      case .lexeme(.keyword(.respectively)) where trimmed(text, tokens[j].range.upperBound, b).isEmpty:
        b = tokens[j].range.lowerBound
        j -= 1
        continue
      default: a = tokens[j].range.upperBound
      }
      break
    }
    a = afterItemNumber(text.folded, a, b)
    var phrase = trimmed(text, a, b)
    if phrase.unicodeScalars.count > longest {
      phrase = String(String.UnicodeScalarView(phrase.unicodeScalars.suffix(longest)))
      phrase = trimmed(ScalarText(phrase), 0, ScalarText(phrase).folded.count)
    }
    // Words that are not a name: digits or Latin letters only, or one character.
    guard phrase.unicodeScalars.count >= 2, phrase.unicodeScalars.contains(where: { isHan($0.value) }) else {
      return ""
    }
    // 在全国31个省、直辖市、自治区排在第5位: a place is where a figure stands, never what it measures.
    if scopeOnly.contains(phrase.hasPrefix("在") ? String(phrase.dropFirst()) : phrase) { return "" }
    return phrase
  }
  private static let scopeOnly: Set<String> = [
    "全国", "全省", "全市", "全县", "全区", "全州", "全盟", "全旗", "本省", "本市", "本县", "本区", "各地", "各省", "各市", "各县", "各区",
    "全省各地", "全国各地",
  ]

  /// Past an item number at `a` (（2）, 1., 三、, (4)) and the spaces around it.
  static func afterItemNumber(_ s: [UInt32], _ a: Int, _ b: Int) -> Int {
    var i = a
    while i < b, SentenceSplitter.isSpace(s[i]) { i += 1 }
    let start = i
    if i < b, s[i] == 0x28 { i += 1 }
    let digits = i
    while i < b, isDigit(s[i]) || ChineseNumber.isNumeral(s[i]) { i += 1 }
    guard i > digits, i < b, s[i] == 0x29 || s[i] == 0x2E || s[i] == 0x3001 else { return start }
    i += 1
    while i < b, SentenceSplitter.isSpace(s[i]) { i += 1 }
    return i
  }
}
