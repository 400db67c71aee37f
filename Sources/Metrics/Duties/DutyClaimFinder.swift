/// Finds the sentences of a report that claim a requirement is met.
///
///     let finder = DutyClaimFinder(rules: DutyRule.standard)
///     finder.claims(in: ReportText(text: "大足区人民政府\n2021年…\n生均一般公共预算教育经费只增不减。", sourceFile: "a.txt"),
///                   district: "大足区", reportYear: 2021)
///     // [DutyClaim(rule: "R2", year: 2021, …)]
///
/// It reuses the extractor's sentence splitter and year reading, so a claim's
/// file:line is the line its figures are cited with. Sentences are skipped where
/// they cannot be a claim:
/// - under a top-level heading about problems or plans (二、存在的问题和下一步工作打算,
///   四、整改措施及下步工作思路): 落实“两个只增不减” there is a promise, not a claim;
/// - where the words are negated (未达到, 达不到, 尚未) or state a rule rather than a
///   result (应当不低于, 应分别不低于: a standard being set, not met).
public struct DutyClaimFinder: Sendable {
  public var rules: [DutyRule]

  public init(rules: [DutyRule] = DutyRule.standard) {
    self.rules = rules
  }

  /// Words of a heading that opens a section of problems or plans.
  static let planHeadings = ["问题", "整改", "下一步", "下步", "打算", "思路", "改进措施", "工作计划"]
  /// Words that negate a claim anywhere in its sentence, or make it a rule being set.
  static let negations = ["未达到", "达不到", "没有达到", "尚未", "不达标", "未能", "应当", "应不低于", "应分别", "应达到", "应高于"]

  public func claims(in report: ReportText, district: String, reportYear: Int?) -> [DutyClaim] {
    let text = ScalarText(report.text)
    let s = text.folded
    var out: [DutyClaim] = []
    var inPlan = false
    for sentence in SentenceSplitter.split(text) {
      let words = text.string(sentence.range)
      if Self.isTopLevelHeading(s, sentence) {
        inPlan = Self.planHeadings.contains { words.contains($0) }
      }
      if inPlan || Self.negations.contains(where: { words.contains($0) }) { continue }
      guard let year = Self.dataYear(s, sentence) ?? reportYear else { continue }
      for rule in rules {
        guard let hit = rule.claims.lazy.compactMap({ $0.match(words) }).first else { continue }
        out.append(
          DutyClaim(
            district: district, year: year, rule: rule.id, levels: Self.levels(in: words), words: hit,
            provenance: Provenance(sourceFile: report.sourceFile, sourceText: words, line: sentence.line)))
      }
    }
    return out
  }

  /// 一、 二、 at the start of a sentence that opens an item (not （一） nor 1.).
  static func isTopLevelHeading(_ s: [UInt32], _ sentence: Sentence) -> Bool {
    guard sentence.startsItem else { return false }
    var i = sentence.range.lowerBound
    while i < sentence.range.upperBound, ChineseNumber.isNumeral(s[i]) { i += 1 }
    return i > sentence.range.lowerBound && i < sentence.range.upperBound && s[i] == 0x3001  // 、
  }

  /// The first year in the sentence written as the year of its figures (2022年…), if any.
  static func dataYear(_ s: [UInt32], _ sentence: Sentence) -> Int? {
    var i = sentence.range.lowerBound
    while i < sentence.range.upperBound {
      if let m = YearContext.mention(in: s, at: i, end: sentence.range.upperBound) {
        if m.role == .data { return m.year }
        i = m.range.upperBound
        continue
      }
      i += 1
    }
    return nil
  }

  /// The school levels a claim names (小学、初中生均公用经费高于市级标准); none named: all.
  static func levels(in words: String) -> [SchoolLevel] {
    var found: [SchoolLevel] = []
    var rest = words
    // 中小学 is primary and junior together, not 小学 alone.
    if rest.contains("中小学") {
      found = [.primary, .juniorSecondary]
      rest = rest.replacingOccurrences(of: "中小学", with: "")
    }
    for (alias, level) in SchoolLevel.aliases where alias.unicodeScalars.allSatisfy({ $0.value > 0x7F }) {
      if rest.contains(alias) {
        if !found.contains(level) { found.append(level) }
        rest = rest.replacingOccurrences(of: alias, with: "")
      }
    }
    return found
  }
}
