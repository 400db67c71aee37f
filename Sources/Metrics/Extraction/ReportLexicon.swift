/// Words that steer extraction, besides indicator names and school levels.
enum Keyword: Sendable, Equatable {
  /// 增长, 提高, 增加, 新增 (+1) and 降低, 下降, 减少 (−1): the next figure is a change.
  case change(sign: Double)
  /// 高出, 高于, 超出 (+1), 低于 (−1): the next figure is a gap to another quantity.
  case compare(sign: Double)
  /// 均达, 均为: one figure shared by the listed indicators.
  case shared
  /// 分别为: figures paired with the listed indicators in order.
  case respectively
  /// 其中: what follows is a part of the figure before it.
  case among
  /// 力争, 预计, 计划, 拟, 将: what follows is a target or a plan.
  case target
  /// 召开, 开展, 调研, 印发…: counts of procedures, never indicators.
  case procedure
  /// 比上年, 较上年, 同比: the base of a comparison, not a data year; a figure
  /// right after it (比上年17302.62元) is the previous year's value.
  case base
  /// 上年, 由上年的, 去年: the next figure is the previous year's value
  /// (上年10321.31元，本年10359.52元; 由上年的24586.43元增加到27100.44元).
  case previousYear
  /// 本年, 今年: the next figure is the current year's, after a previous one.
  case currentYear
  /// 中小学: several levels together, read as no level (not 小学 inside 中小学).
  case scope
  /// 排名: a rank, not a value.
  case rank
  /// 到, 至 after a change word: 提高到95% is a level, not a change.
  case reachTo
}

/// What a phrase found in a report is.
enum Lexeme: Sendable {
  case indicator(Indicator)
  case level(SchoolLevel)
  /// A word that names a level and, counted with 所 or 人, an indicator (幼儿园, 在园幼儿).
  case dual(Indicator, SchoolLevel)
  case keyword(Keyword)

  /// A count of people or schools (在校学生, 在园幼儿).
  var countsPeople: Bool {
    switch self {
    case .indicator(let i), .dual(let i, _): return i.dimension == .count
    default: return false
    }
  }
}

/// One trie of every phrase extraction looks for: the catalog's spellings,
/// the school levels and the keywords, matched longest first so that
/// 公办在园幼儿占比 is never read as 公办园 + …, nor 同比增长 as 同比 + 增长.
///
///     let lexicon = ReportLexicon(catalog: .standard)
///     lexicon.match("小学生均…".foldedScalars, at: 0)  // (2, .level(.primary))
struct ReportLexicon: Sendable {
  let trie: PhraseTrie<Lexeme>

  static let keywords: [(String, Keyword)] = {
    var k: [(String, Keyword)] = []
    for w in [
      "增长", "同比增长", "增长率", "增幅", "增加", "增加了", "提高", "提高了", "提升", "上升", "新增", "增长了", "同比增加", "增支", "同比增支",
      // 比上年同期增收14443万元, 净增1.2亿元: revenue up by so much.
      "增收", "同比增收", "增收了", "净增", "净增加",
      // 同比增速达到14.7%: the rate of growth, as 增幅.
      "增速", "同比增速",
    ] {
      k.append((w, .change(sign: 1)))
    }
    for w in ["降低", "下降", "减少", "减少了", "降低了", "下降了", "同比下降", "同比减少", "同比降低", "减收", "同比减收", "减支"] {
      k.append((w, .change(sign: -1)))
    }
    for w in ["高出", "高于", "超出", "高出了"] { k.append((w, .compare(sign: 1))) }
    for w in ["低于", "低出"] { k.append((w, .compare(sign: -1))) }
    for w in ["均达", "均达到", "均为", "均超过", "均在", "都达到", "均是"] { k.append((w, .shared)) }
    // A lone 分别 (分别比上年增长…) only marks a list; it must not read as words qualifying the figure.
    for w in ["分别为", "分别达", "分别达到", "分别是", "分别有", "分别占", "分别"] { k.append((w, .respectively)) }
    k.append(("其中", .among))
    // 预计 is not among them: 今年教育投入预计达到35882万元 is the year's expected amount, a value.
    for w in ["力争", "计划", "拟", "将", "目标"] { k.append((w, .target)) }
    for w in ["召开", "开展", "组织", "举办", "印发", "调研", "签订", "发放", "调整", "听取", "研究", "出动", "慰问", "授课", "检查", "督查"] {
      k.append((w, .procedure))
    }
    // 同口径比上年增长20.97%, 同口径增加3.72%: "on the same basis" qualifies the comparison, not the figure.
    for w in ["比上年", "较上年", "比上年度", "较上年度", "同比", "比去年", "较去年", "同口径比上年", "同口径比", "同口径相比", "同口径", "相比"] {
      k.append((w, .base))
    }
    for w in ["上年", "上年度", "去年", "由上年", "由上年的", "从上年", "从上年的", "由去年的", "由去年", "上年为", "上年是", "与上年的", "与上年", "同上年的"] {
      k.append((w, .previousYear))
    }
    for w in ["本年", "本年度", "今年"] { k.append((w, .currentYear)) }
    for w in ["中小学", "中小学校", "中小学生"] { k.append((w, .scope)) }
    // 居前三位的是…, 在全国居第17位: a rank, not a count of people.
    for w in ["排名", "排第", "位次", "名列", "居前", "居第", "位列"] { k.append((w, .rank)) }
    // 降至0.8%, 保持在99%以上: the level reached or kept, not a change.
    // 由1300元/年调整为2800元/年: the figure it was set to (调整 alone is a procedure).
    for w in ["到", "至", "降至", "降到", "下降到", "下降至", "保持在", "稳定在", "控制在", "维持在", "调整为", "调整到", "调整至"] {
      k.append((w, .reachTo))
    }
    return k
  }()

  init(catalog: IndicatorCatalog) {
    var t = PhraseTrie<Lexeme>()
    // Keywords first: a catalog spelling or level with the same letters wins.
    for (w, k) in Self.keywords { t.insert(w.foldedScalars, .keyword(k)) }
    for (word, level) in SchoolLevel.aliases where word.unicodeScalars.contains(where: { isHan($0.value) }) {
      t.insert(word.foldedScalars, .level(level))
    }
    for (spelling, indicator) in catalog.spellings where spelling.unicodeScalars.contains(where: { isHan($0.value) }) {
      t.insert(spelling.foldedScalars, .indicator(indicator)) { old, new in
        switch old {
        case .level(let l): return .dual(indicator, l)
        default: return new
        }
      }
    }
    trie = t
  }

  @inline(__always) func match(_ s: [UInt32], at i: Int, end: Int) -> (length: Int, lexeme: Lexeme)? {
    guard let m = trie.longestMatch(in: s, at: i, end: end) else { return nil }
    return (m.length, m.payload)
  }
}
