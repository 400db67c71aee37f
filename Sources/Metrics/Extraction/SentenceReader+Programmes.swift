/// 计划 ends the name of a programme as often as it announces a plan:
///
///     2013年的基金45%用于教学发展计划,48%用于校舍兴建和重建   (a programme: 48% is a share spent)
///     计划投入1.2亿元                                          (a plan: a target)
extension SentenceReader {
  /// 计划 as the end of a programme's name (教学发展计划, 学券计划), not a plan to come.
  func namesAPlan(_ token: ReportToken) -> Bool {
    guard text.simplified(token.range) == "计划", token.range.lowerBound >= 2 else { return false }
    let before = text.simplified((token.range.lowerBound - 2)..<token.range.lowerBound)
    return Self.programmeWords.contains(before)
  }

  /// Words that make 计划 the name of a programme (教学发展计划, 资助计划, 行动计划).
  static let programmeWords: Set<String> = [
    "发展", "教学", "资助", "学券", "工作", "行动", "培训", "招生", "奖励", "援助", "建设", "改善", "提升", "支援",
  ]
}

/// 比例均达到95%的目标: a figure followed by 的目标 is a target, though no target word comes before it.
extension SentenceReader {
  func namesATargetAfter(_ n: NumberToken) -> Bool {
    let end = min(n.range.upperBound + 3, sentence.range.upperBound)
    guard n.range.upperBound < end else { return false }
    return text.simplified(n.range.upperBound..<end).hasPrefix("的目标")
  }
}
