/// A year written in a report (2022年), and how it is used.
struct YearMention: Sendable {
  enum Role: Sendable { case data, base, date, range }
  var year: Int
  var role: Role
  var range: Range<Int>
}

/// Finds years in report text and the year a report is about.
///
///     YearContext.mention(in: "比2020年增加".foldedScalars, at: 1, end: 7)?.role  // .base
///     YearContext.mention(in: "2021年9月".foldedScalars, at: 0, end: 7)?.role     // .date
///
/// A data year is written before its figure (2022年一般公共预算教育支出…). 比/较/同比
/// before a year make it the base of a comparison; a month after it makes it a
/// date (an event, not a period); 2023-2025年 is a planning period.
enum YearContext {
  private static let nian: UInt32 = 0x5E74  // 年
  private static let baseMarkers: [[UInt32]] = ["比", "较", "同比", "相比", "与", "对比"].map(\.foldedScalars)

  private static let comparisonAfter: [[UInt32]] = ["相比", "相较", "比较"].map(\.foldedScalars)
  private static func followedByComparison(_ s: [UInt32], _ j: Int, _ end: Int) -> Bool {
    comparisonAfter.contains { w in j + w.count <= end && Array(s[j..<(j + w.count)]) == w }
  }

  /// A year starting at `i` (four digits 1990–2099 followed by 年 or by a range to another year).
  static func mention(in s: [UInt32], at i: Int, end: Int) -> YearMention? {
    guard i + 4 < end, (0..<4).allSatisfy({ isDigit(s[i + $0]) }), !(i > 0 && isDigit(s[i - 1])),
      !(isDigit(s[i + 4]))
    else { return nil }
    let year = (0..<4).reduce(0) { $0 * 10 + Int(s[i + $1] - 0x30) }
    guard (1990...2099).contains(year) else { return nil }
    var j = i + 4
    // 2023-2025年, 2021－2025, 2026至2033年
    // (an index number such as 113706000042604590/2023-08055 is not a span: the second
    // year is four digits alone, after the first.)
    if [0x2D, 0x2014, 0x2013, 0x7E, 0x81F3].contains(s[j]), j + 5 <= end, (1...4).allSatisfy({ isDigit(s[j + $0]) }),
      !(j + 5 < end && isDigit(s[j + 5])),
      case let last = (1...4).reduce(0, { $0 * 10 + Int(s[j + $1] - 0x30) }), last > year, last - year <= 30
    {
      j += 5
      if j < end, s[j] == nian { j += 1 }
      return YearMention(year: year, role: .range, range: i..<j)
    }
    // 2021 年: text out of PDFs puts a space between the digits and 年.
    if s[j] == 0x20, j + 1 < end, s[j + 1] == nian { j += 1 }
    guard s[j] == nian else { return nil }
    j += 1
    // 2006年至2008年 / 2006年到2008年 / 2006年—2008年: a span written with 年 on both years.
    if j + 5 < end, [0x81F3, 0x5230, 0x2D, 0x2014, 0x2013, 0x7E].contains(s[j]),
      (1...4).allSatisfy({ isDigit(s[j + $0]) }), s[j + 5] == nian,
      case let last = (1...4).reduce(0, { $0 * 10 + Int(s[j + $1] - 0x30) }), last > year, last - year <= 30
    {
      return YearMention(year: year, role: .range, range: i..<(j + 6))
    }
    if j < end, s[j] == 0x7EA7 { return nil }  // 年级: a grade, not a year
    if j < end, s[j] == 0x5EA6 { j += 1 }  // 2024年度: the 度 belongs to the year, not to the words after it
    var role = YearMention.Role.data
    // 2023年度相比 / 2023年相比 (a 与 dropped by the writer): the base of a comparison.
    if followedByComparison(s, j, end) { role = .base }
    var from = i
    // 2021及2022年, 2021、2022年: a list of years shares one 年; neither is the figure's own year.
    if i >= 5, [0x53CA, 0x548C, 0x3001].contains(s[i - 1]), (2...5).allSatisfy({ isDigit(s[i - $0]) }) {
      return YearMention(year: year, role: .range, range: i..<j)
    }
    // The marker belongs to the mention: 比2020年 is one token, not a qualifier plus a year.
    for m in baseMarkers where i >= m.count && Array(s[(i - m.count)..<i]) == m {
      role = .base
      from = min(from, i - m.count)
    }
    // 比上年 is handled by the extractor; here: 2021年9月 / 2024年2月 are dates.
    var k = j
    if k < end, s[k] == 0x20 { k += 1 }
    let monthStart = k
    while k < end, isDigit(s[k]) { k += 1 }
    let monthEnd = k
    if k < end, s[k] == 0x20 { k += 1 }
    if monthEnd > monthStart, k < end, s[k] == 0x6708 { role = role == .base ? .base : .date }  // 月
    return YearMention(year: year, role: role, range: from..<j)
  }

  /// The year a report covers, from the whole document: the first year in its
  /// title lines outside 《》, else the first inside them, else one in a short
  /// title-like line further down (web pages put menus first), else the year before the date it
  /// was signed or published (a report dated 2023 speaks of 2022), else the data year the
  /// text names most.
  ///
  ///     重庆市沙坪坝区人民政府2022年履行教育职责情况自查自评报告   → 2022
  ///     关于2022年以来县政府履行教育职责情况的自评报告            → 2022
  ///     …统计公告 (no year) … 2024年1月2日                     → 2023
  static func reportYear(_ text: ScalarText, sentences: [Sentence]) -> Int? {
    let s = text.folded
    var lines: [Int] = []  // the first lines with text: the title and letterhead
    var figureLines: Set<Int> = []
    for sentence in sentences {
      if !lines.contains(sentence.line) {
        if lines.count == titleSearchLines { break }
        lines.append(sentence.line)
      }
      if text.statesFigure(in: sentence.range) { figureLines.insert(sentence.line) }
    }
    // The title: at most the first four lines, and none from the first that states a figure.
    let titleLines = Set(lines.prefix(4).prefix { !figureLines.contains($0) })
    var inside: Int? = nil
    var titleLike: Int? = nil
    var depth = 0
    for sentence in sentences where lines.contains(sentence.line) {
      let isTitle = titleLines.contains(sentence.line)
      if !isTitle, titleLike != nil { continue }
      if !isTitle, sentence.range.count > 60 || !titleWords.contains(where: { text.contains($0, in: sentence.range) }) {
        continue
      }
      var i = sentence.range.lowerBound
      while i < sentence.range.upperBound {
        let c = s[i]
        if c == 0x300A || c == 0x3008 { depth += 1 } else if (c == 0x300B || c == 0x3009) && depth > 0 { depth -= 1 }
        if let m = mention(in: s, at: i, end: sentence.range.upperBound), m.role == .data || m.role == .range {
          if depth == 0 {
            if isTitle { return m.year }
            if titleLike == nil { titleLike = m.year }
          } else if inside == nil, isTitle {
            inside = m.year
          }
          i = m.range.upperBound
          continue
        }
        i += 1
      }
      depth = 0
    }
    if let year = inside ?? titleLike { return year }
    // The signature date (2023年10月31日), last one in the file, or a publication
    // date line (发布时间：2024-01-02): a report speaks of the year before, unless
    // it says 今年 (a year's work summary dated in its December).
    let lag = text.contains(thisYear, in: 0..<text.count) ? 0 : 1
    for sentence in sentences.reversed() {
      var i = sentence.range.lowerBound
      while i < sentence.range.upperBound {
        if let m = mention(in: s, at: i, end: sentence.range.upperBound), m.role == .date { return m.year - lag }
        if let y = numericDate(s, at: i, end: sentence.range.upperBound) { return y - lag }
        i += 1
      }
    }
    // No title, no date: the data year the text names most (a news item: 2022年该县…).
    return mostNamedDataYear(s, sentences)
  }

  /// The data year written most often outside 《》; the later one on a tie.
  static func mostNamedDataYear(_ s: [UInt32], _ sentences: [Sentence]) -> Int? {
    var counts: [Int: Int] = [:]
    for sentence in sentences {
      var depth = 0
      var i = sentence.range.lowerBound
      while i < sentence.range.upperBound {
        let c = s[i]
        if c == 0x300A || c == 0x3008 { depth += 1 } else if (c == 0x300B || c == 0x3009) && depth > 0 { depth -= 1 }
        if depth == 0, isDigit(c), let m = mention(in: s, at: i, end: sentence.range.upperBound) {
          if m.role == .data { counts[m.year, default: 0] += 1 }
          i = m.range.upperBound
          continue
        }
        i += 1
      }
    }
    return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
  }
  private static let thisYear = "今年".foldedScalars

  /// How many lines from the top may hold the title (menus and bylines of a web page come first).
  private static let titleSearchLines = 12
  /// Words of a report's title, for a line below the letterhead.
  private static let titleWords = ["公告", "报告", "通报", "总结", "情况", "自评", "自查"].map(\.foldedScalars)

  /// The year of a date written with digits only: 2024-01-02, 2024/1/2, 2024.01.02.
  static func numericDate(_ s: [UInt32], at i: Int, end: Int) -> Int? {
    guard i + 8 <= end, (0..<4).allSatisfy({ isDigit(s[i + $0]) }), !(i > 0 && isDigit(s[i - 1])) else { return nil }
    let sep = s[i + 4]
    guard sep == 0x2D || sep == 0x2F || sep == 0x2E else { return nil }
    var j = i + 5
    let monthStart = j
    while j < end, isDigit(s[j]), j - monthStart < 2 { j += 1 }
    guard j > monthStart, j < end, s[j] == sep, j + 1 < end, isDigit(s[j + 1]) else { return nil }
    let month = s[monthStart..<j].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    let year = (0..<4).reduce(0) { $0 * 10 + Int(s[i + $1] - 0x30) }
    guard (1...12).contains(month), (1990...2099).contains(year) else { return nil }
    return year
  }
}
