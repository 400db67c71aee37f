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

  /// A year starting at `i` (four digits 1990–2099 followed by 年 or by a range to another year).
  static func mention(in s: [UInt32], at i: Int, end: Int) -> YearMention? {
    guard i + 4 < end, (0..<4).allSatisfy({ isDigit(s[i + $0]) }), !(i > 0 && isDigit(s[i - 1])),
      !(isDigit(s[i + 4]))
    else { return nil }
    let year = (0..<4).reduce(0) { $0 * 10 + Int(s[i + $1] - 0x30) }
    guard (1990...2099).contains(year) else { return nil }
    var j = i + 4
    // 2023-2025年, 2021－2025, 2026至2033年
    if [0x2D, 0x2014, 0x2013, 0x7E, 0x81F3].contains(s[j]), j + 5 <= end, (1...4).allSatisfy({ isDigit(s[j + $0]) }) {
      j += 5
      if j < end, s[j] == nian { j += 1 }
      return YearMention(year: year, role: .range, range: i..<j)
    }
    guard s[j] == nian else { return nil }
    j += 1
    if j < end, s[j] == 0x7EA7 { return nil }  // 年级: a grade, not a year
    var role = YearMention.Role.data
    var from = i
    // 2021及2022年, 2021、2022年: a list of years shares one 年; neither is the figure's own year.
    if i >= 5, [0x53CA, 0x548C, 0x3001].contains(s[i - 1]), (2...5).allSatisfy({ isDigit(s[i - $0]) }) {
      return YearMention(year: year, role: .range, range: i..<j)
    }
    // The marker belongs to the mention: 比2020年 is one token, not a qualifier plus a year.
    for m in baseMarkers where i >= m.count && Array(s[(i - m.count)..<i]) == m { role = .base; from = min(from, i - m.count) }
    // 比上年 is handled by the extractor; here: 2021年9月 / 2024年2月 are dates.
    var k = j
    while k < end, isDigit(s[k]) { k += 1 }
    if k > j, k < end, s[k] == 0x6708 { role = role == .base ? .base : .date }  // 月
    return YearMention(year: year, role: role, range: from..<j)
  }

  /// The year a report covers: the first year in its title lines outside
  /// 《》, else the first inside them, else the year before the date it was signed.
  ///
  ///     重庆市沙坪坝区人民政府2022年履行教育职责情况自查自评报告   → 2022
  ///     关于2022年以来县政府履行教育职责情况的自评报告            → 2022
  static func reportYear(_ text: ScalarText, sentences: [Sentence]) -> Int? {
    let s = text.folded
    var lines: [Int] = []  // the first four lines with text: the title and letterhead
    for sentence in sentences where !lines.contains(sentence.line) {
      if lines.count == 4 { break }
      lines.append(sentence.line)
    }
    var inside: Int? = nil
    var depth = 0
    for sentence in sentences where lines.contains(sentence.line) {
      var i = sentence.range.lowerBound
      while i < sentence.range.upperBound {
        let c = s[i]
        if c == 0x300A || c == 0x3008 { depth += 1 } else if (c == 0x300B || c == 0x3009) && depth > 0 { depth -= 1 }
        if let m = mention(in: s, at: i, end: sentence.range.upperBound), m.role == .data || m.role == .range {
          if depth == 0 { return m.year }
          if inside == nil { inside = m.year }
          i = m.range.upperBound
          continue
        }
        i += 1
      }
      depth = 0
    }
    if let inside { return inside }
    // The signature date (2023年10月31日), last one in the file: the report speaks of the year before.
    for sentence in sentences.reversed() {
      var i = sentence.range.lowerBound
      while i < sentence.range.upperBound {
        if let m = mention(in: s, at: i, end: sentence.range.upperBound), m.role == .date { return m.year - 1 }
        i += 1
      }
    }
    return nil
  }
}
