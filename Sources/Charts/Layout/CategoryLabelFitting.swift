/// A category name made to fit its space: one line, else two lines, else shortened by
/// ``CategoryName/shortened(_:)``, else truncated with "…" (never clipped or overlapping).
///
/// ```swift
/// try CategoryLabel.fit("酉阳土家族苗族自治县", font: f, width: 40, maxLines: 2, labeler: l)
/// // lines ["酉阳土家族", "苗族自治县"]
/// ```
struct CategoryLabel {
  var name: String
  var lines: [String]
  /// Set when the shortening rule was applied.
  var shortened: String?
  var truncated: Bool
  var width: Double

  static func fit(
    _ name: String, font: FontSpec, width: Double, maxLines: Int, labeler: Labeler, allowTruncation: Bool = true
  ) throws -> CategoryLabel? {
    let m = labeler.measurer
    func attempt(_ text: String) throws -> [String]? {
      let lines = try TextWrapping.wrap(text, font: font, width: width, measurer: m)
      guard lines.count <= maxLines else { return nil }
      // "沙坪坝 / 区" keeps the place name whole; otherwise break in the middle.
      if lines.count == 2, let last = text.last, "区县市旗镇乡".contains(last),
        try labeler.width(String(text.dropLast()), font) <= width
      {
        return [String(text.dropLast()), String(last)]
      }
      return lines.count > 1 ? try balanced(text, lines: lines.count) : lines
    }
    // The narrowest width giving the same number of lines, so a name breaks in the
    // middle ("秀山土家族 / 苗族自治县") rather than leaving a stub on the last line.
    func balanced(_ text: String, lines count: Int) throws -> [String] {
      var lo = try labeler.width(text, font) / Double(count) - 0.01, hi = width
      for _ in 0..<12 {
        let mid = (lo + hi) / 2
        if try TextWrapping.wrap(text, font: font, width: mid, measurer: m).count <= count {
          hi = mid
        } else {
          lo = mid
        }
      }
      return try TextWrapping.wrap(text, font: font, width: hi, measurer: m)
    }
    func measured(_ lines: [String], shortened: String?, truncated: Bool) throws -> CategoryLabel {
      let w = try lines.map { try labeler.width($0, font) }.max() ?? 0
      return CategoryLabel(name: name, lines: lines, shortened: shortened, truncated: truncated, width: w)
    }
    if try labeler.width(name, font) <= width { return try measured([name], shortened: nil, truncated: false) }
    if maxLines >= 2, let lines = try attempt(name) { return try measured(lines, shortened: nil, truncated: false) }
    if let short = CategoryName.shortened(name), let lines = try attempt(short) {
      return try measured(lines, shortened: short, truncated: false)
    }
    guard allowTruncation else { return nil }
    let text = CategoryName.shortened(name) ?? name
    var lines = try TextWrapping.wrap(text, font: font, width: width, measurer: m)
    if lines.count > maxLines {
      lines = Array(lines.prefix(maxLines))
      lines[maxLines - 1] = try TextWrapping.truncate(lines[maxLines - 1] + "…", font: font, width: width, measurer: m)
      if !lines[maxLines - 1].hasSuffix("…") { lines[maxLines - 1] += "…" }
    }
    return try measured(lines, shortened: nil, truncated: true)
  }

  /// The note that states the shortening rule and names the shortened districts.
  static func note(for labels: [CategoryLabel]) -> String? {
    let pairs = labels.compactMap { l in l.shortened.map { "\($0)＝\(l.name)" } }
    guard !pairs.isEmpty else { return nil }
    var seen = Set<String>()
    let unique = pairs.filter { seen.insert($0).inserted }
    return "注：" + CategoryName.ruleNote + "：" + unique.joined(separator: "，") + "。"
  }
}
