/// A sentence that names an indicator and opens items keyed by level, without a
/// figure of its own:
///
///     2021年全县幼儿园、普通小学、初中生均一般公共预算教育经费增长情况是：
///     1.全县幼儿园为2299.11元，比上年增长5.2%。
///
/// The items name a level and a figure; the indicator (and the year) come from here.
struct Heading: Sendable {
  var subject: Subject
  var year: Int?

  /// The heading a figure-less sentence opens: it ends with ： (or 如下, …情况, before a
  /// full stop or not) and names an indicator.
  static func opened(by tokens: [ReportToken], _ text: ScalarText, sentence: Sentence, year: Int?) -> Heading? {
    let s = text.folded
    var end = sentence.range.upperBound
    // 2.各类学校生均一般公共预算教育经费增长情况。: a heading line may end with a full stop.
    while end > sentence.range.lowerBound, SentenceSplitter.isSpace(s[end - 1]) || s[end - 1] == 0x3002 { end -= 1 }
    guard end > sentence.range.lowerBound else { return nil }
    let colon = s[end - 1] == 0xFF1A || s[end - 1] == 0x3A
    guard
      colon
        || endings.contains(where: { end - $0.count >= sentence.range.lowerBound && text.has($0, at: end - $0.count) })
    else { return nil }
    for token in tokens.reversed() {
      if case .lexeme(.indicator(let ind)) = token.kind, ind.levelApplies {
        return Heading(subject: Subject(indicator: ind, phrase: text.string(token.range), levels: []), year: year)
      }
    }
    return nil
  }

  /// 一）各级教育生均一般公共预算教育经费增长情况: a heading line without a colon.
  private static let endings: [[UInt32]] = ["如下", "情况", "情况是", "情况为", "情况如下"].map(\.foldedScalars)

  /// The years of a span as written (2002—2004年 → [2002, 2003, 2004]); [] when it is not
  /// two years in order, at most twenty apart.
  static func span(_ written: String, last: Int) -> [Int] {
    var years: [Int] = []
    var digits = 0, value = 0
    for u in written.unicodeScalars {
      if ("0"..."9").contains(u) {
        value = value * 10 + Int(u.value - 0x30)
        digits += 1
      } else {
        if digits == 4 { years.append(value) }
        digits = 0
        value = 0
      }
    }
    if digits == 4 { years.append(value) }
    guard years.count == 2, years[0] < years[1], years[1] - years[0] <= 20 else { return [] }
    return Array(years[0]...years[1])
  }
}
