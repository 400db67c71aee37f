/// A percentage whose whole is named after it, with 为/是/用于 between:
///
///     2020年已突破20000亿元,其中95.3%为国家财政性教育经费
///     → 国家财政性教育经费占比 95.3 % (share)
///     基金45%用于教学发展计划,48%用于校舍兴建和重建
///     → 用于校舍兴建和重建占比 48 % (share)
///
/// Read only when nothing before the figure names it: the words after it are then
/// the only name it has.
extension SentenceReader {
  private static let links = ["用于", "为", "是"]

  mutating func readShareNamedAfter(_ n: NumberToken) -> Bool {
    guard keepUncatalogued, n.unit == .percent, !n.masked, change == nil, compare == nil, parenDepth == 0,
      let y = year ?? fallbackYear
    else { return false }
    let s = text.folded
    let end = sentence.range.upperBound
    var a = n.range.upperBound
    guard let link = Self.links.first(where: { text.has($0.foldedScalars, at: a) }) else { return false }
    a += link.count
    var b = a
    while b < end, b - a < 20, isHan(s[b]) { b += 1 }
    // Up to the clause's end, and a phrase of its own (not 为上年的…, 为全省第一).
    guard b - a >= 2, b == end || !isHan(s[b]) else { return false }
    let words = text.simplified(a..<b)
    guard !words.hasPrefix("上年"), !words.hasPrefix("全"), !words.contains("第") else { return false }
    let name = (link == "用于" ? "用于" : "") + words + "占比"
    record(name, catalogued: false, level: nil, measure: .share, n, year: y)
    return true
  }
}
