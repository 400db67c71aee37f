/// The indicators the self-evaluation reports speak of, as they word them.
///
/// Sources: the five seed reports in `shared/seeds` and the national evaluation
/// scheme for 履行教育职责. Aliases are whole spellings, never fragments, so
/// that similar words for different indicators stay apart.
extension IndicatorCatalog {
  public static let standardIndicators: [Indicator] = [
    // MARK: Finance
    Indicator(
      id: "education_expenditure", chinese: "一般公共预算教育支出", english: "General public budget expenditure on education",
      category: .finance, dimension: .money,
      aliases: [
        "一般公共预算教育经费", "公共财政教育支出", "财政教育支出", "教育经费支出", "教育支出",
        // Before 2015 the bulletins called it 公共财政(预算)教育经费.
        "公共财政教育经费", "公共财政预算教育经费",
      ], plausible: 1e6...1e12),
    // The share of the budget that goes to education: a rate of its own, so that
    // 一般公共预算教育支出占一般公共预算支出的比例为18.2% is never read as the expenditure.
    Indicator(
      id: "education_expenditure_share", chinese: "一般公共预算教育支出占一般公共预算支出比例",
      english: "Education as a share of general public budget expenditure", category: .finance, dimension: .percent,
      aliases: [
        "一般公共预算教育支出占一般公共预算支出的比例", "一般公共预算教育支出占一般公共预算支出的比重",
        "一般公共预算教育支出占一般公共预算支出比重", "教育支出占一般公共预算支出的比例", "教育支出占一般公共预算支出比例",
        "教育支出占一般公共预算支出的比重", "教育支出占财政支出的比例", "教育支出占财政支出比例",
        // The bulletins' own wording (一般公共预算教育经费 is the expenditure's alias above).
        "一般公共预算教育经费占一般公共预算支出的比例", "一般公共预算教育经费占一般公共预算支出比例",
        "一般公共预算教育经费占一般公共预算支出的比重", "一般公共预算教育经费占一般公共预算支出比重",
        "公共财政教育支出占公共财政支出的比例", "公共财政教育支出占公共财政支出比例",
      ]),
    // Total funding from all sources is larger than the budget expenditure: its own indicator.
    Indicator(
      id: "total_education_funding", chinese: "教育经费总投入", english: "Total education funding (all sources)",
      category: .finance, dimension: .money, aliases: ["教育经费总收入", "全社会教育经费总投入", "教育总投入", "教育经费总额"],
      plausible: 1e6...1e12),
    // The sources of total funding, as the bulletins list them (教育经费执行情况统计公告).
    Indicator(
      id: "fiscal_education_funding", chinese: "国家财政性教育经费", english: "Government-appropriated education funds",
      category: .finance, dimension: .money, aliases: ["财政性教育经费", "国家财政性教育经费投入", "国家财政性教育经费支出"],
      plausible: 1e6...1e13),
    Indicator(
      id: "operating_income", chinese: "事业收入", english: "Operating income (tuition and fees)", category: .finance,
      dimension: .money, aliases: ["教育事业收入", "事业收入经费"]),
    Indicator(
      id: "education_surcharge", chinese: "教育费附加", english: "Education surcharge", category: .finance,
      dimension: .money, aliases: ["教育费附加收入", "城市教育费附加", "征收教育费附加", "教育费附加拨款"]),
    Indicator(
      id: "local_education_surcharge", chinese: "地方教育附加", english: "Local education surcharge", category: .finance,
      dimension: .money, aliases: ["地方教育附加收入", "地方教育费附加", "地方教育费附加收入"]),
    Indicator(
      id: "recurrent_fiscal_revenue", chinese: "财政经常性收入", english: "Recurrent fiscal revenue", category: .finance,
      dimension: .money, aliases: ["一般公共预算经常性收入", "经常性财政收入"]),
    Indicator(
      id: "social_donations", chinese: "社会捐赠经费", english: "Donations for education", category: .finance,
      dimension: .money, aliases: ["社会捐赠经费收入", "社会捐赠收入", "捐赠收入", "社会捐资"]),
    Indicator(
      id: "private_school_sponsor_funds", chinese: "民办学校举办者投入", english: "Investment by private school sponsors",
      category: .finance, dimension: .money, aliases: ["民办学校中举办者投入", "民办学校举办者投入经费"]),
    Indicator(
      id: "other_education_funds", chinese: "其他教育经费", english: "Other education funds", category: .finance,
      dimension: .money, aliases: ["其他教育经费收入"]),
    Indicator(
      // 从土地出让收益中按10%计提教育资金: the amount set aside; the 10 % is the share.
      id: "land_revenue_education_funds", chinese: "土地出让收益计提教育资金",
      english: "Education funds set aside from land transfer revenue", category: .finance, dimension: .money,
      aliases: ["土地出让收益计提的教育资金", "从土地出让收益中计提教育资金", "从土地出让收益中计提的教育资金", "计提教育资金", "土地出让收益计提"]),
    Indicator(
      id: "per_student_expenditure", chinese: "生均一般公共预算教育经费",
      english: "General public budget education expenditure per student", category: .finance, dimension: .money,
      levelApplies: true,
      // A bare 生均 counts only right after a level (小学生均增长3.25%); see SentenceReader.
      aliases: [
        "生均一般公共预算教育经费支出", "生均教育经费", "生均经费", "生均支出", "生均",
        // The national bulletin's own wording of 生均, and the name before 2015 (公共财政预算).
        "按在校学生人数平均的一般公共预算教育经费", "生均公共财政预算教育经费", "生均公共财政预算教育经费支出",
      ], plausible: 500...500_000),
    // The national bulletins and 统计快报 also give spending per student from every source
    // (财政 and 学费, 捐赠…): larger than the public budget's share, never the same series.
    Indicator(
      id: "per_student_total_expenditure", chinese: "生均教育经费总支出", english: "Total education expenditure per student",
      category: .finance, dimension: .money, levelApplies: true,
      aliases: ["生均教育总支出", "生均教育经费总支出额"], plausible: 500...1_000_000),
    // The statistical bulletins (教育经费执行情况统计公告) report 教育事业费: spending less
    // capital construction, so smaller than 生均一般公共预算教育经费 and its own indicator.
    Indicator(
      id: "per_student_operating_expenditure", chinese: "生均一般公共预算教育事业费",
      english: "General public budget education operating expenditure per student", category: .finance,
      dimension: .money,
      levelApplies: true,
      aliases: [
        "生均一般公共预算教育事业费支出", "生均教育事业费", "生均教育事业费支出", "生均预算内教育事业费",
        "按在校学生人数平均的一般公共预算教育事业费", "生均公共财政预算教育事业费", "生均公共财政预算教育事业费支出",
      ], plausible: 500...500_000),
    Indicator(
      id: "per_student_public_funds", chinese: "生均一般公共预算公用经费",
      english: "General public budget public (non-personnel) funds per student", category: .finance, dimension: .money,
      levelApplies: true,
      aliases: [
        "生均一般公共预算公用经费支出", "生均公用经费支出", "生均公用经费", "按在校学生人数平均的一般公共预算公用经费",
        "生均公共财政预算公用经费", "生均公共财政预算公用经费支出",
      ],
      plausible: 100...200_000),
    Indicator(
      id: "per_student_funding_standard", chinese: "生均公用经费标准", english: "Per-student public funds standard",
      category: .finance, dimension: .moneyPerStudent, levelApplies: true,
      aliases: ["生均公用经费基准定额", "公用经费定额标准", "生均公用经费定额", "生均公用经费拨款标准"], plausible: 100...50_000),
    Indicator(
      // On top of the per-student standard, boarding schools get so much more per boarder
      // (按照寄宿生年生均300元标准增加公用经费补助): not comparable with the standard itself.
      id: "boarding_public_funds_subsidy", chinese: "寄宿生公用经费补助", english: "Public funds top-up per boarding student",
      category: .finance, dimension: .moneyPerStudent, aliases: ["寄宿生公用经费补助标准", "寄宿生生均公用经费补助"], plausible: 10...10_000),
    Indicator(
      id: "education_growth_over_revenue", chinese: "教育支出增长高于财政经常性收入增长",
      english: "Education expenditure growth minus recurrent fiscal revenue growth", category: .finance,
      dimension: .percentagePoints,
      aliases: [
        "教育支出增长比例高于财政经常性收入增长", "公共财政教育支出的增长比例高于财政经常性收入的增长",
        "教育支出的增长比例高于财政经常性收入的增长", "一般公共预算教育支出增长高于财政经常性收入增长",
        "教育支出增长比例高于财政经常性收入增长比例", "教育支出的增长比例高于财政经常性收入的增长比例",
        "一般公共预算教育支出增长比例高于财政经常性收入增长比例",
      ]),
    Indicator(
      id: "teacher_training_funds", chinese: "教师培训经费", english: "Teacher training funds", category: .finance,
      dimension: .money, aliases: ["继续教育经费", "教师继续教育经费", "干部教师培训经费"]),
    Indicator(
      id: "teacher_training_share", chinese: "教师培训经费占工资总额比例",
      english: "Teacher training funds as a share of the payroll", category: .finance, dimension: .percent,
      // 占教师工资总额的1.5% / 按教师工资总额的1.5%预算: how reports word the share.
      aliases: ["继续教育经费占教师工资总额比例", "占教师工资总额", "按教师工资总额", "按照教师工资总额"]),
    Indicator(
      id: "teacher_training_share_basic_pay", chinese: "教师培训经费占基本工资比例",
      english: "Teacher training funds as a share of basic pay", category: .finance, dimension: .percent,
      // 按基本工资1.5%安排预算: basic pay is a smaller base than the whole payroll, so a
      // share of it is a different indicator from 教师培训经费占工资总额比例.
      aliases: ["占教师基本工资", "占基本工资", "按教师基本工资", "按基本工资", "按照基本工资", "按照教师基本工资"]),
    Indicator(
      id: "student_aid", chinese: "学生资助资金", english: "Student financial aid", category: .finance,
      dimension: .money, aliases: ["资助总额", "学生资助和营养改善计划资金"]),
    Indicator(
      // 农村义务教育学生营养改善计划: a programme of its own, not student aid.
      id: "nutrition_programme_funds", chinese: "学生营养改善计划资金", english: "Student nutrition improvement programme funds",
      category: .finance, dimension: .money,
      aliases: [
        "营养改善计划补助", "营养改善计划资金", "营养改善计划补助资金", "学生营养改善计划补助", "学生营养改善计划补助资金",
        "营养餐改善经费", "学生营养餐改善经费", "营养改善计划经费",
      ]),
    Indicator(
      id: "capital_investment", chinese: "教育基本建设投资", english: "Capital investment in school buildings",
      category: .finance, dimension: .money, aliases: ["总投资"]),
    Indicator(
      id: "funding_gap", chinese: "教育建设资金缺口", english: "Funding gap for planned schools", category: .finance,
      dimension: .money, aliases: ["资金缺口"]),
    Indicator(
      id: "preschool_funds", chinese: "学前教育经费", english: "Pre-school education funds", category: .finance,
      dimension: .money),
    Indicator(
      id: "special_education_funds", chinese: "特殊教育经费", english: "Special education funds", category: .finance,
      dimension: .money, aliases: ["特殊教育资金"]),
    Indicator(
      id: "inspection_funds", chinese: "教育督导经费", english: "Education inspection funds", category: .finance,
      dimension: .money, aliases: ["教育督导工作经费"]),
    Indicator(
      id: "teaching_research_funds", chinese: "教研经费", english: "Teaching research funds", category: .finance,
      dimension: .money),

    // MARK: Access — pre-school
    Indicator(
      id: "preschool_gross_enrolment", chinese: "学前三年毛入园率", english: "Pre-school gross enrolment rate (3 years)",
      category: .access, dimension: .percent, aliases: ["学前教育毛入园率", "三年毛入园率", "三年入园率", "毛入园率"], plausible: 10...150),
    Indicator(
      id: "public_kindergarten_share", chinese: "公办园占比", english: "Share of kindergartens that are public",
      category: .access, dimension: .percent, aliases: ["公办幼儿园占比"]),
    Indicator(
      id: "public_kindergarten_enrolment_share", chinese: "公办在园幼儿占比",
      english: "Share of kindergarten children in public kindergartens", category: .access, dimension: .percent,
      aliases: ["公办幼儿园在园幼儿占比", "公办园在园幼儿占比", "公办幼儿园在园幼儿比例"]),
    Indicator(
      id: "inclusive_kindergarten_coverage", chinese: "普惠性幼儿园覆盖率",
      english: "Coverage of affordable (inclusive) kindergartens", category: .access, dimension: .percent,
      aliases: ["普惠率", "普惠性幼儿园在园幼儿占比", "普惠性资源覆盖率"]),
    Indicator(
      id: "kindergartens", chinese: "幼儿园数", english: "Kindergartens", category: .access, dimension: .count,
      aliases: ["幼儿园"], countUnit: .schools),
    Indicator(
      id: "public_kindergartens", chinese: "公办幼儿园数", english: "Public kindergartens", category: .access,
      dimension: .count, aliases: ["公办园"], countUnit: .schools),
    Indicator(
      id: "private_kindergartens", chinese: "民办幼儿园数", english: "Private kindergartens", category: .access,
      dimension: .count, aliases: ["民办幼儿园", "民办园"], countUnit: .schools),
    Indicator(
      id: "inclusive_kindergartens", chinese: "普惠性幼儿园数", english: "Affordable (inclusive) kindergartens",
      category: .access, dimension: .count, aliases: ["普惠性幼儿园"], countUnit: .schools),
    Indicator(
      id: "inclusive_private_kindergartens", chinese: "普惠性民办幼儿园数",
      english: "Affordable private kindergartens", category: .access, dimension: .count, aliases: ["普惠性民办幼儿园"],
      countUnit: .schools),
    Indicator(
      id: "children_in_kindergarten", chinese: "在园幼儿数", english: "Children in kindergarten", category: .access,
      dimension: .count, aliases: ["在园幼儿"]),
    Indicator(
      id: "children_in_public_kindergarten", chinese: "公办幼儿园在园幼儿数",
      english: "Children in public kindergartens", category: .access, dimension: .count,
      aliases: ["公办幼儿园在园幼儿", "公办园在园幼儿"]),

    // MARK: Access — compulsory and senior secondary
    Indicator(
      id: "compulsory_retention", chinese: "九年义务教育巩固率", english: "Nine-year compulsory education retention rate",
      category: .access, dimension: .percent, aliases: ["义务教育巩固率"], plausible: 50...110),
    Indicator(
      id: "senior_gross_enrolment", chinese: "高中阶段教育毛入学率", english: "Senior secondary gross enrolment rate",
      category: .access, dimension: .percent, aliases: ["高中阶段毛入学率"], plausible: 10...150),
    Indicator(
      id: "disabled_enrolment", chinese: "残疾儿童少年入学率", english: "Enrolment rate of children with disabilities",
      category: .access, dimension: .percent,
      aliases: ["适龄残疾儿童少年入学率", "残疾儿童少年义务教育入学率", "残疾儿童入学率"]),
    Indicator(
      id: "disabled_children_enrolled", chinese: "接受义务教育的残疾儿童数",
      english: "Children with disabilities in compulsory education", category: .access, dimension: .count,
      aliases: ["残疾儿童接受义务教育"]),
    Indicator(
      id: "new_school_places", chinese: "新增学位", english: "New school places", category: .access,
      dimension: .count, levelApplies: true, aliases: ["新增学位数", "增加学位", "普惠学位"], countUnit: .items),
    Indicator(
      id: "senior_admissions", chinese: "普通高中招生数", english: "General senior secondary admissions",
      category: .access, dimension: .count, aliases: ["普通高中完成招生", "普通高中招生"]),
    Indicator(
      id: "admission_plan_completion", chinese: "招生计划完成率", english: "Admissions as a share of the plan",
      category: .access, dimension: .percent, aliases: ["占计划"]),
    Indicator(
      id: "vocational_employment", chinese: "中职毕业生就业率", english: "Secondary vocational graduate employment rate",
      category: .quality, dimension: .percent, aliases: ["中等职业学校毕业生就业率"]),
    Indicator(
      id: "students_enrolled", chinese: "在校学生数", english: "Students enrolled", category: .access,
      dimension: .count, levelApplies: true, aliases: ["在校学生", "在校生"]),
    Indicator(
      id: "inclusive_classes", chinese: "融合教育班数", english: "Inclusive (special-needs) classes",
      category: .access, dimension: .count, levelApplies: true, aliases: ["融合教育班"],
      countUnit: Unit(symbol: "班", dimension: .count)),
    Indicator(
      id: "standard_class_share", chinese: "标准班额比例", english: "Share of classes of standard size",
      category: .access, dimension: .percent, aliases: ["标准班额比"]),

    // MARK: Quality and balanced development
    Indicator(
      id: "school_standardisation", chinese: "义务教育学校标准化率", english: "Standardised compulsory schools",
      category: .quality, dimension: .percent, aliases: ["学校标准化率", "标准化率"]),
    Indicator(
      id: "resource_allocation_compliance", chinese: "资源配置达标率", english: "Resource allocation compliance",
      category: .quality, dimension: .percent, aliases: ["资源配置指标达标率"]),
    Indicator(
      id: "first_tier_admission", chinese: "一本上线率", english: "First-tier university admission rate",
      category: .quality, dimension: .percent, aliases: ["本科一批上线率"]),
    Indicator(
      id: "tutoring_reduction", chinese: "学科类培训机构压减率", english: "Reduction of academic tutoring institutions",
      category: .quality, dimension: .percent, aliases: ["培训机构压减率"]),
    Indicator(
      id: "plan_completion", chinese: "规划重点项目完成率", english: "Completion of planned key projects",
      category: .quality, dimension: .percent, aliases: ["完成率"]),
    Indicator(
      id: "inter_school_variation", chinese: "校际差异系数", english: "Inter-school variation coefficient",
      category: .quality, dimension: .ratio, levelApplies: true, aliases: ["综合差异系数"]),

    // MARK: Staffing and pay
    Indicator(
      id: "teacher_salary", chinese: "教师年平均工资收入", english: "Average annual teacher pay", category: .staffing,
      dimension: .money,
      aliases: ["教师平均工资收入", "中小学教师年平均工资收入", "义务教育教师平均工资收入", "教师平均工资", "义务教育教师平均工资", "教师工资收入"],
      plausible: 10_000...1_000_000),
    Indicator(
      id: "civil_servant_salary", chinese: "公务员年平均工资收入", english: "Average annual civil-servant pay",
      category: .staffing, dimension: .money,
      aliases: ["公务员平均工资收入", "当地公务员平均工资", "公务员平均工资", "公务员平均工资收入水平"], plausible: 10_000...1_000_000),
    Indicator(
      id: "teacher_pay_gap", chinese: "教师工资高于公务员", english: "Teacher pay above civil-servant pay",
      category: .staffing, dimension: .money, aliases: ["教师工资高出公务员"]),
    Indicator(
      id: "staff_quota", chinese: "教职工编制数", english: "Authorised staff posts", category: .staffing,
      dimension: .count, aliases: ["教职工编制", "编制数"]),
    Indicator(
      id: "staff_quota_use", chinese: "编制使用率", english: "Share of staff posts filled", category: .staffing,
      dimension: .percent, aliases: ["教职工编制使用率"]),
    Indicator(
      id: "teachers_recruited", chinese: "招聘教师数", english: "Teachers recruited", category: .staffing,
      // 补充高中教师56名: reports name the level inside the phrase; the count is still of hires.
      dimension: .count,
      aliases: [
        "招聘教师", "吸纳专任教师", "招聘专任教师", "公开招聘教师", "新招聘教师", "新进教师", "补充教师", "新补充教师",
        "补充中小学教师", "补充幼儿教师", "补充小学教师", "补充初中教师", "补充高中教师", "补充中职教师",
      ]),
    Indicator(
      id: "special_post_teachers_recruited", chinese: "招聘特岗教师数", english: "Special-post (特岗) teachers recruited",
      category: .staffing, dimension: .count, aliases: ["特岗教师", "聘特岗教师", "招聘特岗教师"]),
    Indicator(
      id: "legal_vice_principals", chinese: "法治副校长人数", english: "Legal-affairs vice principals",
      category: .staffing, dimension: .count, aliases: ["法治副校长"]),
    Indicator(
      id: "full_time_teachers", chinese: "专任教师数", english: "Full-time teachers", category: .staffing,
      dimension: .count, levelApplies: true, aliases: ["专任教师", "专任教师人数"]),
    Indicator(
      id: "student_teacher_ratio", chinese: "生师比", english: "Students per teacher", category: .staffing,
      dimension: .ratio, levelApplies: true, aliases: ["师生比"]),
    Indicator(
      id: "staff", chinese: "教职工数", english: "Teaching and other staff", category: .staffing,
      dimension: .count, aliases: ["教职工", "教职工人数"]),
    Indicator(
      id: "full_time_inspectors", chinese: "专职督学人数", english: "Full-time school inspectors",
      category: .staffing, dimension: .count, aliases: ["专职督学"]),
    Indicator(
      id: "part_time_inspectors", chinese: "兼职督学人数", english: "Part-time school inspectors",
      category: .staffing, dimension: .count, aliases: ["兼职督学"]),
    Indicator(
      id: "inspection_managers", chinese: "教育督导管理干部人数", english: "Education inspection managers",
      category: .staffing, dimension: .count, aliases: ["教育督导管理干部"]),

    // MARK: Safety
    Indicator(
      id: "security_staff_rate", chinese: "专职保安配备率", english: "Schools with full-time security staff",
      category: .safety, dimension: .percent, aliases: ["学校专职保安配齐率", "专职保安配齐率", "中小学幼儿园专职保安配备率"]),
    Indicator(
      id: "security_guards", chinese: "校园保安人数", english: "School security guards", category: .safety,
      dimension: .count, aliases: ["校园保安", "保安"]),
    Indicator(
      id: "closed_campus_rate", chinese: "校园封闭管理比例", english: "Schools under closed campus management",
      category: .safety, dimension: .percent, aliases: ["封闭管理比例"]),
    Indicator(
      id: "alarm_video_rate", chinese: "一键报警及视频监控达标比例", english: "Alarm and video surveillance compliance",
      category: .safety, dimension: .percent, aliases: ["一键报警和视频监控达标比例"]),
    Indicator(
      id: "school_guard_post_rate", chinese: "护学岗设置率", english: "Schools with guard posts at gates",
      category: .safety, dimension: .percent, aliases: ["护学岗设置比例"]),
    Indicator(
      id: "hazard_rectification_rate", chinese: "隐患整改率", english: "Safety hazards rectified", category: .safety,
      dimension: .percent, aliases: ["整改率", "安全隐患整改率"]),
    Indicator(
      id: "hazards_found", chinese: "排查隐患数", english: "Safety hazards found", category: .safety,
      dimension: .count, aliases: ["隐患点", "梳理隐患点", "排查安全隐患", "排查隐患", "排查整治安全隐患", "发现安全隐患"]),

    Indicator(
      id: "safety_incidents", chinese: "涉校涉生安全事故数", english: "Safety incidents involving schools or students",
      category: .safety, dimension: .count, aliases: ["涉校涉生安全事故", "学校安全事故"]),

    // MARK: Facilities
    Indicator(
      id: "land_per_student", chinese: "生均占地面积", english: "Land area per student", category: .facilities,
      dimension: .area, levelApplies: true, aliases: ["生均占地"]),
    Indicator(
      id: "floor_space_per_student", chinese: "生均校舍面积", english: "Floor space per student",
      category: .facilities, dimension: .area, levelApplies: true, aliases: ["生均校舍建筑面积", "生均校舍"]),
    Indicator(
      id: "new_floor_space", chinese: "新增校舍面积", english: "New school floor space", category: .facilities,
      dimension: .area, aliases: ["新增校舍"]),
    Indicator(
      id: "new_land", chinese: "新增教育用地", english: "New land for schools", category: .facilities,
      dimension: .area, aliases: ["新增用地"]),
  ]
}
