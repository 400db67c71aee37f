/// The five requirements a 履行教育职责 evaluation checks first, with their sources.
///
/// Each source was checked against a published text before it was cited here
/// (2026-12-03): the document or law and its number as printed. Amounts of the
/// 生均公用经费基准定额 are those of 国发〔2015〕67号 as announced for 2016 by the
/// Ministry of Finance and repeated in local government notices; later national
/// increases are not built in because no published text of them was confirmed —
/// a province adds the amounts it applies through `--rules` (see ``DutyRule``).
///
/// What was confirmed, and how far:
/// - 国办发〔2018〕82号: the document and its subject (教育经费使用效益); the two
///   只增不减 are attributed to it by the pages found, not read in its own text.
/// - 教师法第二十五条 (不低于或者高于国家公务员的平均工资水平) and 义务教育法第三十一条
///   (不低于当地公务员的平均工资水平): the wording of the articles.
/// - 国发〔2015〕67号: the 2016 基准定额 (中西部 600/800, 东部 650/850 元), 6000 元 for
///   special education, and the 200 元 boarding top-up, as the Ministry of Finance
///   announced them and local governments apply them.
/// - 教育法第五十五条: the article as the Liaoning finance department cites it (2020);
///   whether the 2021 amendment renumbered it was not settled.
extension DutyRule {
  /// 《国务院办公厅关于进一步调整优化结构提高教育经费使用效益的意见》.
  public static let twoNoDecreaseSource = "《国务院办公厅关于进一步调整优化结构提高教育经费使用效益的意见》（国办发〔2018〕82号）"
  public static let baselineSource = "《国务院关于进一步完善城乡义务教育经费保障机制的通知》（国发〔2015〕67号）"

  /// Claims of 两个只增不减 cover R1 and R2; a heading (“两个只增不减”落实情况) claims nothing.
  static let bothNoDecrease = ClaimPattern(all: ["两个只增不减"], none: ["落实情况"])

  public static let standard: [DutyRule] = [
    DutyRule(
      id: "R1", requirement: "一般公共预算教育支出逐年只增不减", source: twoNoDecreaseSource,
      test: .notFalling, indicator: "education_expenditure",
      claims: [bothNoDecrease, ClaimPattern(all: ["只增不减"], any: ["教育经费", "教育支出"], none: ["生均", "两个", "落实情况"])]),
    DutyRule(
      id: "R2", requirement: "按在校学生人数平均的一般公共预算教育支出逐年只增不减（分学段）", source: twoNoDecreaseSource,
      test: .notFallingPerLevel, indicator: "per_student_expenditure",
      claims: [bothNoDecrease, ClaimPattern(all: ["生均", "只增不减"], none: ["两个", "落实情况"])]),
    DutyRule(
      id: "R3", requirement: "义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平",
      source: "《中华人民共和国教师法》第二十五条；《中华人民共和国义务教育法》第三十一条",
      test: .notBelow, indicator: "teacher_salary", reference: "civil_servant_salary", difference: "teacher_pay_gap",
      claims: [ClaimPattern(all: ["教师", "公务员"], any: ["不低于", "高于", "高出", "超过"])]),
    DutyRule(
      id: "R4", requirement: "生均公用经费不低于国家基准定额和省定标准", source: baselineSource,
      test: .notBelowStandard, indicator: "per_student_public_funds", standardIndicator: "per_student_funding_standard",
      baselines: [
        DutyBaseline(
          indicator: "per_student_funding_standard", level: .primary, from: 2016, amount: 600, region: "中西部",
          source: baselineSource),
        DutyBaseline(
          indicator: "per_student_funding_standard", level: .primary, from: 2016, amount: 650, region: "东部",
          source: baselineSource),
        DutyBaseline(
          indicator: "per_student_funding_standard", level: .juniorSecondary, from: 2016, amount: 800, region: "中西部",
          source: baselineSource),
        DutyBaseline(
          indicator: "per_student_funding_standard", level: .juniorSecondary, from: 2016, amount: 850, region: "东部",
          source: baselineSource),
        DutyBaseline(
          indicator: "per_student_funding_standard", level: .special, from: 2016, amount: 6000, source: baselineSource),
        DutyBaseline(
          indicator: "boarding_public_funds_subsidy", level: nil, from: 2016, amount: 200, source: baselineSource),
      ],
      claims: [ClaimPattern(all: ["公用经费", "标准"], any: ["不低于", "高于", "达到", "超过"])]),
    DutyRule(
      id: "R5", requirement: "教育财政拨款的增长高于财政经常性收入的增长", source: "《中华人民共和国教育法》第五十五条",
      test: .growthAbove, indicator: "education_expenditure", reference: "财政经常性收入",
      difference: "education_growth_over_revenue",
      claims: [ClaimPattern(all: ["经常性收入"], any: ["高于"])]),
  ]

  /// The built-in rules with `extra` added; an extra rule with a built-in id replaces it.
  public static func standard(adding extra: [DutyRule]) -> [DutyRule] {
    var rules = standard
    for r in extra {
      if let i = rules.firstIndex(where: { $0.id == r.id }) { rules[i] = r } else { rules.append(r) }
    }
    return rules
  }
}
